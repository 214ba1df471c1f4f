"""The manifest is a valid Odoo 18 manifest and lists exactly the files the add-on ships."""

import posixpath
import re

from addon_files import ADDON_DIR, MANIFEST_PATH, list_files, load_manifest, relative, report

VERSION_PATTERN = re.compile(r"^18\.0\.\d+\.\d+\.\d+$")
REQUIRED_DEPENDENCIES = ("mail", "calendar", "portal")

# Folders whose XML and CSV files Odoo loads only when the manifest lists them
# under "data". A file there that is not listed is dead code.
DATA_DIRS = ("data", "security", "views", "report", "wizards")
DATA_SUFFIXES = (".xml", ".csv")
DEMO_DIR = "demo"

MANIFEST = relative(MANIFEST_PATH)


def _listed_files(manifest, key):
    """Return the paths listed under ``key``, normalised ("./views/a.xml" gives "views/a.xml")."""
    value = manifest.get(key, [])
    assert isinstance(value, list) and all(isinstance(item, str) for item in value), (
        f"{MANIFEST}: '{key}' is {value!r}, expected a list of paths relative to the add-on folder."
    )
    return [posixpath.normpath(item) for item in value]


def _addon_relative(path):
    return path.relative_to(ADDON_DIR).as_posix()


def test_manifest_is_dict_literal():
    manifest = load_manifest()
    assert manifest, f"{MANIFEST} is an empty dict. Fill in name, version, license, depends and data."


def test_manifest_version_format():
    version = load_manifest().get("version")
    assert isinstance(version, str) and VERSION_PATTERN.match(version), (
        f"{MANIFEST}: version is {version!r}, expected 18.0.x.y.z (Odoo series, then major.minor.patch "
        "of the add-on), for example '18.0.1.0.0'."
    )


def test_manifest_license_is_lgpl3():
    license_name = load_manifest().get("license")
    assert license_name == "LGPL-3", f"{MANIFEST}: license is {license_name!r}. Set 'license': 'LGPL-3'."


def test_manifest_depends_on_mail_calendar_portal():
    depends = load_manifest().get("depends", [])
    missing = [name for name in REQUIRED_DEPENDENCIES if name not in depends]
    assert not missing, (
        f"{MANIFEST}: depends is {depends!r} and lacks {missing}. "
        "The add-on uses the chatter (mail), slot events (calendar) and the trainee portal (portal): add them."
    )


def test_manifest_installable():
    installable = load_manifest().get("installable")
    assert installable is True, f"{MANIFEST}: installable is {installable!r}. Set 'installable': True."


def test_manifest_data_files_exist():
    listed = _listed_files(load_manifest(), "data")
    missing = [path for path in listed if not (ADDON_DIR / path).is_file()]
    assert not missing, report(
        f"files listed under 'data' in {MANIFEST} that do not exist",
        [f"{relative(ADDON_DIR / path)}" for path in missing],
        "create each file, or remove its line from 'data'.",
    )


def test_manifest_demo_files_exist():
    listed = _listed_files(load_manifest(), "demo")
    missing = [path for path in listed if not (ADDON_DIR / path).is_file()]
    assert not missing, report(
        f"files listed under 'demo' in {MANIFEST} that do not exist",
        [f"{relative(ADDON_DIR / path)}" for path in missing],
        "create each file, or remove its line from 'demo'.",
    )


def test_data_files_listed_in_manifest():
    listed = set(_listed_files(load_manifest(), "data"))
    orphans = []
    for folder in DATA_DIRS:
        for path in list_files(ADDON_DIR / folder, suffixes=DATA_SUFFIXES):
            if _addon_relative(path) not in listed:
                orphans.append(relative(path))
    assert not orphans, report(
        f"XML and CSV files that Odoo never loads because {MANIFEST} does not list them under 'data'",
        orphans,
        "add each path to 'data' (security first, then data, then views and menus), or delete the file.",
    )


def test_demo_files_listed_in_manifest():
    listed = set(_listed_files(load_manifest(), "demo"))
    orphans = [relative(path) for path in list_files(ADDON_DIR / DEMO_DIR) if _addon_relative(path) not in listed]
    assert not orphans, report(
        f"files under {DEMO_DIR}/ that {MANIFEST} does not list under 'demo'",
        orphans,
        "add each path to 'demo', or delete the file.",
    )


def test_demo_files_not_listed_as_data():
    listed = _listed_files(load_manifest(), "data")
    misplaced = [relative(ADDON_DIR / path) for path in listed if path.split("/")[0] == DEMO_DIR]
    assert not misplaced, report(
        f"demo files listed under 'data' in {MANIFEST}; they would be loaded into production databases",
        misplaced,
        "move each path from 'data' to 'demo'.",
    )
