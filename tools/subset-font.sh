#!/usr/bin/env bash
# Makes the game's font: Noto Sans Bold (SIL OFL 1.1, no reserved names) cut down to what the
# engine itself draws: the game's own captions (English, Latin with accents, typographic
# punctuation). Names, in any script, are drawn by the page (the speech bubble and the parent
# form), never with this font, so it carries no other scripts. Of the layout features it keeps
# fonttools' defaults (kerning, ligatures, marks), which is all the engine's shaper applies; the
# stylistic sets and alternates of the full font would add 240 glyphs nobody sees.
# 15 KB brotli instead of 89 for the whole font.
# A language added later with other letters widens the ranges here.
# Needs Debian's fonts-noto-core and PyPI's fonttools.
# The result is committed, so builds do not need either.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
out="$here/../assets/fonts/NotoSans-Bold-subset.ttf"
ranges="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+FFFD"
pyftsubset "$src" --unicodes="$ranges" --output-file="$out" \
  --no-hinting --desubroutinize
ls -l "$out"
