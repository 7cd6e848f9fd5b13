#!/usr/bin/env python3
"""Reference scores of Bertalign's MAC-Dev output, computed with a faithful port of Vecalign's score.py
(thompsonb/vecalign, Apache-2.0: _precision and score_multiple, same set semantics and recall convention).
Run once; the figures are recorded in tests/align.rs (evaluate_alignment must reproduce them) and in
benches/README.md.  Usage: python3 benches/align_score_reference.py  (reads ../shared/data/align/mac-dev)."""
import ast
import os
import sys
from collections import defaultdict

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "align", "mac-dev")


def read_alignments(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = [x.strip() for x in line.split(":") if len(x.strip())]
            if len(fields) < 2:
                raise ValueError(line)
            out.append((ast.literal_eval(fields[0]), ast.literal_eval(fields[1])))
    return out


def _precision(goldalign, testalign):
    tpstrict = fpstrict = tplax = fplax = 0
    testalign = set((tuple(x), tuple(y)) for x, y in testalign if len(x) or len(y))
    goldalign = set((tuple(x), tuple(y)) for x, y in goldalign if len(x) or len(y))
    src_id_to_gold_tgt_ids = defaultdict(set)
    for gold_src, gold_tgt in goldalign:
        for s in gold_src:
            for t in gold_tgt:
                src_id_to_gold_tgt_ids[s].add(t)
    for test_src, test_tgt in testalign:
        if (test_src, test_tgt) == ((), ()):
            continue
        if (test_src, test_tgt) in goldalign:
            tpstrict += 1
            tplax += 1
        else:
            target_ids = set()
            for s in test_src:
                target_ids |= src_id_to_gold_tgt_ids[s]
            if set(test_tgt) & target_ids:
                fpstrict += 1
                tplax += 1
            else:
                fpstrict += 1
                fplax += 1
    return [tpstrict, fpstrict, tplax, fplax]


def score_multiple(gold_list, test_list):
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for g, t in zip(gold_list, test_list):
        p = [a + b for a, b in zip(p, _precision(g, t))]
        t2 = [(x, y) for x, y in t if len(x) and len(y)]
        g2 = [(x, y) for x, y in g if len(x) and len(y)]
        r = [a + b for a, b in zip(r, _precision(t2, g2))]
    div = lambda a, b: 0.0 if a + b == 0 else a / float(a + b)
    ps, pl, rs, rl = div(p[0], p[1]), div(p[2], p[3]), div(r[0], r[1]), div(r[2], r[3])
    f = lambda a, b: 0.0 if a + b == 0 else 2 * a * b / (a + b)
    return dict(precision_strict=ps, recall_strict=rs, f1_strict=f(ps, rs),
                precision_lax=pl, recall_lax=rl, f1_lax=f(pl, rl))


def main():
    if not os.path.isdir(DIR):
        print(f"skipped: {DIR} is absent")
        return
    ids = ["001", "002", "003", "004", "005", "006"]
    gold = [read_alignments(os.path.join(DIR, "gold", f"{i}.align")) for i in ids]
    test = [read_alignments(os.path.join(DIR, "bertalign-output", f"{i}.align")) for i in ids]
    for i, g, t in zip(ids, gold, test):
        print(i, {k: round(v, 6) for k, v in score_multiple([g], [t]).items()})
    print("all", {k: repr(v) for k, v in score_multiple(gold, test).items()})


if __name__ == "__main__":
    sys.exit(main())
