#!/usr/bin/env python3
"""zoulang's sentence aligner beside Gale-Church peers on MAC-Dev, in one run.

Peers (from PyPI, into benches/.venv-align, created on first run):
  * `galechurch` 0.1.0 (a compiled Gale-Church), each Chinese sentence repeated round(en/zh character ratio)
    times so that its same-script length model applies (its mean_xy parameter yields no beads above ~1.5);
  * NLTK's `nltk.translate.gale_church.align_blocks` (pure Python), Chinese lengths scaled by the same ratio.
All three are scored with the same faithful port of Vecalign's score.py (benches/align_score_reference.py).
Throughput is sentences (zh + en) per CPU-second; each system runs on one thread.

Usage (from the repository root): python3 benches/align_vs_peers.py
"""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "benches", ".venv-align")
DIR = os.path.join(ROOT, "..", "shared", "data", "align", "mac-dev")
IDS = ["001", "002", "003", "004", "005", "006"]


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if sys.executable != py:
        if not os.path.exists(py):
            subprocess.check_call([sys.executable, "-m", "venv", VENV])
            subprocess.check_call([py, "-m", "pip", "install", "-q", "galechurch==0.1.0", "nltk"])
        os.execv(py, [py] + sys.argv)


def beads_from_links(links, n, m):
    """NLTK returns sentence links (i, j); group them into beads, add unaligned sentences."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in links:
        parent[find(("s", i))] = find(("t", j))
    groups = {}
    for i, j in links:
        groups.setdefault(find(("s", i)), (set(), set()))
        groups[find(("s", i))][0].add(i)
        groups[find(("s", i))][1].add(j)
    beads = [(sorted(s), sorted(t)) for s, t in groups.values()]
    seen_s = {i for b in beads for i in b[0]}
    seen_t = {j for b in beads for j in b[1]}
    beads += [([i], []) for i in range(n) if i not in seen_s]
    beads += [([], [j]) for j in range(m) if j not in seen_t]
    return beads


def main():
    ensure_venv()
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    from align_score_reference import read_alignments, score_multiple

    if not os.path.isdir(DIR):
        print(f"skipped: {DIR} is absent")
        return
    docs = []
    for i in IDS:
        zh = open(os.path.join(DIR, "zh", i), encoding="utf-8").read().splitlines()
        en = open(os.path.join(DIR, "en", i), encoding="utf-8").read().splitlines()
        docs.append((zh, en, read_alignments(os.path.join(DIR, "gold", f"{i}.align"))))
    sentences = sum(len(z) + len(e) for z, e, _ in docs)
    rows = []

    # zoulang: the release example prints the scores and CPU time.
    subprocess.check_call(["cargo", "build", "--release", "-q", "--example", "align_mac_dev"], cwd=ROOT)
    out = subprocess.check_output([os.path.join(ROOT, "target", "release", "examples", "align_mac_dev")], cwd=ROOT, text=True)
    m = re.search(r"ALL ours\s+strict P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \| lax P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", out)
    t = re.search(r"= (\d+) sentences per CPU-second", out)
    rows.append(("zoulang (lexical DP)", float(m.group(3)), float(m.group(6)), float(t.group(1))))
    b = re.search(r"ALL bert\s+strict P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \| lax P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", out)
    if b:
        rows.append(("Bertalign (LaBSE, output given)", float(b.group(3)), float(b.group(6)), float("nan")))

    import galechurch
    from nltk.translate import gale_church

    def run(fn):
        preds = []
        t0 = time.process_time()
        for zh, en, _ in docs:
            preds.append(fn(zh, en))
        cpu = time.process_time() - t0
        s = score_multiple([g for _, _, g in docs], preds)
        return s["f1_strict"], s["f1_lax"], sentences / cpu

    def ratio(zh, en):
        return sum(len(s.replace(" ", "")) for s in en) / max(1, sum(len(s.replace(" ", "")) for s in zh))

    def gc(zh, en):
        # galechurch derives lengths from the text and returns no beads for mean_xy above ~1.5, so the
        # Chinese sentences are repeated round(ratio) times to put both sides on one length scale.
        k = max(1, round(ratio(zh, en)))
        r = galechurch.align([s * k for s in zh], en)
        return [(list(range(x.source_start, x.source_end)), list(range(x.target_start, x.target_end))) for x in r.beads]

    def nltk_gc(zh, en):
        r = ratio(zh, en)
        sl = [max(1, round(len(s.replace(" ", "")) * r)) for s in zh]
        tl = [max(1, len(s.replace(" ", ""))) for s in en]
        return beads_from_links(gale_church.align_blocks(sl, tl), len(zh), len(en))

    rows.append(("galechurch 0.1.0 (PyPI)",) + run(gc))
    rows.append(("NLTK gale_church",) + run(nltk_gc))

    ours = rows[0][3]
    print(f"MAC-Dev: {len(docs)} documents, {sentences} sentences (zh + en); score.py strict/lax F1")
    print(f"{'system':<34} {'strict F1':>9} {'lax F1':>7} {'sent/CPU-s':>11} {'zoulang is':>11}")
    for name, fs, fl, tp in rows:
        speed = "" if tp != tp else f"{ours / tp:9.1f}x"
        tps = "-" if tp != tp else f"{tp:,.0f}"
        print(f"{name:<34} {fs:9.3f} {fl:7.3f} {tps:>11} {speed:>11}")


if __name__ == "__main__":
    main()
