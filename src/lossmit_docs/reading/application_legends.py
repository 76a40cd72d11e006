"""Answers written as numbers from a printed legend: "Occupancy - write 1, 2 or 3 in the box: 1" under
"1 = I / we live in it as our principal residence", or "Number(s) of every reason that applies: 3, 10"
beside a numbered list of reasons, or "REASON CODE(S) FROM THE LIST ABOVE" over "H3" where the legend's
codes are a capital and a number ("U1 unemployment  R2 reduced income  H3 higher housing costs"). The codes
mean the options their legend entries name.

Which legend a number belongs to is told by nearness: each number is looked up in the entry of that number
on the closest line, so a page with two legends (uses of the home, then reasons) reads each answer by its
own. The answer names a group only when every number it holds names one option of that group.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lossmit_docs.model import Page, Word

LEGEND_REACH = 8  # lines above or below an answer its legend may stand

# the question points at a legend: it asks for the number or code of an option to be written, not for a count
# ("Number of people in household: 3" is none)
_ASKS_FOR_NUMBERS = re.compile(r"\b(?:write|enter|codes?)\b|\bnumber\(s\)|\bnumbers\b", re.IGNORECASE)
_NUMBERS = re.compile(r"^[\s\[(|]*(\d{1,2}(?:\s*(?:,|&|/|\band\b)\s*\d{1,2})*)[\s\])|.]*$", re.IGNORECASE)
# a line of nothing but a legend's lettered codes, the answer under its question ("H3", "R2, V6")
_LETTERED = re.compile(r"^\s*([A-Z]\d{1,2}(?:\s*(?:,|&|/|\s)\s*[A-Z]\d{1,2})*)[\s.]*$")
# an entry opens with its number alone ("3 Higher housing costs", "2 = second home", "4. Disaster"), not
# with a figure inside a date, a sum or a form's number ("02/2037", "PGM-31")
_ENTRY = re.compile(r"(?<![\w$.,/:-])([A-Z]?\d{1,2})(?:\s*[=.)-]\s*|\s+)(?=[A-Za-z(])")
# a letter's entry: "W = wages", "S.= self-employment", OCR's "|=investment" for an "I"
LETTER_ENTRY = re.compile(r"(?<![A-Za-z])([A-Z|])\s*\.?\s*=\s*")


def written_numbers(line: str, below: str = "") -> tuple[str, ...]:
    """The codes written after a question that asks for them ("Occupancy - write 1, 2 or 3: 1"), or on
    the line `below` it when they are lettered ("H3"); empty when the line is no such answer."""
    asked, colon, answer = line.rpartition(":")
    if not colon:
        lettered = _LETTERED.match(below) if _ASKS_FOR_NUMBERS.search(line) else None
        return tuple(re.findall(r"[A-Z]\d{1,2}", lettered[1])) if lettered else ()
    if not _ASKS_FOR_NUMBERS.search(asked):
        return ()
    found = _NUMBERS.match(answer)
    return tuple(str(int(n)) for n in re.findall(r"\d+", found[1])) if found else ()


def entries(line: str) -> dict[str, str]:
    """A line's legend entries by code, each running to the next entry ("1 Job loss 6 Divorce", "U1
    unemployment R2 reduced income"); a numbered question ("3. Is the property your primary residence?",
    "5. Unemployment benefits:") is none."""
    starts = list(_ENTRY.finditer(line))
    ends = [start.start() for start in starts[1:]] + [len(line)]
    found = {(start[1] if start[1][0].isalpha() else str(int(start[1]))): line[start.end(): end].strip()
             for start, end in zip(starts, ends, strict=False)}
    return {code: text for code, text in found.items() if not text.endswith((":", "?"))}


def legend_answer(lines: list[str], index: int, numbers: tuple[str, ...],
                  named: Callable[[str], list[str]]) -> list[str] | None:
    """The options the numbers written on line `index` stand for, by the nearest entry of each number;
    None unless every number's entry names exactly one option (`named` gives an entry's options)."""
    codes: list[str] = []
    for number in numbers:
        near = sorted((i for i in range(max(0, index - LEGEND_REACH), min(len(lines), index + LEGEND_REACH + 1))
                       if i != index), key=lambda i: (abs(i - index), i > index))
        meaning = next((found for i in near if (found := entries(lines[i]).get(number))), None)
        options = named(meaning) if meaning else []
        if len(options) != 1:
            return None
        codes += [code for code in options if code not in codes]
    return codes


def letter_entries(text: str) -> dict[str, str]:
    """A text's entries coded by a capital letter and "=" ("W = wages  S = self-employment"), each running
    to the next."""
    starts = list(LETTER_ENTRY.finditer(text))
    ends = [start.start() for start in starts[1:]] + [len(text)] if starts else []
    return {("I" if start[1] == "|" else start[1]): text[start.end() : end] for start, end in zip(starts, ends,
                                                                                                strict=True)}


def key_from(lines: list[str], at: int) -> dict[str, str]:
    """The key of letters printed on line `at` and the few after it ("O = our own home  S = second home" /
    "R = rented to others"), its lines' entries only (a neighbouring box's answer may read between them)."""
    return letter_entries(" ".join(line for line in lines[at : at + KEY_LINES] if LETTER_ENTRY.search(line)))


KEY_LINES = 4  # lines from a question to the end of its key of letters at the most


def code_letter_beside(page: Page, label: tuple[float, float, float, float], keys: dict[str, str]) -> str | None:
    """The key's letter written in the answer's box beside the form's key of letters under `label` ("O = our
    own home  S = second home   [O]"), standing alone off the key's entries; None unless exactly one letter
    of the key stands so, within the key's few lines."""
    band = [w for w in page.words if w.box[1] > label[1] - 0.005 and w.box[3] < label[3] + KEY_BAND
            and w.box[0] > label[0] - 0.01]
    alone = {letter for w in band if (letter := _as_key(w.text, keys)) and not any(_opens_entry(w, other)
                                                                                for other in band)}
    return alone.pop() if len(alone) == 1 else None


def _as_key(text: str, keys: dict[str, str]) -> str | None:
    """A word as one of the key's letters, between its box's sides or not ("|O|"); OCR's zero for an O."""
    text = text.strip("|[]")
    text = "O" if text == "0" and "O" in keys else text
    return text if text in keys else None


KEY_BAND = 0.035  # a page's height under a question its key of letters and their answer box stand in


def _opens_entry(letter: Word, other: Word) -> bool:
    """Whether `other` is the "=" or the first word of the meaning after `letter` (OCR may lose the "="),
    making the letter an entry of the key, not the answer."""
    level = min(letter.box[3], other.box[3]) - max(letter.box[1], other.box[1]) > 0
    return level and other.text[:1] in "=abcdefghijklmnopqrstuvwxyz" and 0 <= other.box[0] - letter.box[2] < 0.025

