"""What `playbook init` writes for a team's repository: a site that builds with
--strict in each language, and CI files that GitHub's and GitLab's own schemas
accept (check-jsonschema's built-in ones) and zizmor finds no problem in."""
import subprocess

import pytest

from conftest import PLAYBOOK, build


@pytest.fixture(scope="module", params=[[], ["--language", "zh-CN"], ["--language", "en"], ["--example"], ["--example", "--language", "zh-CN"],
                                        ["--example", "--language", "en"]],
                ids=["both", "zh-CN", "en", "example", "example-zh-CN", "example-en"])
def made(request, tmp_path_factory):
    site = tmp_path_factory.mktemp("init") / "site"
    result = subprocess.run([str(PLAYBOOK), "init", str(site), *request.param], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return site


def test_the_new_site_builds_strict_and_ignores_its_output(made):
    result = build(made, made / "public", "--strict")
    assert result.returncode == 0, result.stderr
    ignored = (made / ".gitignore").read_text().splitlines()
    assert "/public/" in ignored and "/.playbook/" in ignored
    assert "playbook check --strict" in (made / "README.md").read_text()


def test_the_github_workflow_passes_githubs_schema_and_zizmor(made):
    workflow = made / ".github" / "workflows" / "playbook.yml"
    schema = subprocess.run(["check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(workflow)],
                            capture_output=True, text=True)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    audit = subprocess.run(["zizmor", "--offline", "--min-severity", "low", str(workflow)], capture_output=True, text=True)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    text = workflow.read_text()
    assert "playbook check --strict --format github" in text and "actions/deploy-pages@" in text
    assert text.count("PLAYBOOK_RELEASE: ") == 1  # the release's address, once


def test_the_gitlab_file_passes_gitlabs_schema(made):
    pipeline = made / ".gitlab-ci.yml"
    schema = subprocess.run(["check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", str(pipeline)],
                            capture_output=True, text=True)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    text = pipeline.read_text()
    assert "pages:" in text and "merge_request_event" in text and text.count("PLAYBOOK_RELEASE: ") == 1


def test_the_checks_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
                      "      - uses: actions/checkout@v4\n      - run: echo ${{ github.event.pull_request.title }}\n")
    audit = subprocess.run(["zizmor", "--offline", "--min-severity", "low", str(broken)], capture_output=True, text=True)
    assert audit.returncode != 0
    (tmp_path / "bad.yml").write_text("on: push\njobs: 3\n")
    schema = subprocess.run(["check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(tmp_path / "bad.yml")],
                            capture_output=True, text=True)
    assert schema.returncode != 0
