# Pure helpers: no ORM, no database. The static test tier imports these
# files directly, so they must not import odoo.
