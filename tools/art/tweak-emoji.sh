#!/usr/bin/env bash
# Small changes to the emoji SVGs before they are rendered (render-emoji.sh), where a picture
# read wrongly in a blind reading. Usage: tweak-emoji.sh <svg-dir>
set -euo pipefail
svg=$1
# The office's door was black: a child read it as a bag or a hole. Now a glass double door in
# a brown frame, like the doors of the scenes.
sed -i 's|<path fill="#1c1c1c" d="M19 30h-6v-3.75c0-.69.56-1.25 1.25-1.25h3.5c.69 0 1.26.56 1.26 1.26V30z"/>|<path fill="#bfe3f7" stroke="#8a6a55" stroke-width=".7" d="M19 30h-6v-3.75c0-.69.56-1.25 1.25-1.25h3.5c.69 0 1.26.56 1.26 1.26V30z"/><path stroke="#8a6a55" stroke-width=".6" d="M16 25.2V30"/><circle cx="15.2" cy="27.8" r=".35" fill="#8a6a55"/><circle cx="16.8" cy="27.8" r=".35" fill="#8a6a55"/>|' "$svg/office-building.svg"
grep -q 'fill="#bfe3f7"' "$svg/office-building.svg" || { echo "the office's door was not found: the emoji changed" >&2; exit 1; }
