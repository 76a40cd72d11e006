"""Born-digital layouts whose labels and answers are not side by side, read from real PDFs: a pay stub whose
facts sit in a header band, each value in the row under its own label ("PAY BEGIN DATE  PAY END DATE  CHECK
DATE"), an accented name under "EMPLOYEE NAME"; an application that prints each caption under its answer
line, the co-homeowner's left blank; hardship options worded as sentences in a grid of drawn boxes crossed
by pen; the hardship's start asked as "Hardship commenced on", answered with a month and year only, or left
blank beside the next question; a court's judgment of dissolution and a savings and loan's statement of
account, neither in the words of the commoner kinds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.page_text import locate, row_under
from pdf_factory import earnings_table, text_pdf
from test_questionnaire_layouts import application, documents, plain, read, value

NAME = "Ana\u00efs Lef\u00e8vre-Dubois"  # "ï" and "è": the accent, not the capital, is the row's highest ink


# --- a pay stub's header band --------------------------------------------------------------------------


def _header_band_stub(path: Path) -> Path:
    """A cooperative's earnings statement: two header bands, each a row of small capital labels with the
    values in the row under them, one column a label; the earnings table below."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, 740, "Kestrel Valley Cooperative")
    pdf.drawString(380, 740, "EARNINGS STATEMENT")
    columns = (40.0, 180.0, 320.0, 440.0)
    bands = ((700, ("EMPLOYEE NAME", "EMPLOYEE ID", "DEPARTMENT"), (NAME, "KV-20417", "Dairy Operations")),
             (660, ("PAY BEGIN DATE", "PAY END DATE", "CHECK DATE", "PAY FREQUENCY"),
              ("03/01/2026", "03/15/2026", "03/20/2026", "Semi-Monthly")))
    for y, labels, values in bands:
        pdf.setFont("Helvetica-Bold", 7.5)
        for x, label in zip(columns, labels, strict=False):
            pdf.drawString(x, y, label)
        pdf.setFont("Helvetica", 10)
        for x, text in zip(columns, values, strict=False):
            pdf.drawString(x, y - 14, text)
    pdf.setFont("Helvetica-Bold", 9)
    earnings_table(pdf, ((40, "EARNINGS"), (220, "HOURS"), (330, "CURRENT"), (450, "YTD")), 610,
                   ((594, "Regular", "86.67", "1,950.08", "9,750.40"),
                    (578, "Gross Pay", "", "1,950.08", "9,750.40"),
                    (562, "Net Pay", "", "1,512.33", "7,561.65")), (260, 380, 500), 40, ("Helvetica", 9.5))
    pdf.save()
    return path


def test_a_header_bands_check_date_is_the_value_under_its_own_label(tmp_path: Path) -> None:
    (stub,) = documents(_header_band_stub(tmp_path / "stub.pdf"))
    assert stub.type == "pay_stub"
    wanted = {
        "employer": "Kestrel Valley Cooperative",
        "employee_name": NAME,
        # the date under "CHECK DATE", not the first date of the row under the labels (the period's start)
        "pay_date": date(2026, 3, 20),
        "period_start": date(2026, 3, 1),
        "period_end": date(2026, 3, 15),
        "frequency": "semimonthly",
        "gross_current": Decimal("1950.08"),
        "gross_ytd": Decimal("9750.40"),
        "net_current": Decimal("1512.33"),
    }
    assert {name: stub.fields[name].value for name in wanted} == wanted


def test_an_accented_name_under_its_label_keeps_its_word_order(tmp_path: Path) -> None:
    path = _header_band_stub(tmp_path / "stub.pdf")
    page = with_words(read(path)[0], PdfInk(path))
    hit = locate(page, "Employee name")
    assert hit is not None
    words = row_under(page, hit[0])
    tops = {w.text: w.box[1] for w in words}
    assert tops["Lef\u00e8vre-Dubois"] < tops["Ana\u00efs"]  # the grave accent reaches over the capitals
    assert [w.text for w in words] == ["Ana\u00efs", "Lef\u00e8vre-Dubois"]  # yet it is the second word
    (stub,) = documents(path)
    assert stub.fields["employee_name"].value == NAME


# --- captions printed under their answer lines ---------------------------------------------------------

BORROWER = "Chlo\u00e9 M. St. John-Okonkwo"
ADDRESS = "One Larkspur Ridge Court, Ames, IA 50010"  # its first words read as a name would


def _captions_under(path: Path) -> Path:
    """Each answer typed on a ruled line with its caption in small type under the line, two fields a row;
    the co-homeowner's row left blank, the home's address on the next row close under it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(54, 742, "REQUEST FOR MORTGAGE ASSISTANCE")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(54, 716, "Loan number: 4471902356")
    rows = ((BORROWER, "Name of homeowner", "7236", "Homeowner's SSN (last 4)"),
            ("", "Name of co-homeowner", "", "Co-homeowner's SSN (last 4)"),
            (ADDRESS, "Address of the mortgaged home", None, None))
    y = 680.0
    for answer, caption, right, right_caption in rows:
        for x, end, text, label in ((54.0, 340.0, answer, caption), (380.0, 560.0, right, right_caption)):
            if label is None:
                continue
            if text:
                pdf.setFont("Helvetica", 10.5)
                pdf.drawString(x + 4, y, text)
            pdf.setLineWidth(0.6)
            pdf.line(x, y - 3, end, y - 3)
            pdf.setFont("Helvetica", 7.3)
            pdf.drawString(x, y - 12.5, label)
        y -= 26
    pdf.save()
    return path


def test_a_blank_co_homeowner_caption_is_not_the_next_captions_nor_the_address_under_it(tmp_path: Path) -> None:
    fields = application(_captions_under(tmp_path / "captions.pdf"))
    assert value(fields, "loan_number") == "4471902356"
    # beside "Name of co-homeowner" stands "Co-homeowner's SSN (last 4)": a label, its "4" a note, not an answer;
    # under it the address, which sits closer over "Address of the mortgaged home": that caption's answer;
    # over it the homeowner's caption, no answer either
    assert value(fields, "co_borrower_name") is None


def test_answers_typed_over_their_captions_are_read(tmp_path: Path) -> None:
    fields = application(_captions_under(tmp_path / "captions.pdf"))
    assert value(fields, "borrower_name") == BORROWER
    assert value(fields, "ssn_last4") == "7236"
    address = value(fields, "property_address")
    assert address is not None
    assert plain(address) == plain(ADDRESS)


# --- hardship sentences in a grid of drawn boxes; when it began ----------------------------------------

OPTIONS = ("I lost my job or was laid off", "My pay, hours or overtime were cut",
           "A borrower or wage earner passed away", "Split from a co-owner I was not married to",
           "A fire, flood or storm hit the home", "Something else")


def _square(pdf: canvas.Canvas, x: float, y: float, marked: bool) -> None:
    """A box drawn as a square, crossed with two strokes when marked."""
    pdf.setLineWidth(0.7)
    pdf.rect(x, y, 9, 9)
    if marked:
        pdf.setLineWidth(1.1)
        pdf.line(x + 1.5, y + 1.5, x + 7.5, y + 7.5)
        pdf.line(x + 1.5, y + 7.5, x + 7.5, y + 1.5)


def _hardship_request(path: Path, marked: set[str], label: str = "Hardship commenced on", when: str = "") -> Path:
    """Hardship options in three columns, each box before its sentence; then the start asked on a line, the
    next question ("It will last:") further along the same row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 742, "HOMEOWNER ASSISTANCE REQUEST")
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(40, 716, "Loan No. 3309417725")
    pdf.drawString(40, 698, "Name of homeowner: Teodora V. Brandt")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, 668, "WHAT CAUSED YOUR HARDSHIP?  (mark every box that applies)")
    pdf.setFont("Helvetica", 8.5)
    for index, option in enumerate(OPTIONS):
        x, y = 40 + 186 * (index % 3), 648 - 20 * (index // 3)
        _square(pdf, x, y - 1.5, option in marked)
        pdf.drawString(x + 13, y, option)
    y = 596
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(40, y, label)
    start = 40 + pdf.stringWidth(label, "Helvetica", 9.5) + 5
    pdf.setLineWidth(0.5)
    pdf.line(start, y - 2, 300, y - 2)
    if when:
        pdf.setFont("Helvetica", 10.5)
        pdf.drawString(start + 4, y + 1, when)
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(320, y, "It will last:")
    pdf.setFont("Helvetica", 9.5)
    for x, text, chosen in ((378, "under 6 months", False), (470, "6 months or longer", True)):
        _square(pdf, x, y - 1.5, chosen)
        pdf.drawString(x + 13, y, text)
    pdf.save()
    return path


def _types(fields: dict[str, Field]) -> list[str]:
    return sorted(value(fields, "hardship_types") or [])


def test_hardship_sentences_in_a_grid_of_drawn_boxes(tmp_path: Path) -> None:
    fields = application(_hardship_request(tmp_path / "marks.pdf", {OPTIONS[1], OPTIONS[2]}, when="08/16/2026"))
    assert _types(fields) == ["death", "reduction_in_income"]
    assert fields["hardship_types"].confidence >= 0.9  # each box found before its own sentence: nothing to review
    # "Split from a co-owner I was not married to": its box is before "Split", past "a" and "I"
    other = application(_hardship_request(tmp_path / "split.pdf", {OPTIONS[1], OPTIONS[3]}, when="08/16/2026"))
    assert _types(other) == ["reduction_in_income", "separation_unmarried"]
    assert other["hardship_types"].confidence >= 0.9


def test_hardship_commenced_on_is_the_start_date(tmp_path: Path) -> None:
    fields = application(_hardship_request(tmp_path / "when.pdf", {OPTIONS[0]}, when="08/16/2026"))
    assert value(fields, "hardship_start_date") == date(2026, 8, 16)


def test_a_start_given_as_month_and_year_is_that_months_first_day(tmp_path: Path) -> None:
    from lossmit_docs.reading.values import month_start  # new with these changes: imported here so the rest runs

    assert month_start("03/2026") == date(2026, 3, 1)
    assert month_start("March 2026") == date(2026, 3, 1)
    assert month_start("since June of 2025") == date(2025, 6, 1)
    assert month_start("1/15/2026") is None  # a whole date is no month's start
    fields = application(_hardship_request(tmp_path / "month.pdf", {OPTIONS[0]}, "Hardship began:", "March 2026"))
    assert value(fields, "hardship_start_date") == date(2026, 3, 1)


def test_a_blank_start_beside_the_next_question_is_a_blank_not_a_doubt(tmp_path: Path) -> None:
    fields = application(_hardship_request(tmp_path / "blank.pdf", {OPTIONS[0]}))
    assert "hardship_start_date" in fields  # the question is on the form
    assert value(fields, "hardship_start_date") is None  # not "6 months" of the next question
    assert fields["hardship_start_date"].confidence >= 0.8


# --- document types in their own words -----------------------------------------------------------------

DISSOLUTION = [
    "SUPERIOR COURT OF THE STATE OF ARIZONA",
    "IN AND FOR THE COUNTY OF PIMA",
    "In re the Marriage of:",
    "RENATA J. HOLLOWAY, Wife,",
    "and MARCUS D. HOLLOWAY, Husband.",
    "Case No. FC2026-004417",
    "JUDGMENT OF DISSOLUTION OF MARRIAGE",
    "The Court finds that the marriage of the parties is irretrievably broken",
    "and there is no reasonable prospect of reconciliation.",
    "IT IS ORDERED that the marriage of the parties is dissolved.",
    "IT IS FURTHER ORDERED that the residence at 2291 E Saguaro Vista Dr, Tucson,",
    "AZ 85718 is awarded to the Wife as her sole and separate property, and the",
    "Husband shall execute a quitclaim deed conveying his interest in the",
    "residence to the Wife within thirty days.",
    "The Husband shall pay spousal maintenance of $850.00 per month for 24 months.",
    "Dated: June 9, 2026",
    "Hon. Beatriz L. Okafor, Judge of the Superior Court",
]

SAVINGS_STATEMENT = [
    "Prairie Hearth Savings and Loan Association",
    "410 W Main St, Ottumwa, IA 52501",
    "STATEMENT OF ACCOUNT",
    "Period 06/01/2026 - 06/30/2026",
    "DELPHINE A. MARCHETTI",
    "88 Birchwood Ln, Ottumwa, IA 52501",
    "Passbook Savings (ending 1798)",
    "ACCOUNT ACTIVITY",
    "Date   Description   Withdrawals   Deposits   Balance",
    "06/01   Balance forward   4,212.37",
    "06/05   Payroll deposit Ottumwa Regional Health   1,486.15   5,698.52",
    "06/12   Check 1047   725.00   4,973.52",
    "06/19   Payroll deposit Ottumwa Regional Health   1,486.15   6,459.67",
    "06/28   Transfer to checking   300.00   6,159.67",
    "06/30   Interest paid   1.52   6,161.19",
    "Insured by FDIC. Backed by the full faith and credit of the United States Government.",
]


def test_a_judgment_of_dissolution_that_orders_a_quitclaim_deed_is_a_divorce_decree(tmp_path: Path) -> None:
    (decree,) = documents(_pdf(tmp_path / "judgment.pdf", DISSOLUTION))
    assert decree.type == "divorce_decree"


def test_a_savings_and_loans_statement_of_account_is_a_bank_statement(tmp_path: Path) -> None:
    (statement,) = documents(_pdf(tmp_path / "statement.pdf", SAVINGS_STATEMENT))
    assert statement.type == "bank_statement"


def _pdf(path: Path, lines: list[str]) -> Path:
    text_pdf([lines], path, font_size=9.5)
    return path
