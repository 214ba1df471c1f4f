import logging

from odoo import models
from odoo.exceptions import AccessError

_logger = logging.getLogger(__name__)


class IrRule(models.Model):
    _inherit = "ir.rule"

    def _make_access_error(self, operation, records):
        """Name no record of a training model in access errors.

        In debug mode Odoo lists the refused records by their display name, read
        as superuser, which would show people of units the user does not cover.
        """
        if not isinstance(records, self.pool["training.scoped.mixin"]):
            return super()._make_access_error(operation, records)
        _logger.info(
            "Access denied by record rules for %s on %s ids %r, uid %s",
            operation,
            records._name,
            records.ids[:6],
            self.env.uid,
        )
        return AccessError(
            self.env._(
                "Access to these records of %(model)s is denied: they belong to units you do not cover. "
                "Ask an officer of their unit or an administrator.",
                model=self.env["ir.model"]._get(records._name).name,
            )
        )
