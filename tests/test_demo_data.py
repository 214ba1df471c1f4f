"""Demo data is recognisable as demo data and describes invented people only.

Moroccan law 09-08 on personal data forbids shipping real people's data.
So participants and trainers exist only as demo records, each with an XML id
ending in "_demo" (the OCA naming rule for demo ids). Their e-mail addresses
use domains reserved for examples.
"""

import csv
import re

from addon_files import ADDON_DIR, ADDON_NAME, iter_elements, list_files, parsed_xml_files, relative, report

DEMO_DIR = ADDON_DIR / "demo"
DEMO_SUFFIX = "_demo"
PEOPLE_MODELS = ("training.participant", "training.trainer")

# XML elements that create a record with the XML id given in their id attribute.
ID_ELEMENTS = ("record", "template", "menuitem")

# Fields whose values are e-mail addresses in demo records.
EMAIL_FIELDS = ("email", "email_from", "login")

# Domains reserved for examples and testing by RFC 2606 and RFC 6761, so
# they are never assigned to a real mailbox owner.
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_TOP_LEVEL_DOMAINS = ("example", "test", "invalid", "localhost")
EMAIL_DOMAIN_PATTERN = re.compile(r"@([A-Za-z0-9.-]+)")


def _own_id(xml_id):
    """Return the id without this add-on's prefix, or None for a record of another module.

    "formation_continue.unit_demo" gives "unit_demo"; "base.user_admin" gives
    None, because updating another module's record creates no new record.
    """
    if "." not in xml_id:
        return xml_id
    module, name = xml_id.split(".", 1)
    return name if module == ADDON_NAME else None


def _is_reserved_domain(domain):
    domain = domain.lower().rstrip(".")
    if any(domain == reserved or domain.endswith("." + reserved) for reserved in RESERVED_DOMAINS):
        return True
    return domain.rsplit(".", 1)[-1] in RESERVED_TOP_LEVEL_DOMAINS


def _csv_rows(path):
    """Return the rows of a CSV data file; Odoo takes the model from the file name."""
    with path.open(encoding="utf-8", newline="") as csv_file:
        return list(csv.DictReader(csv_file))


def _record_elements(root):
    for path, tree in parsed_xml_files(root):
        for element in iter_elements(tree):
            if element.tag in ID_ELEMENTS:
                yield path, element


def test_demo_folder_has_data_files():
    files = list_files(DEMO_DIR, suffixes=(".xml", ".csv"))
    assert files, (
        f"{relative(DEMO_DIR)}/ contains no XML or CSV file, so the demo checks below have nothing to check. "
        "Write the demo files that the manifest lists under 'demo'."
    )


def test_demo_record_ids_end_with_demo():
    problems = []
    for path, element in _record_elements(DEMO_DIR):
        xml_id = element.get("id")
        if xml_id is None:
            continue  # test_demo_people_records_have_demo_ids reports unnamed people
        own_id = _own_id(xml_id)
        if own_id is not None and not own_id.endswith(DEMO_SUFFIX):
            problems.append(f'{relative(path)}:{element.sourceline}: <{element.tag} id="{xml_id}">')
    for path in list_files(DEMO_DIR, suffixes=(".csv",)):
        for line_number, row in enumerate(_csv_rows(path), start=2):
            own_id = _own_id(row.get("id") or "")
            if own_id is not None and not own_id.endswith(DEMO_SUFFIX):
                problems.append(f"{relative(path)}:{line_number}: id {row.get('id')!r}")
    assert not problems, report(
        f"XML ids in {relative(DEMO_DIR)}/ that do not end with {DEMO_SUFFIX}",
        problems,
        f"rename each id to end with {DEMO_SUFFIX} (for example training_session_1{DEMO_SUFFIX}), "
        "and update the ref() calls that point to it.",
    )


def test_demo_people_records_have_demo_ids():
    problems = []
    for path, element in _record_elements(DEMO_DIR):
        if element.tag == "record" and element.get("model") in PEOPLE_MODELS:
            xml_id = element.get("id")
            if not xml_id:
                problems.append(
                    f'{relative(path)}:{element.sourceline}: <record model="{element.get("model")}"> has no id'
                )
            elif not xml_id.endswith(DEMO_SUFFIX):
                problems.append(
                    f'{relative(path)}:{element.sourceline}: <record model="{element.get("model")}" id="{xml_id}">'
                )
    assert not problems, report(
        f"{' and '.join(PEOPLE_MODELS)} demo records without an id ending in {DEMO_SUFFIX}",
        problems,
        f"give each record an id ending in {DEMO_SUFFIX}, and check that the person is invented.",
    )


def test_people_records_only_in_demo():
    problems = []
    for path, element in _record_elements(ADDON_DIR):
        if DEMO_DIR in path.parents or "tests" in path.relative_to(ADDON_DIR).parts:
            continue
        if element.tag == "record" and element.get("model") in PEOPLE_MODELS:
            problems.append(f'{relative(path)}:{element.sourceline}: <record model="{element.get("model")}">')
    for model in PEOPLE_MODELS:
        for path in list_files(ADDON_DIR, suffixes=(f"{model}.csv",), exclude_dirs=("demo", "tests")):
            problems.append(f"{relative(path)}: CSV data file of {model}")
    assert not problems, report(
        "participant or trainer records outside demo/; they would be loaded into production databases",
        problems,
        "move them to a file under demo/ listed in the manifest's 'demo', with ids ending in _demo.",
    )


def test_demo_emails_use_reserved_domains():
    problems = []
    for path, tree in parsed_xml_files(DEMO_DIR):
        for element in iter_elements(tree):
            if element.tag != "field" or element.get("name") not in EMAIL_FIELDS:
                continue
            value = (element.text or "").strip()
            for domain in EMAIL_DOMAIN_PATTERN.findall(value):
                if not _is_reserved_domain(domain):
                    problems.append(f'{relative(path)}:{element.sourceline}: {element.get("name")} "{value}"')
    for path in list_files(DEMO_DIR, suffixes=(".csv",)):
        for line_number, row in enumerate(_csv_rows(path), start=2):
            for field_name in EMAIL_FIELDS:
                value = (row.get(field_name) or "").strip()
                for domain in EMAIL_DOMAIN_PATTERN.findall(value):
                    if not _is_reserved_domain(domain):
                        problems.append(f'{relative(path)}:{line_number}: {field_name} "{value}"')
    assert not problems, report(
        "demo e-mail addresses outside the domains reserved for examples; mail sent there may reach a real person",
        problems,
        f"use an address under {', '.join(RESERVED_DOMAINS)} (for example fatima.zahra@example.com).",
    )
