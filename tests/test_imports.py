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


def test_no_module_binds_one_top_level_name_twice():
    # a second BARE_DEPARTMENT further down metadata.py had silently replaced the first, which
    # _unglue_department read (安康市安全生产委员会办公室 split in two): a name a module binds twice is one of them lost
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "policygraph"
    twice = []
    for path in sorted(package.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(package)}: {name} (lines {seen[name]} and {node.lineno})")
                seen[name] = node.lineno
    assert twice == []
