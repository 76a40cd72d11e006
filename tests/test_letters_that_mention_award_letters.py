"""A borrower's hardship letter that mentions the award letter it will send later is no award letter.

"I will send my VA award letter as soon as the VA mails me a new copy" names the paper in a sentence; the
letter is the borrower's. Taken for the award letter, it would stand in for the paper still missing and an
incomplete case would read complete. "Award letter" counts in full only as a title; in a sentence it counts
as a mention, like every other title cue.
"""

from __future__ import annotations

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.classify import classify_page

BORROWERS_LETTER = """Lucia R. Barnett
18 Quarry Road
Galena, IL 61036
July 11, 2046
Loss Mitigation Department
Re: Hardship letter - loan number 9937015268
Dear Loss Mitigation Department:
In April the clinic cut my schedule from full time to four days a week. My VA disability compensation has
not changed, but my pay went down by almost four hundred dollars a month.
I will send my VA award letter as soon as the VA mails me a new copy. I am asking for a modification so
that I can keep my home.
Sincerely,
Lucia R. Barnett"""

AWARD_LETTER = """DEPARTMENT OF VETERANS AFFAIRS
Award Letter
June 2, 2046
Lucia R. Barnett
18 Quarry Road, Galena, IL 61036
Your monthly award of disability compensation
Effective date    Monthly entitlement amount
December 1, 2045  $1,214.03
Your combined service-connected evaluation is 60 percent."""


def test_a_borrowers_letter_that_mentions_her_award_letter_is_a_hardship_letter() -> None:
    assert classify_page(Page(1, BORROWERS_LETTER, TextMethod.TEXT_LAYER, 1.0)).type == "hardship_letter"


def test_an_award_letter_titled_so_is_still_one() -> None:
    """Guard: the award letter's own title counts in full."""
    assert classify_page(Page(1, AWARD_LETTER, TextMethod.TEXT_LAYER, 1.0)).type == "benefit_award_letter"
