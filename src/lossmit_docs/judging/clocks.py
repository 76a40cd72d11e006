"""The federal calendar and the Reg X clocks (domain-rules.md §1 and §6 rules 1-16).

Pure functions on `date`: nothing here reads today's date, so a backfill or a re-run with `--as-of` gives
the same answers as the day itself. Where the rule leaves a day of doubt, the earlier (safer for the
servicer) date is taken, as §6 asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

import holidays

# 5 U.S.C. 6103(a): the eleven legal public holidays, named as the `holidays` package names them. A name
# outside this list (a day closed by executive order, Inauguration Day) is not a legal public holiday.
_STATUTORY_NAMES = (
    "New Year's Day",
    "Martin Luther King Jr. Day",
    "Washington's Birthday",
    "Memorial Day",
    "Juneteenth National Independence Day",
    "Independence Day",
    "Labor Day",
    "Columbus Day",
    "Veterans Day",
    "Thanksgiving Day",
    "Christmas Day",
    "Armistice Day",  # Veterans Day's name before 1954
)
# First year each late addition is a legal public holiday (the package agrees; kept as a guard).
_FIRST_YEAR = {"Martin Luther King Jr. Day": 1986, "Juneteenth National Independence Day": 2021}

ACKNOWLEDGMENT_BUSINESS_DAYS = 5
REASONABLE_DATE_DAYS = 30
REASONABLE_DATE_FLOOR_DAYS = 7
EVALUATION_DAYS = 30
APPEAL_DAYS = 14
APPEAL_DECISION_DAYS = 30
ACKNOWLEDGMENT_MIN_DAYS_BEFORE_SALE = 45
FULL_PROTECTION_MIN_DAYS_BEFORE_SALE = 38  # "more than 37 days"
LONG_WINDOW_MIN_DAYS_BEFORE_SALE = 90
LONG_ACCEPTANCE_DAYS = 14
SHORT_ACCEPTANCE_DAYS = 7
SALE_MILESTONES_DAYS = (90, 38)
DEFAULT_FRESHNESS_DAYS = 90


@cache
def _holidays_of(year: int) -> frozenset[date]:
    """Actual dates (never the observed Friday/Monday) of the statutory holidays in one year."""
    listed = holidays.country_holidays("US", years=year, observed=False, language="en_US")
    return frozenset(
        day
        for day in listed
        if any(name in _STATUTORY_NAMES and year >= _FIRST_YEAR.get(name, 0) for name in listed.get_list(day))
    )


@cache
def _observed_of(year: int) -> frozenset[date]:
    """The Friday before a Saturday holiday and the Monday after a Sunday one (6103(b))."""
    shifted = set()
    for year_of_holiday in (year - 1, year, year + 1):  # Jan 1 on a Saturday is observed on Dec 31
        for day in _holidays_of(year_of_holiday):
            if day.weekday() == 5:
                shifted.add(day - timedelta(days=1))
            elif day.weekday() == 6:
                shifted.add(day + timedelta(days=1))
    return frozenset(d for d in shifted if d.year == year)


def is_legal_public_holiday(day: date) -> bool:
    """True on the actual date of a 5 U.S.C. 6103(a) holiday (rule 1)."""
    return day in _holidays_of(day.year)


def is_observed_holiday(day: date) -> bool:
    """True on the weekday a weekend holiday is observed by federal offices."""
    return day in _observed_of(day.year)


def is_business_day(day: date, *, exclude_observed: bool = False) -> bool:
    """Not a Saturday, Sunday or legal public holiday; observed days count unless `exclude_observed`.

    Reg X says nothing on observed days; counting them (the default) gives the earlier due date (§1.14).
    """
    if day.weekday() >= 5 or is_legal_public_holiday(day):
        return False
    return not (exclude_observed and is_observed_holiday(day))


def add_business_days(start: date, count: int, *, exclude_observed: bool = False) -> date:
    """The `count`-th business day after `start`, counting from the day after (rule 2)."""
    if count < 0:
        raise ValueError(f"count must not be negative: {count}")
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, exclude_observed=exclude_observed):
            remaining -= 1
    return day


def days_delinquent(on: date, oldest_unpaid_due_date: date) -> int:
    """Calendar days since the oldest unpaid installment fell due (rule 3); 0 when not yet due."""
    return max(0, (on - oldest_unpaid_due_date).days)


def day_120_of_delinquency(oldest_unpaid_due_date: date) -> date:
    """The day the loan is 120 days delinquent (rule 4)."""
    return oldest_unpaid_due_date + timedelta(days=120)


def delinquency_deadline_cap(oldest_unpaid_due_date: date) -> date:
    """The 120th day used as a cap on a deadline: one day earlier, since "the 120th day" is ambiguous."""
    return oldest_unpaid_due_date + timedelta(days=119)


def foreclosure_referral_allowed(on: date, oldest_unpaid_due_date: date) -> bool:
    """A first notice or filing needs more than 120 days of delinquency (1024.41(f)(1))."""
    return days_delinquent(on, oldest_unpaid_due_date) > 120


def days_before_sale(on: date, sale_date: date | None) -> int | None:
    """Calendar days from `on` to the foreclosure sale; None when no sale is scheduled (rule 5)."""
    return None if sale_date is None else (sale_date - on).days


def acknowledgment_required(days_to_sale: int | None) -> bool:
    """An application 45 or more days before a sale (or with none) must be acknowledged."""
    return days_to_sale is None or days_to_sale >= ACKNOWLEDGMENT_MIN_DAYS_BEFORE_SALE


def full_protection_applies(days_to_sale: int | None) -> bool:
    """More than 37 days before sale: full evaluation, the complete-application notice and the sale bar."""
    return days_to_sale is None or days_to_sale >= FULL_PROTECTION_MIN_DAYS_BEFORE_SALE


def appeal_available(days_to_sale: int | None, *, in_pre_foreclosure_review: bool = False) -> bool:
    """Appeal rights: complete 90+ days before sale, no sale, or within the 120-day review (rule 16)."""
    return in_pre_foreclosure_review or days_to_sale is None or days_to_sale >= LONG_WINDOW_MIN_DAYS_BEFORE_SALE


def acceptance_window_days(days_to_sale: int | None) -> int | None:
    """14 days (90+ before sale or no sale), 7 days (38-89), None when 1024.41's timing does not apply."""
    if days_to_sale is None or days_to_sale >= LONG_WINDOW_MIN_DAYS_BEFORE_SALE:
        return LONG_ACCEPTANCE_DAYS
    if days_to_sale >= FULL_PROTECTION_MIN_DAYS_BEFORE_SALE:
        return SHORT_ACCEPTANCE_DAYS
    return None


def acknowledgment_due(received_on: date, sale_date: date | None = None) -> date | None:
    """Five business days after receipt (rule 6); None when the application came under 45 days before sale."""
    if not acknowledgment_required(days_before_sale(received_on, sale_date)):
        return None
    return add_business_days(received_on, ACKNOWLEDGMENT_BUSINESS_DAYS)


def stale_date(document_date: date, freshness_days: int = DEFAULT_FRESHNESS_DAYS) -> date:
    """The last day a document still counts as fresh (rule 9)."""
    return document_date + timedelta(days=freshness_days)


def is_fresh(document_date: date, on: date, freshness_days: int = DEFAULT_FRESHNESS_DAYS) -> bool:
    """Dated no more than `freshness_days` before `on` (checklist.md, Terms)."""
    return on <= stale_date(document_date, freshness_days)


def reasonable_date(
    notice_date: date,
    *,
    stale_dates: Iterable[date] = (),
    oldest_unpaid_due_date: date | None = None,
    sale_date: date | None = None,
) -> date:
    """The date to ask missing items by (rule 8): 30 days, capped by the milestones, never under 7 days.

    Milestones already past on the notice date do not cap it; the date is not moved off weekends.
    """
    milestones = list(stale_dates)
    if oldest_unpaid_due_date is not None:
        milestones.append(delinquency_deadline_cap(oldest_unpaid_due_date))
    if sale_date is not None:
        milestones.extend(sale_date - timedelta(days=days) for days in SALE_MILESTONES_DAYS)
    ahead = [day for day in milestones if day > notice_date]
    usual = notice_date + timedelta(days=REASONABLE_DATE_DAYS)
    capped = min([usual, *ahead])
    return max(notice_date + timedelta(days=REASONABLE_DATE_FLOOR_DAYS), capped)


def complete_notice_due(complete_on: date) -> date:
    """The notice of a complete application: five business days after it became complete (rule 12)."""
    return add_business_days(complete_on, ACKNOWLEDGMENT_BUSINESS_DAYS)


def evaluation_due(complete_on: date, sale_date: date | None = None) -> date | None:
    """Determination notice 30 calendar days after completion (rule 13); None at 37 days or less before sale."""
    if not full_protection_applies(days_before_sale(complete_on, sale_date)):
        return None
    return complete_on + timedelta(days=EVALUATION_DAYS)


def acceptance_deadline(offer_date: date, days_to_sale_when_complete: int | None) -> date | None:
    """Earliest deadline the servicer may set for accepting an offer (rule 15)."""
    window = acceptance_window_days(days_to_sale_when_complete)
    return None if window is None else offer_date + timedelta(days=window)


def appeal_deadline(offer_date: date) -> date:
    """The borrower may appeal a modification denial within 14 days of the determination (rule 16)."""
    return offer_date + timedelta(days=APPEAL_DAYS)


def appeal_decision_due(appeal_date: date) -> date:
    """The appeal decision is due 30 days after the appeal (rule 16)."""
    return appeal_date + timedelta(days=APPEAL_DECISION_DAYS)


def post_appeal_acceptance_deadline(decision_date: date) -> date:
    """After an appeal decision with an offer, at least 14 days to accept (rule 16, 1024.41(e)(2)(iii))."""
    return decision_date + timedelta(days=LONG_ACCEPTANCE_DAYS)
