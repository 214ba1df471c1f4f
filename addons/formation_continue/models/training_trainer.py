from odoo import api, fields, models


class TrainingTrainer(models.Model):
    _name = "training.trainer"
    _description = "Trainer"
    _inherits = {"res.partner": "partner_id"}
    _inherit = ["training.scoped.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "name"
    _scope_fields = ("unit_id",)
    # Sessions choose their trainers; the trainer side is read-only.
    _protected_fields = ("session_ids",)

    partner_id = fields.Many2one(
        "res.partner",
        required=True,
        ondelete="restrict",
        index=True,
    )
    trainer_type = fields.Selection(
        [("internal", "Internal"), ("external", "External")],
        required=True,
        default="internal",
        tracking=True,
    )
    internal_role = fields.Selection(
        [
            ("inspector", "Inspector"),
            ("crmef_trainer", "CRMEF trainer"),
            ("teacher", "Teacher"),
            ("other", "Other staff"),
        ],
        string="Role",
        tracking=True,
    )
    organisation = fields.Char(string="Employer", help="Organisation that employs an external trainer.")
    unit_id = fields.Many2one(
        "training.unit",
        string="Home Unit",
        required=True,
        index=True,
        tracking=True,
    )
    speciality_area_ids = fields.Many2many("training.area", string="Specialities (areas)")
    speciality_subject_ids = fields.Many2many("training.subject", string="Specialities (subjects)")
    session_ids = fields.Many2many(
        "training.session",
        "training_session_trainer_rel",
        "trainer_id",
        "session_id",
        string="Sessions",
        readonly=True,
    )
    active = fields.Boolean(default=True)

    @api.onchange("trainer_type")
    def _onchange_trainer_type(self):
        if self.trainer_type == "external":
            self.internal_role = False
