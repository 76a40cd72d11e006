"""Where labels sit on a page: word boxes found by their text, and regions beside them in page fractions."""

from __future__ import annotations

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.values import squash

LETTER = (612.0, 792.0)


def locate(page: Page, label: str, start: int = 0) -> tuple[Box, int] | None:
    """The box of the words spelling `label` (spaces and case ignored) and the index after them."""
    target = squash(label)
    words: tuple[Word, ...] = page.words
    for i in range(start, len(words)):
        joined = ""
        for j in range(i, min(i + 12, len(words))):
            joined += squash(words[j].text)
            if joined.startswith(target):
                boxes = [w.box for w in words[i : j + 1]]
                return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                        max(b[2] for b in boxes), max(b[3] for b in boxes)), j + 1
            if not target.startswith(joined):
                break
    return None


def points(page: Page) -> tuple[float, float]:
    return (page.width_pt or LETTER[0], page.height_pt or LETTER[1])


def box_left_of(page: Page, label_box: Box) -> Box:
    """The square a checkbox takes just left of its option label."""
    width, height = points(page)
    line = (label_box[3] - label_box[1]) * height
    return (label_box[0] - 2.2 * line / width, label_box[1] - 0.4 * line / height,
            label_box[0] - 0.1 * line / width, label_box[3] + 0.4 * line / height)


def line_beside(page: Page, label_box: Box, right_edge: float) -> Box:
    """The signature line after a label, with room above it for a signature that rises over the line."""
    height = points(page)[1]
    line = (label_box[3] - label_box[1]) * height
    return (label_box[2] + 0.005, label_box[1] - 2.0 * line / height, right_edge - 0.005,
            label_box[3] + 0.3 * line / height)


def band_above(page: Page, label_box: Box, right_edge: float) -> Box:
    """The space above a label printed under its signature line."""
    height = points(page)[1]
    line = (label_box[3] - label_box[1]) * height
    return (label_box[0], label_box[1] - 2.2 * line / height, right_edge - 0.005, label_box[1] - 0.1 * line / height)
