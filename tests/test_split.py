"""Cutting combined scans: separator sheets, type changes, one-page types and "Page x of y"."""

from __future__ import annotations

from datetime import date

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.split import split

APP = "Mortgage Assistance Application\nBorrower Information\nLoan number: 123456789\nFannie Mae/Freddie Mac Form 710"
APP_2 = "Hardship Information\nTYPE OF HARDSHIP (CHECK ALL THAT APPLY)\nFannie Mae/Freddie Mac Form 710"
STUB = "Acme LLC Earnings Statement\nPay Date: 03/20/2025\nGross Pay $2,000.00 6,000.00\nNet Pay $1,500.00"
BANK = (
    "Prairie Bank Page {n} of 2\nStatement period: May 1, 2025 - May 31, 2025\n"
    "Beginning balance $10.00\nEnding balance $20.00"
)
LETTER = "June 1, 2025\nDear Sir or Madam:\nI want to explain my hardship.\nSincerely"


def pages(*texts: str, barcodes: dict[int, str] | None = None) -> list[Page]:
    return [
        Page(i, t, TextMethod.OCR, 0.9, barcodes=((barcodes or {})[i],) if i in (barcodes or {}) else ())
        for i, t in enumerate(texts, start=1)
    ]


def test_without_separator_cuts_on_type_and_one_page_types() -> None:
    fax = "FAX\nTo: Servicer\nFrom: Jo\nPages: 7 (including cover)\nRe: application"
    parts, separators = split(pages(fax, APP, APP_2, STUB, STUB, LETTER))
    assert separators == {}
    assert [(p.type, p.pages) for p in parts] == [
        ("mortgage_assistance_application", [2, 3]),
        ("pay_stub", [4]),
        ("pay_stub", [5]),
        ("hardship_letter", [6]),
    ]


def test_separator_sheets_cut_and_name_the_loan() -> None:
    parts, separators = split(pages("", STUB, "", LETTER, barcodes={1: "LOAN 0012345678", 3: "LOAN 0012345678"}))
    assert separators == {1: "0012345678", 3: "0012345678"}
    assert [(p.type, p.pages) for p in parts] == [("pay_stub", [2]), ("hardship_letter", [4])]


def test_page_numbers_put_pages_in_their_own_order() -> None:
    parts, _ = split(pages(LETTER, BANK.format(n=2), BANK.format(n=1), BANK.format(n=1), BANK.format(n=2)))
    assert [(p.type, p.pages) for p in parts] == [
        ("hardship_letter", [1]),
        ("bank_statement", [3, 2]),
        ("bank_statement", [4, 5]),
    ]


def test_weak_page_continues_a_multi_page_document_but_not_a_letter() -> None:
    parts, _ = split(pages(APP, "Other: $ 300.00\nsome notes", LETTER, "Member ID 1234"))
    assert [(p.type, p.pages) for p in parts] == [
        ("mortgage_assistance_application", [1, 2]),
        ("hardship_letter", [3]),
        ("other", [4]),
    ]


def test_read_documents_gives_ids_refs_and_dates() -> None:
    docs, separators = read_documents(
        "in/fax.pdf", "abc", pages("", STUB, LETTER, barcodes={1: "LOAN 55512345"}), date(2025, 7, 1)
    )
    assert separators == {1: "55512345"}
    assert [d.id for d in docs] == ["D01", "D02"]
    assert docs[0].pages[0].file == "in/fax.pdf" and docs[0].pages[0].page == 2
    assert docs[0].document_date == date(2025, 3, 20)
    assert docs[1].document_date == date(2025, 6, 1)
    assert all(d.scanned for d in docs)


def test_a_fax_machines_page_count_does_not_join_documents() -> None:
    """Every page of a fax carries the machine's "PAGE 03/04": the file's count, not a document's. A weak
    page after a one-page stub is not made its second page by it; a statement's own "Page: 1of1" ends it."""
    header = "08/14/2025 13:48 (885) 555-0152 BRANDT PAGE {n:02d}/04\n"
    weak = "Thank you for your patience while we review this matter."
    statement = "Prairie Bank\nStatement period: {m}/01/2025 - {m}/30/2025\nPage: 1of1\nBeginning balance $10.00"
    june, july = statement.format(m="06"), statement.format(m="07")
    parts, _ = split(pages(header.format(n=1) + STUB, header.format(n=2) + weak,
                           header.format(n=3) + june, header.format(n=4) + july))
    assert (parts[0].type, parts[0].pages) == ("pay_stub", [1])
    assert [p.pages for p in parts if p.type == "bank_statement"] == [[3], [4]]


ONE_PAGE_STATEMENT = ("Kitebird Bank, N.A.   Monthly statement\nEveryday Checking ending 4157\n"
                      "{start} - {end}\nTransactions\ndate, description, amount, balance\n"
                      "SUMMARY {start} to {end}\nOpening balance Money in Money out Closing balance\n"
                      "$783.01 $5,076.42 $2,464.28 $3,395.15")


def test_one_page_statements_of_different_periods_are_documents_of_their_own() -> None:
    """An online bank's one-page monthly statements scanned one after the other, with no "Page 1 of 1":
    each prints its own period, so each is a statement; a statement's second page printing the same
    period (or none) stays with it."""
    july = ONE_PAGE_STATEMENT.format(start="July 1, 2030", end="July 31, 2030")
    august = ONE_PAGE_STATEMENT.format(start="August 1, 2030", end="August 31, 2030")
    parts, _ = split(pages(APP, july, august))
    assert [(p.type, p.pages) for p in parts] == [
        ("mortgage_assistance_application", [1]), ("bank_statement", [2]), ("bank_statement", [3])]
    parts, _ = split(pages(july, "Kitebird Bank, N.A.\nJuly 1, 2030 - July 31, 2030\nTransactions (continued)\n"
                                 "Closing balance $3,395.15"))
    assert [(p.type, p.pages) for p in parts] == [("bank_statement", [1, 2])]
