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
    """Normalises many texts in parallel on all cores, with the GIL released; same options as normalize."""

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

    A span covering part of a replaced piece widens to the whole piece on the other side.

    >>> m = OffsetMap([(0, 0, False), (1, 3, True)], 3, 5)
    >>> m.to_source(0, 3)
    (0, 1)
    """

    def __new__(cls, segments: list[tuple[int, int, bool]], source_len: int, target_len: int) -> OffsetMap: ...
    @staticmethod
    def identity(length: int) -> OffsetMap:
        """The map of an unchanged text of ``length`` code points."""
    def inverse(self) -> OffsetMap:
        """The inverse map (original and transformed text swap roles)."""
    def to_source_offset(self, pos: int) -> int:
        """Maps one position of the transformed text back to the original."""
    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Maps a ``[start, end)`` span of the transformed text back to the original."""
    def to_target(self, start: int, end: int) -> tuple[int, int]:
        """Maps a ``[start, end)`` span of the original text to the transformed text."""
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
    glossary: list[tuple[str, str]] | list[tuple[str, str, str]] | None = None,
    lexicons: list[Lexicon] | None = None,
    learn: bool = True,
    max_side: int = 6,
) -> list[AlignmentUnit]:
    """Aligns the sentences of a document with those of its translation; every sentence of both sides
    appears in exactly one unit, in order (1-1, 1-n, n-m up to ``max_side`` a side, and unaligned).
    ``glossary``: (src_term, tgt_term[, id]) pairs found on both sides become evidence; ``lexicons``:
    extra lexicons for other language pairs; ``learn``: the second pass that learns document-specific word
    pairs. Releases the GIL. Raises LanguageError for an unknown or ``und`` tag.

    >>> [(u.src, u.tgt) for u in align(["你好。", "谢谢你！"], ["Hello.", "Thank you!"], src_lang="zh-Hans", tgt_lang="en")]
    [([0], [0]), ([1], [1])]
    """

def align_batch(
    docs: list[tuple[list[str], list[str]]],
    *,
    src_lang: str,
    tgt_lang: str,
    glossary: list[tuple[str, str]] | list[tuple[str, str, str]] | None = None,
    lexicons: list[Lexicon] | None = None,
    learn: bool = True,
    max_side: int = 6,
) -> list[list[AlignmentUnit]]:
    """Aligns many (src_sentences, tgt_sentences) pairs in parallel with the GIL released; same options
    as :func:`align`."""

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
    """``src_text<TAB>tgt_text`` lines, one per unit."""

def to_tmx(units: list[AlignmentUnit], src: list[str], tgt: list[str], *, src_lang: str, tgt_lang: str) -> str:
    """A TMX 1.4b document of the units aligned on both sides."""

def write_align_format(units: list[AlignmentUnit]) -> str:
    """Vecalign's ``.align`` lines (``[0, 1]:[0]``)."""
