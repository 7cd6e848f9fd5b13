#!/usr/bin/env python3
"""zoulang sentence splitting beside pySBD and sentencex (PyPI), in one run: accuracy on the 48 English
Golden Rules, English throughput (single thread), and scaling on one long English and Chinese paragraph;
and Thai sentence-boundary F1 beside PyThaiNLP's CRF (`crfcut`) on the held-out odd lines of
../shared/data/langid-dev/th.txt (the half the Thai model was not trained on).

    python3 benches/segment_vs_peers.py            # creates benches/.venv-segment on first use
    python3 benches/segment_vs_peers.py --thai     # the Thai comparison only

Reads ../shared (skips what is absent). zoulang runs as the release example `segment_timing`, timed inside
the process (best of 3), so process start-up is not counted for anyone.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VENV = ROOT / "benches" / ".venv-segment"
PEERS = ["pysbd==0.3.4", "sentencex", "pythainlp==5.4.0", "python-crfsuite"]


def ensure_venv():
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEERS], check=True)
    elif subprocess.run([str(py), "-c", "import pythainlp, pycrfsuite"], capture_output=True).returncode:
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEERS], check=True)
    if Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


def zoulang_bin():
    subprocess.run(["cargo", "build", "-q", "--release", "--example", "segment_timing"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "release" / "examples" / "segment_timing")


def best_of(fn, text, n=3):
    best = float("inf")
    out = None
    for _ in range(n):
        t = time.perf_counter()
        out = fn(text)
        best = min(best, time.perf_counter() - t)
    return best, out


def prf(gold, pred):
    tp = len(set(gold) & set(pred))
    p, r = tp / max(len(pred), 1), tp / max(len(gold), 1)
    return p, r, (0.0 if p + r == 0 else 2 * p * r / (p + r))


def thai():
    """Boundary P/R/F1 on the odd lines of th.txt joined by spaces (as tests/segment_eval.rs does), code
    point offsets: zoulang (`zoulang split --lang th --format jsonl`) and PyThaiNLP's CRF, same text."""
    src = SHARED / "data/langid-dev/th.txt"
    if not src.exists():
        print("SKIPPED Thai: ../shared/data/langid-dev absent")
        return
    from pythainlp import __version__ as ptn_version
    from pythainlp.tokenize import sent_tokenize

    lines = [l.strip() for l in src.read_text(encoding="utf-8").splitlines() if l.strip()][1::2]
    text = " ".join(lines)
    gold, at = [], 0
    for l in lines[:-1]:
        at += len(l)
        gold.append(at)
        at += 1
    subprocess.run(["cargo", "build", "-q", "--release", "--bin", "zoulang"], cwd=ROOT, check=True)
    z = subprocess.run([str(ROOT / "target/release/zoulang"), "split", "--lang", "th", "--format", "jsonl"],
                       input=text, capture_output=True, text=True, check=True).stdout
    zpred = [json.loads(l)["end"] for l in z.splitlines()][:-1]
    cpred, at = [], 0
    for s in sent_tokenize(text, engine="crfcut"):
        s = s.strip()
        if not s:
            continue
        at = text.index(s, at) + len(s)
        cpred.append(at)
    cpred = [p for p in cpred if p < len(text)]
    print(f"## Thai sentence boundaries, held-out odd lines of th.txt ({len(lines)} sentences, {len(gold)} joins)")
    for name, pred in [("zoulang", zpred), (f"pythainlp {ptn_version} crfcut", cpred)]:
        p, r, f = prf(gold, pred)
        print(f"  {name:26} P={p:.3f} R={r:.3f} F1={f:.3f}")


def main():
    ensure_venv()
    if "--thai" in sys.argv:
        thai()
        return
    thai()
    import pysbd
    import sentencex

    exe = zoulang_bin()
    seg_en = pysbd.Segmenter(language="en", clean=False, char_span=False)

    def pysbd_en(t):
        return seg_en.segment(t)

    def sentencex_for(lang):
        return lambda t: list(sentencex.segment(lang, t))

    def zoulang_time(text, lang):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run([exe, f.name, lang], capture_output=True, text=True, check=True).stdout
        os.unlink(f.name)
        return json.loads(out)

    print("## Golden Rules (English, 48 cases): exact match")
    golden = SHARED / "data/segment/golden-rules-en.jsonl"
    if golden.exists():
        cases = [json.loads(l) for l in golden.read_text(encoding="utf-8").splitlines() if l.strip()]
        z = subprocess.run([exe, "--jsonl", str(golden), "en"], capture_output=True, text=True, check=True)
        zout = [json.loads(l) for l in z.stdout.splitlines()]
        rows = {
            "zoulang": sum(o == c["expected"] for o, c in zip(zout, cases)),
            "pysbd": sum([s.strip() for s in pysbd_en(c["text"])] == c["expected"] for c in cases),
            "sentencex": sum([s.strip() for s in sentencex_for("en")(c["text"])] == c["expected"] for c in cases),
        }
        for k, v in rows.items():
            print(f"  {k:10} {v}/48")
    else:
        print("  SKIPPED: ../shared/data/segment/golden-rules-en.jsonl absent")

    en_src = SHARED / "data/langid-dev/en.txt"
    zh_src = SHARED / "data/langid-dev/zh-Hans.txt"
    if not en_src.exists():
        print("SKIPPED speed: ../shared/data/langid-dev absent")
        return
    en_base = " ".join(en_src.read_text(encoding="utf-8").split("\n"))
    zh_base = "".join(zh_src.read_text(encoding="utf-8").split("\n"))

    def sized(base, n):
        return (base * (n // len(base.encode()) + 1)).encode()[:n].decode("utf-8", "ignore")

    print("\n## Throughput, one paragraph, single thread (MB/s; best of 3)")
    print(f"  {'input':22} {'zoulang':>10} {'pysbd':>10} {'sentencex':>10}  zoulang/pysbd  zoulang/sentencex")
    for name, lang, base, sizes in [("en", "en", en_base, [100_000, 1_000_000]),
                                    ("zh-Hans", "zh", zh_base, [100_000, 1_000_000])]:
        for n in sizes:
            text = sized(base, n)
            mb = len(text.encode()) / 1e6
            z = zoulang_time(text, "zh-Hans" if lang == "zh" else lang)
            zs = z["mb_per_s"]
            peers = {}
            if lang == "en" or n <= 100_000:
                t, _ = best_of(pysbd_en if lang == "en" else pysbd.Segmenter(language="zh", clean=False).segment, text, 1)
                peers["pysbd"] = mb / t
            else:
                peers["pysbd"] = float("nan")
            t, _ = best_of(sentencex_for(lang), text, 1)
            peers["sentencex"] = mb / t
            print(f"  {name + ' ' + str(n // 1000) + ' KB':22} {zs:10.2f} {peers['pysbd']:10.2f} {peers['sentencex']:10.2f}"
                  f"  {zs / peers['pysbd']:12.0f}x  {zs / peers['sentencex']:14.0f}x")

    print("\n## 10 MB line without punctuation (zoulang)")
    z = zoulang_time("word " * 2_000_000, "en")
    print(f"  {z['mb_per_s']:.2f} MB/s, {z['units']} sentence(s)")


if __name__ == "__main__":
    main()
