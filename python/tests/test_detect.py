"""Language identification from Python: detect, spans (code points), batch, allow-lists, errors, pickling."""

import pickle
from pathlib import Path

import pytest

import zoulang

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "detect"


def test_written_sentences():
    rows = [line.split("\t", 1) for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines()]
    wrong = [(tag, zoulang.detect(text).lang, text) for tag, text in rows if zoulang.detect(text).lang != tag]
    assert not wrong


def test_detection_fields():
    d = zoulang.detect("Kerajaan Malaysia akan membincangkan perkara ini kerana ia penting.")
    assert d.lang == "ms" and d.script == "Latin" and d.encoding is None
    assert 0.5 < d.confidence <= 1.0
    assert d.candidates[0] == (d.lang, d.confidence)
    assert sum(p for _, p in d.candidates) <= 1.0 + 1e-9
    short = zoulang.detect("Saya makan nasi")
    assert {t for t, _ in short.candidates} >= {"ms", "id"}
    z = zoulang.detect("ဘဂၤလားေဒရွ္႕ ႏိုင္ငံ")
    assert (z.lang, z.encoding) == ("my", "zawgyi")


def test_und_for_no_evidence():
    for text in ["", "   ", "🙂🎉", "\x00\x01\x1b[0m", "2025-11-27", "中"]:
        d = zoulang.detect(text)
        assert d.is_und() and d.lang == "und" and d.confidence < 0.2, text


def test_spans_are_code_points():
    text = "华为Huawei发布了新的人工智能平台"
    spans = zoulang.detect_spans(text)
    assert [(s.lang, text[s.start : s.end]) for s in spans] == [
        ("zh-Hans", "华为"),
        ("en", "Huawei"),
        ("zh-Hans", "发布了新的人工智能平台"),
    ]
    assert spans[0].start == 0 and spans[-1].end == len(text)


def test_only_and_errors():
    assert zoulang.detect("สวัสดีครับ", only=["en"]).lang == "und"
    assert zoulang.detect("中国与东盟", only=["ja"]).lang == "und"
    assert zoulang.detect("我們是中國人", only=["zh"]).lang == "zh-Hant"
    with pytest.raises(zoulang.LanguageError, match="klingon"):
        zoulang.detect("hi", only=["en", "klingon"])
    with pytest.raises(zoulang.ArgumentError):
        zoulang.Detector(only=[])
    d = zoulang.Detector().only(["zh-TW", "en"])
    assert d.allowed() == ["en", "zh-Hant"]
    assert zoulang.Detector().allowed() is None


def test_batch_matches_single_and_detector_methods():
    texts = ["Hello there, my friend", "สวัสดีครับ", "ສະບາຍດີ", "Magandang umaga po", "안녕하세요"]
    assert zoulang.detect_batch(texts) == [zoulang.detect(t) for t in texts]
    d = zoulang.Detector(only=["en", "th", "lo", "fil", "ko"])
    assert [x.lang for x in d.detect_batch(texts)] == ["en", "th", "lo", "fil", "ko"]
    assert d.detect_spans("Hello สวัสดี") == zoulang.detect_spans("Hello สวัสดี")


def test_han_helpers():
    e = zoulang.han_evidence("这國家")
    assert (e.han, e.simplified_only, e.traditional_only) == (3, 1, 1)
    assert e.p_traditional() == 0.5
    assert zoulang.is_simplified_only("们") and zoulang.is_traditional_only("們")
    assert zoulang.zawgyi_probability("hello") is None


@pytest.mark.parametrize(
    "obj",
    [
        zoulang.detect("Việt Nam"),
        zoulang.detect_spans("Hello 你好")[0],
        zoulang.han_evidence("們"),
        zoulang.Detector(only=["en", "vi"]),
        zoulang.Detector(),
    ],
)
def test_pickle_repr_and_dict(obj):
    assert pickle.loads(pickle.dumps(obj)) == obj
    assert type(obj).__name__ in repr(obj)
    if hasattr(obj, "to_dict"):
        assert isinstance(obj.to_dict(), dict)


def test_frozen():
    d = zoulang.detect("hello world")
    with pytest.raises(AttributeError):
        d.lang = "fr"


def test_a_sentence_quoting_malay_is_english():
    t = 'The minister said "Kerjasama ini akan memperkukuh hubungan dua hala" at the forum in Kuala Lumpur.'
    d = zoulang.detect(t)
    assert d.lang == "en" and 0.6 < d.confidence < 0.9
    assert d.candidates[1][0] in ("ms", "id")
    spans = zoulang.detect_spans(t)
    assert [t[s.start : s.end] for s in spans][1] == "Kerjasama ini akan memperkukuh hubungan dua hala"
    assert [s.lang for s in spans][::2] == ["en", "en"] and spans[1].lang in ("ms", "id")
