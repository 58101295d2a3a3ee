"""Student kits (``backprop-course release --student-kit``): nothing secret in any, and one works on its own.

Every kit is built into a temporary ``dist/`` from the repository's ``release/``. One kit (that of
the assignment whose notebooks run fastest) is unzipped into an empty directory and installed into a
fresh venv (``python -m venv``) with nothing but its wheel and the pinned numpy and ipykernel (plus
matplotlib when the notebook plots); pip downloads from the registry the first time, then uses its
cache. Its notebook then runs in that venv's kernel: as released, every graded test cell fails; with
the model answers of ``solutions/`` pasted in, every cell passes. Last, ``lab --student`` serves only
a working copy of a kit.
"""

from __future__ import annotations

import ast
import copy
import io
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from backprop_course.course import Course
from backprop_course.lab import free_port, lab_command, lab_env, stop, student_working_copy, wait_until_ready
from backprop_course.release.kit import (
    REVIEWED_LINES,
    KitRefused,
    build_student_kits,
    find_leaks,
    pinned_versions,
    read_kit,
    secret_lines,
)

from conftest import REPO, selected_assignments, source_test_ids  # isort: skip

ASSIGNMENTS = selected_assignments()
# bias_backprop's release and model solution run fastest (about 2 s each, no matplotlib)
VENV_ASSIGNMENT = "bias_backprop" if "bias_backprop" in ASSIGNMENTS else ASSIGNMENTS[0]
GRADING_PARTS = ("bridge", "grade", "sandbox", "review", "report", "audit", "release", "answers", "demo", "cli")


@pytest.fixture(scope="module")
def kits(tmp_path_factory: pytest.TempPathFactory, repo_course: Course) -> dict[str, Path]:
    """``{assignment: dist/<assignment>.zip}``, built from the repository's release/ into a temporary dist/."""
    paths = build_student_kits(repo_course, ASSIGNMENTS, tmp_path_factory.mktemp("dist"))
    return {p.stem: p for p in paths}


def wheel_of(files: dict[str, bytes], assignment: str) -> tuple[str, dict[str, bytes]]:
    """The kit's wheel: its path in the kit and its files."""
    (name,) = [n for n in files if n.startswith(f"{assignment}/") and n.endswith(".whl")]
    with zipfile.ZipFile(io.BytesIO(files[name])) as z:
        return name, {m: z.read(m) for m in z.namelist()}


def test_every_kit_holds_the_release_notebook_the_checker_wheel_and_a_readme(kits: dict[str, Path]) -> None:
    assert sorted(kits) == sorted(ASSIGNMENTS)
    for a, kit in kits.items():
        files = read_kit(kit)
        wheel_name, wheel = wheel_of(files, a)
        assert sorted(files) == sorted([f"{a}/{a}.ipynb", f"{a}/README.md", wheel_name]), sorted(files)
        assert files[f"{a}/{a}.ipynb"] == (REPO / "release" / a / f"{a}.ipynb").read_bytes(), "the release as built"
        readme = files[f"{a}/README.md"].decode()
        pins = pinned_versions(Course(REPO))
        assert all(f"{n}=={v}" in readme for n, v in pins.items()) and Path(wheel_name).name in readme
        modules = sorted(m for m in wheel if not m.split("/")[0].endswith(".dist-info"))
        expected = ["__init__.py", "checks/__init__.py", f"checks/{a}.py", "gradcheck.py", "testing.py"]
        assert modules == sorted(f"backprop_course/{m}" for m in expected), modules
        grading = [m for m in wheel if set(Path(m).with_suffix("").parts) & set(GRADING_PARTS)]
        assert not grading, f"grading code in the {a} kit's wheel: {grading}"
        init = ast.parse(wheel["backprop_course/__init__.py"])
        assert not [n for n in ast.walk(init) if isinstance(n, ast.Import | ast.ImportFrom)], "the kit's __init__"
        for m in ("gradcheck.py", "testing.py", f"checks/{a}.py"):
            assert wheel[f"backprop_course/{m}"] == (REPO / "src" / "backprop_course" / m).read_bytes()


def test_no_kit_holds_a_line_of_a_solution_or_of_a_hidden_test(kits: dict[str, Path], repo_course: Course) -> None:
    secret = secret_lines(repo_course)
    per_assignment = {a: sum(s.assignment == a for s in secret.values()) for a in repo_course.assignments()}
    assert all(n >= 10 for n in per_assignment.values()), f"too few secret lines to mean anything: {per_assignment}"
    for a, kit in kits.items():
        leaks = find_leaks(read_kit(kit), secret)
        assert not leaks, f"{a}.zip:\n" + "\n".join(map(str, leaks))
    # the reviewed generic lines are still secret lines (an entry that is not does nothing: remove it), and,
    # with every kit built, each is still found in one (else it no longer needs its exemption)
    assert set(REVIEWED_LINES) <= set(secret), set(REVIEWED_LINES) - set(secret)
    if set(kits) == set(repo_course.assignments()):
        unreviewed = {leak.secret.text for kit in kits.values() for leak in find_leaks(read_kit(kit), secret, {})}
        found = {k for k in REVIEWED_LINES if any(k == "".join(t.split()) for t in unreviewed)}
        assert found == set(REVIEWED_LINES), f"REVIEWED_LINES no kit needs: {set(REVIEWED_LINES) - found}"


def test_the_builder_refuses_a_kit_with_a_secret_line_or_an_edited_release(tmp_path: Path, repo_course: Course) -> None:
    course = repo_course.copy_to(tmp_path / "course")
    a = VENV_ASSIGNMENT
    secret = {k: s for k, s in secret_lines(course).items() if s.assignment == a and k not in REVIEWED_LINES}
    solution = next(s for s in secret.values() if s.region == "solution" and " = " in s.text)  # a line of code
    hidden = next(s for s in secret.values() if s.region == "hidden test")
    # reformatted and inside longer lines: still found
    notes = f"my notes:  {solution.text.replace(' ', '  ')}  # from the solution\nx = 1; {hidden.text}\n"
    (course.release_dir / a / "notes.py").write_text(notes)
    with pytest.raises(KitRefused) as refused:
        build_student_kits(course, [a])
    assert f"{a}/notes.py:1:" in str(refused.value) and f"{a}/notes.py:2:" in str(refused.value)
    assert not course.kits_dir.exists(), "no kit is written when one would leak"
    (course.release_dir / a / "notes.py").unlink()

    notebook = course.release_dir / a / f"{a}.ipynb"
    notebook.write_text(notebook.read_text().replace("raise NotImplementedError()", "pass", 1))
    with pytest.raises(KitRefused, match="changed since they were built"):
        build_student_kits(course, [a])


# ------------------------------------------------------------------------------- a kit on its own


def constraints_from_requirements(path: Path, out: Path) -> Path:
    """requirements.txt's ``name==version`` pins as a pip constraints file (ipykernel's dependencies pinned too)."""
    pins = [ln.strip() for ln in path.read_text().splitlines() if re.match(r"^[A-Za-z0-9_.\-]+==\S+$", ln.strip())]
    out.write_text("\n".join(pins) + "\n")
    return out


def run_notebook(nb: nbformat.NotebookNode, kernel_dirs: list[str], cwd: Path, env: dict[str, str]) -> None:
    """Execute ``nb`` in place with the kernel ``kit`` of ``kernel_dirs`` (errors kept in the outputs)."""
    with tempfile.TemporaryDirectory(prefix="kit-ipc-") as sockets:  # a short path: a socket's is at most 107 bytes
        km = KernelManager(kernel_name="kit", kernel_spec_manager=KernelSpecManager(kernel_dirs=kernel_dirs))
        km.transport, km.ip = "ipc", f"{sockets}/kernel"  # no TCP port (and no warning about unencrypted TCP)
        resources = {"metadata": {"path": str(cwd)}}
        NotebookClient(nb, km=km, timeout=120, allow_errors=True, resources=resources).execute(env=env)


def errors(cell: nbformat.NotebookNode) -> list[str]:
    return [f"{o.ename}: {o.evalue}" for o in cell.get("outputs", []) if o.output_type == "error"]


def test_a_kit_works_alone_in_a_fresh_venv_failing_as_released_and_passing_with_the_model_answers(
    kits: dict[str, Path], tmp_path: Path
) -> None:
    a = VENV_ASSIGNMENT
    unpacked = tmp_path / "student"
    unpacked.mkdir()
    with zipfile.ZipFile(kits[a]) as z:
        z.extractall(unpacked)
    assert [p.name for p in unpacked.iterdir()] == [a], "a kit unzips into one folder"
    kit_dir = unpacked / a
    (wheel,) = kit_dir.glob("*.whl")
    release = nbformat.read(kit_dir / f"{a}.ipynb", as_version=4)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", IPYTHONDIR=str(tmp_path / "ipython"))
    env["MPLCONFIGDIR"] = str(tmp_path / "matplotlib")
    plots = any("matplotlib" in c.source for c in release.cells)
    needed = ["numpy", "ipykernel"] + (["matplotlib"] if plots else [])
    pins = pinned_versions(Course(REPO), tuple(needed))
    constraints = constraints_from_requirements(REPO / "requirements.txt", tmp_path / "constraints.txt")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(constraints)]
    install = [*pip, str(wheel), *(f"{n}=={v}" for n, v in pins.items())]
    installed = subprocess.run(install, env=env, cwd=kit_dir, capture_output=True, text=True)
    assert installed.returncode == 0, f"pip (needs the registry, or its cache) failed:\n{installed.stderr[-3000:]}"
    subprocess.run(
        [python, "-m", "ipykernel", "install", "--prefix", str(venv), "--name", "kit"],
        check=True,
        env=env,
        capture_output=True,
    )
    probe = (
        "import importlib.util, backprop_course; print(backprop_course.__file__); "
        "print([m for m in ('grade', 'bridge', 'sandbox', 'review', 'report', 'audit', 'release') "
        "if importlib.util.find_spec('backprop_course.' + m)])"
    )
    where, grading = subprocess.run(
        [python, "-c", probe], check=True, env=env, cwd=kit_dir, capture_output=True, text=True
    ).stdout.splitlines()
    assert where.startswith(str(venv)), f"backprop_course comes from {where}, not the kit's wheel"
    assert grading == "[]", f"the kit's venv holds grading code: {grading}"
    kernel_dirs = [str(venv / "share" / "jupyter" / "kernels")]

    # (a) as released: every graded test cell fails
    graded = set(source_test_ids(a))
    assert graded
    as_released = copy.deepcopy(release)
    run_notebook(as_released, kernel_dirs, kit_dir, env)
    passing = [
        c.metadata["nbgrader"]["grade_id"]
        for c in as_released.cells
        if c.metadata.get("nbgrader", {}).get("grade_id") in graded and not errors(c)
    ]
    assert not passing, f"graded test cells that pass on the untouched release: {passing}"

    # (b) the model answers (solution cells of solutions/<a>/) pasted in: every cell passes
    model = {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in nbformat.read(REPO / "solutions" / a / f"{a}.ipynb", as_version=4).cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    answered = copy.deepcopy(release)
    for cell in answered.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = model[grade_id]
    answered.cells.append(nbformat.v4.new_code_cell("import backprop_course\nprint(backprop_course.__file__)"))
    run_notebook(answered, kernel_dirs, kit_dir, env)
    failing = {c.metadata.get("nbgrader", {}).get("grade_id", "?"): errors(c) for c in answered.cells if errors(c)}
    assert not failing, f"cells that fail with the model answers: {json.dumps(failing, indent=1)[:3000]}"
    ran = [c for c in answered.cells if c.metadata.get("nbgrader", {}).get("grade_id") in graded]
    assert len(ran) == len(graded) and all(c.execution_count for c in ran)
    kernel_saw = "".join(o.get("text", "") for o in answered.cells[-1].outputs).strip()
    assert kernel_saw.startswith(str(venv)), f"the kernel imported backprop_course from {kernel_saw}"


# ------------------------------------------------------------------------------------------- lab --student


def test_lab_student_serves_only_a_kept_working_copy_of_the_kit(tmp_path: Path, repo_course: Course) -> None:
    course = repo_course.copy_to(tmp_path / "course")
    a = VENV_ASSIGNMENT
    with pytest.raises(FileNotFoundError, match="make student-kit"):
        student_working_copy(course, a)
    build_student_kits(course, [a])
    work = student_working_copy(course, a)
    assert work == course.student_lab_dir / a
    kit_files = {Path(n).relative_to(a).as_posix() for n in read_kit(course.kits_dir / f"{a}.zip")}
    assert {p.name for p in work.iterdir()} == kit_files
    notebook = work / f"{a}.ipynb"
    edited = notebook.read_text().replace("raise NotImplementedError()", "return 0  # my answer", 1)
    notebook.write_text(edited)
    build_student_kits(course, [a])  # a new kit does not touch the copy
    assert student_working_copy(course, a) == work
    assert notebook.read_text() == edited, "the working copy is kept, never overwritten"

    jupyter = tmp_path / "jupyter"
    env = lab_env()
    for var in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_TOKEN"):
        env.pop(var, None)
    for var, name in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"), ("JUPYTER_RUNTIME_DIR", "run")]:
        (jupyter / name).mkdir(parents=True)
        env[var] = str(jupyter / name)
    port, token = free_port(), secrets.token_hex(16)
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            lab_command(work, port, token, student=True),
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"

    def status(path: str, form: dict[str, str] | None = None) -> tuple[int, bytes]:
        data = None if form is None else urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(f"{base}/{path}", data, headers={"Authorization": f"token {token}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, b""

    try:
        try:
            wait_until_ready(base, token, server)
        except (RuntimeError, TimeoutError) as e:
            raise RuntimeError(f"{e}; server log:\n{log.read_text(errors='replace')[-3000:]}") from e
        code, body = status("api/contents")
        assert code == 200
        assert {item["name"] for item in json.loads(body)["content"]} == kit_files, "the file browser's root"
        assert status("api/contents/..")[0] in (400, 403, 404), "nothing above the working copy"
        assert status("api/terminals")[0] == 404, "no terminal in student mode"
        assert status("formgrader")[0] == 404, "no formgrader in student mode"
        assert status("lab")[0] == 200
        code, body = status("assignments/validate", {"path": f"{a}.ipynb"})  # the Validate button
        assert code == 200 and json.loads(body)["success"], body[:1000]
        assert json.loads(body)["value"]["failed"], "Validate runs the notebook: the unanswered tasks fail"
    finally:
        stop(server)
