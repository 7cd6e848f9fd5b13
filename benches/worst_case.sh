#!/usr/bin/env bash
# Times every public function on pathological inputs against a normal input of the same size and prints the
# ratios (benches/worst_case.rs). Usage: benches/worst_case.sh [MB] (default 8). Run it twice with sizes a
# factor apart (e.g. 4 and 16): a linear function keeps its ratios, a super-linear one shows them grow.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --quiet --bench worst_case -- "${1:-8}"
