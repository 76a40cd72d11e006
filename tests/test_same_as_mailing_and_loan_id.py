"""The 2013 Uniform Borrower Assistance Form's wordings: a property address answered "Same" (as the form
asks when the mailing address is the property's) is the mailing address, and "Loan I.D. Number" is the
loan number even under a letterhead whose servicer's name holds the word "Loan"."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossmit_docs.model import PageRef, TextMethod
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf

MAILING = "6995 Cobblestone Ct, Cedar Falls, IA 50612"


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


@pytest.mark.parametrize("answer", ["Same", "same as above", "SAME AS MAILING"])
def test_a_property_address_written_same_is_the_mailing_address(reader: PageReader, tmp_path: Path,
                                                                answer: str) -> None:
    path = placed_text_pdf(tmp_path / "ubaf.pdf", [[
        Ink(40, 40, "Fairhaven Home Loan Servicing, LLC", 12, "Helvetica-Bold"),
        Ink(40, 70, "UNIFORM BORROWER ASSISTANCE FORM", 13, "Helvetica-Bold"),
        Ink(40, 100, "Loan I.D. Number"), Ink(140, 100, "0096963336"),
        Ink(300, 100, "Servicer"), Ink(350, 100, "Fairhaven Home Loan Servicing, LLC"),
        Ink(40, 130, "BORROWER'S NAME", 7.5, "Helvetica-Bold"), Ink(40, 144, "Winston A. Delacorte", 10),
        Ink(40, 170, "MAILING ADDRESS", 7.5, "Helvetica-Bold"), Ink(40, 184, MAILING, 10),
        Ink(40, 210, "PROPERTY ADDRESS (IF SAME AS MAILING ADDRESS, JUST WRITE SAME)", 7.5, "Helvetica-Bold"),
        Ink(40, 224, answer, 10),
        Ink(40, 250, "E-MAIL ADDRESS", 7.5, "Helvetica-Bold"), Ink(40, 264, "winston@mail.example", 10),
    ]])
    pages = reader.read(path)
    assert pages[0].method is TextMethod.TEXT_LAYER
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["loan_number"].value == "0096963336"
    assert fields["property_address"].value == MAILING
