#!/usr/bin/env bash
# The README's second command: every check and test, in the order that fails fastest.
source "$(dirname "$0")/common.sh"
started=$SECONDS
scripts/setup.sh --browser

step "Formatting"
cargo fmt --check

step "Clippy (native)"
cargo clippy --locked --all-targets -- -D warnings

step "Clippy (wasm)"
cargo clippy --locked --all-targets --target "$WASM_TARGET" -- -D warnings

step "Native tests"
cargo test --locked

scripts/build-web.sh

step "Browser tests (Chromium headless; Firefox ESR and WebKitGTK on a virtual display)"
npm run --silent test:e2e

step "All checks passed in $((SECONDS - started)) s"
