"""Every XML file under addons/ is well-formed, so Odoo can load it."""

from lxml import etree

from addon_files import ADDONS_DIR, list_files, parse_xml, relative, report


def test_addons_contain_xml_files():
    xml_files = list_files(ADDONS_DIR, suffixes=(".xml",))
    assert xml_files, (
        f"No XML file found under {relative(ADDONS_DIR)}: the XML checks of this tier would pass without "
        "checking anything. Check that the add-on's data/, security/ and views/ files are in place."
    )


def test_xml_files_parse():
    problems = []
    for path in list_files(ADDONS_DIR, suffixes=(".xml",)):
        try:
            parse_xml(path)
        except etree.XMLSyntaxError as error:
            problems.append(f"{relative(path)}:{error.lineno}: {error.msg}")
    assert not problems, report(
        "XML files that are not well-formed",
        problems,
        "correct the syntax at the given line (unclosed tag, unescaped & or <, stray text before the root).",
    )
