from odoo import fields, models


class TrainingSubject(models.Model):
    _name = "training.subject"
    _description = "Teaching Subject"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_unique", "UNIQUE(code)", "Another teaching subject already uses this code. Choose another code."),
    ]
