from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestTrainingUi(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        directorate = cls.env.ref("formation_continue.unit_dp_tanger_assilah")
        school = cls.env["training.unit"].create(
            {"name": "Tour School", "code": "TEST-TOUR-SCH", "unit_type": "school", "parent_id": directorate.id}
        )
        area = cls.env["training.area"].create({"name": "Tour Area"})
        programme = cls.env["training.programme"].create({"name": "Tour Programme", "code": "TEST-TOUR"})
        action = cls.env["training.action"].create(
            {
                "name": "Tour Action",
                "programme_id": programme.id,
                "area_id": area.id,
                "planned_hours": 4.0,
                "unit_id": directorate.academy_id.id,
            }
        )
        action.action_plan()
        cls.participant = cls.env["training.participant"].create(
            {
                "name": "Tour Participant",
                "ppr": "8800001",
                "gender": "female",
                "staff_category": "teacher_lower_secondary",
                "unit_id": school.id,
            }
        )
        cls.officer = new_test_user(
            cls.env,
            "test_fc_tour_officer",
            groups="formation_continue.group_training_officer",
            name="Tour Officer",
            lang="fr_FR",
            tz="Africa/Casablanca",
        )
        cls.officer.training_unit_ids = directorate

    def test_officer_runs_training(self):
        self.start_tour("/odoo", "formation_continue_officer_tour", login="test_fc_tour_officer")

        enrolment = self.participant.enrolment_ids
        self.assertEqual(enrolment.session_id.name, "Tour Group")
        self.assertEqual(enrolment.session_id.state, "planned")
        self.assertEqual(enrolment.planned_hours, 4.0)
        self.assertEqual(enrolment.attendance_ids.state, "absent")
        self.assertEqual(enrolment.attended_hours, 0.0)
