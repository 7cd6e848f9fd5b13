#!/usr/bin/env python3
"""zoulang's glossary term finder against raw daachorse, flashtext and pyahocorasick, in one run.

Usage (from the repository root):  python3 benches/glossary_vs_peers.py
Creates benches/.venv-glossary (git-ignored) with the PyPI peers, runs `cargo bench --bench glossary`
(which generates 50,000 terms, half Latin half Chinese, and ~4 MB of mixed text into target/glossary-bench/
and prints a SUMMARY line for zoulang and raw daachorse: medians of interleaved rounds, and the median of the
per-round ratios), then times the peers on the same files.

The peers do less than zoulang: flashtext folds case but treats only [A-Za-z0-9_] as word characters (so
it finds no term inside Chinese text without spaces) and cannot fold width, dashes or Chinese script;
pyahocorasick folds nothing and has no word boundaries. zoulang folds case, width, dashes, quotes, space
and Chinese script, checks Unicode word boundaries for spaced scripts and maps offsets to the original.
"""
import os
import re
import subprocess
import sys
import time
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "benches", ".venv-glossary")
PEERS = ["flashtext==2.7", "pyahocorasick==2.2.0"]


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        venv.create(VENV, with_pip=True)
        subprocess.check_call([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PEERS])
    return py


def peers(data_dir):
    import ahocorasick
    from flashtext import KeywordProcessor

    terms = open(os.path.join(data_dir, "terms.txt"), encoding="utf-8").read().split("\n")
    text = open(os.path.join(data_dir, "text.txt"), encoding="utf-8").read()
    mb = len(text.encode("utf-8")) / 1e6

    def best(f, n=3):
        ts = []
        out = None
        for _ in range(n):
            t = time.perf_counter()
            out = f()
            ts.append(time.perf_counter() - t)
        return min(ts), out

    def build_flashtext():
        kp = KeywordProcessor(case_sensitive=False)
        for i, t in enumerate(terms):
            kp.add_keyword(t, f"t{i}")
        return kp

    def build_aho():
        a = ahocorasick.Automaton()
        for i, t in enumerate(terms):
            a.add_word(t, i)
        a.make_automaton()
        return a

    fb, kp = best(build_flashtext, 1)
    fs, fm = best(lambda: len(kp.extract_keywords(text, span_info=True)))
    ab, aut = best(build_aho, 1)
    as_, am = best(lambda: sum(1 for _ in aut.iter_long(text)))
    return mb, [("flashtext 2.7", fb, mb / fs, fm), ("pyahocorasick 2.2.0", ab, mb / as_, am)]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--peers":
        mb, rows = peers(sys.argv[2])
        for name, build, mbps, n in rows:
            print(f"PEER\t{name}\t{build * 1e3:.1f}\t{mbps:.2f}\t{n}")
        return
    py = ensure_venv()
    load_before = open("/proc/loadavg").read().split()[:3]
    out = subprocess.run(["cargo", "bench", "--bench", "glossary"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    summary = next(line for line in out.splitlines() if line.startswith("SUMMARY"))
    s = dict(kv.split("=") for kv in summary.split()[1:])
    data_dir = os.path.join(ROOT, "target", "glossary-bench")
    peer_out = subprocess.run([py, __file__, "--peers", data_dir], check=True, capture_output=True,
                              text=True).stdout
    zl = float(s["zoulang_mbps"])
    print(f"{s['terms']} terms, {s['text_mb']} MB of mixed Latin/Chinese text (target/glossary-bench/)")
    print(f"{'engine':<34}{'build ms':>10}{'scan MB/s':>11}{'matches':>10}{'zoulang speed ÷ it':>20}")
    print(f"{'zoulang Glossary::find (folded)':<34}{float(s['build_ms']):>10.1f}{zl:>11.1f}"
          f"{s['zoulang_matches']:>10}{1.0:>20.2f}")
    print(f"{'daachorse raw leftmost-longest':<34}{'-':>10}{float(s['raw_mbps']):>11.1f}"
          f"{s['raw_matches']:>10}{zl / float(s['raw_mbps']):>20.2f}")
    print(f"{'daachorse on pre-folded text':<34}{'-':>10}{float(s['prefolded_mbps']):>11.1f}"
          f"{'':>10}{zl / float(s['prefolded_mbps']):>20.2f}")
    print(f"{'zoulang fold_for_matching alone':<34}{'-':>10}{float(s['fold_mbps']):>11.1f}")
    for line in peer_out.splitlines():
        _, name, build, mbps, n = line.split("\t")
        print(f"{name:<34}{float(build):>10.1f}{float(mbps):>11.2f}{n:>10}{zl / float(mbps):>20.2f}")
    print(f"zoulang / raw daachorse = {float(s['ratio']):.2f} (median of {s['rounds']} interleaved rounds; "
          f"target >= 0.50); build {s['build_ms']} ms (median; target <= 100)")
    print(f"back to back (11 calls in a row, median call, 3 alternating blocks): raw daachorse "
          f"{float(s['b2b_raw_mbps']):.1f} MB/s, zoulang {float(s['b2b_zoulang_mbps']):.1f} MB/s, "
          f"zoulang / raw = {float(s['b2b_ratio']):.2f}")
    load_after = open("/proc/loadavg").read().split()[:3]
    print(f"load average (1, 5, 15 min) before {' '.join(load_before)}, after {' '.join(load_after)}")


if __name__ == "__main__":
    main()
