"""The glossary from Python: finding terms across scripts (code point offsets), formats, lookups, the
key-term check, errors and pickling."""

import pathlib
import pickle

import pytest

import zoulang

DATA = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "glossary"


def test_find_in_any_script_with_code_point_offsets():
    g = zoulang.Glossary.builtin()
    text = "Tiếng Lào: ລາວ, 寮國, 老撾 and the China–ASEAN Expo"
    found = g.find(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    ids = [(m.text, m.id) for m in found]
    assert ("ລາວ", "country_laos") in ids
    assert ("寮國", "country_laos") in ids
    assert ("老撾", "country_laos") in ids
    assert ("China–ASEAN Expo", "caexpo") in ids
    assert all(t != "Ti" for t, _ in ids)
    m = g.find("在寮國")[0]
    assert (m.start, m.end, m.lang) == (1, 3, "zh-Hant")


def test_short_names_need_a_capital_and_taiwan_terms_match_in_simplified():
    g = zoulang.Glossary.builtin()
    assert g.find("Anh ấy làm việc ở công ty lao động. Cô ấy mang thai.") == []
    assert [m.id for m in g.find("Tiếng Lào và tiếng Thái, the Lao people")][-1] == "language_lao"
    assert [m.id for m in g.find("寮国与中国—东盟资讯港")] == ["country_laos", "china_asean_information_harbor"]


def test_result_classes_are_frozen_comparable_and_picklable():
    m = zoulang.Glossary.builtin().find("Laos")[0]
    assert m == zoulang.TermMatch(0, 4, "Laos", "country_laos", "en")
    assert repr(m) == "TermMatch(start=0, end=4, text='Laos', id='country_laos', lang='en')"
    assert m.to_dict() == {"start": 0, "end": 4, "text": "Laos", "id": "country_laos", "lang": "en"}
    assert pickle.loads(pickle.dumps(m)) == m
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


def test_glossary_pickles_by_its_data():
    g = zoulang.Glossary.from_tsv(str(DATA / "sample.tsv"))
    back = pickle.loads(pickle.dumps(g))
    assert back == g
    assert len(back) == 4 and "laos" in back
    assert back.find("老撾")[0].id == "laos"


def test_every_format_reads_and_round_trips(tmp_path):
    g = zoulang.Glossary.from_tbx(str(DATA / "sample.tbx"))
    for fmt in ["tsv", "csv", "json", "tbx"]:
        assert zoulang.Glossary.parse(g.write(fmt), format=fmt) == g
        path = tmp_path / f"out.{fmt}"
        g.write_path(str(path))
        assert zoulang.Glossary.from_path(str(path)) == g
    assert len(zoulang.Glossary.from_tbx(str(DATA / "legacy_martif.tbx"))) == 2
    assert len(zoulang.Glossary.from_csv(str(DATA / "sample_cat.csv"))) == 2
    om = zoulang.Glossary.from_omegat(str(DATA / "sample_omegat.txt"), source_lang="en", target_lang="zh-Hans")
    assert om.translate("laos", to_lang="zh-Hans") == "老挝"


def test_lookup_translate_check_and_jieba():
    g = zoulang.Glossary.builtin()
    assert g.lookup("country_laos", "vi") == "Lào"
    assert g.lookup("country_laos", "zh-TW") == "寮國"
    assert g.translate("寮國", to_lang="en") == "Laos"
    assert g.translate("nothing", to_lang="en") is None
    # A region in the tag picks the region's term where the entry has one.
    assert g.translate("ASEAN", to_lang="zh-TW") == "東協"
    assert g.translate("ASEAN", to_lang="zh-Hant") == "東盟"
    assert g.lookup("country_laos", "zh-Hant-HK") == "老撾"
    assert g.lookup_regional("asean", "zh-Hant", "TW") == "東協"
    assert g.translate_regional("Laos", to_lang="zh-Hant", region="HK") == "老撾"
    assert g.lookup_regional("asean", "zh-TW") == "東協"
    assert g.translate_regional("ASEAN", to_lang="zh-TW") == "東協"
    assert zoulang.parse_lang_region("zh_TW") == ("zh-Hant", "TW")
    with pytest.raises(zoulang.LanguageError):
        zoulang.parse_lang_region("klingon")
    issues = g.check_pair(
        "The China-ASEAN Expo opens.", "博览会开幕。", src_lang="en", tgt_lang="zh-Hans"
    )
    assert [(i.kind, i.id, i.start, i.end, i.expected) for i in issues] == [
        ("missing_target", "caexpo", 4, 20, "中国—东盟博览会")
    ]
    assert pickle.loads(pickle.dumps(issues[0])) == issues[0]
    # A region in the target tag (or given apart) picks that region's expected term.
    for issues in (
        g.check_pair("ASEAN met.", "會晤。", src_lang="en", tgt_lang="zh-TW"),
        g.check_pair_regional("ASEAN met.", "會晤。", src_lang="en", tgt_lang="zh-Hant", region="TW"),
    ):
        assert [(i.id, i.expected) for i in issues] == [("asean", "東協")]
    assert [i.expected for i in g.check_pair("ASEAN met.", "會晤。", src_lang="en", tgt_lang="zh-Hant")] == ["東盟"]
    assert g.check_pair("ASEAN met.", "東協會晤。", src_lang="en", tgt_lang="zh-TW") == []
    # jieba cuts at — before it consults the user dictionary: the name goes out in forms it keeps whole.
    words = [line.split(" ")[0] for line in g.jieba_user_words().splitlines()]
    assert "中国-东盟博览会" in words and "中国东盟博览会" in words and "东盟博览会" in words
    assert not [w for w in words if any(c in w for c in "—（）： ")]


def test_forbidden_terms_and_batches():
    g = zoulang.Glossary.from_tsv(str(DATA / "sample.tsv"))
    issues = g.check_pair("东帝汶", "East Timor", src_lang="zh-Hans", tgt_lang="en")
    assert [i.kind for i in issues] == ["missing_target", "forbidden_term"]
    assert [len(x) for x in g.find_batch(["Laos", "", "寮國 and Lào"])] == [1, 0, 2]
    merged = zoulang.Glossary.builtin().merged(zoulang.Glossary.from_tbx(str(DATA / "legacy_martif.tbx")))
    assert "e1" in merged and "country_laos" in merged
    with pytest.raises(zoulang.FormatError, match=r"sample.tsv:\d+: duplicate concept id `caexpo`.*built-in glossary:\d+"):
        zoulang.Glossary.builtin().merged(g)


def test_merged_user_entries_win_over_builtin_ones():
    mine = zoulang.Glossary.parse("id\ten\tzh-Hans\nmy_laos\tLaos\t老挝\n", format="tsv")
    g = zoulang.Glossary.builtin().merged(mine)
    assert [m.id for m in g.find("Laos 老挝 ASEAN")] == ["my_laos", "my_laos", "asean"]


def test_merge_precedence_survives_pickle_deepcopy_and_files(tmp_path):
    # Review 5b, defect 3: the precedence was kept beside the entries and lost on a round trip.
    import copy

    mine = zoulang.Glossary.parse("id\ten\tzh-Hans\nmy_laos\tLaos\t老挝\n", format="tsv")
    g = zoulang.Glossary.builtin().merged(mine)
    want = [m.id for m in g.find("Laos 老挝 ASEAN")]
    copies = [pickle.loads(pickle.dumps(g)), copy.deepcopy(g)]
    for fmt in ["json", "tsv"]:
        path = tmp_path / f"m.{fmt}"
        g.write_path(str(path), format=fmt)
        copies.append(zoulang.Glossary.from_path(str(path), format=fmt))
    for back in copies:
        assert [m.id for m in back.find("Laos 老挝 ASEAN")] == want
        assert back == g


def test_errors_name_file_line_and_problem(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\ten\tvi\na\tA\n", encoding="utf-8")
    with pytest.raises(zoulang.FormatError, match=r"bad.tsv:2: expected 3 columns, found 2"):
        zoulang.Glossary.from_tsv(str(bad))
    with pytest.raises(zoulang.FormatError, match="not resolved"):
        zoulang.Glossary.parse(
            '<!DOCTYPE tbx [<!ENTITY e "x">]><tbx><text><body><conceptEntry id="a"><langSec xml:lang="en">'
            "<termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>",
            format="tbx",
        )
    big = tmp_path / "big.tsv"
    big.write_text("id\ten\nlaos\tLaos\nx\t" + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(zoulang.InputTooLargeError, match=r"big.tsv:3: term is too large: 2000 bytes > limit 1024"):
        zoulang.Glossary.from_tsv(str(big))
    empty = zoulang.Glossary.empty()
    for fmt in ("tsv", "csv", "omegat", "json", "tbx"):
        assert len(zoulang.Glossary.parse(empty.write(format=fmt), format=fmt)) == 0
    with pytest.raises(zoulang.LanguageError):
        zoulang.Glossary.builtin().lookup("country_laos", "klingon")
    with pytest.raises(FileNotFoundError):
        zoulang.Glossary.from_tsv(str(tmp_path / "missing.tsv"))
    with pytest.raises(ValueError):
        zoulang.Glossary.parse("", format="docx")  # type: ignore[arg-type]
    # U+0001 has no form in XML 1.0: TBX refuses it, naming concept and field; TSV keeps it.
    ctl = zoulang.Glossary.parse("id\ten\nctl\tLa\x01os\n", format="tsv")
    with pytest.raises(zoulang.ArgumentError, match=r"concept `ctl`: a term holds U\+0001"):
        ctl.write("tbx")
    assert zoulang.Glossary.parse(ctl.write("tsv"), format="tsv") == ctl


def test_entries_as_dicts_and_folding():
    g = zoulang.Glossary.from_tsv(str(DATA / "sample.tsv"))
    laos = g.concept("laos")
    assert laos is not None and laos["category"] == "country" and laos["status"] == "confirmed"
    assert {"text": "寮國", "lang": "zh-Hant", "region": "TW", "kind": "preferred"} in laos["terms"]
    assert [c["id"] for c in g.concepts()] == g.ids() == ["laos", "caexpo", "timor", "tab_term"]
    assert g.concept("nope") is None and len(zoulang.Glossary.empty()) == 0
    text = "中國—東盟資訊港 ＥＸＰＯ"
    folded, m = zoulang.fold_for_matching(text)
    assert folded == "中国-东盟信息港 expo"
    i = folded.index("expo")
    s, e = m.to_source(i, i + 4)
    assert text[s:e] == "ＥＸＰＯ"


def test_csv_from_cat_tools_review5():
    # Defect 4: `id` after the first column is Indonesian (it was read as the entry ids).
    g = zoulang.Glossary.parse("en,zh-CN,id\nLaos,老挝,Laos\nChina,中国,Tiongkok\n", format="csv")
    assert g.ids() == ["row2", "row3"]
    assert g.lookup("row3", "id") == "Tiongkok"
    # Defect 15: CSV has no backslash escapes.
    g = zoulang.Glossary.parse("en,zh-CN,Comment\nAI,人工智能,see C:\\docs\\ai.txt\n", format="csv")
    assert g.concept("row2")["notes"] == ["see C:\\docs\\ai.txt"]


def test_white_space_at_the_ends_is_trimmed_in_every_format_review5():
    # Defect 22: JSON kept " padded " while TSV, CSV and TBX trimmed it.
    g = zoulang.Glossary.parse(
        '{"concepts":[{"id":"a","terms":[{"text":" padded ","lang":"en","kind":"preferred"}],'
        '"notes":["  lead space"]}]}',
        format="json",
    )
    assert g.concept("a")["terms"][0]["text"] == "padded"
    for fmt in ("tsv", "csv", "json", "tbx"):
        assert zoulang.Glossary.parse(g.write(fmt), format=fmt) == g


def test_tags_that_cannot_be_kept_are_errors_review5():
    # Defect 11: zh-Latn (pinyin) was stored as Chinese, en-Canada as en, JSON dropped zh-TW's region.
    with pytest.raises(zoulang.FormatError, match=r"column 3 `zh-Latn`"):
        zoulang.Glossary.parse("id\tzh-Hans\tzh-Latn\na\t老挝\tLǎowō\n", format="tsv")
    with pytest.raises(zoulang.LanguageError):
        zoulang.parse_lang_region("en-Canada")
    g = zoulang.Glossary.parse(
        '{"concepts":[{"id":"a","terms":[{"text":"東協","lang":"zh-TW","kind":"preferred"}]}]}', format="json"
    )
    assert g.concept("a")["terms"][0]["region"] == "TW"
    with pytest.raises(zoulang.FormatError, match="region `Canada`"):
        zoulang.Glossary.parse(
            '{"concepts":[{"id":"a","terms":[{"text":"A","lang":"en","region":"Canada","kind":"preferred"}]}]}',
            format="json",
        )


def test_review_reproductions_of_builtin_names_and_matching():
    g = zoulang.Glossary.builtin()
    ids = lambda text: [m.id for m in g.find(text)]  # noqa: E731
    assert ids("Lao PDR") == ["country_laos"]
    assert ids("Viet Nam and East Timor") == ["country_vietnam", "country_timor_leste"]
    assert ids("中国东盟信息港") == ["china_asean_information_harbor"]
    assert ids("中国东盟博览会") == ["caexpo"]
    assert ids("အာဆီယံ") == ["asean"]
    assert ids("Lào Cai") == ["lao_cai"]
    assert ids("ASEAN™") == ["asean"]
    m = g.find("中國 — 東盟資訊港")
    assert [(x.id, x.lang) for x in m] == [("china_asean_information_harbor", "zh-Hant")]
    assert ids("visit laos") == ["country_laos"]
    m = g.find("ｌａｏｓ")
    assert [(x.id, x.start, x.end) for x in m] == [("country_laos", 0, 4)]
    assert ids("lao động, mang thai") == []
    assert g.concept("asean_digital_masterplan_2030")["status"] == "derived"


def test_tbx_truncated_file_raises_and_standard_tbx_fields_are_read(tmp_path):
    # review5 #2: a TBX cut off inside an entry raised nothing and lost the entry.
    cut = tmp_path / "trunc2.tbx"
    cut.write_text(
        '<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>A</term></tig></langSet>'
        '</termEntry>\n<termEntry id="b"><langSet xml:lang="en"><tig><term>B</term></tig>',
        encoding="utf-8",
    )
    with pytest.raises(zoulang.FormatError, match=r"trunc2\.tbx:2:.*<termEntry>"):
        zoulang.Glossary.from_path(str(cut))
    # review5 #7, #8, #9: processStatus finalized, a preferred acronym, geographicalUsage zh-TW.
    g = zoulang.Glossary.from_tbx(str(DATA / "tbx_basic_v3_dct.tbx"))
    assert g.lookup("asean", "en") == "ASEAN"
    assert g.lookup("asean", "zh-TW") == "東協"
    assert zoulang.Glossary.parse(g.write("tbx"), format="tbx") == g
    assert "processStatus" not in zoulang.Glossary.from_tbx(str(DATA / "martif_v2.tbx")).write("tbx")


def test_lookup_into_plain_chinese_and_macau():
    # Review 5, defect 12: zh and cmn answered None, zh-MO gave the Taiwan form, plain-zh terms were
    # out of reach of zh-Hans.
    g = zoulang.Glossary.builtin()
    assert g.lookup("country_laos", "zh") == "老挝"
    assert g.lookup("country_laos", "cmn") == "老挝"
    assert g.translate("Laos", to_lang="zh") == "老挝"
    assert g.lookup("country_laos", "zh-MO") == "老撾"
    assert g.translate("Laos", to_lang="zh-MO") == "老撾"
    plain = zoulang.Glossary.parse("id\ten\tzh\nlaos\tLaos\t老挝\n", format="tsv")
    assert plain.lookup("laos", "zh-Hans") == "老挝"
    assert plain.translate("Laos", to_lang="zh-CN") == "老挝"


def test_forbidden_judged_by_its_own_language_and_region():
    # Review 5, defect 1: the zh-Hans forbidden 东协 folds like the zh-Hant-TW 東協.
    g = zoulang.Glossary.parse("id\ten\tzh-Hans\tzh-Hans:forbidden\tzh-Hant-TW\nasean\tASEAN\t东盟\t东协\t東協\n", format="tsv")
    assert g.check_pair("ASEAN summit", "東協峰會", src_lang="en", tgt_lang="zh-TW") == []
    issues = g.check_pair("ASEAN summit", "东协峰会", src_lang="en", tgt_lang="zh-CN")
    assert [(i.kind, i.text, i.expected) for i in issues] == [
        ("missing_target", "ASEAN", "东盟"),
        ("forbidden_term", "东协", "东盟"),
    ]
    g = zoulang.Glossary.parse(
        "id\ten\tzh-Hans\tzh-Hant-TW:forbidden\tzh-Hant-TW\nasean\tASEAN\t东盟\t東盟\t東協\n", format="tsv"
    )
    issues = g.check_pair("ASEAN summit", "東盟峰會", src_lang="en", tgt_lang="zh-TW")
    assert [(i.kind, i.text, i.expected) for i in issues] == [
        ("missing_target", "ASEAN", "東協"),
        ("forbidden_term", "東盟", "東協"),
    ]
    # Forbidden in Taiwan only; in Hong Kong 東盟 is the zh-Hans 东盟 in Traditional characters.
    assert g.check_pair("ASEAN summit", "東盟峰會", src_lang="en", tgt_lang="zh-HK") == []


def test_untranslated_source_term_is_missing():
    # Review 5, defect 3: a term of another language (the source term left as is) is not the equivalent.
    g = zoulang.Glossary.builtin()
    issues = g.check_pair("Laos joined ASEAN.", "Laos加入了东盟。", src_lang="en", tgt_lang="zh-Hans")
    assert [(i.kind, i.text, i.expected) for i in issues] == [("missing_target", "Laos", "老挝")]
    issues = g.check_pair("Laos", "Laos", src_lang="en", tgt_lang="vi")
    assert [(i.kind, i.text, i.expected) for i in issues] == [("missing_target", "Laos", "Lào")]
    assert g.check_pair("Laos joined ASEAN.", "Lào gia nhập ASEAN.", src_lang="en", tgt_lang="vi") == []
    # Chinese of the other script counts; a Taiwan target wants Taiwan's 寮國 (review 5b, defect 5).
    assert g.check_pair("Laos", "老挝", src_lang="en", tgt_lang="zh-Hant") == []
    assert g.check_pair("Laos", "寮国", src_lang="en", tgt_lang="zh-TW") == []


def test_omegat_honours_the_target_region():
    # Review 5, defect 13: write('omegat', target_lang='zh-TW') wrote the general Traditional term.
    g = zoulang.Glossary.parse(
        "id\ten\tzh-Hant\tzh-Hant-TW\tzh-Hant-HK\nasean\tASEAN\t東盟\t東協\t\nlaos\tLaos\t寮國\t\t老撾\n", format="tsv"
    )
    assert g.write("omegat", target_lang="zh-TW") == "ASEAN\t東協\nLaos\t寮國\n"
    assert g.write("omegat", target_lang="zh-HK") == "ASEAN\t東盟\nLaos\t老撾\n"
    back = zoulang.Glossary.parse("ASEAN\t東協\n", format="omegat", target_lang="zh-TW")
    assert back.concepts()[0]["terms"][1]["region"] == "TW"
    assert back.lookup("omegat-1", "zh-TW") == "東協"


def test_write_omegat_can_skip_incomplete_concepts_as_the_cli_does(tmp_path):
    # Review 5, defect 24: the Python twin lacked the CLI's --skip-incomplete.
    g = zoulang.Glossary.builtin()
    with pytest.raises(zoulang.ArgumentError, match="skip_incomplete=True leaves such concepts out"):
        g.write("omegat", target_lang="vi")
    with pytest.warns(UserWarning, match=r"left out \d+ of %d concepts without both a en and a vi term" % len(g)):
        text = g.write("omegat", target_lang="vi", skip_incomplete=True)
    assert "Laos\tLào" in [line.split("\t")[0] + "\t" + line.split("\t")[1] for line in text.splitlines()]
    with pytest.warns(UserWarning, match="a en and a zh-Hant-TW term"):
        g.write_path(str(tmp_path / "tw.txt"), target_lang="zh-TW", skip_incomplete=True)
    assert any(line.startswith("ASEAN\t東協\t") for line in (tmp_path / "tw.txt").read_text(encoding="utf-8").splitlines())
    # Other formats ignore it.
    assert g.write("tsv", skip_incomplete=True) == g.write("tsv")


def test_regional_target_wants_the_regions_own_term():
    g = zoulang.Glossary.builtin()
    hub = "China-ASEAN Information Hub"
    issues = g.check_pair(hub, "中國—東盟信息港", src_lang="en", tgt_lang="zh-TW")
    assert [(i.kind, i.expected) for i in issues] == [("missing_target", "中國—東盟資訊港")]
    assert g.check_pair(hub, "中國—東盟資訊港", src_lang="en", tgt_lang="zh-TW") == []
    issues = g.check_pair("Laos", "寮國", src_lang="en", tgt_lang="zh-HK")
    assert [(i.kind, i.expected) for i in issues] == [("missing_target", "老撾")]
    assert g.check_pair("ASEAN", "東協", src_lang="en", tgt_lang="zh-Hant") == []


def test_merged_glossary_check_pair_neither_raises_nor_hides():
    # Review 5b, defect 1: the source term went to one entry and the target term to another.
    b = zoulang.Glossary.builtin()

    def merged(text):
        return b.merged(zoulang.Glossary.parse(text, format="tsv"))

    m = merged("id\ten\tzh-Hans\nmy_laos\tLao P.D.R.\t老挝\n")
    assert m.check_pair("Laos joined ASEAN.", "老挝加入了东盟。", src_lang="en", tgt_lang="zh-Hans") == []
    m = merged("id\ten\tvi\nmy_laos\tLaos\tLào\n")
    issues = m.check_pair("Laos joined ASEAN.", "越南加入了东盟。", src_lang="en", tgt_lang="zh-Hans")
    assert [(i.kind, i.id, i.expected) for i in issues] == [("missing_target", "country_laos", "老挝")]
    m = merged("id\ten\tzh-Hant\nmy_laos\tLao P.D.R.\t寮國\n")
    assert m.check_pair("Laos", "寮國", src_lang="en", tgt_lang="zh-TW") == []


def test_check_pair_finds_a_target_term_inside_a_longer_one():
    # Review 5b, defect 6: Xbench checks whether the target term is present anywhere.
    g = zoulang.Glossary.parse("id\ten\tzh-Hans\nlaos\tLaos\t老挝\ngov\tLao government\t老挝政府\n", format="tsv")
    assert g.check_pair("Laos's government", "老挝政府", src_lang="en", tgt_lang="zh-Hans") == []
    issues = g.check_pair("Laos and Laos", "老挝政府", src_lang="en", tgt_lang="zh-Hans")
    assert [(i.kind, i.id, i.start, i.expected) for i in issues] == [("missing_target", "laos", 9, "老挝")]


@pytest.mark.parametrize(
    ("tgt_lang", "good", "bad", "expected"),
    [
        ("zh-Hans", "东盟峰会，老挝", "东协峰会，寮国", ["东盟", "老挝"]),
        ("zh-CN", "東盟峰會，老撾", "東協峰會，寮國", ["东盟", "老挝"]),
        ("zh-TW", "东协峰会，寮国", "东盟峰会，老挝", ["東協", "寮國"]),
        ("zh-TW", "東協峰會，寮國", "東盟峰會，老撾", ["東協", "寮國"]),
        ("zh-HK", "東盟峰會，老撾", "東協峰會，寮國", ["東盟", "老撾"]),
    ],
)
def test_regional_chinese_target_wants_its_regions_words(tgt_lang, good, bad, expected):
    # Review 5b, defect 5: the region's own phrasing, both ways; the script does not matter.
    g = zoulang.Glossary.builtin()
    src = "ASEAN summit, Laos"
    assert g.check_pair(src, good, src_lang="en", tgt_lang=tgt_lang) == []
    assert [i.expected for i in g.check_pair(src, bad, src_lang="en", tgt_lang=tgt_lang)] == expected
    # Without a region a Traditional target takes any of them.
    assert g.check_pair(src, bad, src_lang="en", tgt_lang="zh-Hant") == []


def test_short_name_case_rule_spares_common_nouns():
    # Review 5b, defect 2: capitalised common nouns of a user glossary were dropped in lower case.
    g = zoulang.Glossary.parse(
        "id\ten\tzh-Hans\nbank\tBank\t银行\nloan\tLoan\t贷款\ntax\tTax\t税\nwolf\tWolf\t狼\n", format="tsv"
    )
    assert [m.id for m in g.find("The bank approved the loan and the tax. A wolf.")] == ["bank", "loan", "tax", "wolf"]
    assert len(g.check_pair("the bank pays tax", "这个", src_lang="en", tgt_lang="zh-Hans")) == 2
    b = zoulang.Glossary.builtin()
    assert b.find("lao động, mang thai") == []
    assert [m.id for m in b.find("visit laos")] == ["country_laos"]


def test_a_double_em_dash_is_one_dash():
    # Review 5b, defect 7: 中国——东盟博览会 (what Chinese IMEs type) fell apart into China and ASEAN.
    text = "在中国——东盟博览会上"
    found = zoulang.Glossary.builtin().find(text)
    assert [(m.id, text[m.start : m.end]) for m in found] == [("caexpo", "中国——东盟博览会")]


def test_chinese_by_other_names_takes_the_region_script():
    # Review 5b, defect 8: cmn-TW was plain zh (Simplified answers); plain zh with a region round-trips.
    b = zoulang.Glossary.builtin()
    assert b.lookup("asean", "cmn-TW") == b.lookup("asean", "zh-TW") == "東協"
    assert zoulang.parse_lang_region("zho-TW") == ("zh-Hant", "TW")
    g = zoulang.Glossary.parse('{"concepts": [{"id": "laos", "terms": [{"lang": "en", "text": "Laos", "kind": "preferred"}, '
                               '{"lang": "zh", "region": "TW", "text": "寮國", "kind": "preferred"}]}]}', format="json")
    for fmt in ["tsv", "csv"]:
        assert zoulang.Glossary.parse(g.write(format=fmt), format=fmt) == g


def test_check_pair_reads_both_languages_alike():
    # Review 5b, defect 11: tgt_lang='zh-Latn' was refused, src_lang='zh-Latn' accepted.
    b = zoulang.Glossary.builtin()
    with pytest.raises(zoulang.LanguageError):
        b.check_pair("老挝", "Laos", src_lang="zh-Latn", tgt_lang="en")
    with pytest.raises(zoulang.LanguageError):
        b.check_pair("Laos", "老挝", src_lang="en", tgt_lang="zh-Latn")
    assert b.check_pair("寮國", "Laos", src_lang="zh-TW", tgt_lang="en") == []


def test_code_review_merged_glossary_keeps_name_case_rule_and_forbidden_terms():
    # A user glossary without categories (OmegaT has none) merged over the built-in one: its `Thai`/`Lao`
    # share the built-in names' case rule, so Vietnamese `mang thai`, `lao động` stay unmatched.
    user = zoulang.Glossary.parse("Thai\tไทย\nLao\tລາວ\n", format="omegat", source_lang="en", target_lang="th")
    m = zoulang.Glossary.builtin().merged(user)
    found = [(t.text, t.id) for t in m.find("Cô ấy mang thai. Người lao động. Thai and Lao.")]
    assert [t for t, _ in found] == ["Thai", "Lao"], found
    # A forbidden term of a glossary merged under another is still reported.
    u = zoulang.Glossary.parse(
        "id\tcategory\ten\tzh-Hans\tzh-Hans:forbidden\nmy_asean\torganisation\tASEAN\t东盟\t东协\n", format="tsv"
    )
    issues = u.merged(zoulang.Glossary.builtin()).check_pair("ASEAN met.", "东协开会。", src_lang="en", tgt_lang="zh-Hans")
    assert "forbidden_term" in [i.kind for i in issues], issues


def test_code_review_region_arguments_are_checked():
    g = zoulang.Glossary.builtin()
    for call in (
        lambda: g.translate_regional("ASEAN", to_lang="zh-Hant", region="Taiwan"),
        lambda: g.lookup_regional("asean", "zh-Hant", "Taiwan"),
        lambda: g.check_pair_regional("Laos", "老挝", src_lang="en", tgt_lang="zh-Hant", region="Taiwan"),
        lambda: g.check_pair_regional("Laos", "寮國", src_lang="en", tgt_lang="zh-TW", region="HK"),
    ):
        with pytest.raises(zoulang.ArgumentError, match="region"):
            call()
    assert g.translate_regional("ASEAN", to_lang="zh-Hant", region="tw") == "東協"
    assert g.check_pair_regional("Laos", "老挝", src_lang="en", tgt_lang="zh-Hans", region="") == []


def _kinds(g: zoulang.Glossary) -> list[list[tuple[str, str]]]:
    out = []
    for c in g.concepts():
        terms = c["terms"]
        assert isinstance(terms, list)
        out.append(sorted((str(t["text"]), str(t["kind"])) for t in terms))
    return out


def test_omegat_writes_marked_synonyms_and_abbreviations_and_reads_their_kinds_back():
    # Review leftover: OmegaT export wrote the preferred terms only; forbidden terms must stay out. Code
    # review: an added row carries only its mark, so abbreviations come back as abbreviations.
    g = zoulang.Glossary.parse(
        "id\ten\ten:abbreviation\ten:forbidden\tzh-Hans\tzh-Hans:forbidden\tnotes\n"
        "laos\tLaos|Lao PDR\tLA\tLaotia\t老挝|老挝人民民主共和国\t寮国\tcountry\n",
        format="tsv",
    )
    text = g.write("omegat")
    assert text == (
        "Laos\t老挝\tcountry\n"
        "Laos\t老挝人民民主共和国\tsynonym of 老挝\n"
        "Lao PDR\t老挝\tsynonym of Laos\n"
        "LA\t老挝\tabbreviation of Laos\n"
    )
    back = zoulang.Glossary.parse(text, format="omegat")
    assert len(back) == 1
    assert back.translate("LA", to_lang="zh-Hans") == "老挝"
    assert back.translate("老挝人民民主共和国", to_lang="en") == "Laos"
    assert _kinds(back) == [
        [
            ("LA", "abbreviation"),
            ("Lao PDR", "synonym"),
            ("Laos", "preferred"),
            ("老挝", "preferred"),
            ("老挝人民民主共和国", "synonym"),
        ]
    ]
    assert back.concepts()[0]["notes"] == ["country"]
    assert back.write("omegat") == text


def test_omegat_rows_sharing_a_term_stay_separate_concepts():
    # Code review: rows sharing a source or target term with the row above were merged into one concept
    # (homonyms, files sorted by source term, repeated rows). Unmarked rows are concepts of their own.
    plain = "bank\t银行\tfinance\nbank\t河岸\tgeography\nbank\t河岸\nBank\t银行\n"
    g = zoulang.Glossary.parse(plain, format="omegat")
    assert g.ids() == ["omegat-1", "omegat-2", "omegat-3", "omegat-4"]
    assert [c["notes"] for c in g.concepts()] == [["finance"], ["geography"], [], []]
    assert g.write("omegat") == plain
    # Neighbouring concepts sharing terms read back as written.
    tsv = (
        "id\ten\tzh-Hans\tnotes\n"
        "myanmar\tMyanmar|Burma\t缅甸\t\n"
        "union_of_burma\tMyanmar\t缅甸联邦\t1948–1974\n"
        "british_burma\tBurma\t缅甸\tBritish province\n"
    )
    g = zoulang.Glossary.parse(tsv, format="tsv")
    back = zoulang.Glossary.parse(g.write("omegat"), format="omegat")
    assert _kinds(back) == _kinds(g)
    assert [c["notes"] for c in back.concepts()] == [[], ["1948–1974"], ["British province"]]


def test_omegat_errors_name_the_line_of_the_row_at_fault():
    # Code review: a too-long term in a row joining a concept was reported at the concept's first line.
    text = "Laos\t老挝\nLao PDR\t老挝\tsynonym of Laos\n" + "x" * 2000 + "\t老挝\tsynonym of Laos\n"
    with pytest.raises(zoulang.InputTooLargeError, match=r"<string>:3: term is too large"):
        zoulang.Glossary.parse(text, format="omegat")


def test_language_headers_with_registered_variants_keep_the_region():
    # Review leftover: `de-CH-1901` was refused; the variant is dropped, the region kept.
    assert zoulang.parse_lang_region("de-CH-1901") == ("de", "CH")
    g = zoulang.Glossary.parse("id\ten\tde-CH-1901\nstrasse\tstreet\tStrasse\n", format="tsv")
    assert g.lookup_regional("strasse", "de", "CH") == "Strasse"
    for bad in ("en-Canada", "zh-Latn", "zh-pinyin", "de-CH-1902"):
        with pytest.raises(zoulang.LanguageError):
            zoulang.parse_lang_region(bad)


def test_transcription_variants_and_repeated_variants_are_refused():
    # Review: a transcription or romanization column (IPA, Jyutping, pinyin) is not the language's spelling;
    # dropping its variant would mix it with the terms. A repeated variant is not BCP 47.
    for transcription in ("en-Latn-US-fonipa", "yue-jyutping", "zh-Latn-pinyin", "ja-Latn-hepburn"):
        with pytest.raises(zoulang.LanguageError, match="transcription or romanization"):
            zoulang.parse_lang_region(transcription)
    # In a header it is a FormatError naming the column, with the same reason.
    with pytest.raises(zoulang.FormatError, match="column 3 `en-fonipa`: .*transcription or romanization"):
        zoulang.Glossary.parse("id\ten\ten-fonipa\nstreet\tstreet\tstriːt\n", format="tsv")
    with pytest.raises(zoulang.LanguageError, match="at most once"):
        zoulang.parse_lang_region("de-CH-1901-1901")
    # Two columns that are one once their variants are dropped: the error says so and names both.
    with pytest.raises(
        zoulang.FormatError, match="`de-CH-1996` is `de-CH` once its variant is dropped, like column 2 `de-CH-1901`"
    ):
        zoulang.Glossary.parse("id\tde-CH-1901\tde-CH-1996\n", format="tsv")


def test_jieba_export_leaves_words_jieba_has_alone():
    # Review leftover: 中国, 东盟 (pieces of names, words jieba has) went out at the caller's frequency.
    freqs = dict(line.split(" ")[:2] for line in zoulang.Glossary.builtin().jieba_user_words().splitlines())
    assert "中国" not in freqs and "东盟" not in freqs
    assert freqs["中国东盟博览会"] == "100000"
    assert int(freqs["东盟博览会"]) < 100000


def test_jieba_export_short_names_and_traditional_spellings():
    # Review findings: 越南文 at the caller's frequency cut 越南文化 as 越南文 / 化; 中國 (jieba has 中国)
    # cut 發展中國家 as 發展 / 中國 / 家.
    lines = zoulang.Glossary.builtin().jieba_user_words(freq=100000).splitlines()
    freqs = {w: int(f) for w, f, _ in (line.split(" ") for line in lines)}
    assert "中國" not in freqs and "緬甸" not in freqs and "東盟" not in freqs
    assert freqs["越南文"] == 1532 < 100000  # as rare as 越南 in jieba's dictionary
    assert freqs["寮國"] == 286  # folds to 老挝
    assert freqs["中老人工智能创新合作中心"] == 100000


def test_jieba_export_frequency_zero_is_taken_as_one():
    # Review: freq=0 wrote every word at 0, which jieba ignores.
    lines = zoulang.Glossary.builtin().jieba_user_words(freq=0).splitlines()
    assert lines and all(line.endswith(" 1 nz") for line in lines)
