#!/usr/bin/env python3
"""zoulang convert vs OpenCC 1.4.2 (PyPI `opencc`), side by side in one run.

    python3 benches/convert_vs_opencc.py            # from the repository root

* Creates benches/.venv-convert (git-ignored) and installs opencc==1.4.2 into it; skips with a message if it
  cannot.
* Builds `cargo build --release -p zoulang --example convert_file` (the zoulang side).
* Text: ../shared/data/convert/zuozhuan-zhs.txt (Simplified; skips with a message if absent) and a Traditional
  version made from it with OpenCC s2t.
* Speed: single-thread MB/s (on-CPU time of the converting thread, so other load on the machine does not
  count) for s2t and s2twp on the Simplified text and t2s on the Traditional text, each tool in its own
  process, repeated ROUNDS times alternating; the median of each is reported with the ratio.
* Exactness: for all 16 configurations, zoulang's output on both texts, on the seed article (if present) and
  on two texts of 20,000 lines of adversarial text generated from the dictionaries (phrases of every config,
  compatibility ideographs, emoji, combining marks; one with IDS operators, one without) must be
  byte-identical to OpenCC's.
* Construction: time of the first converter in a fresh process; memory: peak RSS of each process and
  zoulang's dictionary heap bytes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ZHS = SHARED / "data" / "convert" / "zuozhuan-zhs.txt"
SEED = SHARED / "seed"
VENV = ROOT / "benches" / ".venv-convert"
EXAMPLE = ROOT / "target" / "release" / "examples" / "convert_file"
CONFIGS = "s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp t2tw tw2t t2hk hk2t t2jp jp2t".split()
SPEED = [("s2t", "zhs"), ("s2twp", "zhs"), ("t2s", "zht")]
TARGETS = {"s2t": 7.0, "s2twp": 10.0, "t2s": 4.0}
ROUNDS = int(os.environ.get("ROUNDS", "3"))

# Run inside the venv: convert a file with OpenCC, report on-CPU MB/s like examples/convert_file.
OPENCC_RUNNER = r"""
import json, sys, time
import opencc
config, path, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.perf_counter()
conv = opencc.OpenCC(config)
construct = time.perf_counter() - t
text = open(path, encoding="utf-8", newline="").read()
out = conv.convert(text)
runs, c0, w0 = 0, time.thread_time(), time.perf_counter()
while runs < 3 or time.perf_counter() - w0 < 0.5:
    out = conv.convert(text)
    runs += 1
cpu = (time.thread_time() - c0) / runs
if out_path != "-":
    open(out_path, "w", encoding="utf-8", newline="").write(out)
n = len(text.encode("utf-8"))
print(json.dumps({"config": config, "bytes": n, "seconds": cpu, "mb_per_s": n / 1e6 / cpu,
                  "construct_first_ms": construct * 1e3, "version": opencc.__version__}))
"""


def fuzz_text(path: Path, ids: bool, lines: int = 20000, seed: int = 7) -> None:
    """Writes adversarial text: random mixes of OpenCC dictionary keys and values (all configs), single
    dictionary characters, IDS operators, compatibility ideographs, ASCII, emoji and combining marks."""
    import random

    rng = random.Random(seed)
    data = ROOT / "crates" / "zoulang" / "data" / "opencc"
    pieces, chars = [], set()
    for f in sorted(data.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            k, v = line.split("\t", 1)
            v = v.split(" ")[0]
            pieces += [k, v]
            chars.update(k + v)
    chars = sorted(chars - set("\n\t "))
    extra = ["\uF900", "\uFA0A", "\U0002F800", "a", " ", "，", "🙂", "\u0301"]
    if ids:  # with IDS operators; without them the segmented configs take their one-pass path
        extra += ["⿰", "⿱", "⿲", "⿳"]
    out = []
    for _ in range(lines):
        parts = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            parts.append(rng.choice(pieces) if r < 0.5 else rng.choice(chars) if r < 0.9 else rng.choice(extra))
        out.append("".join(parts))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def skip(msg: str) -> None:
    print(f"SKIP: {msg}")
    sys.exit(0)


def run_rss(cmd: list[str]) -> tuple[dict, int]:
    """Runs a measuring process; returns its last (JSON) output line and its peak RSS in KiB (wait4)."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err.decode(errors='replace')}")
    return json.loads(out.decode().strip().splitlines()[-1]), usage.ru_maxrss


def main() -> None:
    if not ZHS.exists():
        skip(f"{ZHS.relative_to(ROOT.parent)} is absent (the benchmark text lives in ../shared)")
    py = VENV / "bin" / "python"
    if not py.exists():
        print(f"creating {VENV.relative_to(ROOT)} with opencc==1.4.2 …", flush=True)
        venv.create(VENV, with_pip=True)
    check = subprocess.run([py, "-c", "import opencc; print(opencc.__version__)"], capture_output=True, text=True)
    if check.returncode != 0 or check.stdout.strip() != "1.4.2":
        r = subprocess.run([py, "-m", "pip", "install", "-q", "opencc==1.4.2"], capture_output=True, text=True)
        if r.returncode != 0:
            skip(f"cannot install opencc==1.4.2 into {VENV}: {r.stderr.strip()[-300:]}")
    print("building the zoulang example (release) …", flush=True)
    b = subprocess.run(["cargo", "build", "--release", "-q", "-p", "zoulang", "--example", "convert_file"], cwd=ROOT)
    if b.returncode != 0:
        raise SystemExit("cargo build failed")

    runner = [str(py), "-c", OPENCC_RUNNER]
    zoulang = [str(EXAMPLE)]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        zht = tmp / "zuozhuan-zht.txt"
        run_rss(runner + ["s2t", str(ZHS), str(zht)])
        texts = {"zhs": ZHS, "zht": zht}
        for name in ("china-daily-guangxi-asean-ai.txt", "china-daily-guangxi-asean-ai.zh-Hant.txt"):
            if (SEED / name).exists():
                texts[name] = SEED / name
        texts["fuzz"] = tmp / "fuzz.txt"
        fuzz_text(texts["fuzz"], ids=True)
        texts["fuzz-no-ids"] = tmp / "fuzz-no-ids.txt"
        fuzz_text(texts["fuzz-no-ids"], ids=False, seed=8)

        # Exactness on every configuration and text.
        mismatches, pairs = [], 0
        for config in CONFIGS:
            for tname, path in texts.items():
                zo, oo = tmp / f"z-{config}-{tname}", tmp / f"o-{config}-{tname}"
                run_rss(zoulang + [config, str(path), str(zo), "1"])
                run_rss(runner + [config, str(path), str(oo)])
                pairs += 1
                if zo.read_bytes() != oo.read_bytes():
                    mismatches.append(f"{config} on {tname}")
        total = sum(p.stat().st_size for p in texts.values())
        print(f"\nexactness: {pairs - len(mismatches)}/{pairs} (config, text) pairs byte-identical to OpenCC 1.4.2 "
              f"({len(texts)} texts, {total / 1e6:.1f} MB)")
        for m in mismatches:
            print(f"  DIFFERS: {m}")

        # Speed, alternating the two tools.
        print(f"\nspeed: single thread, on-CPU time, median of {ROUNDS} rounds\n")
        print(f"{'config':8} {'text':16} {'zoulang MB/s':>13} {'OpenCC MB/s':>12} {'ratio':>7} {'target':>7}")
        for config, tname in SPEED:
            z, o, zr, orss = [], [], [], []
            zc, oc = [], []
            for _ in range(ROUNDS):
                zj, zrss = run_rss(zoulang + [config, str(texts[tname]), "-", "5"])
                oj, ors = run_rss(runner + [config, str(texts[tname]), "-"])
                z.append(zj["mb_per_s"]); o.append(oj["mb_per_s"])
                zc.append(zj["construct_first_ms"]); oc.append(oj["construct_first_ms"])
                zr.append(zrss); orss.append(ors)
                heap = zj["dictionary_bytes"]
            zm, om = statistics.median(z), statistics.median(o)
            label = "zuozhuan-zhs" if tname == "zhs" else "zuozhuan-zht"
            ratio = zm / om
            ok = "ok" if ratio >= TARGETS[config] else "BELOW"
            print(f"{config:8} {label:16} {zm:13.1f} {om:12.1f} {ratio:6.1f}x {TARGETS[config]:5.0f}x {ok}")
            print(f"{'':8} construction (first, ms): zoulang {statistics.median(zc):.2f}, OpenCC "
                  f"{statistics.median(oc):.1f}; peak RSS (MiB): zoulang {statistics.median(zr) / 1024:.1f}, "
                  f"OpenCC {statistics.median(orss) / 1024:.1f}; zoulang dictionaries (embedded tables read in place, plus a 512 KiB per-code-point table each) {heap / 2**20:.1f} MiB")
    if mismatches:
        sys.exit(1)


if __name__ == "__main__":
    main()
