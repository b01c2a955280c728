"""The command line: build, export, and clear one-line errors on bad input."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import policygraph
from policygraph.cli import cli

TABLE_TEXT = (Path(policygraph.__file__).parent / "corpus" / "jinshan-gaoxin-2025-task-table.txt").read_text(encoding="utf-8")

JINSHAN_EXCERPT = """上海市金山区人民政府

金府发〔2023〕1号

金山区碳达峰实施方案

三、重点任务

（一）产业绿色转型升级行动

1.着力构建绿色低碳的产业体系。强化“四个论英雄”发展导向。（责任单位：☆区经委、区发改委、区投资促进办）

2.打造高端绿色化工产业。深化与上海石化、上海化工区联动发展。（责任单位：☆区经委、区发改委、各镇、街道、园区）
"""


@pytest.fixture
def runner():
    return CliRunner()


def test_build_default_corpus_writes_both_exports(runner, tmp_path):
    result = runner.invoke(cli, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "assignments 1677 (392 lead, 20 from prose) | unparsed clauses 0 | doubtful 0" in result.output
    lines = (tmp_path / "tasks.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 260 + 48 + 95  # tasks, measures and table rows
    record = next(json.loads(line) for line in lines if '/plan/jinshan-2023-carbon-peak-plan/' in line)
    assert record["lead_departments"][0]["name"] == "区经委"
    assert (tmp_path / "policygraph.ttl").stat().st_size > 100_000


def test_build_user_file(runner, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(JINSHAN_EXCERPT, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(plan), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in (tmp_path / "out" / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["title"] for r in records] == ["着力构建绿色低碳的产业体系", "打造高端绿色化工产业"]
    assert records[1]["district"] == "金山区"
    assert [u["name"] for u in records[1]["co_departments"]] == ["区发改委", "各镇", "各街道", "各园区"]
    assert records[0]["source"]["file"] == str(plan)
    text = plan.read_text(encoding="utf-8")
    source = records[0]["source"]
    assert text[source["start"] : source["end"]].startswith("1.着力构建")


def test_unparsed_clause_is_reported_and_strict_fails(runner, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(JINSHAN_EXCERPT + "\n3.推进节能。内容。（责任单位：区发改委、由区经委负责2025年完成）\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(plan), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert f"unparsed: {plan}:15: '由区经委负责2025年完成' does not read as a unit name" in result.output
    strict = runner.invoke(cli, ["build", str(plan), "--out", str(tmp_path), "--strict"])
    assert strict.exit_code == 1
    assert "Error: 1 responsibility clause(s) unparsed or doubtful" in strict.output


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "missing.txt: no such file or folder"),
        ("empty.txt", b"", "empty.txt: file is empty"),
        ("blob.txt", b"\x00\x01\x02binary\x00data", "blob.txt: binary file, not a text plan"),
        ("latin.txt", "Résumé des tâches à faire".encode("latin-1"), "latin.txt: not UTF-8 text (bad byte at offset 1)"),
        ("english.txt", b"An English memo with no plan in it.", "english.txt: holds no Chinese text"),
        ("plan.docx", b"PK\x03\x04", "plan.docx: not a readable .docx (corrupt, or another format renamed)"),
        ("plan.pages", "关于印发方案的通知".encode(), "plan.pages: unsupported file type '.pages'"),
        ("scan.pdf", b"%PDF-1.4 broken", "scan.pdf: not a readable PDF"),
    ],
)
def test_bad_input_is_one_clear_line(runner, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_office_file_without_libreoffice_says_what_to_install(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("policygraph.read.convert.office_program", lambda: None)
    path = tmp_path / "plan.wps"
    path.write_bytes(b"\xd0\xcf\x11\xe0 a WPS file")
    result = runner.invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "plan.wps: a .wps file is read through LibreOffice, which is not installed" in result.output
    assert "apt-get install libreoffice-writer-nogui" in result.output and len(result.output.strip().splitlines()) == 1


def test_folder_without_plans(runner, tmp_path):
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    result = runner.invoke(cli, ["build", str(tmp_path)])
    assert result.exit_code == 1
    assert "folder holds no plan files" in result.output


def test_bad_file_in_a_batch_is_a_warning_and_the_rest_builds(runner, tmp_path):
    (tmp_path / "plan.txt").write_text(JINSHAN_EXCERPT, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    result = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "broken.txt: starts as utf-32 text but is not" in result.output  # FF FE 00 00: a UTF-32 mark
    assert "assignments 8" in result.output


def test_gb18030_plan_is_decoded(runner, tmp_path):
    plan = tmp_path / "gbk.txt"
    plan.write_bytes(JINSHAN_EXCERPT.encode("gb18030"))
    result = runner.invoke(cli, ["build", str(plan), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "assignments 8" in result.output


@pytest.mark.parametrize("fmt, marker", [("ttl", "@prefix pg:"), ("nt", "<https://w3id.org/policygraph/"), ("jsonld", '"@context"'), ("csv", "task_id,plan,district"), ("jsonl", '"lead_departments"'), ("graphml", "<graphml")])
def test_export_formats(runner, tmp_path, fmt, marker):
    plan = tmp_path / "plan.txt"
    plan.write_text(JINSHAN_EXCERPT, encoding="utf-8")
    result = runner.invoke(cli, ["export", str(plan), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert marker in result.output


def test_export_format_from_extension(runner, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(JINSHAN_EXCERPT, encoding="utf-8")
    out = tmp_path / "tasks.csv"
    result = runner.invoke(cli, ["export", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") == 9  # header + 8 assignments
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel on Windows reads it right
    assert runner.invoke(cli, ["export", str(plan), "-o", str(tmp_path / "x.xlsx")]).exit_code == 0  # a workbook
    bad = runner.invoke(cli, ["export", str(plan), "-o", str(tmp_path / "x.numbers")])
    assert bad.exit_code == 1 and "cannot tell the format from '.numbers'" in bad.output
    to_terminal = runner.invoke(cli, ["export", str(plan), "-f", "xlsx"])
    assert to_terminal.exit_code == 2 and "xlsx is a file format: give -o FILE.xlsx" in to_terminal.output


def test_clause_in_a_table_cell_other_than_the_units_column_is_reported(runner, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "金山区方案\n\n一、重点任务\n\n（一）行动\n\n1.推进。内容。（责任单位：区发改委）\n\n附件：分解表\n\n"
        "序号\t重点任务\t责任部门\n1\t推进工作（责任单位：区经委）\t区发改委\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["build", str(plan), "--out", str(tmp_path / "out")])
    assert f"unparsed: {plan}:12: clause is outside any numbered task or item: （责任单位：区经委）" in result.output
    assert "table rows 1" in result.output


def test_a_table_without_a_caption_is_attached_by_hand_or_by_its_file_name(runner, tmp_path):
    plan = tmp_path / "金山区碳达峰实施方案.txt"
    plan.write_text(JINSHAN_EXCERPT, encoding="utf-8")
    table_lines = [line for line in TABLE_TEXT.splitlines()[1:] if line.strip()]  # no caption line
    table = tmp_path / "分解表.tsv"
    table.write_text("\n".join(table_lines), encoding="utf-8")
    alone = runner.invoke(cli, ["tasks", str(tmp_path), "--lead", "园区企业服务中心", "--no-cache", "-f", "json"])
    assert "金山区" not in alone.output  # nothing tells the table's place
    stated = runner.invoke(cli, ["tasks", str(tmp_path), "--table-of", f"{table}={plan}", "--lead", "园区企业服务中心", "--no-cache", "-f", "json"])
    assert stated.exit_code == 0 and "金山区" in stated.output
    assert f"{table}: attached to 金山区碳达峰实施方案 as --table-of says" in stated.output
    table.rename(tmp_path / "金山区碳达峰实施方案附件.tsv")  # named after its plan: attached with no option
    named = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-html"])
    assert "[table of 金山区碳达峰实施方案; 金山区]" in named.output
    wrong = runner.invoke(cli, ["build", str(tmp_path), "--table-of", "nothing", "--out", str(tmp_path / "out")])
    assert wrong.exit_code == 2 and "is not TABLE=PLAN" in wrong.output


def test_h_is_help_everywhere(runner):
    assert runner.invoke(cli, ["-h"]).exit_code == 0
    result = runner.invoke(cli, ["tasks", "-h"])
    assert result.exit_code == 0 and "--lead" in result.output


def test_a_filter_given_twice_means_either(runner):
    def count(*args):
        result = runner.invoke(cli, ["tasks", *args, "-f", "json"])
        assert result.exit_code == 0, result.output
        return {row["task"] for row in json.loads(result.output)}

    jinshan, qingpu = count("--lead", "区发改委", "--district", "金山区"), count("--lead", "区发改委", "--district", "青浦区")
    assert jinshan and qingpu and count("--lead", "区发改委", "--district", "金山区", "--district", "青浦区") == jinshan | qingpu
    economy = count("--lead", "区经委", "--district", "金山区")
    assert count("--lead", "区发改委", "--lead", "区经委", "--district", "金山区") == jinshan | economy
    forest = runner.invoke(cli, ["targets", "--metric", "森林", "-f", "json"]).output
    solar = runner.invoke(cli, ["targets", "--metric", "光伏", "-f", "json"]).output
    both = runner.invoke(cli, ["targets", "--metric", "森林", "--metric", "光伏", "-f", "json"]).output
    assert len(json.loads(both)) == len(json.loads(forest)) + len(json.loads(solar))


def test_audit_fails_only_when_asked(runner):
    assert runner.invoke(cli, ["audit", "--check", "lead_conflict"]).exit_code == 0
    failing = runner.invoke(cli, ["audit", "--check", "lead_conflict", "--fail-on", "lead_conflict"])
    assert failing.exit_code == 1 and "findings of lead_conflict (--fail-on)" in failing.output
    assert runner.invoke(cli, ["audit", "--check", "deadline_before_plan", "--fail-on", "any"]).exit_code == 0  # none found


def test_build_reports_progress_per_file_and_the_cli_stays_quiet_off_a_terminal(runner, tmp_path):
    seen = []
    policygraph.build(progress=lambda done, total, path: seen.append((done, total)))
    assert seen == [(n, 10) for n in range(1, 11)]
    result = runner.invoke(cli, ["build", "--out", str(tmp_path), "--no-html"])
    assert "reading" not in result.output  # no bar when stderr is no terminal (CliRunner's is not)
