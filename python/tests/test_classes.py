"""Every public class: frozen where it is a value, picklable, equal after a round trip, with a repr that names it.

Instances come from real calls on the built-in sample. The test fails when a class in ``zoulang.__all__`` has
no instance here, so new classes cannot skip it.
"""

import inspect
import pickle

import pytest

import zoulang


def stream_holding(text):
    s = zoulang.Converter("s2t", overlays=["tai"]).stream()
    s.push(text)
    return s


def instances():
    zh, en = zoulang.sample_zh_hans, zoulang.sample_en
    zh_s = zoulang.split_sentences(zh, lang="zh-Hans")
    en_s = zoulang.split_sentences(en, lang="en")
    glossary = zoulang.Glossary.builtin()
    tw = zoulang.convert(zh, "s2twp")
    out = [
        zoulang.normalize_with_offsets("ＡＩ", form="nfkc")[1],
        zoulang.script_profile(zh),
        zoulang.detect(zh),
        zoulang.detect_spans("他说 DeepSeek 很好")[0],
        zoulang.Detector(only=["ms", "id"]),
        zoulang.Converter("s2twp", overlays=["tai"]),
        stream_holding("头发⿰"),
        zh_s[0],
        zoulang.SentenceSplitter(lang="en"),
        zoulang.segment_words("人工智能合作", lang="zh-Hans")[0],
        zoulang.WordSegmenter(lang="zh-Hans"),
        zoulang.align([s.text for s in zh_s], [s.text for s in en_s], src_lang="zh-Hans", tgt_lang="en")[0],
        glossary,
        glossary.find(tw)[0],
    ]
    if hasattr(zoulang, "han_evidence"):
        out.append(zoulang.han_evidence(tw))
    lex = zoulang.Lexicon.builtin_zh_en()
    if lex is not None:
        out.append(lex)
    issues = [i for a, b in [("老挝和越南", "Laos")] for i in glossary.check_pair(a, b, src_lang="zh-Hans", tgt_lang="en")]
    out.extend(issues[:1])
    return out


INSTANCES = instances()


def test_every_public_class_is_covered():
    classes = {
        name
        for name in zoulang.__all__
        if inspect.isclass(getattr(zoulang, name)) and not issubclass(getattr(zoulang, name), BaseException)
    }
    covered = {type(obj).__name__ for obj in INSTANCES}
    assert classes <= covered, f"classes without an instance in this test: {sorted(classes - covered)}"


@pytest.mark.parametrize("obj", INSTANCES, ids=lambda o: type(o).__name__)
def test_pickle_round_trip_and_repr(obj):
    again = pickle.loads(pickle.dumps(obj))
    assert type(again) is type(obj)
    assert again == obj
    assert repr(again) == repr(obj)
    assert type(obj).__name__ in repr(obj)


@pytest.mark.parametrize("obj", INSTANCES, ids=lambda o: type(o).__name__)
def test_values_are_frozen(obj):
    attrs = [a for a in dir(obj) if not a.startswith("_") and not callable(getattr(obj, a))]
    for a in attrs[:3]:
        with pytest.raises(AttributeError):
            setattr(obj, a, getattr(obj, a))
