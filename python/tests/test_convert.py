"""Python face of Chinese script conversion: OpenCC's own test cases, offsets, pickling, batch, errors."""

import json
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import zoulang

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "crates" / "zoulang" / "data" / "opencc" / "test_data" / "testcases.json"


def opencc_cases():
    """(input, config, expected) from OpenCC 1.4.2's testcases.json (JSON with // comments, trailing commas)."""
    src = CASES.read_text(encoding="utf-8")
    out, in_str, i = [], False, 0
    while i < len(src):
        c = src[i]
        if in_str:
            out.append(c)
            if c == "\\":
                out.append(src[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif src.startswith("//", i):
            i = src.find("\n", i)
            continue
        else:
            out.append(c)
        i += 1
    strict = re.sub(r",(\s*[}\]])", r"\1", "".join(out))
    return [
        (case["input"], config, expected)
        for case in json.loads(strict)["cases"]
        for config, expected in case["expected"].items()
    ]


def test_all_opencc_test_cases_pass():
    cases = opencc_cases()
    assert len(cases) >= 543
    failures = [(i, c, e) for i, c, e in cases if zoulang.convert(i, c) != e]
    assert not failures, failures[:5]


def test_converter_matches_function_and_batch():
    cases = opencc_cases()
    by_config = {}
    for i, c, e in cases:
        by_config.setdefault(c, []).append((i, e))
    for config, pairs in by_config.items():
        conv = zoulang.Converter(config)
        inputs = [i for i, _ in pairs]
        assert conv.convert_batch(inputs) == [e for _, e in pairs]
        assert zoulang.convert_batch(inputs, config) == [e for _, e in pairs]


def test_offsets_are_code_points():
    src = "他们在人工智能方面合作🙂"
    out, m = zoulang.Converter("s2twp").convert_with_offsets(src)
    assert out == "他們在人工智慧方面合作🙂"
    i = out.index("人工智慧")
    assert src[slice(*m.to_source(i, i + 4))] == "人工智能"
    assert m.source_len == len(src) and m.target_len == len(out)
    assert out[slice(*m.to_target(len(src) - 1, len(src)))] == "🙂"


def test_fold_to_simplified():
    for s in ["寮國", "老撾", "老挝"]:
        assert zoulang.fold_to_simplified(s)[0] == "老挝"
    src = "中國—東盟資訊港與人工智慧"
    out, m = zoulang.fold_to_simplified(src)
    assert out == "中国—东盟信息港与人工智能"
    i = out.index("信息港")
    assert src[slice(*m.to_source(i, i + 3))] == "資訊港"


def test_converter_value_semantics_and_pickling():
    c = zoulang.Converter("s2tw", overlays=["tai"])
    assert c.config == "s2tw" and c.overlays == ["tai"]
    assert repr(c) == "Converter('s2tw', overlays=['tai'])"
    assert repr(zoulang.Converter("t2s")) == "Converter('t2s')"
    assert c.to_dict() == {"config": "s2tw", "overlays": ["tai"]}
    d = pickle.loads(pickle.dumps(c))
    assert d == c and d.convert("台湾") == "台灣"
    assert zoulang.Converter("s2tw") != c
    assert c.with_overlays([]) == zoulang.Converter("s2tw")
    with pytest.raises(AttributeError):
        c.config = "t2s"


def test_overlays_are_off_by_default():
    assert zoulang.convert("台湾的计划", "s2tw") == "臺灣的計劃"
    assert zoulang.convert("台湾的计划", "s2tw", overlays=["tai", "jihua"]) == "台灣的計畫"
    assert set(zoulang.OVERLAYS) == {"tai", "li", "zhe", "shuo", "jihua"}
    # An overlay writes Traditional characters: a Simplified-output configuration refuses it (review finding:
    # it was accepted and did nothing).
    with pytest.raises(zoulang.ArgumentError, match="`t2s` writes Simplified"):
        zoulang.convert("臺灣", "t2s", overlays=["tai"])
    with pytest.raises(zoulang.ArgumentError):
        zoulang.Converter("t2jp").with_overlays(["tai"])
    # 計劃 only where it is a word.
    assert zoulang.convert("统计划分的计划", "s2tw", overlays=["jihua"]) == "統計劃分的計畫"


def test_every_listed_config_works():
    assert len(zoulang.CONVERT_CONFIGS) == 16
    for config in zoulang.CONVERT_CONFIGS:
        assert zoulang.Converter(config).config == config
        assert zoulang.dictionary_bytes(config) > 0


def test_unknown_config_or_overlay_raises_argument_error_listing_names():
    with pytest.raises(zoulang.ArgumentError, match="s2twp"):
        zoulang.convert("x", "zh2tw")
    with pytest.raises(ValueError):
        zoulang.Converter("nope")
    with pytest.raises(zoulang.ArgumentError, match="jihua"):
        zoulang.Converter("s2t", overlays=["nope"])


def test_odd_input_and_non_han_text_pass_through():
    for s in ["", "Nanning, Việt Nam, ประเทศไทย 🙂", "a\x00b\u0301", "𠀀⿰氵干"]:
        assert zoulang.convert(s, "s2t") == s


def test_thread_safety():
    c = zoulang.Converter("s2t")
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(c.convert, ["汉字"] * 32)) == ["漢字"] * 32


def test_stream_equals_converting_whole_and_holds_at_most_one_ids():
    c = zoulang.Converter("s2twp")
    lines = [f"头发里面的干部说着计划{i}信息港{['⿰', '⿱⿰', '', '字⿲'][i % 4]}\n" for i in range(2000)]
    s = c.stream()
    out = []
    for line in lines:
        out.append(s.push(line))
        assert len(s.held()) <= 64
    out.append(s.finish())
    assert "".join(out) == c.convert("".join(lines))
    assert s.held() == "" and s.push("汉字\n") == "漢字\n"
    assert "ConvertStream('s2twp'" in repr(s)
    assert zoulang.ConvertStream("s2twp") == c.stream()


def test_stream_state_that_is_not_a_held_tail_is_refused():
    s = zoulang.ConvertStream("s2t")
    with pytest.raises(ValueError, match="held back"):
        s.__setstate__("汉字\n这")
    s.__setstate__("这")
    assert s.held() == "这" and s.finish() == "這"
