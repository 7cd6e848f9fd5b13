#!/usr/bin/env python3
"""Language identification: zoulang vs bare whatlang vs lingua, side by side in one run.

Data: the held-out half (odd 0-based line numbers) of ../shared/data/langid-dev, every target language.
- zoulang and bare whatlang 0.18 run in one release-built Rust binary
  (crates/zoulang/examples/detect_lines.rs), timed inside the binary (detection only, no I/O);
- lingua (PyPI lingua-language-detector, high accuracy mode, models preloaded) runs in-process over the same
  lines, restricted to the candidate languages it has (it has no Lao, Khmer or Burmese), timed around the
  detection loop only.
Each timing is the best of 3 interleaved runs. Prints per-language accuracy, lines per second, the speed
ratios and zoulang's peak resident memory.

Usage (repository root): python3 benches/detect_vs_peers.py
Creates the venv benches/.venv-detect (git-ignored) on first use.
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "langid-dev"
VENV = ROOT / "benches" / ".venv-detect"
REPEATS = 3
LANGS = ["en", "zh-Hans", "zh-Hant", "vi", "th", "lo", "km", "my", "ms", "id", "fil", "ja", "ko"]
WHATLANG = {"eng": "en", "cmn": "zh", "vie": "vi", "tha": "th", "khm": "km", "mya": "my", "ind": "id",
            "tgl": "fil", "jpn": "ja", "kor": "ko"}


def ensure_venv() -> None:
    if pathlib.Path(sys.prefix).resolve() == VENV.resolve():
        return
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "lingua-language-detector==2.1.1"], check=True)
    os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


def run_rust(binary: pathlib.Path, path: str, *flags: str) -> tuple[list[str], float]:
    proc = subprocess.run([str(binary), *flags, path], capture_output=True, text=True, check=True)
    secs = float(proc.stderr.split("detect_seconds=")[1].split()[0])
    return proc.stdout.splitlines(), secs


def peak_rss_kb(binary: pathlib.Path, path: str) -> int:
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execv(str(binary), [str(binary), path])
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def main() -> None:
    if not DEV.exists():
        print("skipped: ../shared/data/langid-dev not found")
        return
    ensure_venv()
    from lingua import Language, LanguageDetectorBuilder

    subprocess.run(["cargo", "build", "--release", "-q", "-p", "zoulang", "--example", "detect_lines"],
                   cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "examples" / "detect_lines"
    gold, lines = [], []
    for tag in LANGS:
        for i, line in enumerate((DEV / f"{tag}.txt").read_text(encoding="utf-8").splitlines()):
            if i % 2 == 1:
                gold.append(tag)
                lines.append(line)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    rss = peak_rss_kb(binary, path)

    lingua_langs = [Language.ENGLISH, Language.CHINESE, Language.VIETNAMESE, Language.THAI, Language.MALAY,
                    Language.INDONESIAN, Language.TAGALOG, Language.JAPANESE, Language.KOREAN]
    names = {Language.ENGLISH: "en", Language.CHINESE: "zh", Language.VIETNAMESE: "vi", Language.THAI: "th",
             Language.MALAY: "ms", Language.INDONESIAN: "id", Language.TAGALOG: "fil", Language.JAPANESE: "ja",
             Language.KOREAN: "ko"}
    detector = LanguageDetectorBuilder.from_languages(*lingua_langs).with_preloaded_language_models().build()
    detector.detect_language_of("warm up")
    # Interleaved repeats, best time of each: the machine is shared, so a single run can be unlucky.
    zl_secs = wl_secs = li_secs = float("inf")
    for _ in range(REPEATS):
        zl, secs = run_rust(binary, path)
        zl_secs = min(zl_secs, secs)
        wl, secs = run_rust(binary, path, "--whatlang")
        wl_secs = min(wl_secs, secs)
        start = time.perf_counter()
        li_raw = [detector.detect_language_of(line) for line in lines]
        li_secs = min(li_secs, time.perf_counter() - start)
    wl = [WHATLANG.get(t, t) for t in wl]
    li = [names.get(x, "und") if x is not None else "und" for x in li_raw]

    def ok(want: str, got: str, chinese_any: bool) -> bool:
        return got == want or (chinese_any and want.startswith("zh") and got == "zh")

    print(f"{'lang':8} {'n':>5} {'zoulang':>8} {'whatlang':>9} {'lingua':>7}")
    for tag in LANGS + ["ms+id"]:
        idx = [i for i, g in enumerate(gold) if g == tag or (tag == "ms+id" and g in ("ms", "id"))]
        if tag == "ms+id":
            acc = [sum(r[i] in ("ms", "id") for i in idx) / len(idx) for r in (zl, wl, li)]
        else:
            acc = [sum(ok(tag, r[i], k > 0) for i in idx) / len(idx) for k, r in enumerate((zl, wl, li))]
        print(f"{tag:8} {len(idx):5} " + " ".join(f"{100 * a:8.2f}" for a in acc))
    n = len(lines)
    print(f"\nlines: {n}")
    print(f"zoulang  {n / zl_secs:10.0f} lines/s  ({zl_secs:.3f} s, best of {REPEATS})")
    print(f"whatlang {n / wl_secs:10.0f} lines/s  ({wl_secs:.3f} s)")
    print(f"lingua   {n / li_secs:10.0f} lines/s  ({li_secs:.3f} s, high accuracy, preloaded)")
    print(f"zoulang / whatlang time: {zl_secs / wl_secs:.2f}x   (target <= 2x)")
    print(f"lingua / zoulang time:   {li_secs / zl_secs:.1f}x   (target >= 10x)")
    print(f"zoulang peak RSS: {rss / 1024:.1f} MB   (target <= 25 MB)")
    os.unlink(path)


if __name__ == "__main__":
    main()
