#!/usr/bin/env bash
# Builds the embeddable files with Trunk into dist/body-map/ and puts the demo page beside them.
#   scripts/dist.sh release   optimised build (wasm-opt from npm binaryen)
#   scripts/dist.sh dev       debug build, for `make run`
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-release}
# Trunk keeps its wasm-bindgen output between builds and copies all of it: clear it so a
# removed module never ships.
rm -rf target/wasm-bindgen
if [ "$mode" = release ]; then
  trunk build --release --offline
else
  trunk build --offline
fi
# Trunk's own page is only its build manifest; the demo page is index.html.
rm -f dist/body-map/index.html
cp index.html dist/index.html
mkdir -p dist/demo
cp demo/* dist/demo/
