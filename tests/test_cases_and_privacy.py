"""Which case a document joins, and that whole SSNs and account numbers never leave the service."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from lossmit_docs.judging.cases import assign, loan_in_file_name, loan_in_folder
from lossmit_docs.model import Document, PageRef
from lossmit_docs.privacy import RedactingFilter, redact


@pytest.mark.parametrize(
    ("name", "loan"),
    [
        ("0012345678_paystub.pdf", "0012345678"),
        ("Smith 0012345678.pdf", "0012345678"),
        ("LN6022716913_Snyder_2.pdf", "6022716913"),
        ("SNYDER.6022716913.1.pdf", "6022716913"),
        ("scan_20250430.pdf", None),  # a date, not a loan
        ("scan20250902_711534.pdf", None),  # a date stamp and the scanner's counter
        ("IMG_20250902_143015.pdf", None),  # a date stamp and a time of day
        ("Scan_2027-03-26_131328.pdf", None),  # a date written with dashes, then the time of day
        ("2027-03-26_9049980842.pdf", "9049980842"),  # ... then a loan number, longer than a stamp
        ("20250902_0012345678_paystub.pdf", "0012345678"),  # a loan number is longer than a stamp
        ("IMG_9231.pdf", None),
        ("FAX92477622.pdf", None),  # a fax server's job number
        ("MFP2502047241.pdf", None),  # a copier's scan counter
        ("Loan#0012345678 smith.pdf", "0012345678"),
        ("0012345678 and 0098765432.pdf", None),  # two different loans: say nothing
        ("fax_20280413289818.pdf", None),  # a date with the fax server's counter run on to it
        ("FAX_20300624_128836_5555550142.pdf", None),  # date, time, then the sending fax's number
        ("FAX_20300930_782_0064470309 Loan 0064470309.pdf", "0064470309"),  # unless the name calls it the loan
        ("Scan_2027-03-26_131328_0012345678.pdf", "0012345678"),  # a scanner's stamp, then the loan: no fax
        ("IMG_20250902_143015_0012345678.pdf", "0012345678"),
        ("000527161194 statement.pdf", "000527161194"),  # twelve digits that do not open with a date
        # a mail robot's time of day first, then the run the name calls the loan
        ("mail-robot/2030-11-25/061726 [Loan 0202460177] 1 of 5 - TH-22.pdf", "0202460177"),
        ("LN 1234567 and loan 7654321.pdf", None),  # two labelled loans: say nothing
        # an assistance program's case number is a reference of its own, its serial no loan number
        ("HSN_CaseSummary_HSN-41-0207718.pdf", None),
        ("HAF 2041-0207718 Smith.pdf", None),
        ("HSN-41-0207718_0012345678.pdf", "0012345678"),
        ("2027-03-26-9049980842.pdf", "9049980842"),  # after a date written with dashes it is still a loan
        ("fax_0000418827.pdf", None),  # a fax server's job number
        ("RXFAX-0000418827.pdf", None),
        ("fax_0000418827 Loan 0837265190.pdf", "0837265190"),
        # a fax server's month and day, its time in hours and minutes, then the sending machine's number
        ("FAX_0814_1412_8035550190.pdf", None),
        ("RX_0418_1005_5415550166.pdf", None),  # a fax server's received file
        ("RX_0418_1005_5415550166 Loan 5520093148.pdf", "5520093148"),
        ("Scan_0418_1005_0012345678.pdf", "0012345678"),  # no fax: a scanner's counter, then the loan
    ],
)
def test_loan_number_in_file_name(name: str, loan: str | None) -> None:
    assert loan_in_file_name(name) == loan


def test_loan_number_in_folder() -> None:
    assert loan_in_folder("0014393216/scan0031.pdf") == "0014393216"
    assert loan_in_folder("Smith/scan0031.pdf") is None
    # a borrower's folder as staff name it, read as a file name is; a dated batch folder names no loan
    assert loan_in_folder("Zeller - 0024917871/Scan_20300522_0002.pdf") == "0024917871"
    assert loan_in_folder("Loan 0024917871 (Zeller)/scan.pdf") == "0024917871"
    assert loan_in_folder("Scans 2030-05-22/Scan_20300522_0002.pdf") is None
    assert loan_in_folder("scan_20300522_131328/page.pdf") is None
    # dates, times of day and batch counters name no loan, nested or not; two loans say nothing
    for folder in ("20250430", "202506021430", "20250602143015", "143015", "Batch 104522"):
        assert loan_in_folder(f"{folder}/scan.pdf") is None, folder
    assert loan_in_folder("Zeller - 0024917871/2030-05-22 131328/scan.pdf") == "0024917871"
    assert loan_in_folder("0024917871/Batch 104522/scan.pdf") == "0024917871"
    assert loan_in_folder("0024917871/0012345678/scan.pdf") is None
    assert loan_in_folder("scan0031.pdf") is None


def _doc(doc_id: str, pages: list[int], text: str = "", loan: str | None = None) -> Document:
    return Document(
        id=doc_id,
        type="other",
        type_confidence=0.9,
        received_on=date(2025, 6, 2),
        pages=[PageRef("f.pdf", n) for n in pages],
        text=text,
        loan_number=loan,
    )


def test_separator_sheets_split_one_file_between_loans() -> None:
    docs = [_doc("D1", [2, 3]), _doc("D2", [5])]
    placed = assign("batch.pdf", docs, {1: "111111111", 4: "222222222"}, {})
    assert (placed["D1"].loan_number, placed["D2"].loan_number) == ("111111111", "222222222")
    assert placed["D1"].how == "separator_sheet"


def test_a_cover_sheet_scanned_last_names_the_loan_of_the_pages_before_it() -> None:
    """A stack fed face up puts its cover sheet last; with nothing after it, the sheet is still the file's."""
    docs = [_doc("D1", [1, 2, 3]), _doc("D2", [4])]
    placed = assign("Scan_20290406_842665.pdf", docs, {5: "0095702984"}, {})
    assert {d: (a.loan_number, a.how) for d, a in placed.items()} == {
        "D1": ("0095702984", "separator_after"), "D2": ("0095702984", "separator_after")}
    # inferred from where it lies, it comes after what the folder, the file name or a page's own text says
    own = _doc("D1", [1], loan="0012345678")
    assert assign("0012345678/scan.pdf", [own], {5: "0095702984"}, {})["D1"].loan_number == "0012345678"
    assert assign("scan.pdf", [own], {5: "0095702984"}, {})["D1"].loan_number == "0012345678"
    # a sheet with pages after it cuts the file as ever: the pages before it are not its
    assert assign("batch.pdf", [_doc("D1", [1]), _doc("D2", [3])], {2: "0095702984"}, {})["D1"].how == "unassigned"
    # two sheets at the end say nothing of which loan the pages before them are
    assert assign("batch.pdf", docs, {5: "0095702984", 6: "0012345678"}, {})["D1"].how == "unassigned"


def test_a_combined_fax_follows_the_loan_its_application_names() -> None:
    docs = [_doc("D1", [1], loan="0032034631"), _doc("D2", [2, 3])]
    placed = assign("fax.pdf", docs, {}, {})
    assert placed["D2"].loan_number == "0032034631" and placed["D2"].how == "same_file"


def test_a_pay_stub_is_placed_by_the_borrower_name_only_when_one_case_matches() -> None:
    stub = _doc("D1", [1], text="EARNINGS STATEMENT  Employee: MARK J. SNYDER  Gross Pay 2,000.00")
    assert assign("stub.pdf", [stub], {}, {"6022716913": ["Mark Snyder"]})["D1"].loan_number == "6022716913"
    both = {"6022716913": ["Mark Snyder"], "7000000001": ["Mark Snyder"]}
    assert assign("stub.pdf", [stub], {}, both)["D1"].how == "unassigned"


def test_a_files_pages_follow_the_one_case_its_borrowers_name_placed() -> None:
    """Two rent checks scanned into one file: OCR misspells the payee on one ("Pettiqrew"), which still
    belongs with the other; with no page placed, or two cases named, nothing is guessed."""
    checks = [_doc("D1", [1], text="PAY TO THE ORDER OF Percival Pettiqrew"),
              _doc("D2", [2], text="PAY TO THE ORDER OF Percival Pettigrew")]
    cases = {"0024128851": ["Percival T. Pettigrew"]}
    placed = assign("rent checks May June.pdf", checks, {}, cases)
    assert {d: (a.loan_number, a.how) for d, a in placed.items()} == {
        "D1": ("0024128851", "same_file_name"), "D2": ("0024128851", "borrower_name")}
    # a page naming someone else entirely, whose case is not open yet, does not follow
    stranger = _doc("D3", [3], text="EARNINGS STATEMENT Employee: Bob Stone Gross Pay 1,000.00")
    assert assign("stubs.pdf", [checks[1], stranger], {}, cases)["D3"].how == "unassigned"
    assert assign("rent checks.pdf", checks[:1], {}, cases)["D1"].how == "unassigned"
    other = _doc("D3", [3], text="PAY TO THE ORDER OF Mark Snyder")
    two = assign("checks.pdf", [*checks, other], {}, {**cases, "6022716913": ["Mark Snyder"]})
    assert two["D1"].how == "unassigned"
    # a sheet's pages are its loan's; the pages before the first sheet are not guessed to be
    sheet = assign("batch.pdf", [_doc("D1", [1]), _doc("D2", [3])], {2: "0095702984"}, {})
    assert sheet["D1"].how == "unassigned"


def test_ssn_and_account_numbers_are_cut_to_last_four() -> None:
    text = "SSN 900-12-3456, Account Number: 12345678901234 and 900123456"
    cleaned = redact(text)
    assert "900-12-3456" not in cleaned and "12345678901234" not in cleaned and "900123456" not in cleaned
    assert "3456" in cleaned and "1234" in cleaned


def test_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("lossmit.test")
    handler_filter = RedactingFilter()
    logger.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger="lossmit.test"):
            logger.info("borrower ssn %s", "900-12-3456")
    finally:
        logger.removeFilter(handler_filter)
    assert "900-12-3456" not in caplog.text and "3456" in caplog.text


def test_only_a_loan_label_names_the_loan() -> None:
    from lossmit_docs.model import Page, TextMethod
    from lossmit_docs.reading.documents import read_documents

    def loans(text: str) -> list[str | None]:
        page = Page(1, text, TextMethod.TEXT_LAYER, 1.0)
        documents, _ = read_documents("f.pdf", "", [page], date(2025, 6, 2))
        return [d.loan_number for d in documents]

    assert loans("City Water Utility\nAccount number 53245406\nAmount due $42.10") == [None]
    assert loans("Dear borrower,\nRe: Loan number 0012345678\nWe received your letter.") == ["0012345678"]
