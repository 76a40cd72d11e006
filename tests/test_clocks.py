"""The federal calendar and the Reg X clocks, with the worked dates of domain-rules.md §1.4, §1.14 and §6."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lossmit_docs.judging import clocks


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_monday_of_may(year: int) -> date:
    last = date(year, 5, 31)
    return last - timedelta(days=last.weekday())


def _statutory_holidays(year: int) -> set[date]:
    """The eleven dates of 5 U.S.C. 6103(a) as §1.14 states them, computed without the package."""
    days = {
        date(year, 1, 1),
        _nth_weekday(year, 2, 0, 3),
        _last_monday_of_may(year),
        date(year, 7, 4),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        date(year, 11, 11),
        _nth_weekday(year, 11, 3, 4),
        date(year, 12, 25),
    }
    if year >= 1986:
        days.add(_nth_weekday(year, 1, 0, 3))
    if year >= 2021:
        days.add(date(year, 6, 19))
    return days


def _holidays_in(year: int) -> set[date]:
    day, found = date(year, 1, 1), set()
    while day.year == year:
        if clocks.is_legal_public_holiday(day):
            found.add(day)
        day += timedelta(days=1)
    return found


# --- rule 1 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1985, 1986, 2013, 2020, 2021, 2025, 2026, 2030, 2049])
def test_holidays_are_exactly_the_eleven_statutory_dates(year: int) -> None:
    assert _holidays_in(year) == _statutory_holidays(year)


def test_holiday_list_for_2025_by_hand() -> None:
    assert sorted(_holidays_in(2025)) == [
        date(2025, 1, 1),
        date(2025, 1, 20),
        date(2025, 2, 17),
        date(2025, 5, 26),
        date(2025, 6, 19),
        date(2025, 7, 4),
        date(2025, 9, 1),
        date(2025, 10, 13),
        date(2025, 11, 11),
        date(2025, 11, 27),
        date(2025, 12, 25),
    ]


def test_juneteenth_from_2021_and_mlk_day_from_1986() -> None:
    assert not clocks.is_legal_public_holiday(date(2020, 6, 19))
    assert clocks.is_legal_public_holiday(date(2021, 6, 19))
    assert not clocks.is_legal_public_holiday(date(1985, 1, 21))
    assert clocks.is_legal_public_holiday(date(1986, 1, 20))


def test_observed_days_and_executive_order_closures_are_not_legal_holidays() -> None:
    assert not clocks.is_legal_public_holiday(date(2026, 7, 3))  # July 4 2026 is a Saturday
    assert clocks.is_observed_holiday(date(2026, 7, 3))
    assert clocks.is_observed_holiday(date(2021, 12, 31))  # Jan 1 2022 is a Saturday
    assert not clocks.is_legal_public_holiday(date(2019, 12, 24))  # closed by executive order
    assert not clocks.is_legal_public_holiday(date(2025, 1, 20) + timedelta(days=1))


# --- rule 2 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("receipt", "due", "exclude_observed"),
    [
        (date(2013, 10, 1), date(2013, 10, 8), False),
        (date(2025, 6, 16), date(2025, 6, 24), False),  # Juneteenth skipped
        (date(2026, 7, 1), date(2026, 7, 8), False),  # observed Fri 3 Jul counted
        (date(2026, 7, 1), date(2026, 7, 9), True),  # observed day excluded
    ],
)
def test_five_business_days(receipt: date, due: date, exclude_observed: bool) -> None:
    assert clocks.add_business_days(receipt, 5, exclude_observed=exclude_observed) == due


def test_ten_business_days_over_columbus_day_2013() -> None:
    assert clocks.add_business_days(date(2013, 10, 8), 10) == date(2013, 10, 23)


def test_business_days_count_from_the_day_after_a_weekend_receipt() -> None:
    assert clocks.add_business_days(date(2025, 6, 14), 1) == date(2025, 6, 16)  # Saturday -> Monday
    assert clocks.add_business_days(date(2025, 6, 16), 0) == date(2025, 6, 16)
    with pytest.raises(ValueError):
        clocks.add_business_days(date(2025, 6, 16), -1)


def test_acknowledgment_due_and_the_45_day_threshold() -> None:
    assert clocks.acknowledgment_due(date(2013, 10, 1)) == date(2013, 10, 8)
    assert clocks.acknowledgment_due(date(2025, 6, 16), sale_date=date(2025, 7, 31)) == date(2025, 6, 24)  # 45
    assert clocks.acknowledgment_due(date(2025, 6, 16), sale_date=date(2025, 7, 30)) is None  # 44


# --- rules 3 and 4 ------------------------------------------------------------------------------------


def test_days_delinquent_official_examples() -> None:
    assert clocks.days_delinquent(date(2025, 1, 31), date(2025, 1, 1)) == 30
    assert clocks.days_delinquent(date(2025, 2, 4), date(2025, 2, 1)) == 3  # payment applied to January
    assert clocks.days_delinquent(date(2013, 10, 23), date(2013, 10, 1) - timedelta(days=101)) == 123
    assert clocks.days_delinquent(date(2025, 1, 1), date(2025, 2, 1)) == 0


def test_day_120_and_its_uses() -> None:
    due = date(2025, 1, 1)
    assert clocks.day_120_of_delinquency(due) == date(2025, 5, 1)
    assert clocks.days_delinquent(clocks.day_120_of_delinquency(due), due) == 120
    assert clocks.delinquency_deadline_cap(due) == date(2025, 4, 30)
    assert not clocks.foreclosure_referral_allowed(date(2025, 5, 1), due)
    assert clocks.foreclosure_referral_allowed(date(2025, 5, 2), due)


# --- rule 5 -------------------------------------------------------------------------------------------


def test_days_before_sale_and_thresholds() -> None:
    assert clocks.days_before_sale(date(2013, 10, 1), date(2013, 11, 25)) == 55
    assert clocks.days_before_sale(date(2013, 10, 23), date(2013, 11, 25)) == 33
    assert clocks.days_before_sale(date(2013, 10, 1), None) is None
    assert clocks.acknowledgment_required(None) and clocks.acknowledgment_required(45)
    assert not clocks.acknowledgment_required(44)
    assert clocks.full_protection_applies(38) and not clocks.full_protection_applies(37)
    assert clocks.full_protection_applies(None)
    assert [clocks.acceptance_window_days(d) for d in (None, 90, 89, 38, 37)] == [14, 14, 7, 7, None]
    assert clocks.appeal_available(None) and clocks.appeal_available(90)
    assert not clocks.appeal_available(89)
    assert clocks.appeal_available(60, in_pre_foreclosure_review=True)


# --- rules 8 and 9 ------------------------------------------------------------------------------------


NOTICE = date(2025, 5, 20)
DUE = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("sale", "expected"),
    [
        (None, date(2025, 6, 19)),  # 30 days
        (date(2025, 9, 1), date(2025, 6, 3)),  # sale - 90 binds
        (date(2025, 8, 23), date(2025, 5, 27)),  # sale - 90 under 7 days: the floor
    ],
)
def test_reasonable_date_worked_examples(sale: date | None, expected: date) -> None:
    assert clocks.reasonable_date(NOTICE, oldest_unpaid_due_date=DUE, sale_date=sale) == expected


def test_reasonable_date_from_the_2013_example_and_milestones() -> None:
    assert clocks.reasonable_date(date(2013, 10, 23)) == date(2013, 11, 22)
    # The 120th day caps it (one day early), a stale date caps it, milestones already past do not.
    assert clocks.reasonable_date(NOTICE, oldest_unpaid_due_date=date(2025, 2, 1)) == date(2025, 5, 31)
    assert clocks.reasonable_date(NOTICE, stale_dates=[date(2025, 6, 5)]) == date(2025, 6, 5)
    assert clocks.reasonable_date(NOTICE, stale_dates=[date(2025, 5, 1)]) == date(2025, 6, 19)
    # sale - 38 binds when sale - 90 is past
    assert clocks.reasonable_date(NOTICE, sale_date=date(2025, 7, 10)) == date(2025, 6, 2)
    # never moved off a weekend: 2025-06-14 is a Saturday
    assert clocks.reasonable_date(NOTICE, stale_dates=[date(2025, 6, 14)]) == date(2025, 6, 14)


def test_stale_date_and_freshness() -> None:
    assert clocks.stale_date(date(2025, 3, 31)) == date(2025, 6, 29)
    assert clocks.stale_date(date(2025, 3, 31), 60) == date(2025, 5, 30)
    assert clocks.is_fresh(date(2025, 3, 31), date(2025, 6, 29))
    assert not clocks.is_fresh(date(2025, 3, 31), date(2025, 6, 30))


# --- rules 12, 13, 15, 16 -----------------------------------------------------------------------------


def test_complete_notice_and_evaluation_due() -> None:
    assert clocks.complete_notice_due(date(2025, 6, 16)) == date(2025, 6, 24)
    assert clocks.evaluation_due(date(2025, 6, 16)) == date(2025, 7, 16)
    assert clocks.evaluation_due(date(2025, 6, 16), sale_date=date(2025, 7, 24)) == date(2025, 7, 16)  # 38 days
    assert clocks.evaluation_due(date(2025, 6, 16), sale_date=date(2025, 7, 23)) is None  # 37 days


def test_acceptance_deadline() -> None:
    offer = date(2025, 7, 10)
    assert clocks.acceptance_deadline(offer, None) == date(2025, 7, 24)
    assert clocks.acceptance_deadline(offer, 90) == date(2025, 7, 24)
    assert clocks.acceptance_deadline(offer, 89) == date(2025, 7, 17)
    assert clocks.acceptance_deadline(offer, 38) == date(2025, 7, 17)
    assert clocks.acceptance_deadline(offer, 37) is None


def test_appeal_clocks() -> None:
    assert clocks.appeal_deadline(date(2025, 7, 10)) == date(2025, 7, 24)
    assert clocks.appeal_decision_due(date(2025, 7, 20)) == date(2025, 8, 19)
    assert clocks.post_appeal_acceptance_deadline(date(2025, 8, 19)) == date(2025, 9, 2)
