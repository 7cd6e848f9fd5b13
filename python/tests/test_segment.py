"""Sentence splitting and word segmentation from Python: code point offsets, golden cases shared with the
Rust tests (tests/data/segment), batch twins, errors, result classes, pickling."""

import json
import pickle
from pathlib import Path

import pytest

import zoulang

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "segment"
SHARED = ROOT.parent / "shared"


def _cases():
    for f in sorted(GOLDEN.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                yield pytest.param(c.get("lang", f.stem), c, id=f"{f.stem}-{c['id']}")


@pytest.mark.parametrize("lang,case", list(_cases()))
def test_golden_cases(lang, case):
    got = zoulang.split_sentences(case["text"], lang=lang, hard_wrap=case.get("hard_wrap", False))
    assert [s.text for s in got] == case["expected"]
    for s in got:  # code point offsets: str slicing gives the sentence back
        assert case["text"][s.start : s.end] == s.text


def test_english_golden_rules():
    path = SHARED / "data" / "segment" / "golden-rules-en.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/segment/golden-rules-en.jsonl is absent")
    cases = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    passed = sum([s.text for s in zoulang.split_sentences(c["text"], lang="en")] == c["expected"] for c in cases)
    assert passed == 48


def test_lossless_with_code_points():
    text = "广西与东盟合作。The forum opened.\n\nສະບາຍດີ. ខ្ញុំ។ Xin chào! 好"
    got = zoulang.split_sentences(text)
    pos = 0
    for s in got:
        assert text[pos : s.start].strip() == ""
        assert text[s.start : s.end] == s.text
        pos = s.end
    assert text[pos:].strip() == ""
    assert len(got) == 6


def test_hard_wrapped_sentences_unwrap_as_their_script_writes_them():
    text = "中国与东\n盟的合作不断深\n化。This line\nwraps. It means bad luck. . . .\nThe men laughed."
    got = zoulang.split_sentences(text, lang="auto", hard_wrap=True)
    assert [zoulang.unwrap_lines(s.text) for s in got] == [
        "中国与东盟的合作不断深化。",
        "This line wraps.",
        # Hard-wrapped, the break is a space: a period then an ellipsis that opens the next sentence, as
        # the Golden Rules split "compounds. . . . The practice".
        "It means bad luck.",
        ". . . The men laughed.",
    ]
    assert zoulang.unwrap_lines("ผมกิน\nข้าว\n") == "ผมกิน ข้าว"
    # Not hard-wrapped: the line break ends the sentence and the spaced ellipsis stays with it.
    assert [s.text for s in zoulang.split_sentences("It means bad luck. . . .\nThe men laughed.", lang="en")] == [
        "It means bad luck. . . .",
        "The men laughed.",
    ]
    assert [s.text for s in zoulang.split_sentences("他点了点头。“好吧，”他说。", lang="zh-Hans")] == [
        "他点了点头。",
        "“好吧，”他说。",
    ]


def test_words_and_user_words():
    toks = zoulang.segment_words("中國—東盟資訊港推動人工智慧合作", lang="zh-Hant")
    assert [t.text for t in toks] == ["中國", "—", "東盟", "資訊港", "推動", "人工智慧", "合作"]
    text = "中國—東盟資訊港"
    for t in toks[:4]:
        assert text[t.start : t.end] == t.text
    w = zoulang.WordSegmenter("th", words=["สองสัปดาห์"])
    assert [t.text for t in w.segment("ทุกสองสัปดาห์")] == ["ทุก", "สองสัปดาห์"]
    w.add_words(["ทุกสอง"])
    assert w.user_words == ["สองสัปดาห์", "ทุกสอง"]
    assert w.spans("ทุกสองสัปดาห์") == [(0, 6), (6, 13)]
    with pytest.raises(zoulang.ArgumentError):
        w.add_words([" "])


def test_batch_twins_match_single_calls():
    texts = ["Mr. Lee left. He was late.", "中文。好！", "", "ทุกสองสัปดาห์"]
    assert zoulang.split_sentences_batch(texts) == [zoulang.split_sentences(t) for t in texts]
    assert zoulang.segment_words_batch(texts, lang="auto") == [zoulang.segment_words(t) for t in texts]
    s = zoulang.SentenceSplitter("en")
    assert s.split_batch(texts) == [s.split(t) for t in texts]
    w = zoulang.WordSegmenter("auto")
    assert w.segment_batch(texts) == [w.segment(t) for t in texts]


def test_errors_and_bad_input():
    with pytest.raises(zoulang.LanguageError, match="xx-Nope"):
        zoulang.split_sentences("x", lang="xx-Nope")
    with pytest.raises(zoulang.LanguageError):
        zoulang.segment_words("x", lang="klingon")
    with pytest.raises(ValueError):
        zoulang.SentenceSplitter("nope-nope")
    assert zoulang.split_sentences("   \n ") == []
    assert zoulang.segment_words("") == []
    assert [s.text for s in zoulang.split_sentences("no punctuation here", lang="th")] == ["no punctuation here"]
    with pytest.raises(TypeError):
        zoulang.split_sentences("x", "en")  # options are keyword-only


def test_result_classes_and_pickling():
    s = zoulang.split_sentences("Hi there.  Bye.", lang="en")[1]
    assert repr(s) == "Sentence(text='Bye.', start=11, end=15)"
    assert s.to_dict() == {"text": "Bye.", "start": 11, "end": 15}
    assert s == zoulang.Sentence("Bye.", 11, 15) and hash(s) == hash(zoulang.Sentence("Bye.", 11, 15))
    with pytest.raises(AttributeError):
        s.text = "x"
    t = zoulang.segment_words("中国与东盟", lang="zh-Hans")[2]
    assert repr(t) == "Token(text='东盟', start=3, end=5)"
    for obj in [s, t]:
        assert pickle.loads(pickle.dumps(obj)) == obj
    sp = zoulang.SentenceSplitter("zh-TW", hard_wrap=True)
    assert repr(sp) == "SentenceSplitter(lang='zh-Hant', hard_wrap=True, semicolons=False)"
    assert sp.options == {"hard_wrap": True, "semicolons": False}
    sp2 = pickle.loads(pickle.dumps(sp))
    assert repr(sp2) == repr(sp) and sp2.split("一。\n二。") == sp.split("一。\n二。")
    w = zoulang.WordSegmenter("en", words=["China-ASEAN Information Harbor"])
    w2 = pickle.loads(pickle.dumps(w))
    assert w2.user_words == w.user_words and w2.lang == "en"
    assert repr(w2) == "WordSegmenter(lang='en', words=1)"


def test_a_byte_order_mark_is_no_part_of_a_sentence():
    text = "\ufeffHello there. Bye.\r\n"
    got = zoulang.split_sentences(text, lang="en")
    assert [(s.text, s.start, s.end) for s in got] == [("Hello there.", 1, 13), ("Bye.", 14, 18)]
