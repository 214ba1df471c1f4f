from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import identifiers


class TrainingParticipant(models.Model):
    _name = "training.participant"
    _description = "Participant"
    _inherits = {"res.partner": "partner_id"}
    _inherit = ["training.scoped.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "name"
    _rec_names_search = ["name", "ppr", "cin"]
    _scope_fields = ("unit_id",)

    # TODO: Odoo's contact rules let every internal user read the partner (name, email, phone).
    # This add-on's record rules scope only the fields below.
    partner_id = fields.Many2one(
        "res.partner",
        required=True,
        ondelete="restrict",
        index=True,
    )

    # Identity: personal data under law 09-08, readable only within scope.
    ppr = fields.Char(
        string="PPR",
        required=True,
        index=True,
        copy=False,
        tracking=True,
        help="Payroll number (PPR): 5 to 8 digits, for example 1234567.",
    )
    cin = fields.Char(
        string="CIN",
        index=True,
        copy=False,
        tracking=True,
        help="National identity card number: 1 or 2 letters followed by 1 to 6 digits, for example AB123456.",
    )
    gender = fields.Selection(
        [("female", "Female"), ("male", "Male")],
        required=True,
        tracking=True,
    )

    # Career
    staff_category = fields.Selection(
        [
            ("teacher_primary", "Teacher, primary"),
            ("teacher_lower_secondary", "Teacher, lower secondary"),
            ("teacher_upper_secondary", "Teacher, upper secondary"),
            ("principal", "School principal"),
            ("inspector", "Inspector"),
            ("counsellor", "Guidance counsellor"),
            ("administrative", "Administrative staff"),
            ("other", "Other"),
        ],
        required=True,
        tracking=True,
    )
    subject_id = fields.Many2one("training.subject", tracking=True)
    unit_id = fields.Many2one(
        "training.unit",
        string="Work Unit",
        required=True,
        index=True,
        tracking=True,
        help="Unit where the participant works: a school, a directorate, an academy or a centre.",
    )
    academy_id = fields.Many2one(related="unit_id.academy_id", store=True, index=True)
    directorate_id = fields.Many2one(related="unit_id.directorate_id", store=True, index=True)

    enrolment_ids = fields.One2many("training.enrolment", "participant_id", string="Enrolments")
    enrolment_count = fields.Integer(compute="_compute_enrolment_count")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("ppr_unique", "UNIQUE(ppr)", "Another participant already has this PPR. Open that participant instead."),
        ("cin_unique", "UNIQUE(cin)", "Another participant already has this CIN. Open that participant instead."),
    ]

    def _compute_enrolment_count(self):
        counts = dict(
            self.env["training.enrolment"]._read_group(
                [("participant_id", "in", self.ids)], ["participant_id"], ["__count"]
            )
        )
        for participant in self:
            participant.enrolment_count = counts.get(participant, 0)

    @api.constrains("ppr")
    def _check_ppr(self):
        for participant in self:
            if not identifiers.is_valid_ppr(participant.ppr):
                raise ValidationError(
                    self.env._(
                        "The PPR '%(value)s' of %(participant)s is invalid: a PPR is %(form)s.",
                        value=participant.ppr,
                        participant=participant.name,
                        form=self.env._("5 to 8 digits, for example 1234567"),
                    )
                )

    @api.constrains("ppr", "cin")
    def _check_unique_identifiers(self):
        self._check_identifiers_free(self.mapped("ppr"), self.mapped("cin"))

    def _check_identifiers_free(self, pprs, cins):
        """Raise when a participant other than ``self`` already has one of these PPRs or CINs.

        The unique SQL constraints would reject the value too, but without naming it. The search
        runs as superuser (``participants_sudo``) because the other participant may be archived
        or work in a unit the user does not cover, so the message names the value only.
        """
        participants_sudo = self.sudo().with_context(active_test=False)
        for field_name, values in (("ppr", pprs), ("cin", cins)):
            values = [value for value in values if value]
            if not values:
                continue
            duplicate = participants_sudo.search_fetch(
                [(field_name, "in", values), ("id", "not in", self.ids)], [field_name], limit=1
            )
            if duplicate:
                raise ValidationError(
                    self.env._(
                        "Another participant already has the %(label)s %(value)s. Search for that "
                        "participant by this number; if you cannot see them, they work in a unit you "
                        "do not cover, so ask an administrator.",
                        label=self._fields[field_name]._description_string(self.env),
                        value=duplicate[field_name],
                    )
                )

    @api.constrains("cin")
    def _check_cin(self):
        for participant in self:
            if participant.cin and not identifiers.is_valid_cin(participant.cin):
                raise ValidationError(
                    self.env._(
                        "The CIN '%(value)s' of %(participant)s is invalid: a CIN is %(form)s.",
                        value=participant.cin,
                        participant=participant.name,
                        form=self.env._("1 or 2 letters followed by 1 to 6 digits, for example AB123456"),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._normalize_identifiers(vals)
        # Access first, so that the duplicate search below runs only for users who may create.
        self.check_access("create")
        self._check_identifiers_free([vals.get("ppr") for vals in vals_list], [vals.get("cin") for vals in vals_list])
        return super().create(vals_list)

    def write(self, vals):
        self._normalize_identifiers(vals)
        if vals.get("ppr") or vals.get("cin"):
            self.check_access("write")
            self._check_identifiers_free([vals.get("ppr")], [vals.get("cin")])
        return super().write(vals)

    @api.model
    def _normalize_identifiers(self, vals):
        if "ppr" in vals:
            vals["ppr"] = identifiers.normalize_ppr(vals["ppr"])
        if "cin" in vals:
            vals["cin"] = identifiers.normalize_cin(vals["cin"]) or False

    def action_view_enrolments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("formation_continue.training_enrolment_action")
        action["domain"] = [("participant_id", "=", self.id)]
        action["context"] = {"default_participant_id": self.id}
        return action
