"""The application's answers: from the AcroForm when it was filled on a computer, else from its text.

Checkboxes and signatures are read from ink beside their labels when an ink probe is given (born-digital
ticks are drawn, scans are pixels); without one, from the marks OCR writes before a label ("[X]", "☒").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from lossmit_docs.model import Field, Page, PageRef, TextMethod
from lossmit_docs.reading.ink import InkProbe
from lossmit_docs.reading.page_text import band_above, box_left_of, line_beside, locate
from lossmit_docs.reading.values import (
    amounts_in,
    clean_name,
    find_label,
    first_date,
    label_pattern,
    rules,
    value_after,
)

Ref = Callable[[int], PageRef]
CHECKED_INK = 0.08
SIGNATURE_INK = 0.012
_CHECKED_MARK = re.compile(r"[xX☒☑✓✔■●&]|K[\]l|}1]|\[4|^4]")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})


def _labels() -> dict[str, Any]:
    return rules("field_labels")["application"]


def extract_application(pages: list[Page], ref: Ref, ink: InkProbe | None = None) -> dict[str, Field]:
    acro = rules("field_labels")["form710_acroform"]
    filled = {k: v for p in pages for k, v in p.form_fields.items()}
    if any(name in filled for name in acro["text"]):
        fields = _from_acroform(pages, ref, ink)
    else:
        fields = _from_text(pages, ref, ink)
    _total_income(fields)
    return fields


def _page_of(pages: list[Page], name: str) -> Page:
    return next((p for p in pages if name in p.form_fields), pages[0])


def _from_acroform(pages: list[Page], ref: Ref, ink: InkProbe | None) -> dict[str, Field]:
    acro = rules("field_labels")["form710_acroform"]
    filled = {k: v.strip() for p in pages for k, v in p.form_fields.items()}
    fields: dict[str, Field] = {}

    def put(name: str, value: Any, source: str) -> None:
        fields[name] = Field(value, 0.99, ref(_page_of(pages, source).number), TextMethod.FORM_FIELD)

    for widget, name in acro["text"].items():
        raw = filled.get(widget, "")
        if name in ("hardship_start_date", "signed_on", "co_borrower_signed_on"):
            put(name, first_date(raw), widget)
        elif name == "ssn_last4":
            digits = re.sub(r"\D", "", raw)
            put(name, digits[-4:] if len(digits) >= 4 else None, widget)
        else:
            put(name, raw or None, widget)
    ticked = {k for k, v in filled.items() if v and v.lower() not in ("off", "no", "false", "0")}
    occupancy = [code for widget, code in acro["occupancy"].items() if widget in ticked]
    put("occupancy", occupancy[0] if len(occupancy) == 1 else None, next(iter(acro["occupancy"])))
    duration = [code for widget, code in acro["duration"].items() if widget in ticked]
    put("hardship_duration", duration[0] if duration else None, next(iter(acro["duration"])))
    put("hardship_types", [code for widget, code in acro["hardship"].items() if widget in ticked],
        next(iter(acro["hardship"])))
    for group in ("income", "assets"):
        for widget, code in acro[group].items():
            amount = amounts_in(filled.get(widget, ""))
            if amount and amount[0] > 0:
                key = f"{group}.{code}"
                previous = fields[key].value if key in fields else Decimal(0)
                put(key, previous + amount[0], widget)
    _signatures_acroform(pages, ref, ink, fields, filled)
    return fields


def _signatures_acroform(pages: list[Page], ref: Ref, ink: InkProbe | None, fields: dict[str, Field],
                         filled: dict[str, str]) -> None:
    acro = rules("field_labels")["form710_acroform"]
    labels = _labels()
    for widget, who in acro["signatures"].items():
        prefix = "" if who == "borrower" else "co_borrower_"
        date_field = fields.pop(f"{prefix}signed_on" if prefix else "signed_on", None)
        dated = date_field is not None and date_field.value is not None
        signed = bool(filled.get(widget))
        confidence = 0.99
        if not signed:
            signed, confidence = _signature_ink(pages, labels[f"{who}_signature"], ink)
        key = "signed" if who == "borrower" else "co_borrower_signed"
        source = date_field.source if date_field else ref(pages[-1].number)
        fields[key] = Field(signed and dated, confidence if dated else 0.99, source, TextMethod.FORM_FIELD)
        if who == "borrower":
            fields["signed_on"] = date_field or Field(None, 0.99, source, TextMethod.FORM_FIELD)
    if fields.get("co_borrower_name") is None or fields["co_borrower_name"].value is None:
        fields["co_borrower_signed"] = Field(None, 0.99, fields["co_borrower_signed"].source,
                                             TextMethod.FORM_FIELD)


def _signature_ink(pages: list[Page], labels: list[str], ink: InkProbe | None) -> tuple[bool, float]:
    """Ink on the signature line after (or above) its label; (present, confidence)."""
    for page in reversed(pages):
        for label in labels:
            found = locate(page, label)
            if found is None:
                continue
            box, after = found
            date_box = locate(page, "Date", after)
            right = date_box[0][0] if date_box and abs(date_box[0][1] - box[1]) < 0.02 else 0.7
            if ink is None:
                return False, 0.4
            share = max(ink(page.number, line_beside(page, box, right)),
                        ink(page.number, band_above(page, box, right)))
            return share > SIGNATURE_INK, 0.9 if abs(share - SIGNATURE_INK) > 0.006 else 0.6
    return False, 0.3


def _from_text(pages: list[Page], ref: Ref, ink: InkProbe | None) -> dict[str, Field]:
    labels = _labels()
    fields: dict[str, Field] = {}
    for index, page in enumerate(pages):
        lines = page.text.splitlines()
        scanned = page.method == TextMethod.OCR
        base = page.confidence if scanned else 0.97

        def put(name: str, value: Any, confidence: float, page: Page = page) -> None:
            if name not in fields or (fields[name].value in (None, []) and value not in (None, [])):
                fields[name] = Field(value, round(confidence, 3), ref(page.number), page.method)

        found = value_after(lines, labels["loan_number"])
        if found:
            raw = re.sub(r"[\s-]", "", found[0].split("  ")[0])[:20]
            digits = re.sub(r"\D", "", raw.translate(_OCR_DIGITS))
            exact = raw.isdigit()
            if 6 <= len(digits) <= 15:
                put("loan_number", digits, base if exact else base * 0.5)
        for name in ("borrower_name", "co_borrower_name"):
            found = value_after(lines, labels[name], same_line_only=True)
            if found:
                value = clean_name(found[0])
                put(name, value, base * (0.9 if value else 0.8))
        found = value_after(lines, labels["ssn"], same_line_only=True)
        if found:
            digits = re.sub(r"\D", "", found[0].split("  ")[0])
            put("ssn_last4", digits[-4:] if len(digits) >= 4 else None, base * 0.9)
        found = value_after(lines, labels["property_address"], same_line_only=True)
        if found:
            address = re.sub(r"\s+", " ", found[0].strip(" _")) or None
            put("property_address", address, base * 0.9)
        found = value_after(lines, labels["hardship_start_date"], same_line_only=True)
        if found:
            put("hardship_start_date", first_date(found[0]), base * 0.9)
        for group in ("occupancy", "duration", "hardship"):
            chosen = _checked(page, lines, labels[group], ink)
            if chosen is None:
                continue
            codes, confidence = chosen
            name = {"duration": "hardship_duration", "hardship": "hardship_types"}.get(group, group)
            value: Any = codes if group == "hardship" else (codes[0] if len(codes) == 1 else None)
            put(name, value, confidence)
        _income_lines(page, lines, fields, ref, base, index)
        _signature_from_text(page, lines, fields, ref, ink, base)
    fields.setdefault("co_borrower_name", Field(None, 0.6, ref(pages[0].number), pages[0].method))
    if fields["co_borrower_name"].value is None:
        fields["co_borrower_signed"] = Field(None, 0.9, ref(pages[-1].number), pages[-1].method)
    return fields


def _checked(page: Page, lines: list[str], options: dict[str, list[str]],
             ink: InkProbe | None) -> tuple[list[str], float] | None:
    """Codes whose box is marked, or None when the options are not on this page."""
    codes: list[str] = []
    seen = 0
    confidences: list[float] = []
    for code, variants in options.items():
        for variant in variants:
            found = locate(page, variant) if ink is not None else None
            if found is not None and ink is not None:
                share = ink(page.number, box_left_of(page, found[0]))
                seen += 1
                confidences.append(0.9 if abs(share - CHECKED_INK) > 0.04 else 0.55)
                if share > CHECKED_INK:
                    codes.append(code)
                break
            mark = _mark_before(lines, variant)
            if mark is not None:
                seen += 1
                confidences.append(0.6)
                if mark:
                    codes.append(code)
                break
    if not seen:
        return None
    return codes, min(confidences) * (page.confidence if page.method == TextMethod.OCR else 1.0)


def _mark_before(lines: list[str], label: str) -> bool | None:
    """Whether OCR shows a checked mark just before `label` on its line; None when the label is absent."""
    found = find_label(lines, [label])
    if found is None:
        return None
    line = lines[found[0]]
    match = label_pattern(label).search(line)
    before = line[: match.start() if match else 0].rstrip()[-3:]
    return bool(_CHECKED_MARK.search(before))


def _income_lines(page: Page, lines: list[str], fields: dict[str, Field], ref: Ref, base: float,
                  index: int) -> None:
    labels = _labels()
    for group in ("income", "assets"):
        used: set[int] = set()  # a line counts once, whichever of its label variants matched
        for code, variants in labels[group].items():
            for variant in variants:
                found = find_label(lines, [variant])
                if found is None or found[0] in used:
                    continue
                used.add(found[0])
                amounts = [a for a in amounts_in(lines[found[0]][found[1]:]) if a > 0]
                if amounts:
                    key = f"{group}.{code}"
                    previous = fields[key].value if key in fields else Decimal(0)
                    fields[key] = Field(previous + amounts[-1], round(base * 0.9, 3), ref(page.number),
                                        page.method)
    found = find_label(lines, labels["income_total"])
    if found:
        amounts = amounts_in(lines[found[0]][found[1]:])
        if amounts:
            fields["income.total"] = Field(amounts[-1], round(base * 0.9, 3), ref(page.number), page.method)


def _total_income(fields: dict[str, Field]) -> None:
    """`income.total`: the form's printed total when it has one, else the sum of the lines."""
    lines = [f for k, f in fields.items() if k.startswith("income.") and k != "income.total"]
    if "income.total" in fields or not lines:
        return
    total = sum((f.value for f in lines), Decimal(0))
    fields["income.total"] = Field(total, min(f.confidence for f in lines), lines[0].source, "computed")


def _signature_from_text(page: Page, lines: list[str], fields: dict[str, Field], ref: Ref,
                         ink: InkProbe | None, base: float) -> None:
    labels = _labels()
    for prefix in ("", "co_"):
        found = find_label(lines, labels[f"{prefix}borrower_signature"])
        if found is None:
            continue
        index, end = found
        if not prefix:
            other = find_label([lines[index]], ["Co-" + v for v in labels["borrower_signature"]])
            if other:
                continue
        nearby = [lines[index][end:], lines[index - 1] if index else "", *lines[index + 1 : index + 2]]
        signed_on: date | None = next((d for d in (first_date(t) for t in nearby) if d), None)
        if ink is not None:
            present, confidence = _signature_ink([page], labels[f"{prefix}borrower_signature"], ink)
        else:
            above = clean_name(lines[index - 1]) if index else None
            present, confidence = bool(above and len(above) > 3), 0.5
        key = "signed" if not prefix else "co_borrower_signed"
        fields[key] = Field(present and signed_on is not None, round(min(confidence, base), 3),
                            ref(page.number), page.method)
        if not prefix:
            fields["signed_on"] = Field(signed_on, round(base * 0.9, 3), ref(page.number), page.method)
