"""Writes the starting Word templates in this folder, so the binaries can be regenerated and reviewed.

Run `python templates/build_templates.py` (python-docx). Every docxtpl tag is written as one whole run,
so Word never splits a tag; a manager can then edit wording and layout in Word or LibreOffice.
Paragraph-level tags (`{%p ... %}`) and table-row tags (`{%tr ... %}`) sit alone in their paragraph or row,
as docxtpl requires. Once managers have edited a template, do not re-run this over their copy.

E-signature anchors: each signature and date line carries an invisible run (white, 1 pt) that signing
platforms key on: `\\s1\\` / `\\d1\\` for the first borrower, `\\s2\\` / `\\d2\\` for the second, and
`\\ss\\` / `\\ds\\` for the servicer, whatever the number of borrowers.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)  # fixed, so a rebuild with no change gives the same bytes
BORROWERS = "{{ borrower_names|join(' and ') }}"
COUNSELORS = (
    "For help exploring your options, the Federal government provides contact information for housing "
    "counselors, which you can access by contacting the Consumer Financial Protection Bureau at "
    "www.consumerfinance.gov/find-a-housing-counselor or the Department of Housing and Urban Development "
    "at www.hud.gov/counseling, or by calling 1-800-569-4287."
)


def new_document(legal_size: bool = False) -> DocxDocument:
    doc = Document()
    doc.core_properties.author = "lossmit-docs"
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME
    doc.core_properties.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    section = doc.sections[0]
    section.page_width = Inches(8.5)
    section.page_height = Inches(14 if legal_size else 11)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(0.8)
    return doc


def para(doc: DocxDocument, *runs: str, bold: bool = False, style: str | None = None,
         align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    """A paragraph whose pieces are whole runs: a tag is never cut between runs."""
    paragraph = doc.add_paragraph(style=style)
    for text in runs:
        paragraph.add_run(text).bold = bold
    if align is not None:
        paragraph.alignment = align
    return paragraph


def heading(doc: DocxDocument, text: str) -> None:
    para(doc, text, bold=True).paragraph_format.space_before = Pt(10)


def tag(doc: DocxDocument, text: str) -> None:
    """A docxtpl paragraph-level tag, alone in its paragraph (docxtpl removes the paragraph)."""
    doc.add_paragraph().add_run(text)


def anchor(paragraph: Paragraph, text: str) -> None:
    """Invisible text an e-signature platform finds: white, 1 pt, in its own run."""
    run = paragraph.add_run(" " + text)
    run.font.size = Pt(1)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def field_run(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out the pages."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def footer(doc: DocxDocument, text: str) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]
    run = paragraph.add_run(text + "  (page ")
    run.font.size = Pt(8)
    field_run(paragraph, "PAGE")
    paragraph.add_run(" of ").font.size = Pt(8)
    field_run(paragraph, "NUMPAGES")
    paragraph.add_run(")").font.size = Pt(8)


def letter_head(doc: DocxDocument, title: str) -> None:
    para(doc, "{{ servicer.name }}", bold=True)
    para(doc, "{{ servicer.address }}")
    para(doc, "Telephone: {{ servicer.phone }}")
    para(doc, "{{ notice_date|long_date }}")
    para(doc, BORROWERS)
    para(doc, "{{ mailing_address }}")
    para(doc, "Loan number: ", "{{ loan_number }}", bold=False)
    para(doc, "Property: ", "{{ property_address }}")
    para(doc, title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_before = Pt(12)
    para(doc, "Dear ", BORROWERS, ":")


def closing(doc: DocxDocument) -> None:
    heading(doc, "Housing counselors")
    para(doc, COUNSELORS)
    heading(doc, "Questions")
    para(doc, "Call us at ", "{{ servicer.phone }}", " or write to ", "{{ servicer.name }}", ", ",
         "{{ servicer.address }}", ". Please have your loan number ready.")
    para(doc, "Sincerely,")
    para(doc, "{{ servicer.name }}")


def other_mortgages(doc: DocxDocument) -> None:
    heading(doc, "Other mortgage loans on your property")
    para(doc, "If you have any other mortgage loan secured by this property, you should consider contacting "
              "the servicer of that loan to discuss the loss mitigation options that may be available to you.")


def acknowledgment_incomplete() -> DocxDocument:
    doc = new_document()
    letter_head(doc, "We received your mortgage assistance application: it is not yet complete")
    para(doc, "We received your application for mortgage assistance on ", "{{ received_on|long_date }}",
         ". We have reviewed it and determined that it is incomplete. To evaluate you for all the "
         "options available to you, we need the following documents and information:")
    tag(doc, "{%p for item in missing %}")
    para(doc, "{{ item.description }}",
         "{% if item.reason == 'stale' %} (the copy we have is out of date; please send a current one)"
         "{% elif item.reason == 'unsigned' %} (please sign and date it)"
         "{% elif item.reason == 'incomplete' %} (some parts are not filled in){% endif %}",
         style="List Bullet")
    tag(doc, "{%p endfor %}")
    para(doc, "Please send these items by ", "{{ reasonable_date|long_date }}", ".", bold=True)
    para(doc, "If you send them by that date, we will evaluate your complete application and tell you in "
              "writing which options, if any, we can offer you. If you cannot gather an item, call us: we "
              "may be able to help or accept something else.")
    other_mortgages(doc)
    closing(doc)
    footer(doc, "Notice under 12 CFR 1024.41(b)(2) · rules {{ rules_version }}")
    return doc


def notice_complete() -> DocxDocument:
    doc = new_document()
    letter_head(doc, "Your mortgage assistance application is complete")
    para(doc, "Your application for mortgage assistance is complete. We received your complete application "
              "on ", "{{ complete_on|long_date }}", ".")
    para(doc, "We expect to finish evaluating your application within 30 days of that date, by ",
         "{{ evaluation_due|long_date }}", ", and will tell you in writing which options, if any, we can "
         "offer you.")
    heading(doc, "Your foreclosure protections")
    para(doc, "You are entitled to certain foreclosure protections because we received your complete "
              "application. ",
         "{% if foreclosure_started %}Although the foreclosure process has begun, we cannot conduct a "
         "foreclosure sale before we evaluate your complete application."
         "{% else %}Because the foreclosure process has not begun, we cannot make the first notice or "
         "filing required to start a foreclosure before we evaluate your complete application.{% endif %}")
    para(doc, "We may need more information from you later. If so, we will ask you for it and give you a "
              "reasonable opportunity to provide it. Our evaluation may take longer in that case, and the "
              "foreclosure protections could end if we do not receive the information we ask for.")
    para(doc, "You may also be entitled to additional protections under State or Federal law.")
    other_mortgages(doc)
    closing(doc)
    footer(doc, "Notice under 12 CFR 1024.41(c)(3) · rules {{ rules_version }}")
    return doc


def trial_period_plan() -> DocxDocument:
    doc = new_document()
    letter_head(doc, "Trial Period Plan: you may be able to make your payments more affordable")
    para(doc, "Based on your application, you are eligible for a trial period plan for a loan modification. "
              "If you make each trial period payment below on time, we will send you a loan modification "
              "agreement that makes the new terms permanent.")
    heading(doc, "What you need to do")
    para(doc, "To accept this offer, make your first trial period payment, or contact us to accept, by ",
         "{{ acceptance_deadline|long_date }}", ". If we do not hear from you by then, we may treat this "
                                                "offer as declined.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Trial payment", "Due by", "Amount"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for texts in (("{%tr for p in payments %}", "", ""),
                  ("{{ p.number }}", "{{ p.due|long_date }}", "{{ p.amount|money }}"),
                  ("{%tr endfor %}", "", "")):
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.paragraphs[0].add_run(text)
    para(doc, "")
    para(doc, "Each trial payment must be received in the month it is due. If a payment is not received in "
              "its month, the trial ends and your loan will not be modified under this plan. During the trial, "
              "the terms of your existing loan remain in effect.")
    heading(doc, "Your modified loan, if you complete the trial")
    para(doc, "Interest rate: ", "{{ new_rate|rate }}", " fixed, for ", "{{ new_term_months }}", " months.")
    para(doc, "Principal and interest: ", "{{ new_pi|money }}", " a month, plus escrow of ",
         "{{ monthly_escrow|money }}", " (escrow may change), beginning ",
         "{{ first_modified_payment_date|long_date }}", ".")
    para(doc, "Interest-bearing principal balance: ", "{{ interest_bearing_balance|money }}", ".")
    para(doc, "{% if deferred_principal > 0 %}Deferred principal balance: {{ deferred_principal|money }}, "
              "which bears no interest and is due when the loan matures on {{ maturity_date|long_date }}, "
              "or earlier if you sell or transfer the property or pay off or refinance the loan."
              "{% else %}Maturity date: {{ maturity_date|long_date }}. There is no deferred principal."
              "{% endif %}")
    para(doc, "There are no fees for the trial or the modification, and unpaid late charges are waived when "
              "the loan is modified.")
    other_mortgages(doc)
    closing(doc)
    footer(doc, "Trial Period Plan notice · program {{ program_version }} · rules {{ rules_version }}")
    return doc


def signature(doc: DocxDocument, name_line: str, sign_anchor: str, date_anchor: str) -> None:
    line = para(doc, "_________________________________________ (Seal)")
    line.paragraph_format.space_before = Pt(18)
    anchor(line, sign_anchor)
    para(doc, name_line)
    anchor(para(doc, "Date: ____________________"), date_anchor)


def notary(doc: DocxDocument, who: str) -> None:
    para(doc, "State of ", "{{ notary_state }}", "          )")
    para(doc, "County of ", "{{ notary_county }}", "          ) ss.")
    para(doc, "On this ______ day of ____________________, 20____, before me, the undersigned Notary Public, "
              "personally appeared ", who, ", known to me or proved to me on satisfactory evidence to be the "
              "person(s) whose name(s) is/are subscribed to the foregoing instrument, and acknowledged that "
              "he/she/they executed the same for the purposes therein contained.")
    para(doc, "_________________________________________  Notary Public")
    para(doc, "My commission expires: ____________________")


def modification_agreement() -> DocxDocument:
    doc = new_document(legal_size=True)
    para(doc, "Prepared by: ", "{{ prepared_by }}")
    para(doc, "After recording return to: ", "{{ return_to }}")
    para(doc, "Loan number: ", "{{ loan_number }}", "{% if mers_min %}    MIN: {{ mers_min }}{% endif %}")
    para(doc, "[Space Above This Line For Recording Data]", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "LOAN MODIFICATION AGREEMENT", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "(Providing for Fixed Interest Rate)", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "This Loan Modification Agreement (\"Agreement\"), made as of ",
         "{{ agreement_date|long_date }}", ", between ", BORROWERS, " (\"Borrower\") and ",
         "{{ servicer.name }}", " (\"Lender\"), amends and supplements (1) the Mortgage, Deed of Trust, or "
         "Security Deed (the \"Security Instrument\") dated ", "{{ note_date|long_date }}",
         " and recorded on ", "{{ recording.date|long_date }}", " in Book/Liber ", "{{ recording.book }}",
         ", Page ", "{{ recording.page }}", ", Instrument No. ", "{{ recording.instrument }}",
         ", of the Official Records of ", "{{ recording.county }}", " County, ", "{{ recording.state }}",
         ", and (2) the Note bearing the same date as, and secured by, the Security Instrument, which covers "
         "the real and personal property described in the Security Instrument and defined therein as the "
         "\"Property\", located at ", "{{ property_address }}", ", the real property described being set "
         "forth as follows: ", "{{ legal_description }}", ".")
    para(doc, "In consideration of the mutual promises and agreements exchanged, the parties hereto agree as "
              "follows (notwithstanding anything to the contrary contained in the Note or Security "
              "Instrument):")
    para(doc, "1. As of ", "{{ as_of|long_date }}", ", the amount payable under the Note and the Security "
              "Instrument (the \"New Principal Balance\") is U.S. ", "{{ new_principal_balance|money }}",
         " (", "{{ new_principal_balance|money_in_words }}", "), consisting of the unpaid amount(s) loaned "
         "to Borrower by Lender plus any interest and other amounts capitalized.")
    para(doc, "2. Of the New Principal Balance, U.S. ", "{{ deferred_principal|money }}", " (",
         "{{ deferred_principal|money_in_words }}", ") is the \"Deferred Principal Balance\", on which no "
         "interest accrues and no monthly payments are due, and U.S. ",
         "{{ interest_bearing_balance|money }}", " (", "{{ interest_bearing_balance|money_in_words }}",
         ") is the \"Interest Bearing Principal Balance\".")
    para(doc, "3. Borrower promises to pay the Interest Bearing Principal Balance, plus interest, to the order "
              "of Lender. Interest will be charged on the Interest Bearing Principal Balance at the yearly "
              "rate of ", "{{ new_rate|rate }}", ", from ", "{{ interest_from|long_date }}",
         ". Borrower promises to make monthly payments of principal and interest of U.S. ",
         "{{ monthly_pi|money }}", " (", "{{ monthly_pi|money_in_words }}", "), beginning on ",
         "{{ first_payment_date|long_date }}", ", and continuing on the same day of each succeeding month, "
         "together with the monthly escrow payment, currently U.S. ", "{{ monthly_escrow|money }}", " (",
         "{{ monthly_escrow|money_in_words }}", "), for a total monthly payment of U.S. ",
         "{{ total_payment|money }}", " (", "{{ total_payment|money_in_words }}",
         "; the escrow payment may change as taxes and insurance change). If on ",
         "{{ maturity_date|long_date }}", " (the \"Maturity Date\") Borrower still owes amounts under the "
         "Note and the Security Instrument, as amended by this Agreement, Borrower will pay these amounts "
         "in full on the Maturity Date.")
    para(doc, "{% if deferred_principal > 0 %}4. BALLOON PAYMENT. The Deferred Principal Balance of U.S. "
              "{{ deferred_principal|money }} ({{ deferred_principal|money_in_words }}) is due in a single "
              "balloon payment on the earliest of: the Maturity Date; the sale or transfer of the Property; "
              "or the payoff or refinance of the Interest Bearing Principal Balance. Borrower may need to "
              "find other funds or refinance to make this payment."
              "{% else %}4. There is no Deferred Principal Balance; no balloon payment is due under this "
              "Agreement.{% endif %}")
    para(doc, "5. If all or any part of the Property or any interest in it is sold or transferred without "
              "Lender's prior written consent, Lender may require immediate payment in full of all sums "
              "secured by the Security Instrument, as provided in the Security Instrument.")
    para(doc, "6. Borrower will comply with all other covenants, agreements, and requirements of the Security "
              "Instrument, including the payment of taxes, insurance premiums, assessments, escrow items and "
              "impounds. Nothing in this Agreement is a satisfaction or release of the Note or the Security "
              "Instrument, which remain in full force except as modified here.")
    para(doc, "7. Borrower authorizes Lender and its servicer to share information about this loan with the "
              "owner, insurer, guarantor or servicer of the loan, and with housing counselors working with "
              "Borrower.")
    tag(doc, "{%p for name in borrower_names %}")
    signature(doc, "{{ name }} - Borrower", "\\s{{ loop.index }}\\", "\\d{{ loop.index }}\\")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ servicer.name }}", " - Lender", bold=True).paragraph_format.space_before = Pt(18)
    signature(doc, "By: {{ servicer_signer }}, {{ servicer_signer_title }}", "\\ss\\", "\\ds\\")
    para(doc, "[Space Below This Line For Acknowledgments]", align=WD_ALIGN_PARAGRAPH.CENTER)
    notary(doc, BORROWERS)
    para(doc, "")
    notary(doc, "{{ servicer_signer }}, {{ servicer_signer_title }} of {{ servicer.name }}")
    footer(doc, "LOAN MODIFICATION AGREEMENT—Single Family—Fannie Mae Uniform Instrument Form 3179 style · "
                "loan {{ loan_number }} · program {{ program_version }} · rules {{ rules_version }}")
    return doc


def denial() -> DocxDocument:
    doc = new_document()
    letter_head(doc, "We cannot offer you a loan modification")
    para(doc, "We have evaluated your complete application for mortgage assistance. We are not able to "
              "offer you the options below, for these specific reasons:")
    tag(doc, "{%p for r in reasons %}")
    para(doc, "{{ r.option }}: ", "{{ r.text }}", " This is a requirement of ", "{{ r.investor }}",
         ", the owner of your loan (", "{{ r.investor }}", " Servicing Guide, section ",
         "{{ r.guide_section }}", ").", style="List Bullet")
    tag(doc, "{%p endfor %}")
    para(doc, "{% if other_criteria_not_evaluated %}We did not evaluate your application on any other "
              "criteria.{% endif %}")
    heading(doc, "Your right to appeal")
    para(doc, "{% if appeal_deadline %}You may appeal our decision not to offer you a loan modification. "
              "Your appeal must reach us by {{ appeal_deadline|long_date }}. Write to {{ servicer.name }}, "
              "{{ servicer.address }}, say that you are appealing, and send any information you want us to "
              "consider. Staff who were not involved in this decision will review your appeal, and we will "
              "tell you the result in writing within 30 days of receiving it."
              "{% else %}Because your complete application was received less than 90 days before a "
              "scheduled foreclosure sale, federal law (12 CFR 1024.41(h)) does not give a right to appeal "
              "this decision; you may still call us to discuss it.{% endif %}")
    other_mortgages(doc)
    closing(doc)
    footer(doc, "Notice under 12 CFR 1024.41(c)(1)(ii) and (d) · rules {{ rules_version }}")
    return doc


BUILDERS: dict[str, Callable[[], DocxDocument]] = {
    "acknowledgment_incomplete": acknowledgment_incomplete,
    "notice_complete": notice_complete,
    "trial_period_plan": trial_period_plan,
    "modification_agreement": modification_agreement,
    "denial": denial,
}


def save_reproducibly(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps, so `git diff` shows a template as changed only when it is."""
    doc.save(path)
    with zipfile.ZipFile(path) as packed:
        parts = [(info.filename, packed.read(info)) for info in packed.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts:
            out.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6]), data,
                         compress_type=zipfile.ZIP_DEFLATED)


def main(out_dir: Path = HERE) -> list[Path]:
    written = []
    for name, build in BUILDERS.items():
        path = out_dir / f"{name}.docx"
        save_reproducibly(build(), path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in main():
        print(path)
