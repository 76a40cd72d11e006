"""Answers typed or written on fill-in lines that carry a small caption under them: a form of sentences with
blanks ("I, ________, member number ____, ask for help with loan no. ____ on the home at ____") names each
blank in small print under its line ("full name", "street", "city", "state", "ZIP"). The answer is what
stands on the line over the caption, from the line's start to its end: the sentence's own words before and
after it are print, no answer.
"""

from __future__ import annotations

from lossmit_docs.model import Page
from lossmit_docs.reading.application_layout import application_labels, occurrences, read_words, whole_phrase
from lossmit_docs.reading.ink import InkProbe, blank_over
from lossmit_docs.reading.page_text import skew, type_height

# a caption under a blank stands no taller than this much of the page's type (OCR's boxes of small print grow)
SMALL_PRINT = 1.2
ANSWER_OVER = 2.5  # caption heights over its line an answer's words may reach


def captioned_blanks(page: Page, ink: InkProbe) -> dict[str, tuple[str, float]]:
    """Each captioned part (`blank_captions`: borrower_name, street, city, state, zip) to the words on the
    first blank its caption is printed under, with how sure OCR was of them; an empty blank gives ""."""
    if not page.words:
        return {}
    image = ink.image(page.number, page.rotation)
    body = type_height(page)
    found: dict[str, tuple[str, float]] = {}
    for part, captions in application_labels()["blank_captions"].items():
        for caption in captions:
            for box, _, _ in occurrences(page, caption):
                line = box[3] - box[1]
                if part in found or line > SMALL_PRINT * body or whole_phrase(page, box)[0] < box[0] - 0.002:
                    continue  # (a longer caption's end, "Co-borrower's full name", is no part's own)
                blank = blank_over(image, box, skew(page))
                if blank is None:
                    continue
                level = min(blank[1], blank[3])
                words = sorted((w for w in page.words if blank[0] <= (w.box[0] + w.box[2]) / 2 <= blank[2]
                                and level - ANSWER_OVER * body <= w.box[3] <= level + 0.3 * line),
                               key=lambda w: w.box[0])
                found[part] = read_words(words, page, identity=True) if words else ("", 1.0)
    return found
