# shellcheck shell=bash
# Shell helpers shared by scripts/test.sh and scripts/run.sh (source this file).
#
# They manage a private PostgreSQL cluster in a folder the caller chooses:
#   DIR/data          the cluster (initdb)
#   DIR/socket        its unix socket directory, used as Odoo's db_host
#   DIR/postgres.log  the server log
# The cluster listens on 127.0.0.1 and on DIR/socket only, with trust
# authentication, and its bootstrap superuser is the role "odoo", because
# Odoo rejects connecting as "postgres".

PYTHON=${PYTHON:-python3}
DB_USER=odoo

# Print an error message to stderr and exit 1.
die() {
    echo "error: $*" >&2
    exit 1
}

# Print the folder that contains initdb, pg_ctl and psql of a PostgreSQL server.
pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir)
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return 0
        fi
    fi
    # Debian and Ubuntu keep the server binaries off PATH, so take the newest version.
    dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
        return 0
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian package postgresql (apt-get install postgresql)."
}

# Run a command as the owner of the cluster files. initdb and postgres refuse
# to run as root, so root runs them as the "postgres" system user.
as_cluster_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Print a TCP port that is free on 127.0.0.1 right now. Another process may
# take it before we bind it, which is unlikely enough for a local cluster.
free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Create a cluster in DIR. Extra arguments are postgresql.conf lines.
cluster_init() {
    local dir=$1
    shift
    local bindir
    bindir=$(pg_bindir)

    mkdir -p "$dir/socket"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 \
            || die "running as root needs the 'postgres' system user to own the cluster; install the Debian package postgresql or run as a normal user."
        chown -R postgres: "$dir"
        # The postgres user must be able to reach DIR through every parent folder.
        runuser -u postgres -- test -w "$dir" \
            || die "the postgres user cannot write to $dir (a parent folder is not searchable by it, e.g. /root); use a checkout or RUN_DIR outside such folders."
    fi

    as_cluster_owner "$bindir/initdb" --pgdata="$dir/data" --username="$DB_USER" \
        --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed for $dir/data"; }

    # Settings live in postgresql.conf (not on the pg_ctl command line) so that
    # folder names with spaces need no shell quoting. The port is chosen at
    # each start, because a port free today may be taken tomorrow.
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir/socket'"
        local line
        for line in "$@"; do
            echo "$line"
        done
    } | as_cluster_owner tee -a "$dir/data/postgresql.conf" >/dev/null
}

# Return 0 when the cluster in DIR is running.
cluster_running() {
    local dir=$1
    [ -f "$dir/data/postmaster.pid" ] || return 1
    as_cluster_owner "$(pg_bindir)/pg_ctl" --pgdata="$dir/data" status >/dev/null 2>&1
}

# Start the cluster in DIR on PORT and wait until it accepts connections.
cluster_start() {
    local dir=$1 port=$2
    # The unix socket path (DIR/socket/.s.PGSQL.PORT) must fit in 107 bytes.
    if [ $(( ${#dir} + 25 )) -gt 107 ]; then
        die "the folder $dir is too long for a PostgreSQL unix socket path (107 bytes max); use a shorter path."
    fi
    as_cluster_owner "$(pg_bindir)/pg_ctl" --pgdata="$dir/data" --log="$dir/postgres.log" \
        --options="-p $port" --wait --timeout=60 start >/dev/null \
        || { tail -n 20 "$dir/postgres.log" >&2; die "PostgreSQL failed to start (log: $dir/postgres.log)"; }
}

# Print the port of the running cluster in DIR (line 4 of postmaster.pid).
cluster_port() {
    sed -n 4p "$1/data/postmaster.pid"
}

# Stop the cluster in DIR if it runs. MODE is a pg_ctl shutdown mode.
cluster_stop() {
    local dir=$1 mode=${2:-fast}
    if cluster_running "$dir"; then
        as_cluster_owner "$(pg_bindir)/pg_ctl" --pgdata="$dir/data" --mode="$mode" \
            --wait --timeout=60 stop >/dev/null
    fi
}

# Run psql on database DB of the cluster in DIR with the remaining arguments.
cluster_psql() {
    local dir=$1 db=$2
    shift 2
    "$(pg_bindir)/psql" --host="$dir/socket" --port="$(cluster_port "$dir")" \
        --username="$DB_USER" --dbname="$db" --no-psqlrc --quiet --tuples-only --no-align "$@"
}

# Print the state of MODULE in DB ("installed", "uninstalled"...), or nothing
# when the database or the module row does not exist.
module_state() {
    local dir=$1 db=$2 module=$3
    local exists
    # psql expands :'name' variables (quoted as literals) only in SQL read
    # from stdin, not in --command.
    exists=$(cluster_psql "$dir" postgres --variable=db="$db" \
        <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")
    [ "$exists" = 1 ] || return 0
    cluster_psql "$dir" "$db" --variable=module="$module" \
        <<<"SELECT state FROM ir_module_module WHERE name = :'module'" 2>/dev/null || true
}

# Print why PYTHON cannot import odoo (the last line of the error), or nothing
# when it can.
odoo_import_error() {
    local output
    if output=$("$PYTHON" -c 'import odoo' 2>&1); then
        return 0
    fi
    printf '%s\n' "${output:-$PYTHON failed to start}" | tail -n 1
}

# Run Odoo's command line with PYTHON. TZ=UTC matches what odoo-bin sets,
# because Odoo expects the server time zone to be UTC.
odoo_cli() {
    TZ=UTC "$PYTHON" -m odoo "$@"
}

# Start a throwaway cluster in WORK_DIR/pg (a folder the caller created and
# removes) and write an Odoo config for it to WORK_DIR/odoo.conf, with the
# add-ons of ADDONS_DIR (REPO is the checkout). Durability settings are off because the cluster is
# thrown away, which makes installs faster. Sets CONF and db_port.
start_throwaway_cluster() {
    local work_dir=$1
    # mktemp creates folders with mode 700, but the postgres user must enter it.
    chmod 755 "$work_dir"
    cluster_init "$work_dir/pg" "fsync = off" "synchronous_commit = off" "full_page_writes = off"
    db_port=$(free_port)
    cluster_start "$work_dir/pg" "$db_port"
    CONF=$work_dir/odoo.conf
    "$PYTHON" "$REPO/scripts/write_odoo_conf.py" --output "$CONF" --addons-dir "$ADDONS_DIR" \
        --db-host "$work_dir/pg/socket" --db-port "$db_port" --db-user "$DB_USER" \
        --data-dir "$work_dir/data" --http-port "$(free_port)"
}

# Stop the throwaway cluster of WORK_DIR and delete the folder (EXIT traps).
remove_throwaway_cluster() {
    local work_dir=$1
    # "immediate" is enough for a cluster that is deleted right after.
    cluster_stop "$work_dir/pg" immediate || echo "warning: failed to stop the cluster in $work_dir/pg" >&2
    rm -rf "$work_dir"
}
