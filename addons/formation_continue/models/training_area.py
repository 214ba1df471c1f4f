from odoo import fields, models


class TrainingArea(models.Model):
    _name = "training.area"
    _description = "Training Area"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_unique", "UNIQUE(code)", "Another training area already uses this code. Choose another code."),
    ]
