"""Turn raw bytes into clean Unicode text: detect the encoding, refuse binary, NFC-normalize."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from charset_normalizer import from_bytes

from storyline.errors import RejectCode, Rejected

# Signatures of common binary formats, so the user is told what the file actually is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0/C1 control characters other than tab, newline and carriage return carry no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Western European languages write fewer than one letter in twenty outside ASCII (English
# hardly any, French and German a few in a hundred); Central European, Cyrillic, Greek or Asian
# text read as Windows-1252 has far more ("spotka³ siê" for "spotkał się").
_WESTERN_SHARE = 0.05
_WESTERN_SIGNS = frozenset("©®™°")  # signs of Western text besides punctuation and currency


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data` and return (text, encoding name).

    Order: a byte-order mark decides; then strict UTF-8 (most files are); then Windows-1252
    where it reads as Western text (`_western`); then charset-normalizer's best guess. Raises
    Rejected for binary or undecodable input.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise Rejected(RejectCode.BINARY, f"looks like {what}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data.decode(encoding)), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                detail = f"{encoding} byte-order mark but {exc.reason}"
                raise Rejected(RejectCode.UNDECODABLE, detail) from exc
    if b"\x00" not in data:
        try:
            return normalize_text(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            pass
        if (western := _western(data)) is not None and not _looks_binary(western):
            return normalize_text(western), "cp1252"
    best = from_bytes(data).best()
    if best is None:
        if b"\x00" in data:
            raise Rejected(RejectCode.BINARY, "contains NUL bytes and no text encoding fits")
        raise Rejected(RejectCode.UNDECODABLE, "charset detection found no match")
    text = str(best)
    if _looks_binary(text):
        raise Rejected(RejectCode.BINARY, f"decodes as {best.encoding} but is mostly control bytes")
    return normalize_text(text), best.encoding


def normalize_text(text: str) -> str:
    """NFC-normalize, unify line ends and drop control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def _western(data: bytes) -> str | None:
    """`data` read as Windows-1252 where that reads as Western text: besides punctuation and
    signs, at most `_WESTERN_SHARE` of its letters outside ASCII; else None. A news file not in
    UTF-8 is mostly in Windows' encoding of Western text (byte 0x92 for ’, 0xA3 for £), and
    charset-normalizer, weighing so few such bytes, often takes it for a Central European or
    DOS code page (’ read as Æ, £ as Ł)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined
        return None
    letters = len(data) - len(data.translate(None, _LETTER_BYTES))
    foreign = len(data) - len(data.translate(None, _FOREIGN_BYTES))
    return text if foreign <= _WESTERN_SHARE * letters else None


def _is_foreign(char: str) -> bool:
    """Does a character count against a Western reading: outside ASCII and no punctuation
    (’ “ — … « ¿), currency (£ €), space or © ® ™ ° (a letter such as é counts)?"""
    category = unicodedata.category(char)
    western = category[0] == "P" or category in {"Sc", "Zs"} or char in _WESTERN_SIGNS
    return ord(char) > 0x7F and not western


def _cp1252_bytes(wanted: Callable[[str], bool]) -> bytes:
    """The bytes whose Windows-1252 character is `wanted` (counted with bytes.translate)."""
    chars = {byte: bytes([byte]).decode("cp1252", errors="ignore") for byte in range(256)}
    return bytes(byte for byte, char in chars.items() if char and wanted(char))


_LETTER_BYTES = _cp1252_bytes(str.isalpha)
_FOREIGN_BYTES = _cp1252_bytes(_is_foreign)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.05
