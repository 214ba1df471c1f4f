"""The pure helpers in tools/ import no odoo, so they can be unit-tested without a database."""

import ast
import json
import subprocess
import sys

from addon_files import REPO_ROOT, TOOLS_DIR, list_files, parse_python, relative, report

HELPER_MODULES = ("identifiers", "schedule")

# Script for a fresh interpreter: it loads each helper by file path and prints
# the odoo modules that the load brought in. A fresh process is used so that
# modules already imported by pytest or its plugins cannot hide an import.
LOAD_SCRIPT = """
import importlib.util, json, sys
tools_dir, names = sys.argv[1], sys.argv[2:]
for name in names:
    spec = importlib.util.spec_from_file_location("isolated_" + name, f"{tools_dir}/{name}.py")
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
print(json.dumps(sorted(m for m in sys.modules if m == "odoo" or m.startswith("odoo."))))
"""


def test_tools_modules_import_no_odoo():
    problems = []
    for path in list_files(TOOLS_DIR, suffixes=(".py",)):
        for node in ast.walk(parse_python(path)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level >= 2:
                    problems.append(f"{relative(path)}:{node.lineno}: relative import from the add-on package")
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                if name == "odoo" or name.startswith("odoo."):
                    problems.append(f"{relative(path)}:{node.lineno}: import of {name}")
    assert not problems, report(
        f"imports in {relative(TOOLS_DIR)} that pull in odoo or the add-on package",
        problems,
        "keep tools/ free of the ORM: pass plain values in, and do the Odoo work in the model that calls the helper.",
    )


def test_tools_helpers_load_without_odoo():
    missing = [name for name in HELPER_MODULES if not (TOOLS_DIR / f"{name}.py").is_file()]
    assert not missing, f"helper modules missing from {relative(TOOLS_DIR)}: {missing}"
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT, str(TOOLS_DIR), *HELPER_MODULES],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"loading {list(HELPER_MODULES)} by file path failed:\n{result.stderr}"
    imported = json.loads(result.stdout.strip().splitlines()[-1])
    assert imported == [], f"loading {list(HELPER_MODULES)} imported {imported}. Remove the odoo imports from tools/."
