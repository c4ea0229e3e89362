#!/usr/bin/env bash
# Makes the game's fonts from Noto Sans Bold (SIL OFL 1.1, no reserved names), cut down to what
# the engine itself draws: the game's own captions. Names and the speech bubble are drawn by the
# page, never with these fonts.
#   - NotoSans-Bold-subset.ttf: Latin with accents, Cyrillic, typographic punctuation; every
#     visitor loads it.
#   - NotoSansArabic-Bold-subset.ttf: the Arabic block, with its joining forms; only a visit in
#     Arabic fetches it (the engine falls back to it for Arabic letters).
#   - NotoSansSC-Bold-subset.otf: the Chinese characters of the captions the engine draws (the
#     Home cards, the weekday tiles, the corner's words, the gate) and of family words; only a visit in
#     Chinese fetches it. A caption's new character means running this again.
# Of the layout features it keeps fonttools' defaults (kerning, ligatures, marks, Arabic
# joining), which is all the engine's shaper applies.
# Needs Debian's fonts-noto-core and fonts-noto-cjk, and PyPI's fonttools.
# The results are committed, so builds need none of them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fonts="$here/../assets/fonts"
noto=/usr/share/fonts/truetype/noto
pyftsubset "$noto/NotoSans-Bold.ttf" --output-file="$fonts/NotoSans-Bold-subset.ttf" \
  --unicodes="U+0020-007E,U+00A0-017F,U+0400-045F,U+2010-2027,U+202F,U+2030-203A,U+20AC,U+2190-2193,U+FFFD" \
  --no-hinting --desubroutinize
pyftsubset "$noto/NotoSansArabic-Bold.ttf" --output-file="$fonts/NotoSansArabic-Bold-subset.ttf" \
  --unicodes="U+0600-06FF,U+200C-200F" --no-hinting --desubroutinize
# The characters the engine draws in Chinese, and words a family may type for its grown-ups.
chars=$(python3 - "$here/../assets/lang/zh.ftl" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
ids = ["card-peekaboo", "card-journey", "card-my-turn", "card-calendar", "card-morning",
       "monday-short", "tuesday-short", "wednesday-short", "thursday-short", "friday-short",
       "saturday-short", "sunday-short", "for-grown-ups", "grown-up-presets", "default-child-name",
       "gate-key-in", "gate-locked"]
drawn = "".join(re.search(rf"^{i} = (.*)$", text, re.M).group(1) for i in ids)
drawn += "妈爸奶爷姥外婆公宝贝哥姐弟妹叔阿姨舅"
# The gate's number in words (model/src/gate/number_words.rs).
drawn += "一二三四五六七八九十"
print("".join(sorted({c for c in drawn if ord(c) > 0x2E80})))
PY
)
pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc --font-number=2 \
  --output-file="$fonts/NotoSansSC-Bold-subset.otf" --text="$chars" \
  --unicodes="U+3000-3002,U+FF01,U+FF0C,U+FF1F" --layout-features='' --no-hinting --desubroutinize
ls -l "$fonts"
