"""Files policygraph writes are whole or untouched (issue 16): a kill or a full disk mid-write
leaves the previous file as it was, and a damaged cache entry is rebuilt with a warning."""

import errno
import os
import signal
import subprocess
import sys
import textwrap

import pytest

import policygraph
from policygraph.errors import OutputError
from policygraph.files import TEMP_SUFFIX, write_atomic
from policygraph.query import cache

PLAN = "关于印发《上海市青浦区测试实施方案》的通知\n1. 推进光伏建设。（责任单位：☆区发改委、区经委）\n"


def test_a_write_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "exports" / "tasks.jsonl"
    write_atomic(target, "old\n")
    write_atomic(target, ["new ", "lines\n"])
    assert target.read_text() == "new lines\n"
    assert [p.name for p in target.parent.iterdir()] == ["tasks.jsonl"]  # no temporary file left


def test_a_full_disk_leaves_the_old_file_and_names_the_file(tmp_path, monkeypatch):
    target = tmp_path / "policygraph.ttl"
    write_atomic(target, "@prefix pg: <x#> .\n")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "half a graph")
    assert str(raised.value) == f"{target}: cannot write: No space left on device"
    assert target.read_text() == "@prefix pg: <x#> .\n"
    assert list(tmp_path.glob(f"*{TEMP_SUFFIX}")) == []


def test_the_command_line_reports_a_full_disk_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from policygraph.cli import cli

    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    monkeypatch.setattr(os, "fsync", lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    result = CliRunner().invoke(cli, ["export", str(plan), "--format", "ttl", "--output", str(tmp_path / "out.ttl")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'out.ttl'}: cannot write: No space left on device"
    assert not (tmp_path / "out.ttl").exists()


def test_a_killed_write_leaves_the_previous_file_and_the_next_write_cleans_up(tmp_path):
    target = tmp_path / "tasks.jsonl"
    write_atomic(target, "previous export\n")
    writer = textwrap.dedent(
        f"""
        import sys, time
        from policygraph.files import write_atomic

        def pieces():
            yield "first half\\n"
            sys.stdout.write("started\\n"); sys.stdout.flush()
            time.sleep(60)
            yield "second half\\n"

        write_atomic({str(target)!r}, pieces())
        """
    )
    with subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout.readline() == "started\n"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert target.read_text() == "previous export\n"
    assert len(list(tmp_path.glob(f".tasks.jsonl.*{TEMP_SUFFIX}"))) == 1  # what the kill left
    write_atomic(target, "next export\n")
    assert target.read_text() == "next export\n"
    assert list(tmp_path.glob(f"*{TEMP_SUFFIX}")) == []


@pytest.mark.parametrize("damage", ["empty", "half"])
def test_a_damaged_cache_entry_is_rebuilt_with_a_warning(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    assert policygraph.open_store([str(plan)]).tasks(lead="区发改委")
    [entry] = (tmp_path / "cache").glob("*.nq")
    text = entry.read_text(encoding="utf-8")
    entry.write_text("" if damage == "empty" else text[: len(text) // 2].rsplit("\n", 1)[0] + "\n", encoding="utf-8")
    store = policygraph.open_store([str(plan)])
    assert store.tasks(lead="区发改委")  # rebuilt, not "0 tasks"
    assert any("cache entry damaged" in w for w in store.warnings)
    assert policygraph.open_store([str(plan)]).warnings == []  # and the rebuilt entry is trusted again


def test_an_empty_graph_file_is_an_error_not_an_empty_graph(tmp_path):
    empty = tmp_path / "policygraph.ttl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(policygraph.errors.InputError, match="holds no triples"):
        policygraph.open_store(graph=empty)
