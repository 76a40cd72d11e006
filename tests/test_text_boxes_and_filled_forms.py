"""Forms answered on a computer without typing into their fields: a PDF viewer's "Add Text" boxes laid on
the real Form 710, and a servicer's own fillable form, both read as a printed page's answers are."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Document
from lossmit_docs.reading.pages import PageReader
from pdf_factory import FORM710_BLANK
from test_portal_stubs_and_yearly_income import read_file_documents

# what a borrower types into "Add Text" boxes over the blank Form 710's fields, by the field it covers
TYPED = {"Text_1": "0019426290", "Text_2": "Fiona G. Castellanos", "Text_3": "4646",
         "Text_6": "4783 Larkspur Cir, Pine Harbor, MI 49712", "Checkbox_24": "X"}


def _application(documents: list[Document]) -> dict[str, object]:
    found = [d for d in documents if d.type == "mortgage_assistance_application"]
    assert found, [d.type for d in documents]
    return {name: field.value for name, field in found[0].fields.items()}


def test_text_boxes_laid_on_the_form710_are_its_answers(reader: PageReader, tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(FORM710_BLANK))
    for number, page in enumerate(writer.pages):
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            name = str(widget.get("/T", ""))
            if name in TYPED:  # the box a little off the field, as a hand places it; the field stays empty
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                rect = (x0 + 2, y0 + 1, max(x1, x0 + 7 * len(TYPED[name])), y1 + 1)
                writer.add_annotation(number, FreeText(text=TYPED[name], rect=rect, font_size="10pt"))
    path = tmp_path / "Mortgage Assistance Application - signed.pdf"
    writer.write(path)
    fields = PdfReader(path).get_fields() or {}
    assert all(str(fields[name].get("/V", "/Off")) in ("", "/Off") for name in TYPED)  # the fields stay empty

    answers = _application(read_file_documents(reader, path))
    assert answers["loan_number"] == "0019426290"
    assert answers["borrower_name"] == "Fiona G. Castellanos"
    assert answers["ssn_last4"] == "4646"
    assert answers["property_address"] == "4783 Larkspur Cir, Pine Harbor, MI 49712"
    assert answers["occupancy"] == "primary_residence"


def test_a_servicer_form_filled_in_its_own_fields_reads_by_its_labels(reader: PageReader, tmp_path: Path) -> None:
    """Fields named by the servicer's form software ("txtField3"), not by Form 710: only the labels printed
    beside them say what each answer is."""
    path = tmp_path / "hardship application.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1]
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, top - 60, "Ridgeview Mortgage - Hardship Assistance Application")
    rows = (("Loan number:", "0073312845"), ("Borrower's name:", "Dorothea K. Lindqvist"),
            ("SSN (last 4 digits):", "5521"), ("Property address:", "88 Quarry Rd, Barre, VT 05641"))
    pdf.setFont("Helvetica", 10)
    for i, (label, value) in enumerate(rows):
        y = top - 110 - 30 * i
        pdf.drawString(50, y, label)
        pdf.acroForm.textfield(name=f"txtField{i + 1}", value=value, x=170, y=y - 5, width=300, height=16,
                               borderWidth=0, fontSize=10)
    pdf.drawString(50, top - 260, "Borrower's signature ______________________   Date ____________")
    pdf.showPage()
    pdf.save()

    answers = _application(read_file_documents(reader, path))
    assert answers["loan_number"] == "0073312845"
    assert answers["borrower_name"] == "Dorothea K. Lindqvist"
    assert answers["ssn_last4"] == "5521"
    assert answers["property_address"] == "88 Quarry Rd, Barre, VT 05641"
