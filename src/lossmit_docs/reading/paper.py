"""Paper and ink on a grey scan: the one rule the line cleaner and the second reader both use."""

from __future__ import annotations

import numpy as np

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
