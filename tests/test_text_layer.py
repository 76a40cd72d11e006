"""A text layer counts only when it holds the page's real words; footers and fragments do not."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader

import pdf_factory as pf
from lossmit_docs.reading import form_fields
from lossmit_docs.reading.text_layer import chars_text, is_usable, page_chars, read_text_layer

WATERMARK = "synthetic test document - not a real record"
SAMPLES = pf.SHARED / "samples"


def first_layer(data: bytes):  # type: ignore[no-untyped-def]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return read_text_layer(pdf.pages[0])


def test_born_digital_page_is_usable() -> None:
    layer = first_layer(pf.text_pdf([pf.SAMPLE_LETTER]))
    assert layer.usable and not layer.has_images
    assert "request a loan modification" in layer.text


def test_scan_without_text_is_not_usable() -> None:
    layer = first_layer(pf.scanned_pdf([pf.SAMPLE_LETTER], pf.ScanStyle(dpi=100)))
    assert layer.has_images and not layer.usable and layer.text == ""


def test_faint_footer_on_a_scan_is_not_a_text_layer() -> None:
    layer = first_layer(pf.scan_with_text_pdf(pf.SAMPLE_LETTER, [WATERMARK]))
    assert WATERMARK in layer.text
    assert layer.has_images and not layer.usable


def test_tiny_hidden_ocr_fragment_is_not_a_text_layer() -> None:
    layer = first_layer(pf.scan_with_text_pdf(pf.SAMPLE_LETTER, ["Dear Loan"], invisible=True))
    assert not layer.usable


def test_full_hidden_ocr_layer_of_a_searchable_scan_is_usable() -> None:
    layer = first_layer(pf.scan_with_text_pdf(pf.SAMPLE_LETTER, pf.SAMPLE_LETTER, invisible=True))
    assert layer.usable


def test_blank_page_draws_nothing() -> None:
    layer = first_layer(pf.many_pages_pdf(1))
    assert layer.draws_nothing and not layer.usable


@pytest.mark.parametrize(
    ("text", "has_images", "usable"),
    [
        ("(cid:3)(cid:17)(cid:42)\n(cid:5)(cid:9)(cid:11)(cid:7)(cid:8)(cid:2)(cid:1)", False, False),
        ("§¶•ª º¬ ∆˚ ˙©ƒ∂ß\n¥ˆ¨ øπ“ ‘«æ… ≥÷ ≤µ", False, False),
        ("xq zt kr pv\nbn mm ts", True, False),
        ("This page intentionally left blank", False, True),
        ("This page intentionally left blank", True, False),
        ("Pay date 03/14/2025 Gross pay 2,450.00\nNet pay 1,875.10 Employer Acme Logistics Inc", True, True),
    ],
)
def test_usable_rule(text: str, has_images: bool, usable: bool) -> None:
    assert is_usable(text, has_images=has_images) is usable


def test_tight_set_form_reads_as_separate_words() -> None:
    """Form 710 is set without space glyphs; a fixed tolerance would run its words together."""
    layer = first_layer(pf.FORM710_BLANK.read_bytes())
    assert "If you are having mortgage payment challenges" in layer.text
    assert layer.usable


def test_form_values_are_placed_beside_their_labels() -> None:
    data = pf.form710_filled({"Text_2": "Maria Gonzalez", "Checkbox_24": True, "Text_1": "0012345678"})
    values = form_fields.form_values_by_page(PdfReader(io.BytesIO(data)))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        text = chars_text(form_fields.merged_chars(page_chars(page), values[1], tuple(page.mediabox)))
    lines = text.splitlines()
    assert "Borrower's name Maria Gonzalez" in lines
    assert any(line.startswith("Loan number:") and line.endswith("0012345678") for line in lines)
    assert any("[X] A primary residence" in line for line in lines)


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("6022716913-letter.pdf", True),  # born digital, faint footer line included
        ("SNYDER.6022716913.1.pdf", True),
        ("6022716913-payslip.pdf", False),  # a scan
        ("LN6022716913_Snyder_2.pdf", False),
    ],
)
def test_sample_pages_are_told_apart(name: str, usable: bool) -> None:
    with pdfplumber.open(SAMPLES / "02-stale-pay-stubs" / "inbox" / name) as pdf:
        assert {read_text_layer(page).usable for page in pdf.pages} == {usable}
