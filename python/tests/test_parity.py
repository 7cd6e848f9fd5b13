"""Every public Rust capability has a Python twin with the same name.

The Rust API list is derived from the core crate's source (top-level ``pub fn``, public types and their
inherent ``pub fn`` methods), so it cannot fall out of date. Items that are Rust-only by design are listed,
each with its reason and Python counterpart, in python/parity-exemptions.txt.
"""

import re
from pathlib import Path

import zoulang

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "crates" / "zoulang" / "src"
EXEMPTIONS = ROOT / "python" / "parity-exemptions.txt"

FN = re.compile(r"^pub (?:const )?fn (\w+)", re.M)
TYPE = re.compile(r"^pub (?:struct|enum|trait) (\w+)", re.M)
IMPL = re.compile(r"^impl(?:<[^>]*>)? (\w+)(?:<[^>]*>)? \{\n(.*?)^\}", re.M | re.S)
METHOD = re.compile(r"^    pub (?:const )?fn (\w+)", re.M)


def rust_api():
    """(functions, types, methods) of the core crate, from its source files (test modules excluded)."""
    fns, types, methods = set(), set(), set()
    for path in CORE.rglob("*.rs"):
        src = path.read_text(encoding="utf-8")
        src = src.split("\n#[cfg(test)]", 1)[0]
        fns |= set(FN.findall(src))
        types |= set(TYPE.findall(src))
        for ty, body in IMPL.findall(src):
            methods |= {f"{ty}::{m}" for m in METHOD.findall(body)}
    return fns, types, methods


def exemptions():
    out = {}
    for line in EXEMPTIONS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        item, _, reason = line.partition(" -- ")
        assert reason.strip(), f"exemption without a reason: {line!r}"
        out[item.strip()] = reason.strip()
    return out


def test_rust_api_is_found():
    fns, types, _ = rust_api()
    assert {"normalize", "script_profile"} <= fns
    assert {"OffsetMap", "ScriptProfile"} <= types


def test_every_rust_function_and_type_has_a_python_twin():
    fns, types, methods = rust_api()
    exempt = exemptions()
    missing = []
    for f in sorted(fns):
        if f not in exempt and f not in zoulang.__all__:
            missing.append(f"function {f}")
    for t in sorted(types):
        if t not in exempt and t not in zoulang.__all__:
            missing.append(f"type {t}")
    for m in sorted(methods):
        ty, name = m.split("::")
        if ty in exempt or m in exempt or name == "new":
            continue  # a Rust-only type, an exempt method, or the constructor (Python's __new__)
        cls = getattr(zoulang, ty, None)
        if cls is None or not hasattr(cls, name):
            missing.append(f"method {m}")
    assert not missing, "no Python twin (add one, or an exemption with its reason):\n" + "\n".join(missing)


def test_exemptions_are_not_stale():
    fns, types, methods = rust_api()
    stale = [e for e in exemptions() if e not in fns | types | methods]
    assert not stale, f"exemptions for items that no longer exist: {stale}"


def test_all_lists_only_real_names():
    for name in zoulang.__all__:
        assert hasattr(zoulang, name), name
