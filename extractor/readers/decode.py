"""Bytes to text: trust what the file declares, then UTF-8, then detection.

Chinese sites declare gb2312 but use GBK/GB18030 characters (朱镕基), so every
GB family name decodes as gb18030; Big5 decodes as big5hkscs (its superset).
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


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding used). Raises UndecodableError for binary data."""
    if looks_binary(data):
        raise UndecodableError("binary file (not text)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff"), enc
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        enc = normalise_encoding(best.encoding)
        if enc != "utf-8":
            try:
                return data.decode(enc), enc
            except (UnicodeDecodeError, LookupError):
                pass
    # Mostly UTF-8 with a few bad bytes: keep the text, mark the damage.
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if bad <= max(8, len(data) // 1000):
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacement characters)"
    raise UndecodableError(f"not decodable as text ({utf8_error.reason} at byte {utf8_error.start})")
