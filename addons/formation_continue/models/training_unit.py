from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Allowed parent types per unit type: the ministry's four levels, with the
# training centres (CRMEF) attached to their academy.
ALLOWED_PARENT_TYPES = {
    "central": (False,),
    "academy": ("central",),
    "directorate": ("academy",),
    "centre": ("academy", "central"),
    "school": ("directorate",),
}


class TrainingUnit(models.Model):
    _name = "training.unit"
    _description = "Territorial Unit"
    _parent_store = True
    _parent_name = "parent_id"
    _order = "parent_path, code"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        index=True,
        help="Stable code of the unit, unique across the ministry.",
    )
    unit_type = fields.Selection(
        [
            ("central", "Central level"),
            ("academy", "Regional academy (AREF)"),
            ("directorate", "Provincial directorate"),
            ("centre", "Training centre (CRMEF)"),
            ("school", "School"),
        ],
        string="Type",
        required=True,
        index=True,
    )
    active = fields.Boolean(default=True)
    parent_id = fields.Many2one(
        "training.unit",
        string="Parent Unit",
        index=True,
        ondelete="restrict",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("training.unit", "parent_id", string="Sub-units")

    # Denormalised ancestors, stored for grouping in reports and for rules.
    academy_id = fields.Many2one(
        "training.unit",
        compute="_compute_ancestors",
        store=True,
        index=True,
        recursive=True,
    )
    directorate_id = fields.Many2one(
        "training.unit",
        compute="_compute_ancestors",
        store=True,
        index=True,
        recursive=True,
    )

    _sql_constraints = [
        (
            "code_unique",
            "UNIQUE(code)",
            "Each territorial unit needs its own code: another unit already uses this one.",
        ),
    ]

    @api.depends("unit_type", "parent_id.academy_id", "parent_id.directorate_id")
    def _compute_ancestors(self):
        for unit in self:
            if unit.unit_type == "academy":
                unit.academy_id = unit
            else:
                unit.academy_id = unit.parent_id.academy_id

            if unit.unit_type == "directorate":
                unit.directorate_id = unit
            else:
                unit.directorate_id = unit.parent_id.directorate_id

    @api.depends("name", "code")
    def _compute_display_name(self):
        for unit in self:
            unit.display_name = f"[{unit.code}] {unit.name}" if unit.code else unit.name

    @api.constrains("parent_id")
    def _check_parent_recursion(self):
        if self._has_cycle():
            raise ValidationError(
                self.env._("A territorial unit cannot be its own ancestor. Choose another parent unit.")
            )

    @api.constrains("unit_type", "parent_id")
    def _check_parent_type(self):
        type_labels = dict(self._fields["unit_type"]._description_selection(self.env))
        for unit in self:
            allowed = ALLOWED_PARENT_TYPES[unit.unit_type]
            parent_type = unit.parent_id.unit_type or False
            if parent_type in allowed:
                continue
            if allowed == (False,):
                raise ValidationError(
                    self.env._(
                        "A unit of type %(type)s has no parent unit. Clear the parent unit of %(unit)s.",
                        unit=unit.display_name,
                        type=type_labels[unit.unit_type],
                    )
                )
            raise ValidationError(
                self.env._(
                    "The unit %(unit)s is of type %(type)s, so its parent must be of type: %(allowed)s. "
                    "Choose a parent unit of one of these types.",
                    unit=unit.display_name,
                    type=type_labels[unit.unit_type],
                    allowed=", ".join(type_labels[key] for key in allowed),
                )
            )
