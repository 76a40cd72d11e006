"""The real IRS Form 4506-C filled on a computer, signed or left unsigned, and a servicer's fillable form
whose boxes are printed on the page with check-box fields laid over them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.reading.pages import PageReader
from pdf_factory import REFERENCE
from test_portal_stubs_and_yearly_income import read_file_documents

FORM_4506C_BLANK = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
# the blank's fields by their own names; every other field is cleared of the IRS's leftover sample values
TYPED_4506C = {"first_name[0]": "Priya", "middle_initial[0]": "N", "last_name[0]": "Chandran",
               "f1_15[0]": "12", "f1_16[0]": "31", "f1_17[0]": "2029", "phone_number[0]": "(616) 555-0130",
               "print_type_name[0]": "Priya N. Chandran"}


def _form_4506c(path: Path, signed_on: str | None) -> Path:
    """Typed in a viewer; when signed, the signature drawn with a mouse in the cell under "Signature for
    Line 1a" and the date typed in its field."""
    typed = {**TYPED_4506C, **({"date[0]": signed_on} if signed_on else {})}
    writer = PdfWriter(clone_from=PdfReader(FORM_4506C_BLANK))
    for ref in writer.pages[0].get("/Annots") or []:
        widget = ref.get_object()
        name = str(widget.get("/T", ""))
        if widget.get("/FT", widget.get("/Parent", {}).get("/FT")) == "/Btn":
            widget[NameObject("/V")] = widget[NameObject("/AS")] = NameObject("/Off")
        elif "/Rect" in widget:
            value = typed.get(name, "") if name != "date[0]" or widget["/Rect"][1] > 150 else ""
            widget[NameObject("/V")] = TextStringObject(value)
    if signed_on:
        strokes = path.with_suffix(".ink.pdf")
        pdf = canvas.Canvas(str(strokes), pagesize=letter)
        pdf.setLineWidth(1.6)
        for dx in range(0, 140, 28):  # the loops of a name written with a mouse
            pdf.bezier(90 + dx, 170, 100 + dx, 186, 112 + dx, 164, 118 + dx, 176)
        pdf.save()
        writer.pages[0].merge_page(PdfReader(strokes).pages[0])
    writer.set_need_appearances_writer(True)
    writer.write(path)
    return path


def _fields_4506c(reader: PageReader, path: Path) -> dict[str, object]:
    documents = read_file_documents(reader, path, date(2030, 9, 10))
    found = [d for d in documents if d.type == "irs_form_4506c"]
    assert found, [d.type for d in documents]
    return {name: field.value for name, field in found[0].fields.items()}


def test_real_4506c_typed_and_left_unsigned_is_unsigned(reader: PageReader, tmp_path: Path) -> None:
    """The attestation's paragraph opens with "Signature of taxpayer(s). I declare ..." and ends with
    "signature date.": neither is the signature's caption, and the tax year's "12/31/2029" is no date
    of signing."""
    fields = _fields_4506c(reader, _form_4506c(tmp_path / "4506C.pdf", None))
    assert fields["signed"] is False
    assert fields["signed_on"] is None


def test_the_irs_blank_with_its_sample_values_is_unsigned(reader: PageReader) -> None:
    """The blank as the IRS publishes it still holds sample values: the tax years asked for over the
    attestation ("01/02/2024") are no date of signing, and the empty signature cell is no signature."""
    fields = _fields_4506c(reader, FORM_4506C_BLANK)
    assert fields["signed"] is False
    assert fields["signed_on"] != date(2024, 1, 2)


def test_real_4506c_signed_in_its_cell_is_signed(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields_4506c(reader, _form_4506c(tmp_path / "4506C.pdf", "09/02/2030"))
    assert fields["signed"] is True
    assert fields["signed_on"] == date(2030, 9, 2)


def _servicer_form(path: Path) -> Path:
    """Boxes printed in the page's content, each with a check-box field over it; the hardship reasons in two
    columns, the right one's wording found only by a word inside it ("unmarried")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1]
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, top - 60, "Marlow Bay Servicing - Request for Mortgage Assistance")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, top - 100, "Loan number:")
    pdf.acroForm.textfield(name="LoanNo", value="0081234570", x=150, y=top - 105, width=200, height=16,
                           borderWidth=0, fontSize=10)

    def option(x: float, y: float, label: str, name: str, ticked: bool) -> None:
        pdf.rect(x, y - 1, 9, 9)  # the printed box
        pdf.acroForm.checkbox(name=name, x=x, y=y - 1, size=9, checked=ticked, borderWidth=0,
                              fillColor=None, buttonStyle="cross")
        pdf.drawString(x + 14, y, label)

    pdf.drawString(50, top - 140, "The property is my:")
    for i, (label, ticked) in enumerate((("Primary residence", True), ("Second home", False),
                                         ("Investment property", False))):
        option(160 + 130 * i, top - 140, label, f"Occ{i}", ticked)
    pdf.drawString(50, top - 175, "Reason for the hardship (check all that apply):")
    reasons = (("Unemployment", False), ("Divorce or legal separation", False),
               ("Reduction in income or hours", True), ("Split-up of co-borrowers who are unmarried", False),
               ("Increase in housing expenses", True), ("Death of a borrower or wage earner", False))
    for i, (label, ticked) in enumerate(reasons):
        option(50 + 250 * (i % 2), top - 195 - 18 * (i // 2), label, f"Reason{i}", ticked)
    pdf.showPage()
    pdf.save()
    return path


def test_check_box_fields_over_printed_boxes_are_read_as_ticked(reader: PageReader, tmp_path: Path) -> None:
    """The ink probe renders the page without its fields, so the printed boxes look empty; the fields' own
    state says which are ticked, and a ticked reason's mark is not the next column's."""
    documents = read_file_documents(reader, _servicer_form(tmp_path / "application.pdf"))
    found = [d for d in documents if d.type == "mortgage_assistance_application"]
    assert found, [d.type for d in documents]
    fields = found[0].fields
    assert fields["occupancy"].value == "primary_residence"
    assert sorted(fields["hardship_types"].value) == ["increase_in_housing_expenses", "reduction_in_income"]
