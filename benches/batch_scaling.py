#!/usr/bin/env python3
"""`*_batch` on all cores versus a single-threaded loop of the same calls, in one run.

Usage: python benches/batch_scaling.py [--repeat N] [--only NAME], with a RELEASE build of zoulang installed
(`cd python && maturin build --release -o /tmp/wheels`, then `pip install` the wheel into a venv).
Prints, per batch function, the loop time, the batch time and the speed-up; the target is >= 1.7x on 2 cores.
Each function runs on a corpus a user would pass it: Simplified Chinese documents for convert and segment,
multilingual documents (14 languages) for detect, split and normalize, both for glossary term finding, and
document pairs for align (see `corpora`). Loop and batch rounds alternate; the best of each is reported.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import zoulang


SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
DOC_BYTES = 3000  # documents of a few KB, as users pass them


def documents(lines: list[str], copies: int = 1) -> list[str]:
    """Consecutive lines joined (by line breaks) into documents of about DOC_BYTES."""
    docs, cur, size = [], [], 0
    for _ in range(copies):
        for line in lines:
            cur.append(line)
            size += len(line.encode())
            if size >= DOC_BYTES:
                docs.append("\n".join(cur))
                cur, size = [], 0
    if cur:
        docs.append("\n".join(cur))
    return docs


def read_lines(path: Path) -> list[str]:
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def corpora() -> dict[str, list[str]]:
    """Chinese (for convert and segment), multilingual (for detect, split, normalize) and both (for find).

    From ../shared/data when present: Simplified Chinese = langid-dev/zh-Hans (modern, UD GSDSimp) plus
    convert/zuozhuan-zhs (classical); multilingual = every langid-dev file (14 languages, one language per
    document). Without ../shared, the built-in samples stand in (a smaller, more repetitive corpus).
    """
    langid = SHARED / "langid-dev"
    if langid.is_dir() and (SHARED / "convert" / "zuozhuan-zhs.txt").is_file():
        zh = documents(read_lines(langid / "zh-Hans.txt") + read_lines(SHARED / "convert" / "zuozhuan-zhs.txt"), 2)
        multi = []
        for f in sorted(langid.glob("*.txt")):
            multi += documents(read_lines(f), 2)
    else:
        print("../shared/data is absent: using the built-in samples (smaller, repetitive documents)")
        zh = documents([zoulang.sample_zh_hans] * 400)
        multi = documents([zoulang.sample_en, zoulang.sample_noisy] * 200 + [t for _, t in zoulang.sample_multilingual] * 400)
    # Interleave the languages so that every slice of the batch has the same mix.
    multi = [d for i in range(0, 7) for d in multi[i::7]]
    return {"zh": zh, "multi": multi, "all": zh + multi}


KW = dict(form="nfkc", width="half", dashes=True, quotes=True, whitespace=True)

# (batch function name, corpus, loop over docs, batch call)
CASES = [
    ("normalize_batch", "multi", lambda d: [zoulang.normalize(x, **KW) for x in d], lambda d: zoulang.normalize_batch(d, **KW)),
    ("convert_batch", "zh", lambda d: [zoulang.convert(x, "s2twp") for x in d], lambda d: zoulang.convert_batch(d, "s2twp")),
    ("detect_batch", "multi", lambda d: [zoulang.detect(x) for x in d], lambda d: zoulang.detect_batch(d)),
    (
        "split_sentences_batch",
        "multi",
        lambda d: [zoulang.split_sentences(x, lang="auto") for x in d],
        lambda d: zoulang.split_sentences_batch(d, lang="auto"),
    ),
    (
        "segment_words_batch",
        "zh",
        lambda d: [zoulang.segment_words(x, lang="zh-Hans") for x in d],
        lambda d: zoulang.segment_words_batch(d, lang="zh-Hans"),
    ),
    ("Glossary.find_batch", "all", lambda d: [GLOSSARY.find(x) for x in d], lambda d: GLOSSARY.find_batch(d)),
    (
        "align_batch",
        None,
        lambda d: [zoulang.align(s, t, src_lang="zh-Hans", tgt_lang="en") for s, t in PAIRS],
        lambda d: zoulang.align_batch(PAIRS, src_lang="zh-Hans", tgt_lang="en"),
    ),
]

GLOSSARY = zoulang.Glossary.builtin()
_ZH = [s.text for s in zoulang.split_sentences(zoulang.sample_zh_hans, lang="zh-Hans")]
_EN = [s.text for s in zoulang.split_sentences(zoulang.sample_en, lang="en")]
PAIRS = [(_ZH * 20, _EN * 20)] * 200


def timed(f):
    """(wall s, CPU s of the calling thread, CPU s of the whole process) of one call."""
    w, t, p = time.perf_counter(), time.thread_time(), time.process_time()
    f()
    return time.perf_counter() - w, time.thread_time() - t, time.process_time() - p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help="run only the functions whose name contains this")
    args = ap.parse_args()
    docs = corpora()
    for name, key in [("Chinese", "zh"), ("multilingual", "multi")]:
        mb = sum(len(d.encode()) for d in docs[key]) / 1e6
        print(f"{name}: {len(docs[key])} documents, {mb:.1f} MB")
    print(f"{os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
    print(
        f"{'function':<24} {'corpus':>7} {'loop s':>8} {'batch s':>8} {'speed-up':>9}"
        f" {'loop CPU':>9} {'GIL-side CPU':>12} {'worker CPU':>10} {'ideal 2-core':>12}"
    )
    for name, key, loop, batch in CASES:
        if args.only and args.only not in name:
            continue
        d = docs[key] if key else None
        assert loop(d) == batch(d), f"{name}: batch result differs from the loop"
        # Interleaved rounds, so that a change in machine load hits both sides alike; best of each.
        rounds = [(timed(lambda: loop(d)), timed(lambda: batch(d))) for _ in range(args.repeat)]
        tl = min(r[0][0] for r in rounds)
        tb = min(r[1][0] for r in rounds)
        # CPU split of the batch call (from its best-CPU round): the calling thread's share is the serial
        # part (input and result objects under the GIL); the rest ran on the rayon workers. With two idle
        # cores the batch would take about serial + workers / 2, against the loop's CPU time.
        loop_cpu = min(r[0][2] for r in rounds)
        main_cpu, all_cpu = min((r[1][1], r[1][2]) for r in rounds)
        ideal = loop_cpu / (main_cpu + (all_cpu - main_cpu) / 2)
        print(
            f"{name:<24} {key or 'pairs':>7} {tl:8.3f} {tb:8.3f} {tl / tb:8.2f}x"
            f" {loop_cpu:9.3f} {main_cpu:12.3f} {all_cpu - main_cpu:10.3f} {ideal:11.2f}x"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
