#!/usr/bin/env bash
# The WordPress plugin's test layer: builds the plugin zip from the widget folder, starts a real
# WordPress on loopback (setup.sh), runs the tests in Chromium and stops everything it started,
# also on failure.
#   tests/wordpress/run.sh [widget-folder]   (default dist/release/package)
# WORDPRESS and WORDPRESS_STATE test another WordPress tree (see setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
widget=${1:-dist/release/package}
zip=$(scripts/wordpress-plugin.sh "$widget" target/wordpress/zip)
trap 'tests/wordpress/setup.sh stop' EXIT
trap 'exit 130' INT TERM
tests/wordpress/setup.sh start "$zip"
node --test --test-concurrency=1 tests/wordpress/
