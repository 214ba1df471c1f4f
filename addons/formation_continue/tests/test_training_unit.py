from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import TrainingCommon


@tagged("post_install", "-at_install")
class TestTrainingUnit(TrainingCommon):
    def test_reference_data_counts(self):
        Unit = self.env["training.unit"].with_context(active_test=False)
        self.assertEqual(Unit.search_count([("unit_type", "=", "central")]), 1)
        self.assertEqual(Unit.search_count([("unit_type", "=", "academy")]), 12)
        self.assertEqual(Unit.search_count([("unit_type", "=", "directorate")]), 82)

    def test_reference_directorates_per_academy(self):
        casablanca = self.env.ref("formation_continue.unit_aref_06")
        dakhla = self.env.ref("formation_continue.unit_aref_12")
        Unit = self.env["training.unit"]
        self.assertEqual(Unit.search_count([("parent_id", "=", casablanca.id)]), 16)
        self.assertEqual(Unit.search_count([("parent_id", "=", dakhla.id)]), 2)

    def test_reference_names_translated(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["res.lang"]._activate_lang("ar_001")
        self.env["ir.module.module"]._load_module_terms(["formation_continue"], ["fr_FR", "ar_001"], overwrite=True)
        academy = self.env.ref("formation_continue.unit_aref_01")
        self.assertIn("Tanger-Tétouan-Al Hoceïma", academy.with_context(lang="fr_FR").name)
        self.assertTrue(academy.with_context(lang="fr_FR").name.startswith("Académie Régionale"))
        self.assertIn("طنجة-تطوان-الحسيمة", academy.with_context(lang="ar_001").name)

    def test_ancestors_stored_on_school(self):
        self.assertEqual(self.school_tanger.directorate_id, self.directorate_tanger)
        self.assertEqual(self.school_tanger.academy_id, self.academy)
        self.assertEqual(self.directorate_tanger.academy_id, self.academy)
        self.assertFalse(self.academy.directorate_id)

    def test_ancestors_follow_moved_school(self):
        self.school_tanger.parent_id = self.directorate_fes
        self.assertEqual(self.school_tanger.directorate_id, self.directorate_fes)
        self.assertEqual(self.school_tanger.academy_id, self.env.ref("formation_continue.unit_aref_03"))

    def test_child_of_uses_parent_path(self):
        units = self.env["training.unit"].search([("id", "child_of", self.academy.id)])
        self.assertIn(self.school_tanger, units)
        self.assertIn(self.directorate_tetouan, units)
        self.assertNotIn(self.directorate_fes, units)

    def test_parent_type_rejected(self):
        with self.assertRaisesRegex(ValidationError, "its parent must be of type"):
            self.env["training.unit"].create(
                {
                    "name": "Test Misplaced School",
                    "code": "TEST-BAD",
                    "unit_type": "school",
                    "parent_id": self.academy.id,
                }
            )

    def test_central_parent_rejected(self):
        with self.assertRaisesRegex(ValidationError, "has no parent unit"):
            self.env["training.unit"].create(
                {
                    "name": "Test Second Central",
                    "code": "TEST-MEN",
                    "unit_type": "central",
                    "parent_id": self.academy.id,
                }
            )

    def test_cycle_rejected(self):
        with self.assertRaises(UserError):
            self.directorate_tanger.parent_id = self.school_tanger

    @mute_logger("odoo.sql_db")
    def test_code_unique(self):
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self.env["training.unit"].create(
                {
                    "name": "Test Duplicate",
                    "code": "TEST-SCH-A",
                    "unit_type": "school",
                    "parent_id": self.directorate_tanger.id,
                }
            )
