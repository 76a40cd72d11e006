"""Ink on a page region: whether a checkbox is marked or a signature line carries a signature.

Neither shows in text: a tick drawn on a born-digital form, a pasted signature image and a pen mark on
a scan are all pixels. `PdfInk` renders a page once at a low resolution and measures dark pixels inside
a region given in page fractions; ruled lines and box borders are discounted so an empty box reads 0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PIL import Image

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page fractions, origin top-left
DARK = 140


class InkProbe(Protocol):
    def __call__(self, page_number: int, box: Box) -> float: ...


class PdfInk:
    """Dark-pixel share of a region of a PDF page (rendered at `dpi`, each page once)."""

    def __init__(self, path: Path, dpi: int = 100) -> None:
        self._path = path
        self._dpi = dpi
        self._images: dict[int, Image.Image] = {}

    def image(self, page_number: int) -> Image.Image:
        if page_number not in self._images:
            import pypdfium2

            pdf = pypdfium2.PdfDocument(str(self._path))
            try:
                bitmap = pdf[page_number - 1].render(scale=self._dpi / 72, may_draw_forms=False)
                self._images[page_number] = bitmap.to_pil().convert("L")
            finally:
                pdf.close()
        return self._images[page_number]

    def __call__(self, page_number: int, box: Box) -> float:
        return ink_share(self.image(page_number), box)


def ink_share(image: Image.Image, box: Box) -> float:
    """Share of dark pixels in `box`, inside any box border found there and ignoring ruled lines."""
    width, height = image.size
    left, top = max(0, int(box[0] * width)), max(0, int(box[1] * height))
    right, bottom = min(width, int(box[2] * width) + 1), min(height, int(box[3] * height) + 1)
    if right - left < 2 or bottom - top < 2:
        return 0.0
    crop = image.crop((left, top, right, bottom))
    w, h = crop.size
    pixels = [value < DARK for value in crop.tobytes()]
    rows = [pixels[y * w : (y + 1) * w] for y in range(h)]
    dark_rows = [y for y in range(h) if sum(rows[y]) > 0.4 * w]
    dark_cols = [x for x in range(w) if sum(rows[y][x] for y in range(h)) > 0.4 * h]
    if len(dark_cols) >= 2 and dark_cols[-1] - dark_cols[0] > 3:
        rows = [row[dark_cols[0] + 2 : dark_cols[-1] - 1] for row in rows]
        dark_rows = [y for y in range(h) if sum(rows[y]) > 0.6 * max(1, len(rows[y]))]
    if len(dark_rows) >= 2 and dark_rows[-1] - dark_rows[0] > 3:
        rows = rows[dark_rows[0] + 2 : dark_rows[-1] - 1]
    else:
        rows = [row for y, row in enumerate(rows) if y not in set(dark_rows)]
    total = sum(len(row) for row in rows)
    return sum(sum(row) for row in rows) / total if total else 0.0
