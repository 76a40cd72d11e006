"""Papers the checklist accepts only signed: profit and loss statements, tax returns and Form 4506-C,
with the signature read as ink on its line and the date written beside it."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from lossmit_docs.model import Field, Page, TextMethod
from lossmit_docs.reading.document_text import DocumentText, Ref, beside_label, labelled_money, labels_of
from lossmit_docs.reading.ink import Box, InkProbe, dark_band, ink_under, signature_ink, signature_reading, with_words
from lossmit_docs.reading.page_text import locate, row_right_of, skew, type_height, whole_row
from lossmit_docs.reading.values import (
    amounts_in,
    dates_in,
    find_label,
    first_date,
    months_through,
    squash,
    without_dates,
)

BOTH_SAY_SIGNED = 0.85  # a signature's ink near the threshold, confirmed by the words read on its line
SIGNATURE_REACH = 2  # lines between a signature label (or a certification) and the signature


def extract_profit_and_loss(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                            received_on: date | None = None) -> dict[str, Field]:
    labels = labels_of("profit_and_loss_statement")
    reader = DocumentText(pages, ref, received_on)
    fields: dict[str, Field] = {}
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    if len(found) < 2:
        found = next((d for d in (dates_in(t) for t in reader.lines[:10]) if len(d) >= 2), found)
    if len(found) < 2:  # an accounting program's report heading: "January through May 2046" (which OCR may
        # read after the report's columns)
        found = next((list(months) for text in reader.lines if (months := months_through(text))), found)
    fields["period_start"] = reader.field(found[0] if len(found) >= 2 else None, period[1] if period else None)
    fields["period_end"] = reader.field(found[1] if len(found) >= 2 else None, period[1] if period else None)
    row = beside_label(reader, labels["net_income"])
    if row is not None and row.current is not None:
        fields["net_income"] = reader.field(row.current, None, 0.9, page=row.page, base=row.read)
    else:
        net, line = labelled_money(reader, labels["net_income"], at_line_start=True)
        if net is None:
            net, line = _numbered_row_total(reader, labels["net_income"])
        fields["net_income"] = reader.field(net, line, 0.9 if net is not None else 0.3)
    fields["signed"] = signed_and_dated(reader, ink, labels["signature"], labels["certification"])[0]
    return fields


def _numbered_row_total(reader: DocumentText, labels: list[str]) -> tuple[Decimal | None, int | None]:
    """A spreadsheet's row, its number first, opening with the label ("19 NET PROFIT  2,486.04 ... 7,057.06"):
    its last amount, the period's total column."""
    for index, text in enumerate(reader.lines):
        body = _ROW_NUMBER.sub("", text)
        if any(squash(body).startswith(squash(label)) for label in labels) and (amounts := amounts_in(body)):
            return amounts[-1], index
    return None, None


_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=[A-Za-z])")


def extract_tax_return(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                       received_on: date | None = None) -> dict[str, Field]:
    """Year, form, and whether it is signed: the checklist accepts only a signed return for
    self-employment income."""
    reader = DocumentText(pages, ref, received_on)
    text = " ".join(reader.lines[:40])
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    year = max(set(years), key=years.count) if years else None
    squashed = squash(text)
    labels = labels_of("tax_return")
    form = next((code for code, words in labels["forms"].items() if any(squash(w) in squashed for w in words)), None)
    # the form's own title with its year on one line ("U.S. Individual Income Tax Return 2027"): both printed
    titled = next((int(found[0]) for line in reader.lines[:40] if form and any(
        squash(w) in squash(line) for w in labels["forms"][form]) and (found := re.findall(r"\b(20\d\d)\b", line))),
        None)
    year = titled or year
    signed, signed_on = signed_and_dated(reader, ink, labels["signature"], labels["certification"])
    fields = {"tax_year": reader.field(year, None, (0.95 if titled else 0.8) if year else 0.3),
              "form": reader.field(form, None, (0.95 if titled else 0.85) if form else 0.3), "signed": signed}
    if signed_on.value is not None:  # the checklist does not date a return's signature: no review for its absence
        fields["signed_on"] = signed_on
    return fields


def extract_4506c(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                  received_on: date | None = None) -> dict[str, Field]:
    reader = DocumentText(pages, ref, received_on)
    labels = labels_of("irs_form_4506c")
    signed, signed_on = signed_and_dated(reader, ink, labels["signature"], labels["certification"])
    return {"signed": signed, "signed_on": signed_on}


def signed_and_dated(reader: DocumentText, ink: InkProbe | None, labels: list[str], certification: list[str]
            ) -> tuple[Field, Field]:
    """`signed` and its date: a signature is ink on the signature line, measured when the pages can be
    rendered, so a clear one is sure either way; without the pages, guessed from text, never sure."""
    voided = voided_envelope(reader.pages)
    if voided is not None:  # an e-signature service's envelope voided before it was signed: whatever its
        # signature box holds (its note "Envelope voided - not signed" is ink too), nobody signed it
        return (Field(False, VOIDED_SURE, reader.ref(voided.number), voided.method),
                reader.field(None, None, VOIDED_SURE, page=voided))
    by_text = _signed_by_text(reader, labels, certification)
    found = _signature_by_ink(reader, ink, labels, certification) if ink is not None else None
    if found is None:
        return by_text
    page, caption, present, confidence = found
    if by_text[0].value is present:  # ink near its threshold, and words written on the line say the same
        confidence = max(confidence, BOTH_SAY_SIGNED)
    # the date by the signature line; an unsigned line takes none from the text around the attestation
    # (the tax year asked for, over it)
    signed_on = _date_by_signature(reader, page, caption, certification) or (
        by_text[1] if present else reader.field(None, None, confidence, page=page))
    return Field(present, confidence, reader.ref(page.number), page.method), signed_on


# an e-signature service's stamp on every page of an envelope voided unsigned
_VOIDED = re.compile(r"\benvelope\s+(?:was\s+)?voided\b|\bvoided\s+by\s+the\s+sender\b|\bstatus:\s*voided\b",
                     re.IGNORECASE)
VOIDED_SURE = 0.95  # the service's printed record, not a reading of ink


def voided_envelope(pages: list[Page]) -> Page | None:
    """The first page stamped by an e-signature service as part of an envelope voided before it was signed."""
    return next((page for page in pages if _VOIDED.search(page.text)), None)


def _signature_caption(page: Page, labels: list[str]) -> Box | None:
    """The first of `labels` (in priority order) printed as a caption, not as words of the attestation's
    sentences: "Signature of taxpayer(s). I declare that I am ..." opens a paragraph, "... within 120 days of
    the" / "signature date." wraps one; the real Form 4506-C's line is captioned "Signature for Line 1a"."""
    for text in labels:
        start = 0
        while (hit := locate(page, text, start)) is not None:
            box, start = hit
            if not _in_sentence(page, box) and not _second_persons(page, box):
                return box
    return None


def _second_persons(page: Page, box: Box) -> bool:
    """Whether a caption is the second person's ("Spouse's signature (required if listed on Line 2a)"): the
    word just before it names them. Their line left empty says nothing of the first person's signature."""
    height = box[3] - box[1]
    before = [w for w in whole_row(page, box, skew(page)) if w.box[2] <= box[0] + 0.001]
    return bool(before) and box[0] - before[-1].box[2] < 1.5 * height \
        and squash(before[-1].text) in {squash(word) for word in labels_of("application")["second_person_words"]}


SENTENCE_RUN = 8  # words running on from a label without a gap: the label opens a sentence


def _in_sentence(page: Page, box: Box) -> bool:
    """Whether a label's words stand inside a sentence: after a lower-case word ("... of the signature
    date."), wrapped to a line's start and ending it ("signature date."), or running on into one
    ("Signature of taxpayer(s). I declare that I am ...")."""
    height = box[3] - box[1]
    row = whole_row(page, box, skew(page))
    before = [w for w in row if w.box[2] <= box[0] + 0.001]
    after = [w for w in row if w.box[0] >= box[2] - 0.001]
    first = next((w for w in row if abs(w.box[0] - box[0]) < 0.001), None)
    if first is not None and first.text[:1].islower():
        if before and box[0] - before[-1].box[2] < 2 * height and before[-1].text.isalpha() \
                and before[-1].text.islower():
            return True
        if not before and after and after[0].text.endswith("."):
            return True
    run, right = 0, box[2]
    for word in after:
        if word.box[0] - right > 2 * height:
            break
        run, right = run + 1, word.box[2]
    return run >= SENTENCE_RUN


def _signature_by_ink(reader: DocumentText, ink: InkProbe, labels: list[str], certification: list[str]
                      ) -> tuple[Page, Box | None, bool, float] | None:
    """(page with its words, the signature's caption, signed, confidence) from the signature line by its
    caption, else (no caption) the first line under the certification; None when neither is found on a page
    with word boxes."""
    for page in reversed(reader.pages):
        page = with_words(page, ink)
        if not page.words:
            continue
        label = _signature_caption(page, labels)
        if label is not None:  # the page image is asked for only where a signature may stand
            dated = [w.box[0] for w in row_right_of(page, label) if squash(w.text).startswith("date")]
            right = min([0.97, *dated]) - 0.005
            image = ink.image(page.number, page.rotation)
            return page, label, *signature_reading(signature_ink(image, label, right, skew(page), type_height(page),
                                                                 band=dark_band(image, label, right)))
        for text in certification:
            hit = locate(page, text)
            share = ink_under(ink.image(page.number, page.rotation), hit[0], hit[0][3] - hit[0][1],
                              skew(page)) if hit else None
            if share is not None:
                return page, None, *signature_reading(share)
    return None


def _date_by_signature(reader: DocumentText, page: Page, label: Box | None, certification: list[str]) -> Field | None:
    """The date written by a signature: the first date on its caption's row or the few rows above it (a
    date line printed over its "Date" label), or under it (a caption heading the cells to sign and date
    in), else (no caption) in the few rows under the certification; as sure as the words that spell it (not
    the scrawl beside them)."""
    if label is not None:
        line = label[3] - label[1]
        top, bottom = label[1] - 4 * line, label[3] + 3 * line
    else:
        statement = next((hit[0] for hit in (locate(page, text) for text in certification) if hit), None)
        if statement is None:
            return None
        line = type_height(page) or statement[3] - statement[1]
        top, bottom = statement[3], statement[3] + 6 * line
    near = sorted((w for w in page.words if top <= (w.box[1] + w.box[3]) / 2 <= bottom),
                  key=lambda w: (round(w.box[1] / (2 * line)), w.box[0]))
    for start in range(len(near)):
        words = near[start : start + 3]
        found = first_date(" ".join(w.text for w in words))
        if found is not None:
            used = [w for w in words if re.search(r"\d", w.text)]
            read = 1.0 if page.method != TextMethod.OCR else min(w.confidence for w in used)
            return reader.field(found, None, 0.95, page=page, base=_plausible_date(found, read, reader.received_on))
    return None


def _plausible_date(value: date, read: float, received_on: date) -> float:
    """A date that parses to a real calendar day of recent years, up to the year after the papers came in,
    is half as doubtful as its OCR score (judged by the receipt, not the clock: a batch run for a past
    day reads as it did that day)."""
    return 1 - (1 - read) / 2 if 1990 <= value.year <= received_on.year + 1 else read * 0.5


def _signed_by_text(reader: DocumentText, labels: list[str], certification: list[str]) -> tuple[Field, Field]:
    """Signed when a handwritten-looking mark sits on the signature line: a short run of words that is no
    printed label, just above the signature label or just below the certification; with the date there.

    A scanned signature reads as a few odd words ("Gassidy sohnsory"); a blank signature line reads as
    nothing, or as the printed name and "Date:" line only. Ink is not measured here, so the confidence
    stays moderate and a deciding value goes before a clerk.
    """
    found = find_label(reader.lines, labels)
    if found is not None:
        window = list(range(max(0, found[0] - SIGNATURE_REACH), found[0] + 1))
    else:
        certified = find_label(reader.lines, certification) if certification else None
        if certified is None:
            return reader.field(False, None, 0.4), reader.field(None, None, 0.3)
        window = list(range(certified[0] + 1, min(len(reader.lines), certified[0] + 1 + SIGNATURE_REACH + 1)))
    marks = [i for i in window if _looks_signed(reader.lines[i])]
    dated = next(((first_date(reader.lines[i]), i) for i in window if first_date(reader.lines[i])), (None, None))
    anchor = marks[0] if marks else window[-1]
    return (reader.field(bool(marks), anchor, 0.6),
            reader.field(dated[0], dated[1], 0.8 if dated[0] else 0.3))


def _looks_signed(line: str) -> bool:
    if amounts_in(without_dates(line), cents_required=True):
        return False  # a figure of the statement above the signature line
    words = re.findall(r"[A-Za-z]{2,}", without_dates(line))
    printed = {squash(w) for w in labels_of("irs_form_4506c")["printed_words"]}
    return 2 <= len(words) <= 5 and not any(squash(w) in printed for w in words)
