"""Field extraction: the real Form 710 filled through its AcroForm, pay stubs and statements in two layouts,
and ink read off rendered pages for ticks and signatures."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.page_text import row_right_of, skew
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.signed_papers import extract_4506c, extract_profit_and_loss, extract_tax_return


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def text_page(text: str, ocr: bool = False) -> Page:
    return Page(1, text, TextMethod.OCR if ocr else TextMethod.TEXT_LAYER, 0.9 if ocr else 1.0)


def widget_values(path: Path) -> list[dict[str, str]]:
    result = []
    for page in PdfReader(path).pages:
        values = {}
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/T") is not None and widget.get("/V") not in (None, "/Off"):
                values[str(widget["/T"])] = str(widget["/V"]).lstrip("/")
        result.append(values)
    return result


def test_pay_stub_layouts() -> None:
    adp = (
        "Swan Tools Earnings Statement\n12 Mill Road\nPeriod Beginning: 04/01/2025\nPeriod Ending: 04/15/2025\n"
        "Pay Date: 04/20/2025\nCompany Code: SWT Loc/Dept: 546 File Number: 384084 JANE Q PUBLIC\n"
        "Pay Frequency: Semi-Monthly\nGross Pay $4,479.17 35,833.36\n"
        "Net Pay $3,469.10\nDeposited to the account of\nJANE Q PUBLIC $3,469.10"
    )
    fields, notes = extract_pay_stub([text_page(adp)], ref)
    assert fields["employer"].value == "Swan Tools"  # the heading, not "Company Code: SWT"
    assert fields["gross_current"].value == Decimal("4479.17")
    assert fields["gross_ytd"].value == Decimal("35833.36")
    assert fields["net_current"].value == Decimal("3469.10")
    assert fields["frequency"].value == "semimonthly"
    assert fields["monthly_gross"].value == Decimal("8958.34")
    assert fields["pay_date"].value == date(2025, 4, 20)
    assert fields["employee_name"].value == "JANE Q PUBLIC"
    assert notes == []  # 35,833.36 is 8 half-months of 4,479.17: consistent
    conflicting, notes = extract_pay_stub([text_page(adp.replace("35,833.36", "95,833.36"))], ref)
    assert conflicting["gross_ytd"].value == Decimal("95833.36")
    assert notes  # far more than 7 half-months of pay: to review
    simple = (
        "Loan # 38157604\nOak Diner\nPAYROLL ADVICE\nEmployee: Julie Rich\n"
        "Pay period: 04/10/2025 through 04/23/2025\nPaid on: 04/26/2025\nGross wages: S1,903<_85\n"
        "Net check: $1,406.24"
    )
    fields, notes = extract_pay_stub([text_page(simple, ocr=True)], ref)
    assert fields["employer"].value == "Oak Diner"  # a "Loan #" line scribbled on top is no employer
    assert fields["gross_current"].value == Decimal("1903.85")  # OCR's "S1,903<_85"
    assert fields["gross_current"].confidence < 0.8  # a repaired figure is shown to a clerk
    assert fields["frequency"].value == "biweekly"  # inferred from a 14-day period
    assert fields["monthly_gross"].value == Decimal("4125.01")
    assert fields["gross_ytd"].value is None
    assert fields["employee_name"].value == "Julie Rich"
    assert notes == []


def test_a_value_not_found_is_not_a_confident_blank() -> None:
    stub = "Acme Corp Earnings Statement\nPay Date: 04/20/2025\nGross Pay $2,000.00\nNet Pay $1,700.00"
    fields, _ = extract_pay_stub([text_page(stub)], ref)
    assert fields["gross_current"].value == Decimal("2000.00") and fields["gross_current"].confidence >= 0.9
    assert fields["period_start"].value is None and fields["period_start"].confidence < 0.5  # to review


def test_pay_stub_header_row_values_and_ytd_net_pay_skipped() -> None:
    text = (
        "LONG INC PAY STATEMENT\n2907 Willis River, East Alejandra, CO 80639\n"
        "EMPLOYEE EMPLOYEE ID PAY PERIOD\nAlan Kim 850157 12/31/2024 - 01/13/2025\n"
        "CHECK DATE PAY FREQUENCY\n01/16/2025 Bi-Weekly\n"
        "Total Gross 4,730.77 9,461.54\nYTD Net Pay: $7,648.28 NET PAY $3,824.14"
    )
    fields, _ = extract_pay_stub([text_page(text, ocr=True)], ref)
    assert fields["employer"].value == "LONG INC"
    assert fields["employee_name"].value == "Alan Kim"  # not "EMPLOYEE ID PAY PERIOD"
    assert fields["pay_date"].value == date(2025, 1, 16)  # under its header, not beside it
    assert fields["frequency"].value == "biweekly"
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2024, 12, 31), date(2025, 1, 13))
    assert fields["net_current"].value == Decimal("3824.14")  # not the YTD net pay
    assert fields["monthly_gross"].value == Decimal("10250.00")


def _table_stub_scan(path: Path) -> None:
    """A boxed pay statement table, rendered and turned half a degree like a scan, saved image-only."""
    import io

    import pypdfium2
    from PIL import Image

    drawn = io.BytesIO()
    pdf = canvas.Canvas(drawn, pagesize=letter)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(50, 740, "HARBOR FREIGHTWAYS")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(50, 700, "Employee: Dana Ortiz")
    pdf.drawString(50, 680, "Check date: 07/31/2025")
    pdf.drawString(50, 660, "Pay period: 07/16/2025 - 07/31/2025")
    for x, header in ((50, "Description"), (330, "Current"), (480, "YTD")):
        pdf.drawString(x, 620, header)
    for y, label, current, ytd in ((600, "Regular Pay", "2,100.00", "29,400.00"),
                                   (580, "Total Gross", "2,400.00", "33,600.00")):
        pdf.drawString(50, y, label)
        pdf.drawRightString(380, y, current)
        pdf.drawRightString(520, y, ytd)
        pdf.line(45, y - 5, 530, y - 5)
    pdf.drawString(50, 540, "YTD Net Pay: $25,200.00")
    pdf.drawString(330, 540, "NET PAY $1,800.00")
    pdf.save()
    document = pypdfium2.PdfDocument(drawn.getvalue())
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image = image.rotate(-0.6, expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC)
    image.save(path, "PDF", resolution=200.0)


def test_scanned_table_pay_stub_read_by_column_headers(tmp_path: Path) -> None:
    from lossmit_docs.reading.ocr import ocr_page
    from lossmit_docs.settings import Settings

    path = tmp_path / "stub.pdf"
    _table_stub_scan(path)
    page = ocr_page(path, 1, Settings(ocr_dpi=200))
    assert page.method == TextMethod.OCR and page.words
    fields, _ = extract_pay_stub([page], ref)
    assert fields["employer"].value == "HARBOR FREIGHTWAYS"
    assert fields["employee_name"].value == "Dana Ortiz"
    assert fields["gross_current"].value == Decimal("2400.00")  # the Total Gross row, Current column
    assert fields["gross_ytd"].value == Decimal("33600.00")
    assert fields["net_current"].value == Decimal("1800.00")
    assert fields["frequency"].value == "semimonthly"  # 16 days from the 16th
    assert fields["monthly_gross"].value == Decimal("4800.00")


def test_bank_statement_layouts_keep_last_four_only() -> None:
    one = (
        "Meridian National Bank Page 1 of 2\nStatement period: February 1, 2025 - February 28, 2025 "
        "Account number: ******3256\nBeginning balance on Feb 1, 2025 $1,581.26\n"
        "Ending balance on Feb 28, 2025 $290.91"
    )
    two = (
        "Lakeside Credit Union\nAccount # 0012 3456 7890\nFor the period 03/01/2025 to 03/31/2025\n"
        "Opening balance 2,164.32\nClosing balance 5,451.30"
    )
    summary = (
        "Riverbend Federal Credit Union | aes Page 1 of 2\nStatement period: October 1, 2025 - October 31, 2025 "
        "Account number: +445 959\nCHECKING ACTIVITY Opening balance $614.17 Closing balance $4,784.05"
    )
    continued = "Riverbend Federal Credit Union Page 2 of 2\nAccount number: ******5259\nEnding balance $4,784.05"
    first = extract_bank_statement([text_page(one)], ref)
    second = extract_bank_statement([text_page(two)], ref)
    third = extract_bank_statement([text_page(summary, ocr=True), text_page(continued, ocr=True)], ref)
    assert (first["account_last4"].value, second["account_last4"].value) == ("3256", "7890")
    assert third["account_last4"].value == "5259"  # the masked number over OCR's split digits
    assert first["period_end"].value == date(2025, 2, 28) and second["period_start"].value == date(2025, 3, 1)
    assert first["beginning_balance"].value == Decimal("1581.26")
    assert second["ending_balance"].value == Decimal("5451.30")
    assert third["beginning_balance"].value == Decimal("614.17")  # not the closing balance on its line
    assert third["ending_balance"].value == Decimal("4784.05")
    assert first["bank_name"].value == "Meridian National Bank"  # without "Page"
    assert third["bank_name"].value == "Riverbend Federal Credit Union"  # without OCR specks


def test_benefit_letter_amount_and_type() -> None:
    text = (
        "Social Security Administration\nDate: September 27, 2025\nNotice of Award\n"
        "Your monthly benefit amount is $1,494.00 beginning October 2025.\nRetirement benefits"
    )
    fields = extract_letter([text_page(text)], ref, benefit=True)
    assert fields["letter_date"].value == date(2025, 9, 27)
    assert fields["monthly_amount"].value == Decimal("1494.00")
    assert fields["benefit_type"].value == "benefits_taxable"
    disability = text.replace("Retirement benefits", "You are entitled to Social Security Disability benefits.")
    assert extract_letter([text_page(disability)], ref, benefit=True)["benefit_type"].value == "benefits_nontaxable"
    unemployment = (
        "Department of Labor\nUnemployment Insurance Division\nAugust 9, 2025\nNOTICE OF CLAIM APPROVAL\n"
        "Benefit year begin date 08/06/2025\nWeekly benefit amount $443.00\nBenefits are taxable income."
    )
    fields = extract_letter([text_page(unemployment)], ref, benefit=True)
    assert fields["letter_date"].value == date(2025, 8, 9)  # not the benefit year's dates
    assert fields["benefit_type"].value == "unemployment"
    assert fields["monthly_amount"].value == Decimal("1919.67")  # 443 a week, 52 weeks over 12 months


def test_letter_date_is_the_heading_date_not_the_fax_header_or_body() -> None:
    faxed = (
        "Nov 07 2025 FROM: (648) 555-0146 15:14 P.009/010\nVictoria Gutierrez\n7729 Michelle Estate\n"
        "October 17, 2025\nNorthgate Loan Servicing\nDear Sir or Madam:\n"
        "I was relocated for work on October 1, 2024."
    )
    fields = extract_letter([text_page(faxed, ocr=True)], ref, benefit=False)
    assert fields["letter_date"].value == date(2025, 10, 17)
    numeric = "Curtis Williams\n9 Elm Rd\n03/19/2025\nRE: Loan number 896278\nDear Loss Mitigation,\nSince 01/02/2024"
    assert extract_letter([text_page(numeric)], ref, benefit=False)["letter_date"].value == date(2025, 3, 19)
    undated = "Nov 07 2025 FROM: (648) 555-0146 P.003/010\nDear Sir or Madam:\nMy wife died on May 2, 2025."
    fields = extract_letter([text_page(undated, ocr=True)], ref, benefit=False)
    assert fields["letter_date"].value is None  # neither the fax's date nor one of the body
    assert fields["letter_date"].confidence < 0.5


def test_a_dateline_beside_the_addressees_name_is_the_letters_date_surely() -> None:
    """An award letter sets its date at the right of the addressee's first line, so the text layer reads
    "Jean-Baptiste R. Lefevre  February 15, 2027": the letter's date, sure, whatever the body dates after.
    A date after a caption on such a line ("Benefits Effective") is not taken as sure."""
    award = ("SOCIAL SECURITY ADMINISTRATION Notice of Award\nOffice of Disability Operations\n"
             "Jean-Baptiste R. Lefèvre February 15, 2027\n7383 Whitcomb Ave Claim Number: XXX-XX-3975HA\n"
             "Cedar Falls, IA 50627\nYou became disabled under our rules on May 31, 2026.")
    fields = extract_letter([text_page(award)], ref, benefit=True)
    assert fields["letter_date"].value == date(2027, 2, 15)
    assert fields["letter_date"].confidence >= 0.8
    effective = award.replace("Jean-Baptiste R. Lefèvre February", "Benefits Effective February")
    assert extract_letter([text_page(effective)], ref, benefit=True)["letter_date"].confidence < 0.8


def test_profit_and_loss_net_income_and_signature() -> None:
    signed = (
        "Flores Mann LLC\nPROFIT & LOSS\nFor the period April 1, 2025 through June 30, 2025\n"
        "Gross receipts $25,122.45\nTotal expenses $11,022.45\nNET PROFIT (LOSS) $14,100.00\n"
        "Average monthly net income $4,700.00\n"
        "I certify that this statement is true and correct to the best of my knowledge.\n"
        "Cassidy Chico mot.\nCassidy Johnson, Owner Date: 07/16/2025"
    )
    fields = extract_profit_and_loss([text_page(signed, ocr=True)], ref)
    assert fields["net_income"].value == Decimal("14100.00")
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 4, 1), date(2025, 6, 30))
    assert fields["signed"].value is True
    unsigned = signed.replace("Cassidy Chico mot.\n", "")
    assert extract_profit_and_loss([text_page(unsigned, ocr=True)], ref)["signed"].value is False
    labelled = (
        "Profit and Loss Statement\nPeriod: 01/01/2025 - 03/31/2025\nNet income (loss) (1,250.00)\n"
        "Owner signature: ____________ Date: ________"
    )
    fields = extract_profit_and_loss([text_page(labelled)], ref)
    assert fields["net_income"].value == Decimal("1250.00")
    assert fields["signed"].value is False


def test_4506c_signature_over_its_label() -> None:
    form = (
        "Form 4506-C IVES Request for Transcript of Tax Return\n"
        "reading declares that he/she has the authority to sign the Form 4506-C.\n{mark}"
        "Signature of taxpayer Date\nPrint/Type name: Julie Richardson"
    )
    signed = extract_4506c([text_page(form.format(mark="Julie Richardson\n05/26/2025\n"))], ref)
    assert signed["signed"].value is True and signed["signed_on"].value == date(2025, 5, 26)
    scanned = extract_4506c([text_page(form.format(mark="Gassidy sohnsory 08/13/2025\n"), ocr=True)], ref)
    assert scanned["signed"].value is True and scanned["signed_on"].value == date(2025, 8, 13)
    blank = extract_4506c([text_page(form.format(mark=""))], ref)
    assert blank["signed"].value is False and blank["signed_on"].value is None


def test_tax_return_year_and_form() -> None:
    fields = extract_tax_return([text_page("Form 1040 U.S. Individual Income Tax Return 2024\nFiling Status")], ref)
    assert (fields["tax_year"].value, fields["form"].value) == (2024, "1040")
    business = extract_tax_return([text_page("Form 1065 U.S. Return of Partnership Income\nFor calendar year 2023")],
                                  ref)
    assert (business["tax_year"].value, business["form"].value) == (2023, "1065")


def _scrawl(pdf: canvas.Canvas, x: float, y: float) -> None:
    pdf.setLineWidth(2.0)
    for dx in range(0, 150, 30):  # loops of a handwritten name
        pdf.bezier(x + dx, y, x + dx + 10, y + 20, x + dx + 25, y - 6, x + dx + 30, y + 9)
    pdf.setLineWidth(1)


def _signature_forms(tmp_path: Path, signed: bool) -> tuple[Path, Path]:
    """A 4506-C-like form (line, then "Signature of taxpayer" under it, a dated line on the right) and a
    P&L with no signature label: a certification, then a line, the owner's name printed under it."""
    form, pnl = tmp_path / f"4506c-{signed}.pdf", tmp_path / f"pnl-{signed}.pdf"
    pdf = canvas.Canvas(str(form), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 700, "Form 4506-C IVES Request for Transcript of Tax Return")
    pdf.drawString(40, 470, "Caution: Do not sign this form unless all applicable lines have been completed.")
    pdf.line(40, 420, 330, 420)
    pdf.line(360, 420, 460, 420)
    pdf.drawString(40, 410, "Signature of taxpayer")
    pdf.drawString(360, 410, "Date")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(365, 424, "08/13/2025")
    if signed:
        _scrawl(pdf, 50, 426)
    pdf.save()
    pdf = canvas.Canvas(str(pnl), pagesize=letter)
    pdf.setFont("Times-Roman", 11)
    pdf.drawString(200, 720, "PROFIT & LOSS")
    pdf.drawString(160, 700, "For the period April 1, 2025 through June 30, 2025")
    pdf.drawString(72, 600, "NET PROFIT (LOSS)")
    pdf.drawRightString(540, 600, "$14,100.00")
    pdf.drawString(72, 560, "I certify that this statement is true and correct to the best of my knowledge.")
    pdf.line(72, 515, 300, 515)
    pdf.drawString(72, 503, "Cassidy Johnson, Owner")
    pdf.drawString(350, 503, "Date: 07/16/2025")
    if signed:
        _scrawl(pdf, 80, 520)
    pdf.save()
    return form, pnl


def _layer_page(path: Path) -> Page:
    """A born-digital page as the reader gives it: text, no word boxes (the ink probe has those)."""
    return Page(1, PdfReader(path).pages[0].extract_text(), TextMethod.TEXT_LAYER, 1.0, 0, 612.0, 792.0)


def test_signatures_are_ink_on_the_signature_line(tmp_path: Path) -> None:
    from lossmit_docs.reading.ink import PdfInk

    for signed in (True, False):
        form, pnl = _signature_forms(tmp_path, signed)
        fields = extract_4506c([_layer_page(form)], ref, PdfInk(form))
        assert fields["signed"].value is signed  # the date on its own line is no signature
        assert fields["signed"].confidence >= 0.9  # pixels plainly there or plainly not
        assert fields["signed_on"].value == date(2025, 8, 13) and fields["signed_on"].confidence >= 0.8
        fields = extract_profit_and_loss([_layer_page(pnl)], ref, PdfInk(pnl))
        assert fields["signed"].value is signed  # the printed name under the line is no signature
        assert fields["signed"].confidence >= 0.9
        assert fields["net_income"].value == Decimal("14100.00")
    form, _ = _signature_forms(tmp_path, True)
    assert extract_4506c([_layer_page(form)], ref)["signed"].confidence < 0.8  # text alone is never sure


def test_signature_line_followed_on_a_skewed_scan(tmp_path: Path) -> None:
    import pypdfium2
    from PIL import Image

    from lossmit_docs.reading.ink import PdfInk, signature_ink, signature_reading

    turn = math.radians(1.5)  # counter-clockwise: the line rises to the right across a dozen pixel rows
    tilt = -math.tan(turn) * 612 / 792  # rise per page width, in page fractions, as OCR measures it
    readings = {}
    for signed in (True, False):
        form, _ = _signature_forms(tmp_path, signed)
        document = pypdfium2.PdfDocument(str(form))
        image = document[0].render(scale=150 / 72).to_pil().convert("L")
        document.close()
        scan = tmp_path / f"scan-{signed}.pdf"
        turned = image.rotate(math.degrees(turn), fillcolor=255, resample=Image.Resampling.BICUBIC)
        turned.save(scan, "PDF", resolution=150.0)
        x0, y0, x1, y1 = next(w for w in PdfInk(form).words(1) if w.text == "Signature").box
        cx, cy = (x0 + x1) / 2 * 612 - 306, (y0 + y1) / 2 * 792 - 396  # the label's centre, in points
        nx = (306 + cx * math.cos(turn) + cy * math.sin(turn)) / 612
        ny = (396 - cx * math.sin(turn) + cy * math.cos(turn)) / 792
        label = (nx - (x1 - x0) / 2, ny - (y1 - y0) / 2, nx + (x1 - x0) / 2, ny + (y1 - y0) / 2)
        readings[signed] = signature_reading(signature_ink(PdfInk(scan).image(1), label, 0.58, tilt))
    assert readings == {True: (True, 0.95), False: (False, 0.95)}


def test_tilt_is_found_from_neighbours_on_the_page_not_from_reading_order() -> None:
    """OCR returns a table column by column; the tilt still comes from each label and its amount."""
    tops = [0.2 + 0.02 * i for i in range(6)]
    labels = [Word(f"Line{i}", 0.95, (0.1, top, 0.2, top + 0.012)) for i, top in enumerate(tops)]
    amounts = [Word(f"{i},000.00", 0.95, (0.7, top + 0.009, 0.8, top + 0.021)) for i, top in enumerate(tops)]
    page = Page(1, "", TextMethod.OCR, 0.9, words=(*labels, *amounts))
    assert abs(skew(page) - 0.015) < 0.001
    for label, amount in zip(labels, amounts, strict=True):
        assert row_right_of(page, label.box) == [amount]


def test_net_pay_of_a_scanned_table_read_column_by_column_is_found_by_its_row() -> None:
    text = "U.S. Army (DFAS)\nGross Pay\nDeductions\nNet Pay\nOther Benefits and Information\n\nthis period\n$1,792.47"
    words = (Word("Net", 0.96, (0.07, 0.359, 0.095, 0.369)), Word("Pay", 0.96, (0.1, 0.359, 0.13, 0.369)),
             Word("Other", 0.96, (0.07, 0.4, 0.12, 0.41)),
             Word("this", 0.9, (0.6, 0.3, 0.63, 0.31)), Word("period", 0.9, (0.64, 0.3, 0.7, 0.31)),
             Word("$1,792.47", 0.9, (0.6, 0.358, 0.67, 0.369)))
    page = Page(1, text, TextMethod.OCR, 0.9, words=words)
    fields, _ = extract_pay_stub([page], ref)
    assert fields["net_current"].value == Decimal("1792.47") and fields["net_current"].confidence > 0.8


def _form_1040(path: Path, signed: bool) -> Path:
    """A 1040-like return: income lines, then "Sign Here", the perjury statement, a line with "Your
    signature" printed under it and a dated line beside; a Schedule C page after it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 740, "Form 1040 U.S. Individual Income Tax Return 2024")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 700, "Total amount from Form(s) W-2, box 1")
    pdf.drawRightString(560, 700, "69,000.00")
    pdf.drawString(40, 520, "Sign Here")
    pdf.drawString(110, 520, "Under penalties of perjury, I declare that I have examined this return and to the best")
    pdf.line(110, 480, 380, 480)
    pdf.line(400, 480, 500, 480)
    pdf.drawString(110, 470, "Your signature")
    pdf.drawString(400, 470, "Date")
    pdf.setFont("Courier", 10)
    pdf.drawString(405, 484, "04/02/2025")
    if signed:
        _scrawl(pdf, 120, 486)
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 740, "SCHEDULE C (Form 1040) Profit or Loss From Business 2024")
    pdf.drawString(40, 700, "Net profit or (loss)")
    pdf.drawRightString(560, 700, "55,234.99")
    pdf.save()
    return path


def test_tax_return_signature_is_ink_over_your_signature(tmp_path: Path) -> None:
    from lossmit_docs.reading.ink import PdfInk

    for signed in (True, False):
        path = _form_1040(tmp_path / f"1040-{signed}.pdf", signed)
        pages = [Page(n + 1, page.extract_text(), TextMethod.TEXT_LAYER, 1.0, 0, 612.0, 792.0)
                 for n, page in enumerate(PdfReader(path).pages)]
        fields = extract_tax_return(pages, ref, PdfInk(path))
        assert (fields["tax_year"].value, fields["form"].value) == (2024, "1040")
        assert fields["signed"].value is signed and fields["signed"].confidence >= 0.9
        assert fields["signed_on"].value == date(2025, 4, 2)
        assert fields["signed"].source.page == 1


def test_year_to_date_counts_from_the_day_paid() -> None:
    """A period ending December 30 paid January 3: its YTD is the new year's first pay, not the 26th."""
    stub = (
        "Harbor Freight Lines\nEarnings Statement\nPeriod Beginning: 12/17/2024\nPeriod Ending: 12/30/2024\n"
        "Pay Date: 01/03/2025\nPay Frequency: Biweekly\nGross Pay $4,730.77 4,730.77\nNet Pay $3,512.08"
    )
    fields, notes = extract_pay_stub([text_page(stub)], ref)
    assert fields["gross_ytd"].value == Decimal("4730.77") and notes == []
    _, notes = extract_pay_stub([text_page(stub.replace("01/03/2025", "06/27/2025"))], ref)
    assert notes and "does not match" in notes[0]  # in late June one period's pay is no year-to-date


def test_bank_statement_with_a_summary_box_and_from_to_lines() -> None:
    text = (
        "Northgate Savings Bank\nACCOUNT STATEMENT\nPriya Abernathy Account Premier Checking ...1043\n"
        "5560 Whitcomb Ave Apt 9 Statement from Jun 20, 2025\nFlagstaff, AZ 86072 Statement to Jul 19, 2025\n"
        "Opening Balance Money In Money Out Closing Balance\n$1,509.40 $7,430.00 $3,518.89 $5,420.51\n"
        "20 Jun Opening balance 1,509.40\n23 Jun ONLINE PMT VISA CARD 269.81 1,239.59\n"
        "19 Jul Closing balance 5,420.51"
    )
    fields = extract_bank_statement([text_page(text)], ref)
    assert fields["account_last4"].value == "1043"
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 6, 20), date(2025, 7, 19))
    assert fields["beginning_balance"].value == Decimal("1509.40")
    assert fields["ending_balance"].value == Decimal("5420.51")
    union = ("PRAIRIE SUMMIT CREDIT UNION Member Statement\nStatement period: October 1, 2024 through October 31, "
             "2024\nSHARE DRAFT CHECKING ****5771\nBeginning balance 10/01/2024 $2,784.72")
    fields = extract_bank_statement([text_page(union, ocr=True)], ref)
    assert fields["bank_name"].value == "PRAIRIE SUMMIT CREDIT UNION" and fields["account_last4"].value == "5771"


def test_pay_slip_with_its_figures_to_date_and_its_firm_over_its_address() -> None:
    slip = (
        "PAY SLIP\nKeep this slip for your records\nEmployee: Gideon Szabo\nPay frequency: Bi-Weekly\n"
        "Pay period: 07/12/25 - 07/25/25\nPaid on: Jul 31,2025\nTotal Gross $1,713.60\nTake Home Pay $1,265.84\n"
        "Hollow Creek Foods LLC\n9663 Whitcomb Ave, Yakima, WA 98955\nYEAR TO DATE\nGross to date 25,704.00\n"
        "Net to date 18,987.60"
    )
    fields, _ = extract_pay_stub([text_page(slip)], ref)
    assert fields["employer"].value == "Hollow Creek Foods LLC"  # not "Keep"
    assert fields["pay_date"].value == date(2025, 7, 31)
    assert fields["net_current"].value == Decimal("1265.84")  # not the net to date
    assert fields["gross_ytd"].value == Decimal("25704.00")
    board = ("Larchmont Unified School District EARNINGS STATEMENT\nEMPLOYEE EMPLOYEE NO. DEPARTMENT\n"
             "ANNELIESE T. SZABO E1100 Service\nGross Earnings 2,000.00 24,000.00\nNet Earnings $1,506.99")
    fields, _ = extract_pay_stub([text_page(board)], ref)
    assert fields["employee_name"].value == "ANNELIESE T. SZABO"  # the employee number is not part of the name


def test_dates_as_ocr_and_typists_write_them() -> None:
    from lossmit_docs.reading.values import dates_in

    assert dates_in("For the period January: 1, 2025 through August 31,2025") == [date(2025, 1, 1),
                                                                                    date(2025, 8, 31)]
    # a form's date in labelled pieces, and a certificate's "day of", its century printed apart
    assert dates_in("When did it start? Month 06 Day 28 Year 2030 How long?") == [date(2030, 6, 28)]
    assert dates_in("Month: 6 / Day: 2 / Year: 2030") == [date(2030, 6, 2)]
    assert dates_in("Signed this 22nd day of November , 20 30") == [date(2030, 11, 22)]
    assert dates_in("on the 3rd day of May, 2029") == [date(2029, 5, 3)]
    assert dates_in("Month of May, Day shift, 2030 hours") == []


def test_net_pay_that_gross_less_deductions_does_not_give_goes_to_review() -> None:
    slip = ("PAY SLIP\nEmployee: Gideon Szabo\nPay frequency: Bi-Weekly\nPaid on: Jul 31, 2025\n"
            "Total Gross $1,713.60\nLess: taxes and deductions -$447.76\nTake Home Pay $1,265.34")
    fields, notes = extract_pay_stub([text_page(slip, ocr=True)], ref)
    assert fields["net_current"].confidence < 0.8 and any("1265.84" in note for note in notes)
    right, notes = extract_pay_stub([text_page(slip.replace("1,265.34", "1,265.84"), ocr=True)], ref)
    assert right["net_current"].confidence >= 0.8 and notes == []


def _pay_advice(path: Path) -> None:
    """A "Pay Advice" as large payrolls print them: labels in pairs on a row, begin and end dates, and a
    totals table whose column labels (TOTAL GROSS ... NET PAY) head a Current row and a YTD row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, 750, "PAY ADVICE")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 732, "Harlan Valley Foods")
    pdf.drawString(50, 718, "88 Orchard Way, Salem, OR 97301")
    rows = (("Name:", "Rosa M. Quintero", "Advice #:", "5521907"),
            ("Employee ID:", "77120", "Advice Date:", "03/21/2025"),
            ("Pay Group:", "HRLY-BW", "Pay Begin Date:", "03/02/2025"), ("", "", "Pay End Date:", "03/15/2025"))
    for n, (label, value, label2, value2) in enumerate(rows):
        y = 690 - 14 * n
        pdf.drawString(50, y, f"{label} {value}".strip())
        pdf.drawString(330, y, f"{label2} {value2}")
    headers = ((50, ""), (140, "TOTAL GROSS"), (240, "FED TAXABLE GROSS"), (360, "TOTAL TAXES"),
               (450, "TOTAL DEDUCTIONS"), (540, "NET PAY"))
    pdf.setFont("Helvetica-Bold", 8)
    for x, header in headers:
        pdf.drawRightString(x + 50, 600, header)
    pdf.setFont("Helvetica", 9)
    for y, label, figures in ((585, "Current", ("1,980.00", "1,900.80", "402.11", "79.20", "1,498.69")),
                              (571, "YTD", ("11,880.00", "11,404.80", "2,412.66", "475.20", "8,992.14"))):
        pdf.drawString(50, y, label)
        for (x, _), figure in zip(headers[1:], figures, strict=True):
            pdf.drawRightString(x + 50, y, figure)
    pdf.drawString(50, 540, "This is an advice of deposit only. It is not negotiable.")
    pdf.save()


def _check_pay_advice(fields: dict) -> None:
    assert fields["employer"].value == "Harlan Valley Foods"  # not the "PAY ADVICE" title
    assert fields["employee_name"].value == "Rosa M. Quintero"  # not "... Advice" from the next label
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 3, 2), date(2025, 3, 15))
    assert fields["frequency"].value == "biweekly"
    assert fields["gross_current"].value == Decimal("1980.00")
    assert fields["gross_ytd"].value == Decimal("11880.00")
    assert fields["net_current"].value == Decimal("1498.69")  # its own column, not the row's first figure


def test_pay_advice_figures_under_their_column_labels(tmp_path: Path) -> None:
    from lossmit_docs.reading.ink import PdfInk, with_words

    path = tmp_path / "advice.pdf"
    _pay_advice(path)
    fields, notes = extract_pay_stub([with_words(_layer_page(path), PdfInk(path))], ref)
    _check_pay_advice(fields)
    assert notes == []  # gross less taxes and deductions is the net pay
    assert fields["net_current"].confidence >= 0.9


def test_scanned_pay_advice_figures_under_their_column_labels(tmp_path: Path) -> None:
    import pypdfium2
    from PIL import Image

    from lossmit_docs.reading.ocr import ocr_page
    from lossmit_docs.settings import Settings

    drawn, scan = tmp_path / "advice.pdf", tmp_path / "scan.pdf"
    _pay_advice(drawn)
    document = pypdfium2.PdfDocument(drawn)
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    image.rotate(-0.4, expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC).save(scan, "PDF",
                                                                                          resolution=200.0)
    fields, _ = extract_pay_stub([ocr_page(scan, 1, Settings(ocr_dpi=200))], ref)
    _check_pay_advice(fields)


def test_stub_with_its_year_once_in_the_period_and_the_name_under_its_label() -> None:
    text = ("Hollow Creek Foods LLC\n9663 Whitcomb Ave, Yakima, WA 98955\nEmployee\n"
            "Marisol A. Okafor Pay period: Dec 16 - Jan 1, 2026 Net Pay\n"
            "7425 Juniper Hollow Dr Pay Day: Jan 6, 2026 $1,416.67\nGross Earnings 1,875.00 1,875.00\n")
    fields, _ = extract_pay_stub([text_page(text)], ref)
    assert fields["employee_name"].value == "Marisol A. Okafor"  # not "... Pay" from the next cell's label
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 12, 16), date(2026, 1, 1))
    assert fields["pay_date"].value == date(2026, 1, 6)
    assert fields["employer"].value == "Hollow Creek Foods LLC"


def test_a_stubs_row_of_column_codes_names_no_employer() -> None:
    text = ("CO. FILE DEPT. CLOCK VCHR. NO. Earnings Statement\nGVJ 346624 5227 33 98866 1\n"
            "BLUE HERON HOSPITALITY Period Beginning: 06/01/2025\n2639 PEWTER ST Period Ending: 06/14/2025\n"
            "MUNCIE, IN 47330 Pay Date: 06/20/2025\n")
    fields, _ = extract_pay_stub([text_page(text)], ref)
    assert fields["employer"].value == "BLUE HERON HOSPITALITY"
    assert fields["period_end"].value == date(2025, 6, 14)


def _sign_here_4506c(path: Path, signed: bool) -> Path:
    """The 4506-C's "Sign / Here" printed on two lines beside the signature line, a checkbox paragraph
    above it and the typed name on a line below."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(50, 480, "Form 4506-C IVES Request for Transcript of Tax Return")
    pdf.rect(50, 444, 7, 7)
    pdf.drawString(62, 445, "Signatory attests that he/she has read the attestation clause.")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(40, 420, "Sign")
    pdf.drawString(40, 409, "Here")
    pdf.line(80, 415, 370, 415)
    pdf.line(400, 415, 560, 415)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(80, 405, "Signature for Line 1a (see instructions)")
    pdf.drawString(400, 405, "Date")
    pdf.setFont("Courier", 10)
    pdf.drawString(90, 385, "Anneliese MacAllister")
    pdf.line(80, 380, 370, 380)
    if signed:
        _scrawl(pdf, 100, 418)
    pdf.save()
    return path


def test_4506c_signed_by_ink_beside_a_two_line_sign_here(tmp_path: Path) -> None:
    from lossmit_docs.reading.ink import PdfInk

    for signed in (False, True):
        path = _sign_here_4506c(tmp_path / f"{signed}.pdf", signed)
        fields = extract_4506c([_layer_page(path)], ref, PdfInk(path))
        assert fields["signed"].value is signed and fields["signed"].confidence >= 0.9


def test_4506c_signature_found_under_its_attestation_when_no_label_is_read(tmp_path: Path) -> None:
    """A pen scrawl over "Sign Here" leaves OCR no signature label; the attestation above the line still
    says where to look, and the date beside the signature is read by its own words."""
    from lossmit_docs.reading.ink import PdfInk

    path = tmp_path / "4506c.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(62, 445, "Signatory attests that he/she has read the attestation clause.")
    pdf.line(80, 415, 370, 415)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(420, 418, "08/02/2025")
    _scrawl(pdf, 100, 418)
    pdf.save()
    fields = extract_4506c([_layer_page(path)], ref, PdfInk(path))
    assert fields["signed"].value is True and fields["signed"].confidence >= 0.9
    assert fields["signed_on"].value == date(2025, 8, 2)


def test_big_bank_statement_period_under_its_name_and_balances_read_as_another_block() -> None:
    """OCR gives a summary box's labels and its figures as separate blocks of text; the word boxes put
    each figure on its label's row. The period is printed under the account's name, unlabelled."""
    text = ("Meridian National Bank\nINGRID G. FAIRBANKS\nYour Meridian Everyday Checking\n"
            "for March 1, 2025 to March 31, 2025\nAccount summary\nBeginning balance on March 1, 2025\n"
            "Deposits and other additions\nEnding balance on March 31, 2025\n$1,461.79\n$2,400.00\n$1,805.50")

    def row(y: float, *cells: tuple[str, float, float]) -> list[Word]:
        return [Word(t, 0.95, (x0, y, x1, y + 0.012)) for t, x0, x1 in cells]

    words = (row(0.30, ("Beginning", 0.08, 0.16), ("balance", 0.17, 0.23), ("on", 0.24, 0.26), ("March", 0.27, 0.32),
                 ("1,", 0.33, 0.34), ("2025", 0.35, 0.39), ("$1,461.79", 0.80, 0.88))
             + row(0.32, ("Deposits", 0.08, 0.16), ("and", 0.17, 0.2), ("other", 0.21, 0.25),
                   ("additions", 0.26, 0.33), ("$2,400.00", 0.80, 0.88))
             + row(0.34, ("Ending", 0.08, 0.14), ("balance", 0.15, 0.21), ("on", 0.22, 0.24), ("March", 0.25, 0.3),
                   ("31,", 0.31, 0.33), ("2025", 0.34, 0.38), ("$1,805.50", 0.80, 0.88)))
    fields = extract_bank_statement([Page(1, text, TextMethod.OCR, 0.95, words=tuple(words))], ref)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 3, 1), date(2025, 3, 31))
    assert fields["beginning_balance"].value == Decimal("1461.79")
    assert fields["ending_balance"].value == Decimal("1805.50")


def test_scanned_stub_header_dates_in_a_block_of_their_own_are_found_by_row() -> None:
    """OCR reads "Check Date:" / "Period Beginning:" / "Period Ending:" as one block and their dates as
    another; the word boxes put each date on its label's row."""
    text = ("SUMMIT RIDGE HEALTH SYSTEM\nCheck Date:\nPeriod Beginning:\nPeriod Ending:\n"
            "08/29/2025\n08/10/2025\n08/23/2025")
    words = []
    for y, label, value in ((0.10, ("Check", "Date:"), "08/29/2025"), (0.12, ("Period", "Beginning:"), "08/10/2025"),
                            (0.14, ("Period", "Ending:"), "08/23/2025")):
        words += [Word(label[0], 0.95, (0.55, y, 0.6, y + 0.01)), Word(label[1], 0.95, (0.61, y, 0.68, y + 0.01)),
                  Word(value, 0.95, (0.8, y, 0.88, y + 0.01))]
    fields, _ = extract_pay_stub([Page(1, text, TextMethod.OCR, 0.95, words=tuple(words))], ref)
    assert fields["pay_date"].value == date(2025, 8, 29)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 8, 10), date(2025, 8, 23))
    assert fields["frequency"].value == "biweekly"


def test_pay_stub_header_band_dates_under_their_labels_and_a_ytd_amount_column(tmp_path: Path) -> None:
    from lossmit_docs.reading.ink import PdfInk, with_words

    path = tmp_path / "band.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, 740, "Brightline Dental Group Payroll Statement")
    for x, label, value in ((50, "Check Date", "08/29/2025"), (150, "Period Start", "08/10/2025"),
                            (250, "Period End", "08/23/2025"), (350, "Net Pay", "$1,116.01")):
        pdf.drawString(x, 715, label)
        pdf.drawString(x, 700, value)
    pdf.drawString(50, 670, "Employee Lucinda Fairbanks")
    pdf.drawString(250, 670, "Tax Info")
    for x, header in ((50, "Earnings"), (300, "Amount"), (420, "YTD Amount")):
        pdf.drawString(x, 640, header)
    pdf.drawString(50, 625, "Gross Earnings")
    pdf.drawRightString(340, 625, "1,473.60")
    pdf.drawRightString(470, 625, "25,051.20")
    pdf.save()
    fields, _ = extract_pay_stub([with_words(_layer_page(path), PdfInk(path))], ref)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2025, 8, 10), date(2025, 8, 23))
    assert fields["employee_name"].value == "Lucinda Fairbanks"
    assert fields["gross_current"].value == Decimal("1473.60")
    assert fields["gross_ytd"].value == Decimal("25051.20")  # "Amount" within "YTD Amount" heads the year's


def test_a_disability_awards_weekly_amount_is_no_sign_of_unemployment() -> None:
    award = ("NOTICE OF COMPUTATION AND AWARD\nDate mailed: May 3, 2030\nWeekly benefit amount $506.58\n"
             "Monthly equivalent $2,195.18 per month\nstate disability insurance benefits are non-taxable")
    assert extract_letter([text_page(award)], ref, benefit=True)["benefit_type"].value == "benefits_nontaxable"



def test_a_pay_period_read_ending_before_it_begins_is_for_a_person() -> None:
    """One of its dates is another of the stub's (its pay date): neither is passed on as sure."""
    stub = ("Acme Tools Inc Earnings Statement\nPeriod beginning: 08/20/2030\nPeriod ending: 08/01/2030\n"
            "Pay date: 08/20/2030\nGross Pay $2,000.00 10,000.00\nNet Pay $1,500.00")
    fields, _ = extract_pay_stub([text_page(stub)], ref)
    assert fields["period_start"].confidence < 0.8 and fields["period_end"].confidence < 0.8


def test_a_statements_sidebar_balances_are_not_the_transaction_rows_beside_them() -> None:
    """A statement whose summary sits in a left column: the text layer runs each sidebar label into the
    transaction row printed level with it, and the label's own figure stands on the next line."""
    sidebar = "\n".join([
        "Harborview ACCOUNT STATEMENT", "Cooperative Bank", "Date Description Ref Debits Credits Balance",
        "09/01/2030 Opening balance 2,087.68",
        "09/01/2030 ACH AUTO INSURANCE 15049 288.98 1,798.70",
        "09/17/2030 ACH CITY WATER UTIL 15166 53.46 3,429.06",
        "BEGINNING BALANCE 09/19/2030 POS FRESHWAY MARKET #22 15179 89.84 3,339.22",
        "$2,087.68",
        "TOTAL CREDITS 09/22/2030 ATM WITHDRAWAL 4410 MAIN 15205 206.42 2,801.17",
        "$4,966.73",
        "ENDING BALANCE",
        "$3,966.24 09/30/2030 ACH AUTO INSURANCE 15270 32.48 3,966.24",
        "09/30/2030 Closing balance 3,966.24",
    ])
    fields = extract_bank_statement([text_page(sidebar)], lambda n: PageRef("s.pdf", n, "x"))
    assert fields["beginning_balance"].value == Decimal("2087.68")
    assert fields["ending_balance"].value == Decimal("3966.24")


def test_a_balance_dated_before_its_figure_keeps_the_figure() -> None:
    """"Beginning balance on 09/01/2030 $2,087.68": the date is the label's own, not another row's."""
    text = "Harbor Savings Bank\nBeginning balance on 09/01/2030 $2,087.68\nEnding balance on 09/30/2030 $3,966.24"
    fields = extract_bank_statement([text_page(text)], lambda n: PageRef("s.pdf", n, "x"))
    assert fields["beginning_balance"].value == Decimal("2087.68")
    assert fields["ending_balance"].value == Decimal("3966.24")


def test_a_net_pay_read_larger_than_the_gross_goes_to_review() -> None:
    """A fax's doubled digit ("31111.08" for 3,111.08) with no deductions total to check it against: a net
    pay is what is left of the gross, so it cannot pass as read."""
    text = ("CITY OF KENOSHA\nEARNINGS STATEMENT\nEmployee: Dana K. Whitfield\nPay date: 03/14/2030\n"
            "Period: 03/01/2030 - 03/14/2030\nGross pay 4,500.00\nNet pay 31111.08")
    fields, notes = extract_pay_stub([Page(1, text, TextMethod.OCR, 0.93)], ref)
    assert fields["gross_current"].value == Decimal("4500.00")
    assert fields["net_current"].value == Decimal("31111.08") and fields["net_current"].confidence <= 0.5
    assert any("more than the gross" in note for note in notes)
