#!/usr/bin/env bash
# Makes the game's font: Noto Sans Bold (SIL OFL 1.1, no reserved names) cut down to the
# scripts a family's names are likely to use: Latin with accents, Greek, Cyrillic, and common
# punctuation and symbols. Needs Debian's fonts-noto-core and PyPI's fonttools.
# The result is committed, so builds do not need either.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
out="$here/../assets/fonts/NotoSans-Bold-subset.ttf"
ranges="U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,\
U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,\
U+2600-26FF,U+2700-27BF,U+FB00-FB06,U+FFFD"
pyftsubset "$src" --unicodes="$ranges" --output-file="$out" --layout-features='*' \
  --no-hinting --desubroutinize
ls -l "$out"
