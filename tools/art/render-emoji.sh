#!/usr/bin/env bash
# Renders the Fluent Emoji pictures the game uses (Microsoft, MIT licence; see assets/CREDITS.md)
# from the npm package @iconify-json/fluent-emoji-flat to PNG. Needs node, npm and Debian's
# librsvg2-bin and pngquant. The PNGs are committed, so builds and tests do not need this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../assets/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @iconify-json/fluent-emoji-flat@1.2.6 >/dev/null && tar xzf ./*.tgz)

tones=(light medium-light medium medium-dark dark)
grown_ups=(fox)
for figure in woman man old-woman old-man; do
  for tone in "${tones[@]}"; do grown_ups+=("$figure-$tone"); done
done

# The journey home: both themes' places, helpers and ritual pictures.
journey=(office-building bus-stop bus vertical-traffic-light duck tulip
  house-with-garden deciduous-tree kiss-mark hugging-face waving-hand
  sheaf-of-rice blueberries water-wave rock evergreen-tree owl wood rabbit mushroom
  sunflower hole school artist-palette)
# The week calendar: a night's sleep, today.
calendar=(crescent-moon sun)
# Home's cards beside peekaboo's and the journey's (those two are drawn in tools/art/*.svg):
# the week calendar, the child's turn to go, the morning goodbye.
cards=(spiral-calendar backpack sunrise)

node "$here/emoji.mjs" "$work/package/icons.json" "$work/svg" \
  "${grown_ups[@]}" "${journey[@]}" "${calendar[@]}" "${cards[@]}" teddy-bear door
"$here/tweak-emoji.sh" "$work/svg"
mkdir -p "$out/grown-ups" "$out/peekaboo" "$out/journey" "$out/calendar" "$out/cards"
for name in "${journey[@]}"; do
  rsvg-convert -w 256 -h 256 "$work/svg/$name.svg" -o "$out/journey/$name.png"
done
for name in "${calendar[@]}"; do
  rsvg-convert -w 256 -h 256 "$work/svg/$name.svg" -o "$out/calendar/$name.png"
done
for name in "${cards[@]}"; do
  rsvg-convert -w 384 -h 384 "$work/svg/$name.svg" -o "$out/cards/$name.png"
done
for name in "${grown_ups[@]}"; do
  rsvg-convert -w 512 -h 512 "$work/svg/$name.svg" -o "$out/grown-ups/$name.png"
done
rsvg-convert -w 384 -h 384 "$work/svg/teddy-bear.svg" -o "$out/peekaboo/teddy-bear.png"
rsvg-convert -w 512 -h 512 "$work/svg/door.svg" -o "$out/peekaboo/door.png"
# Flat art needs few colours: a palette PNG is well under half the size and looks the same.
pngquant --quality=85-100 --speed 1 --strip --force --ext .png \
  "$out"/grown-ups/*.png "$out"/journey/*.png "$out"/calendar/*.png \
  "$out/peekaboo/teddy-bear.png" "$out/peekaboo/door.png"
# Home's cards are on a first visit, which has a budget: fewer colours still (see render.sh).
pngquant --quality=70-90 --speed 1 --strip --force --ext .png "$out"/cards/*.png
du -sh "$out/grown-ups" "$out/peekaboo" "$out/journey" "$out/calendar" "$out/cards"
