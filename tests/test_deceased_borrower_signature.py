"""A borrower who has died owes no signature (Servicing Guide D2-2-05: every party to the note submits the
papers "unless deceased", domain-rules.md 2.1).

1. Judging: the application marked on its borrower's signature line as the borrower's death, with a death
   certificate or an obituary in the case and the co-borrower's signature: complete (before, unsigned). Without
   the proof of death, or without the co-borrower's signature, or with the mark read unsurely, the signature is
   still missing.
2. Reading: "Borrower signature: Deceased - see death certificate  Date:" on a form's signature line is read as the
   mark; the co-borrower's line saying it is not (a widow's "Co-Borrower signature: ... deceased husband" is hers).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import documents_read
from lossmit_docs.judging.checklist import judge, load_profile
from lossmit_docs.model import Document, Field, PageRef, TextMethod
from lossmit_docs.reading.pages import PageReader
from pdf_factory import text_pdf
from test_checklist import EVALUATED, _codes, _complete_case, _doc

PROFILE = load_profile()
_REF = PageRef("0012345678/packet.pdf", 6, "ab" * 32)


def _widows_case(*proof: str, co_signed: bool | None = True, sure: float = 0.93) -> list[Document]:
    """Her late husband the borrower, she the co-borrower; his line marked, hers signed."""
    case = _complete_case(*(_doc(f"P{i}", kind) for i, kind in enumerate(proof)), signed=False, signed_on=None,
                          co_borrower_name="Ruth A. Okonkwo", co_borrower_signed=co_signed)
    case[0].fields["borrower_deceased"] = Field(True, sure, _REF, TextMethod.OCR)
    return case


@pytest.mark.parametrize("proof", ["death_certificate", "obituary"])
def test_a_dead_borrower_with_proof_of_death_owes_no_signature(proof: str) -> None:
    result = judge(_widows_case(proof), EVALUATED, PROFILE)
    assert (result.status, _codes(result)) == ("complete", set())


@pytest.mark.parametrize(
    ("proof", "changes"),
    [
        ((), {}),  # no proof of death in the case
        (("death_certificate",), {"co_signed": False}),  # the survivor did not sign
        (("death_certificate",), {"co_signed": None}),
        (("other",), {}),  # a probate court's letters are no proof of death
    ],
)
def test_the_signature_is_still_missing_without_proof_or_the_survivors_signature(
        proof: tuple[str, ...], changes: dict[str, Any]) -> None:
    result = judge(_widows_case(*proof, **changes), EVALUATED, PROFILE)
    assert result.status == "incomplete" and "application_signature" in _codes(result)


def test_a_mark_read_unsurely_excuses_nothing() -> None:
    result = judge(_widows_case("death_certificate", sure=0.4), EVALUATED, PROFILE)
    assert result.status == "incomplete"


def _signature_page(borrower_line: str, co_line: str) -> list[str]:
    return [
        "MORTGAGE ASSISTANCE APPLICATION",
        "Loan number: 0012345678",
        "Borrower's name: Amos T. Okonkwo",
        "Co-borrower's name: Ruth A. Okonkwo",
        "Property address: 14 Linden Court, Akron, OH 44321",
        "Borrower / Co-Borrower Acknowledgement and Agreement",
        "I certify that all of the information in this Mortgage Assistance Application is truthful.",
        "",
        borrower_line,
        "",
        co_line,
    ]


def _application_read(reader: PageReader, path: Path, lines: list[str]) -> dict[str, Field]:
    text_pdf([lines], path)
    documents = documents_read(reader, path, date(2060, 5, 17))
    application = next(d for d in documents if d.type == "mortgage_assistance_application")
    return application.fields


def test_the_borrowers_line_marked_deceased_is_read(reader: PageReader, tmp_path: Path) -> None:
    fields = _application_read(reader, tmp_path / "widow.pdf", _signature_page(
        "Borrower signature: Deceased - see death certificate      Date:",
        "Co-Borrower signature: Ruth A. Okonkwo      Date: 05/12/2060"))
    assert fields["borrower_deceased"].value is True and fields["borrower_deceased"].confidence >= 0.7


def test_guard_the_co_borrowers_line_marked_is_not_the_borrowers(reader: PageReader, tmp_path: Path) -> None:
    fields = _application_read(reader, tmp_path / "other.pdf", _signature_page(
        "Borrower signature: Amos T. Okonkwo      Date: 05/12/2060",
        "Co-Borrower signature: Deceased      Date:"))
    assert "borrower_deceased" not in fields
