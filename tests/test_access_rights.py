"""Every model the add-on creates has at least one line in security/ir.model.access.csv.

Odoo 18 denies all access to a model without an access line, and logs
"The models [...] have no access rules" when the module loads. That holds
for TransientModel (wizards) too. Only AbstractModel has no table and needs none.
"""

import ast
import csv
from dataclasses import dataclass

from addon_files import ADDON_DIR, ADDON_NAME, addon_python_files, parse_python, relative, report

ACCESS_CSV = ADDON_DIR / "security" / "ir.model.access.csv"
ACCESS_COLUMNS = ("id", "name", "model_id:id", "group_id:id", "perm_read", "perm_write", "perm_create", "perm_unlink")


@dataclass(frozen=True)
class ModelDefinition:
    name: str
    class_name: str
    lineno: int

    @property
    def access_model_ref(self):
        """XML id of the model's ir.model record, as written in the model_id:id column."""
        return "model_" + self.name.replace(".", "_")


def _strings(node):
    """Return the strings of a str constant or of a list or tuple of them, or [] for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.List | ast.Tuple):
        return [item.value for item in node.elts if isinstance(item, ast.Constant) and isinstance(item.value, str)]
    return []


def _class_attributes(class_node):
    """Map the names assigned in a class body to their value nodes."""
    attributes = {}
    for statement in class_node.body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    attributes[target.id] = statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value and isinstance(statement.target, ast.Name):
            attributes[statement.target.id] = statement.value
    return attributes


def _base_names(class_node):
    """Return the last name of each base class: models.AbstractModel gives AbstractModel."""
    names = []
    for base in class_node.bases:
        if isinstance(base, ast.Attribute):
            names.append(base.attr)
        elif isinstance(base, ast.Name):
            names.append(base.id)
    return names


def find_new_models(module):
    """Return the models that a parsed Python module creates.

    A class creates a model when it sets ``_name`` to a value that is not one
    of its ``_inherit`` names. A class with ``_inherit`` alone, or with
    ``_name`` equal to an inherited name, extends an existing model. Classes
    deriving directly from AbstractModel are left out.
    NOTE: only direct bases are read, so a class deriving from an abstract
    base defined in the add-on itself is taken for a new model.
    """
    models = []
    for node in ast.walk(module):
        if not isinstance(node, ast.ClassDef):
            continue
        attributes = _class_attributes(node)
        names = _strings(attributes.get("_name"))
        if len(names) != 1:
            continue
        name = names[0]
        if name in _strings(attributes.get("_inherit")):
            continue
        if "AbstractModel" in _base_names(node):
            continue
        models.append(ModelDefinition(name=name, class_name=node.name, lineno=node.lineno))
    return models


def _read_access_rows():
    with ACCESS_CSV.open(encoding="utf-8", newline="") as csv_file:
        reader = csv.DictReader(csv_file)
        return reader.fieldnames or [], list(reader)


def _local_ref(xml_id):
    """Strip this add-on's prefix from an XML id: formation_continue.model_x gives model_x."""
    prefix = f"{ADDON_NAME}."
    return xml_id[len(prefix) :] if xml_id.startswith(prefix) else xml_id


MODEL_DETECTION_CASES = [
    # (class body source, expected new model names)
    ('class A(models.Model):\n    _name = "x.new"\n', ["x.new"]),
    ('class A(models.Model):\n    _inherit = "res.partner"\n', []),
    ('class A(models.Model):\n    _name = "res.partner"\n    _inherit = "res.partner"\n', []),
    ('class A(models.Model):\n    _name = "res.partner"\n    _inherit = ["res.partner", "mail.thread"]\n', []),
    ('class A(models.Model):\n    _name = "x.copy"\n    _inherit = "res.partner"\n', ["x.copy"]),
    ('class A(models.Model):\n    _name = "x.doc"\n    _inherit = ["mail.thread", "mail.activity.mixin"]\n', ["x.doc"]),
    ('class A(models.Model):\n    _name = "x.doc"\n    _inherit = ("mail.thread",)\n', ["x.doc"]),
    ('class A(models.TransientModel):\n    _name = "x.wizard"\n', ["x.wizard"]),
    ('class A(models.AbstractModel):\n    _name = "x.mixin"\n', []),
    ('class A(AbstractModel):\n    _name = "x.mixin"\n', []),
    ('class A(models.Model):\n    _name: str = "x.annotated"\n', ["x.annotated"]),
]


def test_model_detection_cases():
    for source, expected in MODEL_DETECTION_CASES:
        found = [model.name for model in find_new_models(ast.parse(source))]
        assert found == expected, f"find_new_models read {found}, expected {expected}, for:\n{source}"


def test_access_csv_has_standard_columns():
    header = ",".join(ACCESS_COLUMNS)
    assert ACCESS_CSV.is_file(), f"{relative(ACCESS_CSV)} is missing. Create it with the header line {header}."
    columns, _rows = _read_access_rows()
    missing = [column for column in ACCESS_COLUMNS if column not in columns]
    assert not missing, f"{relative(ACCESS_CSV)}:1: the header lacks {missing}. Odoo expects the header line {header}."


def test_addon_defines_models():
    models = [model for path in addon_python_files() for model in find_new_models(parse_python(path))]
    assert models, (
        f"No class setting _name was found in the Python files of {relative(ADDON_DIR)}, "
        "so the access check below would pass without checking anything. "
        "Check that the models are in place and that _name is assigned a string literal."
    )


def test_every_model_has_access_line():
    assert ACCESS_CSV.is_file(), f"{relative(ACCESS_CSV)} is missing. Create it and add the access lines."
    _columns, rows = _read_access_rows()
    referenced = {_local_ref((row.get("model_id:id") or "").strip()) for row in rows}
    problems = []
    for path in addon_python_files():
        for model in find_new_models(parse_python(path)):
            if model.access_model_ref not in referenced:
                problems.append(
                    f"{relative(path)}:{model.lineno}: class {model.class_name}, "
                    f"_name = {model.name!r}: no line with model_id:id = {model.access_model_ref}"
                )
    assert not problems, report(
        f"models without an access line in {relative(ACCESS_CSV)}",
        problems,
        "add a line per group that uses the model, for example "
        "access_<model>_<group>,<model>.<group>,model_<model>,group_training_<group>,1,0,0,0.",
    )
