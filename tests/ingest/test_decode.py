import codecs

import pytest

from storyline.errors import RejectCode, Rejected
from storyline.ingest.decode import decode_bytes, normalize_text

TEXT = "Le café de Zoë — “quoted” and ’apostrophes’. Tokyo said it would respond on Monday."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_decodes_unicode_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


def test_decodes_cp1252() -> None:
    text = ("The café’s owner said “we will stay open” — and so they did. " * 5).strip()
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert (
        encoding in {"cp1252", "windows-1252", "cp1250", "latin_1", "iso8859_15"}
        or "125" in encoding
    )


def test_decodes_shift_jis() -> None:
    text = (
        "日本政府は北朝鮮との対話について慎重な姿勢を崩していない。官房長官が記者会見で述べた。" * 3
    )
    decoded, encoding = decode_bytes(text.encode("shift_jis"))
    assert decoded == text
    assert "shift" in encoding or "932" in encoding


def test_utf16_without_bom_is_not_taken_for_binary() -> None:
    text = "Senior Japanese officials said Tuesday that the stance is unchanged. " * 4
    decoded, _ = decode_bytes(text.encode("utf-16-le"))
    assert decoded == text


@pytest.mark.parametrize(
    "data, needle",
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)), "gzip"),
    ],
)
def test_binary_formats_are_named(data: bytes, needle: str) -> None:
    with pytest.raises(Rejected) as info:
        decode_bytes(data)
    assert info.value.code is RejectCode.BINARY
    assert needle in info.value.reason


def test_random_bytes_with_nul_are_binary() -> None:
    data = bytes([0, 1, 2, 3, 254, 255, 7, 8] * 300)
    with pytest.raises(Rejected) as info:
        decode_bytes(data)
    assert info.value.code in (RejectCode.BINARY, RejectCode.UNDECODABLE)


def test_normalize_text_is_nfc_and_unix_newlines() -> None:
    assert normalize_text("Cafe\u0301\r\nnext\rline\x07") == "Café\nnext\nline"
