"""A servicer's web form saved by a phone's browser (cards of small labels over answers, a section per
borrower, typed e-signatures stamped with their time), a payroll portal's download, and award letters from
Veterans Affairs and in Spanish."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen import canvas

from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import Ink, placed_text_pdf
from test_classify import page
from test_extract import ref, text_page
from test_questionnaire_layouts import application, value

CARDS = [("Your loan", None), ("Loan number", "0019921490"), ("About you", None),
         ("Full legal name", "Zuleika L. McAllister"), ("Social Security number", "***-**-1316"),
         ("Co-borrower on this loan", None), ("Full legal name", "Montgomery M. Mbeki"),
         ("Social Security number", "***-**-8930"), ("The property", None), ("Street address", "8664 Fenwick St"),
         ("City", "Silverlake Junction"), ("State", "CO"), ("ZIP code", "80279"),
         ("How is the home used?", "I live here (my primary home)"), ("When did it start?", "08/25/2030"),
         ("Monthly income before taxes", None), ("Wages from my job", "$3,555.00"),
         ("Total monthly income", "$3,555.00"), ("Sign and submit", None)]


def _web_form(path: Path, co_signed: bool) -> Path:
    inks = [Ink(20, 30, "Sorrel Creek Home Lending", 12, "Helvetica-Bold"), Ink(20, 48, "Mortgage Help Request", 14)]
    y = 80.0
    for label, answer in CARDS:
        if answer is None:  # a card's heading, its "Edit" link at the right
            inks += [Ink(20, y, label, 11, "Helvetica-Bold"), Ink(370, y, "Edit", 9, align="r")]
            y += 18
            continue
        inks += [Ink(28, y, label, 7), Ink(28, y + 11, answer, 10)]
        y += 26
    signers = [("Borrower signature", "Zuleika L. McAllister", "Signed 12/17/2030 08:41 PM - zuleika@example.net")]
    if co_signed:
        signers.append(("Co-borrower signature", "Montgomery M. Mbeki", "Signed 12/18/2030 07:02 AM - m@example.net"))
    for label, name, stamp in signers:
        inks += [Ink(28, y, label, 7), Ink(28, y + 12, name, 12, "Times-Italic"), Ink(28, y + 24, stamp, 7)]
        y += 40
    return placed_text_pdf(path, [inks])


def test_a_web_forms_cards_a_section_per_borrower_and_typed_signatures(tmp_path: Path) -> None:
    fields = application(_web_form(tmp_path / "Mortgage Help Request.pdf", co_signed=True))
    assert value(fields, "borrower_name") == "Zuleika L. McAllister"
    assert value(fields, "co_borrower_name") == "Montgomery M. Mbeki"  # under "Co-borrower on this loan  Edit"
    assert value(fields, "income.wages") == Decimal("3555.00")
    assert value(fields, "signed") is True and value(fields, "signed_on") == date(2030, 12, 17)
    assert value(fields, "co_borrower_signed") is True
    unsigned = application(_web_form(tmp_path / "unsigned.pdf", co_signed=False))
    assert value(unsigned, "co_borrower_signed") is not True  # the borrower's stamp signs for nobody else


def test_a_co_borrower_line_asking_for_a_name_is_no_section_heading(tmp_path: Path) -> None:
    inks = [Ink(40, 50, "Mortgage Assistance Application", 14), Ink(40, 90, "Borrower name: Jane Q. Doe", 10),
            Ink(40, 110, "Co-borrower (if any):", 10),
            Ink(40, 130, "Homeowner's name (as on the deed): Jane Q. Doe", 10)]
    fields = application(placed_text_pdf(tmp_path / "form.pdf", [inks]))
    assert value(fields, "borrower_name") == "Jane Q. Doe"
    assert value(fields, "co_borrower_name") != "Jane Q. Doe"


def test_a_stamp_signs_only_under_the_signers_whole_name(tmp_path: Path) -> None:
    """A notary's "Signed and sworn to before me on ..." is no e-signature, and a father's stamp does not
    sign for his son of the same name."""
    def form(name: str, stamp: str) -> Path:
        inks = [Ink(40, 50, "Mortgage Assistance Application", 14), Ink(40, 90, "Borrower's name: John Q. Doe Jr.", 10),
                Ink(40, 130, "Borrower signature", 8), Ink(40, 144, name, 12, "Times-Italic"), Ink(40, 158, stamp, 8)]
        return placed_text_pdf(tmp_path / f"{len(list(tmp_path.iterdir()))}.pdf", [inks])

    assert value(application(form("John Q. Doe Jr.", "Signed 12/17/2030 08:41 PM")), "signed") is True
    sworn = application(form("John Q. Doe Jr.", "Signed and sworn to before me on 12/17/2030"))
    assert value(sworn, "signed_on") != date(2030, 12, 17)
    father = application(form("John Q. Doe Sr.", "Signed 12/17/2030 08:41 PM"))
    assert value(father, "signed_on") != date(2030, 12, 17)


def _switches_page(path: Path, on: set[str]) -> Path:
    """A web form's review step saved by a phone's browser: a narrow, tall page, each reason on a row of its
    own with an on/off switch at the row's end (a green pill with its knob right, or a pale one)."""
    reasons = ["I lost my job", "My pay or hours were cut", "My housing costs went up",
               "A disaster damaged my home or workplace", "Divorce or legal separation",
               "A co-borrower I'm not married to moved out", "Something else"]
    width, height = 390, 1400
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(20, height - 40, "Mortgage Help Request - Review and submit")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(20, height - 70, "Loan number 0019921490")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(20, height - 110, "What's making it hard to pay?")
    for row, reason in enumerate(reasons):
        y = height - 140 - 30 * row
        pdf.setFont("Helvetica", 10)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(20, y, reason)
        switched_on = reason in on
        pdf.setFillColorRGB(*((0.2, 0.7, 0.4) if switched_on else (0.88, 0.88, 0.88)))
        pdf.roundRect(320, y - 6, 44, 22, 11, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.circle(353 if switched_on else 331, y + 5, 9, stroke=0, fill=1)
    pdf.save()
    return path


def test_on_off_switches_at_the_rows_end_choose_the_hardships(tmp_path: Path) -> None:
    fields = application(_switches_page(tmp_path / "review.pdf", {"My pay or hours were cut",
                                                                  "A co-borrower I'm not married to moved out"}))
    assert sorted(value(fields, "hardship_types")) == ["reduction_in_income", "separation_unmarried"]
    none_on = application(_switches_page(tmp_path / "none.pdf", set()))
    assert not value(none_on, "hardship_types")  # every switch off: no hardship chosen here


def test_a_payroll_portals_download_names_the_employer_not_the_portal() -> None:
    stub = text_page("PayHarbor Employee Self-Service Downloaded 12/08/2030\nBrightfield Contact Solutions, LLC\n"
                     "Semi-monthly payroll | Pay statement\nZuleika L. McAllister, you were paid $1,327.64 on "
                     "December 5, 2030\nfor the period Nov 16, 2030 to Nov 30, 2030.\n"
                     "Item Hours Rate This period Year to date\nGross pay 1,784.91 40,780.80\nNet pay $1,327.64")
    fields, _ = extract_pay_stub([stub], ref)
    assert fields["employer"].value == "Brightfield Contact Solutions, LLC"
    assert fields["employee_name"].value == "Zuleika L. McAllister"  # the person the sentence pays, no firm
    assert fields["pay_date"].value == date(2030, 12, 5)


def test_award_letters_from_veterans_affairs_and_a_letter_in_spanish() -> None:
    award = page("DEPARTMENT OF VETERANS AFFAIRS\nRegional Benefit Office\nApril 19, 2030\nDear Beatriz Yamaguchi:\n"
                 "We made a decision on your claim for service-connected compensation. Your combined evaluation is "
                 "70 percent. Your monthly entitlement amount is $1,638.13.\nDisability compensation is not taxable "
                 "income.\nPAYMENT SUMMARY\nMonthly entitlement $1,638.13", ocr=True)
    assert classify_page(award).type == "benefit_award_letter"
    letter = page("29 de agosto de 2027\nPréstamo num. 0380982724\nEstimados señores:\nLes escribo para explicar "
                  "por qué me atrasé con los pagos. Mi esposo falleció en mayo.\nQuiero quedarme en mi casa. Les pido "
                  "una modificación del préstamo.\nAtentamente,\nLucía Betancourt", ocr=True)
    assert classify_page(letter).type == "hardship_letter"
