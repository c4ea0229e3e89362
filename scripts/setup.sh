#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs; skips what is already there.
# Everything comes from crates.io, npm and Debian's packages.
source "$(dirname "$0")/common.sh"

apt_packages=(pkg-config) # native builds
# The browser tests, in three engines: Chromium; Firefox ESR (driven over WebDriver BiDi);
# WebKitGTK, Safari's engine, through its WebKitWebDriver. Firefox and WebKit need an X server
# for WebGL (Xvfb), and WebKit's recorder and player need GStreamer's plugins (the good ones
# decode the MP3 sounds). Colour emoji, so names with emoji show as on a tablet. Firefox plays sound only through a PulseAudio
# server: the tests start a private one with a silent sink.
[[ ${1:-} == --browser ]] && apt_packages+=(chromium fonts-noto-color-emoji
  firefox-esr webkit2gtk-driver xvfb xauth gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-libav pulseaudio)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  step "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
  step "Adding the $WASM_TARGET target"
  rustup target add "$WASM_TARGET"
fi

# wasm-bindgen's command-line tool must match the library version in Cargo.lock exactly.
bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  step "Installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: one of its locked dependencies has left the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# binaryen (wasm-opt) and playwright-core, at the versions in package-lock.json.
if ! npm ls --silent >/dev/null 2>&1; then
  step "Installing npm packages"
  npm ci --no-audit --no-fund
fi
