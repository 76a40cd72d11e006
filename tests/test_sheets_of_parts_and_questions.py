"""Forms whose parts or questions run over several sheets, and answers that are another column's words.

1. The co-borrower's part on a sheet of its own ("PART B - CO-BORROWER" over "FULL LEGAL NAME"), after the
   borrower's sheet, names the co-borrower.
2. Hardship questions answered Yes or No, the list running on to the form's second sheet, are read together;
   the question's own printed "(yes / no)" is no answer, the word ending the row is.
3. Words read for a name that are mostly lower-case after a capital (the next column's option, "Long-term
   disability or serious illness (borrower or") are no name.
4. A caption's lower-case words that run on to a colon and a figure ("The hardship started on (mm/dd/yyyy):
   06/01/2047") are answered on the row, not under it (guard of the caption-goes-on rule).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import documents_read
from lossmit_docs.reading.extract_application import _no_name
from lossmit_docs.reading.pages import PageReader
from pdf_factory import text_pdf

RECEIVED = date(2047, 7, 1)
APPLICATION = "mortgage_assistance_application"

BORROWER_SHEET = [
    "BORROWER ASSISTANCE REQUEST  Form TRH-9  Sheet 1 of 2",
    "PART A - BORROWER",
    "Loan number: 0093817264",
    "Borrower's full name: Priya N. Castellanos",
    "Borrower's SSN (last 4): 4410",
    "Property address: 18 Wicklow Terrace, Wexcombe, OH 43085",
    "Date the hardship began: 08/01/2046",
]
CO_BORROWER_SHEET = [
    "BORROWER ASSISTANCE REQUEST  Form TRH-9  Sheet 2 of 2",
    "PART B - CO-BORROWER",
    "Leave Part B blank if there is no co-borrower. A co-borrower named here must sign this sheet.",
    "FULL LEGAL NAME",
    "Rafael A. Castellanos",
    "SOCIAL SECURITY NUMBER - LAST FOUR DIGITS",
    "0094",
    "Signature of the co-borrower                    Date signed",
]


def _application(reader: PageReader, path: Path, pages: list[list[str]]) -> dict[str, object]:
    text_pdf(pages, path)
    documents = documents_read(reader, path, RECEIVED)
    application = next(d for d in documents if d.type == APPLICATION)
    return {name: found.value for name, found in application.fields.items()}


def test_the_co_borrowers_part_on_a_sheet_of_its_own(reader: PageReader, tmp_path: Path) -> None:
    """The second sheet's "FULL LEGAL NAME" under the co-borrower's part heading is the co-borrower's."""
    fields = _application(reader, tmp_path / "request.pdf", [BORROWER_SHEET, CO_BORROWER_SHEET])
    assert fields["borrower_name"] == "Priya N. Castellanos"
    assert fields["co_borrower_name"] == "Rafael A. Castellanos"


QUESTIONS_ONE = [
    "CORBEL RIDGE MORTGAGE COMPANY  Borrower Questionnaire  sheet 1 of 2",
    "1. Loan number . . . . . . . . . . . . . . . . . . . . 4471902235",
    "2. Borrower's full name . . . . . . . . . . . . . . . Lan T. Nguyen",
    "3. On what date did the hardship begin? (mm/dd/yyyy) . . . . 12/15/2046",
    "4. Did you lose your job? (yes / no) . . . . . . . . . . . . . . No",
    "5. Has your income been reduced? (yes / no) . . . . . . . . . . Yes",
    "6. Have your housing costs gone up? (yes / no) . . . . . . . . No",
    "7. Did a disaster damage the home or your workplace? (yes / no) . . . No",
    "8. Are you or a dependent seriously ill or disabled? (yes / no) . . . Yes",
]
QUESTIONS_TWO = [
    "CORBEL RIDGE MORTGAGE COMPANY  Borrower Questionnaire  sheet 2 of 2",
    "Loan number: 4471902235",
    "9. Are you divorced or legally separated? (yes / no) . . . . . . No",
    "10. Have you separated from an unmarried co-borrower? (yes / no) . . . No",
    "11. Has a borrower or wage earner died? (yes / no) . . . . . . . No",
    "12. Were you transferred or relocated far away for work? (yes / no) . . . No",
    "13. Is there any other hardship? (yes / no) . . . . . . . . . . No",
    "14. Monthly gross wages $ . . . . . . . . . . . . . . . . . . . . 2,641.80",
]


def test_yes_no_hardship_questions_over_two_sheets(reader: PageReader, tmp_path: Path) -> None:
    """Neither sheet answers most of the list alone; together they say which hardships apply."""
    fields = _application(reader, tmp_path / "questionnaire.pdf", [QUESTIONS_ONE, QUESTIONS_TWO])
    assert sorted(fields["hardship_types"]) == ["disability_or_illness", "reduction_in_income"]


def test_mostly_lower_case_words_after_a_capital_are_no_name() -> None:
    """An option's words level with a blank name caption are no co-borrower; names stay names."""
    assert _no_name("Long-term disability or serious illness (borrower or")
    assert not _no_name("Mercedes Ibarra de la Peña")
    assert not _no_name("Rafael A. Castellanos")


def test_a_captions_words_running_on_to_its_answer(reader: PageReader, tmp_path: Path) -> None:
    """Guard: "started on (mm/dd/yyyy): 06/01/2047" goes on to its answer on the caption's row."""
    lines = [
        "QUINCY MORTGAGE SERVICES  Hardship Assistance Request  Page 1 of 1",
        "Loan number: 0920448157",
        "Borrower's full name: Odette M. Ravel",
        "The hardship started on (mm/dd/yyyy): 06/01/2047",
        "I expect it to last: More than 6 months",
    ]
    fields = _application(reader, tmp_path / "request.pdf", [lines])
    assert fields["hardship_start_date"] == date(2047, 6, 1)
