"""What `pip install .` ships: every package folder, every bundled corpus, data, ontology and query file."""

import configparser
import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def _options():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config


def _folder(package: str) -> Path:
    mapped = dict(
        (key.strip(), value.strip())
        for key, value in (line.split("=") for line in _options()["options"]["package_dir"].strip().splitlines())
    )
    return ROOT / mapped[package] if package in mapped else ROOT.joinpath(*package.split("."))


def test_every_package_folder_is_listed():
    listed = set(_options()["options"]["packages"].split())
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "policygraph").rglob("__init__.py")}
    on_disk.add("policygraph.ontology")
    assert listed == on_disk
    assert (_folder("policygraph.ontology") / "shapes.ttl").is_file()


@pytest.mark.parametrize("package", ["policygraph.corpus", "policygraph.data", "policygraph.ontology", "policygraph.query.named", "policygraph.viz"])
def test_every_bundled_file_is_declared_package_data(package):
    patterns = [p.strip() for p in _options()["options.package_data"][package].split(",")]
    folder = _folder(package)
    shipped = [f.relative_to(folder).as_posix() for f in folder.rglob("*") if f.is_file() and f.suffix not in (".py", ".pyc")]
    assert shipped
    assert [name for name in shipped if not any(fnmatch.fnmatch(name, p) for p in patterns)] == []
