"""The add-on uses Odoo 18 idioms, not the Odoo 17 ones that Odoo 18 rejects or deprecates.

XML checks read parsed elements and attribute names, so a word like "tree"
in a label or a help text is not reported. Python checks read the AST.
"""

import ast

from addon_files import (
    ADDON_DIR,
    addon_python_files,
    iter_elements,
    parse_python,
    parsed_xml_files,
    relative,
    report,
)

# Modules from which the bare translation function ``_`` can be imported.
TRANSLATION_MODULES = {"odoo", "odoo.tools", "odoo.tools.translate"}


def _describe_element(element):
    attributes = " ".join(f'{name}="{value}"' for name, value in element.attrib.items())
    return f"<{element.tag} {attributes}>" if attributes else f"<{element.tag}>"


def _elements_with_attribute(attribute_name):
    problems = []
    for path, tree in parsed_xml_files(ADDON_DIR):
        for element in iter_elements(tree):
            if attribute_name in element.attrib:
                value = element.attrib[attribute_name]
                problems.append(f'{relative(path)}:{element.sourceline}: <{element.tag} {attribute_name}="{value}">')
    return problems


def _view_mode_names(value):
    return [mode.strip() for mode in value.split(",")]


def _is_string(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _python_view_mode_values(module):
    """Yield the string constants given to a "view_mode" key, in a dict literal or by item assignment."""
    for node in ast.walk(module):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if _is_string(key) and key.value == "view_mode" and _is_string(value):
                    yield value
        elif isinstance(node, ast.Assign) and _is_string(node.value):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and _is_string(target.slice) and target.slice.value == "view_mode":
                    yield node.value


def test_views_have_no_tree_element():
    problems = []
    for path, tree in parsed_xml_files(ADDON_DIR):
        for element in iter_elements(tree):
            if element.tag == "tree":
                problems.append(f"{relative(path)}:{element.sourceline}: {_describe_element(element)}")
    assert not problems, report(
        "<tree> elements found; Odoo 18 renamed the tree view to list",
        problems,
        "rename <tree> to <list> (and </tree> to </list>).",
    )


def test_views_have_no_attrs_attribute():
    problems = _elements_with_attribute("attrs")
    assert not problems, report(
        "attrs= attributes found; Odoo 17+ rejects them",
        problems,
        'replace attrs="{\'invisible\': [...]}" by invisible="python expression" '
        "(likewise readonly=, required=, column_invisible=).",
    )


def test_views_have_no_states_attribute():
    problems = _elements_with_attribute("states")
    assert not problems, report(
        "states= attributes found; Odoo 17+ rejects them",
        problems,
        "replace states=\"draft,done\" by invisible=\"state not in ('draft', 'done')\".",
    )


def test_actions_have_no_tree_view_mode():
    problems = []
    for path, tree in parsed_xml_files(ADDON_DIR):
        for element in iter_elements(tree):
            if element.tag == "field" and element.get("name") == "view_mode":
                value = (element.text or "").strip()
                if "tree" in _view_mode_names(value):
                    problems.append(f"{relative(path)}:{element.sourceline}: view_mode {value!r}")
    for path in addon_python_files(exclude_dirs=()):
        for value in _python_view_mode_values(parse_python(path)):
            if "tree" in _view_mode_names(value.value):
                problems.append(f"{relative(path)}:{value.lineno}: view_mode {value.value!r}")
    assert not problems, report(
        "view_mode values naming the tree view found; Odoo 18 has no view type 'tree'",
        problems,
        "write 'list' instead of 'tree', for example view_mode 'list,form'.",
    )


def test_python_defines_no_name_get():
    problems = []
    for path in addon_python_files(exclude_dirs=()):
        for node in ast.walk(parse_python(path)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "name_get":
                problems.append(f"{relative(path)}:{node.lineno}: def name_get")
    assert not problems, report(
        "name_get definitions found; Odoo 17+ no longer calls name_get",
        problems,
        "compute the label in _compute_display_name, with @api.depends on the fields it reads.",
    )


def test_python_imports_no_bare_translation():
    problems = []
    for path in addon_python_files(exclude_dirs=()):
        for node in ast.walk(parse_python(path)):
            if not isinstance(node, ast.ImportFrom) or node.level or node.module not in TRANSLATION_MODULES:
                continue
            for alias in node.names:
                if alias.name == "_":
                    problems.append(f"{relative(path)}:{node.lineno}: from {node.module} import _")
    assert not problems, report(
        "imports of the bare translation function _ found; this project translates with self.env._()",
        problems,
        'drop the import and write self.env._("... %(name)s", name=value) in the method.',
    )
