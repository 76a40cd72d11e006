"""A mortgage assistance application's property address read whole when its city, state and ZIP code each
have a caption of their own: captions over the cells of one row with each answer under its caption (on a
two-column form whose caption row runs on into the next column's question; on a form drawn cell by cell),
captions with their answers right of them ("City* Bozeman  State * MT" over "ZIP Code * 59779", born-digital
and scanned through real tesseract), each part on a row of its own, and a form filled in a PDF editor whose
answers come after all the labels in the text layer. A stray short word OCR is unsure of in the city's cell
(its box's border read as a "1" or a "7") is no part of the city."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk, text_layer_words
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf, printed_and_scanned


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


HEAD = (Ink(72, 60, "MORTGAGE ASSISTANCE APPLICATION", 13, "Helvetica-Bold"),
        Ink(72, 100, "Borrower name"), Ink(200, 100, "Dolores E. Whitehorse"),
        Ink(72, 120, "Loan number"), Ink(200, 120, "0645577362"))
CAPTION = (7.5, "Helvetica-Bold")  # small bold capitals over an answer cell


def _born_digital(path: Path, inks: Sequence[Ink]) -> Path:
    """The application's first page: its heading, the borrower and loan, then the address as laid out."""
    return placed_text_pdf(path, [[*HEAD, *inks]])


def _address(reader: PageReader, path: Path, method: TextMethod = TextMethod.TEXT_LAYER) -> str | None:
    pages = reader.read(path)
    assert pages[0].method is method
    return extract_application(pages, ref, PdfInk(path, pages))["property_address"].value


# --- 1. captions over the cells of one row, each answered under it -------------------------------------

CAPTIONS_OVER_ANSWERS = {
    # the caption row runs on into the next column's question, so what is right of "ZIP" is no answer
    "another column beside": (
        Ink(72, 160, "PROPERTY STREET ADDRESS", *CAPTION), Ink(72, 174, "898 Tamarack Cir", 10),
        Ink(72, 196, "CITY", *CAPTION), Ink(200, 196, "STATE", *CAPTION), Ink(250, 196, "ZIP", *CAPTION),
        Ink(340, 196, "Is the home listed for sale? No", 9),
        Ink(72, 210, "Muncie", 10), Ink(200, 210, "IN", 10), Ink(250, 210, "47361", 10)),
    # each cell drawn caption then answer: the text layer reads "CITY Muncie STATE IN ZIP 47361", so the
    # captions never spell "City State ZIP" together
    "drawn cell by cell": (
        Ink(72, 160, "PROPERTY STREET ADDRESS", *CAPTION), Ink(72, 174, "898 Tamarack Cir", 10),
        Ink(72, 196, "CITY", *CAPTION), Ink(72, 210, "Muncie", 10),
        Ink(250, 196, "STATE", *CAPTION), Ink(250, 210, "IN", 10),
        Ink(330, 196, "ZIP", *CAPTION), Ink(330, 210, "47361", 10)),
}


@pytest.mark.parametrize("layout", list(CAPTIONS_OVER_ANSWERS))
def test_city_state_and_zip_captions_over_a_row_of_cells_each_answered_under_it(
        reader: PageReader, tmp_path: Path, layout: str) -> None:
    """"CITY  STATE  ZIP" over "Muncie  IN  47361": each part is the answer under its own caption. Before,
    only the street was kept, the city, state and ZIP under their captions lost."""
    path = _born_digital(tmp_path / "cells.pdf", CAPTIONS_OVER_ANSWERS[layout])
    # (as a report compares addresses: the comma after the town is the reader's, not the borrower's)
    assert (_address(reader, path) or "").replace(",", "") == "898 Tamarack Cir Muncie IN 47361"


# --- 2. captions with answers right of them, the ZIP on the row below ----------------------------------

CITY_AND_STATE_OVER_ZIP = (
    Ink(72, 160, "Property Address *"), Ink(170, 160, "9863 Juniper Hollow Dr"),
    Ink(72, 180, "City*"), Ink(110, 180, "Bozeman"), Ink(300, 180, "State *"), Ink(345, 180, "MT"),
    Ink(72, 200, "ZIP Code *"), Ink(130, 200, "59779"))
BOZEMAN = "9863 Juniper Hollow Dr, Bozeman, MT 59779"


def test_state_beside_the_city_and_the_zip_on_the_row_below(reader: PageReader, tmp_path: Path) -> None:
    """"City* Bozeman  State * MT" over "ZIP Code * 59779": the city's answer ends where the state's caption
    begins, and the ZIP is found under the state's caption's row though not under the city's caption's
    left edge. Before, the address stopped at the street."""
    path = _born_digital(tmp_path / "beside.pdf", CITY_AND_STATE_OVER_ZIP)
    assert _address(reader, path) == BOZEMAN


SCAN_DPI = 200  # a copier's grey scan; the reader OCRs it at its own 300 dpi


def test_state_beside_the_city_and_the_zip_below_scanned_through_ocr(reader: PageReader, tmp_path: Path) -> None:
    """The same form printed and scanned: tesseract writes "City* Bozeman State *" and "ZIP Code* 59779" as
    lines of their own and "MT" apart from them, yet each part is still the answer right of its caption."""
    born = _born_digital(tmp_path / "born.pdf", CITY_AND_STATE_OVER_ZIP)
    scan = printed_and_scanned(born, SCAN_DPI, tmp_path / "scan.pdf")
    assert _address(reader, scan, TextMethod.OCR) == BOZEMAN


# --- 3. each on a row of its own, answered right of its caption ----------------------------------------

ROWS_OF_THEIR_OWN = {
    # the street answered under its caption, so the city's row is more than four lines under the label
    "street answered under its caption": (
        Ink(72, 160, "Property address"), Ink(72, 178, "41 Prairie View Rd", 10),
        Ink(72, 206, "City"), Ink(170, 206, "Cedar Falls"),
        Ink(72, 228, "State"), Ink(170, 228, "IA"),
        Ink(72, 250, "ZIP code"), Ink(170, 250, "50655")),
    # captions set flush right against their answers: "ZIP code" starts well left of "State"
    "captions flush right": (
        Ink(160, 160, "Property address", align="r"), Ink(170, 160, "41 Prairie View Rd"),
        Ink(160, 180, "City", align="r"), Ink(170, 180, "Cedar Falls"),
        Ink(160, 200, "State", align="r"), Ink(170, 200, "IA"),
        Ink(160, 220, "ZIP code", align="r"), Ink(170, 220, "50655")),
}


@pytest.mark.parametrize("layout", list(ROWS_OF_THEIR_OWN))
def test_city_state_and_zip_each_on_a_row_of_their_own(reader: PageReader, tmp_path: Path, layout: str) -> None:
    """"City  Cedar Falls" / "State  IA" / "ZIP code  50655": each caption is found near the one before it
    wherever it starts along its row. Before, a caption had to start at the one above's left edge and the
    city's row had to lie within four lines of the street's label."""
    path = _born_digital(tmp_path / "rows.pdf", ROWS_OF_THEIR_OWN[layout])
    assert _address(reader, path) == "41 Prairie View Rd, Cedar Falls, IA 50655"


# --- 4. a form filled in a PDF editor: answers drawn after all the labels ------------------------------

FILLED_IN_AN_EDITOR = (
    Ink(72, 160, "Property Address:"), Ink(160, 160, "3104 Sycamore Ln"),
    # the form's label line, one string, blank spaces left for the answers...
    Ink(72, 180, "City:                                       State:                Zip Code:"),
    # ...and the answers an editor typed into them, drawn after it, right of each label
    Ink(100, 180, "Muncie"), Ink(225, 180, "IN"), Ink(310, 180, "47391"))


def test_a_form_filled_in_a_pdf_editor_keeps_its_city(reader: PageReader, tmp_path: Path) -> None:
    """The text layer reads "City: State: Zip Code: Muncie IN 47391": the labels spell "City, State, ZIP"
    together and the answers typed inside their span come after them. The answers inside the label's span
    are the address's too. Before, the city and state were lost ("3104 Sycamore Ln, 47391")."""
    path = _born_digital(tmp_path / "editor.pdf", FILLED_IN_AN_EDITOR)
    assert "City: State: Zip Code: Muncie IN 47391" in " ".join(w.text for w in text_layer_words(path, 1))
    assert _address(reader, path) == "3104 Sycamore Ln, Muncie IN 47391"


# --- guard: city, state and ZIP asked by one label on a line of its own --------------------------------


def test_city_state_zip_asked_by_one_label_is_read_as_before(reader: PageReader, tmp_path: Path) -> None:
    """"City, State, ZIP: Waco TX 76781": one label asks all three, answered right of it, as it always was."""
    path = _born_digital(tmp_path / "one_label.pdf", (
        Ink(72, 160, "Property address:"), Ink(170, 160, "514 Brazos Bend"),
        Ink(72, 180, "City, State, ZIP:"), Ink(170, 180, "Waco TX 76781")))
    assert _address(reader, path) == "514 Brazos Bend, Waco TX 76781"


# --- 5. a cell's border read as a stray short word, unsurely -------------------------------------------

Chunk = tuple[float, str, float]  # left edge (page width), words, OCR confidence


def _ocr_page(rows: Sequence[tuple[float, Sequence[Chunk]]]) -> Page:
    """An OCR'd letter page whose rows hold chunks of words at the given left edges and confidences."""
    char_w, line_h = 0.0075, 0.012
    words: list[Word] = []
    for top, chunks in rows:
        for left, text, confidence in chunks:
            x = left
            for token in text.split():
                words.append(Word(token, confidence, (x, top, x + len(token) * char_w, top + line_h)))
                x += (len(token) + 1) * char_w
    text = "\n".join("   ".join(text for _, text, _ in chunks) for _, chunks in rows)
    return Page(1, text, TextMethod.OCR, 0.9, 0, 612.0, 792.0, words=tuple(words))


def _rows_of_their_own(stray: str, confidence: float) -> Page:
    """"City  Cedar Falls" / "State  IA" / "ZIP code  50655", the city's box's right side read as `stray`."""
    sure = 0.91
    return _ocr_page([(0.10, [(0.08, "Loan number 4471902356", sure)]),
                      (0.13, [(0.08, "Borrower name Lars E. Magnusson", sure)]),
                      (0.16, [(0.08, "Property address", sure), (0.25, "41 Prairie View Rd", sure)]),
                      (0.19, [(0.08, "City", sure), (0.25, "Cedar Falls", sure), (0.45, stray, confidence)]),
                      (0.22, [(0.08, "State", sure), (0.25, "IA", sure)]),
                      (0.25, [(0.08, "ZIP code", sure), (0.25, "50655", sure)])])


@pytest.mark.parametrize(("stray", "confidence"), [("1", 0.31), ("7", 0.45)])
def test_a_stray_short_word_read_unsurely_in_the_citys_cell_is_its_border(stray: str, confidence: float) -> None:
    """A "1" or "7" OCR is less than half sure of, at the far side of the city's cell, is the cell's border,
    no part of the city; a short word it is sure of is kept (a written answer, not a border). Before, the
    border stayed in the city ("Cedar Falls 1")."""
    fields = extract_application([_rows_of_their_own(stray, confidence)], ref)
    assert fields["property_address"].value == "41 Prairie View Rd, Cedar Falls, IA 50655"
    sure = extract_application([_rows_of_their_own(stray, 0.93)], ref)
    assert sure["property_address"].value == f"41 Prairie View Rd, Cedar Falls {stray}, IA 50655"
