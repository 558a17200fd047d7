#!/usr/bin/env bash
# The WordPress layer against WordPress 6.5 (the Script Modules API), besides Debian's 6.1 that
# `make test` uses. wordpress.org is out of reach here; the npm package
# @wp-playground/wordpress-builds carries WordPress 6.5's PHP (a zip) and its static files, about
# 160 MB, fetched once into target/wordpress-6.5/. Not part of `make test` for that size.
#   tests/wordpress/newer.sh [widget-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
cache=$PWD/target/wordpress-6.5
tree=$cache/wordpress
if [ ! -f "$tree/wp-load.php" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent @wp-playground/wordpress-builds@0.9.19 >/dev/null)
  tar -xzf "$cache"/wp-playground-wordpress-builds-0.9.19.tgz -C "$cache" \
    package/src/wordpress/wp-6.5.zip package/public/wp-6.5
  rm -rf "$tree"
  python3 -m zipfile -e "$cache/package/src/wordpress/wp-6.5.zip" "$tree"
  cp -a "$cache/package/public/wp-6.5/." "$tree/"
  rm -rf "$cache/package" "$cache"/*.tgz
fi
WORDPRESS=$tree WORDPRESS_STATE=$cache/state exec tests/wordpress/run.sh "${1:-dist/release/package}"
