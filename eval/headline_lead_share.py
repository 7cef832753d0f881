"""Headlines that share no content stem with their report's lead, on the TUNING half and
SPENT cleaning sets only (session 22, helper C2: a variant tried and not kept).

    python eval/headline_lead_share.py > benchmarks/logs/clean_variants_s22_headline_share.log

A caption or another story's headline taken for the title (heldout13 l06, heldout6 t17)
might be told by sharing nothing with the lead, so that the lead's first sentence would head
the report instead. Each headline line (not the lead itself) with no stem in common with the
report's lead is listed with whether its line is labelled chrome."""

from __future__ import annotations

from pathlib import Path

from clean_pages import DEV, SETS, load

from generator import clean
from generator.evaluation import report

ROOT = Path(__file__).resolve().parent.parent


def unshared(name: str, prepared: list[report.Prepared]) -> list[str]:
    shown = []
    for p in prepared:
        line = p.text.headline_line
        lead = next((x for x in p.text.paragraphs if clean._is_lead_line(x.text)), None)
        if line is None or lead is None or clean._is_lead_line(p.text.headline):
            continue
        if not clean._stems(p.text.headline) & clean._stems(lead.text):
            chrome = "CHROME" if line in p.item.boilerplate else "report"
            shown.append(f"{name} {p.item.id} l{line} {chrome}: {p.text.headline[:80]}")
    return shown


def main() -> None:
    shown = unshared("tune", report.prepare_tuning(ROOT / "eval", None))
    for name in SETS:
        shown += unshared(name, report.prepare(load(name), DEV / name))
    print(*shown, sep="\n")
    chrome = sum(" CHROME:" in line for line in shown)
    print(f"headlines sharing no stem with the lead: {len(shown)}, chrome {chrome}")


if __name__ == "__main__":
    main()
