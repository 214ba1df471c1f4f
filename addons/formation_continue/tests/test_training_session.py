from datetime import datetime

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingSession(TrainingCommon):
    def test_dates_follow_slots(self):
        session = self.session_tanger
        self.assertEqual(session.date_start, datetime(2030, 1, 7, 8, 0))
        self.assertEqual(session.date_end, datetime(2030, 1, 7, 16, 0))
        self.assertEqual(session.total_hours, 7.0)
        session.slot_ids[-1].end = datetime(2030, 1, 7, 17, 0)
        self.assertEqual(session.date_end, datetime(2030, 1, 7, 17, 0))
        self.assertEqual(session.total_hours, 8.0)

    def test_slot_hours_can_exclude_breaks(self):
        slot = self.session_tanger.slot_ids[0]
        slot.hours = 3.5
        self.assertEqual(self.session_tanger.total_hours, 6.5)

    def test_slot_end_before_start_rejected(self):
        with self.assertRaisesRegex(ValidationError, "Set an end after the start"):
            self.env["training.session.slot"].create(
                {
                    "session_id": self.session_tanger.id,
                    "start": datetime(2030, 1, 8, 12, 0),
                    "end": datetime(2030, 1, 8, 8, 0),
                }
            )

    def test_slot_hours_above_duration_rejected(self):
        with self.assertRaisesRegex(ValidationError, "at most its duration"):
            self.session_tanger.slot_ids[0].hours = 5.0

    def test_slot_overlap_rejected(self):
        with self.assertRaisesRegex(ValidationError, "overlap"):
            self.env["training.session.slot"].create(
                {
                    "session_id": self.session_tanger.id,
                    "start": datetime(2030, 1, 7, 11, 0),
                    "end": datetime(2030, 1, 7, 14, 0),
                }
            )

    def test_slot_touching_accepted(self):
        slot = self.env["training.session.slot"].create(
            {
                "session_id": self.session_tanger.id,
                "start": datetime(2030, 1, 7, 16, 0),
                "end": datetime(2030, 1, 7, 18, 0),
            }
        )
        self.assertEqual(slot.hours, 2.0)

    def test_capacity_exceeded_rejected(self):
        self.env["training.enrolment"].create(
            {"participant_id": self.participant_tanger_2.id, "session_id": self.session_tanger.id}
        )
        with self.assertRaisesRegex(ValidationError, "Raise the capacity"):
            self.env["training.enrolment"].create(
                {"participant_id": self.participant_tetouan.id, "session_id": self.session_tanger.id}
            )

    def test_capacity_below_enrolments_rejected(self):
        self.env["training.enrolment"].create(
            {"participant_id": self.participant_tanger_2.id, "session_id": self.session_tanger.id}
        )
        with self.assertRaisesRegex(ValidationError, "2 enrolments for a capacity of 1"):
            self.session_tanger.capacity = 1

    def test_cancelled_enrolment_frees_seat(self):
        self.enrolment_tanger.action_cancel()
        self.assertEqual(self.session_tanger.seats_taken, 0)
        self.assertEqual(self.session_tanger.seats_available, 2)

    def test_enrolment_unique(self):
        with self.assertRaisesRegex(ValidationError, "already enrolled in"), self.cr.savepoint():
            self.env["training.enrolment"].create(
                {"participant_id": self.participant_tanger.id, "session_id": self.session_tanger.id}
            )

    def test_capacity_zero_rejected(self):
        with self.assertRaisesRegex(ValidationError, "capacity of 0"):
            self.session_tetouan.capacity = 0

    def test_flow_plan_start_done(self):
        session = self.session_tanger
        session.action_plan()
        self.assertEqual(session.state, "planned")
        session.action_start()
        self.assertEqual(session.state, "in_progress")
        self.assertEqual(self.action.state, "in_progress")
        session.action_done()
        self.assertEqual(session.state, "done")

    def test_plan_without_slots_rejected(self):
        session = self.env["training.session"].create(
            {"name": "Test Empty", "action_id": self.action.id, "unit_id": self.directorate_tanger.id}
        )
        with self.assertRaisesRegex(UserError, "has no time slots"):
            session.action_plan()

    def test_plan_with_draft_action_rejected(self):
        action = self.action.copy({"name": "Test Draft Action"})
        session = self._create_session_for(action)
        with self.assertRaisesRegex(UserError, "Plan the action before its sessions"):
            session.action_plan()

    def test_session_on_closed_action_rejected(self):
        action = self.action.copy({"name": "Test Closed Action"})
        action.action_cancel()
        with self.assertRaisesRegex(ValidationError, "no session can be added"):
            self._create_session_for(action)

    def test_unlink_planned_rejected(self):
        self.session_tanger.action_plan()
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.session_tanger.unlink()

    def _create_session_for(self, action):
        return self.env["training.session"].create(
            {
                "name": "Test Extra",
                "action_id": action.id,
                "unit_id": self.directorate_tanger.id,
                "slot_ids": [(0, 0, {"start": datetime(2030, 2, 1, 8, 0), "end": datetime(2030, 2, 1, 12, 0)})],
            }
        )


@tagged("post_install", "-at_install")
class TestTrainingSessionCalendar(TrainingCommon):
    def test_event_per_slot(self):
        slots = self.session_tanger.slot_ids
        self.assertEqual(len(slots.calendar_event_id), 2)
        event = slots[0].calendar_event_id
        self.assertEqual(event.start, slots[0].start)
        self.assertEqual(event.stop, slots[0].end)
        self.assertEqual(event.res_model, "training.session.slot")
        self.assertEqual(event.res_id, slots[0].id)

    def test_trainers_are_attendees(self):
        event = self.session_tanger.slot_ids[0].calendar_event_id
        self.assertEqual(event.partner_ids, self.trainer.partner_id)
        other = self.env["training.trainer"].create({"name": "Test Trainer Hamid", "unit_id": self.academy.id})
        self.session_tanger.trainer_ids = [(4, other.id)]
        self.assertEqual(event.partner_ids, self.trainer.partner_id | other.partner_id)

    def test_event_follows_slot(self):
        slot = self.session_tanger.slot_ids[0]
        slot.write({"start": datetime(2030, 1, 7, 9, 0), "topic": "Test Topic"})
        self.assertEqual(slot.calendar_event_id.start, datetime(2030, 1, 7, 9, 0))
        self.assertIn("Test Topic", slot.calendar_event_id.name)

    def test_event_removed_with_slot(self):
        slot = self.session_tanger.slot_ids[0]
        event = slot.calendar_event_id
        slot.unlink()
        self.assertFalse(event.exists())

    def test_event_archived_when_cancelled(self):
        event = self.session_tanger.slot_ids[0].calendar_event_id
        self.session_tanger.action_cancel()
        self.assertFalse(event.active)
        self.session_tanger.action_reset_to_draft()
        self.assertTrue(event.active)

    def test_events_removed_with_session(self):
        events = self.session_tanger.slot_ids.calendar_event_id
        self.session_tanger.enrolment_ids.unlink()
        self.session_tanger.unlink()
        self.assertFalse(events.exists())
