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
