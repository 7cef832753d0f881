"""Evidence grades of a seed's outlet and date: established, inferred or unknown.

The grades live in front matter (``outlet_evidence``, ``published_evidence``) beside the
values they grade; ``seeds/SOURCES.md`` keeps the prose evidence behind them. This module
checks a grade's form, finds grades that contradict the values (a graded date that is
absent, a graded outlet that is ``unknown``), and drafts the grades ``briefing new`` may
write without a person's judgement.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

GRADES = ("established", "inferred", "unknown")
UNKNOWN_OUTLET = "unknown"  # the front matter value of an outlet not established
# Bases that are the publisher's own statement of the date (intake/pagedates.py names them
# so). Only these draft a grade, and only "inferred": a person confirms or upgrades it.
_METADATA_BASES = ("meta ", "JSON-LD ")


def check_grade(value: Any) -> str | None:
    if value in GRADES:
        return None
    return f"expected one of {', '.join(GRADES)} (how the value beside it is known)"


def contradictions(mapping: Mapping[str, Any]) -> dict[str, str]:
    """Grade key -> message, for each grade that contradicts the front matter's values."""
    found: dict[str, str] = {}
    date_grade = mapping.get("published_evidence")
    has_date = mapping.get("published") is not None
    if date_grade in ("established", "inferred") and not has_date:
        found["published_evidence"] = (
            f"says the date is {date_grade}, but there is no 'published': add the date, "
            "or set published_evidence: unknown"
        )
    elif date_grade == "unknown" and has_date:
        found["published_evidence"] = (
            "says the date is unknown, but 'published' gives one: grade it established or "
            "inferred, or leave 'published' out"
        )
    outlet_grade = mapping.get("outlet_evidence")
    outlet = mapping.get("outlet")
    is_unknown = isinstance(outlet, str) and outlet.strip() == UNKNOWN_OUTLET
    if outlet_grade in ("established", "inferred") and is_unknown:
        found["outlet_evidence"] = (
            f"says the outlet is {outlet_grade}, but outlet is 'unknown': name the outlet, "
            "or set outlet_evidence: unknown"
        )
    elif outlet_grade == "unknown" and isinstance(outlet, str) and not is_unknown:
        found["outlet_evidence"] = (
            f"says the outlet is unknown, but outlet is '{outlet.strip()}': grade it "
            "established or inferred, or set outlet: unknown"
        )
    return found


def draft_grades(outlet: str, published_basis: str | None, date_given: bool) -> dict[str, str]:
    """The grades ``briefing new`` writes; anything else is left for the contributor.

    An outlet that could not be named is ``unknown`` by definition. A date taken from the
    page's publication metadata is drafted ``inferred``: the publisher states it, but no
    person has checked it against the article yet. A date passed with ``--published``, or
    read from the URL, a ``<time>`` element or a dateline, is left ungraded.
    """
    grades = {}
    if outlet == UNKNOWN_OUTLET:
        grades["outlet_evidence"] = "unknown"
    if not date_given and published_basis and published_basis.startswith(_METADATA_BASES):
        grades["published_evidence"] = "inferred"
    return grades
