"""Type stubs for zoulang's native module (checked against the built module with mypy.stubtest)."""

import os
from typing import Literal, TypeAlias, final


__version__: str
sample_zh_hans: str
sample_en: str
sample_multilingual: list[tuple[str, str]]
sample_noisy: str

_Form: TypeAlias = Literal["nfc", "nfd", "nfkc", "nfkd", "none"]
_Width: TypeAlias = Literal["half", "full"]

def normalize(
    text: str,
    *,
    form: _Form = "nfc",
    width: _Width | None = None,
    dashes: bool = False,
    quotes: bool = False,
    whitespace: bool = False,
) -> str:
    """Normalises text: a Unicode form, then optional width, dash, quote and white-space folding.

    >>> normalize("中国—东盟（ＡＩ）", form="nfkc", dashes=True)
    '中国-东盟(AI)'

    Raises ArgumentError for an unknown form or width.
    """

def normalize_batch(
    texts: list[str],
    *,
    form: _Form = "nfc",
    width: _Width | None = None,
    dashes: bool = False,
    quotes: bool = False,
    whitespace: bool = False,
) -> list[str]:
    """Normalises many texts in parallel on all cores, with the GIL released; same options as normalize.
    Ctrl-C stops it between texts (KeyboardInterrupt)."""

def is_dash(ch: str) -> bool:
    """Whether a character is one of the dash variants that ``normalize(..., dashes=True)`` folds to "-"."""

def letter_script(ch: str) -> str | None:
    """The script of one character as script profiles count it (None for digits, punctuation, spaces)."""

def normalize_with_offsets(
    text: str,
    *,
    form: _Form = "nfc",
    width: _Width | None = None,
    dashes: bool = False,
    quotes: bool = False,
    whitespace: bool = False,
) -> tuple[str, OffsetMap]:
    """Like normalize, and also returns the OffsetMap from the result back to ``text`` (code points).

    >>> out, m = normalize_with_offsets("ＡＩ 中国", form="nfkc")
    >>> out, m.to_source(0, 2)
    ('AI 中国', (0, 2))
    """

@final
class OffsetMap:
    """Maps spans of a transformed text back to the text it came from, in code points.

    A span covering part of a replaced piece widens to the whole piece on the other side. Offsets are
    non-negative ints: a negative one raises ArgumentError naming the argument.

    >>> m = OffsetMap([(0, 0, False), (1, 3, True)], 3, 5)
    >>> m.to_source(0, 3)
    (0, 1)

    ``to_source`` and ``to_target`` clamp a span they cannot map as given; ``try_to_source`` and
    ``try_to_target`` raise instead:

    >>> m.to_source(2, 99)
    (0, 3)
    >>> m.try_to_source(2, 99)
    Traceback (most recent call last):
    ...
    zoulang.exceptions.ArgumentError: invalid argument: span 2..99: end 99 is past the end of the target text (length 5)
    """

    def __new__(cls, segments: list[tuple[int, int, bool]], source_len: int, target_len: int) -> OffsetMap: ...
    @staticmethod
    def identity(length: int) -> OffsetMap:
        """The map of an unchanged text of ``length`` code points."""
    def inverse(self) -> OffsetMap:
        """The inverse map (original and transformed text swap roles)."""
    def to_source_offset(self, pos: int) -> int:
        """Maps one position of the transformed text back to the original (a position past the end clamps
        to the end)."""
    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Maps a ``[start, end)`` span of the transformed text back to the original.

        Clamps what it cannot map as given, silently: a span reaching past the end is cut at the end, and a
        reversed span (``start > end``) maps as the empty span at ``start``. ``try_to_source`` raises
        instead."""
    def to_target(self, start: int, end: int) -> tuple[int, int]:
        """Maps a ``[start, end)`` span of the original text to the transformed text; clamps as
        ``to_source`` does (``try_to_target`` raises instead)."""
    def try_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Like ``to_source``, but a reversed span or one reaching past the end of the transformed text
        raises ArgumentError instead of being clamped."""
    def try_to_target(self, start: int, end: int) -> tuple[int, int]:
        """Like ``to_target``, but a reversed span or one reaching past the end of the original text raises
        ArgumentError instead of being clamped."""
    def then(self, then: OffsetMap) -> OffsetMap:
        """Composes two maps: ``self`` maps A→B, ``then`` maps B→C; the result maps A→C."""
    @property
    def source_len(self) -> int:
        """Length of the original text."""
    @property
    def target_len(self) -> int:
        """Length of the transformed text."""
    @property
    def segments(self) -> list[tuple[int, int, bool]]:
        """``(source_start, target_start, copy)`` triples."""
    def is_identity(self) -> bool:
        """Whether the text was left unchanged."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (segments, source_len, target_len)."""
    def __getnewargs__(self) -> tuple[list[tuple[int, int, bool]], int, int]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class ScriptProfile:
    """The share of each script among a text's letters, and its runs of one script (code points).

    >>> p = script_profile("中国与东盟 ASEAN")
    >>> p.letters, p.dominant, p.runs
    (10, 'Han', [(0, 6, 'Han'), (6, 11, 'Latin')])
    """

    def __new__(cls, letters: int, shares: list[tuple[str, float]], runs: list[tuple[int, int, str]]) -> ScriptProfile: ...
    @property
    def letters(self) -> int:
        """Number of letters counted."""
    @property
    def shares(self) -> dict[str, float]:
        """``{script: share}``, largest share first."""
    @property
    def runs(self) -> list[tuple[int, int, str]]:
        """``(start, end, script)`` runs covering the text."""
    def share(self, script: str) -> float:
        """The share of ``script`` (e.g. "Han") among the letters; 0.0 when absent."""
    @property
    def dominant(self) -> str | None:
        """The script with the largest share, or None."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (letters, shares, runs)."""
    def __getnewargs__(self) -> tuple[int, list[tuple[str, float]], list[tuple[int, int, str]]]: ...
    def __eq__(self, value: object, /) -> bool: ...

def script_profile(text: str) -> ScriptProfile:
    """Profiles the scripts of ``text``: shares over letters and runs with code point offsets."""

def decode_utf8(data: bytes, source_name: str = "<input>") -> str:
    """Decodes UTF-8, raising EncodingError naming ``source_name`` and the byte offset of the first bad byte.

    >>> decode_utf8(b"ok")
    'ok'
    """

def language_tag(tag: str) -> str:
    """The canonical BCP-47 tag for a tag or alias; raises LanguageError for an unknown tag.

    >>> language_tag("zh-TW"), language_tag("tl")
    ('zh-Hant', 'fil')
    """

# --- convert ---------------------------------------------------------------------------------------------

_Config: TypeAlias = Literal[
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "s2hkp", "hk2sp", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
]
_Overlay: TypeAlias = Literal["tai", "li", "zhe", "shuo", "jihua"]

def convert(text: str, config: _Config | str, *, overlays: list[_Overlay] | list[str] | None = None) -> str:
    """Converts Chinese text with an OpenCC configuration; output is byte-identical to OpenCC 1.4.2.

    >>> convert("老挝信息港", "s2twp")
    '寮國資訊港'

    Raises ArgumentError for an unknown configuration or overlay (the message lists the valid names), or
    an overlay on a configuration whose output is not Traditional (t2s, tw2s, hk2s, t2jp, …).
    """

def convert_batch(
    texts: list[str], config: _Config | str, *, overlays: list[_Overlay] | list[str] | None = None
) -> list[str]:
    """Converts many texts in parallel on all cores, with the GIL released;
    Ctrl-C stops it between texts (KeyboardInterrupt)."""

def fold_to_simplified(text: str) -> tuple[str, OffsetMap]:
    """Folds Chinese in any script or regional standard to mainland Simplified, with the OffsetMap back to text.

    Taiwan and Hong Kong phrases become mainland phrases (寮國 → 老挝, 資訊港 → 信息港, 人工智慧 → 人工智能);
    Simplified text stays as it is. Offsets are code points.
    """

def dictionary_bytes(config: _Config | str) -> int:
    """Bytes of the compiled dictionaries a configuration uses (embedded in the library, read in place,
    plus a 512 KiB per-code-point table each, built on first use)."""

@final
class Converter:
    """A reusable converter for one OpenCC configuration and optional regional usage overlays.

    Immutable, thread-safe and picklable (by configuration name and overlays).

    >>> Converter("s2twp").convert("人工智能")
    '人工智慧'
    """

    def __new__(cls, config: _Config | str, *, overlays: list[_Overlay] | list[str] | None = None) -> Converter: ...
    @property
    def config(self) -> str:
        """The configuration name, e.g. "s2twp"."""
    @property
    def overlays(self) -> list[str]:
        """The regional usage overlays in effect (empty by default)."""
    def with_overlays(self, overlays: list[_Overlay] | list[str]) -> Converter:
        """A converter with these overlays instead (tai, li, zhe, shuo, jihua). Raises ArgumentError for an
        unknown overlay, or any overlay on a configuration whose output is not Traditional (t2s, t2jp, …)."""
    def convert(self, text: str) -> str:
        """Converts text."""
    def convert_with_offsets(self, text: str) -> tuple[str, OffsetMap]:
        """Converts text and returns the OffsetMap from the output back to text (code points)."""
    def convert_batch(self, texts: list[str]) -> list[str]:
        """Converts many texts in parallel on all cores, with the GIL released;
        Ctrl-C stops it between texts (KeyboardInterrupt)."""
    def stream(self) -> ConvertStream:
        """A ConvertStream: conversion of text arriving in pieces, in bounded memory."""
    def to_dict(self) -> dict[str, object]:
        """{"config": ..., "overlays": [...]}."""
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, list[str]]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class ConvertStream:
    """Converts text that arrives in pieces (the lines of a large file) in bounded memory: push returns the
    output that is final, finish the rest; joined, they equal Converter.convert of the whole text. After a
    piece that ends with a line break, at most 64 code points are held back.

    >>> s = Converter("s2t").stream()
    >>> s.push("头发\n这是⿰")
    '頭髮\n這是'
    """

    def __new__(cls, config: _Config | str, *, overlays: list[_Overlay] | list[str] | None = None) -> ConvertStream: ...
    def push(self, text: str) -> str:
        """Appends text and returns the output that is now final (possibly empty)."""
    def finish(self) -> str:
        """Converts and returns what is held back; the stream is then empty and can take a new text."""
    def held(self) -> str:
        """The text held back, not yet converted."""
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, list[str]]]: ...
    def __getstate__(self) -> str: ...
    def __setstate__(self, held: str) -> None: ...
    def __eq__(self, value: object, /) -> bool: ...
# ---- align -------------------------------------------------------------------------------------------

_Bead: TypeAlias = tuple[list[int], list[int]]
_Scores: TypeAlias = dict[str, dict[str, float]]

@final
class AlignmentUnit:
    """One alignment unit: source and target sentence indices (either may be empty: an unaligned
    sentence) and a score in [0, 1] (higher is better; 0 for unaligned sentences).

    >>> AlignmentUnit([0, 1], [0], 0.5)
    AlignmentUnit(src=[0, 1], tgt=[0], score=0.5000)
    """

    def __new__(cls, src: list[int], tgt: list[int], score: float = 0.0) -> AlignmentUnit: ...
    @property
    def src(self) -> list[int]:
        """Source sentence indices (0-based)."""
    @property
    def tgt(self) -> list[int]:
        """Target sentence indices (0-based)."""
    @property
    def score(self) -> float:
        """Confidence in [0, 1]; 0 for unaligned sentences."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (src, tgt, score)."""
    def __getnewargs__(self) -> tuple[list[int], list[int], float]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Lexicon:
    """A bilingual lexicon for alignment (TSV: ``headword<TAB>target words<TAB>syllables``), for language
    pairs the built-in zh–en lexicon (CC-CEDICT) does not cover; pass it as ``align(..., lexicons=[lex])``."""

    def __new__(cls, text: str | None, src_lang: str, tgt_lang: str) -> Lexicon: ...
    @staticmethod
    def from_tsv(text: str, src_lang: str, tgt_lang: str) -> Lexicon:
        """Loads a lexicon from TSV text."""
    @staticmethod
    def builtin_zh_en() -> Lexicon | None:
        """The built-in zh–en lexicon generated from CC-CEDICT, or None when built without it."""
    def src_lang(self) -> str:
        """Headword language tag."""
    def tgt_lang(self) -> str:
        """Target language tag."""
    def len(self) -> int:
        """Number of headwords."""
    def __len__(self) -> int: ...
    def is_empty(self) -> bool:
        """Whether the lexicon has no entries."""
    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Longest headword matches as ``(start, end, entry)`` with code point offsets."""
    def __getnewargs__(self) -> tuple[str | None, str, str]: ...

def align(
    src: list[str],
    tgt: list[str],
    *,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | list[tuple[str, str]] | list[tuple[str, str, str]] | None = None,
    lexicons: list[Lexicon] | None = None,
    learn: bool = True,
    max_side: int = 6,
) -> list[AlignmentUnit]:
    """Aligns the sentences of a document with those of its translation; every sentence of both sides
    appears in exactly one unit, in order (1-1, 1-n, n-m up to ``max_side`` a side, and unaligned).
    ``glossary``: a :class:`Glossary` (its terms found on both sides under the same concept id, in any
    script, become evidence, e.g. ``Glossary.builtin()``) or (src_term, tgt_term[, id]) pairs; ``lexicons``:
    extra lexicons for other language pairs; ``learn``: the second pass that learns document-specific word
    pairs. Releases the GIL; Ctrl-C stops it (KeyboardInterrupt): the search checks on every row, so
    within milliseconds however long the documents. Raises LanguageError for an unknown or ``und`` tag.

    >>> [(u.src, u.tgt) for u in align(["你好。", "谢谢你！"], ["Hello.", "Thank you!"], src_lang="zh-Hans", tgt_lang="en")]
    [([0], [0]), ([1], [1])]
    """

def align_batch(
    docs: list[tuple[list[str], list[str]]],
    *,
    src_lang: str,
    tgt_lang: str,
    glossary: Glossary | list[tuple[str, str]] | list[tuple[str, str, str]] | None = None,
    lexicons: list[Lexicon] | None = None,
    learn: bool = True,
    max_side: int = 6,
) -> list[list[AlignmentUnit]]:
    """Aligns many (src_sentences, tgt_sentences) pairs in parallel with the GIL released; same options
    as :func:`align`. Ctrl-C stops it (KeyboardInterrupt)."""

def evaluate_alignment(
    gold: list[AlignmentUnit] | list[_Bead] | list[tuple[list[int], list[int]]],
    predicted: list[AlignmentUnit] | list[_Bead] | list[tuple[list[int], list[int]]],
) -> _Scores:
    """Strict and lax precision, recall and F1 of ``predicted`` against ``gold``, identical to Vecalign's
    score.py: ``{"strict": {"precision": .., "recall": .., "f1": ..}, "lax": {...}}``.

    >>> evaluate_alignment([([0], [0]), ([1], [1, 2])], [([0], [0]), ([1], [1]), ([], [2])])["strict"]["recall"]
    0.5
    """

def evaluate_documents(docs: list[tuple[list[_Bead], list[_Bead]]]) -> _Scores:
    """Scores several (gold, predicted) documents together (counts summed, as score.py with many files)."""

def parse_alignments(text: str, source_name: str = "<input>") -> list[_Bead]:
    """Parses the ``.align`` format (``[0, 1]:[0]`` per line). Raises FormatError naming the line."""

def read_alignments(path: str | os.PathLike[str]) -> list[_Bead]:
    """Reads an ``.align`` file. Raises MissingFileError, EncodingError or FormatError."""

def to_jsonl(units: list[AlignmentUnit]) -> str:
    """JSON lines ``{"src":[..],"tgt":[..],"score":..}``, one per unit."""

def to_tsv(units: list[AlignmentUnit], src: list[str], tgt: list[str]) -> str:
    """``src_text<TAB>tgt_text`` lines, one per unit: a side's sentences joined by a space, or by nothing
    between Chinese or Japanese sentences; blank sentences and a byte-order mark left out. Raises
    ArgumentError when a unit names a sentence beyond ``src`` or ``tgt``."""

def to_tmx(units: list[AlignmentUnit], src: list[str], tgt: list[str], *, src_lang: str, tgt_lang: str) -> str:
    """A TMX 1.4b document of the units with text on both sides. Raises ArgumentError when a unit names a
    sentence beyond ``src`` or ``tgt``."""

def write_align_format(units: list[AlignmentUnit]) -> str:
    """Vecalign's ``.align`` lines (``[0, 1]:[0]``)."""

# ---- detect ------------------------------------------------------------------------------------------

_Lang: TypeAlias = str  # "auto" or a BCP-47 tag or alias: "en", "zh-Hans", "zh-TW", "th", "tl", ...

@final
class Sentence:
    """One sentence: ``text`` and its code point span ``[start, end)`` in the input.

    >>> split_sentences("Hi there.  Bye.", lang="en")[1]
    Sentence(text='Bye.', start=11, end=15)
    """

    def __new__(cls, text: str, start: int, end: int) -> Sentence: ...
    @property
    def text(self) -> str:
        """The sentence (no leading or trailing white space)."""
    @property
    def start(self) -> int:
        """Start, in code points."""
    @property
    def end(self) -> int:
        """End (exclusive), in code points."""
    def to_dict(self) -> dict[str, object]:
        """``{"text": .., "start": .., "end": ..}``."""
    def __getnewargs__(self) -> tuple[str, int, int]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Token:
    """One word, number or punctuation mark: ``text`` and its code point span ``[start, end)``.

    >>> segment_words("中国与东盟", lang="zh-Hans")[2]
    Token(text='东盟', start=3, end=5)
    """

    def __new__(cls, text: str, start: int, end: int) -> Token: ...
    @property
    def text(self) -> str:
        """The token."""
    @property
    def start(self) -> int:
        """Start, in code points."""
    @property
    def end(self) -> int:
        """End (exclusive), in code points."""
    def to_dict(self) -> dict[str, object]:
        """``{"text": .., "start": .., "end": ..}``."""
    def __getnewargs__(self) -> tuple[str, int, int]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def split_sentences(
    text: str, *, lang: _Lang = "auto", hard_wrap: bool = False, semicolons: bool = False
) -> list[Sentence]:
    """Splits text into sentences (code point offsets); sentences plus the white space between them give
    back the input. ``hard_wrap``: a single line break does not end a sentence. ``semicolons``: ``;`` and
    ``；`` end sentences. Raises LanguageError for an unknown tag.

    >>> [s.text for s in split_sentences("Mr. Lee met Dr. Tan. They talked.", lang="en")]
    ['Mr. Lee met Dr. Tan.', 'They talked.']
    """

def unwrap_lines(text: str) -> str:
    """``text`` with its line breaks unwrapped: each run of white space holding a line break becomes one
    space, or nothing next to a character of unspaced writing (Han, kana, CJK punctuation, full-width
    forms); a break at the start or end is dropped, other white space is kept. For showing a sentence of
    hard-wrapped text on one line (offsets of a ``Sentence`` refer to the original text).

    >>> unwrap_lines("中国与东\\n盟的合作。A line that\\nwraps.")
    '中国与东盟的合作。A line that wraps.'
    """

def split_sentences_batch(
    texts: list[str], *, lang: _Lang = "auto", hard_wrap: bool = False, semicolons: bool = False
) -> list[list[Sentence]]:
    """``split_sentences`` over many texts in parallel on all cores, with the GIL released;
    Ctrl-C stops it between texts (KeyboardInterrupt)."""

def segment_words(text: str, *, lang: _Lang = "auto") -> list[Token]:
    """Cuts text into words (code point offsets): jieba for Chinese (Traditional folded to Simplified for
    cutting), ICU dictionaries for Thai, Lao, Khmer, Burmese and Japanese, UAX #29 words otherwise. White
    space is never a token. Raises LanguageError for an unknown tag.

    >>> [t.text for t in segment_words("ทุกสองสัปดาห์", lang="th")]
    ['ทุก', 'สอง', 'สัปดาห์']
    """

def segment_words_batch(texts: list[str], *, lang: _Lang = "auto") -> list[list[Token]]:
    """``segment_words`` over many texts in parallel on all cores, with the GIL released;
    Ctrl-C stops it between texts (KeyboardInterrupt)."""

@final
class SentenceSplitter:
    """A configured sentence splitter (language rules and options); picklable by its settings.

    >>> SentenceSplitter("en", hard_wrap=True)
    SentenceSplitter(lang='en', hard_wrap=True, semicolons=False)
    """

    def __new__(cls, lang: _Lang = "auto", *, hard_wrap: bool = False, semicolons: bool = False) -> SentenceSplitter: ...
    @property
    def lang(self) -> str:
        """The language (a canonical tag, or ``auto``)."""
    @property
    def options(self) -> dict[str, bool]:
        """``{"hard_wrap": bool, "semicolons": bool}``."""
    def split(self, text: str) -> list[Sentence]:
        """Splits ``text`` into sentences."""
    def spans(self, text: str) -> list[tuple[int, int]]:
        """The sentence spans only, as ``(start, end)`` code point pairs."""
    def split_batch(self, texts: list[str]) -> list[list[Sentence]]:
        """Splits many texts in parallel with the GIL released; Ctrl-C stops it between texts (KeyboardInterrupt)."""
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, bool]]: ...

@final
class WordSegmenter:
    """A word segmenter for one language; user words always stay one token. Picklable.

    >>> w = WordSegmenter("zh-Hans", words=["中国—东盟信息港"])
    >>> [t.text for t in w.segment("建设中国—东盟信息港")]
    ['建设', '中国—东盟信息港']
    """

    def __new__(cls, lang: _Lang = "auto", *, words: list[str] | None = None) -> WordSegmenter: ...
    @property
    def lang(self) -> str:
        """The language (a canonical tag, or ``auto``)."""
    @property
    def user_words(self) -> list[str]:
        """The user words, in the order added."""
    def add_words(self, words: list[str]) -> None:
        """Adds words that must come out as single tokens; raises ArgumentError for an empty word."""
    def segment(self, text: str) -> list[Token]:
        """Cuts ``text`` into tokens."""
    def spans(self, text: str) -> list[tuple[int, int]]:
        """The token spans only, as ``(start, end)`` code point pairs."""
    def segment_batch(self, texts: list[str]) -> list[list[Token]]:
        """Segments many texts in parallel with the GIL released;
        Ctrl-C stops it between texts (KeyboardInterrupt)."""
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, list[str]]]: ...
@final
class Detection:
    """The result of language identification.

    >>> d = detect("Trung Quốc và ASEAN tăng cường hợp tác.")
    >>> d.lang, d.script, d.confidence > 0.9
    ('vi', 'Latin', True)
    """

    def __new__(
        cls,
        lang: str,
        confidence: float,
        script: str | None = None,
        candidates: list[tuple[str, float]] = ...,
        encoding: str | None = None,
    ) -> Detection: ...
    @property
    def lang(self) -> str:
        """The language tag, "und" when the text gives no evidence."""
    @property
    def confidence(self) -> float:
        """Calibrated probability in [0, 1] that ``lang`` is right."""
    @property
    def script(self) -> str | None:
        """The script that decided ("Latin", "Han", "Thai", …), None without letters."""
    @property
    def candidates(self) -> list[tuple[str, float]]:
        """Ranked ``(tag, probability)`` candidates, best first (at most 5)."""
    @property
    def encoding(self) -> str | None:
        """For Burmese: "zawgyi" (convert before further processing) or "unicode"; None otherwise."""
    def is_und(self) -> bool:
        """Whether the text gave no evidence (lang is "und")."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (lang, confidence, script, candidates, encoding)."""
    def __getnewargs__(self) -> tuple[str, float, str | None, list[tuple[str, float]], str | None]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class LanguageSpan:
    """A run of one language in a text: ``[start, end)`` in code points.

    >>> detect_spans("华为Huawei发布")[1]
    LanguageSpan(start=2, end=8, lang='en')
    """

    def __new__(cls, start: int, end: int, lang: str) -> LanguageSpan: ...
    @property
    def start(self) -> int:
        """Start (code points)."""
    @property
    def end(self) -> int:
        """End (code points, exclusive)."""
    @property
    def lang(self) -> str:
        """The language of the run ("und" for a run without letters)."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (start, end, lang)."""
    def __getnewargs__(self) -> tuple[int, int, str]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class HanEvidence:
    """Evidence for Simplified vs Traditional Chinese: Han characters and the ones found in only one script.

    >>> e = han_evidence("我們是中國人")
    >>> e.han, e.simplified_only, e.traditional_only, round(e.p_traditional(), 2)
    (6, 0, 2, 0.96)
    """

    def __new__(cls, han: int, simplified_only: int, traditional_only: int) -> HanEvidence: ...
    @property
    def han(self) -> int:
        """Han characters seen."""
    @property
    def simplified_only(self) -> int:
        """Characters that exist only in Simplified Chinese."""
    @property
    def traditional_only(self) -> int:
        """Characters that exist only in Traditional Chinese."""
    def p_traditional(self) -> float:
        """Probability that the text is Traditional (0.5 without evidence)."""
    def to_dict(self) -> dict[str, object]:
        """A plain dict (han, simplified_only, traditional_only)."""
    def __getnewargs__(self) -> tuple[int, int, int]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Detector:
    """A language identifier, optionally restricted to an allow-list of tags.

    Every script path respects the allow-list: text in a script none of whose languages is allowed is
    judged by its other scripts, or is "und". ``zh`` allows zh-Hans and zh-Hant too.

    >>> d = Detector(only=["ms", "id", "en"])
    >>> d.detect("Saya tidak tahu kerana dia tidak datang.").lang
    'ms'
    >>> d
    Detector(only=['en', 'id', 'ms'])
    """

    def __new__(cls, only: list[str] | None = None) -> Detector: ...
    def only(self, tags: list[str]) -> Detector:
        """A new detector restricted to ``tags``; raises LanguageError for an unknown tag."""
    def allowed(self) -> list[str] | None:
        """The allow-list (canonical tags), or None when every language is allowed."""
    def detect(self, text: str) -> Detection:
        """Identifies the language of ``text`` (texts over 64 KiB are judged on their first 64 KiB)."""
    def detect_spans(self, text: str) -> list[LanguageSpan]:
        """Runs of one language in mixed text (code point offsets)."""
    def detect_batch(self, texts: list[str]) -> list[Detection]:
        """Identifies many texts in parallel on all cores, with the GIL released;
        Ctrl-C stops it between texts (KeyboardInterrupt)."""
    def __getnewargs__(self) -> tuple[list[str] | None]: ...
    def __eq__(self, value: object, /) -> bool: ...

def detect(text: str, *, only: list[str] | None = None) -> Detection:
    """Identifies the language of ``text``; ``only`` restricts the candidate languages.

    >>> detect("中國與東盟的人工智慧合作").lang
    'zh-Hant'
    >>> detect("12345").lang
    'und'
    """

def detect_spans(text: str, *, only: list[str] | None = None) -> list[LanguageSpan]:
    """Runs of one language in mixed text, with code point offsets.

    >>> [(s.lang, s.start, s.end) for s in detect_spans("The sign said ยินดีต้อนรับ")]
    [('en', 0, 14), ('th', 14, 26)]
    """

def detect_batch(texts: list[str], *, only: list[str] | None = None) -> list[Detection]:
    """Identifies many texts in parallel on all cores, with the GIL released; Ctrl-C stops it between texts
    (KeyboardInterrupt).

    >>> [d.lang for d in detect_batch(["안녕하세요", "こんにちは", "Hello there"])]
    ['ko', 'ja', 'en']
    """

def zawgyi_probability(text: str) -> float | None:
    """The probability that Burmese text is in the Zawgyi font encoding (None without Myanmar characters).

    >>> zawgyi_probability("ဘဂၤလားေဒရွ္႕") > 0.99
    True
    """

def han_evidence(text: str) -> HanEvidence:
    """Counts Han characters and the ones that exist in only one Chinese script."""

def is_simplified_only(ch: str) -> bool:
    """Whether a character exists only in Simplified Chinese.

    >>> is_simplified_only("们"), is_simplified_only("中")
    (True, False)
    """

def is_traditional_only(ch: str) -> bool:
    """Whether a character exists only in Traditional Chinese.

    >>> is_traditional_only("們")
    True
    """

# --- glossary ---------------------------------------------------------------------------------------

_GlossaryFormat: TypeAlias = Literal["tsv", "csv", "omegat", "json", "tbx"]

def parse_lang_region(code: str) -> tuple[str, str | None]:
    """Splits a language code such as ``zh-Hant-TW``, ``zh_TW`` or ``en`` into zoulang's canonical tag and a
    region (``None`` without one). A variant registered with IANA for an orthography or a dialect is dropped
    and the region kept: ``de-CH-1901`` gives ``('de', 'CH')``. Raises LanguageError for an unknown language,
    or for a subtag zoulang cannot keep: a script other than Hans/Hant such as ``zh-Latn``, a region that is
    not 2 letters or 3 digits such as ``en-Canada``, an extension or private use, or a variant that is a
    transcription, romanization or ASCII fallback (``en-Latn-US-fonipa``, ``yue-jyutping``, ``zh-Latn-pinyin``,
    ``eo-xsistemo``: not the language's spelling), unregistered, repeated (``de-CH-1901-1901``) or not fitting
    its registered prefix (``en-1901``; a prefix's subtags may stand apart, ``sl-IT-rozaj-biske``).

    >>> parse_lang_region("zh_TW"), parse_lang_region("vi"), parse_lang_region("de-CH-1901")
    (('zh-Hant', 'TW'), ('vi', None), ('de', 'CH'))
    >>> try:
    ...     parse_lang_region("en-Latn-US-fonipa")
    ... except LanguageError as e:
    ...     print("transcription or romanization" in str(e))
    True
    """

def fold_for_matching(text: str) -> tuple[str, OffsetMap]:
    """Folds text for term matching (NFKC, half width, dashes, quotes, spaces, lower case, Chinese to
    Simplified; a run of dashes is one dash) and returns it with the OffsetMap back to ``text`` (code
    points).

    >>> fold_for_matching("中國—東盟資訊港 ＥＸＰＯ")[0]
    '中国-东盟信息港 expo'
    """

@final
class TermMatch:
    """One glossary term found in a text: code point span, the text there, the entry id and the language
    of the glossary term that matched.

    >>> Glossary.builtin().find("在寮國")[0]
    TermMatch(start=1, end=3, text='寮國', id='country_laos', lang='zh-Hant')
    """

    def __new__(cls, start: int, end: int, text: str, id: str, lang: str) -> TermMatch: ...
    @property
    def start(self) -> int:
        """Start (code points)."""
    @property
    def end(self) -> int:
        """End (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The matched text as it stands in the input."""
    @property
    def id(self) -> str:
        """The glossary entry id."""
    @property
    def lang(self) -> str:
        """The language tag of the glossary term that matched."""
    def to_dict(self) -> dict[str, int | str]:
        """The fields as a dict."""
    def __getnewargs__(self) -> tuple[int, int, str, str, str]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CheckIssue:
    """One finding of ``Glossary.check_pair``: kind (``missing_target`` or ``forbidden_term``), entry id,
    code point span (in the source for missing terms, in the target for forbidden ones), its text, and the
    expected term."""

    def __new__(
        cls, kind: str, id: str, start: int, end: int, text: str, expected: str | None = None
    ) -> CheckIssue: ...
    @property
    def kind(self) -> str:
        """``missing_target`` or ``forbidden_term``."""
    @property
    def id(self) -> str:
        """The glossary entry id."""
    @property
    def start(self) -> int:
        """Start (code points)."""
    @property
    def end(self) -> int:
        """End (code points)."""
    @property
    def text(self) -> str:
        """The text of the span."""
    @property
    def expected(self) -> str | None:
        """The term expected in the target language, if the glossary has one."""
    def to_dict(self) -> dict[str, int | str | None]:
        """The fields as a dict."""
    def __getnewargs__(self) -> tuple[str, str, int, int, str, str | None]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Glossary:
    """A term glossary: concepts with terms per language, and a compiled finder that matches them in any
    script, case, width and Chinese variant. Pickles by its source data (JSON), not by the automaton.
    Readers raise FormatError naming file and line for malformed input, and InputTooLargeError for a term
    over 1 KiB or an id, category, note or source over 64 KiB.

    >>> g = Glossary.builtin()
    >>> [m.id for m in g.find("老挝, 老撾 and 寮國")]
    ['country_laos', 'country_laos', 'country_laos']
    >>> g.translate("Laos", to_lang="th")
    'ลาว'
    """

    @staticmethod
    def builtin() -> Glossary:
        """The built-in China–ASEAN glossary."""
    @staticmethod
    def from_path(
        path: str,
        *,
        format: _GlossaryFormat | None = None,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
    ) -> Glossary:
        """Reads a glossary file, the format from ``format`` or the extension (.tsv .csv .txt/.utf8 .json .tbx)."""
    @staticmethod
    def empty() -> Glossary:
        """A glossary with no entries."""
    @staticmethod
    def from_tsv(path: str) -> Glossary:
        """Reads a TSV glossary (a column per language, ``|`` between synonyms)."""
    @staticmethod
    def from_csv(path: str) -> Glossary:
        """Reads a CSV glossary with language headers, as CAT tools export (RFC 4180: no backslash escapes;
        ``||`` is a literal ``|``; a header ``id`` after the first column is Indonesian)."""
    @staticmethod
    def from_json(path: str) -> Glossary:
        """Reads a JSON glossary."""
    @staticmethod
    def from_tbx(path: str) -> Glossary:
        """Reads a TBX glossary (TBX-Basic v3 in DCA or DCT style, or the older martif form). Data categories
        the model has no field for (transactions, cross-references, termType, ...) are kept as notes; a
        truncated file raises FormatError naming the line of the unfinished entry."""
    @staticmethod
    def from_omegat(path: str, *, source_lang: str = "en", target_lang: str = "zh-Hans") -> Glossary:
        """Reads a bilingual OmegaT glossary (source<TAB>target<TAB>comment): each row is a concept of its
        own, its comment a note, except a row whose comment is exactly the mark ``write`` gives a concept's
        other terms, ``synonym of P`` or ``abbreviation of P``, where P is the preferred term of the concept
        above and the row differs from that concept's first row in that one term: it joins that concept as
        a synonym or abbreviation. Rows that merely share a term (homonyms, a file sorted by source term,
        repeated rows) are never merged; errors name the line of the row at fault."""
    @staticmethod
    def parse(
        text: str,
        *,
        format: _GlossaryFormat,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
    ) -> Glossary:
        """Parses glossary text in ``format`` (tsv, csv, omegat, json, tbx). Values are read trimmed of
        leading and trailing white space in every format."""
    @staticmethod
    def _from_json(text: str) -> Glossary:
        """Rebuilds a glossary from its JSON form (used by pickling)."""
    def write(
        self,
        format: _GlossaryFormat,
        *,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
        skip_incomplete: bool = False,
    ) -> str:
        """The glossary as text in ``format`` (tsv, csv, omegat, json, tbx); OmegaT pairs take the region of
        ``source_lang``/``target_lang`` (``zh-TW`` writes 東協, ``zh-HK`` 老撾), with a row of its own for
        each synonym and abbreviation, its comment only the mark ``synonym of P`` or ``abbreviation of P``
        (P the preferred term of that side; never a forbidden term). Raises ArgumentError for
        what the format cannot hold: an OmegaT concept without both languages (unless ``skip_incomplete``,
        which leaves such concepts out with a UserWarning giving their number, as the CLI's
        ``--skip-incomplete`` does) or with a tab or line break, a TBX value with a control character other
        than tab or line break (XML 1.0 has no form for it)."""
    def write_path(
        self,
        path: str,
        *,
        format: _GlossaryFormat | None = None,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
        skip_incomplete: bool = False,
    ) -> None:
        """Writes the glossary to ``path``, the format from ``format`` or the extension; ``skip_incomplete``
        as for ``write``."""
    def merged(self, other: Glossary) -> Glossary:
        """A new glossary with the entries of both, ``other``'s first in entry order and so found first where
        terms of both fold alike (a user glossary merged into the built-in one wins; the order, hence the
        precedence, survives pickling and writing); an id in both is a ``FormatError`` naming the file and
        line of each."""
    def find(self, text: str) -> list[TermMatch]:
        """Every glossary term in ``text``, leftmost-longest, with code point offsets; folds case, width,
        dashes, quotes and Chinese script, except that a proper name of one word of at most 4 letters
        written with a capital (an entry of a name category: country, capital, language, organisation,
        agreement, hub, programme, company, university, place, person, …; or an abbreviation in capitals:
        ``Lao``, ``Thai``, ``NPC``) does not match an all-lower-case word when that is a word of its own
        (Vietnamese ``lao động``, ``mang thai``); ``laos`` is not, so ``visit laos`` is found. A capitalised
        common noun of another category (``Bank``) matches ``bank``, unless a name of a merged glossary is
        spelled the same (a user's uncategorised ``Thai`` shares the built-in language's rule)."""
    def find_batch(self, texts: list[str]) -> list[list[TermMatch]]:
        """``find`` on many texts in parallel, with the GIL released;
        Ctrl-C stops it between texts (KeyboardInterrupt)."""
    def lookup(self, id: str, lang: str) -> str | None:
        """The preferred term of entry ``id`` in ``lang``, or None. A region in ``lang`` (``zh-TW``,
        ``zh-Hant-HK``) picks that region's term where the entry has one, ``zh-MO`` the Hong Kong one as
        CLDR inherits (Rust: ``lookup_regional``). Plain ``zh`` (or ``cmn``) takes the Simplified term,
        then the Traditional; plain-``zh`` terms answer ``zh-Hans`` and ``zh-Hant``; never the other
        script."""
    def lookup_regional(self, id: str, lang: str, region: str | None = None) -> str | None:
        """``lookup`` with the region given apart (``lookup_regional("asean", "zh-Hant", "TW")``); without
        one, a region in ``lang`` counts. ``region`` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError."""
    def translate(self, term: str, *, to_lang: str) -> str | None:
        """The preferred ``to_lang`` term of the entry that ``term`` names (folded: case, width, script), or None.
        A region in ``to_lang`` (``zh-TW``) picks that region's term where the entry has one (Rust:
        ``translate_regional``)."""
    def translate_regional(self, term: str, *, to_lang: str, region: str | None = None) -> str | None:
        """``translate`` with the region given apart (``translate_regional("ASEAN", to_lang="zh-Hant", region="TW")``);
        without one, a region in ``to_lang`` counts. ``region`` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError."""
    def check_pair(self, src: str, tgt: str, *, src_lang: str, tgt_lang: str) -> list[CheckIssue]:
        """Key-term check of an aligned pair, as Xbench's: every entry with a ``src_lang`` term in ``src`` (each
        entry claiming that folded form, so a merged user glossary neither hides nor fakes one) needs one of
        its ``tgt_lang`` terms anywhere in ``tgt`` (folded, word boundaries for spaced scripts, inside a longer
        term too: 老挝 in 老挝政府); entries without a ``tgt_lang`` term are skipped; forbidden terms used in
        the target are reported too (Rust: ``check_pair_regional``). Chinese: the script never matters (东协
        counts for 東協). Without a region, ``zh-Hant`` and ``zh`` take any Chinese term of the entry; with a
        region in ``tgt_lang`` (``zh-TW``, ``zh-HK``), or ``zh-Hans`` (taken as mainland, ``zh-CN``), only the
        region's own phrasing counts and is ``expected``: the region's term, else its CLDR parent's (``HK`` for
        ``MO``), else the target script's term without region; never another region's. So ``zh-TW`` wants
        東協 and 寮國, not 东盟 or 老挝; ``zh-HK`` 東盟 and 老撾; ``zh-Hans``/``zh-CN`` 东盟 and 老挝, not 东协 or
        寮國. A forbidden term counts only in its own language and region."""
    def check_pair_regional(
        self, src: str, tgt: str, *, src_lang: str, tgt_lang: str, region: str | None = None
    ) -> list[CheckIssue]:
        """``check_pair`` with the target's region given apart (``region="TW"``); without one, a region in
        ``tgt_lang`` counts. ``region`` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError."""
    def jieba_user_words(self, *, freq: int = 100000) -> str:
        """The Chinese terms as a jieba user dictionary (``word freq nz`` per line). jieba cuts at characters
        outside its default class (``—``, ``（）``, ``：``, spaces) before it consults the dictionary, so such a
        name goes out with its dashes as ``-``, without them, and as its pieces (``中国-东盟博览会``,
        ``中国东盟博览会``, ``东盟博览会``). Words jieba's default dictionary has (``中国``, ``东盟``) are left out,
        and so are Traditional spellings of them that jieba alone keeps whole (``中國``, ``緬甸``). Names of
        more than four characters get ``freq``; shorter ones that of the rarest word jieba cuts their
        Simplified form into (``越南文`` 1532, as ``越南``), so ``越南文化`` stays ``越南 / 文化``; pieces a modest
        frequency from jieba's own counts. Ordinary text is cut as before, within limits: words left out get
        no ``nz`` tag; a short name still beats a rarer word across its edge (``越南文学`` as ``越南文 / 学``) and,
        in Traditional text, a word jieba lacks (``菲律賓文化`` as ``菲律賓文 / 化``: fold to Simplified first);
        the counts are those of jieba's default dictionary, not ``dict.txt.big``'s; a Traditional spelling left
        out is cut as jieba alone cuts it (``廣西南寧`` as ``廣 / 西南 / 寧``: fold to Simplified first). A ``freq`` of 0
        is taken as 1."""
    def concept(self, id: str) -> dict[str, object] | None:
        """One entry as a dict (id, category, status, terms, notes, sources), or None."""
    def concepts(self) -> list[dict[str, object]]:
        """Every entry as a dict, in order."""
    def ids(self) -> list[str]:
        """The entry ids, in order."""
    def __len__(self) -> int: ...
    def __contains__(self, id: str, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[object, tuple[str]]: ...
