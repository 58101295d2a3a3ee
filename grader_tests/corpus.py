"""The bad-input and attack corpora: submissions that are broken, hostile or both, as files.

Each :class:`Case` writes one ``submitted/<student>/<assignment>/`` folder, starting from the
reference answers (so an attack that is blocked leaves a full-marks submission) or from the blank
release, and says what grading must make of it. ``{course}`` in attack code is replaced by the
course's absolute path (an attacker may know it), ``{other}`` by another student's id.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from backprop_course.answers import load_cases, read_notebook
from backprop_course.demo import SUBMISSION_TIME, answers_dir, write_submission

VICTIM = "victim"  # an honest student the attacks try to reach


@dataclass
class Case:
    """One corpus submission and the outcome grading must give it."""

    name: str
    build: Callable[[Path, dict], None]  # (folder, context) -> writes the submission folder
    status: str = "graded"  # or "failed"
    score: str = "full"  # "full", "zero", "partial" (0 < score < max), "any"
    reason: str = ""  # text the record's reason must contain
    flags: list[str] = field(default_factory=list)  # texts that must each appear in some flag
    notes: list[str] = field(default_factory=list)  # texts that must each appear in some note
    no_flags: bool = False  # must not be flagged at all


def solution_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]


def test_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [
        c.metadata["nbgrader"]["grade_id"]
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
    ]


def reference_nb(ctx: dict) -> nbformat.NotebookNode:
    course, a = ctx["course"], ctx["assignment"]
    tmp = ctx["tmp"] / "ref"
    if not (tmp / a / f"{a}.ipynb").exists():
        (tmp / a).mkdir(parents=True, exist_ok=True)
        # reuse the demo machinery: the reference case as a submission, then read it back
        write_submission(course, "_reference", a, "reference")
        shutil.move(str(course.submitted_dir / "_reference" / a / f"{a}.ipynb"), tmp / a / f"{a}.ipynb")
        shutil.rmtree(course.submitted_dir / "_reference")
    return read_notebook(tmp / a / f"{a}.ipynb")


def _write(folder: Path, ctx: dict, nb: nbformat.NotebookNode | None = None, raw: bytes | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timestamp.txt").write_text(SUBMISSION_TIME + "\n")
    target = folder / f"{ctx['assignment']}.ipynb"
    if raw is not None:
        target.write_bytes(raw)
    elif nb is not None:
        nbformat.write(nb, target)


def _with_code(code: str, where: str = "append", base: str = "reference") -> Callable[[Path, dict], None]:
    """Reference (or blank) answers, plus ``code`` appended to (or put before) the first answer cell,
    as a new cell after it, or as the notebook's last cell."""

    def build(folder: Path, ctx: dict) -> None:
        nb = reference_nb(ctx) if base == "reference" else read_notebook(ctx["release"])
        text = code.format(course=ctx["course"].root, other=VICTIM, a=ctx["assignment"])
        first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
        if where == "append":
            first.source = first.source.rstrip() + "\n" + text
        elif where == "prepend":
            first.source = text + "\n" + first.source
        elif where == "replace-first-answer":
            first.source = text
        elif where == "end":
            nb.cells.append(nbformat.v4.new_code_cell(text))
        else:  # a new cell right after the first answer cell
            i = nb.cells.index(first)
            nb.cells.insert(i + 1, nbformat.v4.new_code_cell(text))
        _write(folder, ctx, nb)

    return build


def _blank_answering(replacement: str, prelude: str) -> Callable[[Path, dict], None]:
    """The untouched release, with every ``raise NotImplementedError()`` turned into ``replacement``
    (same indentation) and ``prelude`` at the top of the first answer cell: no answer is written."""

    def build(folder: Path, ctx: dict) -> None:
        nb = read_notebook(ctx["release"])
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
                lines = []
                for line in cell.source.splitlines():
                    if line.strip() == "raise NotImplementedError()":
                        indent = line[: len(line) - len(line.lstrip())]
                        lines += [indent + r for r in replacement.splitlines()]
                    else:
                        lines.append(line)
                cell.source = "\n".join(lines)
        first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
        first.source = prelude + "\n" + first.source
        _write(folder, ctx, nb)

    return build


def _edit(fn: Callable[[nbformat.NotebookNode, dict], None]) -> Callable[[Path, dict], None]:
    def build(folder: Path, ctx: dict) -> None:
        nb = reference_nb(ctx)
        fn(nb, ctx)
        _write(folder, ctx, nb)

    return build


def _raw(fn: Callable[[str], bytes]) -> Callable[[Path, dict], None]:
    def build(folder: Path, ctx: dict) -> None:
        text = nbformat.writes(reference_nb(ctx))
        _write(folder, ctx, raw=fn(text))

    return build


def _delete_test(nb: nbformat.NotebookNode, ctx: dict) -> None:
    victim = test_ids(nb)[0]
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != victim]


def _edit_tests(nb: nbformat.NotebookNode, ctx: dict) -> None:
    for c in nb.cells:
        if c.metadata.get("nbgrader", {}).get("grade_id") in test_ids(nb):
            c.source = "pass  # the student emptied the test"


def _duplicate_test(nb: nbformat.NotebookNode, ctx: dict) -> None:
    t = test_ids(nb)[0]
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == t)
    nb.cells.insert(nb.cells.index(cell), copy.deepcopy(cell))


def _strip_metadata(nb: nbformat.NotebookNode, ctx: dict) -> None:
    for c in nb.cells:
        c.metadata.pop("nbgrader", None)


def _renamed(name: str, subfolder: str = "") -> Callable[[Path, dict], None]:
    """The reference answers saved under another name (``{a}`` is the assignment), maybe in a subfolder."""

    def build(folder: Path, ctx: dict) -> None:
        _write(folder, ctx)
        (folder / subfolder).mkdir(parents=True, exist_ok=True)
        nbformat.write(reference_nb(ctx), folder / subfolder / name.format(a=ctx["assignment"]))

    return build


def _two_candidates(folder: Path, ctx: dict) -> None:
    _write(folder, ctx)
    for name in ("draft.ipynb", "final.ipynb"):
        nbformat.write(reference_nb(ctx), folder / name)


def _timestamp(text: str | None, raw: Callable[[str], bytes] | None = None) -> Callable[[Path, dict], None]:
    """The reference answers with ``timestamp.txt`` holding ``text`` (None: no file), optionally a raw notebook."""

    def build(folder: Path, ctx: dict) -> None:
        if raw is None:
            _write(folder, ctx, reference_nb(ctx))
        else:
            _write(folder, ctx, raw=raw(nbformat.writes(reference_nb(ctx))))
        if text is None:
            (folder / "timestamp.txt").unlink()
        else:
            (folder / "timestamp.txt").write_text(text)

    return build


def _odd_files(folder: Path, ctx: dict) -> None:
    """Files nbgrader must never copy or follow: a device, a FIFO, a hard link out, an archive, a forged name."""
    import os
    import stat
    import zipfile

    _write(folder, ctx, reference_nb(ctx))
    os.mknod(folder / "zero", stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero: would fill the disk
    os.mkfifo(folder / "pipe")  # would stall whoever reads it
    a = ctx["assignment"]
    os.link(ctx["course"].source_dir / a / f"{a}.ipynb", folder / "master.txt")  # the hidden tests
    with zipfile.ZipFile(folder / "helpers.zip", "w") as z:
        z.writestr("helpers.py", "print('LEAK imported from a zip')")
    (folder / "x\nFLAGGED victim: forged\nFAILED other: forged.txt").write_text("forged summary lines")


def _missing(folder: Path, ctx: dict) -> None:
    _write(folder, ctx)
    (folder / "answers.py").write_text("# the student uploaded their code, not the notebook\n")


def _extra_files(folder: Path, ctx: dict) -> None:
    nb = reference_nb(ctx)
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    first.source += "\nimport helper_module\nassert helper_module.VALUE == 42\nprint(helper_module.NOTES)"
    _write(folder, ctx, nb)
    (folder / "helper_module.py").write_text("VALUE = 42\nNOTES = 'EXTRA-FILE-READ'\n")
    (folder / "data").mkdir()
    (folder / "data" / "notes.txt").write_text("EXTRA-FILE-READ\n")


def _symlink(folder: Path, ctx: dict) -> None:
    nb = reference_nb(ctx)
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    first.source += (
        "\ntry:\n    print('LEAK', open('source_link.ipynb').read()[:200])\n"
        "except Exception as e:\n    print('BLOCKED', type(e).__name__)"
    )
    _write(folder, ctx, nb)
    a = ctx["assignment"]
    (folder / "source_link.ipynb").symlink_to(ctx["course"].source_dir / a / f"{a}.ipynb")
    (folder / "source_link.txt").symlink_to(ctx["course"].source_dir / a / f"{a}.ipynb")


READ_SECRETS = """
import os, glob
targets = ["{course}/source/{a}/{a}.ipynb", "{course}/gradebook.db", "{course}/solutions/{a}/{a}.ipynb",
           "{course}/release/{a}/{a}.ipynb", "../../../source/{a}/{a}.ipynb", "../../../gradebook.db",
           "{course}/autograded/{other}/{a}/{a}.ipynb", "{course}/submitted/{other}/{a}/{a}.ipynb",
           "/proc/1/root{course}/source/{a}/{a}.ipynb", "/proc/self/cwd/{a}.ipynb"]
for t in targets:
    try:
        with open(t, "rb") as f:
            print("LEAK", t, f.read()[:100])
    except Exception as e:
        print("BLOCKED", t, type(e).__name__)
found = []
for depth in range(0, 5):
    for name in ("*.ipynb", "gradebook.db"):
        found += glob.glob("/[!p]*" * depth + "/" + name)  # not /proc: thousands of entries, nothing to find

print("FOUND", [p for p in found if not p.startswith(("/proc", "/usr"))], "EXISTS", os.path.exists("{course}"))
"""

FORGE_GRADES = """
import sqlite3
for db in ["{course}/gradebook.db", "../../../gradebook.db", "/scratch/../gradebook.db"]:
    try:
        con = sqlite3.connect("file:" + db + "?mode=rw", uri=True)
        con.execute("UPDATE grade SET auto_score = 999")
        con.execute("UPDATE source_cell SET source = 'pass'")
        con.commit()
        print("LEAK forged", db)
    except Exception as e:
        print("BLOCKED", db, type(e).__name__)
"""

WRITE_OTHERS = """
for path in ["{course}/autograded/{other}/{a}/PWNED.txt", "../../{other}/{a}/PWNED.txt",
             "{course}/submitted/{other}/{a}/PWNED.txt", "{course}/source/{a}/numpy.py",
             "../../../source/{a}/numpy.py", "{course}/release/{a}/numpy.py"]:
    try:
        with open(path, "w") as f:
            f.write("import sys; print('planted')")
        print("LEAK wrote", path)
    except Exception as e:
        print("BLOCKED", path, type(e).__name__)
"""

NETWORK = """
import socket
for host, port in [("1.1.1.1", 53), ("127.0.0.1", 22), ("pypi.org", 443)]:
    try:
        socket.create_connection((host, port), timeout=2).close()
        print("LEAK connected", host, port)
    except Exception as e:
        print("BLOCKED", host, port, type(e).__name__)
"""

PROCESSES = """
import os
pids = [p for p in os.listdir("/proc") if p.isdigit()]
print("PIDS", len(pids), "UID", os.getuid())
for pid in (1, 2):
    try:
        os.kill(pid, 9)
        print("LEAK killed", pid)
    except Exception as e:
        print("BLOCKED kill", pid, type(e).__name__)
"""

MONKEYPATCH = """
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
from backprop_course import gradcheck
gradcheck.check_gradient = lambda *args, **kwargs: None
"""

IPYTHON_HOOK = """
ip = get_ipython()
ip.events.register("pre_run_cell", lambda info: print("SAW", info.raw_cell[:80]))
"""

FORK_BOMB = """
import os
try:
    while True:
        os.fork()
except OSError as e:
    print("FORK-FAILED", type(e).__name__)
"""

DISK_FILL = """
import os
for place in ("/scratch", "/tmp"):
    written = 0
    try:
        for n in range(800):  # files of 10 MB each, up to 8 GB
            with open(os.path.join(place, "fill" + str(n)), "wb") as f:
                for _ in range(10):
                    f.write(b"x" * 2**20)
                    written += 2**20
    except OSError as e:
        print("FULL", place, written // 2**20, type(e).__name__)
"""

MEMORY_CHILDREN = """
import os, time
children = []
for _ in range(8):
    pid = os.fork()
    if pid == 0:
        try:
            hog = bytearray(150 * 2**20)  # each child stays under the per-process cap; together they do not
            for i in range(0, len(hog), 4096):
                hog[i] = 1
            time.sleep(1)
        finally:
            os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
"""

MEMORY_BOMB = """
hog = []
while True:
    hog.append(bytearray(50 * 1024 * 1024))
"""


# Issue 14's attacks: each scored full marks on a blank notebook before tests moved out of the kernel.
CUSTOM_EXC = """
import sys
def _clear_error(shell, etype, value, tb, tb_offset=None):
    frame = sys._getframe()
    while frame is not None:
        result = frame.f_locals.get("result")
        if frame.f_code.co_name == "run_code" and result is not None:
            result.error_in_exec = None
        frame = frame.f_back
get_ipython().set_custom_exc((Exception,), _clear_error)
"""

ARRAY_FORGER = """
import sys
import numpy as np
class Forged:
    def __array__(self, dtype=None, copy=None):
        frame = sys._getframe(1)
        while frame is not None:
            for name in ("numeric", "expected", "n"):
                value = frame.f_locals.get(name)
                if isinstance(value, np.ndarray):
                    return value
            frame = frame.f_back
        return np.zeros(1)
    def __array_function__(self, func, types, args, kwargs):
        return True
    def __array_ufunc__(self, *args, **kwargs):
        return True
    def __iter__(self):
        return iter([Forged(), Forged(), Forged()])
"""

PRINT_HISTORY = """
import base64
print("HISTORY", base64.b64encode(repr(In).encode()).decode())
print("HISTORY", base64.b64encode(repr(list(globals())).encode()).decode())
"""


def attack_cases() -> list[Case]:
    """Attacks on the grader: each must fail (checked by the tests) and be flagged."""
    return [
        Case(
            "atk_forge_displayhook",
            _blank_answering('getattr(sys, "displayhook")("ok")\nraise NotImplementedError()', "import sys"),
            score="zero",
            flags=["uses sys.displayhook"],
        ),
        Case(
            "atk_forge_custom_exc",
            _blank_answering("raise NotImplementedError()", CUSTOM_EXC),
            score="zero",
            flags=["get_ipython"],
        ),
        Case(
            "atk_forge_array_objects",
            _blank_answering("return Forged()", ARRAY_FORGER),
            score="zero",
            flags=["sys._getframe"],
        ),
        Case("atk_print_history", _with_code(PRINT_HISTORY, where="end"), score="full", flags=["reads In"]),
        Case("atk_read_secrets", _with_code(READ_SECRETS), flags=["imports os"]),
        Case("atk_forge_grades", _with_code(FORGE_GRADES), flags=["imports sqlite3"]),
        Case("atk_write_others", _with_code(WRITE_OTHERS), flags=["opens a file"]),
        Case("atk_network", _with_code(NETWORK), flags=["imports socket"]),
        Case("atk_processes", _with_code(PROCESSES), flags=["imports os"]),
        Case(
            "atk_monkeypatch",
            _with_code(MONKEYPATCH, where="new-cell"),
            score="full",
            flags=["reassigns numpy.allclose", "reassigns backprop_course.gradcheck.check_gradient"],
        ),
        Case("atk_ipython_hook", _with_code(IPYTHON_HOOK), flags=["get_ipython"]),
        Case("atk_symlink", _symlink, notes=["symbolic links"]),
        Case("atk_odd_files", _odd_files, notes=["devices, FIFOs", "hard links", "archives", "control characters"]),
    ]


def bad_input_cases() -> list[Case]:
    """Broken submissions: each gets a score and a reason, and none stops the batch."""
    return [
        Case(
            "bad_syntax_error",
            _with_code("def broken(:\n    pass", where="replace-first-answer"),
            score="partial",
            reason="syntax error in cell",
        ),
        Case(
            "bad_loop_in_answer",
            _with_code("while True:\n    pass", where="replace-first-answer"),
            score="partial",
            reason="hangs",
            flags=["hangs"],
        ),
        Case(
            "bad_loop_in_function",
            _edit(lambda nb, ctx: _loop_in_function(nb)),
            score="partial",
            reason="timed out",
            flags=["timed out"],
        ),
        Case(
            "bad_hang_after_answers", _with_code("while True:\n    pass"), score="full", reason="hangs", flags=["hangs"]
        ),
        Case(
            "bad_uninterruptible_hang",
            _with_code(
                "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass", where="new-cell"
            ),
            score="zero",
            reason="ignored an interrupt",
            flags=["ignored an interrupt", "imports signal"],
        ),
        Case(
            "bad_os_exit",
            _with_code("import os\nos._exit(1)"),
            score="zero",
            reason="kernel died while running cell",
            flags=["kernel died while running cell"],
        ),
        Case(
            "bad_memory_bomb",
            _with_code(MEMORY_BOMB, where="new-cell"),
            score="full",
            reason="memory cap",
            flags=["memory cap"],
        ),
        Case("bad_fork_bomb", _with_code(FORK_BOMB, where="new-cell"), score="any", flags=["process limit"]),
        Case("bad_disk_fill", _with_code(DISK_FILL, where="new-cell"), score="full", flags=["/scratch", "/tmp"]),
        Case("bad_memory_children", _with_code(MEMORY_CHILDREN, where="new-cell"), score="any", flags=["memory limit"]),
        Case(
            "bad_huge_output_line",
            _with_code("print('x' * (100 * 2**20))", where="new-cell"),
            score="full",
        ),
        Case(
            "bad_huge_notebook",
            _edit(lambda nb, ctx: nb.cells.append(nbformat.v4.new_markdown_cell("x" * (60 * 2**20)))),
            status="failed",
            score="zero",
            reason="over the 50 MB limit",
            flags=["over the 50 MB limit"],
        ),
        Case(
            "bad_deep_json",
            _raw(
                lambda t: t.replace(
                    '"metadata": {', '"metadata": {"deep": ' + "[" * 200_000 + "]" * 200_000 + ",", 1
                ).encode()
            ),
            status="failed",
            score="zero",
            reason="nested too deeply",
            flags=["nested too deeply"],
        ),
        Case(
            "bad_output_flood",
            _with_code("print('\\n'.join(map(str, range(200000))))", where="new-cell"),
            score="full",
            reason="truncated",
            no_flags=True,
        ),
        Case("bad_deleted_test", _edit(_delete_test), score="full", reason="deleted, restored", no_flags=True),
        Case(
            "bad_edited_tests",
            _edit(_edit_tests),
            score="full",
            reason="edited, the original was restored",
            no_flags=True,
        ),
        Case("bad_duplicated_test", _edit(_duplicate_test), score="full", reason="duplicated", no_flags=True),
        Case(
            "bad_stripped_metadata",
            _edit(_strip_metadata),
            status="failed",
            score="zero",
            reason="metadata was stripped",
            flags=["metadata was stripped"],
        ),
        Case(
            "bad_corrupt_json",
            _raw(lambda t: t[: len(t) // 2].encode()),
            status="failed",
            score="zero",
            reason="corrupt JSON",
            flags=["corrupt JSON"],
        ),
        Case("bad_renamed", _renamed("{a} (1).ipynb"), notes=["graded tanh_mlp (1).ipynb as"], no_flags=True),
        Case("bad_renamed_copy_of", _renamed("Copy of {a}.ipynb"), notes=["graded Copy of"], no_flags=True),
        Case("bad_renamed_in_subfolder", _renamed("{a}-jdoe.ipynb", "work"), notes=["graded work/"], no_flags=True),
        Case(
            "bad_two_notebooks",
            _two_candidates,
            status="failed",
            score="zero",
            reason="several notebooks",
            flags=["several notebooks"],
        ),
        Case(
            "bad_timestamp_invalid",
            _timestamp("next tuesday"),
            reason="timestamp.txt is not a time",
            flags=["timestamp.txt is not a time"],
        ),
        Case(
            "bad_timestamp_blank",
            _timestamp("   \n"),
            reason="timestamp.txt is empty",
            flags=["timestamp.txt is empty"],
        ),
        Case("bad_timestamp_missing", _timestamp(None), no_flags=True),
        Case(
            "bad_timestamp_and_truncated",
            _timestamp("not a time", raw=lambda t: t[: len(t) // 3].encode()),
            status="failed",
            score="zero",
            reason="corrupt JSON",
            flags=["corrupt JSON", "timestamp.txt is not a time"],
        ),
        Case(
            "bad_missing_notebook",
            _missing,
            status="failed",
            score="zero",
            reason="missing notebook",
            flags=["missing notebook"],
        ),
        Case("bad_extra_files", _extra_files, score="full", reason="extra files", no_flags=True),
        Case(
            "bad_not_utf8",
            _raw(lambda t: t.replace("Tanh", "Tanh\u00e9", 1).encode("latin-1", "replace")),
            status="failed",
            score="zero",
            reason="not valid UTF-8",
            flags=["UTF-8"],
        ),
        Case(
            "bad_empty_file",
            _raw(lambda t: b""),
            status="failed",
            score="zero",
            reason="empty notebook file",
            flags=["empty"],
        ),
    ]


def _loop_in_function(nb: nbformat.NotebookNode) -> None:
    """The first function of the first answer cell loops forever when a test calls it (the cell runs fine)."""
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    out, done = [], False
    for line in first.source.splitlines():
        out.append(line)
        stripped = line.lstrip()
        if not done and stripped.startswith("def ") and "__init__" not in line and line.rstrip().endswith(":"):
            indent = line[: len(line) - len(stripped)] + "    "
            out.append(f"{indent}while True:\n{indent}    pass")
            done = True
    first.source = "\n".join(out)


def write_corpus(course, assignment: str, tmp: Path, cases: list[Case]) -> dict[str, Case]:
    """Write every case as a student of ``course`` (plus the honest ``victim``); returns ``{student: case}``."""
    ctx = {
        "course": course,
        "assignment": assignment,
        "tmp": tmp,
        "release": course.release_dir / assignment / f"{assignment}.ipynb",
    }
    write_submission(course, VICTIM, assignment, "reference")
    out = {}
    for case in cases:
        folder = course.submitted_dir / case.name / assignment
        shutil.rmtree(folder, ignore_errors=True)
        case.build(folder, ctx)
        out[case.name] = case
    return out


def corpus_assignment(assignments: list[str]) -> str:
    """The assignment the corpora are built on (tanh_mlp when selected)."""
    return "tanh_mlp" if "tanh_mlp" in assignments else assignments[0]


def known_answer_cases(course, assignment: str) -> list[str]:
    return sorted(load_cases(answers_dir(course), assignment))


def dump(obj) -> str:
    return json.dumps(obj, indent=1, default=str)
