#!/usr/bin/env python3
"""`*_batch` on all cores versus a single-threaded loop of the same calls, in one run.

Usage (after `make develop`): .venv/bin/python benches/batch_scaling.py [--repeat N]
Prints, per batch function, the loop time, the batch time and the speed-up; the target is >= 1.7x on 2 cores.
Each function registers the (loop, batch) pair it measures in CASES below as capabilities land.
"""

from __future__ import annotations

import argparse
import os
import time

import zoulang


def corpus(n_docs: int = 4000) -> list[str]:
    base = [zoulang.sample_zh_hans, zoulang.sample_en, zoulang.sample_noisy]
    base += [t for _, t in zoulang.sample_multilingual]
    return [(base[i % len(base)] + " ") * 20 for i in range(n_docs)]


def cases(docs):
    kw = dict(form="nfkc", width="half", dashes=True, quotes=True, whitespace=True)
    out = {
        "normalize_batch": (lambda: [zoulang.normalize(d, **kw) for d in docs], lambda: zoulang.normalize_batch(docs, **kw)),
    }
    for name, loop, batch in EXTRA:
        if hasattr(zoulang, name.split(".")[0]):
            out[name] = (lambda loop=loop: loop(docs), lambda batch=batch: batch(docs))
    return out


# (batch function name, loop over docs, batch call) for capabilities that provide *_batch.
EXTRA = [
    ("convert_batch", lambda d: [zoulang.convert(x, "s2twp") for x in d], lambda d: zoulang.convert_batch(d, "s2twp")),
    ("detect_batch", lambda d: [zoulang.detect(x) for x in d], lambda d: zoulang.detect_batch(d)),
    (
        "split_sentences_batch",
        lambda d: [zoulang.split_sentences(x, lang="auto") for x in d],
        lambda d: zoulang.split_sentences_batch(d, lang="auto"),
    ),
    (
        "segment_words_batch",
        lambda d: [zoulang.segment_words(x, lang="auto") for x in d],
        lambda d: zoulang.segment_words_batch(d, lang="auto"),
    ),
    ("Glossary.find_batch", lambda d: [GLOSSARY.find(x) for x in d], lambda d: GLOSSARY.find_batch(d)),
    (
        "align_batch",
        lambda d: [zoulang.align(s, t, src_lang="zh-Hans", tgt_lang="en") for s, t in PAIRS],
        lambda d: zoulang.align_batch(PAIRS, src_lang="zh-Hans", tgt_lang="en"),
    ),
]

GLOSSARY = zoulang.Glossary.builtin()
_ZH = [s.text for s in zoulang.split_sentences(zoulang.sample_zh_hans, lang="zh-Hans")]
_EN = [s.text for s in zoulang.split_sentences(zoulang.sample_en, lang="en")]
PAIRS = [(_ZH * 20, _EN * 20)] * 200


def best(f, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = corpus()
    mb = sum(len(d.encode()) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB, {os.cpu_count()} cores")
    print(f"{'function':<24} {'loop s':>8} {'batch s':>8} {'speed-up':>9}")
    for name, (loop, batch) in cases(docs).items():
        assert loop() == batch(), f"{name}: batch result differs from the loop"
        tl, tb = best(loop, args.repeat), best(batch, args.repeat)
        print(f"{name:<24} {tl:8.3f} {tb:8.3f} {tl / tb:8.2f}x")


if __name__ == "__main__":
    main()
