"""Whether each signer signed the application, and when: a signature AND its date count as signed.

A signature is ink beside its label (or in its signer's cell of a signature table) and its date the
words by a "Date" label in whichever layout the form uses; both the AcroForm and the scanned paths end
here, so the signing rules are read in one place, sure only as far as the ink and the date's digits are.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import Any

from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.application_layout import (
    ROW_NUMBER,
    UNREADABLE,
    Ref,
    answer_before,
    application_labels,
    captions_after,
    cell_before,
    first_label,
    in_column,
    inside,
    leader_end,
    occurrences,
    person_columns,
    read_words,
    row_words,
    same_row,
    words_above,
    words_below,
    written_before,
)
from lossmit_docs.reading.application_question_table import signer_cell
from lossmit_docs.reading.ink import (
    SIGNATURE_INK,
    UNSURE,
    Box,
    InkProbe,
    cell_ink,
    dark_band,
    ink_share,
    overlap,
    ruled_across,
    signature_ink,
    signature_reading,
)
from lossmit_docs.reading.page_text import skew, type_height
from lossmit_docs.reading.signed_papers import VOIDED_SURE, voided_envelope
from lossmit_docs.reading.values import clean_name, find_label, first_date, folded, plain_words, squash


def signatures(pages: list[Page], ref: Ref, ink: InkProbe | None, fields: dict[str, Field]) -> None:
    """`signed`, `signed_on` and `co_borrower_signed`: a signature AND its date, for each signer."""
    labels = application_labels()
    voided = _voided(pages)  # (whatever its fields hold: nobody signed a voided envelope's papers)
    for who in ("borrower", "co_borrower"):
        key = "signed" if who == "borrower" else "co_borrower_signed"
        date_key = "signed_on" if who == "borrower" else "co_borrower_signed_on"
        typed = fields.pop(f"{who}_signature_field", None)
        name = fields.get(f"{who}_name")
        found = voided or _electronic(pages, name.value if name is not None else None) \
            or _awaiting(pages, who == "co_borrower", name.value if name is not None else None) \
            or _answer_cell_signature(pages, labels, ink, second=who == "co_borrower") \
            or _signature(pages, labels[f"{who}_signature"], labels["date_signed"], ink) \
            or _column_signature(pages, labels, ink, second=who == "co_borrower") \
            or _cell_signature(pages, labels, ink, second=who == "co_borrower") \
            or _lines_under_heading(pages, labels, ink, second=who == "co_borrower") \
            or _row_signature(pages, labels, ink, second=who == "co_borrower") \
            or _signer_line(pages, labels, ink, second=who == "co_borrower") \
            or _over_printed_name(pages, name.value if name is not None else None, labels, ink) \
            or _signature_from_lines(pages, labels[f"{who}_signature"])
        page, present, confidence, signed_on, date_confidence = found
        if date_key in fields and voided is None:  # the AcroForm's own date field
            signed_on, date_confidence = fields[date_key].value, fields[date_key].confidence
        if typed is not None and voided is None:
            present, confidence = True, typed.confidence
        source = ref(page.number)
        fields[date_key] = Field(signed_on, round(date_confidence, 3), source, page.method)
        both = bool(present) and signed_on is not None
        sure = min(confidence, date_confidence) if both else (confidence if not present else date_confidence)
        fields[key] = Field(both, round(sure, 3), source, page.method)
    deceased = _marked_deceased(pages, labels["borrower_signature"])
    if deceased is not None:  # "Borrower signature: Deceased - see death certificate": for the judging, which
        fields["borrower_deceased"] = Field(True, round(deceased.confidence, 3), ref(deceased.number),
                                            deceased.method)  # asks for the proof of death
    co_name = fields.get("co_borrower_name")
    if co_name is not None and co_name.value is None and co_name.confidence <= UNREADABLE:
        # a name written but not read: the co-borrower's line is still read, as doubtful as the name
        signed = fields["co_borrower_signed"]
        fields["co_borrower_signed"] = dataclasses.replace(signed, confidence=min(signed.confidence,
                                                                                 co_name.confidence))
    elif co_name is None or co_name.value is None:  # no co-borrower: nobody's signature is missing
        signed = fields["co_borrower_signed"]
        sure = max(signed.confidence, co_name.confidence) if co_name is not None else signed.confidence
        if co_name is not None and signed.value is False:  # a co-borrower's line left unsigned: missing
            sure = co_name.confidence  # unless there is surely no co-borrower, whose name no one wrote
        fields["co_borrower_signed"] = dataclasses.replace(signed, value=None, confidence=sure)
    fields.pop("co_borrower_signed_on", None)


Signature = tuple[Page, bool | None, float, date | None, float]
# "... signed by Jane Q Doe on 10/14/2026 at 11:46 AM", or a case system's "Electronically signed: Jane Q Doe
# 10/14/2026 01:05 PM": the signer's name, then the date
_SIGNED_DATE = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
                r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})")
_ESIGNED = re.compile(r"(?:(?:electronically|digitally|e-?)\s*signed|signed\s+(?:electronically|digitally))"
                      rf"(?:\s+by\s+|\s*:\s*)(?P<name>.+?)\s+(?:on\s+)?(?P<when>{_SIGNED_DATE})", re.IGNORECASE)
ESIGNED = 0.95  # a portal's printed record of an e-signature: typed, not guessed from ink


def _electronic(pages: list[Page], name: str | None) -> Signature | None:
    """A portal's "Electronically signed by Jane Q Doe on 10/14/2026 at 11:46 AM" (or "...signed: <name>
    <date>"), naming this signer
    (the printout may carry the line over two lines), or its signature block: the signer's name typed under
    the signature label, stamped "Signed 12/17/2030 08:41 PM" on the line under it."""
    if not name:
        return None
    wanted = set(folded(name).lower().split())

    def names_signer(text: str) -> bool:
        return len(wanted & set(folded(text).lower().split())) >= min(2, len(wanted))

    def whole_name(text: str) -> bool:
        return plain_words(text) == plain_words(name)

    for page in pages:
        lines = page.text.splitlines()
        for index, line in enumerate(lines):
            joined = " ".join([line, *lines[index + 1 : index + 2]])
            found = _ESIGNED.search(joined)
            if found is not None and found.start() < len(line):
                when = first_date(found["when"])
                if when is not None and names_signer(found["name"]):
                    return page, True, ESIGNED, when, ESIGNED
            tag = _SIGNED_BY.search(line)  # a service's tag in the box: "Signed by: Jane Q Doe 4F2A9C", its
            if tag is not None and names_signer(tag["name"]):  # stamp "Signed 10/05/2061 9:32 PM" under it
                when = next((first_date(stamp["when"]) for later in lines[index : index + 3]
                             if (stamp := _SIGNED_STAMP.search(later))), None)
                if when is not None:
                    return page, True, ESIGNED, when, ESIGNED
            stamp = _SIGNED_STAMP.match(lines[index + 1]) if 0 < index < len(lines) - 1 else None
            if stamp and "signature" in lines[index - 1].lower() and whole_name(line) \
                    and (when := first_date(stamp["when"])) is not None:
                return page, True, ESIGNED, when, ESIGNED
    return None


def _marked_deceased(pages: list[Page], variants: list[str]) -> Page | None:
    """The page whose borrower's signature line says, instead of a signature, that the borrower has died
    ("Borrower signature: Deceased - see death certificate"); not the co-borrower's line."""
    for page in pages:
        for line in page.text.splitlines():
            said = folded(line).lower()
            for variant in variants:
                at = said.find(variant.lower())
                if at >= 0 and not said[:at].rstrip(" -").endswith("co") and _DECEASED.search(said[at:]):
                    return page
    return None


_DECEASED = re.compile(r"\b(?:deceased|died)\b")


def _voided(pages: list[Page]) -> Signature | None:
    """An e-signature service's envelope voided before it was signed: nobody's signature, surely."""
    page = voided_envelope(pages)
    return (page, False, VOIDED_SURE, None, VOIDED_SURE) if page is not None else None


def _awaiting(pages: list[Page], second: bool, name: str | None) -> Signature | None:
    """A portal's note that a signer has not signed yet ("Awaiting co-borrower signature", or "Pending:
    Priya S. Wendt" naming this signer): unsigned, as sure as a printed record of an e-signature."""
    for page in pages:
        for found in _AWAITING.finditer(page.text):
            if found["who"] and found["who"].lower().startswith("co") == second:
                return page, False, ESIGNED, None, ESIGNED
        for found in _PENDING.finditer(page.text) if name else ():
            if plain_words(found["name"]) == plain_words(name):
                return page, False, ESIGNED, None, ESIGNED
    return None


_AWAITING = re.compile(r"\b(?:awaiting|pending|waiting\s+for)\s+(?:the\s+)?"
                       r"(?P<who>(?:co-?)?(?:borrower|applicant|homeowner)(?:'s)?)\s+(?:e-?)?signature", re.IGNORECASE)


# an e-signature service's tag in a signature box: "Signed by: Jane Q Doe 4F2A9C10DE" (the signer's name, then
# the signature's short hash), or its mark of a signer still to sign, "Pending: Priya S. Wendt"
_SIGNED_BY = re.compile(r"\bsigned\s+by\s*:\s*(?P<name>[^\d\n]+)", re.IGNORECASE)
_PENDING = re.compile(r"^\s*(?:pending|awaiting\s+signature)\s*:\s*(?P<name>[^\d\n]+?)\s*$",
                      re.IGNORECASE | re.MULTILINE)
# a web form's stamp under a typed signature, its date first: "Signed 12/17/2030 08:41 PM", not a notary's
# "Signed and sworn to before me on ..."
_SIGNED_STAMP = re.compile(r"\s*(?:e-?)?signed(?:\s+on)?\s*:?\s*(?P<when>(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                           r"|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b)", re.IGNORECASE)

SIGNATURE_BOX_REACH = 0.04  # page heights under a signature box's "Date" label its date may sit: boxes to sign
# in are taller than a field's


def _signature(pages: list[Page], variants: list[str], date_variants: list[str], ink: InkProbe | None
               ) -> Signature | None:
    """(page, signature present, confidence, date, its confidence) from the last page with the label."""
    for page in reversed(pages):
        if not page.words:
            continue
        box = first_label(page, variants)
        if box is None:
            continue
        date_box = _date_label(page, box, date_variants)
        right = date_box[0] if date_box and date_box[0] > box[2] else min(0.97, box[2] + 0.45)
        signed_on, date_confidence = _signature_date(page, box, date_box, ink)
        if ink is None:
            return page, False, 0.4, signed_on, date_confidence
        image = ink.image(page.number, page.rotation)
        if captions_after(page):  # signed in the answer's cell before the caption
            present, confidence = signature_reading(cell_ink(image, cell_before(page, box)))
            return page, present, confidence, signed_on, date_confidence
        if _dated_under(page, box, date_box, signed_on):  # captions at their boxes' tops ("Your signature | Date"
            # over the ink and "04/16/2049"): signed in the box under the caption
            line = box[3] - box[1]
            cell = (box[0], box[3] + 0.1 * line, date_box[0] - 0.005, box[3] + SIGNATURE_BOX_REACH)
            present, confidence = signature_reading(cell_ink(image, cell))
            return page, present, confidence, signed_on, date_confidence
        pad = _signing_pad(page, box)
        if pad is not None:  # a portal's pad under its prompt ("Draw your signature"): the drawing in it
            present, confidence = signature_reading(ink_share(image, pad))
            return page, present, confidence, signed_on, date_confidence
        band = dark_band(image, box)
        if band is not None:  # "Borrower - signature and date signed" on a dark band: signed right of it,
            right = min((w.box[0] - 0.005 for w in page.words if w.box[0] > band[0] and re.search(r"\d", w.text)
                         and band[1] <= (w.box[1] + w.box[3]) / 2 <= band[3]), default=0.97)  # before the date
        # (a portal's prompt in the box signed in and its "x" at the line are no table's next row)
        prompts = _prompts(page)
        printed = [w.box for w in page.words if _printed_word(page, w) and w.text.lower() != "x"
                   and not any(inside(w.box, prompt) for prompt in prompts)]
        present, confidence = signature_reading(signature_ink(image, box, right, skew(page), type_height(page),
                                                              band=band, printed=printed))
        return page, present, confidence, signed_on, date_confidence
    return None


def _dates_after(page: Page, labels: dict[str, Any], box: Box) -> list[Box]:
    """The "Date" labels on a caption's row right of it, nearest first."""
    return sorted((hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
                   if same_row(hit[0], box) and hit[0][0] > box[2]), key=lambda found: found[0])


def _other_date(page: Page, label: Box) -> bool:
    """Whether a "Date" label asks for another date than the signing's: "Date of birth", "Date of hire"."""
    row = row_words(page, label)
    return bool(row) and row[0].text.lower() == "of"


def _over_printed_name(pages: list[Page], name: str | None, labels: dict[str, Any], ink: InkProbe | None
                       ) -> Signature | None:
    """A signature line captioned by the signer's printed name, its date's line by "Date" beside it
    ("X ________  10/13/2049" over "SAMUEL J. ACHTERBERG   Date (mm/dd/yyyy)"): the ink over the name. The
    name opens its row, and the date's caption has no date beside it (not "Co-borrower's name Lorraine P.
    Brightwater  Date of birth 06/03/1978"). Or the date's caption ends the signature's line over the name
    (an affidavit's "[ink]   Dated: 08/12/2042" over "Tomasz J. Wierzbicki, Homeowner")."""
    if not name or ink is None:
        return None
    for page in reversed(pages):
        for box, _, _ in occurrences(page, name) if page.words else ():
            if any(same_row(w.box, box) and w.box[2] <= box[0] for w in page.words):
                continue
            line = box[3] - box[1]
            dated = _date_on_line_over(page, labels, box)
            if dated is not None:
                over = (box[0], box[1] - SIGN_OVER * line, dated[0] - 0.005, box[1] - 0.1 * line)
                present, confidence = signature_reading(cell_ink(ink.image(page.number, page.rotation), over))
                signed_on, date_confidence = _date_in(row_words(page, dated), page)
                if signed_on is None:
                    date_confidence = _undated(page, ink, (dated[2] + 0.005, dated[1] - 0.5 * line, 0.97,
                                                           dated[3] + 0.2 * line))
                return page, present, confidence, signed_on, date_confidence
            dates = _dates_after(page, labels, box)
            if not dates or _date_in(row_words(page, dates[0]), page)[0] is not None:
                continue
            over = (box[0], box[1] - SIGN_OVER * line, dates[0][0] - 0.005, box[1] - 0.1 * line)
            present, confidence = signature_reading(cell_ink(ink.image(page.number, page.rotation), over))
            signed_on, date_confidence = _date_in(words_above(page, dates[0], 0.97, rows=SIGN_OVER), page)
            if signed_on is None:
                date_confidence = _undated(page, ink, (dates[0][0], over[1], 0.97, over[3]))
            return page, present, confidence, signed_on, date_confidence
    return None


def _date_on_line_over(page: Page, labels: dict[str, Any], name: Box) -> Box | None:
    """The signing date's caption ending the line just over a signer's printed name, right of the name's
    start: the nearest such line's."""
    line = name[3] - name[1]
    found = [hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
             if name[1] - SIGN_OVER * line <= hit[0][1] < name[1] - 0.5 * line and hit[0][0] > name[0] + 0.1
             and not _other_date(page, hit[0])]
    return max(found, key=lambda box: box[1], default=None)


def _dated_under(page: Page, box: Box, date_box: Box | None, signed_on: date | None) -> bool:
    """Whether the date was written under its caption, a caption of its own beside the signature's on its row
    (not the rest of "Borrower - signature and date signed"), and none beside nor over the date's caption: the
    form's captions head boxes."""
    return date_box is not None and signed_on is not None and same_row(box, date_box) \
        and not any(same_row(w.box, box) and box[2] < w.box[0] and w.box[2] < date_box[0] for w in page.words) \
        and _date_in(row_words(page, date_box), page)[0] is None \
        and _date_in(words_above(page, date_box, 0.97), page)[0] is None \
        and _date_in(below := words_below(page, date_box, SIGNATURE_BOX_REACH), page)[0] == signed_on \
        and not any(squash(w.text).startswith("date") for w in below)  # (the next row's own "Date 08/12/2038")


def _printed_word(page: Page, word: Word) -> bool:
    """Whether a word is print, not a pen's scrawl OCR read as letters: a text layer's, or three letters
    and more read surely."""
    letters = len(re.findall(r"[A-Za-z]", word.text))
    return page.method != TextMethod.OCR or (word.confidence >= PRINTED_READ and letters >= 3)


PRINTED_READ = 0.8  # OCR's confidence from which a word is print


def _column_signature(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                      ) -> Signature | None:
    """A signature table with a column per person (Borrower | Co-Borrower) and a row per item: the
    signer's cell of the "Signature" row holds the ink, the same cell of the "Date signed" row the date."""
    for page in reversed(pages):
        split = person_columns(page) if page.words and ink is not None else None
        rows = [hit[0] for variant in labels["signature_row"] for hit in occurrences(page, variant) if split
                and not any(w.box[2] <= hit[0][0] and same_row(w.box, hit[0]) and not ROW_NUMBER.fullmatch(w.text)
                            for w in page.words)]
        box = rows[0] if rows else None  # a row label starts its row, after its number at most ("36  Signature";
        # "SECTION 6 ... SIGNATURES" is a heading)
        if box is None or split is None or ink is None:
            continue
        split = person_columns(page, above=box[1]) or split  # (the boxes' own headings over the row)
        if any(same_row(hit[0], box) and hit[0][0] > box[2] for variant in labels["date_signed"]
               for hit in occurrences(page, variant)):
            continue  # "SIGNATURE  PRINTED NAME  DATE": the headings of a table with a row per person
        line = box[3] - box[1]
        date_box = next((hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
                         if abs(hit[0][0] - box[0]) < 0.02 and box[3] < hit[0][1] <= box[3] + DATE_ROWS * line), None)
        bottom = date_box[1] - 0.2 * line if date_box else box[3] + 2.5 * line
        first_person = {squash(t) for t in labels["first_person"]}
        # (a heading beside the co-borrower's: a sentence's "each borrower named in column B" heads nothing)
        second_headings = [hit[0] for heading in labels["co_borrower_section"] for hit in occurrences(page, heading)]
        headers = [w.box for w in page.words if squash(w.text) in first_person and w.box[2] <= split
                   and w.box[1] < box[1] and any(same_row(h, w.box) and h[0] > w.box[2] for h in second_headings)]
        start = max(headers, key=lambda b: b[1])[0] - 0.01 if headers else box[2] + 0.005  # its column's header
        left, right = (split, 0.97) if second else (start, split)
        signed_on, date_confidence, under = None, UNSURE, False
        if date_box is None:  # its "Date" caption elsewhere on a row under it, the date written before it
            signed_on, date_confidence = _date_before_caption(page, labels, box, split, second)
        if date_box is not None:
            signed_on, date_confidence = _date_in(in_column(row_words(page, date_box), split, second), page)
            if signed_on is None:  # a pen's date, taller than the printed "Date:", shares less of its row
                signed_on, date_confidence = _date_in(in_column(row_words(page, date_box, loose=True), split, second),
                                                      page)
            if signed_on is None:  # the caption printed under the line the date is written on
                found = _date_in(in_column(words_above(page, date_box, 0.97), split, second), page)
                under = found[0] is not None
                signed_on, date_confidence = found if under else (None, date_confidence)
            # no date read: surely undated, unless a pen's ink OCR did not read stands over the date's caption
            date_line = (left, date_box[1] - 2.0 * line, right, date_box[1] - 0.1 * line)
            date_confidence = date_confidence if signed_on else _undated(page, ink, date_line)
        # signed in the row's cell, or (its captions printed under their lines: a rule right over "Signature",
        # no print over that) on the line over the caption
        image = ink.image(page.number, page.rotation)
        over = (left, box[1] - SIGN_OVER * line, right, box[1] - 0.1 * line)
        under = under or (ruled_across(image, (left, box[1] - 0.8 * line, right, box[1] - 0.05 * line))
                          and not any(overlap(w.box, over) and sum(c.isalnum() for c in w.text) >= 2
                                      for w in page.words))
        cell = over if under else (left, box[1] - 0.5 * line, right, bottom)
        present, confidence = signature_reading(cell_ink(image, cell))
        return page, present, confidence, signed_on, date_confidence
    return None


SIGN_OVER = 3.0  # caption heights over a "Signature" caption printed under its line the pen's ink may reach


def _date_before_caption(page: Page, labels: dict[str, Any], box: Box, split: float, second: bool
                         ) -> tuple[date | None, float]:
    """The signer's date written before a "Date" caption on a row under the signature's ("04/08/2048  Date
    (mm/dd/yyyy)"), in the signer's column; unsure when none is."""
    line = box[3] - box[1]
    captions = [hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
                if box[3] < hit[0][1] <= box[3] + DATE_ROWS * line]
    written = [w for caption in captions for w in answer_before(page, caption)]
    found, sure = _date_in(in_column(written, split, second), page)
    return (found, sure) if found else (None, UNSURE)


DATE_ROWS = 8  # caption heights under a signature's caption its date's caption may stand


def _row_signature(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                   ) -> Signature | None:
    """A signature table with a row per person under a "Signature" column heading ("Signature | Date
    signed" over "Applicant: Dolores E. Whitehorse" and "Co-applicant:"): the signer's ink stands in the
    heading's column between the row above's caption and the signer's own, the date in the date column."""
    captions = labels["row_signers"]["second" if second else "first"]
    for page in reversed(pages):
        if ink is None or not page.words:
            continue
        dates = [hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)]
        headings = ((hit[0], [d[0] for d in dates if same_row(d, hit[0]) and d[0] > hit[0][2]])
                    for variant in labels["signature_row"] for hit in occurrences(page, variant))
        heading, beside = next(((box, lefts) for box, lefts in headings if lefts), (None, []))
        if heading is None:
            continue
        date_column = min(beside)
        signers = labels["row_signers"]["first"] + labels["row_signers"]["second"]
        under = [hit[0] for caption in signers
                 for hit in occurrences(page, caption) if hit[0][1] > heading[3] and hit[0][0] < date_column
                 and abs(hit[0][0] - heading[0]) < ROW_SIGNER_INDENT]
        mine = [hit[0] for caption in captions for hit in occurrences(page, caption) if hit[0] in under]
        if not mine:  # (in a column of their own the captions need no colon: "Signer | Signature | Date")
            found = _beside_row_caption(page, heading, date_column, _bare(signers), _bare(captions), ink)
            if found is not None:
                return found
            continue
        own = min(mine, key=lambda b: b[1])
        line = own[3] - own[1]
        above = max((b[3] for b in under if b[3] <= own[1]), default=heading[3])
        cell = (heading[0], above + 0.3 * line, date_column - 0.01, own[1] - 0.2 * line)
        present, confidence = signature_reading(cell_ink(ink.image(page.number, page.rotation), cell))
        words = [w for w in page.words if w.box[0] >= date_column and above < w.box[1] < own[3]]
        signed_on, date_confidence = _date_in(words, page)
        return page, present, confidence, signed_on, date_confidence if signed_on else 0.97
    return None


ROW_SIGNER_INDENT = 0.03  # page widths a signer's row caption may stand in from the "Signature" heading


def _bare(captions: list[str]) -> list[str]:
    """The captions, and those ending in a colon without it ("Borrower:" and "Borrower")."""
    return list(dict.fromkeys([*captions, *(caption.rstrip(":") for caption in captions)]))


def _beside_row_caption(page: Page, heading: Box, date_column: float, signers: list[str], captions: list[str],
                        ink: InkProbe) -> Signature | None:
    """A signature table whose signers' captions stand in a column of their own left of the "Signature"
    column ("Client (borrower) | [ink] | Rosalind T. Achterberg | 05/14/2037"): the signer's row of the
    signature column holds the ink, of the date column the date."""
    rows = [hit[0] for caption in signers for hit in occurrences(page, caption)
            if hit[0][1] > heading[3] and hit[0][2] < heading[0]]
    mine = [hit[0] for caption in captions for hit in occurrences(page, caption) if hit[0] in rows]
    if not mine:
        return None
    own = min(mine, key=lambda b: b[1])
    line = own[3] - own[1]
    top = max([b[3] for b in rows if b[3] <= own[1]] + [heading[3], own[1] - ROW_REACH * line])
    bottom = min([b[1] for b in rows if b[1] >= own[3]] + [own[3] + ROW_REACH * line])
    end = min([w.box[0] for w in page.words if same_row(w.box, heading) and w.box[0] > heading[2]] + [date_column])
    cell = (heading[0] - 0.005, top + 0.2 * line, end - 0.01, bottom - 0.2 * line)
    present, confidence = signature_reading(cell_ink(ink.image(page.number, page.rotation), cell))
    left = _column_left(page, heading, date_column)
    words = [w for w in page.words
             if w.box[0] >= left and (same_row(w.box, own) or top < (w.box[1] + w.box[3]) / 2 < bottom)]
    signed_on, date_confidence = _date_in(words, page)
    if signed_on is None:  # none read: surely undated, unless a pen wrote in the date's cell where OCR read nothing
        date_confidence = _undated(page, ink, (date_column, top + 0.2 * line, 0.97, bottom - 0.2 * line))
    return page, present, confidence, signed_on, date_confidence


def _column_left(page: Page, heading: Box, start: float) -> float:
    """Where a column's cells start, given where its heading starts on the row of headings: midway between the
    centres of the heading before it and its own, since headings centred over their columns ("PRINTED NAME",
    "DATE") start right of the column's dates."""
    row = sorted((w for w in page.words if same_row(w.box, heading)), key=lambda w: w.box[0])
    own = [w for w in row if w.box[0] >= start - 0.005]
    before = [w for w in row if w.box[2] < start]
    if not before or not own:
        return start - 0.005
    gaps = [b.box[0] - a.box[2] for a, b in pairwise(before)]  # the heading before: its words a word space apart
    first = next((i + 1 for i in range(len(gaps) - 1, -1, -1) if gaps[i] > HEADING_GAP * (heading[3] - heading[1])), 0)
    centre = (before[first].box[0] + before[-1].box[2]) / 2
    return min(start - 0.005, (centre + (own[0].box[0] + own[0].box[2]) / 2) / 2)


HEADING_GAP = 1.5  # heading heights between two column headings at the least


def _undated(page: Page, ink: InkProbe, cell: Box) -> float:
    """How sure a date read nowhere is absent: not at all where, on a scan, a pen left ink in the date's cell
    (its box's sides aside) that OCR read nothing of."""
    written = page.method == TextMethod.OCR and cell_ink(ink.image(page.number, page.rotation), cell) > SIGNATURE_INK
    return UNREADABLE if written else 0.97


ROW_REACH = 2.0  # caption heights above and below a signer's caption its row of the table may reach


def _answer_cell_signature(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                           ) -> Signature | None:
    """A table of questions and answers asking the signer to sign in the answer's cell: ink over the cell's
    print ("Signature", "Date (mm/dd/yyyy)"), and the date written in it."""
    if ink is None:
        return None
    for page in reversed(pages):
        found = signer_cell(page, second)
        if found is None:
            continue
        cell, words = found
        captions = {squash(c) for c in labels["question_table"]["signature_captions"]}
        printed = [w for w in words if squash(w.text) in captions]
        line = min((w.box[3] - w.box[1] for w in words), default=0.01)
        bottom = min((w.box[1] for w in printed), default=cell[3]) - 0.1 * line
        image = ink.image(page.number, page.rotation)
        present, confidence = signature_reading(cell_ink(image, (cell[0], cell[1], cell[2], bottom)))
        figures = [w for w in words if re.search(r"\d", w.text)]
        signed_on, date_confidence = _date_in(figures, page)
        if signed_on is None and (signed_on := first_date("".join(w.text for w in figures))):
            date_confidence = min(read_words(figures, page)[1], TOUCHING_DATE)  # OCR spaced it: "08/1 1 /2040"
        if signed_on is None:
            date_confidence = _undated(page, ink, (cell[0], bottom + line, cell[2], cell[3]))
        return page, present, confidence, signed_on, date_confidence
    return None


def _cell_signature(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                    ) -> Signature | None:
    """A signer's row of cells ("Borrower: sign and date | Signature ____ | Date ____"): the ink in the
    cell captioned "Signature" on the signer's own row, the date in the cell captioned "Date" after it."""
    for page, own, probe in _signer_captions(pages, labels, ink, second):
        line = own[3] - own[1]
        cells = sorted((hit[0] for variant in labels["signature_row"] for hit in occurrences(page, variant)
                        if hit[0][0] > own[2] and abs(hit[0][1] - own[1]) < CELL_CAPTION_OFFSET * line),
                       key=lambda box: box[0])
        if not cells:
            continue
        cell = cells[0]
        dates = sorted((hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
                        if hit[0][0] > cell[2] and abs(hit[0][1] - cell[1]) < line), key=lambda box: box[0])
        if not dates:
            continue
        bottom = cell[3] + CELL_LINES * line
        region = (cell[0], cell[3] + 0.2 * line, dates[0][0] - 0.005, bottom)  # under the caption's print
        present, confidence = signature_reading(cell_ink(probe.image(page.number, page.rotation), region))
        date_cell = (dates[0][0], dates[0][3] + 0.2 * line, min(0.97, dates[0][2] + DATE_CELL_WIDTH), bottom)
        words = [w for w in page.words
                 if (w.box[0] + w.box[2]) / 2 > date_cell[0] and dates[0][1] <= w.box[1] < bottom]
        signed_on, date_confidence = _date_in(words, page)
        if signed_on is None:  # an empty cell is undated; ink OCR did not read as a date is a date unread
            written = ink_share(probe.image(page.number, page.rotation), date_cell) > SIGNATURE_INK
            date_confidence = UNREADABLE if written else 0.97
        return page, present, confidence, signed_on, date_confidence
    return None


def _signer_captions(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool,
                     headings: bool = False) -> Iterator[tuple[Page, Box, InkProbe]]:
    """Each place a signer's caption ("Borrower:", "Co-borrower (if any):") stands, the last page first; with
    `headings`, also a bare one standing alone on its row, a heading ("BORROWER" over its lines)."""
    captions = labels["row_signers"]["second" if second else "first"]
    for page in reversed(pages):
        if ink is None or not page.words:
            continue
        for caption in captions:
            for hit in occurrences(page, caption):
                yield page, hit[0], ink
        for caption in _bare(captions)[len(captions) :] if headings else ():
            for hit in occurrences(page, caption):
                if all(inside(w.box, hit[0]) for w in page.words if same_row(w.box, hit[0])):
                    yield page, hit[0], ink


CELL_CAPTION_OFFSET = 1.5  # label heights a cell's small caption may stand off its signer's caption row
CELL_LINES = 3.0  # label heights of a signature cell under its caption
DATE_CELL_WIDTH = 0.05  # page widths a date cell runs on past its caption's print


def _lines_under_heading(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                         ) -> Signature | None:
    """A signer's heading over a pair of lines captioned under them ("24. Borrower: sign and date on the lines
    below." / [ink]  [date] / "Signature   Date (month/day/year)"): the ink over the "Signature" caption
    nearest under the heading, the date over the "Date" caption on its row."""
    for page, own, probe in _signer_captions(pages, labels, ink, second, headings=True):
        line = own[3] - own[1]
        cells = [hit[0] for variant in labels["signature_row"] for hit in occurrences(page, variant)
                 if own[3] + line < hit[0][1] <= own[3] + HEADING_LINES * line and abs(hit[0][0] - own[0]) < 0.1]
        if not cells:
            continue
        cell = min(cells, key=lambda box: box[1])
        # the date's caption on the "Signature" caption's row, or in a box of its own beside the line, its
        # caption over the date ("Date (mm/dd/yyyy)" / "03/18/2054") between the heading and the line
        dates = _dates_after(page, labels, cell) or sorted(
            (hit[0] for variant in labels["date_signed"] for hit in occurrences(page, variant)
             if own[1] <= hit[0][1] < cell[1] and hit[0][0] > cell[2] + DATE_BOX_OFF * line), key=lambda b: b[0])
        if not dates:
            continue
        top = max(own[3] + 0.3 * line, cell[1] - SIGN_OVER * line)
        image = probe.image(page.number, page.rotation)
        region = (cell[0], top, dates[0][0] - 0.01, cell[1] - 0.1 * line)
        present, confidence = signature_reading(cell_ink(image, region))
        date_region = (dates[0][0] - 0.01, top, 0.97, cell[1] - 0.1 * line)
        words = [w for w in page.words if overlap(w.box, date_region)]
        signed_on, date_confidence = _date_in(words, page)
        if signed_on is None:
            date_confidence = _undated(page, probe, date_region)
        return page, present, confidence, signed_on, date_confidence
    return None


HEADING_LINES = 8.0  # caption heights under a signer's heading its lines' captions may stand
DATE_BOX_OFF = 10.0  # caption heights right of the "Signature" caption a date's box beside the line starts


def _signer_line(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                 ) -> Signature | None:
    """A signer's caption opening a line that runs to a "Date" label ("Borrower: ________ Dated: 03/12/2047"):
    the ink between them is the signature. Print between them ("Borrower: Rosalind Achterberg  Date of
    birth") makes it some other row."""
    for page, own, probe in _signer_captions(pages, labels, ink, second):
        dates = [box for box in _dates_after(page, labels, own) if not _other_date(page, box)]
        if not dates or any(_printed_word(page, w) and same_row(w.box, own) and own[2] < w.box[0]
                            and w.box[2] < dates[0][0] for w in page.words):
            continue
        signed_on, date_confidence = _signature_date(page, own, dates[0], probe)
        present, confidence = signature_reading(signature_ink(
            probe.image(page.number, page.rotation), own, dates[0][0] - 0.005, skew(page), type_height(page),
            printed=[w.box for w in page.words if _printed_word(page, w)]))
        return page, present, confidence, signed_on, date_confidence
    return None


def _signature_date(page: Page, box: Box, date_box: Box | None, ink: InkProbe | None) -> tuple[date | None, float]:
    """The date by a signature: after its "Date" label (glued to it, "Date:May 2, 2025", counts), above
    a "Date signed" printed under its line, else anywhere on the signature's row (OCR may misread "Date").
    Ink there that OCR could not read, or no "Date" label at all, makes a blank date unsure, never a
    confident "undated"."""
    if date_box is not None and captions_after(page):  # the date typed or written before its caption
        found, confidence = _date_in(answer_before(page, date_box), page)
        if found is not None:
            return found, confidence
        written = ink is not None and written_before(page, date_box, ink.image(page.number, page.rotation))
        return None, UNREADABLE if written else 0.97
    if date_box is None:  # no "Date" label read: a date may stand where OCR saw nothing, so never sure
        found, confidence = _date_in(row_words(page, box), page)
        return found, confidence if found else min(confidence, UNSURE)
    end = min(1.0, leader_end(page, date_box) + 0.4)
    words = row_words(page, date_box, end, left=date_box[0] - 0.002)
    found, confidence = _date_in(words, page)
    if found is None:  # a pen's date, taller than the printed "Date:", shares less of its row
        words = row_words(page, date_box, end, left=date_box[0] - 0.002, loose=True)
        found, confidence = _date_in(words, page)
    if found is None:  # a table's answer cell further along, past a leader a scan's OCR lost: the row's first words
        found, confidence = _date_in(row_words(page, date_box)[:1], page)
    if found is None:
        words = words_above(page, date_box, end)
        found, confidence = _date_in(words, page)
    if found is None:  # "Date" in a box's top corner, the date written under it, level with the signature
        words = words_below(page, date_box, SIGNATURE_BOX_REACH)
        found, confidence = _date_in(words, page)
    text = " ".join(w.text for w in words)
    if found is None and page.method == TextMethod.OCR and ink is not None:
        line = date_box[3] - date_box[1]
        image = ink.image(page.number, page.rotation)
        beside = ink_share(image, (date_box[2] + 0.005, date_box[1] - 1.5 * line, end, date_box[3] + 0.3 * line))
        above = ink_share(image, (date_box[0], date_box[1] - 2.5 * line, end, date_box[1] - 0.1 * line))
        below = ink_share(image, (date_box[0], date_box[3] + 0.1 * line, end, date_box[3] + SIGNATURE_BOX_REACH))
        if max(beside, above, below) > SIGNATURE_INK:  # (under it: the box the date is written in)
            return None, UNREADABLE
    return found, confidence if found or text.strip(" _.:") else 0.97


SPLIT_DATE = 0.5  # a digit standing just before a date's month


def _date_in(words: list[Word], page: Page) -> tuple[date | None, float]:
    """The first date the words spell, sure as the digits it was read from (not a scrawl beside it); a pen's
    date OCR cut in two ("05/09/2" "039", the halves touching) is read whole, less surely."""
    found = first_date(" ".join(w.text for w in words))
    if found is None:
        ordered = sorted(words, key=lambda w: w.box[0])
        found = first_date(_touching_figures(ordered))
        if found is not None:  # as sure as the halves, not a speck before them
            start = max(i for i in range(len(ordered)) if first_date(_touching_figures(ordered[i:])) == found)
            return found, min(read_words(ordered[start:], page)[1], TOUCHING_DATE)
        return None, read_words(words, page)[1]
    start = max(i for i in range(len(words)) if first_date(" ".join(w.text for w in words[i:])) == found)
    digits = [w for w in words[start:] if re.search(r"\d", w.text)] or words[start:]
    sure = read_words(digits, page)[1]
    if start and re.search(r"\d$", words[start - 1].text):  # "Date:1 1/1/2030": OCR split "11/1/2030", or
        sure = min(sure, SPLIT_DATE)  # read a stray mark as "1"; either way the day is not known for sure
    return found, sure


TOUCHING_DATE = 0.85  # a date read from two touching halves: its figures are all there, in their order


def _touching_figures(words: list[Word]) -> str:
    """The words' text with a figure run on into the next where the two boxes all but touch."""
    text = ""
    for before, word in zip([None, *words], words, strict=False):
        touching = before is not None and re.search(r"[\d/][\]|}]?$", before.text) and word.text[:1].isdigit() \
            and word.box[0] - before.box[2] < 0.3 * (word.box[3] - word.box[1])
        if touching:  # (a pen's stroke OCR added to the figure before the cut: "1]" "0/14/2038")
            text = text.rstrip("]|}")
        text += word.text if touching or not text else " " + word.text
    return text


UNDER_LINES = 20.0  # label heights under a signature's caption a "Date" caption starting its row may stand
OVER_LINES = 6.0  # label heights over a signature's caption the "Date" heading its date's box may stand


def _date_label(page: Page, box: Box, variants: list[str]) -> Box | None:
    """The signature's "Date" label: to its right, the nearest to the signature label's row followed
    along the page's tilt, within a line's height: forms print "Date:" a little off the signature's
    baseline, and OCR glues a typed date to it ("Date:January"), which lifts the word's box. Else one on
    the line the signature label is printed under, else one starting a row of its own just under it (a
    form laid out as a table, or under the box signed in)."""
    height = box[3] - box[1]
    tilt = skew(page)
    level = (box[1] + box[3]) / 2 - tilt * box[2]
    # not past the next signer's caption on its row: that signer's date ("Borrower signature  Date signed
    # Co-borrower signature  Date signed", the row a little aslant)
    signers = _signer_hits(page)
    column_end = min((hit[0] for hit in signers if same_row(hit, box) and hit[0] > box[2]), default=1.0)
    off_row = [(abs((found[1] + found[3]) / 2 - tilt * found[0] - level), found)
               for variant in variants for found, _, _ in occurrences(page, variant) if box[2] < found[0] < column_end]
    near = [(distance, found) for distance, found in off_row if distance < height]
    if near:
        return min(near)[1]
    # on the line the label is printed under ("X ____  Date ____"), or over the date's box on it; not a
    # heading's sentence ("every borrower signs and dates here")
    over = [found for variant in variants for found, start, _ in occurrences(page, variant) if found[0] > box[2]
            and box[1] - OVER_LINES * height <= found[3] <= box[1] + 0.2 * height and not _in_prose(page, start)]
    if over:
        return max(over, key=lambda found: found[3])
    # a row of its own under the label ("Borrower - date signed"), or under a tall box to sign in, a cell of
    # the row of captions below it ("Printed name | Date signed"), short of the next signer's column; no other
    # signer's caption between (a signer's block stacked under this one's dates its own signature), nor
    # beside (the next signer's "Co-borrower's signature  Date" where OCR misread this one's "Date")
    under = [found for variant in variants for found, _, _ in occurrences(page, variant)
             if box[3] < found[1] <= box[3] + UNDER_LINES * height
             and (min(abs(found[0] - box[0]), abs(_row_start(page, found) - box[0])) < 0.02
                  or (box[0] - 0.02 < found[0] < column_end and _row_opening(page, found, box[0]) - box[0] < 0.03))
             and not any(box[3] < hit[1] < found[1] or (box[3] < hit[1] and same_row(hit, found))
                         for hit in signers)]
    return min(under, key=lambda found: found[1]) if under else None


def _signing_pad(page: Page, box: Box) -> Box | None:
    """The space to draw in under a signer's caption and the portal's prompt under it ("Borrower signature" /
    "Draw your signature" / [pad, its "x"] / "Drawn signature - ..."): from the prompt down to the next print
    in the caption's column, across to the next signer's caption on its row; None without such a prompt."""
    line = box[3] - box[1]
    prompt = min((hit for hit in _prompts(page) if 0 < hit[1] - box[3] < PROMPT_LINES * line
                  and abs(hit[0] - box[0]) < PROMPT_INDENT), key=lambda hit: hit[1], default=None)
    if prompt is None:
        return None
    right = min([box[0] + PAD_WIDTH, *(hit[0] - 0.01 for hit in _signer_hits(page)
                                       if same_row(hit, box) and hit[0] > box[2])])
    below = [w.box[1] for w in page.words if w.box[1] > prompt[3] + 0.5 * line and w.text.lower() != "x"
             and box[0] - 0.01 <= w.box[0] < right]
    bottom = min(below, default=prompt[3] + PAD_LINES * line)
    return (box[0], prompt[3] + 0.2 * line, right, bottom - 0.2 * line)


PROMPT_LINES = 4.0  # caption heights under a signer's caption its pad's prompt may stand
PROMPT_INDENT = 0.03  # page widths a pad's prompt may stand off its caption's left edge
PAD_WIDTH = 0.45  # page widths a pad may run right of its caption with no other signer's beside it
PAD_LINES = 8.0  # caption heights a pad with no print under it may be tall


def _signer_hits(page: Page) -> list[Box]:
    """Where the signers' captions stand on the page; not inside a portal's prompt ("Draw your signature")."""
    prompts = _prompts(page)
    return [hit for key in ("borrower_signature", "co_borrower_signature")
            for variant in application_labels()[key] for hit, _, _ in occurrences(page, variant)
            if not any(inside(hit, prompt) for prompt in prompts)]


def _prompts(page: Page) -> list[Box]:
    """Where a portal's prompts stand in the boxes signed in ("Draw your signature")."""
    return [hit for prompt in application_labels()["signature_prompts"] for hit, _, _ in occurrences(page, prompt)]


def _row_opening(page: Page, found: Box, left: float) -> float:
    """Where the row of a label starts in the column from `left` on: the first cell's caption of a signer's
    row of cells ("J2a Printed name  J2b Date signed" beside the first signer's)."""
    return min(w.box[0] for w in page.words if same_row(w.box, found) and w.box[0] > left - 0.03)


def _in_prose(page: Page, start: int) -> bool:
    """Whether the word at `start` goes on a sentence: a lower-case word just before it on its row."""
    if start == 0:
        return False
    before, word = page.words[start - 1], page.words[start]
    return same_row(before.box, word.box) and before.text.isalpha() and before.text.islower() \
        and word.box[0] - before.box[2] < 2 * (word.box[3] - word.box[1])


def _row_start(page: Page, found: Box) -> float:
    """Where the phrase ending in a "Date" label starts: "Borrower - date signed" under "Borrower signature"
    opens its row where the signature's label does."""
    start = found[0]
    for word in sorted((w for w in page.words if same_row(w.box, found) and w.box[2] <= found[0] + 0.001),
                       key=lambda w: -w.box[2]):
        if start - word.box[2] > ROW_WORD_GAP:
            break
        start = word.box[0]
    return start


ROW_WORD_GAP = 0.03  # page widths between words of one phrase


def _signature_from_lines(pages: list[Page], variants: list[str]) -> Signature:
    """Without word boxes: a name-like line over the label stands for a signature, never with certainty."""
    for page in reversed(pages):
        lines = page.text.splitlines()
        found = find_label(lines, variants)
        if found is None:
            continue
        index, end = found
        nearby = [lines[index][end:], lines[index - 1] if index else "", *lines[index + 1 : index + 2]]
        signed_on = next((d for d in (first_date(t) for t in nearby) if d), None)
        above = clean_name(lines[index - 1]) if index else None
        return page, bool(above and len(above) > 3), 0.5, signed_on, 0.6
    return pages[-1], None, 0.3, None, 0.3

