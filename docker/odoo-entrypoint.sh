#!/bin/bash
# Entrypoint of the "odoo" service in docker-compose.yml (official odoo:18
# image). On the first start it creates the database with the add-on, its
# demo data and the languages. Every start then serves that database.
# Arguments are passed on to the serving odoo command.
set -euo pipefail

CONF=/etc/odoo/odoo.conf
DB=formation
MODULE=formation_continue
LANGUAGES=ar_001,fr_FR

# Print an option of the [options] section of the Odoo config file, so that
# the connection settings have one source: config/odoo.docker.conf.
conf_option() {
    python3 -c 'import configparser, sys
config = configparser.ConfigParser(interpolation=None)
config.read(sys.argv[1])
print(config.get("options", sys.argv[2]))' "$CONF" "$1"
}

# psql and pg_isready read these variables.
PGHOST=$(conf_option db_host)
PGPORT=$(conf_option db_port)
PGUSER=$(conf_option db_user)
PGPASSWORD=$(conf_option db_password)
export PGHOST PGPORT PGUSER PGPASSWORD

# depends_on already waits for the db healthcheck, and this loop also covers
# a db container that restarts while this one starts.
for _ in $(seq 1 60); do
    pg_isready --quiet --dbname=postgres && break
    sleep 1
done
pg_isready --quiet --dbname=postgres || {
    echo "error: PostgreSQL at $PGHOST:$PGPORT is not ready after 60 seconds." >&2
    exit 1
}

# psql fails when the database does not exist yet, which leaves state empty.
# A database left half-installed by an interrupted first start is completed
# by the same install command.
state=$(psql --dbname="$DB" --no-psqlrc --tuples-only --no-align \
    --command="SELECT state FROM ir_module_module WHERE name = '$MODULE'" 2>/dev/null || true)
if [ "$state" != installed ]; then
    echo "Creating database $DB with $MODULE, its demo data and languages $LANGUAGES..."
    odoo -c "$CONF" -d "$DB" -i "$MODULE" --load-language="$LANGUAGES" --stop-after-init
fi

echo "Serving database $DB on port 8069 (login admin, password admin)."
exec odoo -c "$CONF" -d "$DB" --db-filter="^$DB\$" "$@"
