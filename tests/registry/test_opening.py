from datetime import datetime, timedelta, timezone

import pytest

from signpost.registry.opening import LONDON, Schedule, is_open, next_opening, open_rows_window

EVERY_DAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The Leeds night sanctuary in the fixture registry: one night session written as two rows.
LEEDS_NIGHTS = (
    Schedule(byday=("FR", "SA", "SU", "MO"), opens_at="18:00", closes_at="24:00"),
    Schedule(byday=("SA", "SU", "MO", "TU"), opens_at="00:00", closes_at="02:00"),
)
AROUND_THE_CLOCK = (Schedule(byday=EVERY_DAY, opens_at="00:00", closes_at="24:00"),)
SPRING_FORWARD = datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)  # 01:00 GMT becomes 02:00 BST
FALL_BACK = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)  # 02:00 BST becomes 01:00 GMT


def london(*parts) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


def elapsed(start: datetime, end: datetime) -> timedelta:
    # in UTC: subtracting two Europe/London datetimes gives the wall-clock difference
    return end.astimezone(timezone.utc) - start.astimezone(timezone.utc)


def test_transition_dates_are_the_last_sundays_and_change_the_offset():
    for moment in (SPRING_FORWARD, FALL_BACK):
        assert moment.astimezone(LONDON).strftime("%a") == "Sun"
        before = (moment - timedelta(minutes=1)).astimezone(LONDON).utcoffset()
        after = moment.astimezone(LONDON).utcoffset()
        assert before != after


def test_leeds_night_session_reads_as_one_session_across_midnight():
    friday_evening = london(2026, 11, 20, 17, 0)
    assert friday_evening.strftime("%a") == "Fri"
    assert not is_open(LEEDS_NIGHTS, friday_evening)
    assert next_opening(LEEDS_NIGHTS, friday_evening) == (london(2026, 11, 20, 18, 0), london(2026, 11, 21, 2, 0))

    after_midnight = london(2026, 11, 21, 1, 0)
    assert is_open(LEEDS_NIGHTS, after_midnight)
    assert next_opening(LEEDS_NIGHTS, after_midnight) == (london(2026, 11, 20, 18, 0), london(2026, 11, 21, 2, 0))

    closing_time = london(2026, 11, 21, 2, 0)
    assert not is_open(LEEDS_NIGHTS, closing_time)
    assert next_opening(LEEDS_NIGHTS, closing_time) == (london(2026, 11, 21, 18, 0), london(2026, 11, 22, 2, 0))


def test_leeds_last_night_of_the_week_ends_tuesday_morning_then_waits_for_friday():
    assert is_open(LEEDS_NIGHTS, london(2026, 11, 24, 1, 59))  # Tuesday, Monday night's session
    assert not is_open(LEEDS_NIGHTS, london(2026, 11, 25, 1, 0))  # Wednesday: no Tuesday night
    assert next_opening(LEEDS_NIGHTS, london(2026, 11, 24, 3, 0)) == (
        london(2026, 11, 27, 18, 0),
        london(2026, 11, 28, 2, 0),
    )


def test_closing_at_24_00_means_midnight_at_the_end_of_the_day():
    monday_evening = (Schedule(byday=("MO",), opens_at="20:00", closes_at="24:00"),)
    assert is_open(monday_evening, london(2026, 11, 23, 23, 59))
    assert not is_open(monday_evening, london(2026, 11, 24, 0, 0))
    assert next_opening(monday_evening, london(2026, 11, 23, 12, 0)) == (
        london(2026, 11, 23, 20, 0),
        london(2026, 11, 24, 0, 0),
    )


def test_sessions_open_at_their_start_and_closed_at_their_end():
    evening = (Schedule(byday=("WE",), opens_at="18:00", closes_at="20:00"),)
    assert not is_open(evening, london(2026, 11, 25, 17, 59))
    assert is_open(evening, london(2026, 11, 25, 18, 0))
    assert is_open(evening, london(2026, 11, 25, 19, 59, 59))
    assert not is_open(evening, london(2026, 11, 25, 20, 0))


@pytest.mark.parametrize("transition", [SPRING_FORWARD, FALL_BACK], ids=["spring-forward", "fall-back"])
def test_around_the_clock_service_is_open_throughout_a_clock_change(transition):
    moment = transition - timedelta(hours=6)
    while moment < transition + timedelta(hours=6):
        assert is_open(AROUND_THE_CLOCK, moment), moment
        assert next_opening(AROUND_THE_CLOCK, moment) == (moment.astimezone(LONDON), None)
        moment += timedelta(minutes=5)


@pytest.mark.parametrize(
    "transition, hours", [(SPRING_FORWARD, 23), (FALL_BACK, 25)], ids=["spring-forward", "fall-back"]
)
def test_whole_sunday_session_lasts_as_long_as_the_day(transition, hours):
    sundays = (Schedule(byday=("SU",), opens_at="00:00", closes_at="24:00"),)
    saturday_noon = transition.astimezone(LONDON).replace(hour=12) - timedelta(days=1)
    start, end = next_opening(sundays, saturday_noon)
    assert start == transition.astimezone(LONDON).replace(hour=0, minute=0)
    assert elapsed(start, end) == timedelta(hours=hours)


def test_early_hours_session_is_one_hour_when_the_clocks_go_forward():
    early = (Schedule(byday=("SU",), opens_at="01:00", closes_at="03:00"),)
    start, end = next_opening(early, SPRING_FORWARD - timedelta(hours=3))
    assert (start, end) == (SPRING_FORWARD, SPRING_FORWARD + timedelta(hours=1))
    assert start.astimezone(LONDON).strftime("%H:%M") == "02:00"  # the clock jumps over 01:00
    assert not is_open(early, SPRING_FORWARD - timedelta(minutes=1))
    assert is_open(early, SPRING_FORWARD)
    assert is_open(early, SPRING_FORWARD + timedelta(minutes=59))
    assert not is_open(early, SPRING_FORWARD + timedelta(hours=1))


def test_early_hours_session_is_three_hours_when_the_clocks_go_back():
    early = (Schedule(byday=("SU",), opens_at="01:00", closes_at="03:00"),)
    start, end = next_opening(early, FALL_BACK - timedelta(hours=3))
    assert elapsed(start, end) == timedelta(hours=3)
    # 01:00 BST, the first time 01:00 comes round (compared in UTC: Python never finds an
    # ambiguous London time equal to a UTC one)
    assert start.astimezone(timezone.utc) == FALL_BACK - timedelta(hours=1)
    assert is_open(early, FALL_BACK - timedelta(minutes=30))  # 01:30 BST
    assert is_open(early, FALL_BACK + timedelta(minutes=30))  # 01:30 GMT
    assert not is_open(early, end)


@pytest.mark.parametrize("transition", [SPRING_FORWARD, FALL_BACK], ids=["spring-forward", "fall-back"])
@pytest.mark.parametrize(
    "schedules",
    [
        LEEDS_NIGHTS,
        (Schedule(byday=("SA", "SU"), opens_at="00:00", closes_at="03:00"),),
        (Schedule(byday=("SU",), opens_at="01:30", closes_at="09:00"),),
        (Schedule(byday=("SA",), opens_at="22:00", closes_at="24:00"), Schedule(byday=("SU",), opens_at="00:00", closes_at="01:30")),
    ],
    ids=["leeds", "early-weekend", "opens-at-01:30", "closes-at-01:30"],
)
def test_open_now_agrees_with_wall_clock_and_sessions_across_a_clock_change(schedules, transition):
    """Every ten minutes around a clock change: "open now" is inside the reported session, and,
    except in the repeated hour, it is exactly "the wall clock is inside a row for today"."""
    moment = transition - timedelta(hours=30)
    while moment < transition + timedelta(hours=30):
        session = next_opening(schedules, moment)
        assert session is not None
        start, end = session
        assert is_open(schedules, moment) == (start <= moment < end), moment
        assert end > moment
        day, earliest, latest, exact = open_rows_window(moment)
        if exact:
            by_wall_clock = any(day in row.byday and row.opens_at <= earliest < row.closes_at for row in schedules)
            assert is_open(schedules, moment) == by_wall_clock, moment
        moment += timedelta(minutes=10)


def test_no_schedules_never_open():
    assert not is_open((), london(2026, 11, 23, 12, 0))
    assert next_opening((), london(2026, 11, 23, 12, 0)) is None


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        is_open(AROUND_THE_CLOCK, datetime(2026, 11, 23, 12, 0))


def test_row_window_is_a_point_except_in_the_repeated_hour():
    assert open_rows_window(london(2026, 11, 25, 18, 5)) == ("WE", "18:05", "18:05", True)
    assert open_rows_window(SPRING_FORWARD) == ("SU", "02:00", "02:00", True)
    day, earliest, latest, exact = open_rows_window(FALL_BACK + timedelta(minutes=30))  # 01:30 GMT
    assert (day, exact) == ("SU", False)
    assert earliest <= "01:00" and latest >= "01:59"
