"""Chinese and English: one gettext catalogue for help, table headers and messages (issue 17)."""

import inspect

import click
import pytest
from click.testing import CliRunner

from policygraph import i18n
from policygraph.cli import cli


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def test_the_compiled_catalogue_is_the_po_file():
    entries = i18n.read_po(i18n.catalogue_path(".po"))
    assert i18n.catalogue_path(".mo").read_bytes() == i18n.compile_mo(entries), "run: python -m policygraph.i18n"


def test_every_help_text_of_every_command_has_its_chinese():
    i18n.set_language("zh")
    missing = []
    texts = [cli.help, *(cmd.help for cmd in cli.commands.values())]
    texts += [p.help for cmd in [cli, *cli.commands.values()] for p in cmd.params if isinstance(p, click.Option) and p.help]
    for text in texts:
        if i18n._(inspect.cleandoc(text)) == inspect.cleandoc(text):
            missing.append(text)
    assert missing == []


@pytest.mark.parametrize("env, lang, expected", [
    ({"LANG": "zh_CN.UTF-8"}, [], "用法："),
    ({"LANG": "en_US.UTF-8"}, ["--lang", "zh"], "用法："),
    ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "Usage:"),
    ({"LANG": "C", "POLICYGRAPH_LANG": "zh"}, [], "用法："),
])
def test_the_language_follows_the_locale_or_lang(env, lang, expected):
    result = CliRunner(env={"LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None, "POLICYGRAPH_LANG": None, **env}).invoke(
        cli, [*lang, "tasks", "-h"])
    assert result.exit_code == 0 and result.output.startswith(expected)


def test_chinese_tables_counts_summary_and_errors(tmp_path):
    runner = CliRunner(env={"POLICYGRAPH_LANG": "zh", "POLICYGRAPH_CACHE": str(tmp_path)})
    result = runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区"])
    assert result.stdout.split()[:7] == ["地区", "序号", "标题", "牵头单位", "配合单位", "时限", "出处"]
    assert "33 项任务" in result.stderr
    built = runner.invoke(cli, ["build", "--out", str(tmp_path / "out"), "--no-html"])
    assert "方案 9（另附任务表 1）| 行动领域 55 |" in built.output and "已写出 " in built.output
    wrong = runner.invoke(cli, ["tasks", "--format", "xml"])
    assert wrong.exit_code == 2 and "错误：" in wrong.output


def test_the_top_level_help_follows_the_locale():
    result = CliRunner(env={"LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None, "POLICYGRAPH_LANG": None, "LANG": "zh_CN.UTF-8"}).invoke(cli, ["--help"])
    assert result.output.startswith("用法：") and "谁负责什么" in result.output


def test_every_translation_keeps_its_placeholders():
    import string

    def fields(text):
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)

    for msgid, msgstr in i18n.read_po(i18n.catalogue_path(".po")).items():
        if msgid and "%(" not in msgid:
            assert fields(msgid) == fields(msgstr), msgid


def test_errors_warnings_and_problems_in_chinese(tmp_path):
    runner = CliRunner(env={"POLICYGRAPH_LANG": "zh"})
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["build", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and f"错误：{empty}: 文件为空" in result.output
    big = tmp_path / "plan.txt"
    big.write_text("关于印发《上海市青浦区测试实施方案》的通知\n1. 推进光伏建设。（责任单位：☆区发改委、区经委）\n2. 推进节能。（督办单位：区发改委）\n",
                   encoding="utf-8")
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    built = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-html"])
    assert "警告：" in built.output and "已跳过（不支持的文件类型 .png）" in built.output
    assert "未解析: " in built.output and "标签“督办单位”不在读取器的词表中" in built.output
    english = CliRunner(env={"POLICYGRAPH_LANG": "en"}).invoke(cli, ["build", str(empty), "--out", str(tmp_path / "out")])
    assert f"Error: {empty}: file is empty" in english.output


def test_query_errors_and_click_usage_errors_in_chinese(tmp_path):
    runner = CliRunner(env={"POLICYGRAPH_LANG": "zh", "POLICYGRAPH_CACHE": str(tmp_path)})
    unknown = runner.invoke(cli, ["tasks", "--lead", "区发该委"])
    assert unknown.exit_code == 1 and "图谱中没有名为“区发该委”的单位；最接近的名称：区发改委" in unknown.output
    choice = runner.invoke(cli, ["tasks", "--format", "xx"])
    assert "不是 'table', 'json', 'csv', 'jsonl' 之一" in choice.output
    typo = runner.invoke(cli, ["tasks", "--leadd", "x"])
    assert "没有选项 '--leadd'" in typo.output and "你是不是要用 '--lead'" in typo.output
    assert "请只给出 SPARQL、--file 或 --name 中的一个" in runner.invoke(cli, ["query"]).output
