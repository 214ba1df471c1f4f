"""Paths, file listings and parsers shared by the static test tier.

Nothing here imports odoo: the static tier runs where Odoo is not installed.
"""

import ast
import importlib.util
from pathlib import Path

import pytest
from lxml import etree

REPO_ROOT = Path(__file__).resolve().parent.parent
ADDONS_DIR = REPO_ROOT / "addons"
ADDON_NAME = "formation_continue"
ADDON_DIR = ADDONS_DIR / ADDON_NAME
MANIFEST_PATH = ADDON_DIR / "__manifest__.py"
TOOLS_DIR = ADDON_DIR / "tools"

# Generated or vendored folders, never part of the add-on's own source.
IGNORED_DIR_NAMES = {"__pycache__", "node_modules", ".git", ".ruff_cache", ".pytest_cache"}

# At most this many offending lines go into one failure message, so that a
# file with hundreds of problems still gives a readable report.
MAX_REPORTED_PROBLEMS = 40


def relative(path):
    """Return ``path`` relative to the repository root, in POSIX form, for messages."""
    try:
        return Path(path).resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def list_files(root, suffixes=None, exclude_dirs=()):
    """List the files under ``root``, sorted, skipping hidden files and generated folders.

    ``suffixes`` keeps only names ending with one of them (".xml", ".csv").
    ``exclude_dirs`` names folders, relative to ``root``, to leave out.
    """
    root = Path(root)
    if not root.is_dir():
        return []
    excluded = {(root / name).resolve() for name in exclude_dirs}
    files = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        if any(part in IGNORED_DIR_NAMES for part in path.relative_to(root).parts):
            continue
        if any(parent in excluded for parent in path.resolve().parents):
            continue
        if suffixes and not path.name.endswith(tuple(suffixes)):
            continue
        files.append(path)
    return files


def addon_python_files(exclude_dirs=("tests",)):
    """List the add-on's Python files; its Odoo tests are left out by default."""
    return list_files(ADDON_DIR, suffixes=(".py",), exclude_dirs=exclude_dirs)


def parse_xml(path):
    """Parse an XML file with lxml, without resolving entities or reaching the network.

    Raises ``lxml.etree.XMLSyntaxError`` when the file is not well-formed.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(path), parser)


def parsed_xml_files(root):
    """Return ``(path, tree)`` for each well-formed XML file under ``root``.

    Files that do not parse are left out here: test_xml_syntax.py reports them.
    """
    parsed = []
    for path in list_files(root, suffixes=(".xml",)):
        try:
            parsed.append((path, parse_xml(path)))
        except etree.XMLSyntaxError:
            continue
    return parsed


def iter_elements(tree):
    """Yield the elements of a parsed XML tree, skipping comments and processing instructions."""
    for element in tree.iter():
        if isinstance(element.tag, str):
            yield element


def parse_python(path):
    """Parse a Python file into an AST; a syntax error fails the calling test with its location."""
    source = Path(path).read_text(encoding="utf-8")
    try:
        return ast.parse(source, filename=str(path))
    except SyntaxError as error:
        pytest.fail(f"{relative(path)}:{error.lineno}: invalid Python syntax: {error.msg}. Fix the syntax first.")


def load_manifest():
    """Return the add-on manifest as a dict, failing the calling test if it is missing or not a literal."""
    if not MANIFEST_PATH.is_file():
        pytest.fail(f"{relative(MANIFEST_PATH)} is missing. Create the add-on manifest.")
    source = MANIFEST_PATH.read_text(encoding="utf-8")
    try:
        manifest = ast.literal_eval(source)
    except (SyntaxError, ValueError) as error:
        pytest.fail(
            f"{relative(MANIFEST_PATH)} is not a Python literal ({error}). "
            "Odoo reads the manifest with ast.literal_eval: keep it a plain dict of strings, "
            "lists, booleans and numbers, with no names, calls or comprehensions."
        )
    if not isinstance(manifest, dict):
        pytest.fail(f"{relative(MANIFEST_PATH)} evaluates to {type(manifest).__name__}, expected a dict.")
    return manifest


def load_tool_module(module_name):
    """Import ``tools/<module_name>.py`` by file path, without importing the add-on package.

    The add-on's ``__init__.py`` imports odoo. Loading the file directly keeps
    the static tier free of odoo, and it fails if the helper imports odoo itself.
    """
    path = TOOLS_DIR / f"{module_name}.py"
    if not path.is_file():
        pytest.fail(f"{relative(path)} is missing. The pure helper module {module_name} must live in tools/.")
    spec = importlib.util.spec_from_file_location(f"{ADDON_NAME}_static_tier_tools_{module_name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report(summary, problems, fix):
    """Build a failure message: a summary, one line per problem (capped), then the fix."""
    lines = [f"{summary} ({len(problems)} found):"]
    lines.extend(f"  {problem}" for problem in problems[:MAX_REPORTED_PROBLEMS])
    if len(problems) > MAX_REPORTED_PROBLEMS:
        lines.append(f"  ... and {len(problems) - MAX_REPORTED_PROBLEMS} more")
    lines.append(f"Fix: {fix}")
    return "\n".join(lines)
