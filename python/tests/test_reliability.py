"""The Python boundary under hostile input: bad types, lone surrogates, huge strings, many threads.

Every case must end in a clean Python exception or a correct result, never a crash of the interpreter.
Capabilities add their own cases here as they land (see RELIABILITY.md).
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import zoulang

TEXTS = [
    zoulang.sample_zh_hans,
    zoulang.sample_en,
    *(text for _, text in zoulang.sample_multilingual),
    zoulang.sample_noisy,
    "ＡＳＥＡＮ　２０２５：中国－东盟与ລາວ ၊ မြန်မာ ไทย",
    "Vie\u0302\u0323t Nam \u1100\u314f \uffa1\uffc2",
]

# Every public function that takes a text, with a call that needs only the text.
TEXT_FUNCTIONS = {
    "normalize": lambda t: zoulang.normalize(t, form="nfkc", dashes=True, whitespace=True),
    "normalize_with_offsets": lambda t: zoulang.normalize_with_offsets(t, form="nfkc"),
    "script_profile": zoulang.script_profile,
    "language_tag": zoulang.language_tag,
    "normalize_batch": lambda t: zoulang.normalize_batch([t, t], form="nfkc"),
}


def _available_memory_bytes() -> int:
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@pytest.mark.parametrize("name", sorted(TEXT_FUNCTIONS))
@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "中\udc80国"])
def test_lone_surrogates_raise_unicode_encode_error(name, text):
    with pytest.raises(UnicodeEncodeError):
        TEXT_FUNCTIONS[name](text)


@pytest.mark.parametrize("name", sorted(TEXT_FUNCTIONS))
@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 3, 4.5, ["list"], object()])
def test_wrong_types_raise_type_error(name, bad):
    with pytest.raises(TypeError):
        TEXT_FUNCTIONS[name](bad)


def test_batch_functions_reject_bad_items_cleanly():
    with pytest.raises(TypeError):
        zoulang.normalize_batch(["ok", None])  # type: ignore[list-item]
    with pytest.raises(UnicodeEncodeError):
        zoulang.normalize_batch(["ok", "bad \ud800"])
    with pytest.raises(TypeError):
        zoulang.normalize_batch("not a list of str")  # type: ignore[arg-type]
    assert zoulang.normalize_batch([]) == []


@pytest.mark.parametrize("bad", ["", "ab", "\ud800", None, b"a"])
def test_single_character_functions_reject_other_input(bad):
    for fn in (zoulang.is_dash, zoulang.letter_script):
        with pytest.raises((TypeError, ValueError)):
            fn(bad)


def test_wrong_option_types_raise_type_error():
    with pytest.raises(TypeError):
        zoulang.normalize("x", form=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zoulang.normalize("x", width=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zoulang.normalize("x", "nfkc")  # type: ignore[misc]  # options are keyword-only
    with pytest.raises(TypeError):
        zoulang.decode_utf8("str, not bytes")  # type: ignore[arg-type]


def test_offset_map_rejects_hostile_arguments_cleanly():
    with pytest.raises(zoulang.ArgumentError, match="`segments`"):
        zoulang.OffsetMap([(-1, 0, True)], 1, 1)
    with pytest.raises(zoulang.ArgumentError):
        zoulang.OffsetMap([(0, 0, True), (0, 0, False)], 1, 1)
    with pytest.raises(zoulang.ArgumentError):
        zoulang.OffsetMap([(5, 0, True)], 1, 1)
    m = zoulang.OffsetMap([(0, 0, True)], 4, 4)
    # Spans outside the text, reversed or huge, clamp instead of failing (documented) ...
    assert m.to_source(2, 1) == (2, 2)
    assert m.to_source(3, 10**12) == (3, 4)
    assert m.to_target(10**18, 10**18) == (4, 4)
    # ... and the checked twins reject them.
    with pytest.raises(zoulang.ArgumentError, match="reversed span: start 2 is after end 1"):
        m.try_to_source(2, 1)
    with pytest.raises(zoulang.ArgumentError, match="end 5 is past the end of the target text"):
        m.try_to_source(3, 5)
    with pytest.raises(zoulang.ArgumentError, match="past the end of the source text"):
        m.try_to_target(0, 10**12)
    assert m.try_to_source(1, 4) == m.to_source(1, 4) == (1, 4)
    assert m.try_to_target(4, 4) == (4, 4)
    # Reliability finding: a negative offset raised OverflowError; it is an ArgumentError naming the argument.
    with pytest.raises(zoulang.ArgumentError, match="`start`.*-1"):
        m.to_source(-1, 2)
    with pytest.raises(zoulang.ArgumentError, match="`end`"):
        m.to_source(0, 2**80)
    with pytest.raises(TypeError, match="argument 'start'"):
        m.to_source("0", 2)  # type: ignore[arg-type]


_OFFSET_MAP = zoulang.OffsetMap([(0, 0, True)], 4, 4)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: _OFFSET_MAP.to_source(-1, 2), "start"),
        (lambda: _OFFSET_MAP.to_target(0, -2), "end"),
        (lambda: _OFFSET_MAP.try_to_source(-1, 2), "start"),
        (lambda: _OFFSET_MAP.try_to_target(0, -1), "end"),
        (lambda: _OFFSET_MAP.to_source_offset(-1), "pos"),
        (lambda: zoulang.OffsetMap.identity(-3), "length"),
        (lambda: zoulang.OffsetMap([(0, 0, True)], -1, 1), "source_len"),
        (lambda: zoulang.OffsetMap([(0, 0, True)], 1, -1), "target_len"),
        (lambda: zoulang.Token("x", -1, 1), "start"),
        (lambda: zoulang.Sentence("x", 0, -1), "end"),
        (lambda: zoulang.LanguageSpan(-1, 2, "en"), "start"),
        (lambda: zoulang.TermMatch(0, -2, "x", "id", "en"), "end"),
        (lambda: zoulang.CheckIssue("missing_target", "id", -1, 1, "x"), "start"),
        (lambda: zoulang.AlignmentUnit([0, -1], [0]), "src"),
        (lambda: zoulang.AlignmentUnit([0], [-5]), "tgt"),
        (lambda: zoulang.ScriptProfile(-1, [], []), "letters"),
        (lambda: zoulang.ScriptProfile(1, [], [(0, -1, "Han")]), "runs"),
    ],
)
def test_negative_offsets_raise_argument_error_naming_the_argument(call, name):
    with pytest.raises(zoulang.ArgumentError, match=f"`{name}` takes non-negative integers"):
        call()


def test_decode_utf8_names_the_offset_of_any_bad_byte():
    for bad in [b"\xff", b"ab\xc3", b"\xed\xa0\x80", b"ok\x00\xf5"]:
        with pytest.raises(zoulang.EncodingError) as e:
            zoulang.decode_utf8(bad, "f.txt")
        assert "f.txt" in str(e.value) and "at byte" in str(e.value)
    assert zoulang.decode_utf8(b"nul \x00 ok") == "nul \x00 ok"


def test_nul_and_control_characters_pass_through():
    text = "a\x00b\x01\x7f\u200b\ufeffc"
    assert zoulang.normalize(text) == text
    out, m = zoulang.normalize_with_offsets(text, form="nfkc")
    assert m.to_source(0, len(out)) == (0, len(text))


@pytest.mark.skipif(
    _available_memory_bytes() < 4 * 2**30 or os.environ.get("ZOULANG_SKIP_HUGE") == "1",
    reason="needs 4 GiB of free memory (set ZOULANG_SKIP_HUGE=1 to skip)",
)
def test_a_100_mb_string():
    # Mostly ASCII (the test suite runs a debug build), with a dash and a Thai word in every block.
    unit = "The China-ASEAN AI corridor runs from Nanning to Vientiane. " * 16 + "—ไทย "
    text = unit * (100_000_000 // len(unit.encode()))
    assert len(text.encode()) > 99_000_000
    out = zoulang.normalize(text, dashes=True)
    assert out.count("-") == text.count("—") + text.count("-") and len(out) == len(text)
    p = zoulang.script_profile(text)
    assert p.runs[0][0] == 0 and p.runs[-1][1] == len(text)
    assert p.dominant == "Latin" and len(p.runs) == 2 * text.count("ไทย")


def _run_threads(fn, inputs, threads=8, rounds=4):
    """Runs `fn` over `inputs` from `threads` threads at once, released together; returns each result list."""
    barrier = threading.Barrier(threads)

    def work(_):
        barrier.wait()
        return [fn(x) for _ in range(rounds) for x in inputs]

    with ThreadPoolExecutor(threads) as ex:
        return list(ex.map(work, range(threads)))


@pytest.mark.parametrize("name", sorted(TEXT_FUNCTIONS))
def test_many_threads_give_the_single_thread_results(name):
    fn = TEXT_FUNCTIONS[name]
    inputs = TEXTS * 3 if name != "language_tag" else ["zh-TW", "tl", "en-US", "in", "vi-VN", "zsm"]
    want = [fn(x) for _ in range(4) for x in inputs]
    for got in _run_threads(fn, inputs):
        assert got == want


def test_results_survive_pickling_across_threads():
    p = zoulang.script_profile(zoulang.sample_zh_hans)
    blobs = _run_threads(lambda _: pickle.dumps(p), [0], threads=4, rounds=1)
    assert all(pickle.loads(b[0]) == p for b in blobs)


def test_deep_recursion_limit_is_not_touched():
    # Deeply nested brackets are plain text to zoulang: no recursion, no RecursionError.
    text = "(" * 200_000 + "中" + ")" * 200_000
    assert zoulang.normalize(text, form="nfkc", width="full").count("（") == 200_000
    assert sys.getrecursionlimit() > 0


def test_unchanged_text_comes_back_as_the_same_str_and_subclasses_as_plain_str():
    class Tagged(str):
        pass

    plain, han = "ASEAN 2025 and Laos", "老挝信息港"
    assert zoulang.normalize(plain) is plain
    assert zoulang.convert(plain, "s2t") is plain
    assert zoulang.Converter("s2t").convert(plain) is plain
    out = zoulang.normalize_batch([plain, "ＡＩ"], form="nfkc")
    assert out[0] is plain and out[1] == "AI"
    assert zoulang.convert_batch([plain, han], "s2twp") == [plain, "寮國資訊港"]
    tagged = Tagged(plain)
    for out in (zoulang.normalize(tagged), zoulang.convert_batch([tagged], "s2t")[0]):
        assert type(out) is str and out == plain


def test_batch_calls_leave_the_garbage_collector_as_they_found_it():
    import gc

    # Large enough for the parallel path (small batches run inline and build their results as usual).
    docs = ["中国与东盟。合作。" * 3000, " ".join(["Hi. Bye."] * 3000)]
    assert gc.isenabled()
    assert zoulang.segment_words_batch(docs) == [zoulang.segment_words(d) for d in docs]
    assert gc.isenabled()
    gc.disable()
    try:
        assert zoulang.split_sentences_batch(docs) == [zoulang.split_sentences(d) for d in docs]
        assert not gc.isenabled()
    finally:
        gc.enable()
