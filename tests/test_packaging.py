"""What `pip install .` ships: every bundled corpus file and data file is package data."""

import configparser
import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("package", ["policygraph.corpus", "policygraph.data"])
def test_every_bundled_file_is_declared_package_data(package):
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    patterns = [p.strip() for p in config["options.package_data"][package].split(",")]
    folder = ROOT.joinpath(*package.split("."))
    shipped = [f.name for f in folder.iterdir() if f.is_file() and f.suffix != ".py"]
    assert shipped
    assert [name for name in shipped if not any(fnmatch.fnmatch(name, p) for p in patterns)] == []
