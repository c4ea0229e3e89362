#!/usr/bin/env bash
# Builds the static site into dist/: the wasm (size-optimised), its JS glue, the HTML shell,
# the assets, and brotli and gzip copies of the large files.
# PROFILE=web-dev builds much faster for iterating (thin LTO, no wasm-opt); the default,
# web-release, is what ships.
source "$(dirname "$0")/common.sh"
profile=${PROFILE:-web-release}

step "Building the game for the web ($profile)"
cargo build --locked --target "$WASM_TARGET" --profile "$profile"

step "Generating the JS bindings and optimising the wasm"
rm -rf dist
mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist --out-name see_you_soon \
  "$CARGO_TARGET_DIR/$WASM_TARGET/$profile/see_you_soon.wasm"
# wasm-opt (binaryen's own wasm build, from npm) takes minutes on a 20 MB module: the quick
# iteration profile skips it.
if [[ $profile != web-dev ]]; then
  optimise_wasm dist/see_you_soon_bg.wasm
fi

step "Copying the page and the assets"
cp -r web/. dist/
cp -r assets dist/assets
node tools/compress.mjs dist
ls -l dist dist/see_you_soon_bg.wasm*
