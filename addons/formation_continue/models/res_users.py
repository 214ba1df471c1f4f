from odoo import fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    training_unit_ids = fields.Many2many(
        "training.unit",
        "training_unit_res_users_rel",
        "user_id",
        "unit_id",
        string="Covered Units",
        help="Territorial units this user covers in Continuing Training. "
        "Record rules give access to these units and every unit below them.",
    )
