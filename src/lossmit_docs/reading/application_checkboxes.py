"""Which of a question's boxes are ticked (occupancy, hardship duration, hardship types).

A box is pixels, so it is found left of its option's label and measured with the ink probe; without a
probe, or where a text layer typed the box, it is read from the marks OCR writes before a label ("[X]",
"☒"). Kept apart from the text answers because a tick is judged by ink and by the group of boxes around
it, not by the words of a row.
"""

from __future__ import annotations

import re
from collections import Counter

from PIL import Image

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_boxes_under import TYPED_MARK, boxes_under
from lossmit_docs.reading.application_circles import CIRCLED, TALL, circled_answer, ring_round
from lossmit_docs.reading.application_layout import (
    application_labels,
    near_spelling,
    occurrences,
    same_row,
    whole_phrase,
)
from lossmit_docs.reading.application_marks import marks_before
from lossmit_docs.reading.application_switches import switched
from lossmit_docs.reading.ink import SURE, Box, InkProbe, checkbox_fill, checkbox_reading, open_box_fill, overlap
from lossmit_docs.reading.page_text import type_height, word_space
from lossmit_docs.reading.values import find_label, label_pattern, squash

TYPED_BOXES = 0.95  # ... every option of the group shown with its typed box or mark ("●", "○")
UNMARKED = 0.6  # a text layer's options with neither box nor mark: none ticked, or ticked where no rule looks
UNNAMED_TICK = 0.55  # ... or a ticked glyph on the options' lines before words no option's label names
# (OCR reads an X in a box as "&", "K]" or "[4", and in parentheses on a fax as "(%")
_CHECKED_MARK = re.compile(r"[xX☒☑✓✔■●&]|K[\]l|}1]|\[4|^4]|[(\[]%")


def checked(pages: list[Page], options: dict[str, list[str]], ink: InkProbe | None,
            inside: dict[str, list[str]] | None = None,
            caption_words: dict[str, list[str]] | None = None) -> tuple[list[str], float, Page] | None:
    """Codes whose box is marked, on the page showing most of the group's boxes; None when none shows.

    An option none of whose labels is on the page may be found by words `inside` its label, whatever its
    wording ("Pay or hours reduced"); its box is then looked for left of the whole phrase. Where no option
    shows a box or mark beside it, options printed as column captions (found by their labels or by
    `caption_words`) are read by the box under each."""
    best: tuple[list[str], float, Page] | None = None
    best_seen = 0
    inside = inside or {}
    for page in pages:
        found = None
        if ink is not None and page.words:
            found, follows = _boxes_by_ink(page, options, ink, inside)
            if follows or not found[3]:  # an option with no box before it and a later one on its row with
                after = _boxes_after(page, options, ink, inside)  # one, or none with one: boxes may follow
                found = after if after[1] > LOST_BOX and after[2] >= found[3] else found
            found = found[:3]
        boxes = found[2] if found is not None else 0
        typed = _boxes_by_text(page, options, inside)
        if found is None or typed[1] == TYPED_BOXES or (found[2] < typed[2] and (typed[0] or not found[2])):
            # typed "[X]" or "●" in a text layer: not drawn, or drawn as a glyph the ink probe may miss
            found = typed
        elif typed[0] and sorted(typed[0]) == sorted(found[0]):  # a thin tick glyph the text layer spells too
            found = (found[0], max(found[1], typed[1]), found[2])
        elif typed[0] and not found[0] and page.method != TextMethod.OCR:
            # a ticked check-box field (the ink probe renders the page without its fields), or a viewer's
            # "Fill & Sign" tick glyph set beside its empty box rather than in it
            found = typed
        if typed[1] == UNNAMED_TICK:  # whatever the boxes' ink says of the options it names
            found = (found[0], min(found[1], UNNAMED_TICK), found[2])
        circled = _circled(page, options, ink) if ink is not None and page.words else None
        if circled is not None and circled[2] >= 2 and (circled[2] > found[2] or not found[0]):
            found = circled  # YES or NO circled beside each option, no boxes
        if ink is not None and page.words and found[1] <= UNMARKED:  # no box beside any option, or unsure
            under = boxes_under(page, options, ink, caption_words or inside)
            if under[2] >= 2 and under[1] > found[1]:
                found = under
        few = not found[0] and 2 * found[2] < typed[2]  # empty "boxes" by a few of the options the text shows
        if ink is not None and page.words and (found[1] <= UNMARKED or few) and _CIRCLE.search(page.text):
            # a form that asks for its answers circled, and shows no boxes the ink could read: the chosen
            # options' words ringed (a ring's arcs, the slashes between options and the letters before them
            # may pass for boxes)
            ringed = _ringed(page, options, ink, inside)
            if ringed[0] and (ringed[1] > found[1] or not found[0]):
                found = ringed
        if ink is not None and page.words and found[1] <= UNMARKED and boxes < 2 and page.method != TextMethod.OCR:
            toggled = switched(page, options, ink, inside)  # a saved web form's on/off switches at its rows' ends
            if toggled[0]:
                found = toggled
        if ink is not None and page.words and found[1] <= UNMARKED and boxes < 2:
            marked = marks_before(page, options, ink)  # no box drawn: a check mark before the chosen option
            if marked is not None:
                found = marked
        codes, confidence, seen = found
        if seen > best_seen and (seen >= 2 or len(options) < 2):
            best, best_seen = (codes, confidence, page), seen
    return best


PHRASE_GAP = 6  # line heights between two wordings of one option that still make one phrase


def _boxes_by_ink(page: Page, options: dict[str, list[str]], ink: InkProbe, inside: dict[str, list[str]]
                  ) -> tuple[tuple[list[str], float, int, int], bool]:
    """Each option's box found left of its label and measured; a label with no box beside it is prose.
    Options whose box could not be measured count as shown only beside a marked one (radio circles).
    ((codes ticked, confidence, options shown, boxes measured), whether the boxes may follow the options)"""
    image = ink.image(page.number, page.rotation)
    width, height = page.width_pt or 612.0, page.height_pt or 792.0
    measured: list[tuple[str, Box, bool, float]] = []
    taken: list[Box] = []
    unmeasured: list[Box] = []
    owner: dict[Box, str] = {}  # the option each box-less label is of
    open_sided: list[tuple[str, Box, Box, tuple[float, float]]] = []  # options whose box showed no top or bottom
    for code, variants in options.items():
        labelled = False
        by_words = sorted(set(inside.get(code, [])) - set(variants), key=len, reverse=True)
        for variant in [*sorted(variants, key=len, reverse=True), *by_words]:
            if labelled and variant in by_words:
                break  # words inside a label only for an option none of whose labels is printed
            for box, start, end in occurrences(page, variant):
                if _longer_word(page.words[start:end], variant):
                    continue  # "Other" is no option inside "Rented to others"
                if _in_legend(page, start, end):
                    continue  # a question's legend of its answers, "(Primary / Second home / Investment)"
                labelled = labelled or variant not in by_words
                line = box[3] - box[1]
                across = line * height / width
                # "Pay or hours reduced" found by "reduced", "A wage earner passed away" by "passed away"
                joined = _after_joiner(page, start)
                opener = variant in application_labels()["phrase_openers"]
                if opener and (joined or _prose_before(page, start, box[0] - 4.5 * across)):
                    continue  # "Loss of my off-farm job or other employment": no "Other" option
                if variant in by_words or _prose_before(page, start, box[0] - 4.5 * across) or joined:
                    start = _phrase_start(page, start)
                    box = (page.words[start].box[0], *box[1:])
                    if _numbered(page, start):  # a numbered question's words ("3.5 Does a household member
                        unmeasured.append(box)  # have a disability ...?"): its number is no box, its answer
                        owner[box] = code  # is a Yes or a No further along
                        continue
                if any(overlap(box, other) for other in taken):
                    continue
                first = page.words[start]  # OCR may glue the box to the label: "(Disaster"
                junk = len(first.text) - len(first.text.lstrip("([{|]}:;.,-_=*'\"~`"))
                glued = (first.box[2] - first.box[0]) * junk / max(1, len(first.text))
                if not junk and not joined and not _box_read_before(page, start, across):  # or take the box into
                    # the word's box, spelling only the word: "Death" 1.6 wide (not a phrase's first word
                    # beside its later ones: "Employment" is wider a letter than "transfer")
                    glued = _box_in_word(page.words[start:end], across)
                right = box[0] + (glued + 0.3 * across if glued else -0.1 * across)
                window = (_after_number(page, box, box[0] - 4.5 * across), box[1] - 0.7 * line, right,
                          box[3] + 0.7 * line)
                if not (glued and not junk) and _prose_before(page, start, window[0]):
                    unmeasured.append(box)
                    owner[box] = code
                    continue  # (a box OCR took into the label's first word is no word of a sentence)
                least = min(line, type_height(page) or line) if page.method == TextMethod.OCR else line
                fill = checkbox_fill(image, window, (0.55 * least, 1.9 * line))
                if fill is None and (top := _stacked_top(page, box, options, code)) < box[1]:  # beside a stacked pair
                    window = (window[0], top - 0.7 * line, *window[2:])  # (as tall as the pair at most: a
                    # small second line's letters, "Second home", are shorter than the box)
                    fill = checkbox_fill(image, window, (0.55 * least, max(1.9 * line, box[3] - top)))
                label = box
                second = _wrapped_line(page, box, options, code) if fill is None else None
                # (a box level with the line below, not half a line above it, is the next option's)
                beside_second = second and (window[0], second[1] - 0.3 * line, window[2], second[3] + 0.3 * line)
                if beside_second and checkbox_fill(image, beside_second, (0.55 * least, 1.9 * line)) is None:
                    # beside a label wrapped onto a second line, centred; the second line's words, "each other",
                    # are no option's
                    window = (*window[:3], second[3] + 0.7 * line)
                    fill = checkbox_fill(image, window, (0.55 * least, max(1.9 * line, second[3] - box[1])))
                    label = (*box[:3], second[3])
                if fill is None:
                    unmeasured.append(box)
                    owner[box] = code
                    open_sided.append((code, box, window, (0.55 * least, 1.9 * line)))
                    continue
                taken.append(label)
                measured.append((code, box, *checkbox_reading(fill)))
    # an option's second wording further along its own phrase ("Illness ... or disability") has the words
    # before it, not a box, on its left: the phrase's first finding is the option's (a second box of the
    # same option a column away, "[ ] Serious illness   [X] Long-term disability", is measured)
    measured = [item for item in measured if not any(
        other[0] == item[0] and same_row(other[1], item[1]) and other[1][0] < item[1][0]
        and item[1][0] - other[1][2] < PHRASE_GAP * (item[1][3] - item[1][1]) for other in measured)]
    # and no box of its own: "We live there - primary residence" is one option, boxed once
    unmeasured = [box for box in unmeasured if not any(
        code == owner[box] and same_row(label, box) and label[0] < box[0]
        and box[0] - label[2] < PHRASE_GAP * (box[3] - box[1]) for code, label, _, _ in measured)]
    if len(measured) < OPEN_SIDED_LEAST <= len(open_sided):  # the boxes showed no top or bottom: a fax's coarse
        found = _open_sided(image, open_sided, taken)  # rows lost them; their sides may still stand (where
        # three boxes or more were measured whole, the others are radio circles with no sides to find)
        measured += found
        taken += [box for _, box, _, _ in found]
        unmeasured = [box for box in unmeasured if box not in taken]
    measured = _one_question(measured)
    codes, sure = _group_reading(page, measured)
    seen = len(measured)
    if codes:  # an empty round radio button has no sides to find; its option still shows on the page
        seen += len({b for b in unmeasured if not any(overlap(b, other) for other in taken)})
    follows = _box_may_follow(measured, unmeasured, taken)
    if follows or _box_lost(measured, unmeasured, taken):
        sure = min(sure, LOST_BOX)
    return (codes, sure, seen, len(measured)), follows


def _in_legend(page: Page, start: int, end: int) -> bool:
    """Whether the words [start, end) stand inside parentheses on their row that list options parted by
    slashes: a question's legend of what to write, no box's option."""
    words = page.words
    opening = start
    while opening > 0 and not words[opening].text.startswith("(") \
            and same_row(words[opening - 1].box, words[start].box):
        if words[opening - 1].text.endswith(")"):
            return False
        opening -= 1
    closing = end - 1
    while closing + 1 < len(words) and not words[closing].text.endswith(")") \
            and same_row(words[closing + 1].box, words[start].box):
        if words[closing + 1].text.startswith("("):
            return False
        closing += 1
    inside = words[opening : closing + 1]
    return inside[0].text.startswith("(") and inside[-1].text.endswith(")") and any("/" in w.text for w in inside)


def _stacked_top(page: Page, box: Box, options: dict[str, list[str]], code: str) -> float:
    """The top of the option's first line when the label found is its second, stacked under it in the same
    column ("Reducción de ingresos" over "Reduction in income" on a form in two languages): the box stands
    beside the pair, where none stands level with the label. The line above is another option's when it
    names one ("Largo plazo o permanente" names this one's "permanent")."""
    line = box[3] - box[1]
    above = [w for w in page.words if abs(w.box[0] - box[0]) < STACK_ALIGN * line
             and box[1] - STACK_GAP * max(line, w.box[3] - w.box[1]) <= w.box[3] <= box[1] + 0.1 * line]
    if not above:
        return box[1]
    first = min(above, key=lambda w: w.box[1])
    text = _phrase_from(page, first)  # the phrase the line above opens, not the next column's options on its row
    if any(label_pattern(v).search(text) for other, variants in options.items() if other != code for v in variants):
        return box[1]
    return min(box[1], first.box[1])


def _wrapped_line(page: Page, box: Box, options: dict[str, list[str]], code: str) -> Box | None:
    """The first word of the label's second line when it wraps ("Reduction in income (fewer hours, lower pay or
    lost" over "overtime)" in a grid of options): its box stands centred beside both lines. The line below is
    the label's when it starts under the label's first word and does not open another option (its last words
    may name one: "Separation of borrowers who are not married to" over "each other")."""
    line = box[3] - box[1]
    below = [w for w in page.words if abs(w.box[0] - box[0]) < STACK_ALIGN * line
             and box[3] - 0.1 * line <= w.box[1] <= box[3] + WRAP_GAP * line]
    if not below:
        return None
    first = min(below, key=lambda w: w.box[1])
    if sum(c.isalpha() for c in first.text) < 2:  # the next option's box ("O", "[]"), no words of this one's
        return None
    text = _phrase_from(page, first)
    if any(label_pattern(v).match(text) for other, variants in options.items() if other != code for v in variants):
        return None
    return first.box if first.box[3] > box[3] else None


def _phrase_from(page: Page, first: Word) -> str:
    """The words of `first`'s row from it on, up to the first gap wider than a word space."""
    text, end = "", first.box[0]
    for word in sorted((w for w in page.words if same_row(w.box, first.box) and w.box[0] >= first.box[0]),
                       key=lambda w: w.box[0]):
        if word.box[0] - end > word_space(page, first.box):
            break
        text, end = f"{text} {word.text}", word.box[2]
    return text.strip()


WRAP_GAP = 1.2  # label heights under a label's first line its second line's first word may start (a short "or")
STACK_ALIGN = 0.5  # label heights the two lines of a stacked option may start apart
STACK_GAP = 0.8  # heights of the taller line between them at most


def _longer_word(words: list[Word], variant: str) -> bool:
    """Whether a one-word option's label was found as the start of a longer word ("other" in "others")."""
    said = squash(" ".join(w.text for w in words))
    target = squash(variant)
    return " " not in variant.strip() and len(said) > len(target) and said.startswith(target) \
        and said[len(target):].isalpha()


def _group_reading(page: Page, measured: list[tuple[str, Box, bool, float]], contrast: bool = False
                   ) -> tuple[list[str], float]:
    """The ticked options' codes, and how sure the group's reading is: its least sure box, on a scan no
    surer than the page's OCR (down to 0.85: a box's ink is plainer than a word's). In a column of boxes
    under a "Mark" heading (`contrast`), a thin tick ("✓") inks a box less than an X does: beside boxes
    plainly empty, a box past the threshold is the group's answer."""
    codes = list(dict.fromkeys(code for code, _, ticked, _ in measured if ticked))
    scanned = page.confidence if page.method == TextMethod.OCR else 1.0
    empty = [sure for _, _, ticked, sure in measured if not ticked]
    if contrast and len(empty) >= CONTRAST_EMPTIES and min(empty) >= SURE:
        measured = [(code, box, ticked, max(sure, CONTRASTED) if ticked else sure)
                    for code, box, ticked, sure in measured]
    return codes, min((sure for *_, sure in measured), default=0.0) * max(scanned, 0.85)


CONTRAST_EMPTIES = 2  # plainly empty boxes of a group that make a box past the threshold plainly ticked
CONTRASTED = 0.9


def _boxes_after(page: Page, options: dict[str, list[str]], ink: InkProbe,
                 inside: dict[str, list[str]]) -> tuple[list[str], float, int]:
    """Each option's box looked for after its label's phrase and dot leader ("I live here ☒  Second
    / vacation home ☐", "Job loss or furlough . . . . ☐"), up to the row's next words: where this measures
    as many boxes as looking left of the labels, and surely, the form prints its boxes after its options.
    An option none of whose labels is printed is found by words inside it, among the printed options' rows
    only (prose elsewhere names options too); an option found with no box after it leaves the reading
    unsure."""
    image = ink.image(page.number, page.rotation)
    width, height = page.width_pt or 612.0, page.height_pt or 792.0
    labelled = {code: [hit[0] for variant in sorted(variants, key=len, reverse=True)
                       for hit in occurrences(page, variant)] for code, variants in options.items()}
    rows = [box for boxes in labelled.values() for box in boxes]
    if not rows:
        return [], 0.0, 0
    top, bottom = min(box[1] for box in rows), max(box[3] for box in rows)
    for code, boxes in labelled.items():
        if not boxes:
            boxes += [hit[0] for words in sorted(inside.get(code, []), key=len, reverse=True)
                      for hit in occurrences(page, words) if top <= hit[0][1] <= bottom]
    measured: list[tuple[str, Box, bool, float]] = []
    phrases: list[Box] = []  # of the options measured
    boxless: list[Box] = []  # phrases of options found with no box after them
    headers = [hit[0] for variant in application_labels()["mark_column"] for hit in occurrences(page, variant)]
    columned = False  # a box was looked for under a "Mark one" heading
    captions = _box_captions(page, [box for boxes in labelled.values() for box in boxes])
    for code, boxes in labelled.items():
        for box in boxes:
            phrase = _phrase_run(page, box)
            if any(overlap(phrase, other) for other in phrases):
                continue
            line = box[3] - box[1]
            across = line * height / width
            end = phrase[2]
            if any(w.text.endswith("?") for w in page.words if same_row(w.box, box) and box[0] <= w.box[0] <= end):
                continue  # a question ("Is the property a second or vacation home?"): its boxes are Yes and No
            following = [w for w in page.words if same_row(w.box, box) and w.box[0] > end + 0.1 * across
                         and not _read_box(w, line) and re.search(r"\w", w.text) and not _LINE_MARK.fullmatch(w.text)]
            # (OCR's reading of the box itself, a dot leader or a mark typed in the box is no next word; nor
            # a short word just before the box's caption: OCR's reading of that box, "CJ applies")
            own_caption = _caption_phrase(following, captions, across)
            if own_caption:
                caption = own_caption[0].box[0]
                following = [w for w in following if w.box[2] > caption or len(w.text) > BOX_READ_LETTERS]
            # (a box right before the next words is theirs: "☐ Pay stubs" in the next column; not before
            # the caption every option's box has: ". . . . ☒ applies", "☒ mark if it applies")
            right = min([end + AFTER_REACH_PAGE, 0.98,
                         *(w.box[0] - (CAPTION_GAP if w in own_caption else NEXT_WORDS_BOX) * across
                           for w in following)])
            window = (end + 0.1 * across, box[1] - 0.7 * line, right, box[3] + 0.7 * line)
            fill = checkbox_fill(image, window, (0.55 * line, 1.9 * line)) if right > window[0] else None
            column = _mark_column(headers, box, end) if fill is None else None
            if column is not None and all(w.box[0] <= column[2] + 2 * across for w in following):
                # no box after the option: one under a "Mark one" heading at the row's far end (OCR may read
                # the box as a "word"), as tall as the page's type, not the hit's ("were cut")
                line = max(line, type_height(page))
                middle = (box[1] + box[3]) / 2
                window = (column[0] - 2 * across, middle - 1.2 * line, min(0.98, column[2] + 2 * across),
                          middle + 1.2 * line)
                fill = checkbox_fill(image, window, (0.55 * line, 1.9 * line))
                columned = True
            if fill is None:
                boxless.append(phrase)
            else:
                measured.append((code, box, *checkbox_reading(fill)))
                phrases.append(phrase)
    measured = _one_question(measured)
    codes, sure = _group_reading(page, measured, contrast=columned)
    top, bottom = min((p[1] for p in phrases), default=0.0), max((p[3] for p in phrases), default=0.0)
    if any(top <= phrase[1] <= bottom and not any(overlap(phrase, other) for other in phrases) for phrase in boxless):
        sure = min(sure, LOST_BOX)  # (an instruction under the options that names them is no option)
    return codes, sure, len(measured)


def _caption_phrase(following: list[Word], captions: set[str], across: float) -> list[Word]:
    """The words of a box's caption on an option's row: the caption word every option's row ends with, and
    the words run on before it a word space apart ("mark if it applies")."""
    ordered = sorted(following, key=lambda w: w.box[0])
    last = next((i for i, w in enumerate(ordered) if squash(w.text) in captions), None)
    if last is None:
        return []
    first = last
    while first and ordered[first].box[0] - ordered[first - 1].box[2] < CAPTION_WORD_GAP * across:
        first -= 1
    return ordered[first : last + 1]


CAPTION_WORD_GAP = 0.8  # line widths between two words of one box caption at the most


def _box_captions(page: Page, options: list[Box]) -> set[str]:
    """The word that ends many options' rows alike ("a. Unemployment . . . . ☐ applies"): the caption of
    each option's own box, no next column's words; not a "Yes  No" pair's "No", each row's second box."""
    last = Counter(squash(max(row, key=lambda w: w.box[2]).text) for box in options
                   if (row := [w for w in page.words if same_row(w.box, box) and w.box[0] > box[2]]))
    return {text for text, count in last.items()
            if count >= CAPTIONED_ROWS and text.isalpha() and len(text) >= CAPTION_LETTERS}


CAPTIONED_ROWS = 3
CAPTION_LETTERS = 4  # a box's caption is a word ("applies"), not a question's "No" box ending each row
BOX_READ_LETTERS = 3  # letters OCR makes of a box at the most ("CJ", "[X]")
CAPTION_GAP = 0.2  # line widths a box stands before its caption


def _mark_column(headers: list[Box], option: Box, end: float) -> Box | None:
    """The nearest "Mark one" heading above an option's row and right of its phrase, for an option with no
    box after it: the column of boxes it heads may stand farther off the options than a box after its
    option would."""
    above = [h for h in headers if h[3] <= option[1] + 0.002 and h[0] > end]
    return max(above, key=lambda h: h[3]) if above else None


NEXT_WORDS_BOX = 1.2  # line widths before the next words within which a box is theirs
AFTER_REACH_PAGE = 0.45  # page widths after an option's phrase its box may stand (at a column's end, its
# dot leader lost to OCR)


def _phrase_run(page: Page, box: Box) -> Box:
    """`whole_phrase`, run on to the right over every word a word space apart, figures and a dot leader's
    dots too ("Military PCS / job transfer over 50 miles . . . ."): where its box may follow. OCR's reading
    of that box, or the mark typed in it ("Primary residence X"), ends the run."""
    phrase = whole_phrase(page, box)
    space = word_space(page, box)
    right = box[2]
    for word in sorted((w for w in page.words if same_row(w.box, box) and w.box[0] >= right), key=lambda w: w.box[0]):
        if word.box[0] - right > space or _read_box(word, box[3] - box[1]) or _LINE_MARK.fullmatch(word.text):
            break
        right = word.box[2]
    return (phrase[0], phrase[1], right, phrase[3])


def _read_box(word: Word, line: float) -> bool:
    """Whether OCR's word is its reading of a box, empty or ticked ("[_]", "IX]", "C1", "[_}.", a "RX" it
    is not at all sure of), or of a column of boxes ("OOOO", or "KOO" standing over rows of `line` height)."""
    text = word.text
    return (bool(_BOX_READ.fullmatch(text)) and not re.search(r"[a-z]{2}", text)) \
        or (len(text) <= 3 and word.confidence < BOX_DOUBT) or word.box[3] - word.box[1] > BOX_COLUMN * line


BOX_DOUBT = 0.3  # OCR's confidence in a short "word" below which it is a box's reading, no word
BOX_COLUMN = 2.5  # lines of type a "word" standing this tall spans: a column of boxes read as one


_BOX_READ = re.compile(r"[\[\](){}|_.IlLJCXx1]*[\[\](){}][\[\](){}|_.IlLJCXx1]*|[CLIl|][J1]|[O0o]{2,8}")


OPEN_SIDED_LEAST = 3  # options whose box showed no top or bottom before their sides alone are measured


def _open_sided(image: Image.Image, windows: list[tuple[str, Box, Box, tuple[float, float]]], taken: list[Box]
                ) -> list[tuple[str, Box, bool, float]]:
    """Options measured by boxes drawn as two sides ("[ ]"), when at least three show one, all of one size
    and in columns, as a form's boxes are (a letter's strokes are not), and at most half of them ticked;
    sure only as a fax's reading can be."""
    found = []
    for code, box, window, side in windows:
        if any(overlap(box, other) for other in taken) or any(overlap(box, item[1]) for item in found):
            continue
        reading = open_box_fill(image, window, side)
        if reading is not None:
            found.append((code, box, *reading))
    # a form's boxes stand in columns, each under another: two strokes in prose stand alone
    found = [item for item in found if any(other is not item and abs(other[4] - item[4]) < COLUMN for other in found)]
    sizes = [item[3] for item in found]
    ticked = sum(checkbox_reading(item[2])[0] for item in found)
    # (most of them "ticked" is a photo's shade or a pen's scrawl, not a form's answers)
    if len(found) < OPEN_SIDED_LEAST or max(sizes) > OPEN_SIDED_SIZES * min(sizes) or 2 * ticked > len(found):
        return []
    return [(code, box, *_open_sided_reading(fill)) for code, box, fill, _, _ in found]


OPEN_SIDED_SIZES = 1.3  # the largest box over the smallest among one group's


def _open_sided_reading(fill: float) -> tuple[bool, float]:
    ticked, sure = checkbox_reading(fill)
    return ticked, min(sure, OPEN_SIDED_SURE)


OPEN_SIDED_SURE = 0.85


def _box_may_follow(measured: list[tuple[str, Box, bool, float]], unmeasured: list[Box], taken: list[Box]) -> bool:
    """Whether an option with a box before it has, earlier on its row, an option with none: the form may
    print its boxes after their options ("Primary residence ☒  Vacation home ☐"), and the box taken for
    this one is the earlier one's."""
    boxless = [box for box in unmeasured if not any(overlap(box, other) for other in taken)]
    return any(same_row(box, item[1]) and box[2] < item[1][0] for item in measured for box in boxless)


LOST_BOX = 0.6  # how sure a group is when an option in its column showed no box to measure


def _box_lost(measured: list[tuple[str, Box, bool, float]], unmeasured: list[Box], taken: list[Box]) -> bool:
    """Whether an option printed in the column of the group's measured boxes had no box found beside it:
    a heavy pen's X can hide a box's sides, so that option may be the one ticked."""
    column = _column([box for _, box, _, _ in measured])
    if column is None:
        return False
    boxless = [box for box in unmeasured if not any(overlap(box, other) for other in taken)]
    return any(abs(box[0] - column) < COLUMN for box in boxless)


def _column(boxes: list[Box]) -> float | None:
    """Where a group's boxes line up: the middle of their left edges, once there are three to go by."""
    lefts = sorted(box[0] for box in boxes)
    return lefts[len(lefts) // 2] if len(lefts) >= 3 else None


def _circled(page: Page, options: dict[str, list[str]], ink: InkProbe) -> tuple[list[str], float, int]:
    """Options answered by a YES or NO circled beside each: those circled YES. Sure as the page's OCR
    only when every option shown has its ring."""
    answers: dict[str, bool | None] = {}
    if sum(w.text.strip().lower() in ("yes", "no") for w in page.words) < 2:
        return [], 0.0, 0  # no YES or NO printed to circle
    image = ink.image(page.number, page.rotation)
    for code, variants in options.items():
        for box in (hit[0] for variant in sorted(variants, key=len, reverse=True)
                    for hit in occurrences(page, variant)):
            answer, asked = circled_answer(page, image, box)
            if asked:
                answers[code] = answer
                break
    whole = None not in answers.values()
    sure = min(CIRCLED, page.confidence) if whole else 0.6 * page.confidence
    return [code for code, yes in answers.items() if yes], sure, len(answers)


def _ringed(page: Page, options: dict[str, list[str]], ink: InkProbe,
            inside: dict[str, list[str]]) -> tuple[list[str], float, int]:
    """Options answered by a pen's ring round the chosen ones' words ("Circle every reason that applies"):
    ink all round an option's words, or words OCR stretched over the ring (a box far taller than the
    page's type), where at least one option of the group stands clean."""
    image = ink.image(page.number, page.rotation)
    letters = type_height(page) or 0.0
    rings: dict[str, bool] = {}
    for code, variants in options.items():  # by its label, else by words inside it ("sales cut")
        by_words = sorted(set(inside.get(code, [])) - set(variants), key=len, reverse=True)
        for variant in [*sorted(variants, key=len, reverse=True), *by_words]:
            hits = [hit[0] for hit in occurrences(page, variant)]  # (the option's words, not a question's:
            if hits:  # "5. Borrower who passed away ____" above the ringed "A borrower ... passed away")
                rings[code] = any(_ring_round_words(page, image, hit, letters) for hit in hits)
                break
        else:
            if any(_ring_read_into(word, variant) for word in page.words for variant in variants):
                rings[code] = True
    marked = [code for code, ringed in rings.items() if ringed]
    if len(rings) < 2 or not marked or len(marked) == len(rings):
        return [], 0.0, len(rings)
    return marked, min(CIRCLED, page.confidence), len(rings)


def _ring_round_words(page: Page, image: Image.Image, hit: Box, letters: float) -> bool:
    """Whether a pen's ring goes round the option's wording, or OCR stretched its words over the ring."""
    box = _less_bullet(page, whole_phrase(page, hit))
    tall = bool(letters) and hit[3] - hit[1] >= TALL * letters
    return tall or ring_round(page, image, box, min(box[3] - box[1], letters or 1.0))


def _ring_read_into(word: Word, variant: str) -> bool:
    """Whether OCR read a pen's ring into a one-word option: its arc before the word, or over its first
    letter, as a letter or a bracket, its end eating the last letters ("COwner-occupie", "©wner-occupie" for
    "Owner-occupied"). Only a ring does that."""
    target = squash(variant)
    text = word.text.strip()
    if " " in variant.strip() or len(target) < RING_READ_LETTERS or len(text) < 2 or text[0] not in _RING_ARCS:
        return False
    rest = squash(text[1:])
    return len(rest) >= RING_READ_LETTERS and any(
        near_spelling(rest, goal, fuzzy=True) or (goal.startswith(rest) and len(rest) >= RING_CUT * len(goal))
        for goal in (target, target[1:]))  # (the arc before the word or over its first letter)


RING_READ_LETTERS = 6  # letters of a one-word option from which its ring-damaged reading is still told apart
RING_CUT = 0.8  # share of a one-word option's letters left when a ring's end ate its last ones
_RING_ARCS = frozenset("Cc(O0{[©@")


def _less_bullet(page: Page, phrase: Box) -> Box:
    """The phrase from its first word with a letter or figure: a list's bullet before it ("•") is print a
    ring may be drawn through, not round."""
    words = sorted((w for w in page.words if overlap(w.box, phrase)), key=lambda w: w.box[0])
    first = next((w for w in words if re.search(r"\w", w.text)), None)
    return (first.box[0], *phrase[1:]) if first is not None and first.box[0] > phrase[0] else phrase


# "Circle every reason that applies", "circle one": asked to ring the words (not "fill in the circle")
_CIRCLE = re.compile(r"\bcircle\s+(?:every|each|all|one|any|the\s+(?:reason|answer|one)|your|yes)", re.IGNORECASE)


def _box_read_before(page: Page, start: int, across: float) -> bool:
    """Whether OCR read the option's box as a mark of its own just before the label ("©", "O", "[]"): then
    no box hides in the label's first word, however wide its capitals print ("Reduced"). A figure ("1)")
    may be the box or the option's number, and is left to the measuring."""
    if not start:
        return False
    mark, word = page.words[start - 1], page.words[start]
    return same_row(mark.box, word.box) and 0 <= word.box[0] - mark.box[2] < 2 * across \
        and len(mark.text) <= 3 and not re.search(r"[A-Za-z]{2}|\d", mark.text)


def _box_in_word(words: list[Word], across: float) -> float:
    """How much wider the label's first word is than its letters, by the letter width of the label's
    other words, when that is at least a box's width: OCR took the box in without a letter for it."""
    letters = [(w.box[2] - w.box[0]) / len(w.text) for w in words[1:] if len(w.text) >= 2]
    if not letters or len(words[0].text) < 2:
        return 0.0
    letters.sort()
    excess = (words[0].box[2] - words[0].box[0]) - letters[len(letters) // 2] * len(words[0].text)
    return excess if excess > 0.8 * across else 0.0


def _phrase_start(page: Page, start: int) -> int:
    """The first word of the phrase the word at `start` is printed in: back along its row over words a
    word space apart that are words or a phrase's punctuation ("Lost job / laid off"); an option's box,
    "[ ]" or "O" as OCR reads it, is neither, and set further off."""
    while start:
        before, word = page.words[start - 1], page.words[start]
        if not _word_space_apart(before, word) or _mark_read_as_letters(before, word) \
                or _read_box(before, word.box[3] - word.box[1]) \
                or not (len(re.findall(r"[A-Za-z]", before.text)) >= 2 or before.text in _PHRASE_WORDS):
            return start
        start -= 1
    return start


def _after_joiner(page: Page, start: int) -> bool:
    """Whether the word at `start` follows a slash a word space before it on its row: the option's later
    wording ("Employment transfer / relocation"), whose box is left of the whole phrase. (OCR reads a
    ticked box as "&", so no other joiner counts.)"""
    if not start:
        return False
    before, word = page.words[start - 1], page.words[start]
    return before.text == "/" and _word_space_apart(before, word)


def _word_space_apart(before: Word, word: Word) -> bool:
    """Whether two words of a row stand a word space apart, by the taller's height (a "/" is short)."""
    line = max(word.box[3] - word.box[1], before.box[3] - before.box[1])
    return same_row(before.box, word.box) and word.box[0] - before.box[2] <= line


def _numbered(page: Page, start: int) -> bool:
    """Whether the phrase at `start` follows a question's number on its row ("3.5 .", "3.10")."""
    word = page.words[start]
    line = word.box[3] - word.box[1]
    for before in reversed(page.words[max(0, start - 3) : start]):
        if not same_row(before.box, word.box) or word.box[0] - before.box[2] > 4 * line:
            return False
        if _QUESTION_NUMBER.fullmatch(before.text.strip()):
            return True
        if re.search(r"\w", before.text):
            return False
        word = before
    return False


_QUESTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?[.°)]*")
# the words of a phrase before the word found in it; a mark typed alone ("X I am divorced") opens none
_PHRASE_HEAD = re.compile(r"(?<![A-Za-z])(?![xX]\s)[A-Za-z](?:[A-Za-z/,&'-]|\s(?![xX]\s))*$")
_PHRASE_WORDS = frozenset(("/", "-", "–", "—", "&", ",", "a", "A", "I"))  # "Split from a co-owner I was not married to"


def _one_question(measured: list[tuple[str, Box, bool, float]]) -> list[tuple[str, Box, bool, float]]:
    """An option found at several boxes counts at those on a row with the group's other options, or in
    their column: a form's "Owner-occupied" beside "Second home" answers the occupancy question, Form
    710's "Owner occupied" beside "Renter occupied" and "Vacant" answers another one, and Form 710's
    "Other" box under the other hardships is the option, not a bullet of the documents column."""
    def with_others(item: tuple[str, Box, bool, float]) -> bool:
        if any(other[0] != item[0] and same_row(other[1], item[1]) for other in measured):
            return True
        column = _column([other[1] for other in measured if other[0] != item[0]])
        return column is not None and abs(item[1][0] - column) < COLUMN

    kept = []
    for item in measured:
        twins = [other for other in measured if other[0] == item[0]]
        if len(twins) < 2 or with_others(item) or not any(with_others(twin) for twin in twins):
            kept.append(item)
    return kept


COLUMN = 0.02  # page widths a box may sit off the column of its group's boxes


BOX_GAP = 1.5  # letter heights between a question's colon and an option's label that leave room for a box


def _prose_before(page: Page, start: int, left: float) -> bool:
    """Whether a word of the label's row ends inside the box's search window: the label is then a word
    of a sentence ("... of any relocation"), not an option. OCR's readings of a box itself, empty or
    ticked ("[]", "oO", "(J", "Bd", "K]"), have fewer than three letters."""
    if not start:
        return False
    before = page.words[start - 1]
    label = page.words[start]
    if not same_row(before.box, label.box) or before.box[2] <= left:
        return False
    across = (label.box[3] - label.box[1]) * (page.height_pt or 792.0) / (page.width_pt or 612.0)
    if before.text.endswith((":", "?")) and label.box[0] - before.box[2] > BOX_GAP * across:
        return False  # the question its colon or mark ends, a box's room away ("The property is currently:  [X] A")
    return not _mark_read_as_letters(before, label) \
        and (len(re.findall(r"[A-Za-z]", before.text)) >= 3 or before.text.lower() in _SHORT_PROSE)


def _after_number(page: Page, label: Box, left: float) -> float:
    """The search window's left edge, moved right past the question's number on the label's row ("11b
    Reduction in pay"): a box is printed between the two, and a number in small bold type is no box."""
    line = label[3] - label[1]
    ends = [w.box[2] for w in page.words if _ROW_NUMBER.fullmatch(w.text) and same_row(w.box, label)
            and left < w.box[2] <= label[0] and w.box[3] - w.box[1] <= 1.5 * line]  # "11g" hangs below
    return max(ends, default=left)


# numbered from 1, about as tall as the label, more than one character: OCR reads a box as "0", "O" or "1"
# (a form may number its items by part: "303 If you ticked Other, explain", or by section letter: "D9 Other
# income", with no stop after it and by no letter OCR makes of a box's side or corner: "C1." is a box; or by a
# code of three figures printed before each reason, "002 Illness or disability", HUD's default reason codes)
_ROW_NUMBER = re.compile(r"[1-9](?:\d{1,2}[a-z]?|[a-z]|[.)])[.)]?|[ABDFGHKMNPQRSTVWXYZ][1-9]\d?[a-z]?|0\d{2}")


def _mark_read_as_letters(word: Word, label: Word) -> bool:
    """Whether OCR's short "word" before a label is a pen's tick over the box ("wif", "WA"): letters that
    rise well above the label's, where a word of the sentence stands as tall as they do (a slash joining
    two wordings may be tall too, and is no mark)."""
    letters = bool(re.search(r"[A-Za-z]", word.text)) and word.text not in _PHRASE_WORDS
    return letters and len(word.text) <= MARK_LETTERS \
        and (word.box[3] - word.box[1]) >= MARK_HEIGHT * (label.box[3] - label.box[1])


MARK_LETTERS = 4
MARK_HEIGHT = 1.8  # a word this many times the label's height is no word of its line


# short words only prose puts before an option's words ("Has an unmarried co-owner ...", "have a disability",
# "IF OTHER, DESCRIBE")
_SHORT_PROSE = frozenset(("a", "an", "of", "to", "or", "in", "on", "by", "my", "is", "as", "at", "if",
                          "am", "we", "be", "it", "me", "us", "up", "so", "he"))  # "I am divorced"


def _boxes_by_text(page: Page, options: dict[str, list[str]],
                   inside: dict[str, list[str]]) -> tuple[list[str], float, int]:
    """Marks typed or OCR'd before each option ("[X] Primary residence [ ] Second home"). Every option
    seen behind a box of its own ("[X]", "[ ]", "{ ]") is a consistent reading of typed boxes, sure as
    the page's OCR; marks without boxes (a stray "x" before a label) are a guess."""
    lines = page.text.splitlines()
    found: dict[str, tuple[str, str, int]] = {}  # code -> the label it was found by, its line, the label's end
    within: set[str] = set()  # codes found by words inside their label, whatever its wording
    for code, variants in options.items():
        by_words = sorted(set(inside.get(code, [])) - set(variants), key=len, reverse=True)
        for variant in [*sorted(variants, key=len, reverse=True), *by_words]:  # "Disability or serious illness" whole
            if (hit := find_label(lines, [variant])) is not None:
                label, end = _first_wording(lines[hit[0]], variants, variant, hit[1])
                found[code] = (label, lines[hit[0]], end)
                if variant in by_words:
                    within.add(code)
                break
    labels = [label for label, _, _ in found.values()]
    # code -> the line's text before the label, or before the phrase it is within
    heads = {code: _head(line, label, labels if code in within else None) for code, (label, line, _) in found.items()}
    after = {code: _glyph_after(line, end, labels) for code, (_, line, end) in found.items()}
    marks_follow = sum(glyph is not None for glyph in after.values()) > sum(
        bool(_GLYPH.search(head[-3:])) for head in heads.values())
    codes: list[str] = []
    seen = boxed = 0
    for code in found:
        # "Primary residence ☒  Vacation home ☐": on a form that prints its boxes after their options
        marked, boxed_here = (after[code] in _GLYPH_MARKED, after[code] is not None) if marks_follow else \
            _mark_before(heads[code], labels)
        seen += 1
        boxed += boxed_here
        if marked:
            codes.append(code)
    if not codes and not boxed and (column := _marks_in_column(found)):  # "X" entered in the answer column
        return column, min(page.confidence, TYPED_MARK), seen
    if page.method != TextMethod.OCR:
        if not codes and not boxed:  # options printed with no box or mark typed beside any: drawn boxes the
            return codes, UNMARKED, seen  # ink probe could not find, or marks set apart from them
        known = [*labels, *(word for words in inside.values() for word in words)]
        if boxed and _unnamed_tick({line for _, line, _ in found.values()}, known, marks_follow):
            return codes, UNNAMED_TICK, seen  # for a person to read
        return codes, TYPED_BOXES if seen >= 2 and boxed == seen and codes else TYPED_MARK, seen
    consistent = seen >= 2 and boxed == seen and bool(codes)
    return codes, (min(page.confidence, TYPED_MARK) if consistent else 0.6 * page.confidence), seen


def _marks_in_column(found: dict[str, tuple[str, str, int]]) -> list[str]:
    """Options each on a row of its own, answered by a lone "X" ending the rows of some, in the answer
    column, and not of the others (a spreadsheet's "enter X in column B for every type that applies"): the
    marked ones. A mark ending every row is no such column."""
    lines = {code: line for code, (_, line, _) in found.items()}
    marked = [code for code, line in lines.items() if _LONE_MARK.search(line)]
    if len(lines) < MIN_COLUMN_ROWS or len(set(lines.values())) < len(lines) or not marked or len(marked) == len(lines):
        return []
    return marked


MIN_COLUMN_ROWS = 3  # options a column of marks answers at the least
_LONE_MARK = re.compile(r"\s(?:[xX]{1,2}|[✓✔])$")  # (a fax doubles an X: "Xx")


def _unnamed_tick(lines: set[str], known: list[str], marks_follow: bool) -> bool:
    """Whether a ticked glyph on the options' lines marks words no option of any question names ("☐ Loss of
    employment  ☒ Reduction of income or hours"; "● Longer / permanent" is the duration's): the words after
    it, or before it on a form that prints its boxes after their options."""
    labels = application_labels()
    every = [*known, *(variant for group in _GROUPS for variants in labels[group].values() for variant in variants)]
    for line in lines:
        glyphs = list(_GLYPH.finditer(line))
        for index, glyph in enumerate(glyphs):
            if marks_follow:
                words = line[glyphs[index - 1].end() if index else 0 : glyph.start()]
            else:
                words = line[glyph.end() : glyphs[index + 1].start() if index + 1 < len(glyphs) else len(line)]
            if glyph.group() in _GLYPH_MARKED and not _names_another(words, every):
                return True
    return False


_GROUPS = ("occupancy", "duration", "hardship")  # the questions answered by ticking options


def _first_wording(line: str, variants: list[str], variant: str, end: int) -> tuple[str, int]:
    """(label, its end) for the option's wording that starts first on its line: its mark stands before
    "Primary home (owner-occupied)", not before the longer "Owner-occupied" inside it."""
    starts = [(match.start(), -len(other), other, match.end()) for other in variants
              if (match := label_pattern(other).search(line)) is not None]
    first = min(starts, default=None)
    return (first[2], first[3]) if first is not None else (variant, end)


_BOX_TOKEN = re.compile(r"[\[({|][\sxX]?[\])}|l1]\W*$")


def _head(line: str, label: str, within: list[str] | None = None) -> str:
    """The text before `label` on its line, or before the phrase it is found in when given the options'
    labels (`within`). A phrase holding another option's label runs on from that option's words ("[X]
    Reduction in income or hours Separation of unmarried co-borrowers"): nothing before it is this one's."""
    match = label_pattern(label).search(line)
    head = line[: match.start() if match else 0].rstrip()
    if within is None:
        return head
    phrase = _PHRASE_HEAD.search(head)
    if phrase and _names_another(phrase.group(), [other for other in within if other != label]):
        return ""
    return head[: phrase.start() if phrase else len(head)].rstrip()


def _starts_another(text: str, options: list[str]) -> bool:
    """Whether another option's label opens a phrase in the text: capitalised, after a space or the start."""
    return any(match.group()[:1].isupper() and (match.start() == 0 or text[match.start() - 1].isspace())
               for other in options for match in label_pattern(other).finditer(text))


def _names_another(text: str, options: list[str]) -> bool:
    """Whether the text between a glyph and a label holds another option's label: the glyph is that one's."""
    return any(label_pattern(other).search(text) for other in options)


def _glyph_after(line: str, end: int, options: list[str]) -> str | None:
    """The option glyph printed after a label ending at `end`, past the rest of its phrase and a dot leader
    ("Rental ☐", "Disaster damage to home. . . ☐"), but not past another of the `options`: that glyph is the
    next one's. A leader that ends its line at a pointer to a box in the margin ("... . . ▶ X") is read as
    that box, ticked when a mark follows the pointer."""
    rest = _GLYPH.search(line, end, end + AFTER_REACH)
    if rest is None:  # a box drawn at the margin, its leader running to it: "... . . . ▶ X" or "... . . . ▶"
        leader = _LEADER_TO_BOX.search(line, end)
        if leader is None or _names_another(line[end : leader.start()], options):
            return None
        return "☒" if leader.group(1) else "☐"
    if _names_another(line[end : rest.start()], options):
        return None
    return rest.group()


# a dot leader ending the line at a box drawn in the margin (its pointer "▶" printed), a typed mark in it or not
_LEADER_TO_BOX = re.compile(r"(?:\.\s*){3,}[▶►]\s*([xX✓✔])?\s*$")


AFTER_REACH = 120  # characters after a label its option's glyph may be printed (past a dot leader)


def _mark_before(head: str, options: list[str]) -> tuple[bool, bool]:
    """(checked, a box drawn in text) at the end of the text before a label ("[X] Pay or hours reduced"); a
    glyph with another of the `options` after it is that one's ("✓ Less pay  Higher housing costs": a portal's
    chips, the unchosen ones printed bare)."""
    head = _OPTION_LETTER.sub("", head)  # "(X) B. Less pay": the option's letter between box and label
    glyphs = list(_GLYPH.finditer(head))
    rest = head[glyphs[-1].end() :] if glyphs else ""
    if glyphs and not re.search(r"[.:;?!]", rest) and not _names_another(rest, options):
        return glyphs[-1].group() in _GLYPH_MARKED, True  # "● Pay or hours reduced"
    head = _LEGEND_CODE.sub("", head)  # the option's code in a legend ("X8 death of a borrower"): no mark
    before = head[-6:]
    if not _CHECKED_MARK.search(before[-3:]) and not re.search(r"[\[\](){}]", head):
        # a sentence to mark on its blank ("X  Someone on the loan lost a job"): the mark opens the line,
        # unless another option's capitalised label stands between ("X Disability or serious illness
        # Other": that one's; not the "other" inside "Flood, fire or other natural disaster")
        return bool(_LINE_MARK.match(head)) and not _starts_another(head, options), False
    # (past the option's own first words the label left out: "[ ✓ ] where I | live full time")
    bracketed = _BRACKETED.search(head) or _BRACKETED.search(_OPENING_WORDS.sub("", head))
    if bracketed is not None:  # typed brackets with the mark between them: "[ ✓ ]", read "[ WY ]"; not a
        mark = bracketed.group(1).strip(_BOX_SIDES)  # circled "(NO)", nor a speck "( ')"
        return bool(mark) and (any(c in _CROSS for c in mark) or all(c in _TICK for c in mark)), True
    return bool(_CHECKED_MARK.search(before[-3:])), bool(_BOX_TOKEN.search(before))


# an option's letter or number after its box ("( ) A. Loss of a job"; OCR's "EB." or "@." for a letter)
_OPTION_LETTER = re.compile(r"(?<=[\s\])}])(?:[A-Za-z@]{1,2}|\d{1,2})[.)]\s*$")
_BRACKETED = re.compile(r"[\[(]\s*([^\s\[\](){}]{0,2})\s*[\])}]\s*$")
# a capital and a number opening an option ("H3 higher housing costs"; not "X1", OCR's reading of a box "X]")
_LEGEND_CODE = re.compile(r"(?<![A-Za-z\[(])[A-Z](?:[2-9]|\d{2})\s*$")
_OPENING_WORDS = re.compile(r"(?:\s+(?:[a-z]{1,5}|I|\|)){1,2}\s*$")
_BOX_SIDES = "_-.|lI1"  # what OCR makes of an empty box's sides and floor, no mark
_CROSS = "xX✓✔✗✘¥%&#*+"  # a mark wherever it stands in the brackets ("[DX]": a box's side, then the X)
_TICK = "vVwWyYjJ"  # the letters OCR makes of a pen's tick ("[ WY ]"), when nothing else is there


_GLYPH = re.compile(r"[●○◯◉◎☐☑☒■□▪▫✓✔✗✘]")  # option marks a text layer spells
_GLYPH_MARKED = frozenset("●◉◎☑☒■▪✓✔✗✘")
_LINE_MARK = re.compile(r"^\s*(?:[xX]{1,2}|[☒☑✓✔])(?:\s|$)")

