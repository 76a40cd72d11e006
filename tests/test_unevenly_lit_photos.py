"""A phone's photo of a paper, lit unevenly: a shadow falls across the sheet from one side.

tesseract binarizes a page with one threshold: where the shadow darkens the paper, print and paper fall on
the same side of it and the ends of the lines are lost ("EARNINGS STAT", "Pay date" without its date). A page
whose paper is lit unevenly is read a second time as if lit evenly (each pixel over the paper's light around
it), and the surer reading is kept. A scanner's page, lit evenly, is read once.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

import pdf_factory as pf
from lossmit_docs.model import TextMethod
from lossmit_docs.reading.ocr import UNEVEN_LIGHT
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.paper import light_spread, paper_light

DPI = 200
STUB = ("HARVEST VALLEY FOODS - EARNINGS STATEMENT - STORE 114",
        "Employee: Marisol V. Quintana        Employee ID 20-4471",
        "Pay period 04/01/2046 to 04/14/2046   Pay date 04/18/2046",
        "Gross pay this period                         1,984.20",
        "Net pay this period                           1,511.63",
        "Year to date gross                            14,889.40")


def _scan() -> Image.Image:
    return pf.page_image(STUB, pf.ScanStyle(dpi=DPI, font_pt=12.0))


def _photographed(sheet: Image.Image) -> Image.Image:
    """The sheet with a shadow falling across it from the right, a little deeper towards the bottom."""
    pixels = np.asarray(sheet, dtype=np.float32)
    height, width = pixels.shape
    across = np.linspace(0.0, 1.0, width)[None, :]
    down = np.linspace(0.0, 1.0, height)[:, None]
    light = 240 - 190 * np.clip(1.2 * across - 0.15 + 0.2 * down, 0, 1)
    return Image.fromarray((pixels / 255.0 * light).clip(0, 255).astype(np.uint8))


def test_a_shadowed_photo_is_read_to_the_ends_of_its_lines(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "IMG_2231.pdf"
    pf.images_pdf([_photographed(_scan())], DPI, path=path)
    page = reader.read(path)[0]
    assert page.method == TextMethod.OCR
    for printed in ("STORE 114", "Employee ID 20-4471", "Pay date 04/18/2046", "14,889.40"):
        assert printed in page.text


def test_only_the_photo_counts_as_lit_unevenly() -> None:
    """Guard: a scanner's page (and its paper's print) stays within the spread; the shadowed photo does not."""
    scan = _scan()
    assert light_spread(paper_light(scan, DPI)) < UNEVEN_LIGHT
    assert light_spread(paper_light(_photographed(scan), DPI)) >= UNEVEN_LIGHT
