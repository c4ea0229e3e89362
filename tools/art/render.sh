#!/usr/bin/env bash
# Renders the hand-drawn SVG art in this folder to the PNGs the game loads.
# Needs Debian's librsvg2-bin (rsvg-convert) and pngquant. The PNGs are committed, so builds do not need it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/images"
mkdir -p "$out"
# Flat art needs few colours: a palette PNG is well under half the size and looks the same.
squeeze() { pngquant --quality=85-100 --speed 1 --strip --force --ext .png "$@"; }
# What a first visit downloads before Home is tappable counts against its budget: fewer colours
# still, which side by side at twice the size look the same (a third smaller).
squeeze_first() { pngquant --quality=70-90 --speed 1 --strip --force --ext .png "$@"; }
render() { rsvg-convert -w "$2" -h "$2" "$here/$1.svg" -o "$out/$1.png"; }
render start 512
render peekaboo 512
render journey 512
render home 192
render parent 96
mkdir -p "$out/peekaboo"
rsvg-convert -w 512 -h 512 "$here/blanket.svg" -o "$out/peekaboo/blanket.png"
rsvg-convert -w 512 -h 512 "$here/blanket-over-toy.svg" -o "$out/peekaboo/blanket-over-toy.png"
rsvg-convert -w 256 -h 256 "$here/cup.svg" -o "$out/peekaboo/cup.png"
# The heart is shown up to about 300 device pixels (the morning's button, a reunion's hearts).
rsvg-convert -w 320 -h 320 "$here/heart.svg" -o "$out/peekaboo/heart.png"
# Hands, one per skin tone (the file names follow the skin tones of the looks), and the fox's
# paw; the Love Connection's hand is shown 21 vmin wide, about 330 device pixels on a tablet.
mkdir -p "$out/hands"
tmp=$(mktemp -d)
for tone in light:FCDBC2:E3B89A medium-light:F0C29C:D4A17A medium:CC9973:AC7A56 \
  medium-dark:9C6B4D:7A5037 dark:6B4A38:4F3426 fox:ED8F4D:C76F35; do
  IFS=: read -r name skin shade <<<"$tone"
  file="$out/hands/raised-hand-$name.png"
  [[ $name == fox ]] && file="$out/hands/raised-hand.png"
  sed "s/SKIN/#$skin/g; s/SHADE/#$shade/g" "$here/hand.svg" > "$tmp/hand.svg"
  rsvg-convert -w 400 -h 400 "$tmp/hand.svg" -o "$file"
done
rm -r "$tmp"
# The hand that draws on the child's palm: white, tinted in the game; shown about 12 vmin wide.
rsvg-convert -w 215 -h 338 "$here/pointing-hand.svg" -o "$out/hands/pointing-hand.png"
squeeze_first "$out"/{start,peekaboo,journey,home,parent}.png
squeeze "$out"/peekaboo/{blanket,blanket-over-toy,cup,heart}.png "$out"/hands/*.png
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
