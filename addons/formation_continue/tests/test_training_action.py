from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingAction(TrainingCommon):
    def _new_action(self, **overrides):
        vals = {
            "name": "Test Formative Assessment",
            "programme_id": self.programme.id,
            "area_id": self.area.id,
            "planned_hours": 7.0,
            "unit_id": self.academy.id,
        }
        vals.update(overrides)
        return self.env["training.action"].create(vals)

    def test_reference_from_sequence(self):
        first, second = self._new_action(), self._new_action()
        self.assertTrue(first.reference.startswith("FC/"))
        self.assertNotEqual(first.reference, second.reference)

    def test_full_flow(self):
        action = self._new_action()
        self.assertEqual(action.state, "draft")
        action.action_plan()
        self.assertEqual(action.state, "planned")
        action.action_start()
        self.assertEqual(action.state, "in_progress")
        action.action_done()
        self.assertEqual(action.state, "done")

    def test_plan_requires_hours(self):
        action = self._new_action(planned_hours=0.0)
        with self.assertRaisesRegex(ValidationError, "planned hours"):
            action.action_plan()

    def test_plan_twice_rejected(self):
        with self.assertRaisesRegex(UserError, "only a draft action can be planned"):
            self.action.action_plan()

    def test_done_with_open_sessions_rejected(self):
        self.action.action_start()
        with self.assertRaisesRegex(UserError, "still has open sessions"):
            self.action.action_done()

    def test_cancel_cancels_sessions(self):
        self.action.action_cancel()
        self.assertEqual(self.action.state, "cancelled")
        self.assertEqual(set(self.action.session_ids.mapped("state")), {"cancelled"})

    def test_reset_to_draft_after_cancel(self):
        self.action.action_cancel()
        self.action.action_reset_to_draft()
        self.assertEqual(self.action.state, "draft")

    def test_unlink_planned_rejected(self):
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.action.unlink()

    def test_dates_follow_sessions(self):
        self.assertEqual(self.action.date_start, self.session_tanger.date_start)
        self.assertEqual(self.action.date_end, self.session_tetouan.date_end)

    def test_counts(self):
        self.assertEqual(self.action.session_count, 2)
        self.assertEqual(self.action.participant_count, 2)
