"""Turning a page's text the way a person turns the sheet to read it.

Two things can set a born-digital page's text on its side: the page's /Rotate, which a viewer applies
but pdfium's glyph boxes do not, and glyphs drawn sideways on the page itself (a landscape report printed
into portrait pages). Boxes here are (x0, top, x1, bottom) from the top-left corner of a width x height
frame; turns are clockwise, in degrees, as `Page.rotation` counts them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

AbsBox = tuple[float, float, float, float]
SIDEWAYS_SHARE = 0.6  # share of a page's glyphs running one way other than left to right that turns it


def turn_box(box: AbsBox, turn: int, width: float, height: float) -> AbsBox:
    """The box in the frame turned `turn` degrees clockwise (that frame is height x width for 90 and 270)."""
    x0, top, x1, bottom = box
    turn %= 360
    if turn == 90:
        return height - bottom, x0, height - top, x1
    if turn == 180:
        return width - x1, height - bottom, width - x0, height - top
    if turn == 270:
        return top, width - x1, bottom, width - x0
    return box


def turned_size(turn: int, width: float, height: float) -> tuple[float, float]:
    return (height, width) if turn % 180 else (width, height)


def reading_turn(chars: Sequence[dict[str, Any]]) -> int:
    """How far to turn the page clockwise so most of its glyphs run left to right."""
    directions = Counter(_direction(char) for char in chars)
    if not directions:
        return 0
    turn, count = directions.most_common(1)[0]
    return turn if turn and count >= SIDEWAYS_SHARE * len(chars) else 0


def _direction(char: dict[str, Any]) -> int:
    """The clockwise turn that makes a pdfplumber glyph run left to right (its matrix has y pointing up)."""
    a, b = char["matrix"][:2]
    if abs(a) >= abs(b):
        return 0 if a > 0 else 180
    return 90 if b > 0 else 270


def turned_chars(chars: Sequence[dict[str, Any]], turn: int, width: float, height: float) -> list[dict[str, Any]]:
    """The glyphs as they stand on the page turned `turn` degrees clockwise: those that then run left to
    right are upright, so text runs in lines across it."""
    if not turn:
        return list(chars)
    result = []
    for char in chars:
        x0, top, x1, bottom = turn_box((char["x0"], char["top"], char["x1"], char["bottom"]), turn, width, height)
        result.append({**char, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                       "upright": _direction(char) == turn % 360, "width": x1 - x0, "height": bottom - top})
    return result
