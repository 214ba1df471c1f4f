from odoo import api, fields, models
from odoo.exceptions import ValidationError


class TrainingProgramme(models.Model):
    _name = "training.programme"
    _description = "Training Programme"
    _inherit = ["mail.thread"]
    _order = "date_start desc, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    code = fields.Char(required=True, tracking=True)
    funder = fields.Char(
        translate=True, help="Organisation that funds the programme, for example the Millennium Challenge Corporation."
    )
    description = fields.Html(translate=True)
    date_start = fields.Date(string="Start Date")
    date_end = fields.Date(string="End Date")
    active = fields.Boolean(default=True)
    action_ids = fields.One2many("training.action", "programme_id", string="Training Actions")
    action_count = fields.Integer(compute="_compute_action_count")

    _sql_constraints = [
        ("code_unique", "UNIQUE(code)", "Another training programme already uses this code. Choose another code."),
    ]

    def _compute_action_count(self):
        counts = dict(
            self.env["training.action"]._read_group([("programme_id", "in", self.ids)], ["programme_id"], ["__count"])
        )
        for programme in self:
            programme.action_count = counts.get(programme, 0)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for programme in self:
            if programme.date_start and programme.date_end and programme.date_end < programme.date_start:
                raise ValidationError(
                    self.env._(
                        "The programme %(programme)s ends on %(end)s, before it starts on %(start)s. "
                        "Set an end date on or after the start date.",
                        programme=programme.display_name,
                        end=programme.date_end,
                        start=programme.date_start,
                    )
                )

    def action_view_actions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("formation_continue.training_action_action")
        action["domain"] = [("programme_id", "=", self.id)]
        action["context"] = {"default_programme_id": self.id}
        return action
