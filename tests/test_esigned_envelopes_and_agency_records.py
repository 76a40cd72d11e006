"""An e-signature service's envelopes - voided unsigned, signed, awaiting a signer, and their audit page - and a
housing counseling agency's own records of its client.

1. An IRS Form 4506-C sent through "QuillSign" whose envelope the sender voided: the service's stamp at the page's
   top ("VOIDED ... voided by the sender, cannot be signed  QuillSign envelope ...") and its note "Envelope voided -
   not signed" in the box under "Signature for Line 1a": unsigned, surely, and undated (before, signed: the note's
   letters were taken for a signature's ink).
2. The envelope's "Certificate Of Completion" (its envelope id, signer events, summary events and disclosure) after
   the application it signed, in the same PDF: no document, and the application holds its own two pages (before,
   the application took the certificate's page as its third).
3. The borrower's box signed through the service: "Signed by: <name> <hash>" over "Printed name: <name>  Signed
   10/05/2061 9:32 PM EDT": signed, on 10/05/2061 (before, unsigned).
4. The co-borrower's box the service still waits on, "Awaiting signature" / "Pending: <the co-borrower's name>":
   the co-borrower surely unsigned (before, signed: the service's words were taken for ink).
5. An application of any form - a servicer's own, the Form 710 - the borrower filled in, its date typed, then sent
   inside an envelope the sender voided: the stamp on its pages and the service's note in its signature box.
   Unsigned, surely, so the judging asks for the signature rather than putting it before a person (before, signed,
   and the case's signature item passed).
6. A housing counseling agency's client intake sheet, its third-party authorization signed by the clients, and a
   counselors' portal's submission summary whose checklist names the pay stubs and the hardship letter, in one PDF:
   three `other` documents of a page each (before, a hardship letter, then one `other` paper of the last two pages).
   Guard: a borrower's own hardship letter that speaks of "my housing counselor at the agency" stays one.

Born-digital fixtures (reportlab), read through the real page reader and `read_documents` with their ink and word
boxes; the Form 710 is the real blank filled through its fields. Lenders, agencies, services and people are
fictional.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, kinds_of, values_of
from lossmit_docs.judging.checklist import judge, load_profile
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, form710_filled, text_pdf

RECEIVED = date(2061, 10, 12)
APPLICATION = "mortgage_assistance_application"
HEIGHT = letter[1]
BORROWER = "Bernadette L. Szymanski"
CO_BORROWER = "Priya S. Wendt"
VOIDED_STAMP = ("VOIDED 06/02/2061 9:12 AM MDT - voided by the sender, cannot be signed   "
                "QuillSign envelope 550AB1A7-3C2E-4F19-9D0B-7E21C4A8F5D6")


# --- 1. a Form 4506-C in a voided envelope -------------------------------------------------------------------------


def _voided_4506c(path: Path) -> Path:
    """The form's key lines typed, the service's stamp over the page and its note in the signature's box."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 36, 24, VOIDED_STAMP, 7)
    draw_text(pdf, 36, 56, "Form 4506-C (October 2022)   Department of the Treasury - Internal Revenue Service", 9)
    draw_text(pdf, 36, 74, "IVES Request for Transcript of Tax Return", 13, "Helvetica-Bold")
    rows = [f"1a. Current name: {BORROWER}", "1b. First taxpayer identification number: XXX-XX-4418",
            "3. Current address: 2291 Tamarack Ridge Road, Boulder, CO 80302",
            "5a. IVES participant name: Summit Line Verification LLC",
            "6. Transcript requested: Form 1040   Return transcript [X]",
            "8. Year or period requested (mm dd yyyy):   12 / 31 / 2058    12 / 31 / 2059"]
    for index, row in enumerate(rows):
        draw_text(pdf, 36, 110 + 22 * index, row, 9)
    draw_text(pdf, 36, 300, "Signatory attests that they have read the above attestation clause and upon so reading",
              8)
    draw_text(pdf, 36, 312, "declares that they have the authority to sign the Form 4506-C.", 8)
    pdf.rect(36, HEIGHT - 380, 360, 50)
    draw_text(pdf, 40, 342, "Signature for Line 1a", 7)
    draw_text(pdf, 80, 368, "Envelope voided - not signed", 10)
    pdf.rect(396, HEIGHT - 380, 160, 50)
    draw_text(pdf, 400, 342, "Date", 7)
    pdf.rect(36, HEIGHT - 410, 360, 30)
    draw_text(pdf, 40, 390, "Print/Type name", 7)
    draw_text(pdf, 40, 404, BORROWER, 10)
    draw_text(pdf, 36, 440, "Form 4506-C (10-2022)   Cat. No. 76287B", 7)
    pdf.save()
    return path


def test_4506c_in_a_voided_envelope_is_unsigned(reader: PageReader, tmp_path: Path) -> None:
    """The sender voided the envelope before anyone signed: the note's letters in the box are the service's print,
    and the tax years on line 8 are no date of signing."""
    documents = documents_read(reader, _voided_4506c(tmp_path / "4506-C.pdf"), date(2061, 6, 10))
    assert kinds_of(documents) == [("irs_form_4506c", [1])]
    fields = documents[0].fields
    assert values_of(fields, "signed", "signed_on") == {"signed": False, "signed_on": None}
    assert fields["signed"].confidence >= 0.9


# --- 2, 3, 4. an application signed through the service, and its certificate --------------------------------------

_APPLICATION_PAGE = ["Alpine Crest Home Loans", "Mortgage Assistance Application", "",
                     "Loan number: 0067219984",
                     f"Borrower - full legal name {BORROWER}",
                     "Property address: 2291 Tamarack Ridge Road, Boulder, CO 80302",
                     "The property is currently: my primary residence",
                     "Type of hardship: reduction in income",
                     "When did your hardship begin? 07/15/2061",
                     "Gross monthly wages: $3,850.00", "Total monthly income: $3,850.00"]
_CO_BORROWER_LINE = f"Co-borrower - full legal name {CO_BORROWER}"
_CERTIFICATION = ["Borrower certification",
                  "I certify that all of the information in this application is true and complete.", ""]
_BORROWER_SIGNED = ["Borrower signature  Date signed", "QuillSign", "10/05/2061",
                    f"Signed by: {BORROWER} DBD88E9BBF",
                    f"Printed name: {BORROWER}  Signed 10/05/2061 9:32 PM EDT", ""]
_CO_BORROWER_PENDING = ["Co-borrower signature  Date signed", "QuillSign", "Awaiting signature",
                        f"Pending: {CO_BORROWER}", f"Printed name: {CO_BORROWER}"]
_CERTIFICATE = ["Certificate Of Completion",
                "Envelope Id: 550AB1A73C2E4F199D0B7E21C4A8F5D6   Status: Completed",
                "Subject: Please sign your mortgage assistance application", "",
                "Signer Events  Signature  Timestamp",
                f"{BORROWER}  bszymanski@example.com  Signed by: {BORROWER}  Sent: 10/05/2061 9:10 PM",
                "Security level: Email, account authentication (none)  Signed: 10/05/2061 9:32 PM", "",
                "Envelope Summary Events  Status  Timestamps",
                "Envelope Sent  Hashed/Encrypted  10/05/2061 9:10 PM",
                "Signing Complete  Security Checked  10/05/2061 9:32 PM",
                "Completed  Security Checked  10/05/2061 9:32 PM", "",
                "Electronic Record and Signature Disclosure",
                f"Accepted: 10/05/2061 9:31 PM  Parties agreed: {BORROWER}"]


def _esigned_application(path: Path, co_borrower: bool = False, certificate: bool = False) -> Path:
    """Two pages, the answers then the signature boxes the service filled; with the co-borrower named and awaited,
    and with the envelope's certificate after them."""
    first = _APPLICATION_PAGE[:5] + ([_CO_BORROWER_LINE] if co_borrower else []) + _APPLICATION_PAGE[5:]
    second = _CERTIFICATION + _BORROWER_SIGNED + (_CO_BORROWER_PENDING if co_borrower else [])
    text_pdf([first, second, *([_CERTIFICATE] if certificate else [])], path)
    return path


def test_esign_certificate_after_the_application_is_no_document(reader: PageReader, tmp_path: Path) -> None:
    """The service's audit page records the envelope, not a paper of the borrower's: it is neither listed nor the
    application's third page."""
    documents = documents_read(reader, _esigned_application(tmp_path / "signed packet.pdf", certificate=True),
                               RECEIVED)
    assert kinds_of(documents) == [(APPLICATION, [1, 2])]


def test_borrowers_box_signed_through_the_service(reader: PageReader, tmp_path: Path) -> None:
    """"Signed by: <name> <hash>" names the borrower; the stamp "Signed 10/05/2061 9:32 PM EDT" under it dates it."""
    documents = documents_read(reader, _esigned_application(tmp_path / "application.pdf"), RECEIVED)
    assert kinds_of(documents) == [(APPLICATION, [1, 2])]
    fields = documents[0].fields
    assert values_of(fields, "borrower_name", "signed", "signed_on") == {
        "borrower_name": BORROWER, "signed": True, "signed_on": date(2061, 10, 5)}


def test_co_borrowers_box_awaiting_the_signer_is_surely_unsigned(reader: PageReader, tmp_path: Path) -> None:
    """"Pending: Priya S. Wendt" names the co-borrower the service still waits on: no signature, as sure as the
    service's record; the borrower's own box signed all the same."""
    documents = documents_read(reader, _esigned_application(tmp_path / "application.pdf", co_borrower=True),
                               RECEIVED)
    assert kinds_of(documents) == [(APPLICATION, [1, 2])]
    fields = documents[0].fields
    assert values_of(fields, "co_borrower_name", "co_borrower_signed", "signed") == {
        "co_borrower_name": CO_BORROWER, "co_borrower_signed": False, "signed": True}
    assert fields["co_borrower_signed"].confidence >= 0.9


# --- 5. an application inside a voided envelope, judged ------------------------------------------------------------


def _voided_servicer_form(path: Path) -> Path:
    """The servicer's two pages, the stamp atop each; the borrower's signature box and its date's box ruled, the
    service's note in the signature's, the date the borrower typed in its own."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for lines in (_APPLICATION_PAGE, _CERTIFICATION[:2]):
        draw_text(pdf, 36, 24, VOIDED_STAMP, 7)
        for index, line in enumerate(lines):
            draw_text(pdf, 40, 60 + 18 * index, line, 13 if index == 1 and lines is _APPLICATION_PAGE else 10)
        if lines is not _APPLICATION_PAGE:
            pdf.rect(40, HEIGHT - 190, 330, 50)
            draw_text(pdf, 44, 152, "Borrower signature", 7)
            draw_text(pdf, 80, 178, "Envelope voided - not signed", 10)
            pdf.rect(370, HEIGHT - 190, 180, 50)
            draw_text(pdf, 374, 152, "Date signed", 7)
            draw_text(pdf, 400, 178, "06/01/2061", 10)
            draw_text(pdf, 44, 206, f"Printed name: {BORROWER}", 10)
        pdf.showPage()
    pdf.save()
    return path


_FORM710_ANSWERS: dict[str, str | bool] = {
    "Text_1": "0067219984", "Text_2": BORROWER, "Text_3": "123-45-4418",
    "Text_6": "2291 Tamarack Ridge Road, Boulder, CO 80302", "Checkbox_25": True, "Date_1": "07/15/2061",
    "Checkbox_46": True, "Number_2": "3850", "Date_3": "06/01/2061",
}


def _voided_form710(path: Path) -> Path:
    """The real Form 710 filled through its fields (the signing date among them), the service's stamp over every
    page and its note written on the borrower's signature line (Signature_1's rectangle, page 4)."""
    form710_filled(_FORM710_ANSWERS, path)
    writer = PdfWriter(clone_from=PdfReader(path))
    for index, page in enumerate(writer.pages):
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=letter)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(24, HEIGHT - 14, VOIDED_STAMP)
        if index == 3:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(165, 352, "Envelope voided - not signed")
        pdf.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    writer.write(path)
    return path


@pytest.mark.parametrize("build", [_voided_servicer_form, _voided_form710], ids=["servicer's form", "Form 710"])
def test_application_in_a_voided_envelope_is_surely_unsigned(reader: PageReader, tmp_path: Path,
                                                          build: Callable[[Path], Path]) -> None:
    """Nobody signed inside a voided envelope, whatever its signature box holds: the application is missing its
    signature, asked of the borrower, not a doubt for a person to look at."""
    documents = documents_read(reader, build(tmp_path / "voided application.pdf"), RECEIVED)
    applications = [d for d in documents if d.type == APPLICATION]
    assert len(applications) == 1
    signed = applications[0].fields["signed"]
    assert (signed.value, signed.confidence >= 0.9) == (False, True)
    judged = judge(documents, RECEIVED, load_profile())
    assert ("application_signature", "unsigned", [applications[0].id]) in [
        (item.code, item.reason, item.documents) for item in judged.missing]
    assert not any(item.what.endswith(": signed") for item in judged.needs_review)


# --- 6. a housing counseling agency's records of its client --------------------------------------------------------

_INTAKE_SHEET = [
    "FRONT RANGE HOUSING COUNSELING SERVICES",
    "CLIENT INTAKE SHEET",
    "",
    "Client ID: FR-61-04417      Intake date: 09/22/2061",
    "Counselor: Marisol T. Abernathy",
    f"Client: {BORROWER}      Co-client: {CO_BORROWER}",
    "Household size: 3      Area median income: 64%",
    "Servicer: Alpine Crest Home Loans      Loan number: 0067219984",
    "Reason for seeking counseling: reduced hours at work; two payments behind",
    "Referral source: servicer's letter",
    "Services requested: mortgage delinquency and default resolution counseling",
]
_AUTHORIZATION = [
    "FRONT RANGE HOUSING COUNSELING SERVICES",
    "AUTHORIZATION FOR THIRD-PARTY COMMUNICATION AND RELEASE OF INFORMATION",
    "",
    "Servicer: Alpine Crest Home Loans      Loan number: 0067219984",
    "Property: 2291 Tamarack Ridge Road, Boulder, CO 80302",
    "We authorize Front Range Housing Counseling Services and its counselors to speak with our mortgage servicer",
    "about our loan and our request for mortgage assistance, and we authorize the servicer to release",
    "information about our loan to the agency. This authorization stays in effect until we revoke it in writing.",
    "",
    f"Client signature: {BORROWER}      Date: 09/22/2061",
    f"Co-client signature: {CO_BORROWER}      Date: 09/22/2061",
]
_SUBMISSION_SUMMARY = [
    "Front Range Counselor Exchange",
    "Submission summary",
    "",
    "Submission ID: FRX-2061-118804",
    "Submitted: 10/06/2061 4:18 PM by Marisol T. Abernathy",
    f"Clients: {BORROWER}, {CO_BORROWER}      Loan number: 0067219984",
    "Servicer: Alpine Crest Home Loans",
    "Document checklist",
    "Mortgage assistance application  Enclosed",
    "Pay stubs - two most recent  Enclosed",
    "Hardship letter  Enclosed",
    "Bank statements - two most recent  Enclosed",
    "Status: Delivered to servicer",
]


def test_counseling_agency_records_are_three_other_papers(reader: PageReader, tmp_path: Path) -> None:
    """The agency's intake sheet, the clients' authorization and the portal's summary each stand alone: none is the
    borrowers' hardship letter or application, however often they name the loan and the papers sent."""
    path = tmp_path / "agency records.pdf"
    text_pdf([_INTAKE_SHEET, _AUTHORIZATION, _SUBMISSION_SUMMARY], path)
    assert kinds_of(documents_read(reader, path, RECEIVED)) == [("other", [1]), ("other", [2]), ("other", [3])]


def test_guard_borrowers_letter_naming_the_counselor_stays_a_hardship_letter(reader: PageReader,
                                                                            tmp_path: Path) -> None:
    """The borrower's own letter, in her own words, mentions the agency's counselor who helped her send it."""
    lines = ["October 4, 2061", "", "Alpine Crest Home Loans", "Loss Mitigation Department",
             "Re: Loan number 0067219984", "", "Dear Sir or Madam,",
             "I am writing to explain why I fell behind on my mortgage payment. In July my employer cut my hours",
             "from forty to twenty-six a week, and my pay dropped by a third. I have kept up with every other bill,",
             "but I cannot pay my mortgage in full on what I earn now.",
             "My housing counselor at the agency helped me put my papers together and will send them with this letter.",
             "I am asking for a loan modification so that I can keep my home.", "", "Thank you,", BORROWER]
    path = tmp_path / "hardship letter.pdf"
    text_pdf([lines], path)
    assert [d.type for d in documents_read(reader, path, RECEIVED)] == ["hardship_letter"]
