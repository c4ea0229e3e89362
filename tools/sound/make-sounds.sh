#!/usr/bin/env bash
# Regenerates assets/audio/*.mp3 from make-sounds.py. Needs python3 and Debian's lame.
# MP3, not Ogg Vorbis: the game decodes its sounds with Web Audio, and Safari before 18.4
# cannot decode Vorbis.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/audio"
tmp=$(mktemp -d)
python3 "$here/make-sounds.py" "$tmp"
for wav in "$tmp"/*.wav; do
  name=$(basename "${wav%.wav}")
  # VBR -V 5 keeps the coding noise of the soft sine bells about 40 dB down (-V 7: 30 dB,
  # -V 9: 24 dB), all the files together under 100 KB. Not CBR 32: its 104-byte frames have
  # no room for the LAME tag, whose encoder delay and padding let browsers trim the silence
  # MP3 adds at both ends (the lullaby must loop without a gap).
  lame --quiet -V 5 "$wav" "$out/$name.mp3"
done
rm -rf "$tmp"
ls -l "$out"
