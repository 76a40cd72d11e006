"""A merged file's own stamps, taken out of its papers' text before their fields are read.

A document-management system, a counselor's software or a Bates-numbering tool exports a borrower's papers
as one PDF and stamps every page: a band across the top ("HARBOR CREST HOUSING ALLIANCE  Client ID:
C-47-1187  Exported 08/19/2047 | Page 9 of 12"), a footer with the page's Bates number. Read as the page's
own, the band's name is taken for a pay stub's employer or a statement's bank. A line is such a stamp when
it stands among the first or last lines of pages that hold different kinds of paper, the same but for its
figures, on most of the file's pages: no one paper prints its letterhead on another's pages. A fax machine's
header (its time of day beside the sender) is left alone: the readers know it where it stands.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz import fuzz

from lossmit_docs.model import Page
from lossmit_docs.reading.page_text import CLOCK

EDGE_LINES = 2  # lines at a page's top and at its bottom a stamp is printed among
STAMP_PAGES = 3  # pages at the fewest that carry a stamp
STAMP_SHARE = 0.6  # share of the file's pages with text that carry it
SAME_STAMP = 85.0  # similarity (0-100) of two pages' lines, figures aside, that are one stamp (OCR's misreads)
STAMP_LETTERS = 12  # letters at the fewest of a stamp line: not a lone "Page 2" or a rule


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split()))


def _letters(key: str) -> int:
    return len(re.sub(r"[^a-z]", "", key))


def _edges(lines: list[str]) -> set[int]:
    """Indices of the first and last lines with text, where a stamp is printed."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES] + filled[EDGE_LINES:][-EDGE_LINES:])


def without_stamps(pages: list[Page], kinds: dict[int, str]) -> list[Page]:
    """The pages with the file's stamp lines taken out of their text; `kinds` is page number -> the type of
    the paper the page belongs to. A file of one kind of paper keeps its running heads: they are its own."""
    texts = [page for page in pages if page.text.strip()]
    if len(texts) < STAMP_PAGES or len({kinds.get(page.number) for page in texts}) < 2:
        return pages
    stamps: list[tuple[str, set[int], set[str | None]]] = []  # a stamp's key, its pages, its papers' kinds
    for page in texts:
        lines = page.text.splitlines()
        for line in (lines[index] for index in sorted(_edges(lines))):
            key = _key(line)
            if _letters(key) < STAMP_LETTERS or CLOCK.search(line):
                continue
            found = next((s for s in stamps if fuzz.ratio(s[0], key) >= SAME_STAMP), None)
            if found is None:
                stamps.append((key, {page.number}, {kinds.get(page.number)}))
            else:
                found[1].add(page.number)
                found[2].add(kinds.get(page.number))
    least = max(STAMP_PAGES, STAMP_SHARE * len(texts))
    keys = [key for key, numbers, papers in stamps if len(numbers) >= least and len(papers) >= 2]
    if not keys:
        return pages

    def stamped(line: str) -> bool:  # (or a piece of one: OCR parts a band's name from its figures)
        key = _key(line)
        return any(fuzz.ratio(stamp, key) >= SAME_STAMP for stamp in keys) or (
            _letters(key) >= STAMP_LETTERS
            and any(fuzz.partial_ratio(key, stamp) >= SAME_STAMP for stamp in keys if len(stamp) > len(key)))

    result = []
    for page in pages:
        lines = page.text.splitlines()
        edges = _edges(lines)
        kept = [line for index, line in enumerate(lines) if index not in edges or not stamped(line)]
        result.append(dataclasses.replace(page, text="\n".join(kept)) if len(kept) < len(lines) else page)
    return result
