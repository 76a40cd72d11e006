"""On/off switches at the end of each option's row: a servicer's web form saved as a PDF shows its
choices as toggles (a coloured pill for on, a pale one for off), no box and no mark in its text. A switch is
read only on a page the browser wrote (a text layer, not a scan: a scan's bubbles, cells and specks at a
row's end are no switch), on a row that holds nothing but its option's words and, past them, the switch;
and only when the rows split cleanly into on and off, so a form of any other shape reads nothing here."""

from __future__ import annotations

from lossmit_docs.model import Page
from lossmit_docs.reading.application_layout import occurrences, same_row
from lossmit_docs.reading.ink import Box, InkProbe, dark_share, table_cells
from lossmit_docs.reading.page_text import word_space

SWITCH_ON = 0.05  # dark share of the row's end an "on" pill gives at the least (a pale "off" one gives none)
SWITCH_OFF = 0.02  # ... and an "off" row at the most: the card's edge, a speck
SWITCHED = 0.85  # drawn, not typed: sure, but not as sure as a form's own field
GRID_ROWS = 1.5  # line heights over and under an option's row a grid's column rules run through
MIN_ROWS = 3  # a group of options shown as switches, not one row that happens to end in a dark shape


def switched(page: Page, options: dict[str, list[str]], ink: InkProbe, inside: dict[str, list[str]]
             ) -> tuple[list[str], float, int]:
    """(codes switched on, confidence, options seen with a row to read)."""
    image = ink.image(page.number, page.rotation)
    shares: dict[str, float] = {}
    for code, variants in options.items():
        wordings = [*sorted(variants, key=len, reverse=True), *sorted(inside.get(code, []), key=len, reverse=True)]
        box = next((hit[0] for wording in wordings for hit in occurrences(page, wording)), None)
        if box is None:
            continue
        line = box[3] - box[1]
        end = _phrase_end(page, box)
        if end is None:
            continue  # more words past a gap: another column or an answer, not a switch's row
        region = (end + 0.01, box[1] - 0.5 * line, 0.98, box[3] + 0.5 * line)
        if len(table_cells(image, (region[0], box[1] - GRID_ROWS * line, region[2], box[3] + GRID_ROWS * line))) > 1:
            continue  # a grid's column rules running through the rows above and below: a spreadsheet's cells,
            # no switch (a pill stands in its own row)
        shares[code] = dark_share(image, region)
    on = [code for code, share in shares.items() if share >= SWITCH_ON]
    if len(shares) < MIN_ROWS or not on or any(SWITCH_OFF < share < SWITCH_ON for share in shares.values()):
        return [], 0.0, 0
    return on, SWITCHED, len(shares)


def _phrase_end(page: Page, box: Box) -> float | None:
    """Where the option's words end on its row (a word space at a time), None when words follow a gap."""
    space = word_space(page, box, SWITCH_WORD_SPACE)
    end = box[2]
    for word in sorted((w for w in page.words if same_row(w.box, box) and w.box[0] >= box[2]), key=lambda w: w.box[0]):
        if word.box[0] - end > space:
            return None
        end = word.box[2]
    return end


SWITCH_WORD_SPACE = 2.0  # line heights: a web form's option words are set loosely, and figures are its words
