"""An income label's word inside a sentence is no income line: a hardship option "My pay, hours or overtime
were cut", marked with an X, says "overtime" after "or" with no "$" on its row, and must not make the
wages read beside the form's real "Monthly gross salary $2,204.54" an unreadable line for review."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import _mid_sentence, extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def test_an_income_word_in_a_hardship_option_is_no_income_line(reader: PageReader, tmp_path: Path) -> None:
    path = placed_text_pdf(tmp_path / "affidavit.pdf", [
        [Ink(40, 50, "HARDSHIP AFFIDAVIT & FINANCIAL WORKSHEET", 13, "Helvetica-Bold"),
         Ink(40, 80, "Loan number"), Ink(150, 80, "0004052061"),
         Ink(40, 100, "Borrower name"), Ink(150, 100, "Harriet Okafor"),
         Ink(40, 130, "B. WHAT CAUSED YOUR HARDSHIP? (mark every box that applies)", 10, "Helvetica-Bold"),
         Ink(40, 150, "I lost my job or was laid off", 9), Ink(196, 150, "X", 9),
         Ink(206, 150, "My pay, hours or overtime were cut", 9), Ink(390, 150, "X", 9),
         Ink(400, 150, "Divorce or legal separation", 9)],
        [Ink(40, 50, "C. MONTHLY INCOME BEFORE TAXES", 11, "Helvetica-Bold"),
         Ink(40, 70, "Source"), Ink(300, 70, "Monthly amount"),
         Ink(40, 90, "Monthly gross salary"), Ink(300, 90, "$2,204.54"),
         Ink(40, 110, "Total monthly income"), Ink(300, 110, "$2,204.54")],
    ])
    pages = reader.read(path)
    assert all(page.method is TextMethod.TEXT_LAYER for page in pages)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["income.wages"].value == Decimal("2204.54")
    assert fields["income.wages"].confidence >= 0.8


def _row(*words: str) -> Page:
    placed, x = [], 0.05
    for text in words:
        width = 0.012 * len(text)
        placed.append(Word(text, 0.95, (x, 0.5, x + width, 0.512)))
        x += width + 0.006  # a word space
    return Page(1, " ".join(words), TextMethod.OCR, 0.9, words=tuple(placed))


def test_only_a_label_with_prose_on_both_sides_is_mid_sentence() -> None:
    option = _row("My", "pay,", "hours", "or", "overtime", "were", "cut")
    label = next(w.box for w in option.words if w.text == "overtime")
    assert _mid_sentence(option, label)
    line = _row("Wages", "and", "overtime", "____")  # a line asked with its answer blank: still an income line
    assert not _mid_sentence(line, next(w.box for w in line.words if w.text == "overtime"))
    dollars = _row("Tips", "or", "overtime", "paid", "$")
    assert not _mid_sentence(dollars, next(w.box for w in dollars.words if w.text == "overtime"))
