"""Student kits: ``dist/<a>.zip``, all a student needs to do assignment ``a`` outside the course repository.

A kit unzips into a folder ``<a>/`` holding:

* the release notebook as built (``release/<a>/<a>.ipynb``, refused if it was edited since) and the
  other files of ``release/<a>/``;
* ``backprop_course_kit_<a>-<version>-py3-none-any.whl``: the student-side modules the notebook's
  test cells import, and nothing else: ``backprop_course/gradcheck.py``, ``testing.py``,
  ``checks/__init__.py``, ``checks/<a>.py`` (when the assignment has one; also any other checks
  module its notebook imports) and a minimal ``__init__.py`` written for the kit (no grading code).
  Their imports are checked: standard library, numpy, IPython and modules of the wheel only;
* ``README.md``: install into a fresh venv (the wheel and the pinned numpy, matplotlib, jupyterlab
  of ``requirements.txt``), work, self-check, submit.

The wheel is written directly in the wheel format (the modules, ``METADATA``, ``WHEEL``, ``RECORD``)
with :mod:`zipfile`: the course venv's only build backend, setuptools 65.5 without the ``wheel``
package, cannot build a wheel offline (``pip wheel --no-build-isolation`` fails with ``invalid
command 'bdist_wheel'``), and a pure-Python wheel of five modules needs no more. Its version is the
package's plus a local label hashing the modules (``0.1.0+1a2b3c4d5e``), so a changed checker
installs over an older kit's. Every zip entry has a fixed timestamp: the same sources give the same
kit, byte for byte.

Nothing secret leaves: before writing any kit, :func:`find_leaks` looks in every file of every kit
(inside the wheel and the notebook's JSON strings too) for the lines of the master notebooks'
solution and hidden-test regions (:func:`secret_lines`), and :func:`build_student_kits` refuses.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..course import Course
from .build import EDITOR_FILES, HIDDEN_MARKERS, SOLUTION_MARKERS, changed_since_built

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # src/backprop_course
SHARED_MODULES = ("gradcheck.py", "testing.py", "checks/__init__.py")  # every kit's wheel; plus checks/<a>.py
THIRD_PARTY_ALLOWED = {"numpy", "IPython"}  # what the kit's modules may import besides the standard library
WHEEL_REQUIRES = ("numpy>=2",)  # as pyproject.toml (IPython is optional: testing.references uses it when present)
REQUIRES_PYTHON = ">=3.11"
STUDENT_PINS = ("numpy", "matplotlib", "jupyterlab")  # what the README installs beside the wheel
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed: reproducible kits

# A line of a secret region counts when, stripped, it is at least this long and not a comment: shorter
# lines (``return dz``, ``s = sigmoid(z)``, ``for k in (1, 2, 3):``) are generic code found anywhere.
MIN_SECRET_LINE = 25

# Lines of secret regions that student-side modules legitimately hold, each reviewed; anything else
# found in a kit stops the build. Keys are the lines without whitespace (the comparison's form).
REVIEWED_LINES: dict[str, str] = {
    'withnp.errstate(all="ignore"):': "numpy boilerplate (softmax_nll's hidden tests; the checks of relu_xor_momentum "
    "and sigmoid_mlp evaluate buggy variants with it)",
    "return1.0/(1.0+np.exp(-np.asarray(z)))": "the logistic function, given to students in bias_backprop's "
    "`sigmoid` cell; the hidden tests' reference `_ref_sigmoid` is the same line as checks.bias_backprop.sigmoid",
    '"ittakesthelogoftheentriesofthewrongclasses:(1-y)whereybelongs.":': "a diagnosis message of "
    "softmax_nll's nllm (checks.softmax_nll.NLLM_EXAMPLE_BUGS), shown to a student who makes that bug",
    '"ittakesthelogofthemostprobableclass,notofthetrueclass(theonewhereyis1).":': "a diagnosis message of "
    "softmax_nll's nllm (checks.softmax_nll.NLLM_EXAMPLE_BUGS), shown to a student who makes that bug",
    "frombackprop_courseimportgradcheck,testing": "the import every test cell makes; the visible tests show it",
    "x,dy=rng.normal(size=n),rng.normal(size=n)": "two standard-normal draws, generic; which sizes and seeds the "
    "hidden tests use is not in the line",
}


class KitRefused(RuntimeError):
    """A kit cannot be built safely: a secret line would leak, the release is missing or was edited, ..."""


@dataclass(frozen=True)
class SecretLine:
    """A line of a master notebook's solution or hidden-test region."""

    text: str  # stripped
    assignment: str
    region: str  # "solution" or "hidden test"


@dataclass(frozen=True)
class Leak:
    """A secret line found in a file of a kit."""

    kit_file: str  # path in the kit; ``a.whl!pkg/mod.py`` inside the wheel
    line_number: int  # in the file's text (for a notebook: in its JSON strings, one after another)
    line: str
    secret: SecretLine

    def __str__(self) -> str:
        return (
            f"{self.kit_file}:{self.line_number}: {self.line.strip()!r} holds a line of the "
            f"{self.secret.region} region of source/{self.secret.assignment}: {self.secret.text!r}"
        )


def _key(line: str) -> str:
    """A line as compared: without any whitespace (so reformatting does not hide a copy)."""
    return "".join(line.split())


def _regions(source: str) -> Iterator[tuple[str | None, str]]:
    """``(region, line)`` for each line of a cell (region ``None`` outside secret regions), markers dropped."""
    region = None
    for line in source.splitlines():
        if SOLUTION_MARKERS[0] in line or HIDDEN_MARKERS[0] in line:
            region = "solution" if SOLUTION_MARKERS[0] in line else "hidden test"
        elif SOLUTION_MARKERS[1] in line or HIDDEN_MARKERS[1] in line:
            region = None
        else:
            yield region, line


def secret_lines(course: Course) -> dict[str, SecretLine]:
    """The lines no kit may contain, from every master notebook ``source/<a>/<a>.ipynb``, by comparison key.

    A line of a solution or hidden-test region counts when, stripped, it is at least
    :data:`MIN_SECRET_LINE` characters long, is not a comment (``#``), and appears nowhere outside
    the secret regions of any master notebook, not even within a longer line (what the release shows
    anyway is not secret).
    """
    secret: dict[str, SecretLine] = {}
    public: set[str] = set()
    for assignment in course.assignments():
        nb = json.loads((course.source_dir / assignment / f"{assignment}.ipynb").read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            for region, line in _regions(source):
                text = line.strip()
                if region is None:
                    public.add(_key(text))
                elif len(text) >= MIN_SECRET_LINE and not text.startswith("#"):
                    secret.setdefault(_key(text), SecretLine(text, assignment, region))
    shown = "\n".join(public)  # keys hold no whitespace: a key found in ``shown`` lies within one public line
    return {k: v for k, v in secret.items() if k not in shown}


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)


def _text_lines(name: str, data: bytes) -> list[str]:
    """The lines of a file as a reader sees them: a notebook's JSON strings (sources, outputs), or its text."""
    if name.endswith(".ipynb"):
        try:
            return [ln for s in _json_strings(json.loads(data)) for ln in s.splitlines()]
        except ValueError:
            pass  # not JSON: read it as text
    return data.decode("utf-8", errors="replace").splitlines()


def find_leaks(
    files: Mapping[str, bytes], secrets: Mapping[str, SecretLine], reviewed: Mapping[str, str] = REVIEWED_LINES
) -> list[Leak]:
    """Every line of ``files`` (path -> bytes; wheels and zips are searched inside) that holds a secret line.

    A line leaks when its whitespace-free form contains a secret line's (so a secret line with a
    comment appended, or inside a longer line, is found too). Lines in ``reviewed`` are not reported.
    """
    checked = {k: s for k, s in secrets.items() if k not in reviewed}
    if not checked:
        return []
    # Index the secret keys by their first `width` characters: a line's candidates are the secrets whose
    # start it contains somewhere, found with one dictionary look-up per position of the line.
    width = min(16, *(len(k) for k in checked))
    by_start: dict[str, list[str]] = {}
    for k in checked:
        by_start.setdefault(k[:width], []).append(k)
    leaks = []
    for name, data in sorted(files.items()):
        if name.endswith((".whl", ".zip")):
            with zipfile.ZipFile(io.BytesIO(data)) as inner:
                members = {m: inner.read(m) for m in inner.namelist() if not m.endswith("/")}
            leaks += [
                Leak(f"{name}!{leak.kit_file}", leak.line_number, leak.line, leak.secret)
                for leak in find_leaks(members, secrets, reviewed)
            ]
            continue
        for number, line in enumerate(_text_lines(name, data), 1):
            key = _key(line)
            starts = {key[i : i + width] for i in range(len(key) - width + 1)} & by_start.keys()
            found = sorted({k for start in starts for k in by_start[start] if k in key})
            leaks += [Leak(name, number, line, checked[k]) for k in found]
    return leaks


def read_kit(kit: Path) -> dict[str, bytes]:
    """The files of a kit zip: path inside the zip -> bytes."""
    with zipfile.ZipFile(kit) as z:
        return {m: z.read(m) for m in z.namelist() if not m.endswith("/")}


# -- the wheel -------------------------------------------------------------------------------------------------


def _imports(source: str, module: str) -> list[str]:
    """The modules ``source`` (module ``module``, e.g. ``backprop_course.checks.tanh_mlp``) imports, resolved.

    ``from pkg import name`` yields ``pkg.name`` (a submodule or an attribute of ``pkg``).
    """
    package = module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            out += [f"{base}.{a.name}" for a in node.names]
    return out


def checks_modules(notebook: bytes, assignment: str) -> list[str]:
    """The ``backprop_course.checks`` modules a kit needs: the assignment's own (when it has one) and those its
    notebook's code cells import (a master copied with ``backprop-course new --from`` imports the original's)."""
    names = [assignment] if (PACKAGE_DIR / "checks" / f"{assignment}.py").is_file() else []
    for cell in json.loads(notebook).get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        names += re.findall(r"backprop_course\.checks\.(\w+)|from\s+backprop_course\.checks\s+import\s+(\w+)", source)
    flat = [n for found in names for n in ((found,) if isinstance(found, str) else found) if n]
    return list(dict.fromkeys(flat))


def kit_modules(assignment: str, version: str, checks: list[str] | None = None) -> dict[str, bytes]:
    """The wheel's modules (``backprop_course/...`` -> bytes) for ``assignment``; refuses an import outside the kit.

    ``checks``: the ``backprop_course.checks`` modules to hold (default: ``checks/<assignment>.py``).
    """
    init = (
        f'"""The student kit of the backpropagation course, assignment {assignment}: the gradient checker\n'
        "(``gradcheck``), the answer-free test helpers (``testing``) and the checks of the notebook's test cells\n"
        f'(``checks.{assignment}``). Built by ``backprop-course release --student-kit``."""\n\n'
        f'__version__ = "{version}"\n'
    )
    files = {"backprop_course/__init__.py": init.encode()}
    for rel in (*SHARED_MODULES, *(f"checks/{m}.py" for m in (checks if checks is not None else [assignment]))):
        path = PACKAGE_DIR / rel
        if not path.is_file():
            raise KitRefused(f"no module {path} for the {assignment} kit")
        files[f"backprop_course/{rel}"] = path.read_bytes()
    in_kit = {name.removesuffix("/__init__.py").removesuffix(".py").replace("/", ".") for name in files}
    stdlib = set(sys.stdlib_module_names)
    problems = []
    for name, data in files.items():
        module = name.removesuffix(".py").replace("/", ".")  # a package's __init__ resolves relative to the package
        for target in _imports(data.decode(), module):
            top = target.split(".")[0]
            if top == "backprop_course":
                # ``from backprop_course import gradcheck`` -> backprop_course.gradcheck: a module of the kit
                if not any(target == m or target.startswith(m + ".") for m in in_kit - {"backprop_course"}):
                    problems.append(f"{name} imports {target}, which is not in the kit")
            elif top not in stdlib and top not in THIRD_PARTY_ALLOWED:
                problems.append(
                    f"{name} imports {target} (allowed: the standard library, {sorted(THIRD_PARTY_ALLOWED)})"
                )
    if problems:
        raise KitRefused("the kit's modules need more than the kit holds:\n  " + "\n  ".join(problems))
    return files


def _zip_bytes(files: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buffer.getvalue()


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_wheel(assignment: str, checks: list[str] | None = None) -> tuple[str, bytes]:
    """``(file name, bytes)`` of the kit's wheel for ``assignment`` (pure Python, ``py3-none-any``).

    ``checks``: the ``backprop_course.checks`` modules it holds (default: ``checks/<assignment>.py``).
    """
    from .. import __version__

    modules = kit_modules(assignment, __version__, checks)
    digest = hashlib.sha256(b"".join(n.encode() + b"\0" + d for n, d in sorted(modules.items()))).hexdigest()
    version = f"{__version__}+{digest[:10]}"
    modules = kit_modules(assignment, version, checks)  # __init__ states the full version
    project = f"backprop-course-kit-{assignment}".replace("_", "-")
    dist = re.sub(r"[-_.]+", "_", project)
    info = f"{dist}-{version}.dist-info"
    meta = (
        "Metadata-Version: 2.1\n"
        f"Name: {project}\n"
        f"Version: {version}\n"
        f"Summary: Backpropagation course, {assignment}: the gradient checker and the notebook's checks\n"
        f"Requires-Python: {REQUIRES_PYTHON}\n" + "".join(f"Requires-Dist: {r}\n" for r in WHEEL_REQUIRES)
    )
    wheel = "Wheel-Version: 1.0\nGenerator: backprop_course.release.kit\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files = {**modules, f"{info}/METADATA": meta.encode(), f"{info}/WHEEL": wheel.encode()}
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    return f"{dist}-{version}-py3-none-any.whl", _zip_bytes(files)


# -- the kit ---------------------------------------------------------------------------------------------------


def pinned_versions(course: Course, names: tuple[str, ...] = STUDENT_PINS) -> dict[str, str]:
    """``{name: version}`` pinned in the course's ``requirements.txt`` (else the version installed here)."""
    pins = {}
    requirements = course.root / "requirements.txt"
    if requirements.is_file():
        for line in requirements.read_text().splitlines():
            name, sep, version = line.split("#")[0].strip().partition("==")
            if sep:
                pins[name.strip().lower()] = version.strip()
    return {n: pins.get(n.lower()) or metadata.version(n) for n in names}


def kit_readme(assignment: str, wheel: str, extra_files: list[str], pins: Mapping[str, str], nbgrader: str) -> str:
    """The kit's README.md: install (the wheel and ``pins``), work, self-check (``nbgrader``: its pin), submit."""
    notebook = f"{assignment}.ipynb"
    packages = " ".join(f"{n}=={v}" for n, v in pins.items())
    extra = "".join(f"- `{f}`: a file the notebook uses (keep it next to the notebook)\n" for f in extra_files)
    return f"""# {assignment}: backpropagation homework

This folder is your own copy of the assignment: work in it, and keep it (nothing here is overwritten
by the course).

- `{notebook}`: the notebook you fill in and submit
- `{wheel}`: the course's gradient checker and the checks the notebook's test cells run (no answers)
{extra}
## Install (once; Python 3.11 or newer)

In this folder, make a fresh virtual environment and install the wheel and the course's versions of
numpy, matplotlib and JupyterLab:

```bash
python3 -m venv .venv
.venv/bin/pip install ./{wheel} {packages}
```

(Windows: `py -m venv .venv`, then `.venv\\Scripts\\pip install ...`.)

## Work

```bash
.venv/bin/jupyter lab {notebook}
```

Replace each `raise NotImplementedError()` (and each "YOUR ANSWER HERE") with your answer, then run
the test cell under it: it checks shapes and values and compares your gradients with numerical ones;
when it fails, it names the likely bug. Do not edit, delete or copy the test cells.

## Self-check

*Kernel → Restart Kernel and Run All Cells*: every test cell must run without an error. From a
terminal (stops at the first failing cell):

```bash
.venv/bin/jupyter nbconvert --to notebook --execute --stdout {notebook} > /dev/null
```

If nbgrader is installed (`.venv/bin/pip install {nbgrader}`), `.venv/bin/nbgrader validate {notebook}`
lists every failing test. When graded, the test cells run further checks on other random sizes:
passing the visible checks is necessary, not sufficient.

## Submit

Submit `{notebook}` itself, under this name, as your course asks (save it first).
"""


def _release_files(course: Course, assignment: str) -> dict[str, bytes]:
    folder = course.release_dir / assignment
    notebook = folder / f"{assignment}.ipynb"
    if not notebook.is_file():
        raise KitRefused(f"no {notebook.relative_to(course.root)}: run `make release` first")
    changed = changed_since_built(course.release_dir, assignment)
    if changed:
        raise KitRefused(
            f"changed since they were built: {', '.join(changed)}. A kit ships the release as built: "
            "run `make release` (release --force overwrites the edits)."
        )
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not set(p.relative_to(folder).parts) & set(EDITOR_FILES)
    }


def student_kit_files(course: Course, assignment: str) -> dict[str, bytes]:
    """The files of ``assignment``'s kit (path in the zip, under ``<assignment>/``, -> bytes), not yet checked."""
    release = _release_files(course, assignment)
    wheel_name, wheel = build_wheel(assignment, checks_modules(release[f"{assignment}.ipynb"], assignment))
    extra = sorted(n for n in release if n != f"{assignment}.ipynb")
    nbgrader = "nbgrader==" + pinned_versions(course, ("nbgrader",))["nbgrader"]
    readme = kit_readme(assignment, wheel_name, extra, pinned_versions(course), nbgrader).encode()
    taken = set(release) & {"README.md", wheel_name}
    if taken:
        raise KitRefused(f"release/{assignment}/ holds {sorted(taken)}, which the kit writes itself")
    files = {**release, "README.md": readme, wheel_name: wheel}
    return {f"{assignment}/{name}": data for name, data in sorted(files.items())}


def build_student_kits(
    course: Course, assignments: list[str] | None = None, dist_dir: Path | None = None
) -> list[Path]:
    """Write ``<dist_dir>/<a>.zip`` (default ``dist/``) for each of ``assignments`` (default: all); return the paths.

    Every kit is assembled and searched for secret lines (:func:`find_leaks`) before any is written.

    Raises:
        KitRefused: a file of a kit holds a line of a master notebook's solution or hidden-test
            region; a release notebook is missing or was edited since it was built; a kit module
            imports something the kit does not hold.
    """
    names = assignments or course.assignments()
    unknown = sorted(set(names) - set(course.assignments()))
    if unknown:
        raise KitRefused(f"no such assignment: {', '.join(unknown)} (assignments: {', '.join(course.assignments())})")
    kits = {a: student_kit_files(course, a) for a in names}
    secrets = secret_lines(course)
    leaks = [f"{a}.zip!{leak}" for a, files in kits.items() for leak in find_leaks(files, secrets)]
    if leaks:
        raise KitRefused(
            f"{len(leaks)} line(s) of solutions or hidden tests would be in a kit; no kit written:\n  "
            + "\n  ".join(leaks)
            + "\n(a generic line may be added to REVIEWED_LINES in backprop_course/release/kit.py, with the reason)"
        )
    out = dist_dir or course.kits_dir
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for assignment, files in kits.items():
        path = out / f"{assignment}.zip"
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(_zip_bytes(files))
        os.replace(tmp, path)
        written.append(path)
    return written
