"""Bytes to text: trust what the file declares, then UTF-8, then detection.

Chinese sites declare gb2312 but use GBK/GB18030 characters (朱镕基), so every
GB family name decodes as gb18030; Big5 decodes as big5hkscs (its superset).

A UTF-8 file with a few bad bytes keeps its text, each bad byte marked with
U+FFFD, rather than being guessed into another encoding (mojibake). Bytes that
are valid up to a character the file's end cuts short mean an interrupted
download: rejected as truncated.
"""
from __future__ import annotations

import codecs

import charset_normalizer
import regex

_DECLARED = regex.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["']|^encoding:\s*)([A-Za-z0-9_\-]{3,20})""",
    regex.I | regex.M,
)
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs", "x-big5": "big5hkscs",
}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def normalise_encoding(name: str) -> str:
    name = name.strip().lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        pass
    return _SUPERSETS.get(name, name)


def declared_encoding(head: bytes) -> str | None:
    m = _DECLARED.search(head[:4096])
    return normalise_encoding(m.group(1).decode("ascii")) if m else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a known binary signature: not an article."""
    head = data[:8192]
    if head.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


TRUNCATED = "truncated: the file ends in the middle of a character (an interrupted download?)"


def _cut_short(err: UnicodeDecodeError, data: bytes) -> bool:
    """The bytes decode up to a last character the file does not finish."""
    return err.end == len(data) and err.start >= len(data) - 4 and err.reason in (
        "unexpected end of data", "incomplete multibyte sequence")


def mostly_utf8(text: str, size: int) -> bool:
    """Text decoded as UTF-8 with replacement is UTF-8 with a little damage, not another encoding:
    few bad bytes, and at least as many characters that did decode as multi-byte UTF-8 (GB18030
    or Big5 text read as UTF-8 gives about one such character for ten bad ones)."""
    bad = text.count("\ufffd")
    decoded = sum(1 for ch in text if ch > "\x7f") - bad
    return bad <= max(8, size // 1000) and decoded >= bad


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding used). Raises UndecodableError for binary, truncated or undecodable data."""
    if looks_binary(data):
        raise UndecodableError("binary file (not text)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff"), enc
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError as err:
            if _cut_short(err, data):
                raise UndecodableError(TRUNCATED) from None
        except LookupError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _cut_short(err, data):
            raise UndecodableError(TRUNCATED) from None
        utf8_error = err
    # Mostly UTF-8 with a few bad bytes: keep the text, mark the damage.
    damaged = data.decode("utf-8", errors="replace")
    if mostly_utf8(damaged, len(data)):
        return damaged, "utf-8 (with replacement characters)"
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        enc = normalise_encoding(best.encoding)
        if enc != "utf-8":
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as err:
                if _cut_short(err, data):
                    raise UndecodableError(TRUNCATED) from None
            except LookupError:
                pass
    raise UndecodableError(f"not decodable as text ({utf8_error.reason} at byte {utf8_error.start})")
