"""Fields of the supporting documents: pay stubs, bank statements, letters, P&L, tax returns, 4506-C."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lossmit_docs.model import Field, Page, PageRef, TextMethod
from lossmit_docs.reading.values import (
    amounts_in,
    clean_name,
    dates_in,
    find_label,
    first_amount,
    first_date,
    rules,
    squash,
    value_after,
)

Ref = Callable[[int], PageRef]
PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
YTD_TOLERANCE = Decimal("0.15")


class _Reader:
    """One document's text with where each line came from, so every field names its page."""

    def __init__(self, pages: list[Page], ref: Ref) -> None:
        self.lines: list[str] = []
        self.line_page: list[Page] = []
        for page in pages:
            for line in page.text.splitlines():
                self.lines.append(line)
                self.line_page.append(page)
        self.pages = pages
        self.ref = ref

    def field(self, value: Any, line: int | None, confidence: float = 0.95, method: str | None = None) -> Field:
        page = self.line_page[line] if line is not None and self.lines else self.pages[0]
        base = page.confidence if page.method == TextMethod.OCR else 1.0
        return Field(value, round(confidence * base, 3), self.ref(page.number), method or page.method)

    def after(self, labels: list[str], same_line_only: bool = False) -> tuple[str, int] | None:
        return value_after(self.lines, labels, same_line_only)


def _labels(kind: str) -> dict[str, Any]:
    return rules("field_labels")[kind]


def _money(reader: _Reader, labels: list[str], position: int = 0) -> tuple[Decimal | None, int | None]:
    found = find_label(reader.lines, labels)
    if found is None:
        return None, None
    index, end = found
    for line in (index, index + 1):
        if line >= len(reader.lines):
            break
        text = reader.lines[line][end:] if line == index else reader.lines[line]
        amounts = amounts_in(text, cents_required=True)
        if len(amounts) > position:
            return abs(amounts[position]), line
        if amounts:
            return None, line
    return None, index


def extract_pay_stub(pages: list[Page], ref: Ref) -> tuple[dict[str, Field], list[str]]:
    """Pay stub fields and the review notes its own figures raise (a YTD that does not add up)."""
    labels = _labels("pay_stub")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    employer = reader.after(labels["employer"], same_line_only=True)
    employer_name = clean_name(employer[0]) if employer else None
    if not employer_name and reader.lines:
        title = reader.lines[0]
        for word in labels["title_words"]:
            title = re.sub(re.escape(word), " ", title, flags=re.IGNORECASE)
        employer_name, employer = clean_name(title), (title, 0)
    fields["employer"] = reader.field(employer_name, employer[1] if employer else None, 0.8)
    employee = reader.after(labels["employee_name"])
    name = clean_name(re.sub(r"\*", "", employee[0])) if employee else None
    fields["employee_name"] = reader.field(name, employee[1] if employee else None, 0.8 if name else 0.3)
    pay_date = reader.after(labels["pay_date"])
    fields["pay_date"] = reader.field(first_date(pay_date[0]) if pay_date else None,
                                      pay_date[1] if pay_date else None)
    start, end = _period(reader, labels)
    fields["period_start"] = reader.field(start[0], start[1])
    fields["period_end"] = reader.field(end[0], end[1])
    gross, gross_line = _money(reader, labels["gross"])
    ytd, ytd_line = _money(reader, labels["gross_ytd"])
    if ytd is None and gross_line is not None:
        rest = amounts_in(reader.lines[gross_line], cents_required=True)
        ytd = abs(rest[-1]) if len(rest) >= 2 else None
        ytd_line = gross_line
    net, net_line = _money(reader, labels["net"])
    fields["gross_current"] = reader.field(gross, gross_line, 0.95 if gross else 0.3)
    fields["gross_ytd"] = reader.field(ytd, ytd_line, 0.9)
    fields["net_current"] = reader.field(net, net_line, 0.95 if net else 0.3)
    frequency, frequency_line = _frequency(reader, labels, start[0], end[0])
    fields["frequency"] = reader.field(frequency, frequency_line, 0.95 if frequency_line is not None else 0.8)
    notes: list[str] = []
    if gross is not None and frequency:
        monthly = (gross * PERIODS_A_YEAR[frequency] / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        fields["monthly_gross"] = Field(monthly, min(fields["gross_current"].confidence,
                                                     fields["frequency"].confidence),
                                        fields["gross_current"].source, "computed")
        notes = _ytd_check(gross, ytd, frequency, end[0] or (fields["pay_date"].value))
    else:
        fields["monthly_gross"] = reader.field(None, None, 0.2, "computed")
    return fields, notes


def _period(reader: _Reader, labels: dict[str, Any]) -> tuple[tuple[date | None, int | None], ...]:
    start = reader.after(labels["period_start"], same_line_only=True)
    end = reader.after(labels["period_end"], same_line_only=True)
    if start and end and first_date(start[0]) and first_date(end[0]):
        return (first_date(start[0]), start[1]), (first_date(end[0]), end[1])
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    if len(found) >= 2:
        return (found[0], period[1]), (found[1], period[1])  # type: ignore[index]
    return (None, None), (None, None)


def _frequency(reader: _Reader, labels: dict[str, Any], start: date | None,
               end: date | None) -> tuple[str | None, int | None]:
    printed = reader.after(labels["frequency"], same_line_only=True)
    if printed:
        text = squash(printed[0])
        for code, words in sorted(labels["frequencies"].items(), key=lambda kv: kv[0] == "monthly"):
            if any(text.startswith(squash(w)) for w in words):
                return code, printed[1]
    if start and end:
        days = (end - start).days + 1
        for code, low, high in (("weekly", 6, 8), ("biweekly", 13, 14), ("semimonthly", 15, 16),
                                ("monthly", 28, 31)):
            if low <= days <= high:
                return code, None
        if 12 <= days <= 17:  # a half-month that starts mid-month, e.g. the 16th to the 28th
            return ("semimonthly" if start.day in (1, 16) else "biweekly"), None
    return None, None


def _ytd_check(gross: Decimal, ytd: Decimal | None, frequency: str, through: date | None) -> list[str]:
    """YTD / periods elapsed should be close to the current gross; a gap goes to review."""
    if ytd is None or through is None:
        return []
    elapsed = max(1, round((through.timetuple().tm_yday / 365) * PERIODS_A_YEAR[frequency]))
    expected = gross * elapsed
    if expected and abs(ytd - expected) / expected > YTD_TOLERANCE + Decimal(1) / elapsed:
        return [f"year-to-date gross {ytd} does not match {elapsed} {frequency} periods of {gross}"]
    return []


def extract_bank_statement(pages: list[Page], ref: Ref) -> dict[str, Field]:
    labels = _labels("bank_statement")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    bank = next(((clean_name(line), i) for i, line in enumerate(reader.lines[:8])
                 if any(w in line.lower() for w in labels["bank_words"]) and clean_name(line)), (None, None))
    fields["bank_name"] = reader.field(bank[0], bank[1], 0.85 if bank[0] else 0.2)
    account = reader.after(labels["account"], same_line_only=True)
    digits = re.sub(r"\D", "", account[0].split("  ")[0][:30]) if account else ""
    fields["account_last4"] = reader.field(digits[-4:] if len(digits) >= 4 else None,
                                           account[1] if account else None)
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    fields["period_start"] = reader.field(found[0] if len(found) >= 2 else None, period[1] if period else None)
    fields["period_end"] = reader.field(found[1] if len(found) >= 2 else None, period[1] if period else None)
    for name in ("beginning_balance", "ending_balance"):
        value, line = _money(reader, labels[name], 0)
        if value is not None and line is not None:
            amounts = amounts_in(reader.lines[line], cents_required=True)
            value = amounts[-1] if amounts else value
        fields[name] = reader.field(value, line, 0.95 if value is not None else 0.3)
    return fields


def extract_letter(pages: list[Page], ref: Ref, benefit: bool) -> dict[str, Field]:
    labels = _labels("letter")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    dated = reader.after(labels["date"], same_line_only=True)
    letter_date = first_date(dated[0]) if dated else None
    line = dated[1] if dated and letter_date else None
    if letter_date is None:
        for index, text in enumerate(reader.lines[:15]):
            letter_date = first_date(text)
            if letter_date:
                line = index
                break
    fields["letter_date"] = reader.field(letter_date, line, 0.9 if letter_date else 0.3)
    if benefit:
        text = squash(" ".join(reader.lines))
        kind = next((code for code, words in labels["benefit_types"].items()
                     if any(squash(w) in text for w in words)), None)
        fields["benefit_type"] = reader.field(kind, None, 0.8 if kind else 0.3)
        amount, amount_line = _money(reader, labels["monthly_amount"])
        if amount is None:
            weekly, amount_line = _money(reader, labels["weekly_amount"])
            amount = (weekly * 52 / 12).quantize(Decimal("0.01")) if weekly else None
        if amount is None:
            for index, text in enumerate(reader.lines):
                if re.search(r"per month|each month|a month|monthly", text, re.IGNORECASE):
                    amount, amount_line = first_amount(text, cents_required=True), index
                    if amount:
                        break
        fields["monthly_amount"] = reader.field(amount, amount_line, 0.85 if amount else 0.3)
    return fields


def extract_profit_and_loss(pages: list[Page], ref: Ref) -> dict[str, Field]:
    labels = _labels("profit_and_loss_statement")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    if len(found) < 2:
        found = next((d for d in (dates_in(t) for t in reader.lines[:10]) if len(d) >= 2), found)
    fields["period_start"] = reader.field(found[0] if len(found) >= 2 else None, period[1] if period else None)
    fields["period_end"] = reader.field(found[1] if len(found) >= 2 else None, period[1] if period else None)
    net, line = _money(reader, labels["net_income"])
    fields["net_income"] = reader.field(net, line, 0.9 if net is not None else 0.3)
    fields["signed"] = _signed_by_text(reader, labels["signature"])
    return fields


def extract_tax_return(pages: list[Page], ref: Ref) -> dict[str, Field]:
    reader = _Reader(pages, ref)
    text = " ".join(reader.lines[:40])
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    year = max(set(years), key=years.count) if years else None
    squashed = squash(text)
    form = next((code for code, words in _labels("tax_return")["forms"].items()
                 if any(squash(w) in squashed for w in words)), None)
    return {"tax_year": reader.field(year, None, 0.8 if year else 0.3),
            "form": reader.field(form, None, 0.85 if form else 0.3)}


def extract_4506c(pages: list[Page], ref: Ref) -> dict[str, Field]:
    reader = _Reader(pages, ref)
    signed = _signed_by_text(reader, _labels("irs_form_4506c")["signature"])
    found = find_label(reader.lines, _labels("irs_form_4506c")["signature"])
    signed_on = None
    if found:
        for text in reader.lines[max(0, found[0] - 2) : found[0] + 3]:
            signed_on = first_date(text) or signed_on
    return {"signed": signed, "signed_on": reader.field(signed_on, found[0] if found else None, 0.8)}


def _signed_by_text(reader: _Reader, labels: list[str]) -> Field:
    """Signed when a name or mark and a date sit by the signature label (ink is checked elsewhere)."""
    found = find_label(reader.lines, labels)
    if found is None:
        return reader.field(False, None, 0.4)
    index = found[0]
    near = reader.lines[max(0, index - 2) : index + 3]
    has_date = any(first_date(t) for t in near)
    has_name = any(re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", t) for t in (reader.lines[index - 1:index]))
    return reader.field(has_date and has_name, index, 0.6)
