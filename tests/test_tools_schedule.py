"""Unit tests of tools/schedule.py: slot durations, overlapping slots and attendance rates."""

from datetime import datetime, timedelta

import pytest

from addon_files import load_tool_module

DAY = datetime(2025, 10, 6)


def at(hour, minute=0, day=DAY):
    return day.replace(hour=hour, minute=minute)


@pytest.fixture(scope="module")
def schedule():
    return load_tool_module("schedule")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (at(9), at(12), 3.0),
        (at(9), at(9, 15), 0.25),
        (at(9), at(10, 20), 1.25),  # 1 h 20 rounds down to 1 h 15
        (at(9), at(10, 10), 1.25),  # 1 h 10 rounds up to 1 h 15
        (at(9), at(10, 5), 1.0),  # 1 h 05 rounds down to 1 h
        (at(9), at(9, 5), 0.0),  # 5 minutes round down to 0
        (at(22), at(2, day=DAY + timedelta(days=1)), 4.0),  # across midnight
    ],
)
def test_duration_hours_rounds_to_quarter_hour(schedule, start, end, expected):
    assert schedule.duration_hours(start, end) == expected


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (None, at(12)),
        (at(9), None),
        (None, None),
        (False, at(12)),  # Odoo gives False for an empty Datetime field
    ],
)
def test_duration_hours_missing_bound_is_zero(schedule, start, end):
    assert schedule.duration_hours(start, end) == 0.0


@pytest.mark.parametrize(("start", "end"), [(at(12), at(9)), (at(9), at(9))])
def test_duration_hours_end_not_after_start_is_zero(schedule, start, end):
    assert schedule.duration_hours(start, end) == 0.0


def test_find_overlaps_reports_overlapping_pair(schedule):
    intervals = [("a", at(9), at(11)), ("b", at(10), at(12))]
    assert schedule.find_overlaps(intervals) == [("a", "b")]


def test_find_overlaps_ignores_touching_intervals(schedule):
    intervals = [("a", at(9), at(10)), ("b", at(10), at(11)), ("c", at(11), at(12))]
    assert schedule.find_overlaps(intervals) == []


def test_find_overlaps_sorts_by_start(schedule):
    intervals = [("late", at(10), at(12)), ("early", at(9), at(11))]
    assert schedule.find_overlaps(intervals) == [("early", "late")]


def test_find_overlaps_reports_each_contained_interval(schedule):
    intervals = [("day", at(8), at(17)), ("morning", at(9), at(11)), ("afternoon", at(14), at(16))]
    assert schedule.find_overlaps(intervals) == [("day", "morning"), ("day", "afternoon")]


def test_find_overlaps_reports_identical_intervals(schedule):
    intervals = [("a", at(9), at(11)), ("b", at(9), at(11))]
    assert schedule.find_overlaps(intervals) == [("a", "b")]


def test_find_overlaps_skips_missing_bounds(schedule):
    intervals = [("no start", None, at(11)), ("no end", at(9), False), ("full", at(9), at(12))]
    assert schedule.find_overlaps(intervals) == []


def test_find_overlaps_accepts_generator_and_empty_input(schedule):
    assert schedule.find_overlaps([]) == []
    generated = ((key, at(hour), at(hour + 2)) for key, hour in (("a", 9), ("b", 10)))
    assert schedule.find_overlaps(generated) == [("a", "b")]


@pytest.mark.parametrize(
    ("attended", "planned", "expected"),
    [
        (3.0, 6.0, 50.0),
        (6.0, 6.0, 100.0),
        (0.0, 6.0, 0.0),
        (1.5, 12.0, 12.5),
    ],
)
def test_attendance_rate_is_percentage(schedule, attended, planned, expected):
    assert schedule.attendance_rate(attended, planned) == pytest.approx(expected)


def test_attendance_rate_capped_at_100(schedule):
    assert schedule.attendance_rate(7.5, 6.0) == 100.0


@pytest.mark.parametrize("planned", [0, 0.0, None, False])
def test_attendance_rate_without_planned_hours_is_zero(schedule, planned):
    assert schedule.attendance_rate(3.0, planned) == 0.0
