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
trap 'remove_throwaway_cluster "$WORK_DIR"' EXIT
start_throwaway_cluster "$WORK_DIR"

echo "Installing formation_continue without demo data..."
odoo_cli -c "$CONF" -d bench -i formation_continue --without-demo=all --stop-after-init --log-level=warn
echo "Running the benchmark ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$PYTHON" --version))..."
odoo_cli shell -c "$CONF" -d bench --log-level=warn --no-http < "$REPO/scripts/benchmark_scopes.py"
