"""An application's pages sent again on their own: page 2 signed and dated after the whole form came unsigned,
or a corrected page 1. A servicer reads the form as the borrower last left it: each page sent again stands in
for the same page of the whole application, and the answers of the pages not sent again stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lossmit_docs.model import Document, Field

# "Page 2 of 2", "page 1 of 4": a form's own numbering of its pages
_NUMBERING = re.compile(r"\bpage\s+(\d{1,2})\s+of\s+(\d{1,2})\b", re.IGNORECASE)
# "CORRECTED PAGE 1 - replaces page 1 sent 08/29/2050": a page that says it stands in for one sent before
_REPLACING = re.compile(r"\b(?:corrected|replacement|revised|replaces)\s+page\s+(\d{1,2})\b", re.IGNORECASE)
_SIGNATURES = ("signed", "co_borrower_signed")


def _numbering(doc: Document) -> tuple[set[int], int] | None:
    """The numbers of the form's pages a document holds, and how many the form has; None when its pages
    say no one count."""
    found = [(int(page), int(total)) for page, total in _NUMBERING.findall(doc.text)]
    totals = {total for _, total in found}
    if len(totals) != 1:
        return None
    total = totals.pop()
    pages = {page for page, _ in found if 1 <= page <= total}
    return (pages, total) if pages else None


def resent_alone(doc: Document) -> bool:
    """Whether a document is some of a form's pages, not all, or says it replaces a page: pages sent again."""
    counted = _numbering(doc)
    return (counted is not None and len(counted[0]) < counted[1]) or _REPLACING.search(doc.text) is not None


def _pages_sent(part: Document, total: int) -> set[int]:
    """The numbers of the form's pages a part holds, of a form of `total` pages; none when it is whole."""
    counted = _numbering(part)
    if counted is not None and counted[1] == total and len(counted[0]) < total:
        return counted[0]
    replaced = {int(page) for page in _REPLACING.findall(part.text) if 1 <= int(page) <= total}
    return replaced if len(replaced) < total and len(part.pages) == len(replaced) else set()


def with_pages_resent(whole: Document, applications: list[Document]) -> Document:
    """The whole application with the answers of its pages sent again on their own put in their place."""
    counted = _numbering(whole)
    if counted is None or len(counted[0]) != counted[1] or len(whole.pages) != counted[1]:
        return whole
    total = counted[1]
    fields = dict(whole.fields)
    for part in applications:
        sent = _pages_sent(part, total) if part is not whole else set()
        if not sent:
            continue
        for name, found in part.fields.items():
            asked = whole.fields.get(name)  # (the whole form's page that asks it, whatever part answered since)
            if asked is not None and _page_of(whole, asked) not in sent:
                continue  # an answer of a page not sent again: what the part read there is no answer
            before = fields.get(name)
            if name in _SIGNATURES and found.value is False and before is not None and before.value:
                continue  # the page sent again bears no signature; the whole form's stands
            if found.value is not None:
                fields[name] = found
    co_borrower = fields.get("co_borrower_name")
    if (co_borrower is None or co_borrower.value is None) and "co_borrower_signed" in whole.fields:
        fields["co_borrower_signed"] = whole.fields["co_borrower_signed"]  # no co-borrower: nobody's line to sign
    return whole if fields == whole.fields else replace(whole, fields=fields)


def _page_of(doc: Document, found: Field | None) -> int | None:
    """The form's own number of the page a value was read on (the document's pages are the form's in order)."""
    if found is None or found.source is None or found.source not in doc.pages:
        return None
    return doc.pages.index(found.source) + 1
