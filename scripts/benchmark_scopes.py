"""Measure record-rule scoping and the attendance sheet on a generated data set.

Run inside ``odoo shell`` on a database that has formation_continue installed
without demo data (scripts/benchmark.sh does all of it). It creates invented
participants in every directorate, and sessions with four three-hour slots and
their enrolments. It then prints wall-clock times and query counts for what
officers do most: list their participants and enrolments, read the hours
pivot, and open an attendance sheet. Figures depend on the machine; the script prints
its own sizes so that runs can be compared.
"""

import os
import resource
import time
from datetime import datetime, timedelta

PARTICIPANTS_PER_DIRECTORATE = int(os.environ.get("BENCH_PARTICIPANTS_PER_DIRECTORATE", "120"))
SESSIONS_PER_DIRECTORATE = int(os.environ.get("BENCH_SESSIONS_PER_DIRECTORATE", "4"))
SEATS_PER_SESSION = 25
SLOTS_PER_SESSION = 4
REPEATS = 5


def timed(label, function, env):
    """Run ``function`` REPEATS times on a cold cache and print the median time and queries."""
    durations, queries = [], []
    for _index in range(REPEATS):
        env.invalidate_all()
        start_queries = env.cr.sql_log_count
        start = time.perf_counter()
        result = function()
        env.flush_all()
        durations.append(time.perf_counter() - start)
        queries.append(env.cr.sql_log_count - start_queries)
    durations.sort()
    print(f"{label:<58} {durations[len(durations) // 2] * 1000:8.1f} ms {max(queries):5d} queries  -> {result}")
    return result


def slot_times(first, index):
    """Return the start and end of the ``index``-th three-hour slot of a session starting at ``first``."""
    start = first + timedelta(hours=5 * index)
    return {"start": start, "end": start + timedelta(hours=3)}


def generate(env):
    """Create the data set and return the Tanger-Assilah directorate and one of its slots."""
    Unit = env["training.unit"]
    directorates = Unit.search([("unit_type", "=", "directorate")])
    area = env["training.area"].create({"name": "Benchmark area", "code": "BENCH"})
    programme = env["training.programme"].create({"name": "Benchmark programme", "code": "BENCH"})
    schools = Unit.create(
        [
            {"name": f"Benchmark school {d.code}", "code": f"BENCH-{d.code}", "unit_type": "school", "parent_id": d.id}
            for d in directorates
        ]
    )
    participant_vals = []
    for school in schools:
        for _index in range(PARTICIPANTS_PER_DIRECTORATE):
            number = len(participant_vals) + 1
            participant_vals.append(
                {
                    "name": f"Invented Person {number}",
                    "ppr": f"{9000000 + number}",
                    "gender": "female" if number % 2 else "male",
                    "staff_category": "teacher_lower_secondary",
                    "unit_id": school.id,
                }
            )
    participants = env["training.participant"].create(participant_vals)
    by_unit = participants.grouped("unit_id")

    action = env["training.action"].create(
        {
            "name": "Benchmark action",
            "programme_id": programme.id,
            "area_id": area.id,
            "planned_hours": 14,
            "unit_id": env.ref("formation_continue.unit_central").id,
        }
    )
    action.action_plan()
    start = datetime(2031, 1, 6, 8, 0)
    session_vals = []
    for day, (school, directorate) in enumerate(zip(schools, directorates, strict=True)):
        for group in range(SESSIONS_PER_DIRECTORATE):
            first = start + timedelta(days=7 * group + day % 5)
            session_vals.append(
                {
                    "name": f"Group {group + 1}",
                    "action_id": action.id,
                    "unit_id": directorate.id,
                    "capacity": SEATS_PER_SESSION,
                    "slot_ids": [(0, 0, slot_times(first, slot)) for slot in range(SLOTS_PER_SESSION)],
                    "enrolment_ids": [
                        (0, 0, {"participant_id": participant.id})
                        for participant in by_unit[school][group * SEATS_PER_SESSION : (group + 1) * SEATS_PER_SESSION]
                    ],
                }
            )
    sessions = env["training.session"].create(session_vals)
    sessions.action_plan()
    sessions.slot_ids._create_missing_attendance()
    env.flush_all()
    tanger = env.ref("formation_continue.unit_dp_tanger_assilah")
    slot = sessions.filtered(lambda session: session.unit_id == tanger)[:1].slot_ids[:1]
    return tanger, slot


def officer(env, login, unit):
    user = env["res.users"].create(
        {
            "name": f"Benchmark {login}",
            "login": login,
            "groups_id": [(6, 0, [env.ref("formation_continue.group_training_officer").id])],
            "training_unit_ids": [(6, 0, unit.ids)],
        }
    )
    return env(user=user)


def main(env):
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True, mail_notrack=True))
    started = time.perf_counter()
    tanger, slot = generate(env)
    print(f"Generated in {time.perf_counter() - started:.1f} s:")
    for model in (
        "training.participant",
        "training.session",
        "training.session.slot",
        "training.enrolment",
        "training.attendance",
        "calendar.event",
    ):
        print(f"  {model:<24} {env[model].search_count([]):8d}")
    print()

    directorate_env = officer(env, "bench.directorate", tanger)
    academy_env = officer(env, "bench.academy", tanger.academy_id)
    for label, user_env in (
        ("directorate officer", directorate_env),
        ("academy officer", academy_env),
        ("superuser", env),
    ):
        Participant = user_env["training.participant"]
        Enrolment = user_env["training.enrolment"]
        timed(f"{label}: count participants", lambda P=Participant: P.search_count([]), env)
        timed(
            f"{label}: list 80 participants",
            lambda P=Participant: len(P.search([], limit=80).read(["name", "ppr", "unit_id"])),
            env,
        )
        timed(f"{label}: count enrolments", lambda E=Enrolment: E.search_count([]), env)
        timed(
            f"{label}: hours by directorate and gender",
            lambda E=Enrolment: len(E._read_group([], ["directorate_id", "gender"], ["attended_hours:sum"])),
            env,
        )
    print()
    sheet_slot = slot.with_env(directorate_env)
    timed(
        f"directorate officer: open an attendance sheet ({len(slot.attendance_ids)} rows)",
        lambda: sheet_slot.action_open_attendance()["res_model"],
        env,
    )
    print()
    print(f"Peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    env.cr.rollback()


main(env)  # noqa: F821 - ``env`` is provided by odoo shell
