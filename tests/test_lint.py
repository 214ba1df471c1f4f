"""ruff and pylint-odoo pass on the add-on, with the repository's configuration.

The tools run as subprocesses of this interpreter from the repository root,
so pyproject.toml and .pylintrc apply exactly as in a developer's shell.
A missing tool fails the test: a skipped lint would look like a passing one.
"""

import importlib.util
import subprocess
import sys

import pytest

from addon_files import ADDON_DIR, ADDONS_DIR, REPO_ROOT, relative

PYLINTRC = REPO_ROOT / ".pylintrc"
INSTALL_HINT = "Run: pip install -r requirements-test.txt"

# pylint with pylint-odoo takes seconds on this add-on; the limit only
# stops a hung run.
TIMEOUT_SECONDS = 900

# A failure message shows at most this many lines of tool output.
MAX_OUTPUT_LINES = 150


def _require_module(module_name):
    if importlib.util.find_spec(module_name) is None:
        pytest.fail(f"The Python package {module_name} is not installed for {sys.executable}. {INSTALL_HINT}")


def _run(module_name, *args):
    command = [sys.executable, "-m", module_name, *args]
    try:
        return subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(command)} did not finish within {TIMEOUT_SECONDS} s.")


def _output(result):
    lines = (result.stdout + result.stderr).strip().splitlines()
    if len(lines) > MAX_OUTPUT_LINES:
        lines = lines[:MAX_OUTPUT_LINES] + [f"... {len(lines) - MAX_OUTPUT_LINES} more lines"]
    return "\n".join(lines)


def test_ruff_check_passes():
    _require_module("ruff")
    target = relative(ADDONS_DIR)
    result = _run("ruff", "check", "--no-cache", "--output-format=concise", target)
    exit_code = result.returncode
    assert exit_code == 0, (
        f"ruff check {target} reported problems (exit code {exit_code}):\n{_output(result)}\n"
        f"Fix: run `ruff check --fix {target}` and correct what remains by hand."
    )


def test_ruff_format_check_passes():
    _require_module("ruff")
    target = relative(ADDONS_DIR)
    result = _run("ruff", "format", "--no-cache", "--check", "--output-format=concise", target)
    exit_code = result.returncode
    assert exit_code == 0, (
        f"ruff format --check {target} found files that are not formatted (exit code {exit_code}):\n"
        f"{_output(result)}\n"
        f"Fix: run `ruff format {target}` (`ruff format --diff {target}` shows the changes first)."
    )


def test_pylint_odoo_passes():
    _require_module("pylint")
    _require_module("pylint_odoo")
    assert PYLINTRC.is_file(), f"{relative(PYLINTRC)} is missing; it selects the pylint-odoo checks."
    target = relative(ADDON_DIR)
    result = _run("pylint", f"--rcfile={relative(PYLINTRC)}", target)
    exit_code = result.returncode
    assert exit_code == 0, (
        f"pylint with pylint-odoo reported problems on {target} (exit code {exit_code}):\n"
        f"{_output(result)}\n"
        "Fix: correct each line above. Where a check is wrong for one line, silence that line only with "
        "`# pylint: disable=<check-name>` and a comment giving the reason."
    )
