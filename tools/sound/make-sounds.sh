#!/usr/bin/env bash
# Regenerates assets/audio/*.ogg from make-sounds.py. Needs python3 and Debian's vorbis-tools.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/audio"
tmp=$(mktemp -d)
python3 "$here/make-sounds.py" "$tmp"
for wav in "$tmp"/*.wav; do
  name=$(basename "${wav%.wav}")
  # The music is long and quiet: a lower quality is plenty and keeps it small.
  quality=2
  [[ $name == music-* ]] && quality=0
  oggenc --quiet -q "$quality" -o "$out/$name.ogg" "$wav"
done
rm -rf "$tmp"
ls -l "$out"
