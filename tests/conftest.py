"""Settings of the static test tier: checks that read the add-on's files without Odoo.

Run it from the repository root with the pytest-odoo plugin disabled:

    python3 -m pytest -p no:odoo tests/

The settings live here, not in pyproject.toml, because a [tool.pytest.ini_options]
table there would also apply to the Odoo tier run from the repository root.
A check that needs a file not written yet fails, never skips: a skipped check
would hide a missing translation or README.
"""

import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent

# The test modules import addon_files.py. pytest's default "prepend" import
# mode already puts this folder on sys.path; this line keeps the import
# working under --import-mode=importlib too.
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from addon_files import ADDON_DIR, relative  # noqa: E402


def _odoo_database_name():
    """Return the database pytest-odoo was given, reading odoo only if the plugin already imported it."""
    odoo = sys.modules.get("odoo")
    try:
        return odoo.tools.config["db_name"] if odoo else None
    except (AttributeError, KeyError):
        return None


def pytest_configure(config):
    # Without a database, pytest-odoo's autouse fixtures make every test here
    # error with "Missing database name"; one clear message replaces them.
    # With a database, as in a run of both tiers, the static tests run as usual.
    if config.pluginmanager.has_plugin("odoo") and not _odoo_database_name():
        raise pytest.UsageError(
            "The static tier reads files and needs no Odoo database, but the pytest-odoo plugin is active "
            "and was given none. Disable the plugin: python3 -m pytest -p no:odoo tests/"
        )


def pytest_report_header(config):
    return f"static tier: checking {relative(ADDON_DIR)} without importing odoo"
