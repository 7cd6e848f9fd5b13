"""The text layer from Python: normalisation with offsets, script profiles, errors, pickling."""

import pickle

import pytest

import zoulang


def test_normalize_forms_and_folding():
    assert zoulang.normalize("ｶﾞ①", form="nfkc") == "ガ1"
    assert zoulang.normalize("Vie\u0302\u0323t") == "Việt"
    assert zoulang.normalize("中国—东盟（ＡＩ）", form="nfkc", dashes=True) == "中国-东盟(AI)"
    assert zoulang.normalize("AI 3.0", form="none", width="full") == "ＡＩ　３．０"
    assert zoulang.normalize("“x” ‘y’", quotes=True) == "\"x\" 'y'"
    assert zoulang.normalize("a \u00a0\t b\n\u3000c", whitespace=True) == "a b\n c"
    assert zoulang.normalize("") == ""


def test_offsets_round_trip_in_code_points():
    text = "ＡＳＥＡＮ　２０２５：中国－东盟与ລາວ ၊ မြန်မာ ไทย"
    out, m = zoulang.normalize_with_offsets(
        text, form="nfkc", width="half", dashes=True, whitespace=True
    )
    assert m.source_len == len(text) and m.target_len == len(out)
    for needle, original in [
        ("ASEAN 2025", "ＡＳＥＡＮ　２０２５"),
        ("中国-东盟", "中国－东盟"),
        ("ລາວ", "ລາວ"),
        ("မြန်မာ", "မြန်မာ"),
        ("ไทย", "ไทย"),
    ]:
        i = out.index(needle)
        s, e = m.to_source(i, i + len(needle))
        assert text[s:e] == original
        assert m.to_target(s, e) == (i, i + len(needle))


def test_offset_map_compose_and_validate():
    a = zoulang.OffsetMap([(0, 0, False), (1, 3, True)], 3, 5)
    assert a.to_source(0, 3) == (0, 1)
    ident = zoulang.OffsetMap([(0, 0, True)], 5, 5)
    assert a.then(ident) == a
    with pytest.raises(zoulang.ArgumentError):
        zoulang.OffsetMap([(0, 0, True)], 3, 2)
    with pytest.raises(zoulang.ArgumentError):
        a.then(zoulang.OffsetMap([(0, 0, True)], 4, 4))


def test_script_profile_of_mixed_text():
    p = zoulang.script_profile("“AI”是人工智能 (ปัญญาประดิษฐ์)")
    assert [r[2] for r in p.runs] == ["Latin", "Han", "Thai"]
    assert p.runs[0][0] == 0 and p.runs[-1][1] == len("“AI”是人工智能 (ปัญญาประดิษฐ์)")
    assert p.dominant == "Thai"
    assert abs(sum(p.shares.values()) - 1.0) < 1e-9
    assert zoulang.script_profile("123").dominant is None


@pytest.mark.parametrize(
    "obj",
    [
        zoulang.script_profile("中国与东盟 ASEAN"),
        zoulang.normalize_with_offsets("ＡＩ", form="nfkc")[1],
    ],
)
def test_classes_pickle_repr_eq_dict(obj):
    again = pickle.loads(pickle.dumps(obj))
    assert again == obj
    assert type(obj).__name__ in repr(obj)
    assert isinstance(obj.to_dict(), dict)
    with pytest.raises(AttributeError):
        obj.letters = 3  # frozen


def test_exception_hierarchy():
    with pytest.raises(zoulang.ArgumentError) as e:
        zoulang.normalize("x", form="nfx")
    assert isinstance(e.value, ValueError) and isinstance(e.value, zoulang.ZoulangError)
    assert "nfc, nfd, nfkc, nfkd" in str(e.value)
    with pytest.raises(zoulang.ArgumentError):
        zoulang.normalize("x", width="double")
    with pytest.raises(zoulang.LanguageError):
        zoulang.language_tag("klingon")
    with pytest.raises(zoulang.EncodingError, match="at byte 2"):
        zoulang.decode_utf8(b"ab\xffc", "x.txt")
    assert issubclass(zoulang.MissingFileError, FileNotFoundError)
    assert issubclass(zoulang.FileError, OSError)
    assert zoulang.exceptions.ZoulangError is zoulang.ZoulangError


def test_bad_python_input_is_a_clean_exception():
    with pytest.raises(UnicodeEncodeError):
        zoulang.normalize("bad \ud800 surrogate")
    with pytest.raises(TypeError):
        zoulang.normalize(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        zoulang.script_profile(None)  # type: ignore[arg-type]


def test_language_tags():
    assert zoulang.language_tag("zh_HK") == "zh-Hant"
    assert zoulang.language_tag("in") == "id"
