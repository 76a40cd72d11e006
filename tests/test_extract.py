"""Field extraction: the real Form 710 filled through its AcroForm, pay stubs and statements in two layouts,
and ink read off rendered pages for ticks and signatures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.extract_documents import extract_bank_statement, extract_letter, extract_pay_stub
from lossmit_docs.reading.ink import PdfInk

FORM710 = Path("/work/shared/reference/fanniemae-freddiemac-form710-apr2023.pdf")


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


def test_real_form710_filled_through_its_acroform(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=FORM710)
    values = {
        0: {
            "Text_1": "0012345678",
            "Text_2": "Ana Lopez",
            "Text_3": "123-45-6789",
            "Text_6": "1 Main St, Dayton, OH 45402",
            "Checkbox_25": "/Checkbox_25",
        },
        1: {"Date_1": "03/04/2025", "Checkbox_46": "/Checkbox_46", "Checkbox_48": "/Checkbox_48"},
        2: {"Number_2": "3000", "Number_9": "250.50", "Number_10": "400"},
        3: {"Date_3": "04/01/2025"},
    }
    for index, fields in values.items():
        writer.update_page_form_field_values(writer.pages[index], fields, auto_regenerate=False)
    path = tmp_path / "710.pdf"
    writer.write(path)
    with pdfplumber.open(path) as pdf:
        pages = [
            Page(
                i + 1,
                p.extract_text(),
                TextMethod.FORM_FIELD,
                1.0,
                0,
                float(p.width),
                float(p.height),
                tuple(
                    Word(
                        w["text"],
                        1.0,
                        (w["x0"] / p.width, w["top"] / p.height, w["x1"] / p.width, w["bottom"] / p.height),
                    )
                    for w in p.extract_words()
                ),
                form_fields=ff,
            )
            for i, (p, ff) in enumerate(zip(pdf.pages, widget_values(path), strict=True))
        ]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["loan_number"].value == "0012345678"
    assert fields["ssn_last4"].value == "6789"  # never the full number
    assert "123456789" not in repr(fields)
    assert fields["occupancy"].value == "second_home"
    assert sorted(fields["hardship_types"].value) == ["death", "divorce_or_separation"]
    assert fields["hardship_start_date"].value == date(2025, 3, 4)
    assert fields["income.wages"].value == Decimal("3000")
    assert fields["income.total"].value == Decimal("3250.50")
    assert fields["assets.checking"].value == Decimal("400")
    assert fields["signed"].value is False  # dated but no ink on the signature line
    assert fields["signed_on"].value == date(2025, 4, 1)
    assert fields["co_borrower_signed"].value is None
    assert fields["loan_number"].source == ref(1)


def test_servicer_form_ticks_and_signature_read_from_ink(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    lines = [
        ("REQUEST FOR MORTGAGE ASSISTANCE", None),
        ("Account number: 5551234567", None),
        ("Borrower name: Lee Park", None),
        ("Property address: 9 Elm Rd, Troy, NY 12180", None),
        ("A primary residence", False),
        ("A second home", True),
        ("Unemployment", True),
        ("Divorce or legal separation", False),
        ("Monthly gross wages/salary $ 4,100.00", None),
    ]
    y = 740
    for text, ticked in lines:
        pdf.drawString(100, y, text)
        if ticked is not None:
            pdf.rect(86, y - 1, 9, 9)
            if ticked:
                pdf.line(87, y, 94, y + 7)
                pdf.line(87, y + 7, 94, y)
        y -= 20
    pdf.drawString(100, 500, "Borrower signature:")
    pdf.drawString(400, 500, "Date: 05/02/2025")
    pdf.setLineWidth(2)
    pdf.bezier(200, 500, 230, 530, 260, 480, 320, 510)
    pdf.save()
    with pdfplumber.open(path) as doc:
        p = doc.pages[0]
        words = tuple(
            Word(w["text"], 1.0, (w["x0"] / p.width, w["top"] / p.height, w["x1"] / p.width, w["bottom"] / p.height))
            for w in p.extract_words()
        )
        page = Page(1, p.extract_text(), TextMethod.TEXT_LAYER, 1.0, 0, float(p.width), float(p.height), words)
    fields = extract_application([page], ref, PdfInk(path))
    assert fields["loan_number"].value == "5551234567"
    assert fields["borrower_name"].value == "Lee Park"
    assert fields["property_address"].value == "9 Elm Rd, Troy, NY 12180"
    assert fields["occupancy"].value == "second_home"
    assert fields["hardship_types"].value == ["unemployment"]
    assert fields["income.wages"].value == Decimal("4100.00")
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2025, 5, 2)


def test_ocr_marks_read_as_ticks_without_ink() -> None:
    text = (
        "Mortgage Assistance Application\nBorrower's name Ann Wu\n"
        "* The property is currently: [XJ A primary residence [] A second home [J An investment property\n"
        "[] Unemployment\n[X] Divorce or legal separation"
    )
    fields = extract_application([text_page(text, ocr=True)], ref)
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["divorce_or_separation"]
    assert fields["borrower_name"].value == "Ann Wu"
    assert fields["occupancy"].confidence < 0.9  # text marks on a scan are never certain


def test_pay_stub_layouts() -> None:
    adp = (
        "Swan Tools Earnings Statement\nPeriod Beginning: 04/01/2025\nPeriod Ending: 04/15/2025\n"
        "Pay Date: 04/20/2025\nPay Frequency: Semi-Monthly\nGross Pay $4,479.17 35,833.36\n"
        "Net Pay $3,469.10\nDeposited to the account of\nJANE Q PUBLIC $3,469.10"
    )
    fields, notes = extract_pay_stub([text_page(adp)], ref)
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
        "Oak Diner\nPAYROLL ADVICE\nEmployee: Julie Rich\nPay period: 04/10/2025 through 04/23/2025\n"
        "Paid on: 04/26/2025\nGross wages: $1,903.85\nNet check: $1,406.24"
    )
    fields, notes = extract_pay_stub([text_page(simple, ocr=True)], ref)
    assert fields["frequency"].value == "biweekly"  # inferred from a 14-day period
    assert fields["monthly_gross"].value == Decimal("4125.01")
    assert fields["gross_ytd"].value is None
    assert fields["employee_name"].value == "Julie Rich"
    assert notes == []


def test_bank_statement_layouts_keep_last_four_only() -> None:
    one = (
        "Meridian National Bank\nPage 1 of 2\nStatement period: February 1, 2025 - February 28, 2025 "
        "Account number: ******3256\nBeginning balance on Feb 1, 2025 $1,581.26\n"
        "Ending balance on Feb 28, 2025 $290.91"
    )
    two = (
        "Lakeside Credit Union\nAccount # 0012 3456 7890\nFor the period 03/01/2025 to 03/31/2025\n"
        "Opening balance 2,164.32\nClosing balance 5,451.30"
    )
    first = extract_bank_statement([text_page(one)], ref)
    second = extract_bank_statement([text_page(two)], ref)
    assert (first["account_last4"].value, second["account_last4"].value) == ("3256", "7890")
    assert first["period_end"].value == date(2025, 2, 28) and second["period_start"].value == date(2025, 3, 1)
    assert first["beginning_balance"].value == Decimal("1581.26")
    assert second["ending_balance"].value == Decimal("5451.30")
    assert first["bank_name"].value == "Meridian National Bank"


def test_benefit_letter_amount_and_type() -> None:
    text = (
        "Social Security Administration\nDate: September 27, 2025\nNotice of Award\n"
        "Your monthly benefit amount is $1,494.00 beginning October 2025.\nRetirement benefits"
    )
    fields = extract_letter([text_page(text)], ref, benefit=True)
    assert fields["letter_date"].value == date(2025, 9, 27)
    assert fields["monthly_amount"].value == Decimal("1494.00")
    assert fields["benefit_type"].value == "benefits_taxable"
