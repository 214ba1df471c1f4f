from datetime import datetime

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingSecurity(TrainingCommon):
    """Access matrix: each role gets an allowed and a refused case per main model."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.session_tanger.action_plan()
        cls.session_tetouan.action_plan()
        cls.session_tanger.slot_ids.with_context(active_test=False)._create_missing_attendance()
        cls.session_tetouan.slot_ids._create_missing_attendance()
        cls.participants = cls.participant_tanger | cls.participant_tanger_2 | cls.participant_tetouan
        cls.sessions = cls.session_tanger | cls.session_tetouan
        cls.enrolments = cls.enrolment_tanger | cls.enrolment_tetouan

    def _search_as(self, user, records):
        """Return what ``user`` finds among ``records``; demo data may share their units."""
        return records.with_user(user).search([("id", "in", records.ids)])

    # Directorate officer

    def test_directorate_officer_reads_own_participants(self):
        found = self._search_as(self.user_tanger, self.participants)
        self.assertEqual(found, self.participant_tanger | self.participant_tanger_2)

    def test_directorate_officer_cannot_read_other_participants(self):
        participant = self.participant_tetouan.with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            participant.read(["ppr", "cin"])

    def test_directorate_officer_cannot_read_other_enrolments(self):
        self.assertEqual(self._search_as(self.user_tanger, self.enrolments), self.enrolment_tanger)
        with self.assertRaises(AccessError):
            self.enrolment_tetouan.with_user(self.user_tanger).read(["attended_hours"])

    def test_directorate_officer_cannot_read_other_attendance(self):
        lines = self.sessions.slot_ids.attendance_ids
        self.assertEqual(self._search_as(self.user_tanger, lines).enrolment_id, self.enrolment_tanger)
        with self.assertRaises(AccessError):
            self.session_tetouan.slot_ids.attendance_ids.with_user(self.user_tanger).read(["state"])

    def test_directorate_officer_sessions_scope(self):
        self.assertEqual(self._search_as(self.user_tanger, self.sessions), self.session_tanger)
        with self.assertRaises(AccessError):
            self.session_tetouan.with_user(self.user_tanger).read(["name"])

    def test_directorate_officer_reads_academy_action(self):
        action = self.action.with_user(self.user_tanger)
        self.assertEqual(action.read(["name"])[0]["name"], "Test Active Learning")
        with self.assertRaises(AccessError):
            action.write({"name": "Renamed by directorate"})

    def test_directorate_officer_creates_session_with_slots(self):
        session = (
            self.env["training.session"]
            .with_user(self.user_tanger)
            .create(
                {
                    "name": "Tanger B",
                    "action_id": self.action.id,
                    "unit_id": self.directorate_tanger.id,
                    "slot_ids": [(0, 0, {"start": datetime(2030, 3, 4, 8, 0), "end": datetime(2030, 3, 4, 12, 0)})],
                    "enrolment_ids": [(0, 0, {"participant_id": self.participant_tanger_2.id})],
                }
            )
        )
        self.assertEqual(session.total_hours, 4.0)
        self.assertTrue(session.slot_ids.calendar_event_id)

    def test_directorate_officer_cannot_create_session_elsewhere(self):
        with self.assertRaises(AccessError):
            self.env["training.session"].with_user(self.user_tanger).create(
                {"name": "Intruder", "action_id": self.action.id, "unit_id": self.directorate_tetouan.id}
            )

    def test_directorate_officer_takes_attendance(self):
        slot = self.session_tanger.slot_ids[0].with_user(self.user_tanger)
        slot.action_open_attendance()
        line = slot.attendance_ids.filtered(lambda attendance: attendance.enrolment_id == self.enrolment_tanger)
        line.action_mark_absent()
        self.assertEqual(self.enrolment_tanger.attended_hours, 3.0)

    def test_directorate_officer_cannot_mark_other_attendance(self):
        lines = self.session_tetouan.slot_ids.attendance_ids.with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            lines.write({"state": "absent"})

    def test_directorate_officer_cannot_move_session_out(self):
        session = self.session_tanger.with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            session.write({"unit_id": self.directorate_tetouan.id})
        with self.assertRaises(AccessError):
            session.write({"unit_id": self.academy.id})

    def test_directorate_officer_cannot_move_participant_out(self):
        participant = self.participant_tanger.with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            participant.write({"unit_id": self.school_tetouan.id})

    def test_directorate_officer_cannot_move_slot_out(self):
        slot = self.session_tanger.slot_ids[0].with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            slot.write({"session_id": self.session_tetouan.id})

    def test_directorate_officer_cannot_enrol_hidden_participant(self):
        Enrolment = self.env["training.enrolment"].with_user(self.user_tanger)
        with self.assertRaisesRegex(AccessError, "belong to units you do not cover"):
            Enrolment.create({"participant_id": self.participant_tetouan.id, "session_id": self.session_tanger.id})
        with self.assertRaises(AccessError):
            self.participant_tetouan.with_user(self.user_tanger).read(["ppr"])

    def test_computed_unit_copies_not_writable(self):
        enrolment = self.enrolment_tanger.with_user(self.user_tanger)
        for vals in (
            {"session_unit_id": self.directorate_tetouan.id},
            {"participant_unit_id": self.school_tetouan.id},
            {"attended_hours": 999.0},
        ):
            with self.subTest(vals=vals), self.assertRaisesRegex(AccessError, "are set by the system"):
                enrolment.write(vals)
        line = self.session_tanger.slot_ids.attendance_ids[:1].with_user(self.user_tanger)
        with self.assertRaisesRegex(AccessError, "are set by the system"):
            line.write({"participant_id": self.participant_tetouan.id})

    def test_onchange_hides_other_directorate(self):
        Attendance = self.env["training.attendance"].with_user(self.user_tanger)
        spec = {"enrolment_id": {}, "participant_id": {"fields": {"display_name": {}}}}
        with self.assertRaises(AccessError):
            Attendance.onchange({"enrolment_id": self.enrolment_tetouan.id}, ["enrolment_id"], spec)
        result = Attendance.onchange({"enrolment_id": self.enrolment_tanger.id}, ["enrolment_id"], spec)
        self.assertEqual(result["value"]["participant_id"]["id"], self.participant_tanger.id)

    def test_onchange_nested_enrolment_hidden(self):
        Session = self.env["training.session"].with_user(self.user_tanger)
        values = {"enrolment_ids": [(0, 0, {"participant_id": self.participant_tetouan.id})]}
        spec = {"enrolment_ids": {"fields": {"participant_unit_id": {"fields": {"display_name": {}}}}}}
        with self.assertRaises(AccessError):
            Session.onchange(values, ["enrolment_ids"], spec)

    def test_hidden_trainer_not_linkable(self):
        hidden = self.env["training.trainer"].create(
            {"name": "Test Trainer Fes Only", "unit_id": self.directorate_fes.id}
        )
        with self.assertRaisesRegex(AccessError, "belong to units you do not cover"):
            self.session_tanger.with_user(self.user_tanger).write({"trainer_ids": [(4, hidden.id)]})

    def test_access_error_names_no_record(self):
        self.user_tanger.groups_id = [(4, self.env.ref("base.group_no_one").id)]
        with self.assertRaises(AccessError) as caught:
            self.participant_tetouan.with_user(self.user_tanger).read(["name"])
        self.assertNotIn(self.participant_tetouan.name, str(caught.exception))

    def test_slot_events_not_editable_from_calendar(self):
        event = self.session_tanger.slot_ids[0].calendar_event_id
        for user in (self.user_tanger, self.user_viewer, self.user_admin):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    event.with_user(user).write({"name": "Moved"})
                with self.assertRaises(AccessError):
                    event.with_user(user).unlink()
        self.session_tanger.slot_ids[0].topic = "Still synced"
        self.assertIn("Still synced", event.name)

    def test_default_hidden_participant_rejected(self):
        Enrolment = self.env["training.enrolment"].with_user(self.user_tanger)
        with self.assertRaises(AccessError):
            Enrolment.with_context(default_participant_id=self.participant_tetouan.id).create(
                {"session_id": self.session_tanger.id}
            )
        with self.assertRaises(AccessError):
            Enrolment.with_context(default_participant_id=self.participant_tetouan.id).onchange(
                {}, [], {"participant_id": {"fields": {"display_name": {}}}}
            )

    def test_non_integer_ids_rejected(self):
        Enrolment = self.env["training.enrolment"].with_user(self.user_tanger)
        for value in (str(self.participant_tetouan.id), float(self.participant_tetouan.id)):
            with self.subTest(value=value), self.assertRaisesRegex(ValidationError, "is not a record id"):
                Enrolment.create({"participant_id": value, "session_id": self.session_tanger.id})
        with self.assertRaisesRegex(ValidationError, "is not a record id"):
            self.session_tanger.with_user(self.user_tanger).write({"trainer_ids": [(6, 0, [str(self.trainer.id)])]})

    def test_slot_cannot_take_other_event(self):
        other_event = self.session_tetouan.slot_ids[0].calendar_event_id
        slot = self.session_tanger.slot_ids[0].with_user(self.user_tanger)
        with self.assertRaisesRegex(AccessError, "are set by the system"):
            slot.write({"calendar_event_id": other_event.id})

    def test_trainer_sessions_not_writable(self):
        trainer = self.trainer.with_user(self.user_academy)
        with self.assertRaisesRegex(AccessError, "are set by the system"):
            trainer.write({"session_ids": [(4, self.session_tetouan.id)]})

    def test_duplicate_check_needs_write_access(self):
        viewer_participant = self.participant_tanger_2.with_user(self.user_viewer)
        with self.assertRaises(AccessError):
            viewer_participant.write({"ppr": self.participant_tetouan.ppr})
        plain = self.env["training.participant"].with_user(self.user_plain)
        with self.assertRaises(AccessError):
            plain.create(
                {
                    "name": "Test Probe",
                    "ppr": self.participant_tetouan.ppr,
                    "gender": "male",
                    "staff_category": "other",
                    "unit_id": self.school_tanger.id,
                }
            )

    def test_academy_officer_enrols_across_directorates(self):
        self.session_tanger.capacity = 5
        enrolment = (
            self.env["training.enrolment"]
            .with_user(self.user_academy)
            .create({"participant_id": self.participant_tetouan.id, "session_id": self.session_tanger.id})
        )
        self.assertEqual(enrolment.participant_unit_id, self.school_tetouan)

    def test_directorate_officer_creates_participant_in_scope(self):
        Participant = self.env["training.participant"].with_user(self.user_tanger)
        participant = Participant.create(
            {
                "name": "Test Participant Hind",
                "ppr": "4000001",
                "gender": "female",
                "staff_category": "teacher_primary",
                "unit_id": self.school_tanger.id,
            }
        )
        self.assertEqual(participant.directorate_id, self.directorate_tanger)
        with self.assertRaises(AccessError):
            Participant.create(
                {
                    "name": "Test Participant Outside",
                    "ppr": "4000002",
                    "gender": "male",
                    "staff_category": "teacher_primary",
                    "unit_id": self.school_tetouan.id,
                }
            )

    def test_organiser_reads_visiting_participant(self):
        # A Tetouan teacher enrolled in a Tanger session is visible to Tanger, not the reverse.
        self.session_tanger.capacity = 5
        self.env["training.enrolment"].create(
            {"participant_id": self.participant_tetouan.id, "session_id": self.session_tanger.id}
        )
        self.assertTrue(self.participant_tetouan.with_user(self.user_tanger).read(["name"]))
        self.assertEqual(self._search_as(self.user_tetouan, self.sessions), self.sessions)
        with self.assertRaises(AccessError):
            self.session_tanger.with_user(self.user_tetouan).write({"venue": "Elsewhere"})

    def test_directorate_officer_reads_trainers_of_academy(self):
        Trainer = self.env["training.trainer"]
        sibling = Trainer.create({"name": "Test Trainer Tetouan", "unit_id": self.directorate_tetouan.id})
        other_academy = Trainer.create({"name": "Test Trainer Fes", "unit_id": self.directorate_fes.id})
        trainers = self.trainer | sibling | other_academy
        self.assertEqual(self._search_as(self.user_tanger, trainers), self.trainer | sibling)
        with self.assertRaises(AccessError):
            sibling.with_user(self.user_tanger).write({"phone": "+212 600-999999"})

    def test_directorate_officer_reads_trainer_of_own_session(self):
        visiting = self.env["training.trainer"].create(
            {"name": "Test Trainer Visiting", "unit_id": self.directorate_fes.id}
        )
        self.session_tanger.trainer_ids = [(4, visiting.id)]
        self.assertEqual(self._search_as(self.user_tanger, visiting), visiting)
        self.assertFalse(self._search_as(self.user_tetouan, visiting))

    # Academy officer

    def test_academy_officer_reads_all_its_directorates(self):
        self.assertEqual(self._search_as(self.user_academy, self.participants), self.participants)
        self.assertEqual(self._search_as(self.user_academy, self.sessions), self.sessions)

    def test_academy_officer_cannot_write_other_academy(self):
        action = self.env["training.action"].create(
            {
                "name": "Test Fes Action",
                "programme_id": self.programme.id,
                "area_id": self.area.id,
                "unit_id": self.directorate_fes.id,
            }
        )
        with self.assertRaises(AccessError):
            action.with_user(self.user_academy).read(["name"])

    # Viewer

    def test_viewer_reads_scope(self):
        self.assertEqual(self._search_as(self.user_viewer, self.enrolments), self.enrolments)

    def test_viewer_cannot_write(self):
        with self.assertRaises(AccessError):
            self.session_tanger.with_user(self.user_viewer).write({"venue": "Changed"})
        with self.assertRaises(AccessError):
            self.env["training.participant"].with_user(self.user_viewer).create(
                {
                    "name": "Test Viewer Made",
                    "ppr": "5000001",
                    "gender": "male",
                    "staff_category": "teacher_primary",
                    "unit_id": self.school_tanger.id,
                }
            )

    def test_viewer_reads_hours_by_directorate(self):
        groups = (
            self.env["training.enrolment"]
            .with_user(self.user_viewer)
            ._read_group([], ["directorate_id"], ["attended_hours:sum"])
        )
        self.assertEqual(
            {directorate for directorate, _hours in groups}, {self.directorate_tanger, self.directorate_tetouan}
        )

    # Administrator and configuration

    def test_admin_reads_every_unit_records(self):
        fes_action = self.env["training.action"].create(
            {
                "name": "Test Fes Action",
                "programme_id": self.programme.id,
                "area_id": self.area.id,
                "unit_id": self.directorate_fes.id,
            }
        )
        self.assertIn(fes_action, self.env["training.action"].with_user(self.user_admin).search([]))

    def test_admin_manages_configuration(self):
        area = self.env["training.area"].with_user(self.user_admin).create({"name": "Test Area Admin"})
        self.assertTrue(area)

    def test_officer_cannot_change_configuration(self):
        with self.assertRaises(AccessError):
            self.env["training.area"].with_user(self.user_tanger).create({"name": "Test Area Officer"})
        with self.assertRaises(AccessError):
            self.directorate_tanger.with_user(self.user_tanger).write({"name": "Renamed"})
        self.assertTrue(self.directorate_tanger.with_user(self.user_tanger).read(["name"]))

    def test_user_without_units_sees_nothing(self):
        self.user_tanger.training_unit_ids = False
        self.assertFalse(self.env["training.participant"].with_user(self.user_tanger).search([]))

    def test_employee_without_group_refused(self):
        with self.assertRaises(AccessError):
            self.env["training.participant"].with_user(self.user_plain).search([])
        with self.assertRaises(AccessError):
            self.env["training.enrolment"].with_user(self.user_plain).search([])
