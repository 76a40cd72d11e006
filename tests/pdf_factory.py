"""PDF fixtures built on the fly: born-digital pages, scans, a filled Form 710, and hostile inputs.

Every builder returns the file's bytes and, given `path`, also writes them there. Scans are made the way
paper becomes a PDF: text drawn on a bitmap (Pillow), turned, tilted and speckled like a sheet on a
scanner glass or a fax line, then wrapped back into an image-only PDF.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, RectangleObject, TextStringObject
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _shared_folder() -> Path:
    """The project's shared spec, samples and reference forms: `LOSSMIT_SHARED` when set, else `shared/`
    beside the checkout, else beside the checkout this one was cloned from (a fresh `git clone . /tmp/x`)."""
    if os.environ.get("LOSSMIT_SHARED"):
        return Path(os.environ["LOSSMIT_SHARED"])
    checkout = Path(__file__).resolve().parents[1]
    beside = checkout.parent / "shared"
    if beside.is_dir():
        return beside
    origin = subprocess.run(["git", "-C", str(checkout), "config", "--get", "remote.origin.url"],
                            capture_output=True, text=True, check=False).stdout.strip()
    if origin and "://" not in origin and (Path(origin).resolve().parent / "shared").is_dir():
        return Path(origin).resolve().parent / "shared"
    return beside


SHARED = _shared_folder()
REFERENCE = SHARED / "reference"
FORM710_BLANK = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
LETTER_INCHES = (8.5, 11.0)
_FONT_FILES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)

SAMPLE_LETTER = (
    "Dear Loan Servicing Department,",
    "I am writing to explain the hardship that caused my missed payments.",
    "My employer reduced my working hours in January and my income fell.",
    "I would like to keep my home and request a loan modification.",
    "Please contact me at the phone number on my application.",
    "Sincerely, Maria Gonzalez",
)


def _out(data: bytes, path: Path | None) -> bytes:
    if path is not None:
        path.write_bytes(data)
    return data


def _font(size_px: int) -> ImageFont.FreeTypeFont:
    for name in _FONT_FILES:
        if Path(name).is_file():
            return ImageFont.truetype(name, size_px)
    raise FileNotFoundError("no TrueType font found for scanned fixtures")


# --- born-digital --------------------------------------------------------------------------------------


def text_pdf(pages: Sequence[Sequence[str]], path: Path | None = None, font_size: float = 11.0) -> bytes:
    """A born-digital PDF (reportlab): one list of lines per letter-size page."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    for lines in pages:
        pdf.setFont("Helvetica", font_size)
        y = letter[1] - 72
        for line in lines:
            pdf.drawString(72, y, line)
            y -= font_size * 1.5
        pdf.showPage()
    pdf.save()
    return _out(buf.getvalue(), path)


# --- scans ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanStyle:
    """How a sheet of paper was scanned."""

    dpi: int = 300
    rotation: int = 0  # degrees clockwise the sheet lay turned on the glass: 0, 90, 180, 270
    skew: float = 0.0  # a slight tilt, degrees
    noise: float = 0.0  # share of pixels speckled
    bilevel: bool = False  # black and white only, as a fax
    font_pt: float = 13.0
    page_inches: tuple[float, float] = LETTER_INCHES
    seed: int = 7


FAX = ScanStyle(dpi=200, bilevel=True, noise=0.002)


def blank_sheet(style: ScanStyle) -> Image.Image:
    width, height = (round(v * style.dpi) for v in style.page_inches)
    return Image.new("L", (width, height), 255)


def draw_lines(sheet: Image.Image, lines: Sequence[str], style: ScanStyle, top_inch: float = 1.0) -> None:
    draw = ImageDraw.Draw(sheet)
    font = _font(round(style.font_pt * style.dpi / 72))
    step = round(style.font_pt * 1.6 * style.dpi / 72)
    y = round(top_inch * style.dpi)
    for line in lines:
        draw.text((style.dpi, y), line, fill=20, font=font)
        y += step


def as_scanned(sheet: Image.Image, style: ScanStyle) -> Image.Image:
    """Tilt, turn, speckle and binarize a clean page image like a scanner or fax would."""
    image = sheet
    if style.skew:
        image = image.rotate(style.skew, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.rotation:
        image = image.rotate(-style.rotation, expand=True)  # PIL turns counter-clockwise
    if style.noise:
        rng = random.Random(style.seed)
        pixels = image.load()
        width, height = image.size
        for _ in range(int(width * height * style.noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = 0 if pixels[x, y] > 128 else 255
    if style.bilevel:
        image = image.point(lambda v: 255 if v > 140 else 0).convert("1")
    return image


def page_image(lines: Sequence[str], style: ScanStyle = ScanStyle()) -> Image.Image:
    """A scanned page holding `lines` of text."""
    sheet = blank_sheet(style)
    draw_lines(sheet, lines, style)
    return as_scanned(sheet, style)


def barcode_image(text: str, qr: bool = False, scale: int = 4) -> Image.Image:
    kind = zxingcpp.BarcodeFormat.QRCode if qr else zxingcpp.BarcodeFormat.Code128
    bitmap = zxingcpp.create_barcode(text, kind).to_image(scale=scale)
    view = memoryview(bitmap)
    return Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))


def separator_image(loan_number: str, style: ScanStyle = ScanStyle()) -> Image.Image:
    """A scanned cover sheet whose Code 128 barcode reads `LOAN <number>`."""
    sheet = blank_sheet(style)
    draw_lines(sheet, ["LOSS MITIGATION COVER SHEET", f"Loan number: {loan_number}"], style)
    code = barcode_image(f"LOAN {loan_number}", scale=max(2, style.dpi // 75))
    sheet.paste(code, (style.dpi, round(2.5 * style.dpi)))
    return as_scanned(sheet, style)


def digital_separator_pdf(loan_number: str, path: Path | None = None) -> bytes:
    """A cover sheet made on a computer: a few lines of text and its barcode pasted in as a picture."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 700, "LOSS MITIGATION COVER SHEET")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 680, "Place this sheet on top of the borrower's documents.")
    pdf.drawString(72, 420, f"Loan number: {loan_number}")
    pdf.drawInlineImage(barcode_image(f"LOAN {loan_number}", scale=3), 72, 480, width=300, height=80)
    pdf.showPage()
    pdf.save()
    return _out(buf.getvalue(), path)


def images_pdf(images: Sequence[Image.Image], dpi: int, path: Path | None = None) -> bytes:
    """Wrap page images into an image-only PDF, one page each, sized by `dpi`."""
    buf = io.BytesIO()
    first, *rest = images
    first.save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return _out(buf.getvalue(), path)


def printed_and_scanned(born: Path, dpi: int, path: Path) -> Path:
    """A born-digital PDF's first page as a copier's grey scan of its print: an image-only PDF at `dpi`."""
    document = pdfium.PdfDocument(str(born))
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    images_pdf([image], dpi, path)
    return path


def scanned_pdf(pages: Sequence[Sequence[str]], style: ScanStyle = ScanStyle(), path: Path | None = None) -> bytes:
    """An image-only PDF: each list of lines scanned in `style`."""
    return images_pdf([page_image(lines, style) for lines in pages], style.dpi, path)


def styled(style: ScanStyle, **changes: object) -> ScanStyle:
    return replace(style, **changes)


def scan_with_text_pdf(
    lines: Sequence[str],
    text_lines: Sequence[str],
    style: ScanStyle = ScanStyle(dpi=150),
    invisible: bool = False,
    font_size: float = 5.5,
    path: Path | None = None,
) -> bytes:
    """A scanned page that also carries a text layer: a faint footer, or a scanner's hidden OCR layer."""
    image = page_image(lines, style)
    width, height = (v * 72 for v in style.page_inches)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(width, height))
    pdf.drawInlineImage(image, 0, 0, width=width, height=height)
    text = pdf.beginText(width - 200, 12)
    text.setFont("Helvetica", font_size)
    text.setTextRenderMode(3 if invisible else 0)
    text.setFillGray(0.72)
    for line in text_lines:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return _out(buf.getvalue(), path)


def concat_pdfs(parts: Sequence[bytes], path: Path | None = None) -> bytes:
    """One PDF holding the pages of all `parts`, in order (a mixed batch from a scanner)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    buf = io.BytesIO()
    writer.write(buf)
    return _out(buf.getvalue(), path)


# --- Form 710 ------------------------------------------------------------------------------------------


def form710_filled(values: dict[str, str | bool], path: Path | None = None) -> bytes:
    """The real blank Form 710 filled through its AcroForm: text fields by string, checkboxes by bool."""
    writer = PdfWriter(clone_from=PdfReader(FORM710_BLANK))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            name = str(widget.get("/T", ""))
            if name not in values:
                continue
            value = values[name]
            if isinstance(value, bool):
                states = [str(k) for k in widget["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                widget[NameObject("/V")] = state
                widget[NameObject("/AS")] = state
            else:
                writer.update_page_form_field_values(page, {name: value}, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    buf = io.BytesIO()
    writer.write(buf)
    return _out(buf.getvalue(), path)


# --- hostile and broken inputs -------------------------------------------------------------------------


class Ink(NamedTuple):
    """One string on a born-digital page: x and the baseline's distance from the page's top, in points."""

    x: float
    y: float
    text: str
    size: float = 9.5
    font: str = "Helvetica"
    align: str = "l"  # "r": x is where the text ends


def placed_text_pdf(path: Path, pages: Sequence[Sequence[Ink]]) -> Path:
    """A born-digital letter-size PDF drawing each page's strings where they are placed."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for inks in pages:
        for ink in inks:
            pdf.setFont(ink.font, ink.size)
            draw = pdf.drawRightString if ink.align == "r" else pdf.drawString
            draw(ink.x, letter[1] - ink.y, ink.text)
        pdf.showPage()
    pdf.save()
    return path


def draw_text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 9.0, font: str = "Helvetica",
              right: bool = False) -> None:
    """A string whose baseline stands `y` points under a letter page's top, from `x` (or ending there)."""
    pdf.setFont(font, size)
    (pdf.drawRightString if right else pdf.drawString)(x, letter[1] - y, text)


def member_signature_row(pdf: canvas.Canvas, day: str, joint_signed: bool) -> None:
    """A credit union form's row of "MEMBER'S SIGNATURE  JOINT MEMBER'S SIGNATURE  DATE" captions under their
    lines, the member's signature on its line (and the joint member's), the date typed on its own."""
    for x, caption in ((40, "MEMBER'S SIGNATURE"), (250, "JOINT MEMBER'S SIGNATURE"), (460, "DATE")):
        pdf.line(x, letter[1] - 560, x + 180 if x < 460 else 560, letter[1] - 560)
        draw_text(pdf, x, 572, caption, 7.5)
    pen_signature(pdf, 50, 558, 140)
    if joint_signed:
        pen_signature(pdf, 262, 558, 130)
    draw_text(pdf, 466, 556, day, 10)


def pen_signature(pdf: canvas.Canvas, x: float, baseline: float, width: float, loop: float = 13.0,
                  line_width: float = 1.1, tail: float = 6.0) -> None:
    """A pen's signature in dark blue on a letter page: one polyline of loops `loop` points tall and a tail,
    its lowest point on `baseline` (distance from the page's top), `width` points long."""
    top = letter[1]
    points: list[tuple[float, float]] = []
    step = 0.0
    while step < width - 12:
        points += [(x + step, baseline - 2), (x + step + 3, baseline - loop), (x + step + 6, baseline - 4),
                   (x + step + 8, baseline - 1)]
        step += 9
    points.append((x + width, baseline - tail))
    pdf.setStrokeColorRGB(0.08, 0.12, 0.45)
    pdf.setLineWidth(line_width)
    path = pdf.beginPath()
    path.moveTo(points[0][0], top - points[0][1])
    for px, py in points[1:]:
        path.lineTo(px, top - py)
    pdf.drawPath(path, stroke=1, fill=0)
    pdf.setStrokeColorRGB(0, 0, 0)


def earnings_table(pdf: canvas.Canvas, headings: Sequence[tuple[float, str]], headings_y: float,
                   rows: Sequence[tuple[float, str, str, str, str]], figures_right: tuple[float, float, float],
                   label_x: float, row_font: tuple[str, float] | None = None) -> None:
    """A pay stub's earnings table: its headings, then rows (y, label, hours, current, YTD) with the figures
    set flush right at `figures_right`; in `row_font` when the rows are set apart from the headings."""
    for x, heading in headings:
        pdf.drawString(x, headings_y, heading)
    if row_font is not None:
        pdf.setFont(*row_font)
    for y, label, *figures in rows:
        pdf.drawString(label_x, y, label)
        for right, figure in zip(figures_right, figures, strict=True):
            if figure:
                pdf.drawRightString(right, y, figure)


def empty_pdf(path: Path | None = None) -> bytes:
    return _out(b"", path)


def truncated_pdf(path: Path | None = None) -> bytes:
    """A real PDF cut off half-way, as from an interrupted copy."""
    whole = text_pdf([SAMPLE_LETTER, SAMPLE_LETTER])
    return _out(whole[: len(whole) // 2], path)


def garbage_pdf(path: Path | None = None) -> bytes:
    """Starts and ends like a PDF, but the body is noise: the structure cannot be parsed."""
    body = bytes(random.Random(3).randrange(256) for _ in range(4000))
    return _out(b"%PDF-1.7\n" + body + b"\n%%EOF\n", path)


def encrypted_pdf(user_password: str = "secret", path: Path | None = None) -> bytes:
    """AES-256 encrypted; with an empty `user_password` only an owner password restricts it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([SAMPLE_LETTER]))))
    writer.encrypt(user_password=user_password, owner_password="owner-only", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return _out(buf.getvalue(), path)


def jpeg_named_pdf(path: Path | None = None) -> bytes:
    """A phone photo saved with a .pdf name."""
    buf = io.BytesIO()
    page_image(["A photo of a pay stub"], ScanStyle(dpi=50)).convert("RGB").save(buf, "JPEG")
    return _out(buf.getvalue(), path)


def html_named_pdf(path: Path | None = None) -> bytes:
    """A web page (e.g. a portal's error page) downloaded as .pdf."""
    html = b"<!DOCTYPE html>\n<html><head><title>Session expired</title></head><body>Log in</body></html>\n"
    return _out(html, path)


def many_pages_pdf(count: int = 2000, path: Path | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    return _out(buf.getvalue(), path)


def with_page_box(data: bytes, page_index: int, box: tuple[float, float, float, float]) -> bytes:
    """The same PDF with one page's media box replaced (0x0, huge, ...)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[page_index]
    page.mediabox = RectangleObject(box)
    page.cropbox = RectangleObject(box)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zero_box_pdf(path: Path | None = None) -> bytes:
    """Two pages: a good text page, then one whose page box is 0x0."""
    good = text_pdf([SAMPLE_LETTER, SAMPLE_LETTER])
    return _out(with_page_box(good, 1, (0, 0, 0, 0)), path)


def huge_page_pdf(inches: float = 200.0, path: Path | None = None) -> bytes:
    """A page of `inches` x `inches` (200 is the most PDF allows) holding only an image, so it is OCR'd."""
    side = inches * 72
    sheet = page_image(["HUGE PAGE"], ScanStyle(dpi=20, font_pt=200, page_inches=(10, 10)))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(side, side))
    pdf.drawInlineImage(sheet, 0, 0, width=side, height=side)
    pdf.showPage()
    pdf.save()
    return _out(buf.getvalue(), path)


def active_content_pdf(path: Path | None = None) -> bytes:
    """A readable letter that also carries JavaScript and an attached file."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([SAMPLE_LETTER]))))
    writer.add_attachment("payload.txt", b"never opened")
    script = writer._add_object(
        DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('this must never run');"),
            }
        )
    )
    root = writer.root_object
    root[NameObject("/OpenAction")] = script
    names = root["/Names"].get_object()
    names[NameObject("/JavaScript")] = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("greeting"), script])}
    )
    buf = io.BytesIO()
    writer.write(buf)
    return _out(buf.getvalue(), path)
