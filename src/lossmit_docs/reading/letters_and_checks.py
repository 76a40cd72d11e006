"""Fields of letters (the date written, a benefit's kind and monthly amount) and of a tenant's rent
check."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from lossmit_docs.model import Field, Page
from lossmit_docs.reading.document_text import DocumentText, Ref, beside_label, has_word, labelled_money, labels_of
from lossmit_docs.reading.page_text import CLOCK
from lossmit_docs.reading.values import (
    amounts_in,
    dates_in,
    first_amount,
    first_date,
    label_matches,
    squash,
    without_dates,
)

HEADING_DATE_LINES = 15  # a letter with no salutation found: where its date may stand


def extract_letter(pages: list[Page], ref: Ref, benefit: bool, kind_of_type: str | None = None) -> dict[str, Field]:
    labels = labels_of("letter")
    reader = DocumentText(pages, ref)
    letter_date, line, confidence = _letter_date(reader, labels)
    fields = {"letter_date": reader.field(letter_date, line, confidence)}
    if benefit:
        text = " ".join(reader.lines)
        kind = next((rule["code"] for rule in labels["benefit_types"] if has_word(text, rule["words"])), None)
        sure = 0.85 if kind else 0.8 if kind_of_type else 0.3
        fields["benefit_type"] = reader.field(kind or kind_of_type, None, sure)
        amount, amount_line = labelled_money(reader, labels["monthly_amount"], not_after=labels["not_monthly_words"])
        row_page, read = None, None
        if amount is None and amount_line is not None:  # the label found, its figure not on its line of text: a
            # scan of a statement's label column beside its figure column reads the two apart; the label's row says
            found = label_matches([reader.lines[amount_line]], labels["monthly_amount"])
            row = beside_label(reader, [reader.lines[amount_line][start:end] for _, start, end in found][:1])
            if row is not None and row.current is not None:
                amount, row_page, read = row.current, row.page, row.read
        if amount is None:
            weekly, amount_line = labelled_money(reader, labels["weekly_amount"])
            amount = (weekly * 52 / 12).quantize(Decimal("0.01")) if weekly else None
        if amount is None:
            for index, text in enumerate(reader.lines):
                if re.search(r"per month|each month|a month|monthly", text, re.IGNORECASE):
                    amount, amount_line = first_amount(text, cents_required=True), index
                    if amount:
                        break
        if amount is not None and (current := _in_force(reader.lines, amount, letter_date)) is not None:
            amount, amount_line = current
        fields["monthly_amount"] = reader.field(amount, None if row_page else amount_line, 0.85 if amount else 0.3,
                                                page=row_page, base=read)
    return fields


def _in_force(lines: list[str], amount: Decimal, on: date | None) -> tuple[Decimal, int] | None:
    """The amount in force from a letter's schedule of amounts, a line each with the date it started ("$1,102.04
    July 1, 2049 Original award" over "$1,986.44 February 1, 2054 Evaluation increased"): the one that started
    last by the letter's date, where the amount read is one of them; None when the letter has no such schedule."""
    rows = [(index, amounts[0], dates[0]) for index, line in enumerate(lines)
            if len(amounts := amounts_in(line, cents_required=True)) == 1 and len(dates := dates_in(line)) == 1]
    if len(rows) < SCHEDULE_ROWS or amount not in {row[1] for row in rows}:
        return None
    started = [row for row in rows if on is None or row[2] <= on]
    if not started:
        return None
    index, current, _ = max(started, key=lambda row: row[2])
    return current, index


SCHEDULE_ROWS = 2  # lines of an amount and its start date that make a schedule


# "Jean-Baptiste R. Lefèvre": two to five words of letters (any alphabet), each capitalised, no figures
_NAME_BEFORE_DATE = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|['.-])*\s+){1,4}[^\W\d_](?:[^\W\d_]|['.-])*")
_DATE_CAPTION_WORDS = re.compile(r"\b(?:date|dated|received|effective|issued|since|from|through|until|due|as of|"
                                 r"by|ending|ended|beginning|begins|period|worked|paid|no|number|case|day)\b",
                                 re.IGNORECASE)


_CONNECTIVES = {"and", "of", "the", "for"}


def _letterhead(before: str, after: str) -> bool:
    """Whether what stands before a heading's date label is the letterhead's own line: capitals, or an
    office's name in title case ("Retirement, Survivors, and Disability Insurance  Date: February 10"), no
    field of its own ("Patient: ...") nor other date's caption, the date right after the label (not "Date of
    birth")."""
    words = re.findall(r"[^\W\d_]+", before)
    return before.strip().isupper() or (bool(words) and ":" not in before and not _DATE_CAPTION_WORDS.search(before)
                                        and all(word[0].isupper() or word in _CONNECTIVES for word in words)
                                        and bool(_DATE_RIGHT_AFTER.match(after)))


_DATE_RIGHT_AFTER = re.compile(r"\s*:\s*(?:[A-Za-z]+\.?\s+)?\d")  # ": February 10, 2060", ": 02/10/2060"


def _letter_date(reader: DocumentText, labels: dict[str, Any]) -> tuple[date | None, int | None, float]:
    """The date the letter was written: its own date label (opening a line or its cell, or after the
    letterhead's capitals), else the date standing alone on a line of the heading, else the first date of
    the heading that is no fax header's (sure when every date there is the same day); never a date of the
    body."""
    for index, start, end in label_matches(reader.lines, labels["date"]):
        found = first_date(reader.lines[index][end:])
        before = reader.lines[index][:start]
        letterhead = index < HEADING_DATE_LINES and _letterhead(before, reader.lines[index][end:])
        if found and (start == 0 or squash(before) == "" or before.rstrip().endswith(("|", "  ")) or letterhead):
            return found, index, 0.9
    for index, _, end in label_matches(reader.lines, labels["date_anywhere"]):
        found = first_date(reader.lines[index][end:])
        if found:
            return found, index, 0.9
    for index, _, _ in label_matches(reader.lines, labels["date_over_caption"]):
        # a form's "Physician's signature  Date signed" under the line it was signed and dated on
        over = _line_before(reader.lines, index)
        above = dates_in(reader.lines[over]) if over is not None and not first_date(reader.lines[index]) else []
        if len(above) == 1:
            return above[0], over, 0.85
    salutation = next((i for i, text in enumerate(reader.lines)
                       if re.match(labels["salutation"], text.strip(), re.IGNORECASE)), None)
    heading = range(min(salutation if salutation is not None else HEADING_DATE_LINES, len(reader.lines)))
    fax = re.compile(labels["fax_header"], re.IGNORECASE)
    # a date of birth, on its caption's line or under it, is the person's, never the letter's
    born = re.compile(labels["birth"], re.IGNORECASE)
    heading = [i for i in heading if not born.search(reader.lines[i])
               and not ((over := _line_before(reader.lines, i)) is not None and born.search(reader.lines[over]))]
    stamp = re.compile(labels["print_stamp"], re.IGNORECASE)
    for index in heading:
        text = reader.lines[index]
        found = first_date(text)
        if found and not fax.search(text) and not stamp.search(text) \
                and len(re.sub(r"[^A-Za-z]", "", without_dates(text))) <= 3:
            return found, index, 0.9
    dated = [(found, index) for index in heading
             if (found := first_date(reader.lines[index])) and not fax.search(reader.lines[index])]
    # a printed e-mail: the message's own date and time sent, not its print stamp's (a portal's page printed
    # has no date of its own but the stamp's)
    sent = [(found, index) for found, index in dated if not stamp.search(reader.lines[index])
            and CLOCK.search(reader.lines[index])]
    if sent and any(stamp.search(reader.lines[index]) for _, index in dated):
        return sent[0][0], sent[0][1], 0.85
    if dated:  # an e-mail printed from the browser dates its page header and its message alike
        agreed = len(dated) >= 2 and len({found for found, _ in dated}) == 1
        # or the heading's first date ends a line that holds only the addressee's name before it: the
        # dateline set beside the address block ("Jean-Baptiste R. Lefevre        February 15, 2027")
        text = reader.lines[dated[0][1]].strip()
        before = without_dates(text).rstrip()
        beside = text.startswith(before) and bool(_NAME_BEFORE_DATE.fullmatch(before)) \
            and all(word[0].isupper() for word in before.split()) \
            and not _DATE_CAPTION_WORDS.search(before)  # "Date Received", "Effective" caption their own date
        return dated[0][0], dated[0][1], 0.85 if agreed or beside else 0.5
    return None, None, 0.3


def _line_before(lines: list[str], index: int) -> int | None:
    """The printed line over `index`, past the blank lines OCR leaves between a form's blocks."""
    return next((i for i in range(index - 1, max(-1, index - 5), -1) if lines[i].strip()), None)


def extract_rent_check(pages: list[Page], ref: Ref) -> dict[str, Field]:
    """The date a tenant's check was deposited (the bank's "Posted" on its image printout) or written: how
    recent the rent it proves is. A date with no label is the page's first, for a person to confirm."""
    reader = DocumentText(pages, ref)
    day, line = reader.first(labels_of("rent_check")["check_date"], first_date, same_line_only=True)
    if day is not None:
        return {"check_date": reader.field(day, line, 0.9)}
    day, line = next(((found, index) for index, text in enumerate(reader.lines) if (found := first_date(text))),
                     (None, None))
    # (the only date the check and its back bear is its own, whatever OCR made of its caption: "pate 03/01/2053")
    alone = day is not None and {d for text in reader.lines for d in dates_in(text)} == {day}
    return {"check_date": reader.field(day, line, (ONLY_DATE if alone else 0.7) if day is not None else 0.3)}


ONLY_DATE = 0.85  # a check's one date, its caption unread
