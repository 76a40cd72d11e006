"""Servicing transfers, employers' notices and forms that answer in columns: how their papers are told apart
and read.

1. A servicing-transfer notice ("NOTICE OF SERVICING TRANSFER ... your new servicer") and a prior servicer's
   letter forwarding mail for a loan transferred away are other papers, no relocation letter nor hardship
   letter; an employer's layoff or furlough notice is no unemployment benefit letter; a state claims portal's
   payment history ("Week ending  Status  Paid on  Gross benefit ...") is one.
2. A prior servicer's form prints its own "Loan number" and asks for the "New loan number" at the servicer the
   loan went to: the new number is the loan's; its hardship date is written in boxes captioned "MM DD YYYY".
3. Signatures on a line between the signer's caption and a "Dated:" label ("Borrower: <ink> Dated: ..."): the
   ink between them signs it, and a co-borrower's line left bare is unsigned.
4. A landscape grid "ROW  QUESTION  BORROWER  CO-BORROWER  BOTH", its headings centred over their columns and
   its answers typed in Courier: each person's whole name from their column, the home's use keyed by a letter
   written after the key, and a reason's box drawn after its label and before "mark if it applies".
5. A form that prints its captions under their answers and says so: the SSN, the co-borrower's name and the
   town, state and ZIP code each over its own caption.
6. A tax return's name in two cells ("first name and middle initial | Last name") and an address caption whose
   instruction runs on after it ("If you have a P.O. box, see instructions.").
7. Names on the line under a bare row caption ("Borrower" over "SAMUEL J. ACHTERBERG  2318  (615) 555-0171").
8. An unemployment benefit reckoned to a month ("weekly $ 275.00 x 52 / 12 = $ 1,191.67") is not added to the
   weekly amount a yes/no question's row names on the first page.
9. A scanned application read with a prior servicer's loan number that also bears the case's own, standing
   alone, is about the case's loan.
10. Yes/No written after each reason's printed key ("Reduction in income - Y/N   Y").
11. An application's later page numbered "Page 2" bare under the form's number, reading like a benefit letter,
    stays the application's; a form the application only asks for ("attach IRS Form 4506-C") is no page of it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.judging.reconcile import reconcile
from lossmit_docs.model import Document, Field, Page, PageRef, TextMethod
from lossmit_docs.reading.application_row_names import names_by_row_caption
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import dates_in
from pdf_factory import Ink, draw_text, pen_signature, placed_text_pdf, text_pdf

RECEIVED = date(2047, 8, 20)
APPLICATION = "mortgage_assistance_application"

# --- 1. transfer notices, employers' notices and a claims portal's history -----------------------------------

TRANSFER_NOTICE = [
    "Cobalt Ridge Mortgage Company",
    "NOTICE OF SERVICING TRANSFER",
    "July 14, 2047",
    "Dear Borrower:",
    "The servicing of your mortgage loan is being transferred, effective August 1, 2047.",
    "This means that after this date a new servicer will be collecting your mortgage loan payments from you.",
    "Nothing else about your mortgage loan will change. Your new servicer will be Pennant Bay Loan Servicing.",
    "Present servicer: Cobalt Ridge Mortgage Company, toll-free (800) 555-0142",
    "New servicer: Pennant Bay Loan Servicing, toll-free (888) 555-0190",
    "Send all payments due on or after August 1, 2047 to your new servicer.",
]
FORWARDED_MAIL = [
    "Cobalt Ridge Mortgage Company",
    "September 3, 2047",
    "Pennant Bay Loan Servicing",
    "Re: Papers received for a loan transferred to you",
    "Dear Loss Mitigation Department:",
    "We received the enclosed hardship letter and mortgage assistance papers from the borrower after the",
    "servicing was transferred to you. Because we no longer service this loan, we are forwarding them to you.",
    "Please contact the borrower directly about the hardship and the loan modification the borrower asks for.",
    "Thank you. Sincerely, Cobalt Ridge Mortgage Company, Investor Reporting",
]
LAYOFF = [
    "Marlowe Packaging Corporation",
    "Human Resources Department",
    "LAYOFF NOTICE AND SEVERANCE",
    "June 30, 2047",
    "Dear Osric T. Vandermeer,",
    "Because of the closing of our Fulton Street plant, your position is eliminated.",
    "Your last day of work will be July 15, 2047. You will receive severance pay of four weeks' wages.",
    "You may apply for unemployment insurance benefits with your state's labor department.",
    "Sincerely, Carla N. Dobbs, Human Resources Manager",
]
FURLOUGH = [
    "Ashgrove County Regional Airport Authority",
    "Notice of temporary furlough",
    "May 12, 2047",
    "Dear Priya L. Castellanos,",
    "Because of reduced flight operations, you are furloughed without pay. Furlough begins May 26, 2047.",
    "We expect to recall furloughed employees within ninety days. Your benefits continue during the furlough.",
    "You may apply for unemployment insurance benefits while you are furloughed.",
    "Sincerely, Thomas W. Greer, Director of Personnel",
]
PAYMENT_HISTORY = [
    "Keystone State Department of Labor - Online Services",
    "Payment History",
    "Osric T. Vandermeer Claim effective 07/19/2047 Claim ID 4471-0926",
    "Week ending Status Paid on Gross benefit Earnings deducted Tax withheld Net paid",
    "07/26/2047 Paid 07/30/2047 $275.00 $0.00 $27.50 $247.50",
    "08/02/2047 Paid 08/06/2047 $275.00 $0.00 $27.50 $247.50",
    "08/09/2047 Paid 08/13/2047 $275.00 $0.00 $27.50 $247.50",
    "08/16/2047 Paid 08/19/2047 $275.00 $0.00 $27.50 $247.50",
]


def test_transfer_notices_and_employers_notices_are_other_papers(reader: PageReader, tmp_path: Path) -> None:
    """(A layoff notice titled "Notice of layoff ..." was already no benefit letter, by that cue's negative; one
    titled "Layoff notice ..." was.)"""
    titled = [line.replace("LAYOFF NOTICE AND SEVERANCE", "Notice of layoff and severance") for line in LAYOFF]
    kinds = {}
    for name, lines in (("transfer notice", TRANSFER_NOTICE), ("forwarded mail", FORWARDED_MAIL),
                        ("layoff", LAYOFF), ("notice of layoff", titled), ("furlough", FURLOUGH)):
        path = tmp_path / f"{name}.pdf"
        text_pdf([lines], path)
        kinds[name] = [d.type for d in documents_read(reader, path, RECEIVED)]
    assert kinds == {"transfer notice": ["other"], "forwarded mail": ["other"], "layoff": ["other"],
                     "notice of layoff": ["other"], "furlough": ["other"]}


def test_a_claims_portals_payment_history_is_a_benefit_letter(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "payment history.pdf"
    text_pdf([PAYMENT_HISTORY], path)
    assert [d.type for d in documents_read(reader, path, RECEIVED)] == ["unemployment_benefit_letter"]


# --- 2. a prior servicer's form: the new loan number, a date in captioned boxes ------------------------------

PRIOR_SERVICERS_FORM = [
    "Cobalt Ridge Mortgage Company",
    "Borrower Assistance Form",
    "Complete this form to apply for mortgage assistance. Loss mitigation options are reviewed on receipt.",
    "Loan number 7301884520",
    "Borrower's name Ingrid S. Halvorsen",
    "Property address 552 Tamarack Lane, Bemidji, MN 56601",
    "If the servicing of your loan was transferred, tell us the new servicer and your new loan number.",
    "New servicer Pennant Bay Loan Servicing   New loan number 4026617359",
    "Hardship: Reduction in income",
    "When did the hardship begin? MM 01 DD 20 YYYY 2049",
    "Gross monthly wages $3,104.00",
    "Borrower certification: I certify that the information in this application is true and correct.",
]


def test_a_prior_servicers_form_gives_the_new_loan_number(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "borrower assistance form.pdf"
    text_pdf([PRIOR_SERVICERS_FORM], path)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "loan_number", "hardship_start_date") == {
        "loan_number": "4026617359", "hardship_start_date": date(2049, 1, 20)}


def test_a_date_written_in_boxes_captioned_by_its_parts() -> None:
    assert dates_in("When did the hardship begin? MM 01 DD 20 YYYY 2049") == [date(2049, 1, 20)]
    assert dates_in("MM | 03 | DD | 19 | YYYY | 2049 |") == [date(2049, 3, 19)]


# --- 3. signatures between a signer's caption and "Dated:" ----------------------------------------------------


def _signed_lines_form(path: Path, co_borrower_signs: bool) -> Path:
    """A one-page request whose signing lines are "Borrower: <ink> Dated: 03/12/2047" and "Co-borrower: <ink or
    nothing> Dated: 03/12/2047", the pen's ink drawn between the caption and its "Dated:" label."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    lines = [
        (72, "Tamarind Coast Servicing", 14.0, "Helvetica-Bold"),
        (92, "REQUEST FOR MORTGAGE ASSISTANCE", 12.0, "Helvetica-Bold"),
        (126, "Loan number: 6610473925", 10.0, "Helvetica"),
        (144, "Borrower's name: Lucian F. Ostrowski", 10.0, "Helvetica"),
        (162, "Co-borrower's name: Beatrix M. Ostrowski", 10.0, "Helvetica"),
        (180, "Property address: 904 Pelican Bay Road, Naples, FL 34102", 10.0, "Helvetica"),
        (198, "Reason for hardship: Reduction in income", 10.0, "Helvetica"),
        (216, "Gross monthly wages: $2,870.00", 10.0, "Helvetica"),
        (250, "Borrower certification: we certify that the information in this request is true and correct.",
         9.0, "Helvetica"),
    ]
    for y, text, size, font in lines:
        draw_text(pdf, 72, y, text, size, font)
    for y, caption, signs in ((300, "Borrower:", True), (340, "Co-borrower:", co_borrower_signs)):
        draw_text(pdf, 72, y, caption, 10.0)
        if signs:
            pen_signature(pdf, 150, y + 2, 170)
        draw_text(pdf, 360, y, "Dated: 03/12/2047", 10.0)
    pdf.showPage()
    pdf.save()
    return path


def test_ink_between_a_signers_caption_and_dated_signs(reader: PageReader, tmp_path: Path) -> None:
    path = _signed_lines_form(tmp_path / "signed request.pdf", co_borrower_signs=True)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2047, 3, 12), "co_borrower_signed": True}


def test_a_co_borrowers_bare_line_is_unsigned(reader: PageReader, tmp_path: Path) -> None:
    path = _signed_lines_form(tmp_path / "half signed request.pdf", co_borrower_signs=False)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2047, 3, 12), "co_borrower_signed": False}


# --- 4. a landscape grid answered in columns ------------------------------------------------------------------

LANDSCAPE = landscape(letter)
COLUMNS = {"ROW": (36.0, 70.0), "QUESTION": (70.0, 390.0), "BORROWER": (390.0, 540.0),
           "CO-BORROWER": (540.0, 690.0), "BOTH": (690.0, 756.0)}
REASON_ROWS = (("Unemployment (job lost, work ended)", False),
               ("Reduction in income (hours, pay or overtime)", True),
               ("Increase in housing expenses (taxes, insurance)", False),
               ("Serious illness or disability (yours or family)", False))


def _on_landscape(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 9.0, font: str = "Helvetica",
                  centred: bool = False) -> None:
    """A string whose baseline stands `y` points under a landscape page's top, from `x` (or centred on it)."""
    pdf.setFont(font, size)
    (pdf.drawCentredString if centred else pdf.drawString)(x, LANDSCAPE[1] - y, text)


def _grid_form(path: Path) -> Path:
    """A landscape request: the heading row "ROW  QUESTION  BORROWER  CO-BORROWER  BOTH" centred over its
    columns, the answers typed in Courier at the people's columns' left edges, ruled rows; each hardship reason
    a row "Reason: ...  [box] mark if it applies", the box drawn after the reason, an X in the chosen one's."""
    pdf = canvas.Canvas(str(path), pagesize=LANDSCAPE)
    _on_landscape(pdf, 36, 48, "Juniper Hollow Bank", 14.0, "Helvetica-Bold")
    _on_landscape(pdf, 36, 66, "MORTGAGE ASSISTANCE APPLICATION - one row per question, one column per person",
                  10.0, "Helvetica-Bold")
    for heading, (left, right) in COLUMNS.items():
        _on_landscape(pdf, (left + right) / 2, 96, heading, 8.5, "Helvetica-Bold", centred=True)
    rows = [("1", "Loan number", "8841290357", ""),
            ("2", "Full legal name", "Thaddeus R. Ellery", "Nadia P. Ellery"),
            ("3", "Social Security number, last 4 digits", "4417", "2093"),
            ("4", "Property address", "77 Quarry Hill Road, Barre, VT 05641", ""),
            ("5", "Property use: P = primary home, S = second home, I = investment / rental", "P", ""),
            ("6", "Gross monthly wages", "$3,318.00", "$1,904.50")]
    y = 118.0
    for number, question, first, second in rows:
        _on_landscape(pdf, 44, y, number)
        _on_landscape(pdf, 76, y, question)
        _on_landscape(pdf, COLUMNS["BORROWER"][0] + 6, y, first, 9.5, "Courier")
        _on_landscape(pdf, COLUMNS["CO-BORROWER"][0] + 6, y, second, 9.5, "Courier")
        pdf.line(36, LANDSCAPE[1] - y - 6, 756, LANDSCAPE[1] - y - 6)
        y += 20
    for index, (reason, chosen) in enumerate(REASON_ROWS, start=7):
        _on_landscape(pdf, 44, y, str(index))
        label = f"Reason: {reason}"
        _on_landscape(pdf, 76, y, label)
        box = 76 + pdf.stringWidth(label, "Helvetica", 9.0) + 10
        pdf.rect(box, LANDSCAPE[1] - y - 1.5, 9, 9)
        if chosen:
            pdf.line(box + 1.5, LANDSCAPE[1] - y, box + 7.5, LANDSCAPE[1] - y + 6)
            pdf.line(box + 1.5, LANDSCAPE[1] - y + 6, box + 7.5, LANDSCAPE[1] - y)
        _on_landscape(pdf, box + 14, y, "mark if it applies", 7.0)
        pdf.line(36, LANDSCAPE[1] - y - 6, 756, LANDSCAPE[1] - y - 6)
        y += 20
    _on_landscape(pdf, 36, y + 20, "Borrower certification: we certify that the information in this application "
                  "is true and correct.", 8.0)
    pdf.showPage()
    pdf.save()
    return path


def test_a_landscape_grids_columns_give_each_persons_answers(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _grid_form(tmp_path / "grid.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name", "occupancy", "hardship_types") == {
        "borrower_name": "Thaddeus R. Ellery", "co_borrower_name": "Nadia P. Ellery",
        "occupancy": "primary_residence", "hardship_types": ["reduction_in_income"]}


# --- 5. answers over their captions -------------------------------------------------------------------------


def _answers_over_captions(path: Path) -> Path:
    """A request that prints each caption under its answer's line and says so; the answers typed over them."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 72, 66, "Lakeshore Federal Savings", 14.0, "Helvetica-Bold")
    draw_text(pdf, 72, 86, "MORTGAGE ASSISTANCE APPLICATION", 12.0, "Helvetica-Bold")
    draw_text(pdf, 72, 104, "Write each answer on the line above its caption. Print clearly in ink.", 9.0)
    draw_text(pdf, 72, 130, "Loan number: 3390218746", 10.0)
    cells = [  # (y of the answer, [(x, answer, caption, line's width)])
        (180, [(72, "Thaddeus K. Brannigan", "Borrower's full name", 250),
               (360, "6620", "Borrower's SSN (last 4 digits)", 170)]),
        (220, [(72, "Marisela O. Brannigan", "Co-borrower's full name", 250),
               (360, "0318", "Co-borrower's SSN (last 4 digits)", 170)]),
        (260, [(72, "1408 Canal View Drive", "Street address of the property", 458)]),
        (300, [(72, "Rome", "City", 170), (260, "NY", "State", 80), (360, "13440", "ZIP code", 170)]),
        (340, [(72, "Reduction in income", "Reason for your hardship", 250),
               (360, "02/01/2047", "Date the hardship began", 170)]),
    ]
    for y, row in cells:
        for x, answer, caption, width in row:
            draw_text(pdf, x + 2, y, answer, 10.5)
            pdf.setLineWidth(0.5)
            pdf.line(x, letter[1] - y - 3, x + width, letter[1] - y - 3)
            draw_text(pdf, x, y + 14, caption, 7.5)
    draw_text(pdf, 72, 390, "Borrower certification: I certify that the information in this application is true.",
              9.0)
    pdf.showPage()
    pdf.save()
    return path


def test_answers_written_over_their_captions(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _answers_over_captions(tmp_path / "lines.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "ssn_last4", "co_borrower_name") == {
        "borrower_name": "Thaddeus K. Brannigan", "ssn_last4": "6620", "co_borrower_name": "Marisela O. Brannigan"}
    assert "Rome, NY 13440" in fields["property_address"].value


# --- 6. a tax return's name cells and an address caption with its instruction ---------------------------------


def _tax_return_like(path: Path) -> Path:
    """A request set like a tax return: ruled cells, each caption at its cell's top left, the answer under it;
    the name asked in two cells, given names then surname, the address caption followed by its instruction."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 72, 66, "Form HA-1040   Homeowner Assistance Request   2047", 13.0, "Helvetica-Bold")
    draw_text(pdf, 72, 82, "Mortgage assistance application - Meridian Plains Housing Finance Agency", 9.0)
    rows = [  # (the cells' top, [(left, right, caption, answer)])
        (100, [(72, 260, "Borrower's first name and middle initial", "Desmond K."), (260, 430, "Last name", "Aldana"),
               (430, 540, "Borrower's SSN (last 4 only)", "6614")]),
        (136, [(72, 430, "Property address (number and street). If you have a P.O. box, see instructions.",
                "2716 West Pacific Avenue"), (430, 540, "Apt. no.", "")]),
        (172, [(72, 300, "City, town or post office", "Spokane"), (300, 400, "State", "WA"),
               (400, 540, "ZIP code", "99201")]),
        (208, [(72, 300, "Loan number", "5517820943"), (300, 540, "Date your hardship began", "04/01/2047")]),
    ]
    pdf.setLineWidth(0.5)
    for top, cells in rows:
        for left, right, caption, answer in cells:
            pdf.rect(left, letter[1] - top - 36, right - left, 36)
            draw_text(pdf, left + 3, top + 9, caption, 7.0)
            draw_text(pdf, left + 6, top + 28, answer, 11.0)
    draw_text(pdf, 72, 270, "Hardship: Reduction in income. Gross monthly wages $2,640.00", 9.0)
    draw_text(pdf, 72, 290, "Borrower certification: under penalties of perjury, I declare that this application is "
              "true.", 8.0)
    pdf.showPage()
    pdf.save()
    return path


def test_a_name_in_two_cells_and_an_address_caption_with_its_instruction(reader: PageReader,
                                                                          tmp_path: Path) -> None:
    fields = one_document_fields(reader, _tax_return_like(tmp_path / "ha-1040.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "ssn_last4") == {"borrower_name": "Desmond K. Aldana",
                                                              "ssn_last4": "6614"}
    assert fields["property_address"].value.startswith("2716 West Pacific Avenue")


# --- 7. names under bare row captions -------------------------------------------------------------------------


def test_names_on_the_line_under_a_bare_row_caption() -> None:
    page = Page(1, "\n".join([
        "HOUSEHOLD MEMBERS ON THE LOAN",
        "Name  SSN (last 4)  Phone",
        "Borrower",
        "SAMUEL J. ACHTERBERG  2318  (615) 555-0171",
        "Co-borrower",
        "NOEMI R. ACHTERBERG  9061",
    ]), TextMethod.TEXT_LAYER, 1.0)
    fields: dict[str, Field] = {}
    names_by_row_caption([page], fields, lambda number: PageRef("form.pdf", number))
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "SAMUEL J. ACHTERBERG", "co_borrower_name": "NOEMI R. ACHTERBERG"}


# --- 8. a benefit reckoned to a month and a question's weekly amount --------------------------------------------

BENEFIT_FORM = [[
    "Sable River Mortgage   MORTGAGE ASSISTANCE APPLICATION   Page 1 of 2",
    "Loan number: 2281049375",
    "Borrower's name: Corwin A. Lindqvist",
    "Property address: 318 Birchwood Court, Duluth, MN 55803",
    "Reason for hardship: Unemployment",
    "Receiving unemployment benefits now?   X Yes   No     Weekly benefit amount $ 275.00",
    "Date the hardship began: 06/02/2047",
], [
    "Sable River Mortgage   MORTGAGE ASSISTANCE APPLICATION   Page 2 of 2",
    "MONTHLY HOUSEHOLD INCOME (gross, before taxes)",
    "Wages and salary: $ 0.00",
    "Unemployment benefits: weekly $ 275.00 x 52 / 12 = $ 1,191.67",
    "Borrower certification: I certify that the information in this application is true and correct.",
]]


def test_a_benefit_reckoned_to_a_month_is_not_added_to_its_weekly_amount(reader: PageReader,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "application.pdf"
    text_pdf(BENEFIT_FORM, path)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["income.unemployment"].value == Decimal("1191.67")


# --- 9. a scanned form bearing a prior servicer's number and the case's own ------------------------------------


def _scanned_application(text: str) -> Document:
    ref = PageRef("transferred loan.pdf", 1)
    return Document("D01", APPLICATION, 0.95, [ref], RECEIVED, scanned=True,
                    fields={"loan_number": Field("2047190238", 0.9, ref, TextMethod.OCR)}, text=text)


def test_a_scanned_form_bearing_the_cases_own_number_is_about_the_cases_loan() -> None:
    text = ("Cobalt Ridge Mortgage Company Borrower Assistance Form\nLoan number 2047190238\n"
            "New servicer Pennant Bay Loan Servicing\n8830172645\nBorrower's name Ingrid S. Halvorsen")
    loan = reconcile([_scanned_application(text)], "8830172645")[0].fields["loan_number"]
    assert (loan.value, loan.method) == ("8830172645", "corrected")
    # the case's number only inside a longer figure is no mention of it: the number read stands
    inside = reconcile([_scanned_application(text.replace("\n8830172645\n", "\nRef 88301726451\n"))],
                       "8830172645")[0].fields["loan_number"]
    assert inside.value == "2047190238"


# --- 10. Yes/No written after each reason's printed key ------------------------------------------------------

KEYED_REASONS = (("Unemployment", "N"), ("Reduction in income", "Y"), ("Increase in housing expenses", "N"),
                 ("Divorce or legal separation", "N"), ("Serious illness or disability", "N"),
                 ("Death of a borrower or wage earner", "N"))


def test_yes_or_no_written_after_each_reasons_key(reader: PageReader, tmp_path: Path) -> None:
    inks = [Ink(72, 72, "Greywater Bank   HARDSHIP ASSISTANCE APPLICATION", 13.0, "Helvetica-Bold"),
            Ink(72, 100, "Loan number: 7730914462"),
            Ink(72, 116, "Borrower's name: Wilhelmina J. Osei"),
            Ink(72, 132, "Property address: 61 Larkspur Way, Asheville, NC 28801"),
            Ink(72, 160, "Reason for the hardship: write Y or N after each reason.", 9.5, "Helvetica-Bold")]
    for row, (reason, answer) in enumerate(KEYED_REASONS):
        y = 178 + 16 * row
        inks += [Ink(72, y, f"{reason} - Y/N"), Ink(330, y, answer, 10.5, "Courier")]
    inks.append(Ink(72, 290, "Borrower certification: I certify that this application is true and correct."))
    path = placed_text_pdf(tmp_path / "keyed reasons.pdf", [inks])
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["hardship_types"].value == ["reduction_in_income"]


# --- 11. a later page numbered "Page 2" bare under the form's number --------------------------------------------

UI_APPLICATION = [[
    "Ashland Mutual Savings   Form AMS-UI2",
    "MORTGAGE ASSISTANCE APPLICATION - for borrowers out of work",
    "Loan number: 6402218837",
    "Borrower's name: Leopold H. Marchetti",
    "Property address: 14 Foundry Street, Lowell, MA 01852",
    "Reason for hardship: Unemployment   Date the hardship began: 04/18/2049",
    "Employer you were laid off from: Merrimack Textile Works",
    "Borrower certification: I certify that the information in this application is true and correct.",
], [
    "Form AMS-UI2 (Rev. 01-2049)   Page 2",
    "Income while you are out of work",
    "Unemployment insurance benefits (weekly benefit x 52 / 12): $ 2,296.67",
    "Weekly benefit amount: $ 530.00   Benefit year begins: 04/20/2049",
    "Claimant ID with the Department of Unemployment Assistance: 77-401928",
    "Attach your unemployment benefit letter from the Department of Labor and Workforce Development.",
]]


def test_a_bare_page_2_under_the_forms_number_stays_with_the_application(reader: PageReader,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "AMS-UI2.pdf"
    text_pdf(UI_APPLICATION, path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [(APPLICATION, [1, 2])]
    assert documents[0].fields["income.unemployment"].value == Decimal("2296.67")


def test_a_form_the_application_asks_for_is_no_page_of_it(reader: PageReader, tmp_path: Path) -> None:
    """An application that asks for "IRS Form 4506-C", the 4506-C right after it: the form the application
    names is a paper of its own, not the application's later page."""
    asking = [[*UI_APPLICATION[0], "Attach a signed IRS Form 4506-C with this application."],
              ["Form 4506-C (September 2020)   IVES Request for Transcript of Tax Return",
               "Department of the Treasury - Internal Revenue Service",
               "1a Current name Leopold H. Marchetti   1b Taxpayer identification number XXX-XX-4417",
               "Signature of taxpayer   Date 05/02/2049"]]
    path = tmp_path / "application and 4506-C.pdf"
    text_pdf(asking, path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [(APPLICATION, [1]),
                                                                        ("irs_form_4506c", [2])]
