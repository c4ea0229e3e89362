# Shared by the scripts in this folder: strict mode, the repository root, and one Cargo target
# folder outside the checkout, so a fresh clone on the same machine reuses earlier builds.
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/see-you-soon/target}"
export PATH="$HOME/.cargo/bin:$PATH"
WASM_TARGET=wasm32-unknown-unknown

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Shrinks a wasm file in place with binaryen's wasm-opt (from npm). The --enable flags are the
# features Rust's wasm32 target emits by default; wasm-opt must be told about them.
# $2: where to write the function names by index (the shipped wasm has none), so a trap's
# "wasm-function[123]" can be named (tools/wasm-frames.mjs).
optimise_wasm() {
  node_modules/.bin/wasm-opt -Oz \
    --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
    --symbolmap="$2" \
    "$1" -o "$1"
}
