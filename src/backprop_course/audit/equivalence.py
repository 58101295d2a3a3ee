"""Equivalent mutants: a mutant whose functions give the model solution's results on random inputs.

An equivalent mutant cannot be killed by any test (``np.maximum(0, z)`` for ``np.maximum(z, 0)``,
``z >= 0`` for ``z > 0`` where no input is exactly 0), so the audit marks it and does not count it.
The check runs the master notebook in a child process (:func:`screen`), as plain nbgrader would:

1. every code cell in order (model answers, set-up and demo cells, test cells with their hidden
   parts; cells tagged ``skip-autograde`` skipped), with :func:`backprop_course.testing.references`
   rebinding names for one cell, as it does when graded. Each function and method the solution
   cells define is wrapped to record (deep copies of) the arguments of its first calls: the tests'
   own data, visible and hidden;
2. for each mutant: its cell is run again, mutated, in a copy of the notebook's namespace, and the
   mutated function is called on every recorded input, then on two random perturbations of it
   (every non-integer float scaled by ``exp(0.2 N(0, 1))``, the object's state included), beside
   the model function on the same inputs, with the same random seed. Results, and what the call
   did to its arguments and object, are compared (relative tolerance 1e-7, NaN equal to NaN).

Verdicts: ``equivalent`` (all equal, at least one comparison where the model returned a finite
result), ``different`` (with the first difference: on the tests' own inputs, or only on the
perturbed ones, which may be outside the function's domain), ``unknown`` (the function was never
called, is not deterministic, or the cell could not be run: the mutant is graded anyway). A worked
example cell (code outside any function) is run mutated and unmutated from the namespace it
started from, and the variables it assigns are compared.

This runs instructor code and mutants of it, not student code: no sandbox, a child process with a
memory limit and a time limit per call.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import io
import json
import math
import os
import random
import re
import signal
import subprocess
import sys
import time
import types
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["NotebookHarness", "Verdict", "fingerprint", "harness_cells", "same", "screen"]

RTOL = 1e-7
CALL_SECONDS = 10.0  # one call of a mutated function
CELL_SECONDS = 120.0  # one cell of the reference run
RECORDS = 5  # calls recorded per function: the first three, then two later ones (hidden data)
KEEP_CALLS = (0, 1, 2, 7, 15)
SEED = 20260917
MEMORY_MB = 4096


class _Timeout(BaseException):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float):
    def raise_timeout(*_: Any) -> None:
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Verdict:
    verdict: str  # equivalent, different, unknown
    detail: str = ""
    hangs: bool = False  # the mutant did not return within CALL_SECONDS
    behaviour: str = ""  # fingerprint of what the mutant computed on every input tried ("" if unknown)

    def as_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "detail": self.detail, "hangs": self.hangs, "behaviour": self.behaviour}


@dataclass
class _Raised:
    """An exception as a result: compared by type."""

    type_name: str
    message: str


_MISSING = object()


def same(a: Any, b: Any, depth: int = 0) -> bool:
    """Whether two results are equal as the tests would see them (arrays to ``RTOL``, NaN == NaN).

    Sequences of equal length compare element by element (a list equals a tuple or an array with
    the same entries); objects compare by their attributes; exceptions by their type.
    """
    if a is b:
        return True
    if a is None or b is None:
        return False
    if depth > 6:
        return True
    if isinstance(a, _Raised) or isinstance(b, _Raised):
        return isinstance(a, _Raised) and isinstance(b, _Raised) and a.type_name == b.type_name
    numeric = (np.ndarray, int, float, complex, np.number, np.bool_, bool)
    if isinstance(a, numeric) or isinstance(b, numeric):
        try:
            x, y = np.asarray(a), np.asarray(b)
        except Exception:  # noqa: BLE001
            return False
        if x.shape != y.shape:
            return False
        if x.dtype == object or y.dtype == object:
            if x.dtype != y.dtype or x.ndim == 0:
                return False
            return all(same(p, q, depth + 1) for p, q in zip(x.ravel(), y.ravel(), strict=True))
        try:
            xf, yf = x.astype(np.float64), y.astype(np.float64)
        except (TypeError, ValueError):
            return bool(np.array_equal(x, y))
        scale = float(np.max(np.abs(np.nan_to_num(xf, posinf=0, neginf=0)), initial=0.0))
        return bool(np.allclose(xf, yf, rtol=RTOL, atol=1e-12 * max(scale, 1e-300), equal_nan=True))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(p, q, depth + 1) for p, q in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], depth + 1) for k in a)
    if isinstance(a, (types.FunctionType, types.MethodType, type, types.ModuleType)) or isinstance(
        b, (types.FunctionType, types.MethodType, type, types.ModuleType)
    ):
        return getattr(a, "__qualname__", a) == getattr(b, "__qualname__", b)
    if hasattr(a, "__dict__") and hasattr(b, "__dict__"):
        return type(a).__name__ == type(b).__name__ and same(vars(a), vars(b), depth + 1)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


def _finite(value: Any, depth: int = 0) -> bool:
    """Whether a result holds only finite numbers (a NaN result is no evidence of equivalence)."""
    if depth > 4:
        return True
    if isinstance(value, _Raised):
        return False
    if isinstance(value, (np.ndarray, float, np.floating)):
        arr = np.asarray(value)
        return arr.dtype.kind not in "fc" or bool(np.all(np.isfinite(arr)))
    if isinstance(value, (list, tuple)):
        return all(_finite(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(_finite(v, depth + 1) for v in value.values())
    return True


def _perturb(obj: Any, rng: np.random.Generator, depth: int = 0) -> Any:
    """``obj`` with every non-integer float scaled by exp(0.2 N(0, 1)); objects changed in place."""
    if depth > 4:
        return obj
    if isinstance(obj, np.ndarray):
        if obj.dtype.kind == "f" and obj.size and not np.all(obj == np.round(obj)):
            return (obj * np.exp(0.2 * rng.standard_normal(obj.shape))).astype(obj.dtype)
        return obj
    if isinstance(obj, (float, np.floating)) and not isinstance(obj, bool):
        value = float(obj)
        return type(obj)(value * math.exp(0.2 * rng.standard_normal())) if value != round(value) else obj
    if isinstance(obj, list):
        return [_perturb(v, rng, depth + 1) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_perturb(v, rng, depth + 1) for v in obj)
    if isinstance(obj, dict):
        return {k: _perturb(v, rng, depth + 1) for k, v in obj.items()}
    if hasattr(obj, "__dict__") and not isinstance(obj, (type, types.FunctionType, types.ModuleType)):
        with contextlib.suppress(Exception):
            for k, v in list(vars(obj).items()):
                setattr(obj, k, _perturb(v, rng, depth + 1))
    return obj


def _snapshot(ns: dict[str, Any]) -> dict[str, Any]:
    """A copy of a namespace whose arrays, lists and dicts later code cannot change in place."""
    out = {}
    for k, v in ns.items():
        if isinstance(v, (np.ndarray, list, dict)):
            try:
                out[k] = copy.deepcopy(v)
            except Exception:  # noqa: BLE001
                out[k] = v
        else:
            out[k] = v
    return out


def _cell_source(source: str) -> str:
    """A code cell as plain Python: IPython magics and shell lines become blank lines."""
    return "\n".join("" if re.match(r"^\s*[%!]", line) else line for line in source.splitlines())


class _Runtime:
    """What :mod:`backprop_course.testing` asks of the grader: a seed, and names bound for one cell."""

    seed = SEED

    def __init__(self, ns: dict[str, Any]) -> None:
        self.ns = ns
        self.saved: dict[str, Any] = {}

    def bind(self, name: str, obj: Any) -> None:
        self.saved.setdefault(name, self.ns.get(name, _MISSING))
        self.ns[name] = obj

    def end_cell(self) -> None:
        for name, old in self.saved.items():
            if old is _MISSING:
                self.ns.pop(name, None)
            else:
                self.ns[name] = old
        self.saved.clear()


def harness_cells(source_nb: Any) -> list[dict[str, str]]:
    """The master's code cells as the harness runs them: ``[{"grade_id", "kind", "source"}]``.

    ``kind`` is ``solution`` (``source``: the model answer, without the solution markers), ``test``
    or ``code``; cells tagged ``skip-autograde`` are left out, as grading leaves them out.
    """
    from ..answers import reference_answers

    answers = reference_answers(source_nb)
    out = []
    for index, cell in enumerate(source_nb.cells):
        if cell.cell_type != "code" or "skip-autograde" in cell.metadata.get("tags", []):
            continue
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id") or f"#{index}"
        if meta.get("solution"):
            out.append({"grade_id": grade_id, "kind": "solution", "source": answers.get(grade_id, cell.source)})
        else:
            out.append({"grade_id": grade_id, "kind": "test" if meta.get("grade") else "code", "source": cell.source})
    return out


class NotebookHarness:
    """The master notebook run in this process, recording the calls of the model solution's functions.

    ``cells``: :func:`harness_cells` of the master (plain data, so that the child process need not
    import nbformat, whose schema validator takes seconds to import).
    """

    def __init__(self, cells: list[dict[str, str]]) -> None:
        self.cells = cells
        self.ns: dict[str, Any] = {"__name__": "__main__"}
        self.calls: dict[str, list[tuple[tuple, dict]]] = defaultdict(list)
        self.counts: Counter[str] = Counter()
        self.originals: dict[str, Any] = {}  # qualified name -> the model's function
        self.before: dict[str, dict[str, Any]] = {}  # solution cell -> namespace snapshot before it ran
        self.errors: list[str] = []
        self.recording = False
        self._deterministic: dict[str, bool] = {}
        self._input_cache: dict[str, list] = {}
        self.current = ""  # the cell running
        self.used: dict[str, set[str]] = defaultdict(set)  # cell -> model functions called while it ran
        self.cell_of: dict[str, str] = {}  # model function -> the solution cell that defines it
        self.failed_cells: set[str] = set()

    def dependencies(self) -> dict[str, Any]:
        """Which solution cells each test cell exercises, as the reference run saw it.

        ``test_cells``: ``{test cell: [solution cells whose functions it called]}``, ``["*"]`` for a
        test cell that raised (its calls are not known); ``used_outside_tests``: solution cells whose
        functions other cells (set-up, demo, worked examples) call, so that a bug there reaches
        test cells through data rather than calls.
        """
        kinds = {c["grade_id"]: c["kind"] for c in self.cells}
        tests = {}
        outside: set[str] = set()
        for cell_id, kind in kinds.items():
            cells = {self.cell_of[q] for q in self.used.get(cell_id, ()) if q in self.cell_of}
            if kind == "test":
                tests[cell_id] = ["*"] if cell_id in self.failed_cells else sorted(cells)
            else:
                outside |= cells - {cell_id}
        return {"test_cells": tests, "used_outside_tests": sorted(outside)}

    # -- the reference run

    def run(self) -> None:
        """Run every code cell of the master in order, recording calls; restore the model functions."""
        from .. import testing

        runtime = _Runtime(self.ns)
        old_runtime, testing._runtime = testing._runtime, runtime
        self.recording = True
        wrapped: list[tuple[Any, str, Any]] = []  # (owner: dict or class, attribute, original)
        try:
            for cell in self.cells:
                grade_id, source = cell["grade_id"], cell["source"]
                is_solution = cell["kind"] == "solution"
                filename = f"<cell {grade_id}>"
                self.current = grade_id
                if is_solution:
                    self.before[grade_id] = _snapshot(self.ns)
                previous = dict(self.ns)
                try:
                    with _time_limit(CELL_SECONDS), _quiet():
                        exec(compile(_cell_source(source), filename, "exec"), self.ns)  # noqa: S102
                except BaseException as e:  # noqa: BLE001
                    if isinstance(e, KeyboardInterrupt):
                        raise
                    self.errors.append(f"{grade_id}: {type(e).__name__}: {str(e)[:200]}")
                    self.failed_cells.add(grade_id)
                finally:
                    runtime.end_cell()
                if is_solution:
                    wrapped += self._wrap_new(previous, filename)
        finally:
            testing._runtime = old_runtime
            self.recording = False
            for owner, attr, original in wrapped:
                if isinstance(owner, dict):
                    if getattr(owner.get(attr), "_audit_original", None) is original:
                        owner[attr] = original
                else:
                    setattr(owner, attr, original)

    def _wrap_new(self, previous: dict[str, Any], filename: str) -> list[tuple[Any, str, Any]]:
        wrapped = []
        for name, value in list(self.ns.items()):
            if previous.get(name, _MISSING) is value:
                continue
            if isinstance(value, types.FunctionType) and value.__code__.co_filename == filename:
                self.cell_of[name] = self.current
                self.originals[name] = value
                self.ns[name] = self._recorder(name, value)
                wrapped.append((self.ns, name, value))
            elif isinstance(value, type):
                for attr, member in list(vars(value).items()):
                    if isinstance(member, types.FunctionType) and member.__code__.co_filename == filename:
                        qualified = f"{name}.{attr}"
                        self.cell_of[qualified] = self.current
                        self.originals[qualified] = member
                        setattr(value, attr, self._recorder(qualified, member))
                        wrapped.append((value, attr, member))
        return wrapped

    def _recorder(self, qualified: str, fn: Any) -> Any:
        harness = self

        @functools.wraps(fn)
        def recorder(*args: Any, **kwargs: Any) -> Any:
            if harness.recording:
                harness.used[harness.current].add(qualified)
                n = harness.counts[qualified]
                harness.counts[qualified] += 1
                if n in KEEP_CALLS:
                    with contextlib.suppress(Exception):
                        harness.calls[qualified].append(copy.deepcopy((args, kwargs)))
            return fn(*args, **kwargs)

        recorder._audit_original = fn  # type: ignore[attr-defined]
        return recorder

    # -- one mutant

    def check(self, cell: str, function: str, source: str, answer: str) -> Verdict:
        """Compare a mutant of solution cell ``cell`` (its whole ``source``) with the model's ``answer``."""
        if function:
            return self._check_function(function, source)
        return self._check_script(cell, source, answer)

    def _exec(self, source: str, base: dict[str, Any], filename: str) -> tuple[dict[str, Any], _Raised | None]:
        ns = dict(base)
        np.random.seed(SEED % 2**32)
        random.seed(SEED)
        try:
            with _time_limit(CALL_SECONDS), _quiet():
                exec(compile(source, filename, "exec"), ns)  # noqa: S102
        except _Timeout:
            return ns, _Raised("Timeout", "")
        except Exception as e:  # noqa: BLE001
            return ns, _Raised(type(e).__name__, str(e)[:200])
        return ns, None

    def _check_script(self, cell: str, source: str, answer: str) -> Verdict:
        base = self.before.get(cell)
        if base is None:
            return Verdict("unknown", "the cell did not run in the notebook")
        ref_ns, ref_error = self._exec(_cell_source(answer), _snapshot(base), f"<cell {cell}>")
        mut_ns, mut_error = self._exec(_cell_source(source), _snapshot(base), f"<cell {cell}>")
        if mut_error and mut_error.type_name == "Timeout":
            return Verdict("different", "the mutated cell does not finish", hangs=True)
        if ref_error:
            return Verdict("unknown", f"the model answer raises {ref_error.type_name} when run again")
        names = sorted(n for n in set(ref_ns) | set(mut_ns) if not n.startswith("__"))
        changed = [n for n in names if mut_ns.get(n, _MISSING) is not base.get(n, _MISSING)]
        behaviour = fingerprint([cell, mut_error] + [(n, mut_ns.get(n)) for n in changed])
        if mut_error:
            return Verdict("different", f"the mutated cell raises {mut_error.type_name}", behaviour=behaviour)
        for name in names:
            a, b = ref_ns.get(name, _MISSING), mut_ns.get(name, _MISSING)
            if a is _MISSING or b is _MISSING or not same(a, b):
                return Verdict("different", f"{name} differs", behaviour=behaviour)
        return Verdict("equivalent", "every variable the cell sets is equal")

    def _call(self, fn: Any, args: tuple, kwargs: dict) -> tuple[Any, tuple, dict]:
        np.random.seed(SEED % 2**32)
        random.seed(SEED)
        try:
            with _time_limit(CALL_SECONDS), _quiet():
                out = fn(*args, **kwargs)
        except _Timeout:
            out = _Raised("Timeout", "")
        except Exception as e:  # noqa: BLE001
            out = _Raised(type(e).__name__, str(e)[:200])
        return out, args, kwargs

    def _inputs(self, function: str) -> list[tuple[int, tuple[tuple, dict], tuple[Any, tuple, dict]]]:
        """``[(variant, inputs, the model's (result, args after, kwargs after))]`` for ``function``, cached.

        Variant 0: the recorded calls; 1 and 2: their random perturbations.
        """
        if function in self._input_cache:
            return self._input_cache[function]
        out = []
        original = self.originals[function]
        for variant in range(3):
            rng = np.random.default_rng([SEED, variant])
            for args, kwargs in self.calls.get(function, []):
                try:
                    base = copy.deepcopy((args, kwargs))
                    if variant:
                        base = _perturb(base, rng)
                    ref = self._call(original, *copy.deepcopy(base))
                except Exception:  # noqa: BLE001
                    continue
                out.append((variant, base, ref))
        self._input_cache[function] = out
        return out

    def _check_function(self, function: str, source: str) -> Verdict:
        records = self.calls.get(function, [])
        original = self.originals.get(function)
        if original is None or not records:
            return Verdict("unknown", f"{function} is not called by the notebook or its tests: nothing to compare")
        mut_ns, error = self._exec(source, self.ns, "<mutant>")
        if error:
            hangs = error.type_name == "Timeout"
            return Verdict("different", f"the mutated cell raises {error.type_name} when run", hangs=hangs)
        owner_name, _, method = function.partition(".")
        ref_class = self.ns.get(owner_name) if method else None
        if method:
            mut_class = mut_ns.get(owner_name)
            mutated = vars(mut_class).get(method) if isinstance(mut_class, type) else None
        else:
            mut_class, mutated = None, mut_ns.get(function)
        if not callable(mutated):
            return Verdict("different", f"the mutated cell does not define {function}")
        if not self._is_deterministic(function, original, records[0]):
            return Verdict("unknown", f"{function} does not give the same result twice on the same input")
        evidence = 0
        difference = ""
        results = []
        for variant, base, ref in self._inputs(function):
            try:
                args, kwargs = copy.deepcopy(base)
            except Exception:  # noqa: BLE001
                continue
            if method and args and type(args[0]) is ref_class:
                with contextlib.suppress(TypeError):
                    args[0].__class__ = mut_class
            mut = self._call(mutated, args, kwargs)
            results.append(mut)
            if isinstance(mut[0], _Raised) and mut[0].type_name == "Timeout":
                return Verdict("different", f"{function} does not return within {CALL_SECONDS:g} s", hangs=True)
            if not difference and not (same(ref[0], mut[0]) and same(ref[1], mut[1]) and same(ref[2], mut[2])):
                where = "on the tests' own inputs" if variant == 0 else "only on perturbed inputs"
                if isinstance(mut[0], _Raised) and not isinstance(ref[0], _Raised):
                    difference = f"{function} raises {mut[0].type_name} {where}"
                else:
                    what = "result" if not same(ref[0], mut[0]) else "effect on its arguments"
                    difference = f"{function}'s {what} differs {where}"
            if _finite(ref[0]):
                evidence += 1
        if difference:
            return Verdict("different", difference, behaviour=fingerprint([function, results]))
        if not evidence:
            return Verdict("unknown", f"{function} gave no finite result to compare")
        return Verdict("equivalent", f"{function} equal on {evidence} inputs (recorded and perturbed)")

    def _is_deterministic(self, function: str, fn: Any, record: tuple[tuple, dict]) -> bool:
        if function not in self._deterministic:
            try:
                first = self._call(fn, *copy.deepcopy(record))
                second = self._call(fn, *copy.deepcopy(record))
                self._deterministic[function] = same(first, second)
            except Exception:  # noqa: BLE001
                self._deterministic[function] = False
        return self._deterministic[function]


def _canonical(value: Any, depth: int = 0) -> Any:
    """A JSON-able stand-in for a result: numbers to 6 significant digits, objects by their attributes."""
    if depth > 6:
        return "..."
    if isinstance(value, _Raised):
        return ["raises", value.type_name]
    if isinstance(value, (np.ndarray, np.number, np.bool_, bool, int, float)):
        arr = np.asarray(value)
        if arr.dtype.kind in "biuf":
            flat = [float(f"{v:.6g}") for v in arr.astype(np.float64).ravel()[:10000]]
            return ["array", list(arr.shape), [("nan" if v != v else v) for v in flat]]
        return ["array", list(arr.shape), str(arr.dtype), repr(arr.ravel()[:100].tolist())]
    if isinstance(value, (list, tuple)):
        return [_canonical(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): _canonical(v, depth + 1) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (types.FunctionType, types.MethodType, type, types.ModuleType)):
        return ["object", getattr(value, "__qualname__", getattr(value, "__name__", "?"))]
    if hasattr(value, "__dict__"):
        return ["object", type(value).__name__, _canonical(vars(value), depth + 1)]
    return ["value", type(value).__name__, str(value)[:200]]


def fingerprint(value: Any) -> str:
    """A hash of what a mutant computed: two mutants with one fingerprint behave alike on every input tried."""
    import hashlib

    text = json.dumps(_canonical(value), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@contextlib.contextmanager
def _quiet():
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield


# -- the child process


def _main(request_path: str, result_path: str) -> None:
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB * 2**20, MEMORY_MB * 2**20))
    request = json.loads(Path(request_path).read_text())
    t0 = time.monotonic()
    harness = NotebookHarness(request["cells"])
    harness.run()
    ran = time.monotonic() - t0
    verdicts = {}
    answers = {c["grade_id"]: c["source"] for c in request["cells"] if c["kind"] == "solution"}
    for m in request["mutants"]:
        try:
            v = harness.check(m["cell"], m["function"], m["source"], answers.get(m["cell"], ""))
        except BaseException as e:  # noqa: BLE001
            if isinstance(e, KeyboardInterrupt):
                raise
            v = Verdict("unknown", f"the check failed: {type(e).__name__}")
        verdicts[m["id"]] = v.as_dict()
    result = {
        "verdicts": verdicts,
        "dependencies": harness.dependencies(),
        "reference_errors": harness.errors,
        "recorded": dict(harness.counts),
        "reference_seconds": round(ran, 2),
        "seconds": round(time.monotonic() - t0, 2),
    }
    Path(result_path).write_text(json.dumps(result, indent=1))


def run_harness_child(
    module: str, notebook: Path, mutants: list[Any], workdir: Path, timeout: float, what: str
) -> tuple[dict[str, Any] | None, str]:
    """Run ``python -m module request result`` on the master ``notebook``'s cells and ``mutants`` in a child.

    The request (``cells``: :func:`harness_cells`, ``mutants``) is written to ``workdir``; returns the
    child's JSON result, or None and why not (``what`` names the run in that message).
    """
    from ..answers import read_notebook

    workdir.mkdir(parents=True, exist_ok=True)
    name = module.rsplit(".", 1)[-1]
    request, result = workdir / f"{name}-request.json", workdir / f"{name}-result.json"
    result.unlink(missing_ok=True)
    payload = {
        "cells": harness_cells(read_notebook(notebook)),
        "mutants": [{"id": m.id, "cell": m.cell, "function": m.function, "source": m.source} for m in mutants],
    }
    request.write_text(json.dumps(payload))
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", module, str(request), str(result)],
            cwd=notebook.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, f"{what} did not finish within {timeout:g} s"
    if proc.returncode != 0:
        return None, f"{what} failed: {(proc.stderr or '').strip().splitlines()[-1:] or proc.returncode}"
    if not result.is_file():
        return None, f"{what} wrote no result"
    return json.loads(result.read_text()), ""


def screen(notebook: Path, mutants: list[Any], workdir: Path, timeout: float = 600.0) -> dict[str, Any]:
    """Verdicts for ``mutants`` (of the master ``notebook``), computed in a child process.

    Returns the child's result: ``verdicts`` (mutant id -> :class:`Verdict` as a dict),
    ``dependencies`` (:meth:`NotebookHarness.dependencies`),
    ``reference_errors`` (cells of the master that raised when run in-process), ``recorded`` (calls
    per function), timings. If the child fails, every verdict is ``unknown`` with the reason.
    """
    data, problem = run_harness_child(
        "backprop_course.audit.equivalence", notebook, mutants, workdir, timeout, "the equivalence check"
    )
    if data is not None:
        return data
    return {
        "verdicts": {m.id: Verdict("unknown", problem).as_dict() for m in mutants},
        "dependencies": {},
        "reference_errors": [problem],
        "recorded": {},
        "seconds": 0.0,
    }


if __name__ == "__main__":
    _main(sys.argv[1], sys.argv[2])
