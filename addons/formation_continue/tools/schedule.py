"""Time-slot arithmetic shared by sessions, slots and attendance."""


def duration_hours(start, end):
    """Return the hours between two datetimes, rounded to the quarter hour.

    Returns 0.0 when either bound is missing or when ``end`` is not after
    ``start``: the slot constraint reports that case, not this helper.
    """
    if not start or not end or end <= start:
        return 0.0
    hours = (end - start).total_seconds() / 3600.0
    return round(hours * 4) / 4


def find_overlaps(intervals):
    """Return the pairs of keys whose intervals overlap.

    ``intervals`` is an iterable of ``(key, start, end)``. Intervals that
    only touch (one ends when the next starts) do not overlap.
    """
    ordered = sorted(
        (interval for interval in intervals if interval[1] and interval[2]),
        key=lambda interval: (interval[1], interval[2]),
    )
    overlaps = []
    for index, (key, _start, end) in enumerate(ordered):
        for other_key, other_start, _other_end in ordered[index + 1 :]:
            if other_start >= end:
                break
            overlaps.append((key, other_key))
    return overlaps


def attendance_rate(attended_hours, planned_hours):
    """Return attended hours as a percentage of planned hours (0 to 100)."""
    if not planned_hours:
        return 0.0
    return min(100.0, 100.0 * attended_hours / planned_hours)
