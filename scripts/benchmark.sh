#!/usr/bin/env bash
# Benchmark record-rule scoping and the attendance sheet (make benchmark).
#
# Starts a throwaway PostgreSQL cluster, installs formation_continue without
# demo data, runs scripts/benchmark_scopes.py in odoo shell and prints its
# figures. The generated data is rolled back; the cluster is deleted.
# Sizes: BENCH_PARTICIPANTS_PER_DIRECTORATE [120], BENCH_SESSIONS_PER_DIRECTORATE [4].
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$REPO/scripts/lib.sh"
ADDONS_DIR=${ADDONS_DIR:-$REPO/addons}

import_error=$(odoo_import_error)
[ -z "$import_error" ] || die "the benchmark needs Odoo: $import_error ($PYTHON cannot import odoo)."

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/formation-bench.XXXXXX")
chmod 755 "$WORK_DIR"
# shellcheck disable=SC2329  # called by the EXIT trap
cleanup() {
    cluster_stop "$WORK_DIR/pg" immediate || echo "warning: failed to stop the cluster in $WORK_DIR/pg" >&2
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT

cluster_init "$WORK_DIR/pg" "fsync = off" "synchronous_commit = off" "full_page_writes = off"
db_port=$(free_port)
cluster_start "$WORK_DIR/pg" "$db_port"
CONF=$WORK_DIR/odoo.conf
"$PYTHON" "$REPO/scripts/write_odoo_conf.py" --output "$CONF" --addons-dir "$ADDONS_DIR" \
    --db-host "$WORK_DIR/pg/socket" --db-port "$db_port" --db-user "$DB_USER" \
    --data-dir "$WORK_DIR/data" --http-port "$(free_port)"

echo "Installing formation_continue without demo data..."
odoo_cli -c "$CONF" -d bench -i formation_continue --without-demo=all --stop-after-init --log-level=warn
echo "Running the benchmark ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$PYTHON" --version))..."
odoo_cli shell -c "$CONF" -d bench --log-level=warn --no-http < "$REPO/scripts/benchmark_scopes.py"
