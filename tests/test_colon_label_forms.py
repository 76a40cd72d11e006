"""A counselor's intake typed on a computer: labels with their colons and the answers run on ("Homeowner:Mercedes"),
two questions to a row, page numbers as "1 / 2" in the footer; and loan numbers written in pieces or followed
on their row by the next answer. Born-digital fixtures, read through the real text layer and word boxes."""

from __future__ import annotations

from pathlib import Path

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
