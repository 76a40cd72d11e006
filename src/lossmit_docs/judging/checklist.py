"""Judge a case's completeness against a checklist profile (checklist.md; the rules live in rules/*.yaml).

How doubt is handled (what processing staff expect): the missing list goes into the borrower's
acknowledgment notice, so it names only what the service, reading the values as they stand, found missing
or unusable. A value the service is unsure of (a field read with less confidence than the profile's
`review_confidence`, a document type guessed with low confidence, a date or account number not read) that
*decides* an item is put in `needs_review`, and:

- if the item looked satisfied only thanks to that value, the item is NOT listed as missing (asking the
  borrower again for a paper they sent would be wrong), but the case is reported `incomplete` until a
  person confirms it: a case is `complete` only when every item is satisfied by values read with
  confidence. An incomplete case with no missing item therefore means "waiting for review";
- if the item is missing anyway, it is listed with its reason and the doubt is listed for review too.

Values that decide nothing (a low-confidence net pay, an unrecognised page read with confidence) and
conflicts between values (a year-to-date total that does not match the current pay) are listed in
`needs_review` without changing the status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

from lossmit_docs.judging.clocks import is_fresh
from lossmit_docs.judging.resent_pages import resent_alone, with_pages_resent
from lossmit_docs.model import REVIEW_NOTE, Document, Judgement, MissingItem, ReviewItem
from lossmit_docs.producing.formatting import long_date

DEFAULT_PROFILE = "form710"
AGREEING = 0.7  # least confidence of each of two readings of one account number that confirm each other
RULES_PACKAGE = "lossmit_docs.rules"
APPLICATION_INCOME_PREFIX = "income."
INCOME_TOTAL_KEY = "income.total"

# Reasons of a missing item, the most telling first: it is the one the report gives.
_REASON_RANK = {"stale": 3, "unsigned": 2, "incomplete": 1, "absent": 0}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Strict):
    """One way of satisfying an item; `kind` names the rule in code, the rest are its settings."""

    kind: Literal["document", "statement_pair", "pay_stub_with_ytd"]
    types: tuple[str, ...] = ()
    type: str = ""
    fresh: bool = True
    signed: bool = False
    most_recent_tax_year: bool = False
    benefit_types: tuple[str, ...] = ()
    own_benefit_type: str = ""  # when every one of benefit_types is claimed, only a letter of this type counts
    mentions: tuple[str, ...] = ()  # the document counts only when its text names one of these
    consecutive: bool = True


class Item(_Strict):
    code: str
    description: str
    options: tuple[Option, ...] = ()


class TaxTranscript(Item):
    income_types: tuple[str, ...] = ()


class Frequency(_Strict):
    per_year: int
    period_days: tuple[int, int]


class YtdCheck(_Strict):
    tolerance_periods: float
    tolerance_share: float
    monthly_gross_tolerance: Decimal


class ApplicationRules(_Strict):
    document_type: str
    item: Item
    signature: Item
    required_fields: dict[str, str]
    required_field_description: str
    presence_only: list[str] = []
    deceased_proof: tuple[str, ...] = ()  # papers proving a borrower's death, who then owes no signature


class Profile(_Strict):
    """A completeness profile as loaded from its YAML file."""

    version: int | str
    program: str
    title: str
    freshness_days: int
    review_confidence: float
    statement_gap_days: int
    tax_filing_day: str
    pay_frequencies: dict[str, Frequency]
    ytd_check: YtdCheck
    application: ApplicationRules
    income: dict[str, Item | None]
    hardship: dict[str, Item | None]
    tax_transcript: TaxTranscript | None = None
    explanations: dict[str, str]
    document_types: dict[str, str]
    income_types: dict[str, str]
    hardship_types: dict[str, str]
    occupancy_types: dict[str, str]

    @property
    def name(self) -> str:
        """`program@version`, as the case report records it."""
        return f"{self.program}@{self.version}"

    def label(self, document_type: str) -> str:
        return self.document_types.get(document_type, document_type.replace("_", " "))

    @property
    def freshness_types(self) -> frozenset[str]:
        """Document types whose date matters: those that satisfy some item only while fresh."""
        items = [*self.income.values(), *self.hardship.values(), self.tax_transcript]
        return frozenset(
            kind
            for item in items
            if item is not None
            for option in item.options
            if option.fresh
            for kind in _option_types(option)
        )


def _option_types(option: Option) -> tuple[str, ...]:
    if option.kind == "pay_stub_with_ytd":
        return ("pay_stub",)
    return option.types or (option.type,)


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """A profile by name (`form710` -> rules/checklist_form710.yaml) or by the path of a YAML file."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.is_file():
        return _parse_profile(path.read_text(encoding="utf-8"), str(path))
    return _packaged_profile(str(name_or_path))


@cache
def _packaged_profile(name: str) -> Profile:
    resource = resources.files(RULES_PACKAGE) / f"checklist_{name}.yaml"
    if not resource.is_file():
        raise FileNotFoundError(f"no checklist profile named {name!r} (looked for {resource})")
    return _parse_profile(resource.read_text(encoding="utf-8"), name)


def _parse_profile(text: str, where: str) -> Profile:
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError(f"checklist profile {where} has no `version` key")
    return Profile.model_validate(data)


# --- reading values with their doubts -------------------------------------------------------------------


@dataclass
class _Finding:
    """What one option (or one candidate document) showed about an item."""

    ok: bool
    reason: str = "absent"
    documents: list[str] = field(default_factory=list)
    doubts: list[ReviewItem] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return _REASON_RANK[self.reason]


class _Reader:
    """Reads fields of the case's documents, noting every doubt about the values it hands out."""

    def __init__(self, profile: Profile, evaluated_on: date, loan_number: str | None) -> None:
        self.profile = profile
        self.evaluated_on = evaluated_on
        self.loan_number = loan_number
        self.claimed: set[str] = set()  # the income types the application claims, once it is read

    def low(self, confidence: float) -> bool:
        return confidence < self.profile.review_confidence

    def value(self, doc: Document, name: str, doubts: list[ReviewItem]) -> Any:
        found = doc.fields.get(name)
        if found is None:
            return None
        if self.low(found.confidence):
            doubts.append(
                ReviewItem(
                    what=f"{self.profile.label(doc.type)} {doc.id}: {name}",
                    reason=f"read with low confidence ({found.confidence:.2f}); please check it",
                    document=doc.id,
                )
            )
        return found.value

    def type_doubts(self, doc: Document) -> list[ReviewItem]:
        if not self.low(doc.type_confidence):
            return []
        return [
            ReviewItem(
                what=f"document {doc.id}",
                reason=f"taken as a {self.profile.label(doc.type)} with low confidence "
                f"({doc.type_confidence:.2f}); please confirm its type",
                document=doc.id,
            )
        ]

    def document_doubts(self, doc: Document) -> list[ReviewItem]:
        """Doubts about using this document at all: its type, or a loan number of another loan."""
        doubts = self.type_doubts(doc)
        if (
            doc.loan_number
            and self.loan_number
            and _digits(doc.loan_number).lstrip("0") != _digits(self.loan_number).lstrip("0")
        ):
            doubts.append(
                ReviewItem(
                    what=f"document {doc.id}",
                    reason="carries a loan number other than the application's; please confirm it belongs here",
                    document=doc.id,
                )
            )
        return doubts

    def date_of(self, doc: Document, doubts: list[ReviewItem]) -> date | None:
        """The document's date; the field it was read from lends its confidence."""
        if doc.document_date is None:
            doubts.append(
                ReviewItem(
                    what=f"{self.profile.label(doc.type)} {doc.id}: date",
                    reason="its date was not read; please check it is recent enough",
                    document=doc.id,
                )
            )
            return None
        for name, found in doc.fields.items():
            if found.value == doc.document_date:
                self.value(doc, name, doubts)
                break
        return doc.document_date

    def fresh(self, doc: Document, finding: _Finding) -> bool:
        """Fresh, or not known (then a doubt); a stale document sets the finding's reason and words."""
        day = self.date_of(doc, finding.doubts)
        if day is None or is_fresh(day, self.evaluated_on, self.profile.freshness_days):
            return True
        finding.reason = "stale"
        finding.details.append(self.explain("stale", doc, date=long_date(day), days=str(self.profile.freshness_days)))
        return False

    def explain(self, key: str, doc: Document, **values: str) -> str:
        return self.profile.explanations[key].format(document=self.profile.label(doc.type), **values)


def _digits(text: str) -> str:
    return "".join(ch for ch in str(text) if ch.isdigit())


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | dict):
        return not value
    return False


def _amount(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", "").replace("$", "").strip())
    except InvalidOperation:
        return None


# --- the options --------------------------------------------------------------------------------------


def _of_type(documents: Iterable[Document], types: Iterable[str]) -> list[Document]:
    """The documents of these types, newest first (so a report speaks of the latest one)."""
    wanted = set(types)
    chosen = [doc for doc in documents if doc.type in wanted]
    return sorted(chosen, key=lambda doc: doc.document_date or date.min, reverse=True)


def _best(findings: list[_Finding]) -> _Finding:
    """A sure success, else a doubtful one, else the failure that says most about what went wrong."""
    for found in findings:
        if found.ok and not found.doubts:
            return found
    for found in findings:
        if found.ok:
            return found
    if not findings:
        return _Finding(ok=False)
    best = max(findings, key=lambda found: found.rank)
    merged = _Finding(ok=False, reason=best.reason)
    explained: set[str] = set()
    for found in sorted(findings, key=lambda found: -found.rank):  # stable: newest first within a reason
        merged.documents += [doc for doc in found.documents if doc not in merged.documents]
        merged.doubts += found.doubts
        if found.reason not in explained:
            explained.add(found.reason)
            merged.details += [text for text in found.details if text not in merged.details]
    return merged


def _single_document(reader: _Reader, doc: Document, option: Option) -> _Finding:
    finding = _Finding(ok=True, documents=[doc.id], doubts=reader.document_doubts(doc))
    if option.signed:
        if "signed" not in doc.fields:
            finding.doubts.append(
                ReviewItem(
                    what=f"{reader.profile.label(doc.type)} {doc.id}: signature",
                    reason="whether it is signed was not read; please check",
                    document=doc.id,
                )
            )
        elif reader.value(doc, "signed", finding.doubts) is not True:
            finding.ok = False
            finding.reason = "unsigned"
            finding.details.append(reader.explain("unsigned", doc))
    if option.most_recent_tax_year:
        year = _digits(reader.value(doc, "tax_year", finding.doubts) or "")[-4:]
        if not year:
            finding.doubts.append(
                ReviewItem(
                    what=f"tax return {doc.id}: tax year",
                    reason="the tax year was not read; please check it is the most recent",
                    document=doc.id,
                )
            )
        elif int(year) < _latest_tax_year(reader.evaluated_on, reader.profile.tax_filing_day):
            finding.ok = False
            finding.reason = "stale"
            finding.details.append(reader.explain("old_tax_year", doc, year=str(year)))
    if option.fresh and not reader.fresh(doc, finding):
        finding.ok = False
    return finding


def _latest_tax_year(on: date, filing_day: str) -> int:
    month, day = (int(part) for part in filing_day.split("-"))
    return on.year - 1 if (on.month, on.day) >= (month, day) else on.year - 2


def _document_option(reader: _Reader, documents: list[Document], option: Option) -> _Finding:
    findings = []
    for doc in _of_type(documents, option.types):
        if option.benefit_types:
            benefit = doc.fields.get("benefit_type")
            read = benefit.value if benefit is not None else None
            if read and read not in option.benefit_types:
                continue
            if option.own_benefit_type and set(option.benefit_types) <= reader.claimed \
                    and read != option.own_benefit_type:
                continue  # both kinds claimed: each is shown by a letter of its own kind
        if option.mentions and not _mentions(doc.text, option.mentions):
            continue  # a divorce decree that orders no support shows no income
        findings.append(_single_document(reader, doc, option))
    return _best(findings)


def _mentions(text: str, phrases: Iterable[str]) -> bool:
    """Whether the text names one of the phrases, not as denied ("no child support", "alimony is waived")."""
    words = " ".join(text.lower().split())
    if "waive" in words:
        return False
    return any(re.search(rf"(?<!\bno ){re.escape(' '.join(phrase.lower().split()))}", words) for phrase in phrases)


def _period(reader: _Reader, doc: Document, doubts: list[ReviewItem]) -> tuple[date | None, date | None]:
    start = reader.value(doc, "period_start", doubts)
    end = reader.value(doc, "period_end", doubts) or doc.document_date
    return (start if isinstance(start, date) else None, end if isinstance(end, date) else None)


def _follows(reader: _Reader, older: Document, newer: Document, doubts: list[ReviewItem]) -> bool:
    """Whether `newer`'s period starts where `older`'s ends (or, periods unread, the next month)."""
    _, older_end = _period(reader, older, doubts)
    newer_start, newer_end = _period(reader, newer, doubts)
    if older_end and newer_start:
        return 0 <= (newer_start - older_end).days <= reader.profile.statement_gap_days
    if older_end and newer_end:
        return (newer_end.year * 12 + newer_end.month) - (older_end.year * 12 + older_end.month) == 1
    doubts.append(
        ReviewItem(
            what=f"{reader.profile.label(newer.type)}s {older.id} and {newer.id}",
            reason="their periods were not read; please check they follow one another",
            document=newer.id,
        )
    )
    return True


def _statement_pair(reader: _Reader, documents: list[Document], option: Option) -> _Finding:
    statements = _of_type(documents, [option.type])
    if not statements:
        return _Finding(ok=False)
    accounts: dict[str | None, list[Document]] = {}
    unread: list[Document] = []
    for doc in statements:
        account = doc.fields.get("account_last4")
        key = _digits(account.value)[-4:] if account is not None and account.value else None
        (accounts.setdefault(key, []) if key else unread).append(doc)
    groups = [group + unread for group in accounts.values()] or [unread]
    return _best([_pair_in_account(reader, group, option, bool(unread and accounts)) for group in groups])


def _pair_in_account(reader: _Reader, group: list[Document], option: Option, guessed: bool) -> _Finding:
    """The newest statement of one account and the one before it."""
    finding = _Finding(ok=True, documents=[doc.id for doc in group])
    label_doc = group[0]
    if guessed:
        finding.doubts.append(
            ReviewItem(
                what=f"{reader.profile.label(label_doc.type)}s " + ", ".join(finding.documents),
                reason="an account number was not read; please check they are for the same account",
                document=label_doc.id,
            )
        )
    by_end: dict[date | str, Document] = {}
    for doc in group:  # a statement sent twice counts once
        by_end.setdefault(_period(reader, doc, [])[1] or doc.id, doc)
    ordered = sorted(by_end.values(), key=lambda doc: _period(reader, doc, [])[1] or date.min)
    newest = ordered[-1]
    pair = ordered[-2:]
    # two statements whose last four were each read alike, each fairly surely, confirm each other
    agreed = len(pair) == 2 and all(
        (found := doc.fields.get("account_last4")) is not None and found.value and found.confidence >= AGREEING
        for doc in pair)
    for doc in pair:
        finding.doubts += reader.document_doubts(doc)
        if not agreed:
            reader.value(doc, "account_last4", finding.doubts)
    if not reader.fresh(newest, finding):
        finding.ok = False
        return finding
    if len(ordered) < 2:
        finding.ok = False
        finding.reason = "incomplete"
        finding.details.append(reader.explain("one_statement", newest))
        return finding
    if option.consecutive and not _follows(reader, ordered[-2], newest, finding.doubts):
        finding.ok = False
        finding.reason = "incomplete"
        finding.details.append(reader.explain("not_consecutive", newest))
    return finding


def _pay_stub_with_ytd(reader: _Reader, documents: list[Document], option: Option) -> _Finding:
    findings = []
    for stub in _of_type(documents, ["pay_stub"]):
        finding = _Finding(ok=True, documents=[stub.id], doubts=reader.document_doubts(stub))
        if not reader.fresh(stub, finding):
            finding.ok = False
        elif _blank(reader.value(stub, "gross_ytd", finding.doubts)) and not _ytd_elsewhere(reader, stub, documents):
            finding.ok = False
            finding.reason = "incomplete"
            finding.details.append(reader.explain("no_ytd", stub))
        findings.append(finding)
    return _best(findings)


def _ytd_elsewhere(reader: _Reader, stub: Document, documents: list[Document]) -> bool:
    """Another fresh document giving year-to-date earnings completes a pay stub that shows none."""
    return any(
        doc is not stub
        and not _blank(_field_value(doc, "gross_ytd"))
        and doc.document_date is not None
        and is_fresh(doc.document_date, reader.evaluated_on, reader.profile.freshness_days)
        for doc in documents
    )


_OPTIONS = {
    "document": _document_option,
    "statement_pair": _statement_pair,
    "pay_stub_with_ytd": _pay_stub_with_ytd,
}


# --- the judge ----------------------------------------------------------------------------------------


@dataclass
class _Verdict:
    """What the checklist found, gathered item by item."""

    missing: list[MissingItem] = field(default_factory=list)
    blocking: list[ReviewItem] = field(default_factory=list)  # doubts that keep the case from complete
    notes: list[ReviewItem] = field(default_factory=list)  # worth a look, decide nothing

    def judge_item(self, reader: _Reader, item: Item, documents: list[Document]) -> None:
        finding = _best([_OPTIONS[option.kind](reader, documents, option) for option in item.options])
        if finding.ok:
            self.blocking += finding.doubts
            return
        self.add_missing(item.code, item.description, finding.reason, finding.documents, finding.details)
        self.notes += finding.doubts

    def add_missing(
        self, code: str, description: str, reason: str, documents: list[str], details: Iterable[str] = ()
    ) -> None:
        text = " ".join([description.strip(), *details])
        self.missing.append(MissingItem(code=code, description=text, reason=reason, documents=list(documents)))


def select_application(documents: list[Document], profile: Profile) -> Document | None:
    """The application the case rests on: the latest received, then the latest signed, then the fullest, of
    the whole forms, with its pages sent again on their own in their place."""
    applications = _of_type(documents, [profile.application.document_type])
    if not applications:
        return None

    def order(doc: Document) -> tuple[date, date, int]:
        signed_on = doc.fields.get("signed_on")
        signed_day = signed_on.value if signed_on is not None and isinstance(signed_on.value, date) else date.min
        filled = sum(not _blank(found.value) for found in doc.fields.values())
        return (doc.received_on, signed_day, filled)

    wholes = [doc for doc in applications if not resent_alone(doc)] or applications
    return with_pages_resent(max(wholes, key=order), applications)


def _claimed_income(reader: _Reader, application: Document, doubts: list[ReviewItem]) -> list[str]:
    """Income codes with a monthly amount above zero on the application, in the profile's order."""
    claimed = []
    for code in reader.profile.income:
        amount = _amount(reader.value(application, APPLICATION_INCOME_PREFIX + code, doubts))
        if amount is not None and amount > 0:
            claimed.append(code)
    return claimed


def _field_value(doc: Document, name: str) -> Any:
    found = doc.fields.get(name)
    return None if found is None else found.value


def judge(documents: list[Document], evaluated_on: date, profile: Profile | None = None) -> Judgement:
    """Complete or incomplete on `evaluated_on`, with the missing items and what a person must check."""
    profile = profile or load_profile()
    verdict = _Verdict()
    application = select_application(documents, profile)
    loan_number = _field_value(application, "loan_number") if application else None
    reader = _Reader(profile, evaluated_on, str(loan_number) if loan_number else None)
    income_types: list[str] = []
    if application is None:
        rules = profile.application.item
        verdict.add_missing(rules.code, rules.description, "absent", [])
    else:
        income_types = _judge_application(reader, application, documents, verdict)
    verdict.notes += _review_notes(reader, documents, application)
    blocking = _unique(verdict.blocking)
    return Judgement(
        status="complete" if not verdict.missing and not blocking else "incomplete",
        evaluated_on=evaluated_on,
        missing=verdict.missing,
        needs_review=_unique([*blocking, *verdict.notes]),
        income_types=income_types,
        program=profile.name,
    )


def _judge_application(
    reader: _Reader, application: Document, documents: list[Document], verdict: _Verdict
) -> list[str]:
    """The application's own items, then the documents its answers call for; returns the income claimed."""
    profile = reader.profile
    rules = profile.application
    decisive: list[ReviewItem] = reader.document_doubts(application)
    for name, label in rules.required_fields.items():
        if name == "income":
            lines = [key for key in application.fields if key.startswith(APPLICATION_INCOME_PREFIX)]
            values = [reader.value(application, key, decisive) for key in lines if key != INCOME_TOTAL_KEY]
            blank = all(_blank(value) for value in values)
            read_as = [application.fields[key] for key in lines]
            total = application.fields.get(INCOME_TOTAL_KEY)
            if blank and total is not None and isinstance(total.value, Decimal) and total.value > 0:
                blank = False  # a pen's line OCR did not read, under a total it did: for a person, not the borrower
                decisive.append(ReviewItem(
                    what=f"{profile.label(application.type)} {application.id}: income lines",
                    reason=f"the total monthly income reads {total.value} but no income line's amount was read; "
                           "please read the lines", document=application.id))
        else:
            doubts: list[ReviewItem] = []
            blank = _blank(reader.value(application, name, doubts))
            read_as = [application.fields[name]] if name in application.fields else []
            (verdict.notes if not blank and name in rules.presence_only else decisive).extend(doubts)
        # A blank read with low confidence is an answer nobody could read (handwriting), not a blank one:
        # it is in front of a person already (a decisive doubt) and is not asked of the borrower again.
        if blank and not any(reader.low(found.confidence) for found in read_as):
            code = f"application_field:{name}"
            verdict.add_missing(code, rules.required_field_description.format(label=label), "incomplete", [])
    if not _signatures_complete(reader, application, decisive, _death_proven(application, documents, rules)):
        unsure = _unsure_unsigned(reader, application)
        if unsure is None:
            verdict.add_missing(rules.signature.code, rules.signature.description, "unsigned", [application.id])
        else:  # never complete on it: the doubt holds the case back until a person has looked
            decisive.append(ReviewItem(what=f"{profile.label(application.type)} {application.id}: {unsure}",
                                       reason="read as unsigned or undated, but unsurely; please check the "
                                              "signature and its date", document=application.id))
    income_types = _claimed_income(reader, application, decisive)
    reader.claimed = set(income_types)
    hardships = reader.value(application, "hardship_types", decisive) or []
    if isinstance(hardships, str):
        hardships = [hardships]
    verdict.blocking += decisive

    for code in income_types:
        item = profile.income[code]
        if item is not None:
            verdict.judge_item(reader, item, documents)
    for code in hardships:
        item = profile.hardship.get(code)
        if item is not None:
            verdict.judge_item(reader, item, documents)
    transcript = profile.tax_transcript
    if transcript is not None and set(transcript.income_types) & set(income_types):
        verdict.judge_item(reader, transcript, documents)
    verdict.notes += _unknown_codes(application, profile, hardships)
    return income_types


# Under this a co-borrower's name may be OCR's scrap of an empty box ("pees" at 0.01), not a person; a name
# the pen reader read (0.7, its spelling unconfirmed) still says someone is there to sign.
PERHAPS_NOBODY = 0.5


def _unsure_unsigned(reader: _Reader, application: Document) -> str | None:
    """The signature field that failed, when it was read as unsigned with low confidence (a signature or
    its date OCR could not make out): that goes before a person, not back to the borrower as missing.
    None when the signature that failed was read surely."""
    signed = application.fields.get("signed")
    if signed is None or signed.value is not True:
        return "signed" if signed is not None and reader.low(signed.confidence) else None
    co_signed = application.fields.get("co_borrower_signed")
    if co_signed is not None and reader.low(co_signed.confidence):
        return "co_borrower_signed"
    co_name = application.fields.get("co_borrower_name")  # a name read as a scrap may be nobody: no ask
    return "co_borrower_name" if co_name is not None and co_name.confidence < PERHAPS_NOBODY else None


def _death_proven(application: Document, documents: list[Document], rules: ApplicationRules) -> bool:
    """Whether the application says on its borrower's signature line that the borrower has died, surely, and
    the case holds a paper the program takes as proof of a death: that borrower owes no signature (Fannie Mae
    D2-2-05: every party to the note submits the papers "unless deceased")."""
    marked = application.fields.get("borrower_deceased")
    return marked is not None and marked.value is True and marked.confidence >= SURE_DECEASED \
        and any(doc.type in rules.deceased_proof for doc in documents)


SURE_DECEASED = 0.7  # how sure the word on the signature line must be read to excuse the signature


def _signatures_complete(reader: _Reader, application: Document, doubts: list[ReviewItem],
                         borrower_deceased: bool = False) -> bool:
    """Every living signer's signature and date; the co-borrower's alone when the borrower has died."""
    if borrower_deceased:
        return reader.value(application, "co_borrower_signed", doubts) is True
    if reader.value(application, "signed", doubts) is not True:
        return False
    if _blank(reader.value(application, "co_borrower_name", doubts)):
        return True
    return reader.value(application, "co_borrower_signed", doubts) is True


def _unknown_codes(application: Document, profile: Profile, hardships: Iterable[str]) -> list[ReviewItem]:
    notes = [
        ReviewItem(what=f"hardship type {code!r}", reason="not a hardship type of the program", document=application.id)
        for code in hardships
        if code not in profile.hardship
    ]
    for key in application.fields:
        code = key.removeprefix(APPLICATION_INCOME_PREFIX)
        if key.startswith(APPLICATION_INCOME_PREFIX) and key != INCOME_TOTAL_KEY and code not in profile.income:
            notes.append(
                ReviewItem(
                    what=f"income line {code!r}", reason="not an income type of the program", document=application.id
                )
            )
    return notes


def _review_notes(reader: _Reader, documents: list[Document], application: Document | None) -> list[ReviewItem]:
    """Doubts and conflicts that decide nothing but make the report less sure."""
    notes: list[ReviewItem] = []
    for doc in documents:
        notes += reader.type_doubts(doc)
        for name, found in doc.fields.items():
            if name.startswith(REVIEW_NOTE):  # reading's own doubt, in words ("lines do not add up")
                notes.append(ReviewItem(what=f"{reader.profile.label(doc.type)} {doc.id}", reason=str(found.value),
                                        document=doc.id))
            else:
                reader.value(doc, name, notes)
        if doc.type == "pay_stub":
            conflicts = pay_stub_conflicts(doc, reader.profile)
            notes += [ReviewItem(what=f"pay stub {doc.id}", reason=text, document=doc.id) for text in conflicts]
    others = [doc for doc in documents if doc.type == (application.type if application else "")]
    if len(others) > 1 and application is not None:
        notes.append(
            ReviewItem(
                what="applications " + ", ".join(doc.id for doc in others),
                reason=f"more than one application was received; {application.id} was used",
                document=application.id,
            )
        )
    return notes


def pay_stub_conflicts(stub: Document, profile: Profile) -> list[str]:
    """Where a pay stub's own figures disagree (checklist.md, Monthly income from a pay stub)."""
    fields = {name: found.value for name, found in stub.fields.items()}
    conflicts = []
    frequency = profile.pay_frequencies.get(str(fields.get("frequency") or ""))
    start, end = fields.get("period_start"), fields.get("period_end")
    if frequency and isinstance(start, date) and isinstance(end, date):
        low, high = frequency.period_days
        length = (end - start).days + 1
        if not low <= length <= high:
            conflicts.append(f"the pay period is {length} days long, which does not fit a {fields['frequency']} pay")
    current, ytd = _amount(fields.get("gross_current")), _amount(fields.get("gross_ytd"))
    pay_day = fields.get("pay_date") or stub.document_date
    if frequency and current and current > 0 and ytd is not None and isinstance(pay_day, date):
        elapsed = pay_day.timetuple().tm_yday * frequency.per_year / 365
        implied = float(ytd / current)
        check = profile.ytd_check
        if abs(implied - elapsed) > max(check.tolerance_periods, check.tolerance_share * elapsed):
            conflicts.append(
                f"the year-to-date gross is {implied:.1f} times the current gross, but about "
                f"{elapsed:.1f} pay periods have passed this year; the monthly income may be wrong"
            )
    monthly = _amount(fields.get("monthly_gross"))
    if frequency and current is not None and monthly is not None:
        expected = current * frequency.per_year / 12
        if abs(expected - monthly) > profile.ytd_check.monthly_gross_tolerance:
            conflicts.append(f"the monthly gross {monthly:.2f} does not match the current gross ({expected:.2f})")
    return conflicts


def _unique(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    seen: set[tuple[str, str, str | None]] = set()
    kept = []
    for item in items:
        key = (item.what, item.reason, item.document)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
