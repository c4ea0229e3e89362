#!/usr/bin/env bash
# The README's first command: install what is missing, build the site, serve it locally.
# PORT=9000 picks another port; PROFILE=web-dev builds faster for iterating.
source "$(dirname "$0")/common.sh"
scripts/setup.sh
scripts/build-web.sh
step "Serving dist/"
exec node tools/serve.mjs dist "${PORT:-8080}"
