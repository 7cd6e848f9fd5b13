"""Type stubs for zoulang's native module (checked against the built module with mypy.stubtest)."""

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

def split_sentences_batch(
    texts: list[str], *, lang: _Lang = "auto", hard_wrap: bool = False, semicolons: bool = False
) -> list[list[Sentence]]:
    """``split_sentences`` over many texts in parallel on all cores, with the GIL released."""

def segment_words(text: str, *, lang: _Lang = "auto") -> list[Token]:
    """Cuts text into words (code point offsets): jieba for Chinese (Traditional folded to Simplified for
    cutting), ICU dictionaries for Thai, Lao, Khmer, Burmese and Japanese, UAX #29 words otherwise. White
    space is never a token. Raises LanguageError for an unknown tag.

    >>> [t.text for t in segment_words("ทุกสองสัปดาห์", lang="th")]
    ['ทุก', 'สอง', 'สัปดาห์']
    """

def segment_words_batch(texts: list[str], *, lang: _Lang = "auto") -> list[list[Token]]:
    """``segment_words`` over many texts in parallel on all cores, with the GIL released."""

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
        """Splits many texts in parallel with the GIL released."""
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
        """Segments many texts in parallel with the GIL released."""
    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, list[str]]]: ...
