#!/usr/bin/env bash
# The README's second command: every check and test, in the order that fails fastest.
source "$(dirname "$0")/common.sh"
started=$SECONDS
scripts/setup.sh --browser

step "Formatting"
cargo fmt --all --check

step "Clippy (native)"
cargo clippy --locked --workspace --all-targets -- -D warnings

step "Clippy (wasm)"
cargo clippy --locked --workspace --all-targets --target "$WASM_TARGET" -- -D warnings

step "Model tests (the rules in plain Rust, no engine)"
cargo test --locked -p see_you_soon_model

step "Native tests (the game, headless)"
cargo test --locked -p see_you_soon

scripts/build-web.sh

step "Browser tests (Chromium headless; Firefox ESR and WebKitGTK on a virtual display)"
npm run --silent test:e2e

step "All checks passed in $((SECONDS - started)) s"
