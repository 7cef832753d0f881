"""mkdocs.yml for the small hand-written sites the page-cache and page-sharing tests
build with ``build.publish`` alone (no generation): the briefing plugin, Material without
web fonts, and MkDocs' link and anchor checks as warnings."""

from __future__ import annotations

# static-i18n as the briefing's mkdocs.yml has it, for two-language sites
TWO_LANGUAGES = """\
  - i18n:
      docs_structure: suffix
      languages:
        - locale: en
          default: true
          name: English
          build: true
        - locale: ar
          name: Arabic
          build: true
"""


def mkdocs_yml(site_name: str, *, plugins: str = "", attr_list: bool = True) -> str:
    """The configuration; ``plugins`` are YAML list items after ``- briefing``."""
    extensions = "markdown_extensions:\n  - attr_list\n" if attr_list else ""
    return f"""\
site_name: {site_name}
site_url: http://127.0.0.1:8000/
docs_dir: site_src
theme:
  name: material
  font: false
plugins:
  - briefing
{plugins}nav:
  - Home: index.md
{extensions}validation:
  nav:
    omitted_files: ignore
  links:
    not_found: warn
    anchors: warn
"""
