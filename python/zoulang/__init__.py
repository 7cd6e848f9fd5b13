"""zoulang (走廊, "corridor"): text across Chinese and the languages of Southeast Asia.

Language identification, Chinese script conversion, normalisation, sentence splitting and bilingual
alignment, and term glossaries, over one Rust core. Offsets are Unicode code points (``str`` indices);
spans are half-open ``[start, end)``.

>>> import zoulang
>>> zoulang.normalize("ＡＳＥＡＮ　２０２５", form="nfkc")
'ASEAN 2025'
>>> zoulang.script_profile("中国与东盟 ASEAN").dominant
'Han'
>>> zoulang.convert("老挝信息港", "s2twp")
'寮國資訊港'
"""

from __future__ import annotations

from . import exceptions
from ._native import (
    align,
    align_batch,
    AlignmentUnit,
    CheckIssue,
    convert,
    convert_batch,
    Converter,
    ConvertStream,
    decode_utf8,
    detect,
    detect_batch,
    detect_spans,
    Detection,
    Detector,
    dictionary_bytes,
    evaluate_alignment,
    evaluate_documents,
    fold_for_matching,
    fold_to_simplified,
    Glossary,
    han_evidence,
    HanEvidence,
    is_dash,
    is_simplified_only,
    is_traditional_only,
    language_tag,
    LanguageSpan,
    letter_script,
    Lexicon,
    normalize,
    normalize_batch,
    normalize_with_offsets,
    OffsetMap,
    parse_alignments,
    parse_lang_region,
    read_alignments,
    sample_en,
    sample_multilingual,
    sample_noisy,
    sample_zh_hans,
    script_profile,
    ScriptProfile,
    segment_words,
    segment_words_batch,
    Sentence,
    SentenceSplitter,
    split_sentences,
    split_sentences_batch,
    TermMatch,
    to_jsonl,
    to_tmx,
    to_tsv,
    Token,
    __version__,
    unwrap_lines,
    WordSegmenter,
    write_align_format,
    zawgyi_probability,
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

#: The 16 OpenCC configuration names accepted by ``convert`` and ``Converter``.
CONVERT_CONFIGS = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "s2hkp", "hk2sp", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
)
#: Regional usage overlays (opt-in): tai 臺→台, li 裏→裡, zhe 着→著, shuo 説→說, jihua 計劃→計畫.
OVERLAYS = ("tai", "li", "zhe", "shuo", "jihua")

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
    "parse_lang_region",
    # convert
    "convert",
    "convert_batch",
    "Converter",
    "ConvertStream",
    "fold_to_simplified",
    "dictionary_bytes",
    "CONVERT_CONFIGS",
    "OVERLAYS",
    # align
    "align",
    "align_batch",
    "AlignmentUnit",
    "Lexicon",
    "evaluate_alignment",
    "evaluate_documents",
    "parse_alignments",
    "read_alignments",
    "to_jsonl",
    "to_tsv",
    "to_tmx",
    "write_align_format",
    # segment
    "split_sentences",
    "split_sentences_batch",
    "Sentence",
    "SentenceSplitter",
    "segment_words",
    "segment_words_batch",
    "Token",
    "WordSegmenter",
    "unwrap_lines",
    # detect
    "detect",
    "detect_spans",
    "detect_batch",
    "Detector",
    "Detection",
    "LanguageSpan",
    "zawgyi_probability",
    "han_evidence",
    "HanEvidence",
    "is_simplified_only",
    "is_traditional_only",
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
