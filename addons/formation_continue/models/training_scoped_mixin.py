from odoo import models


class TrainingScopedMixin(models.AbstractModel):
    """Keep a write from moving a record out of the units its author covers.

    Odoo checks record rules on the records as they are before a write, so an
    officer could otherwise change a record's unit (or its session) to one they
    do not cover and hand it, with its personal data, to another directorate.
    """

    _name = "training.scoped.mixin"
    _description = "Training Record Scoped by Unit"

    # Fields whose new value decides whether the author may still write the record.
    _scope_fields = ()

    def write(self, vals):
        result = super().write(vals)
        if not self.env.su and set(vals) & set(self._scope_fields):
            self.check_access("write")
        return result
