"""A borrower's e-mail printed by the intake clerk (its subject names the application attached, its message
tells the hardship); a cost-of-living notice faxed with the machine's header line (the date and time it was
sent) that prints the benefit before and after its change; a pay stub whose summary is a row per span
("Current" over "Year to Date") under its column captions.

Born-digital fixtures (reportlab) go through the real page reader and `read_documents`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from lossmit_docs.reading.pages import PageReader
from pdf_factory import text_pdf
from test_portal_stubs_and_yearly_income import read_file_documents


def test_a_printed_email_is_the_message_it_carries(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "Loan 0051177302 - mortgage assistance application and pay stubs.pdf"
    text_pdf([[
        "Intake Mailbox",
        "From: Wendell P. Osei <wendell.osei@post.example>",
        "Sent: Thursday, August 15, 2030 9:02 PM",
        "To: intake@servicer.example",
        "Subject: Loan 0051177302 - mortgage assistance application and pay stubs",
        "Attachments: application signed.pdf; Earnings Statement 0809.pdf; Pay Statement 0726.pdf",
        "Good evening, attached is our mortgage assistance application with my latest pay stubs.",
        "The warehouse cut every driver to three days a week in March and my pay fell by a third.",
        "We have kept up until now but cannot keep paying the full amount. We want to keep our home.",
        "Thank you,",
        "Wendell P. Osei",
    ]], path, font_size=9)
    documents = read_file_documents(reader, path, date(2030, 9, 1))
    assert [d.type for d in documents] == ["hardship_letter"]
    assert documents[0].fields["letter_date"].value == date(2030, 8, 15)


def test_a_faxed_notice_dated_by_its_own_letter_not_the_fax_header(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    text_pdf([[
        "08/23/2030 10:14 RIVERBEND PAYROLL OFFICE 5555550199 #04",
        "Brazos Valley Municipal Retirement System",
        "Member Services - PO Box 118, Temple, TX",
        "Hollis R. Venter January 6, 2030",
        "Re: Your 2030 cost-of-living adjustment",
        "Each January the System adjusts retirement benefits for the cost of living. Your annuity is paid",
        "on the first business day of each month.",
        "Gross monthly benefit before the adjustment $2,004.10",
        "Gross monthly benefit beginning January 2030 $2,052.20",
        "Federal income tax withheld $180.00",
    ]], path, font_size=9)
    documents = read_file_documents(reader, path, date(2030, 9, 1))
    assert [d.type for d in documents] == ["benefit_award_letter"]
    assert documents[0].fields["letter_date"].value == date(2030, 1, 6)
    assert documents[0].fields["monthly_amount"].value == Decimal("2052.20")


def test_a_stubs_summary_of_a_row_per_span(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "stub.pdf"
    text_pdf([[
        "PRAIRIE LIGHT HOSPITALITY GROUP",
        "EMPLOYEE PAY STUB",
        "Employee: Odette K. Marchand",
        "Pay period 08/01/2030 - 08/15/2030   Pay date 08/15/2030   Pay frequency Semi-Monthly",
        "Gross Pay Deductions Net Pay",
        "Current 2,916.67 722.40 2,194.27",
        "Year to Date 43,750.05 10,836.00 32,914.05",
    ]], path, font_size=9)
    fields = read_file_documents(reader, path, date(2030, 9, 1))[0].fields
    assert fields["gross_current"].value == Decimal("2916.67")
    assert fields["gross_ytd"].value == Decimal("43750.05")
