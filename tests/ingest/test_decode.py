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


@pytest.mark.parametrize(
    "text",
    [
        ("The café’s owner said “we will stay open” — and so they did. " * 5).strip(),
        "Arsenal’s “record” £200m deal — a bonus of €70 for each fan.",  # was mac_iceland
        "The club’s new deal is worth £34m to the winners and £25m to the clubs who finish second.",
        "Die Regierung hat am Mittwoch den Haushaltsentwurf für das nächste Jahr beschlossen.",
    ],
)
def test_western_text_not_in_utf8_is_windows_1252(text: str) -> None:
    """A few Windows quotes, dashes, £ and € signs in English are not a Central European or
    DOS code page (charset-normalizer read the second as ìrecordî, the third as Ł34m)."""
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_short_crlf_lines_are_not_taken_for_binary() -> None:
    """Carriage returns are line ends, not control bytes, however short the lines."""
    text = "It’s official — the worst defence\r\n\r\n\r\n" + "Line one.\r\n\r\n" * 12
    decoded, _ = decode_bytes(text.encode("cp1252"))
    assert decoded == text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "text, encoding",
    [
        (
            "Vláda včera schválila návrh zákona o státním rozpočtu. Ministr financí řekl, "
            "že schodek bude nižší než loni a že daně se nezvýší.",
            "cp1250",
        ),
        (
            "Правительство в среду одобрило проект бюджета на следующий год. Министр "
            "финансов заявил, что дефицит будет меньше.",
            "cp1251",
        ),
    ],
)
def test_other_code_pages_are_still_detected(text: str, encoding: str) -> None:
    """Text with many letters outside ASCII is not read as Windows-1252."""
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


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
