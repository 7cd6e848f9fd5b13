"""Sentence alignment from Python: coverage, evaluation identical to score.py, formats, errors, pickling,
batch and the GIL released."""

import json
import pickle
import threading
from pathlib import Path

import pytest

import zoulang

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "align"
MAC = ROOT.parent / "shared" / "data" / "align" / "mac-dev"


def lines(p):
    return p.read_text(encoding="utf-8").splitlines()


def covers(units, n, m):
    assert [i for u in units for i in u.src] == list(range(n))
    assert [j for u in units for j in u.tgt] == list(range(m))
    assert all(0.0 <= u.score <= 1.0 for u in units)


def test_align_small_document_matches_hand_gold():
    zh, en = lines(DATA / "small.zh"), lines(DATA / "small.en")
    units = zoulang.align(zh, en, src_lang="zh-CN", tgt_lang="en")
    covers(units, len(zh), len(en))
    gold = zoulang.read_alignments(DATA / "small.gold.align")
    assert [(u.src, u.tgt) for u in units] == gold
    s = zoulang.evaluate_alignment(gold, units)
    assert s["strict"]["f1"] == 1.0 and set(s) == {"strict", "lax"}


def test_bad_input():
    assert zoulang.align([], [], src_lang="zh", tgt_lang="en") == []
    covers(zoulang.align(["一。", "二。"], [], src_lang="zh", tgt_lang="en"), 2, 0)
    covers(zoulang.align(["x" * 10000, "2045"], ["2045"] * 3, src_lang="zh", tgt_lang="en"), 2, 3)
    with pytest.raises(zoulang.LanguageError):
        zoulang.align(["a"], ["b"], src_lang="klingon", tgt_lang="en")
    with pytest.raises(zoulang.LanguageError):
        zoulang.align(["a"], ["b"], src_lang="und", tgt_lang="en")
    with pytest.raises(zoulang.ArgumentError):
        zoulang.align(["a"], ["b"], src_lang="zh", tgt_lang="en", max_side=0)
    with pytest.raises(TypeError):
        zoulang.align(["a"], ["b"], "zh", "en")  # options are keyword-only
    with pytest.raises(ValueError):
        zoulang.align(["a"], ["b"], src_lang="zh", tgt_lang="en", glossary=[("only one",)])
    with pytest.raises(zoulang.FormatError):
        zoulang.parse_alignments("[0]-[1]\n")
    with pytest.raises(zoulang.MissingFileError):
        zoulang.read_alignments("no/such.align")


def test_evaluate_alignment_hand_computed():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3, 4])]
    pred = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([], [4])]
    s = zoulang.evaluate_alignment(gold, pred)
    assert s["strict"]["precision"] == pytest.approx(1 / 5)
    assert s["lax"]["precision"] == pytest.approx(3 / 5)
    assert s["strict"]["recall"] == pytest.approx(1 / 3)
    assert s["lax"]["recall"] == 1.0


@pytest.mark.skipif(not MAC.is_dir(), reason="../shared/data/align/mac-dev is absent")
def test_evaluate_documents_reproduces_score_py_on_bertalign_output():
    ids = ["001", "002", "003", "004", "005", "006"]
    docs = [
        (zoulang.read_alignments(MAC / "gold" / f"{i}.align"), zoulang.read_alignments(MAC / "bertalign-output" / f"{i}.align"))
        for i in ids
    ]
    s = zoulang.evaluate_documents(docs)
    # benches/align_score_reference.py (a port of Vecalign's score.py), run once
    assert s["strict"]["f1"] == pytest.approx(0.9113285455512561, abs=1e-12)
    assert s["lax"]["f1"] == pytest.approx(0.9977678571428571, abs=1e-12)


def test_formats():
    zh, en = lines(DATA / "small.zh"), lines(DATA / "small.en")
    units = zoulang.align(zh, en, src_lang="zh-Hans", tgt_lang="en")
    rows = [json.loads(line) for line in zoulang.to_jsonl(units).splitlines()]
    assert rows[0]["src"] == [0] and set(rows[0]) == {"src", "tgt", "score"}
    assert len(zoulang.to_tsv(units, zh, en).splitlines()) == len(units)
    tmx = zoulang.to_tmx(units, zh, en, src_lang="zh-Hans", tgt_lang="en")
    assert tmx.count("<tu>") == len(units)
    assert zoulang.parse_alignments(zoulang.write_align_format(units)) == [(u.src, u.tgt) for u in units]
    # A unit naming a sentence that was not given is an error, not an empty segment (review finding).
    bad = [zoulang.AlignmentUnit([5], [0], 0.5)]
    with pytest.raises(zoulang.ArgumentError, match="names source sentence 5, but there are only 1"):
        zoulang.to_tmx(bad, ["a"], ["b"], src_lang="zh", tgt_lang="en")
    with pytest.raises(zoulang.ArgumentError):
        zoulang.to_tsv(bad, ["a"], ["b"])
    # Blank lines paired with each other are no TMX unit; TSV keeps one line per unit.
    pair = [zoulang.AlignmentUnit([0], [0], 0.9), zoulang.AlignmentUnit([1], [1], 0.37)]
    assert zoulang.to_tsv(pair, ["你好。", ""], ["Hello.", ""]) == "你好。\tHello.\n\t\n"
    assert zoulang.to_tmx(pair, ["你好。", ""], ["Hello.", ""], src_lang="zh", tgt_lang="en").count("<tu>") == 1


def test_unit_class_is_a_frozen_picklable_value():
    u = zoulang.AlignmentUnit([0, 1], [2], 0.25)
    assert repr(u) == "AlignmentUnit(src=[0, 1], tgt=[2], score=0.2500)"
    assert pickle.loads(pickle.dumps(u)) == u
    assert u.to_dict() == {"src": [0, 1], "tgt": [2], "score": 0.25}
    with pytest.raises(AttributeError):
        u.score = 1.0


def test_glossary_and_plug_in_lexicon():
    units = zoulang.align(
        ["会议在南宁举行。", "中国—东盟信息港建设加快。"],
        ["The meeting was held in Nanning.", "Construction of the China-ASEAN Information Harbor sped up."],
        src_lang="zh",
        tgt_lang="en",
        glossary=[("中国—东盟信息港", "China-ASEAN Information Harbor", "ciah")],
    )
    assert [(u.src, u.tgt) for u in units] == [([0], [0]), ([1], [1])]
    lex = zoulang.Lexicon.from_tsv("猫\tmèo\n狗\tchó\n鱼\tcá\n", "zh-Hans", "vi")
    assert len(lex) == 3 and lex.src_lang() == "zh-Hans" and lex.find("小猫") == [(1, 2, 0)]
    assert pickle.loads(pickle.dumps(lex)).len() == 3
    units = zoulang.align(
        ["猫很好。", "狗也很好，鱼也很好。", "鱼。"],
        ["Con mèo rất tốt.", "Con chó cũng tốt.", "Con cá cũng tốt.", "Cá."],
        src_lang="zh-Hans",
        tgt_lang="vi",
        lexicons=[lex],
    )
    assert (units[1].src, units[1].tgt) == ([1], [1, 2])
    builtin = zoulang.Lexicon.builtin_zh_en()
    assert builtin is not None and len(builtin) > 100_000
    assert "builtin" in repr(pickle.loads(pickle.dumps(builtin)))


def test_batch_equals_one_by_one_and_releases_the_gil():
    zh, en = lines(DATA / "small.zh"), lines(DATA / "small.en")
    docs = [(zh, en), (zh[:2], en[:2])] * 4
    batch = zoulang.align_batch(docs, src_lang="zh", tgt_lang="en")
    assert batch == [zoulang.align(s, t, src_lang="zh", tgt_lang="en") for s, t in docs]
    # another Python thread runs while align works (the GIL is released)
    big_zh, big_en = zh * 400, en * 400
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)

    t = threading.Thread(target=tick)
    t.start()
    zoulang.align(big_zh, big_en, src_lang="zh", tgt_lang="en")
    stop.set()
    t.join()
    assert len(ticks) > 100


def test_builtin_glossary_object_justifies_units():
    # 寮國/Laos, 東協秘書處/ASEAN Secretariat, 中國—東盟資訊港/China-ASEAN Information Harbor are built-in
    # glossary concepts; passing the Glossary object raises the scores of the same units.
    zh = ["寮國與東協秘書處簽約。", "汶萊代表也出席了。", "中國—東盟資訊港正式啟用。"]
    en = ["Laos signed with the ASEAN Secretariat.", "The China-ASEAN Information Harbor opened."]
    plain = zoulang.align(zh, en, src_lang="zh-Hant", tgt_lang="en")
    glossary = zoulang.Glossary.builtin()
    with_g = zoulang.align(zh, en, src_lang="zh-Hant", tgt_lang="en", glossary=glossary)
    assert (with_g[-1].src, with_g[-1].tgt) == ([2], [1])
    assert [(u.src, u.tgt) for u in plain] == [(u.src, u.tgt) for u in with_g]
    assert all(w.score > p.score for p, w in zip(plain, with_g))
    batch = zoulang.align_batch([(zh, en)], src_lang="zh-Hant", tgt_lang="en", glossary=glossary)
    assert batch == [with_g]
    with pytest.raises(TypeError):
        zoulang.align(zh, en, src_lang="zh-Hant", tgt_lang="en", glossary=42)
