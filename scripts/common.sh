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
