#!/usr/bin/env python3
"""Trains the Thai sentence-boundary model (crates/zoulang/data/segment/thai_boundary_model.tsv).

Data: ../shared/data/langid-dev/th.txt (UD_Thai-TUD train+dev sentences, CC BY-SA 4.0; see its README).
Lines with even 0-based numbers are the training half, odd ones the held-out half (the split of
tests/segment_eval.rs and examples/detect_eval.rs). Each half is joined with spaces, as the eval does, and
every candidate space (Thai on both sides) is one example, labelled 1 where two sentences meet. The lines are
independent sentences (a random sample), so the training half is also read in AUGMENT - 1 fixed-seed
shuffles: each sentence end is seen beside several sentence starts (chosen by CV: 0.683 -> 0.690).

Features come from the Rust extractor (zoulang::segment::thai_boundary_features) through
`cargo run --release -p zoulang --example thai_features -- even|odd`, so training and inference share one
implementation. The model is L2-regularised logistic regression (scikit-learn); C and the decision
threshold are chosen by 5-fold cross-validation on the training half only, scoring each fold by sequential
decoding as the splitter does it (each space sees the sentence start that the decisions before it made);
the threshold is folded into the bias. Features seen fewer than MIN_COUNT times in the training half (in its
own order) are dropped.

Run from the repository root (creates /tmp/venv-thai-boundaries with numpy and scikit-learn):
    python3 crates/zoulang/scripts/train_thai_boundaries.py
then measure the splitter itself on the held-out half:
    cargo test --test segment_eval -- --nocapture
"""

import os
import subprocess
import sys
from collections import Counter

VENV = "/tmp/venv-thai-boundaries"
if not os.environ.get("THAI_TRAIN_IN_VENV"):
    if not os.path.exists(f"{VENV}/bin/python"):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([f"{VENV}/bin/pip", "install", "-q", "numpy", "scikit-learn"])
    os.environ["THAI_TRAIN_IN_VENV"] = "1"
    os.execv(f"{VENV}/bin/python", [f"{VENV}/bin/python", *sys.argv])

import random  # noqa: E402
import tempfile  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

MIN_COUNT = 2
FOLDS = 5
AUGMENT = 8
OUT = "crates/zoulang/data/segment/thai_boundary_model.tsv"
DATA = "../shared/data/langid-dev/th.txt"
EXAMPLE = ["cargo", "run", "-q", "--release", "-p", "zoulang", "--example", "thai_features", "--"]


def dump(half, path=DATA, mode="gold"):
    """(labels, feature lists) of the candidate spaces of `half` of `path`, true sentence starts."""
    out = subprocess.run(EXAMPLE + [half, mode, path], check=True, capture_output=True, text=True).stdout
    rows = [line.split("\t") for line in out.splitlines() if line]
    # Spaces that a rule decides (rule:end / rule:go_on, see thai_model.rs) are not the model's to learn.
    rows = [r for r in rows if not any(f.startswith("rule:") for f in r[1:])]
    return [int(r[0]) for r in rows], [r[1:] for r in rows]


def dump_shuffled(lines, path):
    """(labels, feature lists) of `lines` joined in their order and in AUGMENT - 1 fixed-seed shuffles:
    each sentence end is seen beside several sentence starts (the lines are independent sentences, so
    every order is as real as the first), the spaces inside sentences once per copy; and the number of rows
    of the first copy (features are counted there)."""
    labels, feats, n_orig = [], [], 0
    for k in range(AUGMENT):
        order = list(lines)
        if k:
            random.Random(k).shuffle(order)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(order) + "\n")
        lab, fs = dump("all", path)
        labels += lab
        feats += fs
        n_orig = n_orig or len(lab)
    return labels, feats, n_orig


class Decoder:
    """Sequential decoding as the splitter does it: each space is scored with the sentence start that the
    decisions before it produced (features from the Rust extractor, the example in `serve` mode)."""

    def __init__(self, path):
        self.proc = subprocess.Popen(EXAMPLE + ["all", "serve", path], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.gold = int(self.proc.stdout.readline().split("\t")[1])
        self.cands = []
        for line in self.proc.stdout:
            if line.strip() == "END":
                break
            pos, nxt, label = map(int, line.split())
            self.cands.append((pos, nxt, label))
        self.cache = {}

    def features(self, start, pos, nxt):
        key = (start, pos)
        if key not in self.cache:
            self.proc.stdin.write(f"{start} {pos} {nxt}\n")
            self.proc.stdin.flush()
            self.cache[key] = self.proc.stdout.readline().rstrip("\n").split("\t")
        return self.cache[key]

    def counts(self, weights, bias):
        """(true positives, predicted, gold) over the text."""
        start, tp, pred = 0, 0, 0
        for pos, nxt, label in self.cands:
            fs = self.features(start, pos, nxt)
            s = bias + sum(weights.get(f, 0.0) for f in fs)
            if "rule:end" in fs or ("rule:go_on" not in fs and s > 0):  # as thai_model::is_boundary
                pred += 1
                tp += label
                start = nxt
        return tp, pred, self.gold

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def matrix(feats, index):
    data, ind, ptr = [], [], [0]
    for fs in feats:
        for f in fs:
            j = index.get(f)
            if j is not None:
                ind.append(j)
                data.append(1.0)
        ptr.append(len(ind))
    return csr_matrix((data, ind, ptr), shape=(len(feats), len(index)))


def fit(labels, feats, n_orig, c):
    """Logistic regression on the features seen >= MIN_COUNT times in the first `n_orig` rows (the lines in
    their own order, before the shuffled copies): (weights by name, intercept)."""
    counts = Counter(f for fs in feats[:n_orig] for f in set(fs))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    lr = LogisticRegression(C=c, max_iter=3000).fit(matrix(feats, index), np.array(labels))
    return {n: float(w) for n, w in zip(names, lr.coef_[0]) if abs(w) >= 1e-3}, float(lr.intercept_[0])


def prf(tp, pred, gold):
    p, r = tp / max(pred, 1), tp / max(gold, 1)
    return p, r, (0.0 if p + r == 0 else 2 * p * r / (p + r))


def main():
    if not os.path.exists(DATA):
        sys.exit(f"SKIPPED: {DATA} is absent")
    with open(DATA, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    train_lines = lines[0::2]  # even 0-based lines; the odd ones are held out
    tmp = tempfile.mkdtemp(prefix="thai-boundaries-")

    def write(name, ls):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(ls) + "\n")
        return path

    # Cross-validation on the training half: C and the threshold by sequential-decoding F1.
    folds = []
    for k in range(FOLDS):
        rest = [l for j, l in enumerate(train_lines) if j % FOLDS != k]
        held = [l for j, l in enumerate(train_lines) if j % FOLDS == k]
        folds.append((dump_shuffled(rest, os.path.join(tmp, f"rest{k}.txt")), Decoder(write(f"fold{k}.txt", held))))
    best = None
    for c in (0.03, 0.05, 0.1, 0.3, 1.0):
        models = [fit(*rows, c) for rows, _ in folds]
        for t in np.arange(-1.5, 1.51, 0.25):
            tot = np.zeros(3)
            for (w, b), (_, dec) in zip(models, folds):
                tot += dec.counts(w, b - t)
            score = prf(*tot)[2]
            if best is None or score > best[0]:
                best = (score, c, float(t))
        print(f"C={c}: best CV F1 so far {best[0]:.3f} (C={best[1]}, threshold {best[2]:+.2f})", file=sys.stderr)
    for _, dec in folds:
        dec.close()
    cv_f1, c, t = best

    weights, intercept = fit(*dump_shuffled(train_lines, os.path.join(tmp, "even_all.txt")), c)
    bias = intercept - t
    results = {}
    for half in ("even", "odd"):
        dec = Decoder(write(f"{half}.txt", lines[0 if half == "even" else 1 :: 2]))
        results[half] = prf(*dec.counts(weights, bias))
        dec.close()
    train_f1, test_f1 = results["even"][2], results["odd"][2]
    print(f"C={c} threshold={t:+.2f}: {len(weights)} weights")
    print(f"sequential F1: train (even) {train_f1:.3f}, {FOLDS}-fold CV on train {cv_f1:.3f}, "
          f"held-out (odd) P={results['odd'][0]:.3f} R={results['odd'][1]:.3f} F1={test_f1:.3f}")

    with open(OUT, "w", encoding="utf-8") as out:
        out.write(
            "# Thai sentence-boundary model for zoulang (crates/zoulang/src/segment/thai_model.rs): logistic regression\n"
            "# over the spaces of Thai text; a space ends a sentence when <bias> + the weights of its features > 0.\n"
            "# Trained on the even 0-based lines of ../shared/data/langid-dev/th.txt, i.e. sentences of\n"
            "# UD_Thai-TUD (UniversalDependencies/UD_Thai-TUD @ 58c2058bcd542a759c03bcac4cf6e48aff27cf50, train+dev),\n"
            "# CC BY-SA 4.0. This table is a model derived from that data and is shared under CC BY-SA 4.0 too;\n"
            "# attribution: the UD_Thai-TUD authors (Universal Dependencies). No sentence is included: only\n"
            "# single words and word pairs seen at least twice, with their weights.\n"
            "# Regenerate: python3 crates/zoulang/scripts/train_thai_boundaries.py (numpy + scikit-learn "
            f"{sklearn.__version__}).\n"
            "# Features (zoulang::segment::thai_boundary_features): previous/next 1-3 ICU dictionary words (repaired as\n"
            "# segment_words does), word bigrams\n"
            "# on each side and across the space, closed classes of the adjacent words, bucketed sentence-so-far and\n"
            "# chunk lengths, word counts of the chunks, character classes at the space, a list opener before,\n"
            "# the rounded score of the hand-weighted grammar model (crates/zoulang/src/segment/thai.rs). Rules decide\n"
            "# (and training skips) spaces after a polite particle and in sentences under 20 characters.\n"
            f"# The training half is read in its order and in {AUGMENT - 1} fixed-seed shuffles (each sentence end beside other starts).\n"
            f"# L2 C={c}, decision threshold {t:+.2f} folded into <bias> ({FOLDS}-fold CV on the training half, sequential\n"
            f"# decoding), features seen >= {MIN_COUNT} times. Sentence-boundary F1 (sequential decoding): training half\n"
            f"# {train_f1:.3f}, CV {cv_f1:.3f}, held-out odd lines {test_f1:.3f} (splitter figure: benches/README.md).\n"
        )
        out.write(f"<bias>\t{bias:.4f}\n")
        for n in sorted(weights):
            out.write(f"{n}\t{weights[n]:.4f}\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
