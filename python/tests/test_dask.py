"""Scale-out: zoulang objects and results travel to Dask worker processes and come back identical."""

import dask
import dask.bag as db

import zoulang


def _documents():
    base = [zoulang.sample_zh_hans, zoulang.sample_en, zoulang.sample_noisy]
    base += [text for _, text in zoulang.sample_multilingual]
    return [f"{text} #{i}" for i in range(8) for text in base]


def _process(doc):
    out, offsets = zoulang.normalize_with_offsets(doc, form="nfkc", width="half", dashes=True, whitespace=True)
    return out, offsets, zoulang.script_profile(doc)


def test_processes_scheduler_matches_a_local_run():
    docs = _documents()
    local = [_process(d) for d in docs]
    with dask.config.set(scheduler="processes", num_workers=2):
        remote = db.from_sequence(docs, npartitions=4).map(_process).compute()
    assert remote == local
    # Result objects crossed process boundaries by pickling and still work.
    out, offsets, profile = remote[0]
    assert isinstance(offsets, zoulang.OffsetMap) and isinstance(profile, zoulang.ScriptProfile)
    assert offsets.to_source(0, len(out))[1] == len(docs[0])


CONVERTER = zoulang.Converter("s2twp")


def _convert_and_align(pair):
    """Convert the Chinese side to Taiwan phrasing, split both sides and align them."""
    zh, en = pair
    tw, offsets = CONVERTER.convert_with_offsets(zh)
    src = [s.text for s in zoulang.split_sentences(tw, lang="zh-Hant")]
    tgt = [s.text for s in zoulang.split_sentences(en, lang="en")]
    units = zoulang.align(src, tgt, src_lang="zh-Hant", tgt_lang="en")
    return tw, offsets, units


def test_converter_travels_and_alignments_come_back_identical():
    sentences_zh = [s.text for s in zoulang.split_sentences(zoulang.sample_zh_hans, lang="zh-Hans")]
    sentences_en = [s.text for s in zoulang.split_sentences(zoulang.sample_en, lang="en")]
    # Document pairs of different shapes: rotations of the sample and truncated copies.
    pairs = []
    for k in range(6):
        pairs.append(("".join(sentences_zh[k:] + sentences_zh[:k]), " ".join(sentences_en)))
        pairs.append(("".join(sentences_zh[: k + 1]), " ".join(sentences_en[: k + 1])))
    local = [_convert_and_align(p) for p in pairs]
    with dask.config.set(scheduler="processes", num_workers=2):
        bag = db.from_sequence(pairs, npartitions=4)
        remote = bag.map(_convert_and_align).compute()
        # The Converter object itself crosses to the workers (pickled by its configuration).
        configs = bag.map(lambda _, c=CONVERTER: c.config).compute()
    assert remote == local
    assert set(configs) == {"s2twp"}
    assert all(isinstance(u, zoulang.AlignmentUnit) for _, _, units in remote for u in units)
