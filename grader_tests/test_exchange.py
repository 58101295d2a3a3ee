"""nbgrader's exchange on a multi-user machine: release -> students fetch and submit -> collect -> grade.

The test creates two unprivileged local users (``useradd``; removed afterwards, home folders included)
and an exchange folder with the permissions nbgrader documents (``chmod ugo+rw``: readable and
writable by all users; nbgrader's ``release_assignment`` makes the course's ``inbound`` write-only for
others, so students cannot list each other's submissions). The configuration every user shares (what
``/etc/jupyter/nbgrader_config.py`` holds on a real server: the course id and the exchange root) is in
a folder on ``JUPYTER_CONFIG_PATH``.

Students need a Python they can run: the course's ``.venv`` links to an interpreter under ``/root``,
which other users cannot read. They get a venv of Debian's ``/usr/bin/python3.11`` (the same Python
minor version, so the same binary ABI) whose one ``.pth`` line adds the course venv's site-packages:
the course's packages, nothing copied or installed (on a real server the course environment lives
where all users can read it, e.g. ``/opt/backprop``).

The instructor is root: ``nbgrader release_assignment`` and ``nbgrader collect`` in the course root
(with the course's ``nbgrader_config.py``, whose collector refuses a submission made in another
student's name), then ``backprop-course grade``. ``test_student_uses_the_assignment_list`` is the same
as a student in JupyterLab's *Assignment List* (headless chromium; marked ``browser``).
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from backprop_course.answers import AnswerCase, fill_notebook, read_notebook
from backprop_course.course import Course
from backprop_course.grade import grade
from backprop_course.lab import free_port, stop, wait_until_ready
from backprop_course.release.build import build_release
from backprop_course.sandbox import probe_sandbox
from backprop_course.settings import GradingSettings

from conftest import REPO  # isort: skip

A = "tanh_mlp"
COURSE_ID = "backprop"
# ada answers correctly, alan submits the release untouched; grace uses the browser, linus a JupyterHub server
STUDENTS = ("bpx-ada", "bpx-alan", "bpx-grace", "bpx-linus")
DEBIAN_PYTHON = Path("/usr/bin/python3.11")
COURSE_SITE_PACKAGES = (
    Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
)

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="creates local users: needs root"),
    pytest.mark.skipif(shutil.which("useradd") is None, reason="needs useradd (passwd)"),
    pytest.mark.skipif(
        not DEBIAN_PYTHON.exists() or sys.version_info[:2] != (3, 11),
        reason="students run the course venv with Debian's python3.11: needs it and a 3.11 course venv",
    ),
]


@dataclass
class Student:
    name: str
    home: Path
    uid: int
    gid: int


@dataclass
class Exchange:
    base: Path  # readable by all: the exchange, the shared config, the students' venv
    root: Path  # the exchange
    config_dir: Path  # what /etc/jupyter holds on a real server
    python: Path  # the students' interpreter
    course: Course
    students: dict[str, Student]

    def env(self, student: Student | None = None) -> dict[str, str]:
        """A clean environment: the shared config first on JUPYTER_CONFIG_PATH, the student's own home."""
        env = {
            "PATH": f"{self.python.parent}:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "JUPYTER_CONFIG_PATH": str(self.config_dir),
        }
        if student is None:
            env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"  # the instructor: the course venv
            env["HOME"] = os.environ.get("HOME", "/root")
        else:
            env.update(HOME=str(student.home), USER=student.name, LOGNAME=student.name)
        return env

    def as_student(self, student: Student, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run ``python args`` as ``student`` (runuser: their uid, groups and home), in their home."""
        cmd = ["runuser", "-u", student.name, "--", "env", "-i", *(f"{k}={v}" for k, v in self.env(student).items())]
        result = subprocess.run(
            [*cmd, str(self.python), *args], cwd=student.home, capture_output=True, text=True, timeout=300
        )
        if check:
            assert result.returncode == 0, f"{student.name}: {args}\n{result.stdout}\n{result.stderr}"
        return result

    def instructor(self, *args: str) -> subprocess.CompletedProcess:
        """``nbgrader args`` as the instructor (root) in the course root."""
        nbgrader = Path(sys.executable).with_name("nbgrader")
        result = subprocess.run(
            [str(nbgrader), *args], cwd=self.course.root, env=self.env(), capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"nbgrader {args}\n{result.stdout}\n{result.stderr}"
        return result


def remove_user(name: str) -> None:
    with contextlib.suppress(KeyError):
        pwd.getpwnam(name)
        subprocess.run(["userdel", "--remove", name], capture_output=True)
    with contextlib.suppress(KeyError):
        grp.getgrnam(name)
        subprocess.run(["groupdel", name], capture_output=True)


def students_python(base: Path) -> Path:
    """A venv of Debian's python3.11 that sees the course venv's packages (module docstring)."""
    venv = base / "students-venv"
    subprocess.run([str(DEBIAN_PYTHON), "-m", "venv", "--without-pip", str(venv)], check=True)
    site = venv / "lib" / "python3.11" / "site-packages"
    (site / "backprop_course_venv.pth").write_text(f"import site; site.addsitedir({str(COURSE_SITE_PACKAGES)!r})\n")
    return venv / "bin" / "python"


@pytest.fixture(scope="module")
def exchange(repo_course: Course):
    """Two local users, an exchange, the shared config, a scratch course with tanh_mlp in its gradebook."""
    base = Path(tempfile.mkdtemp(prefix="backprop-exchange-"))
    base.chmod(0o755)
    students: dict[str, Student] = {}
    try:
        root = base / "exchange"
        root.mkdir()
        root.chmod(0o777)  # nbgrader's docs: chmod ugo+rw (on a new 755 folder)
        config_dir = base / "etc-jupyter"
        config_dir.mkdir()
        (config_dir / "nbgrader_config.py").write_text(
            f"c = get_config()\nc.CourseDirectory.course_id = {COURSE_ID!r}\nc.Exchange.root = {str(root)!r}\n"
        )
        python = students_python(base)
        homes = base / "home"
        homes.mkdir(mode=0o755)
        for name in STUDENTS:
            remove_user(name)  # left by an interrupted run
            subprocess.run(
                ["useradd", "--create-home", "--home-dir", str(homes / name), "--shell", "/bin/sh", name], check=True
            )
            entry = pwd.getpwnam(name)
            students[name] = Student(name, Path(entry.pw_dir), entry.pw_uid, entry.pw_gid)
            Path(entry.pw_dir).chmod(0o700)
        course = repo_course.copy_to(base / "course")
        build_release(course, [A], with_solutions=False)  # records the assignment in the course's gradebook
        yield Exchange(base, root, config_dir, python, course, students)
    finally:
        for name in STUDENTS:
            remove_user(name)
        shutil.rmtree(base, ignore_errors=True)


def answer_correctly(ex: Exchange, student: Student) -> None:
    """The student's fetched notebook, with the model answers typed in (then owned by the student again)."""
    path = student.home / A / f"{A}.ipynb"
    source = read_notebook(ex.course.source_dir / A / f"{A}.ipynb")
    nbformat.write(fill_notebook(read_notebook(path), source, AnswerCase(A, "reference", score="full")), path)
    os.chown(path, student.uid, student.gid)


def scores(course: Course) -> dict[str, tuple[float, float]]:
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url, course.course_id) as gb:
        return {s.student.id: (s.score, s.max_score) for s in gb.assignment_submissions(A)}


def release(ex: Exchange) -> None:
    """``nbgrader release_assignment`` once per module (each test may run alone)."""
    if not (ex.root / COURSE_ID / "outbound" / A).is_dir():
        ex.instructor("release_assignment", A)


def test_release_fetch_submit_collect_grade(exchange: Exchange) -> None:
    ex = exchange
    ada, alan = ex.students["bpx-ada"], ex.students["bpx-alan"]
    t0 = time.monotonic()
    release(ex)
    outbound = ex.root / COURSE_ID / "outbound" / A / f"{A}.ipynb"
    assert outbound.is_file()
    inbound = ex.root / COURSE_ID / "inbound"
    assert inbound.stat().st_mode & 0o777 == 0o733  # others may write into it but not list it

    for student in (ada, alan):
        listed = ex.as_student(student, "-m", "nbgrader", "list")
        assert re.search(rf"{COURSE_ID}\s+{A}", listed.stdout + listed.stderr)
        ex.as_student(student, "-m", "nbgrader", "fetch_assignment", A)
        fetched = student.home / A / f"{A}.ipynb"
        assert fetched.stat().st_uid == student.uid
    answer_correctly(ex, ada)
    ex.as_student(ada, "-m", "nbgrader", "submit", A)
    ex.as_student(alan, "-m", "nbgrader", "submit", A)

    # privacy: a student lists neither the inbound folder nor another student's home
    peek = ex.as_student(alan, "-c", f"import os; os.listdir({str(inbound)!r})", check=False)
    assert peek.returncode != 0 and "PermissionError" in peek.stderr
    peek = ex.as_student(alan, "-c", f"import os; os.listdir({str(ada.home)!r})", check=False)
    assert peek.returncode != 0 and "PermissionError" in peek.stderr

    # alan then "submits" in ada's name (later, so nbgrader's own collector would take it as hers)
    time.sleep(1.1)
    ex.as_student(alan, "-m", "nbgrader", "submit", A, f"--student={ada.name}")
    spoofed = [p for p in inbound.iterdir() if p.name.startswith(f"{ada.name}+") and p.stat().st_uid == alan.uid]
    assert len(spoofed) == 1

    collected = ex.instructor("collect", A)
    assert "submitted by bpx-alan" in collected.stderr + collected.stdout  # refused, and said so
    for student in (ada, alan):
        folder = ex.course.submitted_dir / student.name / A
        assert (folder / f"{A}.ipynb").is_file() and (folder / "timestamp.txt").is_file()
    ada_nb = read_notebook(ex.course.submitted_dir / ada.name / A / f"{A}.ipynb")
    assert ada_nb.cells == read_notebook(ada.home / A / f"{A}.ipynb").cells  # her own, not alan's copy

    summary = grade(ex.course, [A], settings=GradingSettings(sandbox=probe_sandbox() is None))
    assert not summary.errors, summary.format()
    result = scores(ex.course)
    assert result[ada.name][0] == result[ada.name][1] > 0  # full marks
    assert result[alan.name][0] < result[alan.name][1]
    print(f"exchange round trip: {time.monotonic() - t0:.1f} s")


# --------------------------------------------------------------------------------------------- browser

ARTIFACTS = REPO / "grader_tests" / "artifacts" / "browser-exchange"


def lab_as_student(ex: Exchange, student: Student, port: int, token: str, log: Path) -> subprocess.Popen:
    """JupyterLab with nbgrader's extensions, run by ``student`` in their home (the course venv's Jupyter files)."""
    share = Path(sys.prefix) / "share" / "jupyter"
    env = ex.env(student) | {
        "JUPYTER_CONFIG_PATH": f"{ex.config_dir}:{Path(sys.prefix) / 'etc' / 'jupyter'}",  # + nbgrader's extensions
        "JUPYTER_PATH": str(share),  # nbgrader's lab extension
        "JUPYTERLAB_DIR": str(share / "lab"),
    }
    settings = student.home / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
    for path, text in [
        (settings / "notebook-extension" / "tracker.jupyterlab-settings", '{"windowingMode": "none"}'),
        (settings / "apputils-extension" / "notification.jupyterlab-settings", '{"fetchNews": "false"}'),
    ]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    subprocess.run(["chown", "-R", f"{student.uid}:{student.gid}", str(student.home / ".jupyter")], check=True)
    lab = [
        str(ex.python),
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={student.home}",
    ]
    runuser = ["runuser", "-u", student.name, "--", "env", "-i", *(f"{k}={v}" for k, v in env.items())]
    with log.open("w") as out:
        return subprocess.Popen(
            [*runuser, *lab], cwd=student.home, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def save_notebook(page) -> None:
    """Ctrl+S until the current notebook is saved: once more when it is still unsaved after 30 s (a clean-clone run
    saw JupyterLab drop the key press after a long paste; a save that fails every time still fails the test)."""
    from playwright.sync_api import expect

    unsaved = page.locator(".jp-mod-current.jp-mod-dirty")
    for _ in range(2):
        page.keyboard.press("Control+s")
        try:
            expect(unsaved).to_have_count(0, timeout=30_000)
            return
        except AssertionError:
            pass
    page.keyboard.press("Control+s")
    expect(unsaved).to_have_count(0)


@pytest.mark.browser
def test_student_uses_the_assignment_list(exchange: Exchange) -> None:
    """As a student in JupyterLab: Nbgrader > Assignment List, Fetch, open the notebook, answer, save, Submit."""
    from playwright.sync_api import expect, sync_playwright
    from test_browser import CHROMIUM, browser_page, cell_index, type_into_cell

    from backprop_course.answers import reference_answers

    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("needs chromium (scripts/ensure-system-packages)")
    ex = exchange
    grace = ex.students["bpx-grace"]
    release(ex)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()

    def shot(page, name: str) -> None:
        page.screenshot(path=ARTIFACTS / f"{name}.png")

    port, token = free_port(), secrets.token_hex(16)
    log = ex.base / "lab-grace.log"
    server = lab_as_student(ex, grace, port, token, log)
    base_url = f"http://127.0.0.1:{port}"
    release_nb = read_notebook(ex.course.release_dir / A / f"{A}.ipynb")
    answers = reference_answers(read_notebook(ex.course.source_dir / A / f"{A}.ipynb"))
    try:
        wait_until_ready(base_url, token, server)
        expect.set_options(timeout=90_000)
        with sync_playwright() as pw, browser_page(pw, ex.base / "chromium-profile", "exchange-student") as page:
            page.goto(f"{base_url}/lab?token={token}")
            page.locator("#jp-main-dock-panel").wait_for()
            page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
            page.locator("li[data-command='nbgrader:open-assignment-list']").click()
            released = page.locator("#released_assignments_list .list_item", has_text=A)
            expect(released).to_have_count(1)
            expect(page.get_by_text("Error fetching courses!")).to_have_count(0)
            shot(page, "1-assignment-list-released")

            released.get_by_role("button", name="Fetch").click()
            fetched = page.locator("#fetched_assignments_list > .list_item", has_text=A)
            expect(fetched.get_by_role("button", name="Submit")).to_be_visible()
            assert (grace.home / A / f"{A}.ipynb").stat().st_uid == grace.uid
            fetched.locator("a.assignment-notebooks-link").click()
            shot(page, "2-fetched")
            page.locator("#fetched_assignments_list .nested_list_item a", has_text=A).click()

            cells = page.locator(".jp-Notebook .jp-Cell")
            expect(cells).to_have_count(len(release_nb.cells))
            for grade_id, code in answers.items():
                type_into_cell(page, cells.nth(cell_index(release_nb, grade_id)), code)
            save_notebook(page)
            shot(page, "3-notebook-answered-and-saved")

            page.locator(".lm-TabBar-tab", has_text="Assignments").click()
            fetched.get_by_role("button", name="Submit").click()
            submitted = page.locator("#submitted_assignments_list .list_item", has_text=A)
            expect(submitted.first).to_be_visible()
            shot(page, "4-submitted")
    finally:
        stop(server)
        shutil.copy(log, ARTIFACTS / log.name)

    ex.instructor("collect", A)
    assert (ex.course.submitted_dir / grace.name / A / f"{A}.ipynb").is_file()
    summary = grade(ex.course, [A], grace.name, GradingSettings(sandbox=probe_sandbox() is None))
    assert not summary.errors, summary.format()
    score, max_score = scores(ex.course)[grace.name]
    assert score == max_score > 0  # what she typed in the browser, graded


# --------------------------------------------------------------------------------------------- JupyterHub


def http(method: str, url: str, token: str, body: dict | None = None) -> tuple[int, object]:
    """A JSON request with ``Authorization: token``; (status, decoded body)."""
    import json
    import urllib.error
    import urllib.request

    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"token {token}"})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text.strip() else None
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except (urllib.error.URLError, ConnectionError) as e:  # not listening (yet)
        return 0, str(e)


def hub_config(ex: Exchange, port: int, hub_port: int, api_port: int, token: str) -> str:
    """A jupyterhub_config.py as README.md's JupyterHub section describes it, on loopback ports, for a test."""
    share = Path(sys.prefix) / "share" / "jupyter"
    environment = {
        "JUPYTER_CONFIG_PATH": f"{ex.config_dir}:{Path(sys.prefix) / 'etc' / 'jupyter'}",
        "JUPYTER_PATH": str(share),
        "JUPYTERLAB_DIR": str(share / "lab"),
        "PATH": f"{ex.python.parent}:/usr/bin:/bin",
    }
    return f"""
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{str(Path(sys.executable).with_name("configurable-http-proxy"))!r}]
# the test's stand-in for PAM (local users' passwords): any password, allowed users only
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {set(STUDENTS)!r}
c.JupyterHub.spawner_class = "localprocess"  # each user's server runs as that local user
c.Spawner.cmd = [{str(ex.python)!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = "/lab"
c.Spawner.environment = {environment!r}
c.JupyterHub.services = [{{"name": "course-test", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [
    {{"name": "course-test", "scopes": ["admin:users", "admin:servers", "access:servers"], "services": ["course-test"]}}
]
"""


def test_a_student_server_on_jupyterhub_fetches_and_submits(exchange: Exchange) -> None:
    """JupyterHub (local users, LocalProcessSpawner) starts linus's server as linus; through the hub's proxy
    his nbgrader assignment list lists, fetches and submits (the calls the Assignment List page makes)."""
    ex = exchange
    linus = ex.students["bpx-linus"]
    release(ex)
    hub_dir = ex.base / "hub"
    hub_dir.mkdir(exist_ok=True)
    port, hub_port, api_port = free_port(), free_port(), free_port()
    token = secrets.token_hex(24)
    (hub_dir / "jupyterhub_config.py").write_text(hub_config(ex, port, hub_port, api_port, token))
    log = hub_dir / "jupyterhub.log"
    hub_cmd = [str(Path(sys.executable).with_name("jupyterhub")), "-f", str(hub_dir / "jupyterhub_config.py")]
    with log.open("w") as out:
        hub = subprocess.Popen(
            hub_cmd, cwd=hub_dir, env=ex.env(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    user_url = f"{base}/user/{linus.name}"
    try:
        deadline = time.monotonic() + 120
        while http("GET", f"{base}/hub/api/", token)[0] != 200:
            assert hub.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        status, _ = http("POST", f"{base}/hub/api/users/{linus.name}/server", token)
        assert status in (201, 202), log.read_text()[-3000:]
        while True:
            status, user = http("GET", f"{base}/hub/api/users/{linus.name}", token)
            if status == 200 and user["servers"].get("", {}).get("ready"):
                break
            assert time.monotonic() < deadline, f"{user}\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
        status, listed = http("GET", f"{user_url}/assignments?course_id={COURSE_ID}", token)
        assert status == 200 and listed["success"], listed
        assert [(a["assignment_id"], a["status"]) for a in listed["value"]] == [(A, "released")]
        status, listed = http(
            "POST", f"{user_url}/assignments/fetch", token, {"course_id": COURSE_ID, "assignment_id": A}
        )
        assert status == 200 and listed["success"], listed
        fetched = linus.home / A / f"{A}.ipynb"
        assert fetched.stat().st_uid == linus.uid  # fetched by his own server, running as him
        answer_correctly(ex, linus)
        status, listed = http(
            "POST", f"{user_url}/assignments/submit", token, {"course_id": COURSE_ID, "assignment_id": A}
        )
        assert status == 200 and listed["success"], listed
        assert any(a["status"] == "submitted" for a in listed["value"]), listed
        http("DELETE", f"{base}/hub/api/users/{linus.name}/server", token)
    finally:
        stop(hub, 60)
        shutil.copy(log, REPO / "grader_tests" / "artifacts" / "jupyterhub.log")
    ex.instructor("collect", A)
    submitted = ex.course.submitted_dir / linus.name / A / f"{A}.ipynb"
    assert read_notebook(submitted).cells == read_notebook(fetched).cells
