"""The values of a filled-in AcroForm (pypdf), page by page, and the text boxes a PDF viewer's "Add Text"
tool lays on a page (FreeText annotations).

A form filled on a computer keeps its answers in widgets or in such text boxes, not in the page's text, so
the text layer alone reads as a blank form. Widget values are returned by widget name (exact, for rules
that know the form); both are also placed as positioned pseudo-glyphs and words, so that the page reads
"Borrower's name Jane Doe" in place and label rules work alike on digital forms and on scans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from lossmit_docs.reading.turn import turn_box, turned_chars

CHECK_MARK = "[X]"  # how a ticked box reads in the page text
_PUSHBUTTON_FLAG = 1 << 16  # field flag bit 17: a button that holds no value
_FIELD_FONT_PT = 9.0


_TICKS = frozenset("xX✓✔✗✘")  # a text box holding only one of these is a tick laid on a box


@dataclass(frozen=True)
class FormValue:
    """One filled widget (or text box, with no name): its field name, value, and where it sits (PDF
    points, origin bottom-left)."""

    name: str
    value: str
    rect: tuple[float, float, float, float]
    checkbox: bool = False


def _inherited(widget: DictionaryObject, key: str) -> Any:
    """A field attribute from the widget or its nearest ancestor (PDF fields inherit FT, V, Ff)."""
    node: DictionaryObject | None = widget
    for _ in range(32):  # a guard against parent loops in damaged files
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _qualified_name(widget: DictionaryObject) -> str:
    parts: list[str] = []
    node: DictionaryObject | None = widget
    for _ in range(32):
        if node is None:
            break
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def _value(widget: DictionaryObject) -> tuple[str, bool] | None:
    """The widget's filled value and whether it is a box, or None when it is blank or off."""
    kind = _inherited(widget, "/FT")
    if kind == "/Btn":
        if int(_inherited(widget, "/Ff") or 0) & _PUSHBUTTON_FLAG:
            return None
        state = widget.get("/AS", _inherited(widget, "/V"))
        if state is None or str(state) in ("/Off", "Off", ""):
            return None
        return str(state).lstrip("/"), True
    raw = _inherited(widget, "/V")
    if raw is None:
        return None
    if kind == "/Sig":
        return "signed", False
    raw = raw.get_object()
    text = ", ".join(str(v) for v in raw) if isinstance(raw, list) else str(raw)
    text = " ".join(text.split())
    return (text, False) if text else None


def _text_box(annotation: DictionaryObject) -> tuple[str, bool] | None:
    """A FreeText annotation's text, and whether it is a lone tick; None when it holds nothing."""
    contents = annotation.get("/Contents")
    text = " ".join(str(contents.get_object()).split()) if contents is not None else ""
    return (text, text in _TICKS) if text else None


def page_form_values(reader: PdfReader, page_index: int, widgets: bool = True) -> list[FormValue]:
    """The filled widgets (`widgets`) and text boxes on one page (0-based index), in the page's order."""
    annots = reader.pages[page_index].get("/Annots")
    values: list[FormValue] = []
    for ref in (annots.get_object() if annots is not None else []) or []:
        annotation = ref.get_object() if ref is not None else None
        if not isinstance(annotation, DictionaryObject):
            continue
        kind = annotation.get("/Subtype")
        if kind == "/Widget" and widgets:
            found, name = _value(annotation), _qualified_name(annotation)
        elif kind == "/FreeText":
            found, name = _text_box(annotation), ""
        else:
            continue
        if found is None:
            continue
        try:
            x0, y0, x1, y1 = (float(v) for v in annotation.get("/Rect", (0, 0, 0, 0)))
        except (TypeError, ValueError):  # a damaged rectangle: that one value has no place, the others do
            continue
        rect = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        values.append(FormValue(name, found[0], rect, checkbox=found[1]))
    return values


def form_values_by_page(reader: PdfReader) -> dict[int, list[FormValue]]:
    """1-based page number -> its filled widgets (when the PDF has an AcroForm) and text boxes."""
    widgets = "/AcroForm" in reader.trailer["/Root"]
    by_page = {i + 1: page_form_values(reader, i, widgets) for i in range(len(reader.pages))}
    return {number: values for number, values in by_page.items() if values}


def as_dict(values: list[FormValue]) -> dict[str, str]:
    """Field name -> value; several widgets of one field (radio kids) keep the ticked one. Text boxes
    have no name and are left to the page's text and words."""
    return {v.name: v.value for v in values if v.name}


def _set(value: FormValue) -> tuple[str, float, float, float, float]:
    """How a value is set on its widget: its text, left and right, baseline (PDF points from the page's
    foot) and type size, the size capped and the line centred in the widget."""
    x0, y0, x1, y1 = value.rect
    size = min(_FIELD_FONT_PT, max(y1 - y0, 1.0))
    text = CHECK_MARK if value.checkbox else value.value
    return text, x0, min(x1, x0 + size * 0.55 * len(text)), y0 + max((y1 - y0 - size) / 2, 0), size


def value_boxes(values: list[FormValue]) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each value's words with their boxes (left, bottom, right, top in PDF points, as drawn), set as
    `as_chars` sets the value: for word rules to read a filled form as they read a printed one."""
    boxes = []
    for value in values:
        text, start, end, baseline, size = _set(value)
        advance = (end - start) / max(len(text), 1)
        for word in re.finditer(r"\S+", text):
            left, right = start + word.start() * advance, start + word.end() * advance
            boxes.append((word.group(), (left, baseline, right, baseline + size)))
    return boxes


def merged_chars(
    page_chars: list[dict[str, Any]], values: list[FormValue], page_box: tuple[float, float, float, float],
    turn: int = 0,
) -> list[dict[str, Any]]:
    """The page's chars with the values written onto their widgets, fill-in underscores under them removed.
    Widgets stand on the page as drawn; `turn` (clockwise) brings them to where `page_chars` stand: the page
    as shown (its /Rotate) and turned to read its text."""
    left, bottom_edge, right, top_edge = page_box
    width, height = right - left, top_edge - bottom_edge
    pad = 3.0  # a fill-in line may start a little before its widget
    boxes = [
        turn_box((v.rect[0] - left - pad, top_edge - v.rect[3], v.rect[2] - left + pad, top_edge - v.rect[1]),
                 turn, width, height) for v in values
    ]

    def under_a_value(char: dict[str, Any]) -> bool:
        middle_x, middle_y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        return char["text"] == "_" and any(x0 <= middle_x <= x1 and y0 <= middle_y <= y1 for x0, y0, x1, y1 in boxes)

    written = turned_chars(as_chars(values, page_box), turn, width, height)
    return [c for c in page_chars if not under_a_value(c)] + written


def as_chars(values: list[FormValue], page_box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """The values as pdfplumber char objects placed on their widgets, for reading-order text.

    Each value is fenced by blank chars so it is never glued to its label or to a fill-in line.
    """
    left, _bottom, _right, top_edge = page_box
    chars: list[dict[str, Any]] = []
    for value in values:
        text, start, end, baseline, size = _set(value)
        start, end, bottom = start - left, end - left, top_edge - baseline
        chars += [
            _char(" ", start - 0.1, start, bottom, size),
            _char(text, start, end, bottom, size),
            _char(" ", end, end + 0.1, bottom, size),
        ]
    return chars


def _char(text: str, x0: float, x1: float, bottom: float, size: float) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": bottom - size,
        "bottom": bottom,
        "doctop": bottom - size,
        "upright": True,
        "size": size,
        "matrix": (size, 0, 0, size, x0, bottom),
        "fontname": "form-field",
        "object_type": "char",
    }
