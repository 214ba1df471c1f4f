from datetime import datetime

from odoo.tests import new_test_user
from odoo.tests.common import TransactionCase


class TrainingCommon(TransactionCase):
    """Two directorates of one academy, a session in each, and a user per role.

    People are invented; the units are the add-on's reference data.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))

        cls._setup_units()
        cls._setup_users()
        cls._setup_catalogue()
        cls._setup_participants()
        cls._setup_sessions()

    @classmethod
    def _setup_units(cls):
        cls.central = cls.env.ref("formation_continue.unit_central")
        cls.academy = cls.env.ref("formation_continue.unit_aref_01")
        cls.directorate_tanger = cls.env.ref("formation_continue.unit_dp_tanger_assilah")
        cls.directorate_tetouan = cls.env.ref("formation_continue.unit_dp_tetouan")
        cls.directorate_fes = cls.env.ref("formation_continue.unit_dp_fes")
        Unit = cls.env["training.unit"]
        cls.school_tanger = Unit.create(
            {
                "name": "Test Lower Secondary School A",
                "code": "TEST-SCH-A",
                "unit_type": "school",
                "parent_id": cls.directorate_tanger.id,
            }
        )
        cls.school_tetouan = Unit.create(
            {
                "name": "Test Lower Secondary School B",
                "code": "TEST-SCH-B",
                "unit_type": "school",
                "parent_id": cls.directorate_tetouan.id,
            }
        )

    @classmethod
    def _setup_users(cls):
        cls.user_admin = new_test_user(
            cls.env, "test_fc_admin", groups="formation_continue.group_training_admin", name="Test Admin"
        )
        cls.user_academy = new_test_user(
            cls.env, "test_fc_academy", groups="formation_continue.group_training_officer", name="Test Academy Officer"
        )
        cls.user_tanger = new_test_user(
            cls.env, "test_fc_tanger", groups="formation_continue.group_training_officer", name="Test Tanger Officer"
        )
        cls.user_tetouan = new_test_user(
            cls.env, "test_fc_tetouan", groups="formation_continue.group_training_officer", name="Test Tetouan Officer"
        )
        cls.user_viewer = new_test_user(
            cls.env, "test_fc_viewer", groups="formation_continue.group_training_viewer", name="Test Viewer"
        )
        cls.user_plain = new_test_user(cls.env, "test_fc_plain", groups="base.group_user", name="Test Employee")
        cls.user_academy.training_unit_ids = cls.academy
        cls.user_tanger.training_unit_ids = cls.directorate_tanger
        cls.user_tetouan.training_unit_ids = cls.directorate_tetouan
        cls.user_viewer.training_unit_ids = cls.academy

    @classmethod
    def _setup_catalogue(cls):
        cls.area = cls.env["training.area"].create({"name": "Test Pedagogy", "code": "TEST-PED"})
        cls.programme = cls.env["training.programme"].create({"name": "Test Programme", "code": "TEST-PRG"})
        cls.action = cls.env["training.action"].create(
            {
                "name": "Test Active Learning",
                "programme_id": cls.programme.id,
                "area_id": cls.area.id,
                "planned_hours": 14.0,
                "unit_id": cls.academy.id,
            }
        )
        cls.action.action_plan()
        cls.trainer = cls.env["training.trainer"].create(
            {"name": "Test Trainer Amina", "unit_id": cls.academy.id, "internal_role": "inspector"}
        )

    @classmethod
    def _setup_participants(cls):
        Participant = cls.env["training.participant"]
        cls.participant_tanger = Participant.create(
            {
                "name": "Test Participant Karim",
                "ppr": "1000001",
                "cin": "K100001",
                "gender": "male",
                "staff_category": "teacher_lower_secondary",
                "unit_id": cls.school_tanger.id,
            }
        )
        cls.participant_tanger_2 = Participant.create(
            {
                "name": "Test Participant Salma",
                "ppr": "1000002",
                "cin": "K100002",
                "gender": "female",
                "staff_category": "teacher_lower_secondary",
                "unit_id": cls.school_tanger.id,
            }
        )
        cls.participant_tetouan = Participant.create(
            {
                "name": "Test Participant Yassine",
                "ppr": "1000003",
                "cin": "L100003",
                "gender": "male",
                "staff_category": "principal",
                "unit_id": cls.school_tetouan.id,
            }
        )

    @classmethod
    def _setup_sessions(cls):
        cls.session_tanger = cls._create_session(cls.directorate_tanger, "Tanger A", day=7)
        cls.session_tetouan = cls._create_session(cls.directorate_tetouan, "Tetouan A", day=14)
        cls.enrolment_tanger = cls.env["training.enrolment"].create(
            {"participant_id": cls.participant_tanger.id, "session_id": cls.session_tanger.id}
        )
        cls.enrolment_tetouan = cls.env["training.enrolment"].create(
            {"participant_id": cls.participant_tetouan.id, "session_id": cls.session_tetouan.id}
        )

    @classmethod
    def _create_session(cls, unit, name, day):
        """Create a session with two half-day slots (4 h then 3 h, UTC) on ``day`` of January 2030."""
        return cls.env["training.session"].create(
            {
                "name": name,
                "action_id": cls.action.id,
                "unit_id": unit.id,
                "capacity": 2,
                "trainer_ids": [(6, 0, cls.trainer.ids)],
                "slot_ids": [
                    (0, 0, {"start": datetime(2030, 1, day, 8, 0), "end": datetime(2030, 1, day, 12, 0)}),
                    (0, 0, {"start": datetime(2030, 1, day, 13, 0), "end": datetime(2030, 1, day, 16, 0)}),
                ],
            }
        )
