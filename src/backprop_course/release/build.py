"""Build ``release/`` and ``solutions/`` from the master notebooks in ``source/`` with nbgrader.

``release/<a>/`` is nbgrader's ``generate_assignment`` output: solution regions replaced by stubs,
hidden tests removed. ``solutions/<a>/`` is ``generate_solution`` output, configured in
``nbgrader_config.py`` to drop hidden tests, executed. Both are normalised (no execution
timestamps) so that rebuilding an unchanged ``source/`` reproduces them byte for byte, which is
what :func:`find_drift` checks.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import nbformat

from ..course import Course

SOLUTION_MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")
HIDDEN_MARKERS = ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")
EDITOR_FILES = (".ipynb_checkpoints", "__pycache__", ".DS_Store")  # what check-release ignores
MANIFEST = ".build-manifest.json"  # in release/ and solutions/: the sha256 of every notebook the build wrote


class ReleaseRefused(RuntimeError):
    """A generated notebook was changed by hand since it was built: rebuilding would lose that."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed_since_built(out_dir: Path, name: str) -> list[str]:
    """Notebooks of ``out_dir/name`` that differ from what the last build wrote (per ``out_dir/MANIFEST``)."""
    try:
        built = json.loads((out_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return []
    return [
        f"{out_dir.name}/{name}/{p.name}"
        for p in sorted((out_dir / name).glob("*.ipynb"))
        if built.get(f"{name}/{p.name}") not in (None, _sha256(p))
    ]


def _record_build(out_dir: Path, name: str) -> None:
    path = out_dir / MANIFEST
    try:
        built = json.loads(path.read_text())
    except (OSError, ValueError):
        built = {}
    built = {k: v for k, v in built.items() if not k.startswith(f"{name}/")}
    built.update({f"{name}/{p.name}": _sha256(p) for p in sorted((out_dir / name).glob("*.ipynb"))})
    path.write_text(json.dumps(dict(sorted(built.items())), indent=1) + "\n")


def normalise_notebook(path: Path) -> None:
    """Drop per-run noise from a generated notebook, in place.

    Execution timestamps go, and consecutive stream outputs of one cell to the same stream are
    merged: the kernel may deliver one ``print`` as one message or as several depending on load.
    """
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        merged: list = []
        for out in cell.get("outputs", []):
            prev = merged[-1] if merged else None
            same_stream = prev is not None and prev.output_type == "stream" and prev.get("name") == out.get("name")
            if out.output_type == "stream" and same_stream:
                prev.text += out.text
            else:
                merged.append(out)
        if "outputs" in cell:
            cell.outputs = merged
    nbformat.write(nb, path)


def forbidden_in_release(path: Path) -> list[str]:
    """Solution or hidden-test markers (or a whole hidden test) that leaked into a release notebook."""
    text = path.read_text(encoding="utf-8")
    return [m for m in SOLUTION_MARKERS + HIDDEN_MARKERS if m in text]


def build_release(
    course: Course, assignments: list[str] | None = None, *, with_solutions: bool = True, force: bool = False
) -> list[str]:
    """Regenerate ``release/`` and ``solutions/`` for ``assignments`` (default: all in ``source/``).

    Runs nbgrader's ``GenerateAssignment`` (which also records the assignment in the gradebook)
    and, unless ``with_solutions`` is false, ``GenerateSolution``, in this process with the
    course's ``nbgrader_config.py``. Returns the assignment names built.

    Raises:
        ReleaseRefused: a generated notebook was edited since its last build (unless ``force``).
        RuntimeError: nbgrader failed, or a release notebook still holds solution/hidden-test text.
    """
    from nbgrader.converters import GenerateAssignment, GenerateSolution

    names = assignments or course.assignments()
    outputs = [(GenerateAssignment, course.release_dir), (GenerateSolution, course.solutions_dir)]
    changed = [c for name in names for _, out_dir in outputs for c in changed_since_built(out_dir, name)]
    if changed and not force:
        raise ReleaseRefused(
            f"changed since they were built (edited by hand, or a student worked in release/?): {', '.join(changed)}. "
            "Rebuilding would overwrite them: keep a copy, then release with --force."
        )
    for name in names:
        for converter_class, out_dir in outputs[: 2 if with_solutions else 1]:
            shutil.rmtree(out_dir / name, ignore_errors=True)
            errors = course.run_nbgrader(converter_class, name)
            if errors or not (out_dir / name / f"{name}.ipynb").exists():
                raise RuntimeError(f"nbgrader {converter_class.__name__} failed for {name}: {errors}")
            for nb_path in sorted((out_dir / name).glob("*.ipynb")):
                normalise_notebook(nb_path)
            _record_build(out_dir, name)
        leaks = {p.name: forbidden_in_release(p) for p in (course.release_dir / name).glob("*.ipynb")}
        leaks = {k: v for k, v in leaks.items() if v}
        if leaks:
            raise RuntimeError(f"release/{name} holds solution or hidden test text: {leaks}")
    return names


def find_drift(course: Course, assignments: list[str] | None = None) -> list[str]:
    """Rebuild the release in a scratch copy of the course and list files that differ from the committed ones.

    An empty list means ``release/`` and ``solutions/`` (of ``assignments``, default all) are exactly
    what ``build_release`` produces.
    """
    names = assignments or course.assignments()
    with tempfile.TemporaryDirectory(prefix="drift-") as tmp:
        scratch = course.copy_to(Path(tmp) / "course", with_generated=False)
        build_release(scratch, names)
        drift = []
        for sub in ("release", "solutions"):
            for name in names:
                drift += _tree_differences(course.root / sub / name, scratch.root / sub / name, f"{sub}/{name}")
            dirs = {p.name for p in (course.root / sub).iterdir() if p.is_dir() and p.name not in EDITOR_FILES}
            extra = dirs - set(course.assignments())
            drift += [f"{sub}/{name}: no source/{name}" for name in sorted(extra)] if assignments is None else []
            mine, theirs = (_manifest(root / sub, names) for root in (course.root, scratch.root))
            if mine != theirs:
                drift.append(f"{sub}/{MANIFEST}: does not match the build (run make release)")
        return drift


def _manifest(out_dir: Path, names: list[str]) -> dict[str, str]:
    try:
        built = json.loads((out_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in built.items() if k.split("/")[0] in names}


def _tree_differences(committed: Path, rebuilt: Path, label: str) -> list[str]:
    files = lambda root: {  # noqa: E731
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and p.name != ".gitkeep" and not set(p.relative_to(root).parts) & set(EDITOR_FILES)
    }
    mine, theirs = files(committed) if committed.exists() else set(), files(rebuilt)
    out = [f"{label}/{p}: not produced by the build" for p in sorted(mine - theirs)]
    out += [f"{label}/{p}: missing (run make release)" for p in sorted(theirs - mine)]
    for p in sorted(mine & theirs):
        a, b = committed / p, rebuilt / p
        if p.suffix == ".ipynb":
            if json.loads(a.read_text()) != json.loads(b.read_text()):
                out.append(f"{label}/{p}: differs from a fresh build (run make release)")
        elif not filecmp.cmp(a, b, shallow=False):
            out.append(f"{label}/{p}: differs from a fresh build (run make release)")
    return out
