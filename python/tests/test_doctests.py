"""Runs the examples in the docstrings of every public object (native functions and classes included)."""

import doctest
from pathlib import Path
import inspect

import pytest

import zoulang


def _docstrings():
    seen = set()
    import zoulang.plot

    for module in (zoulang, zoulang.exceptions, zoulang.plot):
        yield module.__name__, module.__doc__
    yield "zoulang.plot.plot_alignment", zoulang.plot.plot_alignment.__doc__
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for k, block in enumerate(readme.split("```python\n")[1:]):
        yield f"README.md python block {k}", block.split("```", 1)[0]
    for name in zoulang.__all__:
        obj = getattr(zoulang, name)
        if id(obj) in seen or inspect.ismodule(obj):
            continue
        seen.add(id(obj))
        if getattr(obj, "__doc__", None) and ">>>" in obj.__doc__:
            yield name, obj.__doc__
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attr, member in vars(obj).items():
                doc = getattr(member, "__doc__", None)
                if doc and ">>>" in doc:
                    yield f"{name}.{attr}", doc


DOCS = list(_docstrings())


def test_there_are_examples():
    assert len(DOCS) >= 5, [n for n, _ in DOCS]


@pytest.mark.parametrize("name,doc", DOCS, ids=[n for n, _ in DOCS])
def test_docstring_examples(name, doc):
    parser = doctest.DocTestParser()
    globs = {"zoulang": zoulang, **{k: getattr(zoulang, k) for k in zoulang.__all__}}
    test = parser.get_doctest(doc, globs, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} doctest failure(s) in {name}"
