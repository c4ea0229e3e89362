#!/usr/bin/env bash
# Regenerates assets/audio/*.ogg from make-sounds.py. Needs python3 and Debian's vorbis-tools.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/audio"
tmp=$(mktemp -d)
python3 "$here/make-sounds.py" "$tmp"
for wav in "$tmp"/*.wav; do
  oggenc --quiet -q 2 -o "$out/$(basename "${wav%.wav}").ogg" "$wav"
done
rm -rf "$tmp"
ls -l "$out"
