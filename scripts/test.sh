#!/usr/bin/env bash
# Run the project's tests in two tiers (make test).
#
# Static tier, always: pytest on the top-level tests/ folder, with the
# pytest-odoo plugin disabled so that it runs without Odoo.
# Odoo tier, when $PYTHON can import odoo: in a throwaway PostgreSQL cluster,
#   1. install the add-on into a fresh database without demo data,
#   2. install it into a fresh database with demo data and the languages,
#   3. check each install's exit code, module state and log (the log with
#      scripts/check_install_log.py),
#   4. run the add-on's tests with pytest-odoo against the demo database.
# The Odoo tier stops at its first failed step.
# "No tests collected" and "every test skipped" count as failures, so that a
# broken test layout cannot pass unnoticed.
#
# Environment (defaults in brackets):
#   PYTHON            interpreter that runs pytest and Odoo [python3]
#   ADDONS_DIR        folder of the add-ons [<repo>/addons]
#   MODULE            add-on to install and test [formation_continue]
#   STATIC_TESTS_DIR  static test folder [<repo>/tests]
#   LANGUAGES         languages loaded with the demo data [ar_001,fr_FR]
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$REPO/scripts/lib.sh"

ADDONS_DIR=${ADDONS_DIR:-$REPO/addons}
MODULE=${MODULE:-formation_continue}
STATIC_TESTS_DIR=${STATIC_TESTS_DIR:-$REPO/tests}
LANGUAGES=${LANGUAGES:-ar_001,fr_FR}

cd "$REPO"

# Run pytest with the given arguments and return its exit code, turning
# code 5 (no tests collected) into a failure with a message.
run_pytest() {
    local label=$1
    shift
    local rc=0
    "$PYTHON" -m pytest "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "FAIL: $label: pytest collected no tests." >&2
    elif [ "$rc" -ne 0 ]; then
        echo "FAIL: $label: pytest exited with code $rc." >&2
    fi
    return "$rc"
}

echo "== Static tier: $PYTHON -m pytest -p no:odoo $STATIC_TESTS_DIR"
static_rc=0
run_pytest "static tier" -p no:odoo "$STATIC_TESTS_DIR" || static_rc=$?

import_error=$(odoo_import_error)
if [ -n "$import_error" ]; then
    echo "Odoo tier skipped: $import_error ($PYTHON cannot import odoo)."
    exit "$static_rc"
fi

echo "== Odoo tier: module $MODULE from $ADDONS_DIR"
# Odoo expects the server time zone to be UTC, as odoo-bin sets it.
export TZ=UTC
[ -d "$ADDONS_DIR/$MODULE" ] || die "add-on folder $ADDONS_DIR/$MODULE not found (set ADDONS_DIR and MODULE)."
ADDONS_DIR=$(cd "$ADDONS_DIR" && pwd)
"$PYTHON" -c 'import pytest_odoo' 2>/dev/null \
    || die "$PYTHON cannot import pytest_odoo; install the test requirements: $PYTHON -m pip install -r requirements-test.txt"

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/formation-test.XXXXXX")
trap 'remove_throwaway_cluster "$WORK_DIR"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_throwaway_cluster "$WORK_DIR"
echo "PostgreSQL on 127.0.0.1:$db_port and $WORK_DIR/pg/socket; Odoo config $CONF"

# Install MODULE into a new database DB with Odoo's extra arguments, then
# check the exit code, the module state and the log. Returns 1 on failure.
install_module() {
    local db=$1
    shift
    local log=$WORK_DIR/install-$db.log
    local rc=0 ok=1 state

    echo "-- Installing $MODULE into new database $db: odoo -c $CONF -d $db -i $MODULE --stop-after-init --log-level=info $*"
    odoo_cli -c "$CONF" -d "$db" -i "$MODULE" --stop-after-init --log-level=info "$@" >"$log" 2>&1 || rc=$?
    state=$(module_state "$WORK_DIR/pg" "$db" "$MODULE")

    if [ "$rc" -ne 0 ]; then
        echo "FAIL: odoo exited with code $rc while installing $MODULE into $db." >&2
        ok=0
    fi
    if [ "$state" != installed ]; then
        echo "FAIL: $MODULE is '${state:-absent}' in $db instead of 'installed'." >&2
        ok=0
    fi
    "$PYTHON" "$REPO/scripts/check_install_log.py" --module "$MODULE" --addon-dir "$ADDONS_DIR/$MODULE" "$log" || ok=0

    if [ "$ok" -eq 0 ]; then
        echo "Last 30 lines of $log:" >&2
        tail -n 30 "$log" >&2
        return 1
    fi
}

# Fail when the JUnit XML report of a pytest run shows no passed test or any
# skipped one. The add-on's tests never skip on purpose, so a skip means that a
# tool is missing (Chromium, websocket-client) and a tour did not run.
require_passed_tests() {
    "$PYTHON" - "$1" <<'EOF'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
total = sum(int(s.get("tests", 0)) for s in suites)
not_passed = sum(int(s.get(key, 0)) for s in suites for key in ("failures", "errors", "skipped"))
if total - not_passed <= 0:
    sys.exit(f"FAIL: Odoo tier: no test passed ({total} collected, {not_passed} failed, errored or skipped).")
skipped = sum(int(s.get("skipped", 0)) for s in suites)
if skipped:
    sys.exit(f"FAIL: Odoo tier: {skipped} test(s) skipped; the reasons are listed above (pytest -rs).")
EOF
}

# Print the summary line and exit with 1 when a tier failed, 0 otherwise.
# The argument is the Odoo tier's result (0 passed, 1 failed).
finish() {
    local odoo_rc=$1
    if [ "$static_rc" -ne 0 ] || [ "$odoo_rc" -ne 0 ]; then
        echo "make test: FAILED (static tier exit $static_rc, Odoo tier exit $odoo_rc)." >&2
        exit 1
    fi
    echo "make test: both tiers passed."
    exit 0
}

# The Odoo tier stops at its first failed step. This also ends it on Ctrl-C:
# Odoo handles SIGINT and exits with code 1, and bash does not run its own
# INT trap when the foreground child handled the signal.
install_module test_without_demo --without-demo=all || finish 1
install_module test_with_demo --load-language="$LANGUAGES" || finish 1

tests_dir=$ADDONS_DIR/$MODULE/tests
echo "-- Running $tests_dir with pytest-odoo on test_with_demo"
# --odoo-http starts Odoo's HTTP server (on 127.0.0.1, from the config) so
# that HttpCase tests run instead of being skipped by pytest-odoo.
# -rs lists the reason of every skipped test.
run_pytest "Odoo tier" --odoo-config="$CONF" --odoo-database=test_with_demo --odoo-http \
    -rs --junitxml="$WORK_DIR/odoo-tests.xml" "$tests_dir" || finish 1
require_passed_tests "$WORK_DIR/odoo-tests.xml" || finish 1
finish 0
