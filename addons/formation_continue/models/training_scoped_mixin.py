from odoo import api, models
from odoo.exceptions import AccessError, ValidationError


class TrainingScopedMixin(models.AbstractModel):
    """Keep officers' reads and writes inside the units they cover.

    Record rules filter what a user reads and which records they may write, but
    four paths get around them. This mixin closes each one:

    - Odoo checks write rules on the records as they are before a write, so an
      officer could set a record's unit (or its session) to one they do not
      cover. ``write`` checks the rules again after a scope field changes.
    - Stored related and computed fields feed the rules and the reports, and the
      server accepts writes to them. ``create`` and ``write`` reject them.
    - Linking a record the user cannot read (an enrolment of someone else's
      participant) would make it readable through the rules that follow links.
      ``create``, ``write`` and ``onchange`` reject such links.
    - ``onchange`` computes related fields as superuser and would send back
      the name and unit of any record whose id is given, in the values or in
      the defaults (``default_get``, which ``create`` uses too).
    """

    _name = "training.scoped.mixin"
    _description = "Training Record Scoped by Unit"

    # Fields whose new value decides whether the author may still write the record.
    _scope_fields = ()
    # Fields that only the add-on's own code sets, as superuser.
    _protected_fields = ()

    @api.model
    def default_get(self, fields):
        defaults = super().default_get(fields)
        if not self.env.su:
            self._check_linked_records_readable(defaults)
        return defaults

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_scoped_values(vals)
        return super().create(vals_list)

    def write(self, vals):
        self._check_scoped_values(vals)
        result = super().write(vals)
        if not self.env.su and set(vals) & set(self._scope_fields):
            self.check_access("write")
        return result

    def onchange(self, values, field_names, fields_spec):
        if not self.env.su:
            self._check_linked_records_readable(values)
        return super().onchange(values, field_names, fields_spec)

    def _check_scoped_values(self, vals):
        if self.env.su:
            return
        self._check_no_computed_values(vals)
        self._check_linked_records_readable(vals)

    def _check_no_computed_values(self, vals):
        """Reject values for read-only computed fields, such as the stored unit copies, and protected fields."""
        computed = sorted(
            name
            for name in vals
            if name in self._protected_fields
            or ((field := self._fields.get(name)) and field.compute and field.readonly and not field.inverse)
        )
        if computed:
            raise AccessError(
                self.env._(
                    "The fields %(fields)s of %(model)s are set by the system and cannot be changed. "
                    "Remove them from the request.",
                    fields=", ".join(computed),
                    model=self._description,
                )
            )

    def _check_linked_records_readable(self, values):
        """Reject links to scoped records the user cannot read, in ``values`` and its x2many commands."""
        for name, value in values.items():
            field = self._fields.get(name)
            if not field or not field.relational or not value:
                continue
            comodel = self.env[field.comodel_name]
            if not isinstance(comodel, self.pool["training.scoped.mixin"]):
                continue
            linked_ids = comodel._collect_linked_ids(field, value)
            if not linked_ids:
                continue
            linked = comodel.browse(linked_ids)
            hidden = linked - linked._filtered_access("read")
            if hidden:
                raise AccessError(
                    self.env._(
                        "Some records of %(model)s (ids %(ids)s) belong to units you do not cover, "
                        "so they cannot be used here. Ask an officer of their unit or an administrator.",
                        model=self.env["ir.model"]._get(comodel._name).name,
                        ids=", ".join(str(record_id) for record_id in hidden.ids),
                    )
                )

    @api.model
    def _collect_linked_ids(self, field, value):
        """Return the ids ``value`` links for ``field``, checking nested create/update values on the way."""
        if field.type == "many2one":
            record_id = value.get("id") if isinstance(value, dict) else value
            return {self._check_record_id(field, record_id)} if record_id else set()
        linked_ids = set()
        for command in value:
            if not isinstance(command, (list, tuple)):
                linked_ids.add(self._check_record_id(field, command))
                continue
            if not command:
                continue
            operation = command[0]
            if operation in (0, 1) and len(command) > 2 and isinstance(command[2], dict):
                self._check_linked_records_readable(command[2])
            if operation in (1, 4):
                linked_ids.add(self._check_record_id(field, command[1]))
            elif operation == 6 and len(command) > 2:
                linked_ids.update(self._check_record_id(field, record_id) for record_id in command[2])
        return linked_ids

    @api.model
    def _check_record_id(self, field, record_id):
        """Return ``record_id`` when it is an integer id. PostgreSQL would cast "28" or 28.0, unchecked."""
        if isinstance(record_id, int) and not isinstance(record_id, bool):
            return record_id
        raise ValidationError(
            self.env._(
                "The value %(value)r of field %(field)s is not a record id. Send the id as an integer.",
                value=record_id,
                field=field.name,
            )
        )
