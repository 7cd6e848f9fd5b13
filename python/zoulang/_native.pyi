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

# --- glossary ---------------------------------------------------------------------------------------

_GlossaryFormat: TypeAlias = Literal["tsv", "csv", "omegat", "json", "tbx"]

def fold_for_matching(text: str) -> tuple[str, OffsetMap]:
    """Folds text for term matching (NFKC, half width, dashes, quotes, spaces, lower case, Chinese to
    Simplified) and returns it with the OffsetMap back to ``text`` (code points).

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
        """Reads a CSV glossary with language headers, as CAT tools export."""
    @staticmethod
    def from_json(path: str) -> Glossary:
        """Reads a JSON glossary."""
    @staticmethod
    def from_tbx(path: str) -> Glossary:
        """Reads a TBX glossary (TBX-Basic or the older martif form)."""
    @staticmethod
    def from_omegat(path: str, *, source_lang: str = "en", target_lang: str = "zh-Hans") -> Glossary:
        """Reads a bilingual OmegaT glossary (source<TAB>target<TAB>comment)."""
    @staticmethod
    def parse(
        text: str,
        *,
        format: _GlossaryFormat,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
    ) -> Glossary:
        """Parses glossary text in ``format`` (tsv, csv, omegat, json, tbx)."""
    @staticmethod
    def _from_json(text: str) -> Glossary:
        """Rebuilds a glossary from its JSON form (used by pickling)."""
    def write(
        self, format: _GlossaryFormat, *, source_lang: str = "en", target_lang: str = "zh-Hans"
    ) -> str:
        """The glossary as text in ``format`` (tsv, csv, omegat, json, tbx)."""
    def write_path(
        self,
        path: str,
        *,
        format: _GlossaryFormat | None = None,
        source_lang: str = "en",
        target_lang: str = "zh-Hans",
    ) -> None:
        """Writes the glossary to ``path``, the format from ``format`` or the extension."""
    def merged(self, other: Glossary) -> Glossary:
        """A new glossary with the entries of both (an id in both is an error)."""
    def find(self, text: str) -> list[TermMatch]:
        """Every glossary term in ``text``, leftmost-longest, with code point offsets."""
    def find_batch(self, texts: list[str]) -> list[list[TermMatch]]:
        """``find`` on many texts in parallel, with the GIL released."""
    def lookup(self, id: str, lang: str) -> str | None:
        """The preferred term of entry ``id`` in ``lang``, or None."""
    def translate(self, term: str, *, to_lang: str) -> str | None:
        """The preferred ``to_lang`` term of the entry that ``term`` names (folded: case, width, script), or None."""
    def check_pair(self, src: str, tgt: str, *, src_lang: str, tgt_lang: str) -> list[CheckIssue]:
        """Key-term check of an aligned pair: source terms whose target equivalent is missing, forbidden
        terms used in the target."""
    def jieba_user_words(self, *, freq: int = 100000) -> str:
        """The Chinese terms as a jieba user dictionary (``word freq nz`` per line)."""
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
