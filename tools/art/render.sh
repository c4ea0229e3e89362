#!/usr/bin/env bash
# Renders the hand-drawn SVG art in this folder to the PNGs the game loads.
# Needs Debian's librsvg2-bin (rsvg-convert) and pngquant. The PNGs are committed, so builds do not need it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/images"
mkdir -p "$out"
# Flat art needs few colours: a palette PNG is well under half the size and looks the same.
squeeze() { pngquant --quality=85-100 --speed 1 --strip --force --ext .png "$@"; }
render() { rsvg-convert -w "$2" -h "$2" "$here/$1.svg" -o "$out/$1.png"; }
render start 512
render peekaboo 512
render journey 512
render home 192
render parent 96
mkdir -p "$out/peekaboo"
rsvg-convert -w 512 -h 512 "$here/blanket.svg" -o "$out/peekaboo/blanket.png"
rsvg-convert -w 256 -h 256 "$here/cup.svg" -o "$out/peekaboo/cup.png"
squeeze "$out"/*.png "$out/peekaboo/blanket.png" "$out/peekaboo/cup.png"
ls -l "$out"

# Icons for the page and the installed app (full-bleed, so they also serve as maskable).
icons="$here/../../web/icons"
mkdir -p "$icons"
for size in 48 192 512; do
  name=icon-$size; [[ $size == 48 ]] && name=favicon-48
  rsvg-convert -w $size -h $size "$here/icon.svg" -o "$icons/$name.png"
done
squeeze "$icons"/*.png
ls -l "$icons"
