"""The grading executor's handle on a tester process: its control socket (JSON lines) and its pid.

Runs in the grader (trusted on both ends). Every wait has a time limit: a tester that does not answer
is killed, and the test it was running fails as a grader error, never as the student's.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import time
from typing import Any

GRACE_SECONDS = 15.0  # beyond a test's own time limit, before its tester is given up on


class TesterGone(RuntimeError):
    """The tester process did not answer in time or died."""


class TesterClient:
    """Sends ``init``/``run``/``end`` requests to one tester and reads its replies."""

    def __init__(self, sock: socket.socket, pid: int) -> None:
        self.sock = sock
        self.pid = pid
        self.buffer = b""
        try:
            self.pidfd: int | None = os.pidfd_open(pid)
        except (OSError, AttributeError):
            self.pidfd = None

    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send ``message`` and return the tester's reply; :class:`TesterGone` after ``timeout`` seconds."""
        try:
            self.sock.sendall(json.dumps(message).encode() + b"\n")
        except OSError as e:
            raise TesterGone(f"the tester is gone ({e})") from None
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                raise TesterGone(f"the tester did not answer within {timeout:g} s")
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise TesterGone("the tester process ended")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def init(self, seed: int, notebook_names: list[str], setup: str, code: dict[str, Any] | None = None) -> str:
        """Start the submission: its seed, the names the tests may take from the notebook, the shared
        definitions to run, what messages may say of the student's own code (``execute.code_facts``); returns ""
        or why the definitions failed."""
        request = {"op": "init", "seed": seed, "names": notebook_names, "setup": setup, "code": code or {}}
        reply = self.request(request, GRACE_SECONDS)
        return str(reply.get("problem", ""))

    def run(
        self, grade_id: str, source: str, timeout: float, cell_errors: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """Run one test cell; the reply holds ``status``, ``outputs``, ``notes``, ``seconds``.

        ``cell_errors``: the notebook's cells run so far that ended with an error, grade_id -> the error's type name
        (as the kernel reported it: the tester shows only names it may, ``tester.ShownNames``)."""
        request = {"op": "run", "cell": grade_id, "source": source, "timeout": timeout, "errors": cell_errors or {}}
        return self.request(request, timeout + GRACE_SECONDS)

    def end(self) -> bool:
        """Close the test cell's session with the kernel; False if the kernel no longer answers."""
        return bool(self.request({"op": "end"}, GRACE_SECONDS).get("ok"))

    def kill(self) -> None:
        """Kill the tester and wait until it is gone."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if self.pidfd is not None:
            select.select([self.pidfd], [], [], 10)
            os.close(self.pidfd)
            self.pidfd = None
        self.sock.close()
