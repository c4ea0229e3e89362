#!/usr/bin/env python3
"""Synthesises the game's sounds, so every sound in the game is ours and reproducible.

Writes WAV files into the directory it is given; `make-sounds.sh` encodes them to the
`.mp3`s in assets/audio with lame. Soft sine tones with a slow attack and a long decay:
nothing sharp for small ears.
"""
import math
import struct
import sys
import wave

RATE = 22050


def tone(freq, seconds, start, volume):
    """A bell-like note: a sine plus a quiet octave, faded in over 15 ms, decaying gently."""
    samples = []
    for i in range(int(seconds * RATE)):
        t = i / RATE
        attack = min(1.0, t / 0.015)
        decay = math.exp(-t * 4.0)
        wave_value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        samples.append((start + i, volume * attack * decay * wave_value / 1.25))
    return samples


def mix(parts, seconds):
    out = [0.0] * int(seconds * RATE)
    for part in parts:
        for index, value in part:
            if index < len(out):
                out[index] += value
    # A short fade-out so the file never ends on a click.
    fade = int(0.05 * RATE)
    for i in range(fade):
        out[-1 - i] *= i / fade
    # Then 0.1 s of silence: Firefox's MP3 decoding drops up to two frames (52 ms) too many at
    # the end, which would cut the fade short with a click; this way it cuts only silence.
    return out + [0.0] * int(0.1 * RATE)


def write(path, samples):
    with wave.open(path, "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def tap_chime():
    """Two rising notes, a major sixth apart: 'hello!'."""
    return mix([tone(659.25, 0.9, 0, 0.35), tone(1046.5, 0.9, int(0.12 * RATE), 0.3)], 1.0)


def reveal_tada():
    """Three notes climbing a major chord and one held high note: "there you are!"."""
    notes = [(523.25, 0.0), (659.25, 0.11), (783.99, 0.22), (1046.5, 0.36)]
    return mix([tone(f, 1.2, int(at * RATE), 0.26) for f, at in notes], 1.6)


def soft_boop():
    """One low, round note that slides up a little: a friendly "hm?" for any other tap."""
    samples = []
    seconds = 0.35
    phase = 0.0
    for i in range(int(seconds * RATE)):
        t = i / RATE
        freq = 330 + 140 * (t / seconds)
        phase += 2 * math.pi * freq / RATE
        envelope = min(1.0, t / 0.02) * math.exp(-t * 9.0)
        samples.append((i, 0.35 * envelope * math.sin(phase)))
    return mix([samples], seconds)


def noise_thump(start, volume, freq=140.0):
    """A soft knock on wood: a low sine that dies in a tenth of a second, with a touch of grit."""
    samples = []
    seed = 12345
    for i in range(int(0.18 * RATE)):
        t = i / RATE
        seed = (seed * 1103515245 + 12345) % 2147483648
        grit = (seed / 2147483648 - 0.5) * 0.25
        envelope = min(1.0, t / 0.004) * math.exp(-t * 32.0)
        samples.append((start + i, volume * envelope * (math.sin(2 * math.pi * freq * t) + grit)))
    return samples


def door_knock():
    """Knock, knock: two soft thumps."""
    return mix([noise_thump(0, 0.6), noise_thump(int(0.28 * RATE), 0.55, 130.0)], 0.7)


def bus_toot():
    """A friendly two-note horn, round and quiet: toot-toot."""
    def toot(start, freq):
        samples = []
        seconds = 0.22
        for i in range(int(seconds * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.03) * min(1.0, (seconds - t) / 0.05)
            value = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(2 * math.pi * 2 * freq * t)
            samples.append((start + i, 0.22 * envelope * value))
        return samples
    return mix([toot(0, 392.0), toot(int(0.3 * RATE), 392.0)], 0.65)


def hug_swell():
    """A warm low chord that swells and fades: mmm."""
    samples = []
    seconds = 1.3
    for i in range(int(seconds * RATE)):
        t = i / RATE
        envelope = math.sin(math.pi * t / seconds) ** 2
        value = sum(math.sin(2 * math.pi * f * t) for f in (261.63, 329.63, 392.0)) / 3
        samples.append((i, 0.3 * envelope * value))
    return mix([samples], seconds)


def hearts_sparkle():
    """Three small high bells, quickly: hearts floating up."""
    notes = [(1318.5, 0.0), (1568.0, 0.09), (2093.0, 0.18)]
    return mix([tone(f, 0.6, int(at * RATE), 0.14) for f, at in notes], 0.9)


def love_buzz():
    """A soft, comic 'bzzzz' for the Love Connection's zap: a low buzzy note (a few harmonics)
    that wobbles in pitch and pulses in loudness, rising at the end like a giggle."""
    samples = []
    seconds = 0.7
    phase = 0.0
    for i in range(int(seconds * RATE)):
        t = i / RATE
        freq = 150 + 12 * math.sin(2 * math.pi * 7 * t) + 60 * max(0.0, t - 0.45) / 0.25
        phase += 2 * math.pi * freq / RATE
        buzz = sum(math.sin(k * phase) / k for k in (1, 2, 3, 4)) / 1.6
        pulse = 0.75 + 0.25 * math.sin(2 * math.pi * 18 * t)
        envelope = min(1.0, t / 0.05) * min(1.0, (seconds - t) / 0.12)
        samples.append((i, 0.28 * envelope * pulse * buzz))
    return mix([samples], seconds)


def music_loop():
    """A slow lullaby in 3/4 on soft bells over low notes, 19.2 s, made to loop without a seam:
    notes still ringing at the end continue at the start."""
    beat = 0.8
    seconds = 24 * beat
    length = int(seconds * RATE)
    out = [0.0] * length
    # C major pentatonic; one melody note a beat, some beats resting.
    melody = [
        (0, 659.25), (1, 587.33), (2, 523.25), (3, 587.33), (4, 659.25), (5, 659.25),
        (6, 783.99), (8, 659.25), (9, 587.33), (10, 523.25), (12, 587.33), (13, 659.25),
        (14, 587.33), (15, 523.25), (16, 440.0), (18, 523.25), (19, 587.33), (20, 659.25),
        (21, 587.33), (22, 523.25),
    ]
    bass = [(0, 130.81), (3, 110.0), (6, 98.0), (9, 130.81), (12, 87.31), (15, 98.0),
            (18, 110.0), (21, 98.0)]
    def bell(freq, at, volume, decay):
        start = int(at * RATE)
        for i in range(int(2.5 * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.03) * math.exp(-t * decay)
            value = math.sin(2 * math.pi * freq * t) + 0.2 * math.sin(4 * math.pi * freq * t)
            out[(start + i) % length] += volume * envelope * value
    for at, freq in melody:
        bell(freq, at * beat, 0.16, 2.2)
    for at, freq in bass:
        bell(freq, at * beat, 0.2, 1.2)
    return out


if __name__ == "__main__":
    out_dir = sys.argv[1]
    write(f"{out_dir}/tap-chime.wav", tap_chime())
    write(f"{out_dir}/reveal-tada.wav", reveal_tada())
    write(f"{out_dir}/soft-boop.wav", soft_boop())
    write(f"{out_dir}/door-knock.wav", door_knock())
    write(f"{out_dir}/bus-toot.wav", bus_toot())
    write(f"{out_dir}/hug-swell.wav", hug_swell())
    write(f"{out_dir}/hearts-sparkle.wav", hearts_sparkle())
    write(f"{out_dir}/love-buzz.wav", love_buzz())
    write(f"{out_dir}/music-lullaby.wav", music_loop())
