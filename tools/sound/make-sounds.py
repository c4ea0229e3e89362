#!/usr/bin/env python3
"""Synthesises the game's sounds, so every sound in the game is ours and reproducible.

Writes WAV files next to the `.ogg`s in assets/audio; `make-sounds.sh` encodes them with
oggenc. Soft sine tones with a slow attack and a long decay: nothing sharp for small ears.
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
    return out


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


if __name__ == "__main__":
    out_dir = sys.argv[1]
    write(f"{out_dir}/tap-chime.wav", tap_chime())
    write(f"{out_dir}/reveal-tada.wav", reveal_tada())
    write(f"{out_dir}/soft-boop.wav", soft_boop())
