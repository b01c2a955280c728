"""``import policygraph`` stays light: heavy libraries load only when a feature needs them."""

import subprocess
import sys


def test_import_does_not_load_heavy_modules():
    code = "import sys, policygraph; print(sorted(m for m in ('rdflib', 'networkx', 'pyoxigraph', 'click', 'jieba', 'pandas', 'openpyxl', 'lxml', 'readability') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_only_cli_imports_click():
    from pathlib import Path

    package = Path(__file__).parent.parent / "policygraph"
    importers = sorted(p.name for p in package.rglob("*.py") if "import click" in p.read_text(encoding="utf-8"))
    assert importers == ["cli.py"]
