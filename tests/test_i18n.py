"""The translation template exists and the Arabic and French catalogues translate all of it.

polib reads the files. It is listed in requirements-test.txt; when it is
missing, these tests fail with the install command rather than skip.
"""

import re
from collections import Counter

import pytest

from addon_files import ADDON_DIR, ADDON_NAME, relative, report

try:
    import polib
except ImportError:  # reported by each test through _load_catalogue
    polib = None

INSTALL_HINT = "Run: pip install -r requirements-test.txt"
I18N_DIR = ADDON_DIR / "i18n"
POT_PATH = I18N_DIR / f"{ADDON_NAME}.pot"

# Language header values accepted per catalogue. Odoo loads ar.po for every
# Arabic variant (ar_001, ar_SY) and fr.po for every French one.
LANGUAGE_HEADERS = {
    "ar": {"ar", "ar_001"},
    "fr": {"fr", "fr_FR"},
}

# A python-format placeholder: %s, %d, %.2f, %(name)s... "%%" is removed
# before matching. A space flag is not accepted, so that "100 % sûr" or
# "50% de" in a sentence is not taken for a placeholder.
PLACEHOLDER_PATTERN = re.compile(r"%(?:\([^)]+\))?[#0+-]?(?:\d+|\*)?(?:\.\d+)?[sdifrxXeEgGc]")

# Odoo 18 formats a translation with the arguments given to self.env._().
# If they do not fit, it logs "Bad translation" and shows the English text.
# Where the code applies % to a string already translated, the mismatch
# raises KeyError or TypeError instead.
PLACEHOLDER_FIX = (
    "copy each placeholder of the msgid unchanged into the msgstr: keep %(name)s names in English, "
    "and keep as many %s as the msgid has."
)


def _creation_hint(path):
    if path == POT_PATH:
        return (
            f"Export it from a database where {ADDON_NAME} is installed: odoo-bin -d DB "
            f"--i18n-export={relative(POT_PATH)} --modules={ADDON_NAME}"
        )
    return (
        f"Create it from the template: msginit --no-translator --locale={path.stem} "
        f"--input={relative(POT_PATH)} --output={relative(path)}"
    )


def _load_catalogue(path):
    """Parse a .po or .pot file with polib, failing the calling test if polib or the file is missing."""
    if polib is None:
        pytest.fail(f"polib is not installed, so the .po and .pot files cannot be read. {INSTALL_HINT}")
    if not path.is_file():
        pytest.fail(f"{relative(path)} is missing. {_creation_hint(path)}")
    try:
        return polib.pofile(str(path), wrapwidth=0)
    except (OSError, ValueError) as error:
        pytest.fail(f"{relative(path)} cannot be parsed as a gettext catalogue: {error}")


def _entry_key(entry):
    return (entry.msgctxt, entry.msgid)


def _short(text, width=70):
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 3] + "..."


def _live_entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def _translations(entry):
    """Return the msgstr forms of an entry: one for a simple entry, one per plural form otherwise."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def placeholders(text):
    """Count the python-format placeholders of a string, ignoring the escaped percent sign %%."""
    return Counter(PLACEHOLDER_PATTERN.findall(text.replace("%%", "")))


def test_placeholder_pattern_cases():
    cases = [
        ("Session %(session)s is %(state)s", ["%(session)s", "%(state)s"]),
        ("%s of %d hours, %.2f%%", ["%s", "%d", "%.2f"]),
        ("Rate: 100%% reached", []),
        ("Taux de 100 % sur 50% de", []),
    ]
    for text, expected in cases:
        assert placeholders(text) == Counter(expected), f"placeholders({text!r}) gave {dict(placeholders(text))}"


def test_pot_template_exists():
    template = _load_catalogue(POT_PATH)
    assert _live_entries(template), (
        f"{relative(POT_PATH)} has no entries. Export it again from a database where {ADDON_NAME} is installed."
    )


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_po_language_header(language):
    path = I18N_DIR / f"{language}.po"
    catalogue = _load_catalogue(path)
    value = catalogue.metadata.get("Language", "")
    accepted = sorted(LANGUAGE_HEADERS[language])
    assert value in LANGUAGE_HEADERS[language], (
        f'{relative(path)}: the header has "Language: {value}", expected one of {accepted}. '
        f'Set the header line "Language: {accepted[0]}\\n".'
    )


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_po_translates_every_pot_msgid(language):
    template = _load_catalogue(POT_PATH)
    path = I18N_DIR / f"{language}.po"
    catalogue = _load_catalogue(path)
    translated = {_entry_key(entry): entry for entry in _live_entries(catalogue)}
    problems = []
    for source in _live_entries(template):
        entry = translated.get(_entry_key(source))
        if entry is None:
            problems.append(f"{relative(POT_PATH)}:{source.linenum}: msgid {_short(source.msgid)!r} is missing")
        elif not all(form.strip() for form in _translations(entry)):
            problems.append(f"{relative(path)}:{entry.linenum}: msgid {_short(source.msgid)!r} has an empty msgstr")
    assert not problems, report(
        f"{relative(path)} does not translate every msgid of {relative(POT_PATH)}",
        problems,
        f"run msgmerge --update {relative(path)} {relative(POT_PATH)}, then fill in every empty msgstr.",
    )


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_po_has_no_fuzzy_entries(language):
    path = I18N_DIR / f"{language}.po"
    catalogue = _load_catalogue(path)
    problems = [
        f"{relative(path)}:{entry.linenum}: msgid {_short(entry.msgid)!r}"
        for entry in _live_entries(catalogue)
        if "fuzzy" in entry.flags
    ]
    if catalogue.metadata_is_fuzzy:
        problems.insert(0, f"{relative(path)}: the header entry")
    assert not problems, report(
        f"fuzzy entries in {relative(path)}; Odoo ignores them, so users see the English text",
        problems,
        'check each translation, then delete its "#, fuzzy" line.',
    )


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_po_placeholders_match_msgid(language):
    path = I18N_DIR / f"{language}.po"
    catalogue = _load_catalogue(path)
    problems = []
    for entry in _live_entries(catalogue):
        source = entry.msgid_plural or entry.msgid
        expected = placeholders(source)
        for form in _translations(entry):
            if not form:
                continue
            found = placeholders(form)
            if found != expected:
                problems.append(
                    f"{relative(path)}:{entry.linenum}: msgid {_short(source)!r} has {sorted(expected.elements())}, "
                    f"msgstr {_short(form)!r} has {sorted(found.elements())}"
                )
    assert not problems, report(
        f"translations in {relative(path)} whose placeholders differ from the msgid",
        problems,
        PLACEHOLDER_FIX,
    )
