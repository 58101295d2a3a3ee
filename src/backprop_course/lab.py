"""JupyterLab on the course with nbgrader's extensions: ``make lab`` (``python -m backprop_course.lab``).

Students open ``release/<a>/<a>.ipynb`` and press *Validate* in the notebook toolbar; TAs open
*Nbgrader → Formgrader* to see the assignments and submissions and to grade written answers.

Installing nbgrader enables its server extensions (formgrader, validate_assignment,
assignment_list, course_list) in the environment's ``etc/jupyter/jupyter_server_config.d/`` and
its JupyterLab extension in ``share/jupyter/labextensions/``. Formgrader reads
``nbgrader_config.py`` from the server's working directory and needs the course inside the
server's root directory, so the server runs in the course root, which is also its root directory.
The browser test (``grader_tests/test_browser.py``) starts the server with the same command.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .course import Course


def lab_command(course_root: Path, port: int, token: str, ip: str = "127.0.0.1") -> list[str]:
    """The ``jupyter lab`` command serving ``course_root`` (run it with ``cwd=course_root``)."""
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
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI run as root
    return cmd


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backprop_course.lab", description=__doc__.splitlines()[0])
    parser.add_argument("--course", type=Path, default=None, help="course root (default: found from cwd)")
    parser.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: the first free from 8888)")
    args = parser.parse_args(argv)

    course = Course.find(args.course)
    port = args.port or free_port(args.ip, 8888)
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(24)
    base_url = f"http://{args.ip}:{port}"
    # Its own session: Ctrl+C reaches this script, which shuts the server down without the
    # "Shutdown this Jupyter server (y/[n])?" prompt.
    proc = subprocess.Popen(
        lab_command(course.root, port, token, args.ip), cwd=course.root, env=lab_env(), start_new_session=True
    )
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        wait_until_ready(base_url, token, proc)
        print(
            f"\nJupyterLab is serving the course {course.root}\n"
            f"    {base_url}/lab?token={token}\n"
            "  Students: open release/<assignment>/<assignment>.ipynb, fill the answer cells, press Validate.\n"
            f"  TAs: menu Nbgrader > Formgrader ({base_url}/formgrader), using {course.root / 'nbgrader_config.py'}.\n"
            "  Stop with Ctrl+C.\n",
            flush=True,
        )
        return proc.wait()
    except KeyboardInterrupt:
        print("\nshutting JupyterLab down", flush=True)
        return 0
    finally:
        stop(proc)


if __name__ == "__main__":
    sys.exit(main())
