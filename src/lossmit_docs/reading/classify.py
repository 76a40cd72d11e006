"""Which document type a page (and a run of pages) is, from weighted cues kept in `document_types.yaml`.

A page scores every type: each cue found adds its weight, a cue in the title zone adds a bonus, a negative
cue subtracts. Separator sheets are recognised first, by a barcode (or a cover page's text) reading
`LOAN <number>`, because they decide where a combined scan is cut and which case it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from lossmit_docs.model import Page
from lossmit_docs.reading.spreads import PAGE_BREAK
from lossmit_docs.reading.values import rules, squash

SEPARATOR = "separator_sheet"
FAX_COVER = "fax_cover"
OTHER = "other"


@dataclass(frozen=True)
class PageType:
    type: str
    confidence: float
    score: float
    loan_number: str | None = None  # from a separator sheet
    # every type's score on the page: a run of pages is weighed on all of them, not only on each page's best
    scores: tuple[tuple[str, float], ...] = ()

    @property
    def strong(self) -> bool:
        return self.score >= _cues()["strong_score"]


@cache
def _cues() -> dict[str, Any]:
    return rules("document_types")


def separator_loan(page: Page) -> str | None:
    """The loan number a separator sheet carries (barcode first, then a short cover page's own text)."""
    pattern = re.compile(_cues()["separator"]["pattern"], re.IGNORECASE)
    for code in page.barcodes:
        match = pattern.search(code)
        if match:
            return match.group(1)
    text = squash(page.text)
    if any(squash(cue) in text for cue in _cues()["separator"]["cover_cues"]) and len(text) < 600:
        match = pattern.search(page.text)
        if match:
            return match.group(1)
    return None


class _Text:
    """Text that cues are looked for in. A phrase is found with spaces and punctuation removed, so OCR's
    glued words still match; a single word only as a word of its own: "bank" is not in "Fairbanks", nor
    "rent" in "current"."""

    def __init__(self, text: str) -> None:
        self.squashed = squash(text)
        self.words = set(re.findall(r"[a-z0-9]+", text.lower()))
        self.labels = set(re.findall(r"([a-z]+)\s*:", text.lower()))

    def has(self, cue: str) -> bool:
        """`cue` squashed, or a label with its colon ("re:"): a word asked as a label, not two letters
        anywhere in the squashed text ("re" in "Petitioner")."""
        if cue.endswith(":"):
            return squash(cue) in self.labels
        cue = squash(cue)
        return cue in self.words if cue in _single_words() else cue in self.squashed


@cache
def _single_words() -> frozenset[str]:
    """The cues written as one word, of letters or digits only."""
    config = _cues()
    texts = [str(c["text"]) for spec in config["types"].values() for c in spec["cues"]]
    texts += [str(n) for spec in config["types"].values() for n in spec.get("negative", [])]
    return frozenset(t.lower() for t in texts if re.fullmatch(r"[A-Za-z0-9]+", t))


_MAIL_HEADER = re.compile(r"\s*(?:from|sent|to|cc|subject|attachments)\s*:", re.IGNORECASE)
_REFERENCE_LINE = re.compile(r"\s*(?:re|subject|regarding|attn|attention)\s*:", re.IGNORECASE)
MAIL_HEADER_LINES = 3  # "From:", "Sent:", "To:", "Subject:" at the top: a message, not a form's title


@cache
def _sentence_mentions(names: tuple[str, ...]) -> re.Pattern[str]:
    """A name as a sentence mentions it: after a lower-case word ("my", "this", "the")."""
    spelled = "|".join(r"\W+".join(re.escape(word) for word in name.split()) for name in names) or r"(?!)"
    return re.compile(rf"\b(?-i:[a-z]+)[ \t]+(?:{spelled})", re.IGNORECASE)


def scores(page: Page) -> dict[str, float]:
    """Every type's score for one page."""
    config = _cues()
    whole = _Text(page.text)
    # (a booklet's sheet read a page at a time: each page's first lines)
    zone = [line for part in page.text.split(PAGE_BREAK)
            for line in [line for line in part.splitlines() if line.strip()][: config["title_zone_lines"]]]
    # a printed e-mail has no title: its subject and attachments name what came with it ("assistance
    # application and pay stubs"); what the message says is the page's
    mail = sum(bool(_MAIL_HEADER.match(line)) for line in zone) >= MAIL_HEADER_LINES
    # a letter's reference line ("Re: Request for mortgage assistance") says what it is about, not what it is,
    # and its addressee's ("Attn: Mortgage Assistance") whom it is for
    title = _Text("" if mail else " ".join(line for line in zone if not _REFERENCE_LINE.match(line)
                                           and len(line.split()) <= config["title_line_words"]))
    # ... so a letter naming the application there ("Re: Mortgage assistance application") is not held to
    # quote the application's wording
    body = "\n".join(line for line in page.text.splitlines() if not _REFERENCE_LINE.match(line))
    unreferenced = _Text(body)
    # (its name, only where no sentence's word leads to it: "the papers for my mortgage assistance application")
    named = _Text(_sentence_mentions(tuple(config["shared_negative"].get("names", ()))).sub(" ", body))
    result: dict[str, float] = {}
    words = len(page.text.split())
    for name, spec in config["types"].items():
        if words > spec.get("max_words", words):  # a sheet between documents holds next to nothing else
            result[name] = 0.0
            continue
        score = 0.0
        counted: set[str] = set()
        for cue in spec["cues"]:
            text = str(cue["text"])
            # a cue inside one already counted ("assistance application" in "mortgage assistance application")
            # adds nothing: the page said it once
            if whole.has(text) and not any(squash(text) in longer for longer in counted):
                counted.add(squash(text))
                if not cue.get("title"):
                    score += cue["weight"]
                elif title.has(text):
                    score += cue["weight"] + config["title_bonus"]
                else:  # a title's words in the body are a mention ("our pay stub is enclosed"), not the title
                    score += cue["weight"] * config["mention_share"]
        for negative in spec.get("negative", []):
            if whole.has(negative):
                score -= config["negative_weight"]
        if spec.get("requires") and not any(whole.has(text) for text in spec["requires"]):
            score = min(score, 0.0)  # none of the words the paper cannot be without: another paper of its kind
        # (a message that names the application is about it, not a page of it)
        if name != config["shared_negative"]["owner"] and name not in config["shared_negative"].get("exempt", []) \
                and not mail:
            shared = config["shared_negative"]
            for negative in shared["cues"]:
                if unreferenced.has(negative):
                    score -= shared["weight"]
            for negative in shared.get("names", []):
                if named.has(negative):
                    score -= shared["weight"]
        result[name] = score
    return result


def classify_page(page: Page) -> PageType:
    """The page's type and how sure; `other` with a low score when no type's cues are strong enough."""
    loan = separator_loan(page)
    if loan:
        return PageType(SEPARATOR, 0.99, 99.0, loan)
    # on a tie a document beats a page that is dropped (a fax cover): a letterhead's "Fax" on a grainy
    # application page whose title OCR lost must not cost the application its first page
    ranked = sorted(scores(page).items(), key=lambda item: (item[1], is_document(item[0])), reverse=True)
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    kept = tuple((name, score) for name, score in ranked if score >= _cues()["min_score"])
    if top < _cues()["min_score"]:
        return PageType(OTHER, 0.5, top)
    margin = (top - runner_up) / top
    confidence = min(0.99, 0.5 + 0.3 * min(top / _cues()["strong_score"], 1.0) + 0.2 * margin)
    return PageType(best, round(confidence * (page.confidence if page.text else 0.0) ** 0.25, 3), top, scores=kept)


def carries(page: Page, type_code: str) -> bool:
    """Whether the page has enough of a type's cues to be read as that type, if not as its best."""
    return scores(page).get(type_code, 0.0) >= _cues()["min_score"]


def classify_document(page_types: list[PageType]) -> tuple[str, float]:
    """A run of pages takes the type with the most cue weight over its pages; its first page weighs double.
    Every type a page reads as counts, not only its best: a statement's page of notices that reads a little
    more like a deposited check is still a statement's page when the pages after it say so."""
    totals: dict[str, float] = {}
    for index, kind in enumerate(page_types):
        if kind.type == OTHER:
            continue
        for name, score in kind.scores or ((kind.type, kind.score),):
            totals[name] = totals.get(name, 0.0) + score * (2 if index == 0 else 1)
    if not totals:
        return OTHER, min((k.confidence for k in page_types), default=0.5)
    best = max(totals, key=lambda name: totals[name])
    # (a type no page read as best, only as a close second on each: as sure as the run's typed pages)
    confidences = [k.confidence for k in page_types if k.type == best] or \
        [k.confidence for k in page_types if k.type != OTHER]
    return OTHER if best in _cues()["other_papers"] else best, round(sum(confidences) / len(confidences), 3)


def is_document(type_code: str) -> bool:
    return type_code not in _cues()["not_documents"]


def single_page(type_code: str) -> bool:
    return type_code in _cues()["single_page_types"]


def back_of(page: Page, type_code: str) -> bool:
    """Whether the page reads as the back of a one-page paper of the type (a check's endorsement side)."""
    text = squash(page.text)
    return any(squash(cue) in text for cue in _cues()["single_page_backs"].get(type_code, ()))
