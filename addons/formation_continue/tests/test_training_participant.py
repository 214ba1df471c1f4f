from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingParticipant(TrainingCommon):
    def _participant_vals(self, **overrides):
        vals = {
            "name": "Test Participant Nadia",
            "ppr": "2000001",
            "cin": "AB20001",
            "gender": "female",
            "staff_category": "teacher_upper_secondary",
            "unit_id": self.school_tanger.id,
        }
        vals.update(overrides)
        return vals

    def test_identifiers_normalised(self):
        participant = self.env["training.participant"].create(self._participant_vals(ppr=" 200 0001 ", cin="ab-20001"))
        self.assertEqual(participant.ppr, "2000001")
        self.assertEqual(participant.cin, "AB20001")

    def test_ppr_malformed_rejected(self):
        for value in ("12AB567", "1234", "123456789"):
            with (
                self.subTest(ppr=value),
                self.assertRaisesRegex(ValidationError, f"PPR '{value}'"),
                self.cr.savepoint(),
            ):
                self.env["training.participant"].create(self._participant_vals(ppr=value))

    def test_cin_malformed_rejected(self):
        for value in ("1234567", "ABC123", "A1234567"):
            with (
                self.subTest(cin=value),
                self.assertRaisesRegex(ValidationError, f"CIN '{value}'"),
                self.cr.savepoint(),
            ):
                self.env["training.participant"].create(self._participant_vals(cin=value))

    def test_cin_optional(self):
        participant = self.env["training.participant"].create(self._participant_vals(cin=""))
        self.assertFalse(participant.cin)

    def test_ppr_unique(self):
        with self.assertRaisesRegex(ValidationError, "already has the PPR 1000001"), self.cr.savepoint():
            self.env["training.participant"].create(self._participant_vals(ppr="1000001"))

    def test_cin_unique(self):
        with self.assertRaisesRegex(ValidationError, "already has the CIN K100001"), self.cr.savepoint():
            self.env["training.participant"].create(self._participant_vals(cin="k 100001"))

    def test_ppr_unique_on_write(self):
        with self.assertRaisesRegex(ValidationError, "already has the PPR 1000001"), self.cr.savepoint():
            self.participant_tanger_2.write({"ppr": "1000001"})

    def test_duplicate_message_hides_other_person(self):
        with self.assertRaises(ValidationError) as caught, self.cr.savepoint():
            self.env["training.participant"].create(self._participant_vals(ppr="1000003"))
        self.assertNotIn(self.participant_tetouan.name, str(caught.exception))

    @mute_logger("odoo.sql_db")
    def test_ppr_unique_in_database(self):
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self.env.cr.execute(
                "UPDATE training_participant SET ppr = %s WHERE id = %s", ["1000001", self.participant_tanger_2.id]
            )

    def test_create_batch(self):
        participants = self.env["training.participant"].create(
            [
                self._participant_vals(ppr="3000001", cin="C300001"),
                self._participant_vals(ppr="3000002", cin="C300002", name="Test Participant Omar", gender="male"),
            ]
        )
        self.assertEqual(len(participants), 2)
        self.assertEqual(len(participants.partner_id), 2)

    def test_directorate_stored(self):
        self.assertEqual(self.participant_tanger.directorate_id, self.directorate_tanger)
        self.assertEqual(self.participant_tanger.academy_id, self.academy)

    def test_display_name_hides_ppr(self):
        self.assertEqual(self.participant_tanger.display_name, "Test Participant Karim")

    def test_search_by_ppr(self):
        found = self.env["training.participant"].name_search("1000002")
        self.assertEqual([record_id for record_id, _name in found], self.participant_tanger_2.ids)
