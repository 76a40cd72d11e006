"""A second look at the loan numbers OCR read on a page: the number decides which case a borrower's papers
join, and tesseract reading a whole page takes a clear "0" for a "9" now and then ("Loan number: 9071076158"
on a home scan). Read alone, as one line of digits, the same crop is read right far more often; where the
two readings differ digit for digit, the crop's own reading is kept, less sure (0.7): under the figures'
threshold, so the handwriting reader reads it a third time, and a number no reader confirms goes to a
person. Only numbers a "loan" word leads to are looked at twice: a page holds one or two."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Hashable, Sequence

from PIL import Image

from lossmit_docs.model import Word

NUMBER = re.compile(r"\d{6,15}")
LOAN_WORD = re.compile(r"loan", re.IGNORECASE)
LEAD_WORDS = 4  # "Loan number:", "my home loan", "Loan No. #": the loan word this few words before the number
READINGS_DIFFER = 0.7  # enough to place the case, short of the review threshold: a person checks the digits
PAD = (0.5, 0.3)  # the crop's margin around the word, in its heights: across, then up and down


def second_look(words: Sequence[Word], lines: Sequence[Hashable], image: Image.Image,
                read_digits: Callable[[Image.Image], str]) -> list[Word]:
    """`words` with each loan number read again from its crop of `image` (the bitmap OCR read)."""
    looked = list(words)
    for index, number in _loan_numbers(words, lines):
        word = words[index]
        again = re.sub(r"\D", "", read_digits(_crop(image, word.box)))
        if len(again) == len(number.group()) and again != number.group():  # a digit misread, not one lost
            text = word.text[: number.start()] + again + word.text[number.end() :]
            looked[index] = dataclasses.replace(word, text=text, confidence=min(word.confidence, READINGS_DIFFER))
    return looked


def _loan_numbers(words: Sequence[Word], lines: Sequence[Hashable]) -> list[tuple[int, re.Match[str]]]:
    """(index, the number's digits) of each word that is a number, a loan word leading to it on its line."""
    found = []
    for index, word in enumerate(words):
        number = NUMBER.search(word.text)
        if number is None or re.search(r"\w", word.text[: number.start()] + word.text[number.end() :]):
            continue
        lead = range(max(0, index - LEAD_WORDS), index)
        if any(lines[i] == lines[index] and LOAN_WORD.search(words[i].text) for i in lead):
            found.append((index, number))
    return found


def _crop(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    width, height = image.size
    tall = (box[3] - box[1]) * height
    return image.crop((max(0, round(box[0] * width - PAD[0] * tall)), max(0, round(box[1] * height - PAD[1] * tall)),
                       min(width, round(box[2] * width + PAD[0] * tall)),
                       min(height, round(box[3] * height + PAD[1] * tall))))
