"""Paper and ink on a grey scan, and the light the paper was photographed in: the rules the line cleaner,
the second reader and the OCR of a phone's photo share."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

INK_SHARE = 0.75  # a pixel darker than this share of the paper's brightness is ink; shading is lighter
# Outlined digits and a light pen are lighter than print: where ink is looked for rather than removed,
# this share finds them (a blank fax page has almost no pixels this dark).
FAINT_SHARE = 0.85


def paper_shade(pixels: np.ndarray) -> int:
    """The median grey of a sample of pixels: most of a page is paper, whatever the scanner made of it."""
    histogram = np.bincount(pixels[::4, ::4].ravel(), minlength=256)
    return int(np.searchsorted(np.cumsum(histogram), histogram.sum() / 2))


def ink_mask(pixels: np.ndarray, paper: int | None = None, share: float = INK_SHARE) -> np.ndarray:
    return pixels < (paper_shade(pixels) if paper is None else paper) * share


LIGHT_DPI = 20  # the paper's light is measured on a copy this coarse: a letter is a few pixels there
LIGHT_WINDOW = 5  # ... taking the brightest pixel of each 5 x 5 (a quarter inch): paper, not ink


def paper_light(grey: Image.Image, dpi: float) -> Image.Image:
    """How bright the paper is around each point, coarse: a phone's photo is lit unevenly, a scanner's is not."""
    factor = max(1, round(dpi / LIGHT_DPI))
    coarse = grey.reduce(factor).filter(ImageFilter.MaxFilter(LIGHT_WINDOW))
    return coarse.filter(ImageFilter.GaussianBlur(LIGHT_WINDOW / 2))


def light_spread(light: Image.Image) -> int:
    """Grey levels between the dim and the bright paper (5th and 95th percentiles)."""
    low, high = np.percentile(np.asarray(light), (5, 95))
    return int(high - low)


def evenly_lit(grey: Image.Image, light: Image.Image) -> Image.Image:
    """The page as if lit evenly: each pixel divided by the paper's light around it, so a shadow's print is
    as dark against its paper as the rest and the paper everywhere white."""
    pixels = np.asarray(grey, dtype=np.float32)
    around = np.asarray(light.resize(grey.size, Image.Resampling.BILINEAR), dtype=np.float32)
    return Image.fromarray(np.clip(pixels * 255.0 / np.maximum(around, 1.0), 0, 255).astype(np.uint8))
