"""Article bytes to text: the one decoder of every reader (files, standard input, pages,
table files).

UTF-8 first (a BOM dropped), then UTF-16 with its mark, then charset-normalizer's
best guess among the legacy encodings browsers support; binary data (NUL bytes, a
PDF, ZIP, image or other file signature, or many control characters) is refused with
:class:`~mediakit.ArticleError`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from mediakit._compiled import compile_pattern
from mediakit._text import ArticleError

__all__ = ["EXACT_ENCODINGS", "decode_bytes", "encoding_warning", "file_encoding"]

#: Encodings known for sure (UTF-8, or UTF-16 with its byte-order mark): no warning.
EXACT_ENCODINGS = ("utf-8", "utf-16")

# Legacy encodings of the WHATWG Encoding Standard (what browsers support).
# charset-normalizer's unrestricted guess often picks rare code pages such as
# mac_latin2 for short Western European texts; restricting the candidates
# keeps its guess to encodings that real articles are saved in.
_LEGACY_ENCODINGS = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "iso8859_2",
    "iso8859_4",
    "iso8859_5",
    "iso8859_7",
    "iso8859_8",
    "iso8859_10",
    "iso8859_13",
    "iso8859_15",
    "iso8859_16",
    "koi8_r",
    "koi8_u",
    "cp866",
    "gb18030",
    "big5",
    "euc_jp",
    "shift_jis",
    "iso2022_jp",
    "euc_kr",
]
_RANK = {e: i for i, e in enumerate(_LEGACY_ENCODINGS)}
_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file",
    b"PAR1": "a Parquet file",
}
_BINARY_CONTROL = compile_pattern(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _SIGNATURES.items():
        if data.startswith(magic):
            raise ArticleError(f"{source}: is {what}, not a text article")
    if b"\x00" in data:
        raise ArticleError(
            f"{source}: looks like a binary file (it contains NUL bytes); give a plain-text article"
        )


def decode_bytes(data: bytes, *, source: str = "input") -> tuple[str, str]:
    """Decode article bytes; returns ``(text, encoding)``.

    UTF-8 first (``encoding`` is ``"utf-8"``; a BOM is dropped), then UTF-16
    with a BOM, then charset-normalizer's best guess among the common legacy
    encodings.  Raises :class:`ArticleError` for binary data or when no
    encoding fits.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError(f"{source}: has a UTF-16 mark but is not valid UTF-16") from None
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        _refuse_binary(data, source)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _guess(data, source)
    sample = text[:8192]
    if sample and len(_BINARY_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ArticleError(f"{source}: looks like a binary file, not a text article")
    return text, encoding


def _guess(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=_LEGACY_ENCODINGS))
    if not matches:
        raise ArticleError(
            f"{source}: is not UTF-8 and no common text encoding fits; "
            "re-save the article as UTF-8 text"
        )
    # Of the encodings that fit equally well (and those that give the same text), the
    # first in _LEGACY_ENCODINGS: cp1252, the commonest, before cp1250 ("très", not "trčs")
    top = min((m.chaos, -m.coherence) for m in matches)
    tied = [
        enc
        for m in matches
        if (m.chaos, -m.coherence) == top
        for enc in (m.encoding, *m.could_be_from_charset)
    ]
    encoding = min(tied, key=lambda e: _RANK.get(e, len(_RANK)))
    return data.decode(encoding), encoding


def encoding_warning(source: str, encoding: str) -> str:
    return (
        f"{source}: not UTF-8; decoded as {encoding} "
        "(charset-normalizer's best guess; check the text)"
    )


def file_encoding(path: Path) -> str:
    """The encoding of a whole table file: UTF-8 if it all decodes, else a guess."""
    dec = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        head = fh.read(8192)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        _refuse_binary(head, str(path))
        chunk = head
        try:
            while chunk:
                dec.decode(chunk)
                chunk = fh.read(1 << 20)
            dec.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_path

    best = from_path(path, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None:
        raise ArticleError(f"{path}: is not UTF-8 and no common text encoding fits")
    return best.encoding
