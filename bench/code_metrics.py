"""Size of the code and of the notebooks' visible tests, for a revision of the repository (issue 15).

    .venv/bin/python bench/code_metrics.py              # the working tree
    .venv/bin/python bench/code_metrics.py 8243083      # a commit (read with `git archive`)

Prints the longest function and the largest class of the package, its lines per module (largest
first, and the share of the four largest), and per notebook the visible test lines (test cells
outside ``### BEGIN/END HIDDEN TESTS``) against the lines of instructions (markdown cells).
"""

from __future__ import annotations

import ast
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def tree(rev: str | None) -> Path:
    """The repository at ``rev`` (None: the working tree) as a directory."""
    if rev is None:
        return REPO
    out = Path(tempfile.mkdtemp(prefix="metrics-"))
    data = subprocess.run(["git", "archive", rev, "src", "source"], cwd=REPO, capture_output=True, check=True)
    tarfile.open(fileobj=io.BytesIO(data.stdout)).extractall(out, filter="data")
    return out


def code_lines(path: Path) -> int:
    return sum(1 for line in path.read_text().splitlines() if line.strip())


def definitions(root: Path) -> tuple[tuple[int, str], tuple[int, str]]:
    """(lines, name) of the longest function and of the largest class under ``root``."""
    longest, largest = (0, ""), (0, "")
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            size = (node.end_lineno or node.lineno) - node.lineno + 1 if hasattr(node, "lineno") else 0
            name = f"{path.relative_to(root)}:{getattr(node, 'name', '')}"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                longest = max(longest, (size, name))
            elif isinstance(node, ast.ClassDef):
                largest = max(largest, (size, name))
    return longest, largest


def notebook_lines(path: Path) -> tuple[int, int]:
    """(visible test lines, instruction lines) of a master notebook."""
    nb = json.loads(path.read_text())
    tests = text = 0
    for cell in nb["cells"]:
        source = "".join(cell["source"]).splitlines()
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell["cell_type"] == "markdown":
            text += sum(1 for line in source if line.strip())
        elif meta.get("grade") and not meta.get("solution"):
            hidden = False
            for line in source:
                if "BEGIN HIDDEN TESTS" in line:
                    hidden = True
                elif "END HIDDEN TESTS" in line:
                    hidden = False
                elif not hidden and line.strip():
                    tests += 1
    return tests, text


def main(argv: list[str]) -> None:
    root = tree(argv[0] if argv else None)
    package = root / "src" / "backprop_course"
    modules = sorted(((code_lines(p), str(p.relative_to(package))) for p in package.rglob("*.py")), reverse=True)
    total = sum(n for n, _ in modules)
    (f_len, f_name), (c_len, c_name) = definitions(package)
    print(f"package: {total} non-blank lines in {len(modules)} modules")
    print(f"longest function: {f_name} ({f_len} lines); largest class: {c_name} ({c_len} lines)")
    top4 = sum(n for n, _ in modules[:4])
    print(f"four largest modules: {top4} lines = {100 * top4 / total:.0f} % of the package")
    for n, name in modules[:8]:
        print(f"  {n:5d}  {name}")
    for nb in sorted((root / "source").glob("*/*.ipynb")):
        tests, text = notebook_lines(nb)
        print(f"{nb.stem}: visible test lines {tests}, instruction lines {text}")


if __name__ == "__main__":
    main(sys.argv[1:])
