"""The golden cases of tests/data/text/, shared with the Rust tests, from Python (code point offsets)."""

import json
from pathlib import Path

import pytest

import zoulang

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "text"


def _load(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("case", _load("normalize_cases.jsonl"), ids=lambda c: c["name"])
def test_normalisation_golden(case):
    text = case["input"]
    out, m = zoulang.normalize_with_offsets(text, **case["options"])
    assert out == case["expected"]
    assert zoulang.normalize(text, **case["options"]) == out
    for needle, original in case["spans"]:
        i = out.index(needle)
        s, e = m.to_source(i, i + len(needle))
        assert text[s:e] == original
        assert m.to_target(s, e) == (i, i + len(needle))


@pytest.mark.parametrize("case", _load("script_cases.jsonl"), ids=lambda c: c["lang"])
def test_script_profiles_golden(case):
    p = zoulang.script_profile(case["text"])
    assert sorted(p.shares) == sorted(case["scripts"])
    assert p.dominant == case["scripts"][0]
    assert p.runs[0][0] == 0 and p.runs[-1][1] == len(case["text"])
