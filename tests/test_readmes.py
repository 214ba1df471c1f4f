"""The repository README exists in English, French and Arabic, and each version links to the two others."""

import re
from urllib.parse import unquote

import pytest

from addon_files import REPO_ROOT, relative

READMES = ("README.md", "README.fr.md", "README.ar.md")

# Markdown inline links [text](target "title"), reference definitions
# [label]: target, and HTML href="target".
LINK_PATTERNS = (
    re.compile(r"\]\(\s*<?([^)\s>]+)>?[^)]*\)"),
    re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE),
    re.compile(r"href\s*=\s*[\"']([^\"']+)[\"']"),
)


def link_targets(markdown):
    """Return the link targets of a Markdown text, without #fragment; "./README.fr.md" gives "README.fr.md"."""
    targets = set()
    for pattern in LINK_PATTERNS:
        for target in pattern.findall(markdown):
            path = unquote(target.split("#", 1)[0])
            targets.add(path[2:] if path.startswith("./") else path)
    return targets


def test_link_targets_cases():
    text = (
        "[Français](README.fr.md) [العربية](./README.ar.md#installation 'ar')\n"
        '[en]: README.md\n<a href="README.fr.md">fr</a> [site](https://example.com/README.md)\n'
    )
    assert {"README.fr.md", "README.ar.md", "README.md"} <= link_targets(text)
    assert "https://example.com/README.md" in link_targets(text)


@pytest.mark.parametrize("name", READMES)
def test_readme_exists(name):
    path = REPO_ROOT / name
    assert path.is_file(), (
        f"{relative(path)} is missing. The repository README is kept in English (README.md), "
        "French (README.fr.md) and Arabic (README.ar.md): write this version."
    )


@pytest.mark.parametrize("name", READMES)
def test_readme_links_to_translations(name):
    path = REPO_ROOT / name
    assert path.is_file(), f"{relative(path)} is missing, so its links cannot be checked. Write it first."
    targets = link_targets(path.read_text(encoding="utf-8"))
    missing = [other for other in READMES if other != name and other not in targets]
    assert not missing, (
        f"{relative(path)} has no relative link to {missing}. "
        f"Add a language line near the top, for example: [English](README.md) · [Français](README.fr.md) · "
        f"[العربية](README.ar.md)."
    )
