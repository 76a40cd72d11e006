"""A questionnaire printed in two columns, each question answered on the line under it: the next column's
option on the question's row ("[ X ] My pay, hours or overtime were cut", set in a larger type whose row
the question's does not overlap) is never the answer, and the name under the question is."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossmit_docs.model import PageRef, TextMethod
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf

NAME = "Fitzgerald O. Amankwah"


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


@pytest.mark.parametrize("option", ["[ X ] My pay, hours or overtime were cut", "[ ] I lost my job or was furloughed"])
def test_the_next_columns_option_on_a_questions_row_is_not_its_answer(reader: PageReader, tmp_path: Path,
                                                                     option: str) -> None:
    path = placed_text_pdf(tmp_path / "questionnaire.pdf", [[
        Ink(40, 50, "BORROWER ASSISTANCE QUESTIONNAIRE", 13, "Helvetica-Bold"),
        Ink(40, 80, "Q1 Your mortgage loan number (it is on your monthly statement)", 7.5),
        Ink(320, 80, "Q13 What made it hard to make your payment? Mark every reason", 7.5),
        Ink(40, 94, "0019966534", 10), Ink(320, 94, "that applies.", 7.5),
        Ink(40, 118, "Q2 Your full name (first, middle, last)", 7.5),
        Ink(206, 121, option, 10),  # the right column's larger type sits a little lower
        Ink(40, 134, NAME, 10),
        Ink(40, 158, "Q3 The last four digits of your Social Security number", 7.5),
        Ink(40, 172, "0715", 10),
    ]])
    pages = reader.read(path)
    assert pages[0].method is TextMethod.TEXT_LAYER
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["borrower_name"].value == NAME
