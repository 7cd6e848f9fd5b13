#!/usr/bin/env bash
# Refreshes crates/zoulang/data/detect/zawgyiUnicodeModel.dat (Google myanmar-tools' Zawgyi/Unicode Markov
# model, Apache-2.0) and tests/data/detect/zawgyi_compatibility.tsv (the reference probabilities the package
# ships) from the PyPI package `myanmartools`.
# Usage (repository root): crates/zoulang/scripts/vendor_myanmartools.sh [VERSION]
set -euo pipefail
version="${1:-1.2.1}"
tmp="$(mktemp -d)"
python3 -m pip download --no-deps -d "$tmp" "myanmartools==$version"
python3 -m zipfile -e "$tmp"/myanmartools-*.whl "$tmp/x"
cp "$tmp/x/myanmartools/resources/zawgyiUnicodeModel.dat" crates/zoulang/data/detect/
cp "$tmp"/x/myanmartools-*.dist-info/LICENSE crates/zoulang/data/detect/LICENSE-myanmartools
cp "$tmp/x/myanmartools/resources/compatibility.tsv" tests/data/detect/zawgyi_compatibility.tsv
echo "myanmartools $version" > crates/zoulang/data/detect/VERSION-myanmartools
rm -rf "$tmp"
