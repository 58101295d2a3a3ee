"""JupyterLab on the course with nbgrader's extensions: ``make lab`` (``python -m backprop_course.lab``).

Students open ``release/<a>/<a>.ipynb`` and press *Validate* in the notebook toolbar; TAs open
*Nbgrader → Formgrader* to see the assignments and submissions and to grade written answers.

Installing nbgrader enables its server extensions (formgrader, validate_assignment,
assignment_list, course_list) in the environment's ``etc/jupyter/jupyter_server_config.d/`` and
its JupyterLab extension in ``share/jupyter/labextensions/``. Formgrader reads
``nbgrader_config.py`` from the server's working directory and needs the course inside the
server's root directory, so the server runs in the course root, which is also its root directory.
The browser test (``grader_tests/test_browser.py``) starts the server with the same command.
MathJax is served by the server itself (the ``jupyter_server_mathjax`` extension, at
``/static/jupyter_server_mathjax/``): formgrader's pages load it from there, so math renders offline.

Student mode (``backprop-course lab --student <a>``, ``make lab STUDENT=<a>``) serves only
``student-lab/<a>/``, a working copy of the student kit ``dist/<a>.zip`` (unzipped the first time,
then kept: the work in it is never overwritten), as root directory and working directory, with the
course's ``.venv`` for kernels (its ``backprop_course`` is the code the kit's wheel holds). Terminals
and nbgrader's instructor and exchange pages (formgrader, assignment and course lists) are off;
*Validate* stays. The file browser shows only the copy; code run in a notebook can still read the
machine's files, so this is a convenience, not a security boundary: students get the kit itself.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from .course import Course

# Student mode: no terminal (a shell shows the whole machine), none of nbgrader's pages for instructors or
# for the exchange this course does not use; nbgrader's validate_assignment (the Validate button) stays.
STUDENT_OPTIONS = [
    "--ServerApp.terminals_enabled=False",
    *(
        f"--ServerApp.jpserver_extensions=nbgrader.server_extensions.{ext}=False"
        for ext in ("formgrader", "assignment_list", "course_list")
    ),
]


def lab_command(course_root: Path, port: int, token: str, ip: str = "127.0.0.1", *, student: bool = False) -> list[str]:
    """The ``jupyter lab`` command serving ``course_root`` (run it with ``cwd=course_root``).

    ``student``: serve a student's working copy (:data:`STUDENT_OPTIONS`) rather than the course.
    """
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--ip={ip}",
        f"--port={port}",
        "--ServerApp.port_retries=0",  # the printed URL must be the one served: fail if the port is taken
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={course_root}",
        # MathJax from this server, for formgrader (nbgrader_config.py points its pages here, never at a CDN)
        "--ServerApp.jpserver_extensions=jupyter_server_mathjax=True",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI run as root
    return cmd + (STUDENT_OPTIONS if student else [])


def student_working_copy(course: Course, assignment: str) -> Path:
    """``student-lab/<assignment>/``: unzipped from the kit ``dist/<assignment>.zip`` the first time, then kept.

    Raises:
        FileNotFoundError: there is no copy yet and no kit to make it from.
    """
    copy = course.student_lab_dir / assignment
    if copy.is_dir():
        return copy
    kit = course.kits_dir / f"{assignment}.zip"
    if not kit.is_file():
        raise FileNotFoundError(f"no student kit {kit}: run `make student-kit` (backprop-course release --student-kit)")
    course.student_lab_dir.mkdir(parents=True, exist_ok=True)
    unpacking = course.student_lab_dir / f".{assignment}.unzipping"
    shutil.rmtree(unpacking, ignore_errors=True)  # left by an interrupted first start
    with zipfile.ZipFile(kit) as z:
        z.extractall(unpacking)  # the kit's files are under <assignment>/
    (unpacking / assignment).rename(copy)
    shutil.rmtree(unpacking)
    return copy


def lab_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for the server: this Python's ``bin/`` first on PATH (nbgrader runs ``alembic``)."""
    env = dict(os.environ if base is None else base)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    return env


def free_port(ip: str = "127.0.0.1", start: int = 0) -> int:
    """A port free on ``ip``: the first from ``start`` (any the OS picks when ``start`` is 0)."""
    for port in [0] if start == 0 else range(start, start + 100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((ip, port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError(f"no free port on {ip} in {start}..{start + 99}")


def wait_until_ready(base_url: str, token: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    """Poll the server's ``/api/status`` until it answers; raise if the process exits or time runs out."""
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(f"{base_url}/api/status", headers={"Authorization": f"token {token}"})
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyter lab exited with code {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise TimeoutError(f"jupyter lab did not answer at {base_url} within {timeout:.0f} s")


def stop(proc: subprocess.Popen, timeout: float = 30.0, *, group: bool = False) -> None:
    """Stop a process started with ``start_new_session=True``: SIGTERM, then SIGKILL to its process group.

    A Jupyter server shuts its kernels down on SIGTERM; ``group=True`` sends SIGTERM to the whole
    process group at once (for a process whose children do not need a clean shutdown).
    """
    if proc.poll() is not None:
        return
    if group:
        os.killpg(proc.pid, signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # its own process group: the server and its kernels
        proc.wait()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def run_lab(course: Course, ip: str = "127.0.0.1", port: int = 0, student: str | None = None) -> int:
    """Serve JupyterLab until Ctrl+C: on the course, or with ``student``, on that assignment's working copy only.

    ``port`` 0: the first free port from 8888. In student mode the kit ``dist/<student>.zip`` must
    exist the first time (``backprop-course lab --student`` builds it).
    """
    if student is not None and student not in course.assignments():
        raise ValueError(f"no assignment {student!r} (assignments: {', '.join(course.assignments())})")
    root = course.root if student is None else student_working_copy(course, student)
    port = port or free_port(ip, 8888)
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(24)
    base_url = f"http://{ip}:{port}"
    # Its own session: Ctrl+C reaches this script, which shuts the server down without the
    # "Shutdown this Jupyter server (y/[n])?" prompt.
    proc = subprocess.Popen(
        lab_command(root, port, token, ip, student=student is not None), cwd=root, env=lab_env(), start_new_session=True
    )
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        wait_until_ready(base_url, token, proc)
        if student is None:
            config = course.root / "nbgrader_config.py"
            who = (
                "  Students: work in your own copy (the kit dist/<assignment>.zip, or make lab STUDENT=<assignment>).\n"
                f"  TAs: menu Nbgrader > Formgrader ({base_url}/formgrader), using {config}.\n"
            )
        else:
            who = (
                f"  Only your working copy is shown: {root} (kept between sessions; to start over\n"
                f"  from dist/{student}.zip, delete it). Open {student}.ipynb, fill in the answer cells, run the\n"
                "  test cells, press Validate.\n"
            )
        print(
            f"\nJupyterLab is serving {'the course ' if student is None else ''}{root}\n"
            f"    {base_url}/lab?token={token}\n{who}  Stop with Ctrl+C.\n",
            flush=True,
        )
        return proc.wait()
    except KeyboardInterrupt:
        print("\nshutting JupyterLab down", flush=True)
        return 0
    finally:
        stop(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backprop_course.lab", description=__doc__.splitlines()[0])
    parser.add_argument("--course", type=Path, default=None, help="course root (default: found from cwd)")
    parser.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: the first free from 8888)")
    parser.add_argument(
        "--student",
        metavar="ASSIGNMENT",
        default=None,
        help="serve only student-lab/ASSIGNMENT/ (from dist/ASSIGNMENT.zip)",
    )
    args = parser.parse_args(argv)
    return run_lab(Course.find(args.course), args.ip, args.port, args.student)


if __name__ == "__main__":
    sys.exit(main())
