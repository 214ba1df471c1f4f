#!/usr/bin/env bash
# Run ruff (lint and format check) and pylint with the pylint-odoo plugin on
# the add-on (make lint).
# Both tools read their settings from the repository's configuration files
# (pyproject.toml, ruff.toml, .pylintrc) when those exist.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}
ADDONS_DIR=${ADDONS_DIR:-$REPO/addons}
MODULE=${MODULE:-formation_continue}
cd "$REPO"

rc=0
echo "== ruff check and ruff format --check on $ADDONS_DIR/$MODULE"
"$PYTHON" -m ruff check "$ADDONS_DIR/$MODULE" || rc=1
"$PYTHON" -m ruff format --check "$ADDONS_DIR/$MODULE" || rc=1

echo "== pylint --load-plugins=pylint_odoo $ADDONS_DIR/$MODULE"
"$PYTHON" -m pylint --load-plugins=pylint_odoo "$ADDONS_DIR/$MODULE" || rc=1

exit "$rc"
