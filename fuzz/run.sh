#!/usr/bin/env bash
# Fuzzes zoulang on the STABLE toolchain with cargo-fuzz (libFuzzer), one target at a time.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 180 s, every target)
#
# Needs `cargo install cargo-fuzz` (crates.io) and a C++ compiler (libfuzzer-sys builds libFuzzer with g++ or
# clang++). No nightly: `-s none` (no sanitizer: the crates forbid unsafe code, so ASan would only slow it down)
# passes only stable `-C` flags; `-a` keeps debug assertions and overflow checks on.
# New inputs go to fuzz/work/<target> (git-ignored); inputs that add coverage are merged into the committed
# corpus fuzz/corpus/<target>; crashes land in fuzz/artifacts/<target> and must be copied to
# fuzz/regressions/<target>/ (tests/regressions.rs replays them in CI). A summary line per target goes to
# fuzz/logs/summary.tsv: date, target, seconds actually fuzzed, executions, corpus size, crash files.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-180}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi
mkdir -p logs
cargo fuzz build -s none -a
bin=target/x86_64-unknown-linux-gnu/release
for t in "${targets[@]}"; do
    mkdir -p "work/$t" "corpus/$t" "artifacts/$t"
    log="logs/$t.log"
    t0=$(date +%s)
    set +e
    "$bin/$t" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="artifacts/$t/" "work/$t" "corpus/$t" >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(($(date +%s) - t0))
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
    # Keep only inputs that add coverage to the committed corpus.
    "$bin/$t" -merge=1 -max_len=4096 "corpus/$t" "work/$t" >>"$log" 2>&1 || true
    crashes=$(find "artifacts/$t" -type f | wc -l)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$elapsed" "$runs" "$(ls "corpus/$t" | wc -l)" \
        "$crashes" | tee -a logs/summary.tsv
    if [ $rc -ne 0 ]; then
        echo "$t: fuzzer stopped with status $rc, see fuzz/$log and fuzz/artifacts/$t" >&2
    fi
done
