"""Ctrl-C stops long calls: SIGINT during an alignment of a huge document pair, or during a big batch, raises
KeyboardInterrupt within a fraction of a second, and the interpreter carries on.

Each case runs in a child interpreter (a SIGINT must reach a main thread that is inside the call). The
workloads are far larger than the delay before the signal in any build (200,000 sentences a side; 20,000
documents), so a run that finished instead of being interrupted fails the test.
"""

import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to a child process")

PRELUDE = """
import sys, time
import zoulang
"""

CALLS = {
    "align": """
n = 200_000
zh = [f"第{i}天，我们在老挝见了{i % 7}位朋友，谈到了东盟的人工智能合作。" for i in range(n)]
en = [f"On day {i} we met {i % 7} friends in Laos and talked about AI cooperation with ASEAN." for i in range(n)]
call = lambda: zoulang.align(zh, en, src_lang="zh-Hans", tgt_lang="en")
""",
    "align_batch": """
n = 20_000
zh = [f"第{i}天，我们在老挝见了{i % 7}位朋友。" for i in range(n)]
en = [f"On day {i} we met {i % 7} friends in Laos." for i in range(n)]
call = lambda: zoulang.align_batch([(zh, en)] * 8, src_lang="zh-Hans", tgt_lang="en")
""",
    "detect_batch": """
docs = [f"{i} " + (zoulang.sample_en + " ") * 6 for i in range(20_000)]
call = lambda: zoulang.detect_batch(docs)
""",
    "segment_words_batch": """
docs = [f"{i}" + zoulang.sample_zh_hans * 20 for i in range(20_000)]
call = lambda: zoulang.segment_words_batch(docs, lang="zh-Hans")
""",
}

RUN = """
print("ready", flush=True)
start = time.monotonic()
try:
    call()
    print("finished", time.monotonic() - start, flush=True)
except KeyboardInterrupt:
    print("interrupted", time.monotonic(), flush=True)
# The interpreter survives and zoulang still works (the worker threads and the rayon pool are free again).
print(zoulang.convert("汉字", "s2t"), [len(x) for x in zoulang.split_sentences_batch(["Hi. Bye.", "中文。好！"])])
"""


@pytest.mark.parametrize("name", sorted(CALLS))
def test_ctrl_c_interrupts_a_long_call_promptly(name):
    code = textwrap.dedent(PRELUDE + CALLS[name] + RUN)
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(0.5)  # well inside the call, which runs for many seconds
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    lines = out.splitlines()
    assert lines and lines[0].startswith("interrupted"), f"{name}: {out!r} {err!r}"
    latency = float(lines[0].split()[1]) - sent
    print(f"{name}: KeyboardInterrupt {latency:.3f} s after SIGINT")
    assert latency < 2.0, f"{name}: KeyboardInterrupt came {latency:.2f} s after SIGINT"
    assert lines[1] == "漢字 [2, 2]", out
    assert child.returncode == 0, err
