#!/usr/bin/env bash
# Serve the add-on with a local Odoo and PostgreSQL (make run, make stop).
#
#   scripts/run.sh start   start the cluster, create the database on the first
#                          run, then start Odoo in the background
#   scripts/run.sh stop    stop that Odoo and the cluster
#
# Everything lives in RUN_DIR (git-ignored): pg/ (the cluster), data/ (Odoo's
# filestore and sessions), odoo.conf (regenerated at each start, because the
# cluster port changes), odoo.log and odoo.pid.
#
# Environment (defaults in brackets):
#   PYTHON      interpreter that runs Odoo [python3]
#   ADDONS_DIR  folder of the add-ons [<repo>/addons]
#   MODULE      add-on installed on the first run [formation_continue]
#   DB          database name [formation]
#   HTTP_PORT   port Odoo serves on 127.0.0.1 [8069]
#   RUN_DIR     state folder [<repo>/.run]
#   LANGUAGES   languages loaded on the first run [ar_001,fr_FR]
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$REPO/scripts/lib.sh"

ADDONS_DIR=${ADDONS_DIR:-$REPO/addons}
MODULE=${MODULE:-formation_continue}
DB=${DB:-formation}
HTTP_PORT=${HTTP_PORT:-8069}
RUN_DIR=${RUN_DIR:-$REPO/.run}
LANGUAGES=${LANGUAGES:-ar_001,fr_FR}

PG_DIR=$RUN_DIR/pg
CONF=$RUN_DIR/odoo.conf
LOG=$RUN_DIR/odoo.log
PID_FILE=$RUN_DIR/odoo.pid

# Print the pid from PID_FILE when that process is still the Odoo we started.
running_odoo_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 0
    pid=$(cat "$PID_FILE")
    # Compare the command line, in case the pid was reused by another process.
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "-c $CONF"; then
        echo "$pid"
    fi
}

# Return 0 when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
    "$PYTHON" - "$1" <<'EOF'
import socket, sys
with socket.socket() as s:
    sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)
EOF
}

# Wait until Odoo responds on /web/login. Fail if its process exits or
# 120 seconds pass.
wait_for_http() {
    local pid=$1 url=$2
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || return 1
        if "$PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$url" 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    return 1
}

start() {
    local import_error
    import_error=$(odoo_import_error)
    if [ -n "$import_error" ]; then
        cat >&2 <<EOF
error: $PYTHON cannot import odoo ($import_error).
Install Odoo 18 for $PYTHON (pass PYTHON=... to choose another interpreter),
or use Docker instead: docker compose up
(it serves http://127.0.0.1:8069 with the database formation).
EOF
        exit 1
    fi
    [ -d "$ADDONS_DIR/$MODULE" ] || die "add-on folder $ADDONS_DIR/$MODULE not found (set ADDONS_DIR and MODULE)."
    ADDONS_DIR=$(cd "$ADDONS_DIR" && pwd)

    local pid
    pid=$(running_odoo_pid)
    if [ -n "$pid" ]; then
        # Report the port of the running server (from its config), not the one asked for now.
        local running_port
        running_port=$(sed -n 's/^http_port *= *//p' "$CONF")
        echo "Odoo already runs (pid $pid) on http://127.0.0.1:${running_port:-$HTTP_PORT}; log: $LOG. Stop it with: make stop"
        return 0
    fi
    if port_in_use "$HTTP_PORT"; then
        die "port $HTTP_PORT on 127.0.0.1 is already in use; stop that server or choose another port: make run HTTP_PORT=8070"
    fi

    # Odoo builds its right-to-left (Arabic) stylesheets with rtlcss. Without it,
    # the Arabic interface is laid out left to right.
    if ! command -v rtlcss >/dev/null; then
        echo "warning: rtlcss is not installed, so the Arabic interface will be laid out left to right." >&2
        echo "         Install it with: npm install -g rtlcss   (then make stop && make run)" >&2
    fi

    mkdir -p "$RUN_DIR"
    if [ ! -d "$PG_DIR/data" ]; then
        echo "Creating a PostgreSQL cluster in $PG_DIR"
        cluster_init "$PG_DIR"
    fi
    if ! cluster_running "$PG_DIR"; then
        cluster_start "$PG_DIR" "$(free_port)"
    fi
    local db_port
    db_port=$(cluster_port "$PG_DIR")
    echo "PostgreSQL runs on 127.0.0.1:$db_port and $PG_DIR/socket"

    "$PYTHON" "$REPO/scripts/write_odoo_conf.py" --output "$CONF" --addons-dir "$ADDONS_DIR" \
        --db-host "$PG_DIR/socket" --db-port "$db_port" --db-user "$DB_USER" \
        --data-dir "$RUN_DIR/data" --http-port "$HTTP_PORT" --db-name "$DB"

    # Install only when the module is not installed yet, so that later runs
    # keep the data. A database left half-installed by a failed first run is
    # completed by the same command.
    if [ "$(module_state "$PG_DIR" "$DB" "$MODULE")" != installed ]; then
        echo "Creating database $DB with $MODULE, its demo data and languages $LANGUAGES (log: $LOG)..."
        if ! odoo_cli -c "$CONF" -d "$DB" -i "$MODULE" --load-language="$LANGUAGES" --stop-after-init >>"$LOG" 2>&1 \
            || [ "$(module_state "$PG_DIR" "$DB" "$MODULE")" != installed ]; then
            tail -n 30 "$LOG" >&2
            die "installing $MODULE into $DB failed; see $LOG. The cluster still runs; stop it with: make stop"
        fi
    fi

    # setsid puts Odoo in its own session, so that it keeps running after
    # make exits and does not receive a Ctrl-C typed in this terminal.
    TZ=UTC setsid "$PYTHON" -m odoo -c "$CONF" -d "$DB" >>"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PID_FILE"

    local url="http://127.0.0.1:$HTTP_PORT"
    if ! wait_for_http "$pid" "$url/web/login"; then
        tail -n 30 "$LOG" >&2
        die "Odoo (pid $pid) did not respond on $url/web/login; see $LOG. Stop everything with: make stop"
    fi
    cat <<EOF
Odoo serves $url (database $DB, login admin, password admin).
Log: $LOG
Stop Odoo and PostgreSQL with: make stop
EOF
}

stop() {
    local pid
    pid=$(running_odoo_pid)
    if [ -n "$pid" ]; then
        echo "Stopping Odoo (pid $pid)"
        kill -TERM "$pid"
        # Odoo finishes running requests on SIGTERM, so give it 30 seconds.
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "Odoo (pid $pid) still runs after 30 seconds; sending SIGKILL"
            kill -KILL "$pid"
        fi
    else
        echo "Odoo is not running."
    fi
    rm -f "$PID_FILE"

    if [ -d "$PG_DIR/data" ] && cluster_running "$PG_DIR"; then
        echo "Stopping PostgreSQL in $PG_DIR"
        cluster_stop "$PG_DIR" fast
    else
        echo "PostgreSQL is not running."
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) die "usage: $0 start|stop" ;;
esac
