"""A copier's misread OCR layer, a servicer's form code that ties its pages together, Form 710's hardship page
faxed without its headings.

1. A copier's "searchable PDF" lays its own OCR under the scan; on some pages that layer misreads ("7,2l5.69",
   "G5B-HA2", a loan number with an "l" in it) and it never says how sure it is. Every such scan is OCR'd by the
   service itself, whatever the layer reads like, so its figures come from the image and carry a confidence.
2. A servicer's own application prints its form code on both pages ("Form GSB-HA2 (Rev. 01/2046)") with
   "Page 2 of 2"; its second page (income lines, then "Checking accounts", "Savings") reads more like a bank
   statement than an application, yet it is the application's second page. A code of capitals and figures
   with a hyphen counts as a form number, not only a letters-then-figures one ("FM-220"); a scan's
   "Page 2 2" whose "of" OCR lost still numbers the page.
3. Faxed in standard resolution, Form 710's dark section headings dither into noise and "Form 710" in the
   footer reads "Form 716": what is left of the hardship page is its table of hardships, whose documentation
   column names PCS orders, a divorce decree and a death certificate. Form 710's own sentences ("The hardship
   causing mortgage payment challenges began ...", "documentation verifying disability") keep the page the
   application's.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

import pdf_factory as pf
from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.split import split

APPLICATION = "mortgage_assistance_application"

# --- 1. a copier's misread layer ---------------------------------------------------------------------------

STUB = ("NORTHGATE HOSPITAL EARNINGS STATEMENT", "Employee: Rosalind T. Ferreira", "Pay date: 03/16/2046",
        "Gross pay 2,215.69", "Net pay 1,702.14")
MISREAD = ("N0RTHGATE H0SPITAL EARNINGS STATEMENT", "Employee: Rosa1ind T. Ferreira", "Pay date: O3/16/2046",
           "Gross pay 2,2l5.69", "Net pay l,702.14")


def test_a_copiers_misread_layer_over_a_scan_is_read_again_from_the_image(reader: PageReader, tmp_path: Path) -> None:
    """The layer is usable by its words alone (real words on several lines) but reads "2,2l5.69"; the page is
    OCR'd and the stub's figures come from the image. Before, the layer was the page's text."""
    path = tmp_path / "searchable.pdf"
    pf.scan_with_text_pdf(STUB, MISREAD, pf.ScanStyle(dpi=200), invisible=True, path=path)
    pages = reader.read(path)
    assert [page.method for page in pages] == [TextMethod.OCR]
    assert "2,215.69" in pages[0].text and "2,2l5.69" not in pages[0].text
    assert pages[0].words  # each word with its own confidence


# --- 2. a form code of capitals and figures ----------------------------------------------------------------

FORM_PAGE_1 = """GRANITE RIDGE BANK, N.A. Form GRB-HA2 (Rev. 01/2046)
Page 1 of 2
HARDSHIP ASSISTANCE APPLICATION
Loan number 4406172253
A. BORROWER INFORMATION
Borrower's full name Loretta K. Amundsen
Social Security number (last 4 digits only) 4471
C. HARDSHIP
Hardship began on (mm/dd/yyyy) 02/11/2046
Type of hardship (check all that apply)"""
FORM_PAGE_2 = """GRANITE RIDGE BANK, N.A. Form GRB-HA2 (Rev. 01/2046)
Page 2 of 2
Loan number 4406172253
D. MONTHLY GROSS INCOME (before taxes)
1. Wages and salary (gross) $ 3,140.00
TOTAL MONTHLY GROSS INCOME $ 3,140.00
E. ASSETS
Checking accounts and cash on hand $ 512.00
Savings, money market, CDs $ 1,480.00
F. CERTIFICATION AND SIGNATURES
Borrower signature Date (mm/dd/yyyy)"""


@pytest.mark.parametrize("numbered", ["Page 2 of 2", "Page 2 2"])  # (OCR may lose the small "of")
def test_a_form_code_of_capitals_and_figures_keeps_the_second_page_with_the_first(numbered: str) -> None:
    second = FORM_PAGE_2.replace("Page 2 of 2", numbered)
    pages = [Page(1, FORM_PAGE_1, TextMethod.OCR, 0.9), Page(2, second, TextMethod.OCR, 0.9)]
    assert classify_page(pages[1]).type != APPLICATION  # its words alone point elsewhere
    parts, _ = split(pages)
    assert [(part.type, part.pages) for part in parts] == [(APPLICATION, [1, 2])]


def test_a_different_form_code_still_begins_a_document_of_its_own() -> None:
    """Guard: the next paper's own form code is no continuation."""
    other = FORM_PAGE_2.replace("Form GRB-HA2", "Form GRB-BS7")
    pages = [Page(1, FORM_PAGE_1, TextMethod.TEXT_LAYER, 1.0), Page(2, other, TextMethod.TEXT_LAYER, 1.0)]
    parts, _ = split(pages)
    assert [part.pages for part in parts] == [[1], [2]]


# --- 3. Form 710's hardship page without its headings ------------------------------------------------------

def _form710_text() -> list[str]:
    with pdfplumber.open(io.BytesIO(pf.form710_filled({}))) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _as_faxed(text: str) -> str:
    """The page as OCR reads a standard-resolution fax of it: headings and the footer's form number lost."""
    lost = ("hardshipinformation", "typeofhardship", "form710")
    return "\n".join(line for line in text.splitlines() if not any(word in _squashed(line) for word in lost))


def _squashed(text: str) -> str:
    return "".join(text.lower().split())


def test_form_710s_hardship_page_faxed_without_its_headings_is_still_the_applications() -> None:
    first, second = _form710_text()[:2]
    faxed = Page(2, _as_faxed(second), TextMethod.OCR, 0.86)
    assert "(pcs)orders" in _squashed(faxed.text) and "deathcertificate" in _squashed(faxed.text)
    assert "typeofhardship" not in _squashed(faxed.text)
    assert classify_page(faxed).type == APPLICATION
    parts, _ = split([Page(1, first, TextMethod.OCR, 0.85), faxed])
    assert [(part.type, part.pages) for part in parts] == [(APPLICATION, [1, 2])]


def test_a_borrowers_letter_about_pcs_orders_is_not_taken_for_the_application() -> None:
    """Guard: a borrower's letter that names the orders is still a hardship letter."""
    letter = Page(1, "June 3, 2046\nDear Sir or Madam:\nI want to explain my hardship. My husband received Permanent "
                     "Change of Station (PCS) orders to Fort Liberty and our mortgage payment became hard to make.\n"
                     "Sincerely,\nAnna Ruiz", TextMethod.TEXT_LAYER, 1.0)
    assert classify_page(letter).type == "hardship_letter"
