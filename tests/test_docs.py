"""Docs that cannot drift: every command has help and is in the README; the task export's
fields are documented; the README's summary line is real output."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from policygraph.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_has_help_and_appears_in_the_readme():
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        assert f"policygraph {name}" in README, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_every_jsonl_field_is_documented(corpus):
    record = json.loads(corpus.export("jsonl").splitlines()[0])
    for field in record:
        assert f"`{field}`" in README, field
    for field in record["lead_departments"][0]:
        assert f"`{field}`" in README, field
    target = next(t for line in corpus.export("jsonl").splitlines() for t in json.loads(line)["targets"])
    for field in target:
        assert f"`{field}`" in README, field


def test_every_plan_export_field_is_documented(corpus):
    records = [json.loads(line) for line in corpus.export("plans").splitlines()]
    record = next(r for r in records if r["citations"])
    for field in [*record, *record["places"][0], *record["citations"][0]]:
        assert f"`{field}`" in README or f'"{field}"' in README, field


def test_readme_summary_line_is_real_output(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path)])
    summary = next(line for line in result.output.splitlines() if line.startswith("plans "))
    assert summary in README


def test_readme_setup_commands():
    assert re.search(r"pip install \. && policygraph build", README)
    assert 'pip install ".[test]" && python -m pytest' in README
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    assert '".[test]"' in ci and "pytest" in ci


def _console_examples():
    """README console blocks that run a query command: (command line, the lines shown)."""
    for block in re.findall(r"```console\n(.*?)```", README, re.DOTALL):
        lines = block.rstrip("\n").split("\n")
        if re.match(r"\$ policygraph (tasks|who|departments|query|targets|compare|timeline|audit|plans|citations)\b", lines[0]) and len(lines) > 1:
            yield lines[0][2:], lines[1:]


def test_readme_query_examples_are_real_output(monkeypatch, tmp_path):
    import shlex

    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "140")  # the examples as a 140-column terminal shows them
    examples = list(_console_examples())
    assert len(examples) >= 3
    for command, shown in examples:
        result = CliRunner().invoke(cli, shlex.split(command)[1:])
        assert result.exit_code == 0, command
        assert result.stdout.rstrip("\n").split("\n")[: len(shown)] == shown, command


def test_readme_python_example_runs(monkeypatch, tmp_path):
    """The "From Python" block, run as written (the push to a server is recorded, not sent)."""
    import policygraph

    pushed = []
    monkeypatch.setattr(policygraph.api, "push", lambda graph, url, **kw: pushed.append(url))
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    block = re.search(r"## From Python\n\n```python\n(.*?)```", README, re.DOTALL).group(1)
    namespace = {"print": lambda *args, **kwargs: None}
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert pushed == ["http://127.0.0.1:7878/store"]
    assert (tmp_path / "tasks.jsonl").is_file() and (tmp_path / "exports" / "graph.html").is_file()
    assert namespace["pg"].summary()["assignments"] == 1677


README_ZH = (Path(__file__).parent.parent / "README.zh-CN.md").read_text(encoding="utf-8")


def test_chinese_readme_has_the_same_setup_and_every_command():
    assert re.search(r"pip install \. && policygraph build", README_ZH)
    assert 'pip install ".[test]" && python -m pytest' in README_ZH
    for name in cli.commands:
        assert f"policygraph {name}" in README_ZH, name


def test_chinese_readme_summary_and_examples_are_real_output(monkeypatch, tmp_path):
    import shlex

    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    result = CliRunner(env={"POLICYGRAPH_LANG": "zh"}).invoke(cli, ["build", "--out", str(tmp_path)])
    summary = next(line for line in result.output.splitlines() if line.startswith("方案 "))
    assert summary in README_ZH
    for block in re.findall(r"```console\n(.*?)```", README_ZH, re.DOTALL):
        lines = block.rstrip("\n").split("\n")
        if re.match(r"\$ policygraph (--lang zh )?(tasks|targets|plans|audit|who|departments)\b", lines[0]) and len(lines) > 1:
            shown = CliRunner(env={"POLICYGRAPH_LANG": "zh"}).invoke(cli, shlex.split(lines[0][2:])[1:])
            assert shown.stdout.rstrip("\n").split("\n")[: len(lines) - 1] == lines[1:], lines[0]


def test_docstring_examples_run():
    """Docstring examples are tests: the modules that hold them."""
    import doctest

    import policygraph.errors
    import policygraph.files
    import policygraph.safety

    for module in (policygraph.errors, policygraph.files, policygraph.safety):
        failed, attempted = doctest.testmod(module)
        assert attempted and not failed, module.__name__


def test_chinese_readme_python_example_runs(monkeypatch, tmp_path):
    pytest.importorskip("pandas")
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    block = re.search(r"## 在 Python 中使用\n\n```python\n(.*?)```", README_ZH, re.DOTALL).group(1)
    namespace = {}
    exec(compile(block, "README.zh-CN.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["pg"].summary()["assignments"] == 1677
