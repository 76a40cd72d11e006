"""A servicer's web form printed from the browser: answers in cards, a small grey caption over each answer,
two or three cards to a row.

1. "Property address" and "Mailing address" head two cards side by side; the caption beside the property's is
   the next card's, not its answer, so the address is the one under the caption ("4417 West Saguaro Lane,
   ...") and not "Mailing address, 4417 ... Same as property".
2. An income card's caption names the tax form the income is reported on: "Self-employment, gig & app work
   (1099)". "(1099)" is the caption's, not the amount; the amount is the one under it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf

CAPTION, ANSWER = 7.0, 11.0


def _cards(y: float, cards: list[tuple[float, str, str]]) -> list[Ink]:
    """A row of cards at `y`: each card's caption, and its answer under it."""
    return [ink for x, caption, answer in cards
            for ink in (Ink(x, y, caption, CAPTION), Ink(x, y + 15, answer, ANSWER))]


def _portal_printout(path: Path) -> Path:
    page = [
        Ink(60, 50, "Larkspur Home Loans", 14, "Helvetica-Bold"),
        Ink(60, 80, "Mortgage Help Request", 16, "Helvetica-Bold"),
        Ink(60, 110, "About you", 12, "Helvetica-Bold"),
        *_cards(130, [(60, "Loan number", "5108826403"), (240, "Borrower full name", "Marcus D. Whitlow"),
                      (420, "Last 4 of SSN", "7702")]),
        Ink(60, 180, "Your home", 12, "Helvetica-Bold"),
        *_cards(200, [(60, "Property address", "4417 West Saguaro Lane, Glendale, AZ 85304"),
                      (330, "Mailing address", "Same as property")]),
        Ink(60, 250, "Monthly income before taxes", 12, "Helvetica-Bold"),
        *_cards(270, [(60, "Paychecks from an employer (wages, overtime)", "$2,112.50"),
                      (240, "Self-employment, gig & app work (1099)", "$1,687.00"),
                      (420, "Unemployment benefits", "$0.00")]),
        *_cards(320, [(60, "Total monthly income", "$3,799.50")]),
    ]
    return placed_text_pdf(path, [page])


def _fields(reader: PageReader, tmp_path: Path) -> dict[str, Field]:
    path = _portal_printout(tmp_path / "Mortgage Help Request - Review.pdf")
    pages = reader.read(path)
    return extract_application(pages, lambda n: PageRef(path.name, n), PdfInk(path, pages))


def test_the_address_card_beside_the_mailing_address_card(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields(reader, tmp_path)
    assert fields["loan_number"].value == "5108826403"
    assert fields["borrower_name"].value == "Marcus D. Whitlow"
    assert fields["property_address"].value == "4417 West Saguaro Lane, Glendale, AZ 85304"


def test_an_income_card_whose_caption_names_its_tax_form(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields(reader, tmp_path)
    assert fields["income.wages"].value == Decimal("2112.50")
    assert fields["income.self_employment"].value == Decimal("1687.00")
    assert fields["income.total"].value == Decimal("3799.50")

