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
raw_wasm="$CARGO_TARGET_DIR/$WASM_TARGET/$profile/see_you_soon.wasm"
# wasm-opt (binaryen's own wasm build, from npm) takes minutes on a 15 MB module, so its output
# is kept per input: an unchanged build (a fresh clone, a second serve) reuses it.
# The key also covers the tools' versions and the wasm-opt flags (in common.sh).
key=$( { sha256sum "$raw_wasm" scripts/common.sh package-lock.json; wasm-bindgen --version; } | sha256sum | cut -c1-32)
cache="$CARGO_TARGET_DIR/web-cache/$profile-$key"
if [[ -f $cache/see_you_soon_bg.wasm && -f $cache/see_you_soon.js ]]; then
  echo "unchanged since the last build: reusing $cache"
else
  wasm-bindgen --target web --no-typescript --out-dir dist --out-name see_you_soon "$raw_wasm"
  # The quick iteration profile skips wasm-opt.
  if [[ $profile != web-dev ]]; then
    optimise_wasm dist/see_you_soon_bg.wasm dist/symbols.txt
  fi
  rm -rf "$cache"
  mkdir -p "$cache"
  cp dist/see_you_soon_bg.wasm dist/see_you_soon.js "$cache/"
  # Kept beside the build, not shipped: only tools read it.
  if [[ -f dist/symbols.txt ]]; then mv dist/symbols.txt "$cache/"; fi
fi
cp "$cache/see_you_soon_bg.wasm" "$cache/see_you_soon.js" dist/
# Where tools/wasm-frames.mjs finds the names of the wasm in dist/.
if [[ -f $cache/symbols.txt ]]; then cp "$cache/symbols.txt" "$CARGO_TARGET_DIR/see_you_soon.symbols"; else rm -f "$CARGO_TARGET_DIR/see_you_soon.symbols"; fi

step "Copying the page and the assets"
cp -r web/. dist/
cp -r assets dist/assets
node tools/precache.mjs dist
node tools/compress.mjs dist
ls -l dist dist/see_you_soon_bg.wasm*
