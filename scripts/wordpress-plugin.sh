#!/usr/bin/env bash
# Builds the WordPress plugin zip: wordpress/body-map/ with every file of the widget folder in
# body-map/widget/, versioned from Cargo.toml.
#   scripts/wordpress-plugin.sh <widget-folder> <out-dir>
# writes <out-dir>/body-map-wordpress-<version>.zip (top folder body-map/). The same inputs
# give the same bytes.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <widget-folder> <out-dir>" >&2
  exit 2
fi
widget=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$widget/body-map.js" ]; then
  echo "$0: $widget/body-map.js not found: give the folder of the built widget (dist/release/package from make release, or dist/body-map from make dist)" >&2
  exit 1
fi
version=$(awk -F'"' '/^\[/ { in_package = ($0 == "[package]") } in_package && /^version *=/ { print $2; exit }' "$root/Cargo.toml")
if [ -z "$version" ]; then
  echo "$0: no version in the [package] table of Cargo.toml" >&2
  exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$root/wordpress/body-map" "$stage/body-map"
rm -rf "$stage/body-map/widget"
mkdir -p "$stage/body-map/widget"
cp -R "$widget"/. "$stage/body-map/widget/"
if [ -f "$root/LICENSE" ]; then cp "$root/LICENSE" "$stage/body-map/LICENSE"; fi
for file in body-map.php readme.txt; do
  sed -i "s/%VERSION%/$version/g" "$stage/body-map/$file"
done
if grep -rq '%VERSION%' "$stage/body-map" --include='*.php' --include='*.txt'; then
  echo "$0: a %VERSION% placeholder was left" >&2
  exit 1
fi

mkdir -p "$out"
zip="$out/body-map-wordpress-$version.zip"
# Sorted entries with a fixed date and mode: rebuilding from the same files gives the same zip.
python3 - "$stage" "$zip.tmp" <<'PY'
import os, sys, zipfile
stage, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for base, dirs, files in os.walk(stage):
        dirs.sort()
        rel = os.path.relpath(base, stage)
        if rel != ".":
            info = zipfile.ZipInfo(rel + "/", (2026, 1, 1, 0, 0, 0))
            info.external_attr = (0o40755 << 16) | 0x10
            z.writestr(info, b"")
        for name in sorted(files):
            info = zipfile.ZipInfo(os.path.join(rel, name), (2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(base, name), "rb") as f:
                z.writestr(info, f.read())
PY
mv "$zip.tmp" "$zip"
echo "$zip"
