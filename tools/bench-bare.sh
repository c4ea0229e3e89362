#!/usr/bin/env bash
# Builds examples/bare.rs for the web, like the game, into bench-output/bare/ for tools/bench.mjs.
source "$(dirname "$0")/../scripts/common.sh"
profile=${PROFILE:-web-release}
out=bench-output/bare
cargo build --locked --target "$WASM_TARGET" --profile "$profile" --example bare
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name bare \
  "$CARGO_TARGET_DIR/$WASM_TARGET/$profile/examples/bare.wasm"
optimise_wasm "$out/bare_bg.wasm" "$out/symbols.txt"
cat > "$out/index.html" <<'HTML'
<!doctype html>
<html><head><meta charset="utf-8"><title>bare</title>
<style>html,body{margin:0;height:100%;overflow:hidden}canvas{display:block;width:100%;height:100%}</style>
<script type="module">import init from "./bare.js"; init();</script>
</head><body><canvas id="game"></canvas></body></html>
HTML
node tools/compress.mjs "$out"
ls -l "$out"
