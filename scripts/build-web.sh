#!/usr/bin/env bash
# Builds the static site into dist/: the wasm (size-optimised), its JS glue, the HTML shell,
# the assets, and brotli and gzip copies of the large files.
# PROFILE=web-dev builds much faster for iterating (thin LTO); the default is what ships.
source "$(dirname "$0")/common.sh"
profile=${PROFILE:-web-release}

step "Building the game for the web ($profile)"
cargo build --locked --target "$WASM_TARGET" --profile "$profile"

step "Generating the JS bindings and optimising the wasm"
rm -rf dist
mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist --out-name see_you_soon \
  "$CARGO_TARGET_DIR/$WASM_TARGET/$profile/see_you_soon.wasm"
# The features Rust's wasm32 target emits by default; wasm-opt must be told about them.
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  dist/see_you_soon_bg.wasm -o dist/see_you_soon_bg.wasm

step "Copying the page and the assets"
cp -r web/. dist/
cp -r assets dist/assets
node tools/compress.mjs dist
ls -l dist dist/see_you_soon_bg.wasm*
