"""Batch 21's outlets are in no other set: each URL's host and base name (the label before the
public suffix, "milligazete" of "ar.milligazete.com.tr") is looked for in eval/labels.yaml,
every eval/dev/*.yaml and the other batches of eval/dev/quotes.yaml (session 19, helper Q5).

    python benchmarks/quote_batch21_domains_s19.py > benchmarks/logs/quote_batch21_domains_s19.log
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
SUFFIX_SECOND = {"co", "com", "net", "org", "gov", "edu"}
# Hosts whose subdomain is the outlet: each blog is its own site.
BLOG_HOSTS = ("blogspot.com", "wordpress.com")


def base_name(host: str) -> str:
    parts = host.lower().split(".")
    if host.lower().endswith(BLOG_HOSTS):
        return parts[-3]
    second_level = len(parts) >= 3 and parts[-2] in SUFFIX_SECOND and len(parts[-1]) == 2
    return parts[-3] if second_level else parts[-2]


def other_text() -> str:
    texts = [(ROOT / "eval" / "labels.yaml").read_text()]
    texts += [
        p.read_text()
        for p in sorted((ROOT / "eval" / "dev").glob("*.yaml"))
        if p.name != "quotes.yaml"
    ]
    entries = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text())["quotes"]
    texts += [e["url"] + " " + e["outlet"] for e in entries if e.get("batch") != 21]
    return "\n".join(texts).lower()


def main() -> None:
    others = other_text()
    entries = yaml.safe_load((ROOT / "eval" / "dev" / "quotes.yaml").read_text())["quotes"]
    hosts = sorted({urlsplit(e["url"]).hostname or "" for e in entries if e.get("batch") == 21})
    for host in hosts:
        name = base_name(host)
        found = re.search(rf"\b{re.escape(name)}\b", others) is not None
        print(f"{'IN ANOTHER SET' if found else 'new':14} {host} (base name {name})")


if __name__ == "__main__":
    main()
