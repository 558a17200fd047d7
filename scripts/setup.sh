#!/usr/bin/env bash
# Installs what Body Map's build and tests need and is missing; fast and silent when all is there.
#   scripts/setup.sh           toolchain, Trunk, wasm-bindgen, npm packages (wasm-opt, Playwright)
#   scripts/setup.sh browser   the same, plus Chromium and ChromeDriver, Firefox ESR, and
#                              WebKitGTK's WebDriver and MiniBrowser with Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

# Rust: the wasm target and the linters.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# Trunk, pinned: newer releases need a newer rustc than this toolchain.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen CLI: must match the wasm-bindgen version in Cargo.lock exactly.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  cargo install --locked wasm-bindgen-cli --version "$WB_VERSION" \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# npm packages: binaryen's wasm-opt (never Debian's), Playwright, axe-core.
stamp=tests/e2e/node_modules/.installed
if [ ! -f "$stamp" ] || [ tests/e2e/package-lock.json -nt "$stamp" ]; then
  say "installing npm packages"
  (cd tests/e2e && npm ci --no-audit --no-fund)
  touch "$stamp"
fi

# Crates, so that builds can run offline.
cargo fetch --quiet

if [ "${1:-}" = "browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || apt-get update -qq
    apt-get install -y -qq chromium chromium-driver || {
      sleep 5
      apt-get update -qq
      apt-get install -y -qq chromium chromium-driver
    }
  fi
  # The other engines of the end-to-end tests (tests/e2e/engines.mjs).
  engines=(firefox-esr WebKitWebDriver /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser xvfb-run xauth)
  for command in "${engines[@]}"; do
    if ! command -v "$command" >/dev/null; then
      say "installing Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, and Xvfb"
      export DEBIAN_FRONTEND=noninteractive
      packages=(firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth)
      apt=(apt-get -o DPkg::Lock::Timeout=600 -qq)
      { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "${packages[@]}"; } || {
        sleep 5
        "${apt[@]}" update
        "${apt[@]}" install -y --no-install-recommends "${packages[@]}"
      }
      break
    fi
  done
fi
