from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingAttendance(TrainingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.session_tanger.action_plan()
        cls.enrolment_tanger_2 = cls.env["training.enrolment"].create(
            {"participant_id": cls.participant_tanger_2.id, "session_id": cls.session_tanger.id}
        )
        cls.morning, cls.afternoon = cls.session_tanger.slot_ids

    def test_sheet_has_row_per_enrolment(self):
        action = self.morning.action_open_attendance()
        lines = self.env["training.attendance"].search(action["domain"])
        self.assertEqual(lines.enrolment_id, self.enrolment_tanger | self.enrolment_tanger_2)
        self.assertEqual(set(lines.mapped("state")), {"present"})

    def test_sheet_action_filters_on_reload(self):
        # A page reload loads the stored action, with the slot as active_id from the URL.
        stored = self.env.ref("formation_continue.training_attendance_action_sheet")
        domain = safe_eval(stored.domain, {"active_id": self.morning.id})
        self.morning.action_open_attendance()
        self.afternoon.action_open_attendance()
        self.assertEqual(self.env["training.attendance"].search(domain), self.morning.attendance_ids)

    def test_sheet_reopened_adds_no_rows(self):
        self.morning.action_open_attendance()
        self.morning.action_open_attendance()
        self.assertEqual(len(self.morning.attendance_ids), 2)

    def test_sheet_skips_cancelled_enrolment(self):
        self.enrolment_tanger_2.action_cancel()
        self.morning.action_open_attendance()
        self.assertEqual(self.morning.attendance_ids.enrolment_id, self.enrolment_tanger)

    def test_sheet_rejected_on_draft_session(self):
        with self.assertRaisesRegex(UserError, "Plan the session first"):
            self.session_tetouan.slot_ids[0].action_open_attendance()

    def test_hours_and_rate(self):
        self.morning.action_open_attendance()
        self.afternoon.action_open_attendance()
        absent = self.afternoon.attendance_ids.filtered(lambda line: line.enrolment_id == self.enrolment_tanger)
        absent.action_mark_absent()
        self.assertEqual(self.enrolment_tanger.attended_hours, 4.0)
        self.assertAlmostEqual(self.enrolment_tanger.attendance_rate, 100.0 * 4 / 7)
        self.assertEqual(self.enrolment_tanger_2.attended_hours, 7.0)
        self.assertEqual(self.enrolment_tanger_2.attendance_rate, 100.0)

    def test_excused_counts_no_hours(self):
        self.morning.action_open_attendance()
        line = self.morning.attendance_ids.filtered(lambda line: line.enrolment_id == self.enrolment_tanger)
        line.action_mark_excused()
        self.assertEqual(line.attended_hours, 0.0)
        self.assertEqual(self.enrolment_tanger.attended_hours, 0.0)

    def test_rate_follows_added_slot(self):
        self.morning.action_open_attendance()
        self.assertAlmostEqual(self.enrolment_tanger.attendance_rate, 100.0 * 4 / 7)
        self.afternoon.unlink()
        self.assertEqual(self.enrolment_tanger.attendance_rate, 100.0)

    def test_slot_hours_change_updates_attended(self):
        self.morning.action_open_attendance()
        self.morning.hours = 3.0
        self.assertEqual(self.enrolment_tanger.attended_hours, 3.0)

    def test_attendance_on_draft_session_rejected(self):
        with self.assertRaisesRegex(ValidationError, "no attendance can be recorded"):
            self.env["training.attendance"].create(
                {"enrolment_id": self.enrolment_tetouan.id, "slot_id": self.session_tetouan.slot_ids[0].id}
            )

    def test_slot_of_other_session_rejected(self):
        with self.assertRaisesRegex(ValidationError, "own session"):
            self.env["training.attendance"].create(
                {"enrolment_id": self.enrolment_tanger.id, "slot_id": self.session_tetouan.slot_ids[0].id}
            )

    def test_hours_grouped_by_directorate(self):
        self.morning.action_open_attendance()
        groups = self.env["training.enrolment"]._read_group(
            [("session_id", "=", self.session_tanger.id)], ["directorate_id", "gender"], ["attended_hours:sum"]
        )
        hours = {(directorate, gender): total for directorate, gender, total in groups}
        self.assertEqual(hours[(self.directorate_tanger, "male")], 4.0)
        self.assertEqual(hours[(self.directorate_tanger, "female")], 4.0)

    def test_sheet_query_count(self):
        participants = self.env["training.participant"].create(
            [
                {
                    "name": f"Test Participant {index}",
                    "ppr": f"90000{index:02d}",
                    "gender": "female",
                    "staff_category": "teacher_primary",
                    "unit_id": self.school_tanger.id,
                }
                for index in range(20)
            ]
        )
        self.session_tanger.capacity = 30
        self.env["training.enrolment"].create(
            [{"participant_id": participant.id, "session_id": self.session_tanger.id} for participant in participants]
        )
        self.env.invalidate_all()
        # Opening the sheet costs a fixed number of queries, whatever the number of participants.
        with self.assertQueryCount(__system__=25):
            self.morning.action_open_attendance()
        self.assertEqual(len(self.morning.attendance_ids), 22)
