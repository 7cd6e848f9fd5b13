"""zoulang (走廊, "corridor"): text across Chinese and the languages of Southeast Asia.

Language identification, Chinese script conversion, normalisation, sentence splitting and bilingual
alignment, and term glossaries, over one Rust core. Offsets are Unicode code points (``str`` indices);
spans are half-open ``[start, end)``.

>>> import zoulang
>>> zoulang.normalize("ＡＳＥＡＮ　２０２５", form="nfkc")
'ASEAN 2025'
>>> zoulang.script_profile("中国与东盟 ASEAN").dominant
'Han'
"""

from __future__ import annotations

from . import exceptions
from ._native import (
    CheckIssue,
    Glossary,
    TermMatch,
    fold_for_matching,
    OffsetMap,
    ScriptProfile,
    __version__,
    decode_utf8,
    is_dash,
    language_tag,
    letter_script,
    normalize,
    normalize_batch,
    normalize_with_offsets,
    sample_en,
    sample_multilingual,
    sample_noisy,
    sample_zh_hans,
    script_profile,
)
from .exceptions import (
    ArgumentError,
    EncodingError,
    FileError,
    FormatError,
    InputTooLargeError,
    LanguageError,
    MissingFileError,
    ZoulangError,
)

__all__ = [
    "__version__",
    # text
    "normalize",
    "normalize_batch",
    "normalize_with_offsets",
    "is_dash",
    "letter_script",
    "OffsetMap",
    "script_profile",
    "ScriptProfile",
    "decode_utf8",
    "language_tag",
    # glossary
    "Glossary",
    "TermMatch",
    "CheckIssue",
    "fold_for_matching",
    # built-in sample
    "sample_zh_hans",
    "sample_en",
    "sample_multilingual",
    "sample_noisy",
    # errors
    "exceptions",
    "ZoulangError",
    "ArgumentError",
    "LanguageError",
    "EncodingError",
    "FormatError",
    "MissingFileError",
    "FileError",
    "InputTooLargeError",
]
