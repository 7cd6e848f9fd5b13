"""The exceptions zoulang raises.

Every error from zoulang's native code is a :class:`ZoulangError`; the subclass says what kind of thing went
wrong, and the message says what and where (file, line, byte offset). Errors in arguments also subclass
:class:`ValueError`, and a missing file also subclasses :class:`FileNotFoundError`, so code that catches the
built-in classes keeps working.

>>> import zoulang
>>> try:
...     zoulang.normalize("x", form="nfx")
... except zoulang.ArgumentError as e:
...     print(e)
unknown normalization form `nfx`; valid values: nfc, nfd, nfkc, nfkd, none

Strings that cannot be encoded as UTF-8 (lone surrogates such as ``"\\ud800"``) raise the built-in
:class:`UnicodeEncodeError` before zoulang sees them; no input crashes the interpreter.
"""

from __future__ import annotations

__all__ = [
    "ZoulangError",
    "ArgumentError",
    "LanguageError",
    "EncodingError",
    "FormatError",
    "MissingFileError",
    "FileError",
    "InputTooLargeError",
]


class ZoulangError(Exception):
    """Base class of every error zoulang raises."""


class ArgumentError(ZoulangError, ValueError):
    """An argument outside its valid set: an unknown conversion config, normalisation form or width, an
    invalid offset map. The message lists the valid values."""


class LanguageError(ArgumentError):
    """An unknown language tag, or a language the operation does not support."""


class EncodingError(ZoulangError, ValueError):
    """Bytes that are not valid UTF-8; the message names the source and the byte offset."""


class FormatError(ZoulangError, ValueError):
    """A malformed data file (glossary, alignment file): the message names the file, line and problem."""


class MissingFileError(ZoulangError, FileNotFoundError):
    """A file that does not exist."""


class FileError(ZoulangError, OSError):
    """Any other failure to read or write a file."""


class InputTooLargeError(ZoulangError, ValueError):
    """Input over a documented size limit."""
