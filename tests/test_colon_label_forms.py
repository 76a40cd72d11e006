"""A counselor's intake typed on a computer: labels with their colons and the answers run on ("Homeowner:Mercedes"),
two questions to a row, page numbers as "1 / 2" in the footer; and loan numbers written in pieces or followed
on their row by the next answer. Born-digital fixtures, read through the real text layer and word boxes."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.reading.split import page_numbering
from pdf_factory import text_pdf
from test_questionnaire_layouts import application, documents, read, value

GAP = " " * 12  # the space between two questions of a row


def _intake(path: Path) -> Path:
    header = ["Cedar Hollow Housing Partnership          Counseling file HC-27-1457"]
    first = [*header, "Mortgage Assistance Intake & Application", "1. Homeowner",
             f"Homeowner:Mercedes Ibarra de la Pe\u00f1a{GAP}SSN (last 4):1797",
             f"Phone:(344) 555-0110{GAP}E-mail:mib@post.example",
             "2. Property and loan",
             f"Servicer:Quarry Point Mortgage Servicing{GAP}Loan number:0094730178",
             "Property address:1292 Whitcomb Ave, Flagstaff, AZ 86098",
             "3. Hardship",
             f"Hardship began:12/04/2026{GAP}Expected to last:Over 6 months",
             "CHHP intake v4.2 - client copy retained by agency 1 / 2"]
    # a page of income lines, two to a row, and a signature block: it reads a little like a pay stub
    second = [*header, "5. Monthly household income (gross, before taxes)",
              f"Gross wages / salary:$0.00{GAP}Self-employment (net):$0.00",
              f"Unemployment compensation:$0.00{GAP}Social Security / SSDI / pension:$2,214.80",
              f"Investment / insurance income:$0.00{GAP}Child support / alimony / other:$800.00",
              "Total gross monthly household income:$3,014.80",
              f"Homeowner signature:{GAP}Date: 07/06/2027",
              "CHHP intake v4.2 - client copy retained by agency 2 / 2"]
    text_pdf([first, second], path)
    return path


def test_a_label_run_into_its_answer_and_the_next_question_on_its_row(tmp_path: Path) -> None:
    fields = application(_intake(tmp_path / "intake.pdf"))
    assert value(fields, "borrower_name") == "Mercedes Ibarra de la Pe\u00f1a"  # not "... SSN last", not "Mercedes"
    assert value(fields, "ssn_last4") == "1797"
    assert value(fields, "loan_number") == "0094730178"
    assert value(fields, "property_address") == "1292 Whitcomb Ave, Flagstaff, AZ 86098"


def test_each_income_label_takes_its_own_amount_not_the_next_labels(tmp_path: Path) -> None:
    fields = application(_intake(tmp_path / "intake.pdf"))
    income = {name.split(".", 1)[1]: f.value for name, f in fields.items() if name.startswith("income.")}
    assert {k: str(v) for k, v in income.items()} == {"benefits_taxable": "2214.80", "other": "800.00",
                                                       "total": "3014.80"}


def test_a_footers_page_numbers_keep_the_application_whole(tmp_path: Path) -> None:
    path = _intake(tmp_path / "intake.pdf")
    assert [page_numbering(page, 2) for page in read(path)] == [(1, 2), (2, 2)]
    docs = documents(path)
    assert [(d.type, [p.page for p in d.pages]) for d in docs] == [("mortgage_assistance_application", [1, 2])]


def test_a_bare_word_is_a_label_only_with_its_colon(tmp_path: Path) -> None:
    path = tmp_path / "prose.pdf"
    text_pdf([["Request for Mortgage Assistance", "Homeowner wants to keep the home and asked about a plan.",
               "Homeowner: Dana Whitfield", "Loan number: 6174936363"]], path)
    assert value(application(path), "borrower_name") == "Dana Whitfield"  # not "wants to keep the home ..."


def test_a_loan_number_in_pieces_or_followed_by_the_next_answer(tmp_path: Path) -> None:
    pieces, followed, short = tmp_path / "pieces.pdf", tmp_path / "followed.pdf", tmp_path / "short.pdf"
    text_pdf([["Mortgage Assistance Application", "Loan number: 071 6077709", "Borrower name: Ann Lee"]], pieces)
    text_pdf([["Mortgage Assistance Application", "Loan number 000405206105 Telephone (905) 555-0134",
               "Borrower name: Ann Lee"]], followed)
    text_pdf([["Mortgage Assistance Application", "Loan number: 85282 Member", "Borrower name: Ann Lee"]], short)
    assert value(application(pieces), "loan_number") == "0716077709"
    assert value(application(followed), "loan_number") == "000405206105"
    too_short = application(short)["loan_number"]
    assert too_short.value is None and too_short.confidence < 0.6  # a misread to check, not a blank


def test_a_speck_read_as_a_colon_does_not_cut_a_name(tmp_path: Path) -> None:
    path = tmp_path / "speck.pdf"
    text_pdf([["Mortgage Assistance Application", "Borrower name  Tomasz Szabo:", "Loan number: 6174936363"]], path)
    assert value(application(path), "borrower_name") == "Tomasz Szabo"


# --- a question table: label cell left, answer cell right, each hardship answered Yes or No ----------------


def _question_table(path: Path) -> Path:
    """A servicer's response package: every question a row of a bordered table, hardships answered in
    words, a long option wrapping onto a second line with its answer there, the city, state and ZIP
    code each asked on a row of their own, and an empty income row's answer cell bordered."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 750, "BORROWER RESPONSE PACKAGE - Mortgage Assistance Application")
    rows = [("1.1 Servicer loan number", "0944269518"), ("1.2 Borrower's full legal name", "Ren\u00e9e A. Duchamp-Obi"),
            ("1.6 Co-borrower's full legal name (if any)", "Chidi Obi"),
            ("2.1 Street address of the mortgaged property", "3678 Larkspur Ln Apt 28"),
            ("2.2 City", "Cedar Falls"), ("2.3 State", "IA"), ("2.4 ZIP code", "50655"),
            ("3.1 Unemployment (job loss or layoff)", "No"),
            ("3.2 Reduction in income (fewer hours, lower pay,", ""), ("overtime ended)", "Yes"),
            ("3.3 Increase in housing expenses", "No"), ("3.4 Disaster affecting the property", "No"),
            ("3.5 Long-term disability or serious illness", "Yes"), ("3.6 Divorce or legal separation", "No"),
            ("3.7 Separation of borrowers not married to each other", "No"),
            ("3.8 Death of a borrower or a wage earner", "No"), ("3.9 Distant employment transfer or relocation", "No"),
            ("3.10 Other hardship", "No"),
            ("4.1 Wages, salary, overtime, tips and bonuses (gross)", "$6,702.11"),
            ("4.8 Alimony, child support or other income", ""),
            ("4.9 TOTAL MONTHLY INCOME (add 4.1 to 4.8)", "$6,702.11")]
    pdf.setFont("Helvetica", 9)
    top = 720.0
    for index, (label, answer) in enumerate(rows):
        y = top - 17 * index
        pdf.drawString(44, y, label)
        pdf.drawString(304, y, answer)
        pdf.setLineWidth(0.5)
        pdf.line(40, y - 5, 570, y - 5)
        pdf.line(300, y - 5, 300, y + 12)
        pdf.line(570, y - 5, 570, y + 12)
    pdf.save()
    return path


def test_a_question_table_answered_in_words(tmp_path: Path) -> None:
    fields = application(_question_table(tmp_path / "table.pdf"))
    assert value(fields, "co_borrower_name") == "Chidi Obi"
    assert value(fields, "property_address") == "3678 Larkspur Ln Apt 28, Cedar Falls, IA 50655"
    assert sorted(value(fields, "hardship_types")) == ["disability_or_illness", "reduction_in_income"]
    assert fields["hardship_types"].confidence >= 0.9
    income = {name: f.value for name, f in fields.items() if name.startswith("income.")}
    # the empty row's bordered cell is no unread pen, and the total's "4.9" is no amount of the row above
    assert {k: str(v) for k, v in income.items()} == {"income.wages": "6702.11", "income.total": "6702.11"}


def test_yes_and_no_printed_to_circle_are_not_answers(tmp_path: Path) -> None:
    path = tmp_path / "circle.pdf"
    options = ["Job loss", "Reduction in income", "Higher housing costs", "Disaster", "Serious illness",
               "Divorce or legal separation", "Unmarried co-owner moved out", "Death of a borrower", "Relocation",
               "Another reason"]
    text_pdf([["Mortgage Assistance Worksheet", "Loan number: 6174936363",
               "Did any of these happen to you? Circle NO or YES for each one.",
               *(f"{option}   NO   YES" for option in options)]], path)
    assert not value(application(path), "hardship_types")  # nothing circled, nothing answered
