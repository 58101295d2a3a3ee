"""Answer-free helpers for the notebooks' test cells, the same for students and for the grader.

Student side: this module ships with the student kit and runs in students' kernels (visible
checks); at grading time the same test code runs in the trusted tester
(:mod:`backprop_course.bridge.tester`), which installs ``_runtime``. It holds no answer.

* :func:`hidden_rng`: the random generator of a hidden test. When graded, its data are drawn
  afresh for each submission (seeded from the submission, so a regrade gives the same data);
  elsewhere it is the plain seeded generator.
* :func:`references`: while the current test cell runs, the notebook's names given here refer to
  the instructor's reference implementations, so a test grades only the functions its task names
  (a bug in ``Tanh`` does not cost the points of the ``MLP`` test).
* :func:`notebook_random`: numpy's global random module of the notebook, for reference
  implementations that draw from it as the code they stand in for would (a given ``Layer``'s initial
  weights): when graded, the one of the student's kernel, so a seed set or a number drawn by the
  student's code shows in what the reference draws.
* :class:`CallLog`, :func:`check_later_calls`: a function checked again on new values of the shapes it has
  seen, failing with a message that names the cause when it keeps something from one call to the next (a
  cache keyed on shapes or ids, an accumulator never reset, a velocity).
* :func:`lines_run`: a call and the number of lines of the notebook's code it ran (a loop over the
  examples of a batch shows as more lines for a larger batch).
* :func:`assert_close`, :func:`as_array`, :func:`describe`: value checks whose tolerance follows
  the course's float32 policy and whose messages never print more than numbers and shapes.

Float policy of the course: an answer computed in float32 is accepted (compared with a float32
tolerance); float64 answers are compared at 1e-9 relative. A student's output is never used as
the reference of another check: the tests compute references themselves.
"""

from __future__ import annotations

import copy
import functools
import itertools
import linecache
import re
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from types import FunctionType
from typing import Any

import numpy as np

from . import gradcheck

__all__ = [
    "CallLog",
    "CodeWatch",
    "as_array",
    "assert_close",
    "check_finite_far_out",
    "check_later_calls",
    "describe",
    "far_out_inputs",
    "hidden_rng",
    "is_complex",
    "lines_run",
    "notebook_random",
    "raised_in",
    "rebind",
    "references",
    "rtol_for",
]

_runtime: Any = None  # the tester's runtime at grading time (seed, bind); None elsewhere
_MISSING = object()
_pending: list[Callable[[], None]] = []  # what puts back what references() replaced in this cell

# float16 gets float32's tolerance: the course accepts float32, not float16's 3 significant digits (round 97: a
# Tanh.forward returning float16 for long inputs, 1e-3 off, kept the point at a float16 tolerance of 2e-3)
RTOL = {np.dtype(np.float16): 2e-5, np.dtype(np.float32): 2e-5, np.dtype(np.float64): 1e-9}
FLOAT16_HINT = (  # what a result of float16 numbers is told, after "it returns" or "It returns"
    "float16 numbers (computed in float16 somewhere, even if converted back), which keep about 3 significant digits "
    "(1e-3 relative): compute and return float64 (or float32, which the course accepts)"
)


def hidden_rng(seed: int) -> np.random.Generator:
    """The random generator of a hidden test: ``seed`` mixed with the submission's seed when graded."""
    if _runtime is not None:
        return np.random.default_rng([int(seed), int(_runtime.seed)])
    return np.random.default_rng(int(seed))


def notebook_random() -> Any:
    """``numpy.random`` of the notebook: its global generator (``seed``, ``randn``, ... called on it).

    When graded, the tests run in the tester, apart from the student's kernel, and this is the kernel's
    ``numpy.random`` (each call goes through the bridge, arrays come back as data): a reference that
    stands in for notebook code drawing from numpy's global generator draws what that code would,
    after whatever the student's code seeded or drew. Elsewhere (a student's run, plain nbgrader) it is
    this process's ``numpy.random``, which is the notebook's.
    """
    if _runtime is not None:
        return _runtime.numpy_random()
    return np.random


def is_complex(value: Any) -> bool:
    """A complex number (Python's or numpy's) or a numpy array of complex dtype."""
    return isinstance(value, (complex, np.complexfloating)) or (type(value) is np.ndarray and value.dtype.kind == "c")


def _complex_data(value: Any, depth: int = 1) -> bool:
    """Whether ``value`` is complex (:func:`is_complex`), or holds complex values in a list, tuple or dict ``depth``
    deep (its first 64 items): round 39, a complex step whose values lived only in lists went unseen. Called on
    every return of the notebook's code while watched: kept cheap."""
    if is_complex(value):
        return True
    kind = type(value)
    if kind in (list, tuple, dict) and depth:  # exactly these: no method of the notebook's runs here
        items = value.values() if kind is dict else value
        return any(_complex_data(v, depth - 1) for v in itertools.islice(items, 64))
    return False


class CodeWatch:
    """A ``sys.settrace`` hook that watches the notebook's own code during :meth:`call`: the frames whose globals
    are ``namespace`` (functions and methods defined in its cells) or no imported module's (code the notebook
    compiled itself, with ``exec``). Other code (numpy, the bridge) gets no local hook and costs one call per frame
    started. It notes

    * ``complex_in``: the first notebook function that returns, or holds in a local variable, a complex number
      or array (also in a list, tuple or dict, one level deep), or whose code (run meanwhile) has a complex
      constant (``1j``), names a global holding one, or takes an imaginary part
      (``.imag``, ``np.imag``). Complex-step differentiation estimates a derivative exactly to rounding, so no
      accuracy check sees it, but it computes with complex numbers (a complex value made otherwise, e.g.
      ``(-1.0) ** 0.5``, that never reaches a local variable or a return of a notebook function and whose
      imaginary part is read by other means is not seen);
    * ``float32_in``: the first notebook function that returns, or holds in a local variable, float32 numbers (not
      float16, which the course does not accept): an array, a numpy scalar, the dtype itself, or such values in a
      list, tuple or dict, or among the attributes of ``self``; or whose code (run meanwhile) names float32
      (``np.float32``, ``"f4"``, a global bound to the dtype: ``x.astype(np.float32)`` inside an expression). It is
      the evidence that a float64 gradient's float32-level error comes from float32 arithmetic
      (:data:`backprop_course.gradcheck.computed_in_float32`), not from a finite-difference estimate;
    * ``lines`` (with ``count_lines``): the lines of the notebook's code run (``line`` events);
    * ``intact``: False when the code watched replaced the hook (``sys.settrace``) meanwhile.

    Used in the student's kernel by :mod:`backprop_course.bridge.agent` for every call the tests make, and by
    :func:`lines_run`.
    """

    def __init__(self, namespace: dict[str, Any], *, count_lines: bool = False) -> None:
        self.namespace = namespace
        self.count_lines = count_lines
        self.complex_in = ""  # the first notebook function seen with a complex value
        self.float32_in = ""  # the first notebook function seen with float32 numbers
        self.lines = 0  # line events in the notebook's frames (with count_lines)
        self.intact = True
        self._codes_read: set[Any] = set()  # the notebook's code objects already read (_read_code)

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if frame.f_globals is not self.namespace and _module_code(frame.f_globals):
            return None
        if frame.f_code not in self._codes_read:
            self._read_code(frame.f_code)
        frame.f_trace_lines = self.count_lines
        return self._local

    def _read_code(self, code: Any) -> None:
        """What a notebook code object about to run says by itself: complex constants or imaginary parts taken,
        float32 named. Once per code object and watch; never raises (an error in a trace hook reaches the notebook)."""
        self._codes_read.add(code)
        try:
            names = set(code.co_names)
            if not self.complex_in and (
                "imag" in names
                or any(type(c) is complex for c in code.co_consts)
                or any(_complex_data(self.namespace.get(n), 1) for n in names)  # round 39: a global imaginary unit
            ):
                self.complex_in = code.co_name
            if not self.float32_in and (
                names & _FLOAT32_NAMES
                or any(type(c) is str and c in _FLOAT32_SPELLINGS for c in code.co_consts)
                or any(_float32_data(self.namespace.get(n), 0) for n in names)
            ):
                self.float32_in = code.co_name
        except Exception:  # noqa: BLE001
            return

    def _local(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            self.lines += 1
        elif event == "return" and not (self.complex_in and self.float32_in):
            local_vars = frame.f_locals
            if not self.complex_in and (_complex_data(arg) or any(map(_complex_data, local_vars.values()))):
                self.complex_in = frame.f_code.co_name
            if not self.float32_in and _returns_or_holds_float32(arg, local_vars):
                self.float32_in = frame.f_code.co_name
        return self._local

    def call(self, target: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``target(*args, **kwargs)``, watched (the hook in place before is put back after)."""
        previous = sys.gettrace()
        sys.settrace(self)
        try:
            return target(*args, **kwargs)
        finally:
            self.intact = sys.gettrace() is self
            sys.settrace(previous)


def _module_code(globals_: Any) -> bool:
    """Whether a frame with these globals runs code of an imported module (numpy's, the standard library's): its
    globals are the ``__dict__`` of the module ``sys.modules`` holds under their ``__name__``. Anything else, a
    function compiled by ``exec`` into a dict of its own included, is the notebook's code (round 26: a complex step
    run that way went unseen). Never raises (an error in a trace hook reaches the notebook)."""
    try:
        name = dict.get(globals_, "__name__")
        module = sys.modules.get(name) if type(name) is str else None
        return module is not None and object.__getattribute__(module, "__dict__") is globals_
    except Exception:  # noqa: BLE001
        return False


# float32 only: float16's 3 digits are not the course's float policy, so float16 arithmetic is no evidence that a
# float32-level error is float32's (round 98: Tanh.backward's derivative taken in float16 for long inputs, 5e-4 off,
# kept the points while the watch counted float16 as float32)
_FLOAT32_CHARS = ("f",)  # the dtype character of float32
_FLOAT32_NAMES = {"float32", "single"}  # numpy's names of it
_FLOAT32_SPELLINGS = {"float32", "single", "f4", "<f4", "=f4", "f"}


def _float32_data(value: Any, depth: int = 1) -> bool:
    """Whether ``value`` is float32 numbers or their dtype; in a list, tuple or dict ``depth`` deep
    (its first 64 items). Called on every return of the notebook's code while watched: kept cheap."""
    kind = type(value)
    if kind is np.ndarray or isinstance(value, (np.ndarray, np.generic)):
        return value.dtype.char in _FLOAT32_CHARS
    if kind in (list, tuple, dict):  # exactly these: no method of the notebook's runs here
        if not depth:
            return False
        items = value.values() if kind is dict else value
        return any(_float32_data(v, depth - 1) for v in itertools.islice(items, 64))
    if isinstance(value, np.dtype):
        return value.char in _FLOAT32_CHARS
    return value is np.float32


def _returns_or_holds_float32(returned: Any, local_vars: dict[str, Any]) -> bool:
    """Whether a returning frame of the notebook returns or holds float32 numbers (:func:`_float32_data`) in its
    local variables or ``self``'s attributes. Never raises (an error in a trace hook would reach the notebook)."""
    try:
        if _float32_data(returned) or any(map(_float32_data, local_vars.values())):
            return True
        attributes = object.__getattribute__(local_vars["self"], "__dict__")  # not the notebook's __getattr__
        return type(attributes) is dict and any(map(_float32_data, attributes.values()))
    except Exception:  # noqa: BLE001  (no self, no __dict__, or an ndarray subclass's own dtype raising)
        return False


def raised_in(error: BaseException, objects: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """Which of ``objects`` (name -> an object the tests made, e.g. an MLP's reference blocks) raised ``error``, the
    exception the last call of the notebook's code ended with: ``(name, method, exception type name)``, or None.

    A student's ``MLP.backward`` that passes the wrong gradient to a block fails inside that block, a reference
    implementation of the tests: this names the block. When graded, the tester noted the first error a reference it
    lent raised during the call (its message is not kept); elsewhere the traceback is walked for the deepest frame
    of a method of one of ``objects``.
    """
    names = {id(obj): name for name, obj in objects.items()}
    if _runtime is not None:
        noted = _runtime.lent_error()
        if noted is None or id(noted[0]) not in names:
            return None
        return names[id(noted[0])], noted[1], noted[2]
    found = None
    tb = error.__traceback__
    while tb is not None:
        owner = tb.tb_frame.f_locals.get("self")
        if id(owner) in names:
            found = (names[id(owner)], tb.tb_frame.f_code.co_name, type(error).__name__)
        tb = tb.tb_next
    return found


def raised_by_another(error: BaseException, objects: Mapping[str, Any]) -> str | None:
    """Whether ``error`` (as for :func:`raised_in`) was raised by an object of the class of one of ``objects`` that
    is none of them (a block of another MLP object, kept on the class or in a global): that class's name, or None.
    """
    ids, types = {id(obj) for obj in objects.values()}, {type(obj) for obj in objects.values()}
    if _runtime is not None:
        noted = _runtime.lent_error()
        owner = None if noted is None else noted[0]
    else:
        owner = None
        tb = error.__traceback__
        while tb is not None:
            candidate = tb.tb_frame.f_locals.get("self")
            if type(candidate) in types:
                owner = candidate
            tb = tb.tb_next
    if owner is None or id(owner) in ids or type(owner) not in types:
        return None
    return type(owner).__name__


def lines_run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """``(fn(*args, **kwargs), lines)``: the result, and how many lines of the notebook's own code the call ran.

    The notebook's code: functions and methods defined in its cells (the reference implementations the tests
    lend it do not count). Vectorised code runs the same lines whatever the size of its data; a Python loop
    over the examples of a batch (a ``for``, a comprehension, ``np.apply_along_axis`` of a function of the
    notebook) runs more for a larger batch. When graded, ``fn`` runs in the student's kernel and is counted
    there (:class:`CodeWatch`, by :mod:`backprop_course.bridge.agent`); elsewhere in this process, among the
    frames whose globals are ``fn``'s.
    """
    if _runtime is not None:
        counted = _runtime.lines_run(fn, args, kwargs)
        if counted is not None:
            return counted
    function = getattr(fn, "__func__", fn)
    watch = CodeWatch(getattr(function, "__globals__", {}), count_lines=True)
    return watch.call(fn, *args, **kwargs), watch.lines


def result_changed_by_next_call(
    fn: Callable[..., Any],
    first: Sequence[Any],
    second: Sequence[Any] | None = None,
    item: int | None = None,
    then: Callable[[], Any] | None = None,
) -> bool:
    """Whether the object ``fn(*first)`` returned holds something else once ``fn(*second)`` has run (by default:
    ``first``'s arrays scaled and shifted, the same shapes): the function hands out one buffer kept between calls
    (an ``out=`` array, an array kept on ``self``, in a global or a default argument), so that every result it gave
    turns into the latest. The rule is a new array from each call.

    Pass ``second`` whenever the arguments have a range the task states (one-hot or 0/1 targets, probabilities,
    sigmoid derivatives at most 1/4): the default scales them out of it, and an honest answer that asserts its inputs
    would then fail (round 67: one-hot targets scaled to 1.75 and 0.25 made backward's own assert refuse the call).

    When graded, the first result stays in the student's kernel (results otherwise cross as copies, and a copy never
    changes) and is read again there after the second call. ``item``: compare only that entry of a tuple or list
    result (a test that grades one output of several). ``then``: what runs in place of ``fn(*second)`` (another
    object's method: a buffer kept on the class is shared by every object).
    """
    if second is None:
        second = _copy_data(list(first), other_values=True)

    def part(value: Any) -> Any:
        if item is None or not isinstance(value, (list, tuple)) or len(value) <= item:
            return value
        return value[item]

    def next_call() -> None:
        if then is not None:
            then()
        else:
            fn(*second)

    kept = _runtime.call_kept(fn, tuple(first)) if _runtime is not None else None
    if kept is None:
        result = fn(*first)
        before = _copy_data(result)
        next_call()
        return not _same_data(part(_copy_data(result)), part(before))
    before, handle = kept
    next_call()
    return not _same_data(part(_runtime.current(handle)), part(before))


def shared_with_arguments(result: Any, args: Sequence[Any], kwargs: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """The result's arrays that share memory with an argument array: ``[(entry, key), ...]``, ``entry`` the index in
    a tuple or list result (-1: the result is that array), ``key`` the argument's position or keyword. Arrays only,
    at the top level of the arguments and one level into the result."""
    if isinstance(result, np.ndarray):
        parts = [(-1, result)]
    elif isinstance(result, (list, tuple)):
        parts = [(i, r) for i, r in enumerate(result) if isinstance(r, np.ndarray)]
    else:
        parts = []
    inputs = [(k, v) for k, v in [*enumerate(args), *kwargs.items()] if isinstance(v, np.ndarray) and v.size]
    return [(i, k) for i, r in parts for k, v in inputs if r.size and np.may_share_memory(r, v)]


def check_new_arrays(
    name: str,
    fn: Callable[..., Any],
    args: Sequence[Any],
    names: Sequence[str] = (),
    results: Sequence[str] = (),
    *,
    may_refuse: bool = False,
) -> None:
    """Fail, naming ``name``, if ``fn(*args)`` returns one of its argument arrays itself (or a view of one) where the
    task asks for a new array: the caller's array and the result are then one, and changing either changes the
    other. ``names``: the parameters' names; ``results``: the names of a tuple result's entries (only those are
    checked when given). ``may_refuse``: arguments the task lets an answer refuse (a learning rate of 0): a call
    that the student's code raised passes (one the bridge or the tests raised still fails), one that returns must
    return new arrays. Raises ``AssertionError``."""
    try:
        kept = _runtime.call_aliases(fn, tuple(args), {}) if _runtime is not None else None
        pairs = kept[1] if kept is not None else shared_with_arguments(fn(*args), args, {})
    except Exception as e:
        if may_refuse and getattr(e, "type_name", None) is not None:  # raised in the notebook: a refusal
            return
        raise
    for entry, key in pairs:
        if results and not 0 <= entry < len(results):
            continue
        arg = names[key] if isinstance(key, int) and key < len(names) else f"argument {key}"
        what = "its result" if entry < 0 else results[entry] if results else f"entry {entry} of its result"
        raise AssertionError(
            f"{name} returned its argument {arg} itself (or a view of it) as {what}: the caller's array and the result "
            "are one array, and changing either changes the other. The task asks for a new array: compute it (an "
            "expression such as np.maximum(z, 0) or dz.sum(axis=1, keepdims=True) makes one), or return a copy."
        )


def check_new_result_each_call(
    name: str,
    fn: Callable[..., Any],
    first: Sequence[Any],
    second: Sequence[Any] | None = None,
    item: int | None = None,
    what: str = "",
    then: Callable[[], Any] | None = None,
    by: str = "",
) -> None:
    """Fail, naming ``name``, if what ``fn(*first)`` returned changes when ``fn(*second)`` runs
    (:func:`result_changed_by_next_call`; ``item``: only that entry of the result, ``what`` its name for the
    message; ``then``: what runs instead of ``fn(*second)``, ``by`` what the message calls it, such as "another
    MSELoss object's backward"). Raises ``AssertionError``."""
    if result_changed_by_next_call(fn, first, second, item, then):
        which = f"{what}, one of the arrays it returns," if what else "a result (an array, or a list of them)"
        raise AssertionError(
            f"{name} returned {which} that {by or 'its next call'} changed: it hands out one array kept between "
            "calls (an out= array, or one kept in a global, a default argument, an attribute or on the class), so "
            "every result it gave turns into the latest (an answer stored from an earlier call changes too). Return a "
            "new array from each call."
        )


# inputs far from 0, where np.exp overflows to inf (beyond about 709.78; float32's beyond 88.7)
FAR_OUT = (-1000.0, -745.0, -710.0, 710.0, 745.0, 1000.0)
OVERFLOW_RULE = (
    "np.exp overflows to inf when its argument passes about 709 (np.exp(1000) is inf, and so is np.exp(-z) at z = "
    "-1000), and inf / inf, inf - inf and 0 * inf are nan. "
    "Write the formula so that no such ratio or difference of overflowed exponentials appears: 1 / (1 + np.exp(-z)) "
    "is fine (where exp(-z) overflows it gives 1 / inf = 0, the right value to float precision, with a warning), "
    "and so is np.tanh"
)


# |x| where np.exp(2 x) overflows and np.exp(x) does not (tanh through e^2x is nan there; round 105)
EXP2X_OVERFLOW = (-700.0, -550.0, -400.0, 360.0, 450.0, 690.0)


def far_out_inputs(rng: np.random.Generator, shape: tuple[int, ...], values: Sequence[float] = FAR_OUT) -> np.ndarray:
    """An array of ``shape`` (at least ``len(values)`` entries) holding every one of ``values`` (default
    :data:`FAR_OUT`, |z| from 710 to 1000, signs both ways) at random places, the other entries normal draws."""
    z = rng.normal(size=shape)
    flat = z.reshape(-1)
    flat[rng.permutation(flat.size)[: len(values)]] = values
    return z


def sigmoid_far_out_example() -> tuple[np.ndarray, list[list[float]], list[list[float]]]:
    """``(z (2, 3), sigma(z), sigma'(z))`` for the visible checks of a sigmoid: |z| from 710 to 1000, where np.exp
    overflows, beside two moderate entries (what :func:`check_finite_far_out` is given in hidden checks, fixed).
    Values to 16 digits (exact, rounded to float64)."""
    z = np.array([[-1000.0, 0.5, 745.0], [-710.0, -2.0, 1000.0]])
    s = [[0.0, 0.6224593312018546, 1.0], [4.47628622567513e-309, 0.11920292202211756, 1.0]]
    ds = [[0.0, 0.2350037122015945, 0.0], [4.47628622567513e-309, 0.10499358540350652, 0.0]]
    return z, s, ds


# where sigma and sigma' are 2e-11 to 1e-20: no clip may show
SIGMOID_BEYOND_Z = (-24.5, -31.0, -34.0, -36.5, -38.5, -46.0)
# where sigma' is 2e-11 to 1e-20 on the side where sigma(z) is near 1: sigma (1 - sigma) keeps it to 1e-5 at 24.5, and
# above 0 up to about 36.7 (round 88: sigma' set to 0 beyond z = +20 kept the points); beyond 37.5 every correct
# formula gives 0 or the exact value, never more (round 115: z clipped at +36, sigma' 55 times too large at 40, kept
# the points while this side stopped at 34)
SIGMOID_BEYOND_Z_POSITIVE = (24.5, 31.0, 34.0, 38.5, 40.0, 46.0)


SIGMOID_TAIL_Z = (-16.0, -15.0, -14.0, -13.0, -12.0, 12.0, 13.0, 14.0, 15.0, 16.0)  # see check_sigmoid_tails_exact
SIGMOID_TAIL_RTOL = 1e-8


def check_sigmoid_tails_exact(
    name: str, fn: Callable[..., Any], outputs: Sequence[str], rng: np.random.Generator | None = None
) -> None:
    """``fn(z)`` at |z| from 12 to 16 (:data:`SIGMOID_TAIL_Z`) against the exact sigma(z) and sigma'(z), entry by
    entry to :data:`SIGMOID_TAIL_RTOL` (1e-8) of each, for float64 results; float32 ones (by dtype, by their values,
    or computed in float32 as the kernel's watch saw it) within :data:`SIGMOID32_TAIL_ULPS` float32 units, absolute
    (as :func:`check_sigmoid_tails_float32`). There every float64 formula
    of the notebooks keeps 9 digits (sigma (1 - sigma) loses the most: 1e-16 / (1 - sigma), 5e-10 at z = 15 to 16;
    the tanh forms 3e-10 at z = -16), while an approximation of the tail does not: exp(-|z|) for sigma'(z) beyond
    |z| = T is 2 exp(-|z|) off (2.2e-7 at 16, 1.2e-5 at 12; round 98 kept the points with T = 12, round 101 with
    T = 14 while the check stopped at 13.5), exp(z) for sigma(z) below -T exp(z) off. ``outputs`` as for
    :func:`check_sigmoid_not_above` ("sigma", "derivative"); ``rng``: the order of the entries. Raises
    ``AssertionError``."""
    z = np.array(SIGMOID_TAIL_Z, dtype=np.float64).reshape(5, 2)
    if rng is not None:
        z = rng.permutation(z.ravel()).reshape(z.shape)
    e = np.exp(-np.abs(z))  # sigma(z) = 1 / (1 + e) for z > 0, e / (1 + e) for z < 0: no digit lost
    truth = {"sigma": np.where(z > 0, 1.0, e) / (1.0 + e), "derivative": e / (1.0 + e) ** 2}
    symbol = {"sigma": "sigma(z)", "derivative": "sigma'(z)"}
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = fn(z.copy())
    items = result if len(outputs) > 1 and isinstance(result, (tuple, list)) else (result,)
    for kind, got in zip(outputs, items, strict=False):
        what = f"{name}" + (f"'s {kind}" if len(outputs) > 1 else "")
        try:
            arr = np.asarray(got)
            values = arr.astype(np.float64)
        except (TypeError, ValueError):
            return  # the function's other checks tell what it returns
        if values.shape != z.shape:
            continue
        if arr.dtype != np.float64 or gradcheck.holds_float32(values) or gradcheck.seen_computing_in_float32():
            # round 132: float32 results were skipped here, and a float32 0 or 1 beyond |z| = 11 kept the points
            _sigmoid_tails_float32_verdict(what, z, values, truth[kind], kind)
            continue
        rel = np.abs(values - truth[kind]) / truth[kind]
        if not np.all(rel <= SIGMOID_TAIL_RTOL):  # NaN too
            i = np.unravel_index(int(np.argmax(np.where(np.isnan(rel), np.inf, rel))), z.shape)
            raise AssertionError(
                f"{what} at z = {z[i]:g} is {values[i]:.10g}, the exact {symbol[kind]} is {truth[kind][i]:.10g}: "
                f"{rel[i]:.2g} off (relative), where the formula itself, computed in float64, keeps 9 digits. An "
                f"approximation of the tail (such as exp(-|z|) for large |z|)? Use the derived formula for every z."
            )


# Float32 results at the tails, entry by entry, absolute, in float32 units (gradcheck.EPS32 = 2**-24): 1 - sigma(z) and
# sigma'(z) are 1e-5 to 1e-7 at |z| 11.5 to 16, which float32 resolves (its ulp of 1 is 6e-8), while s (1 - s) and the
# tanh forms lose digits relative to sigma'(z) wherever 1 - s is small, not absolute ones. Measured (round 132, on
# softmax_nll): every correct float32 answer, and the float32 forms 1 / (1 + exp(-z)), exp(z) / (1 + exp(z)),
# 0.5 (1 + tanh(z / 2)), s (1 - s), s - s * s and 0.25 (1 - tanh(z / 2)**2), within 0.36; a float32 0 or 1 beyond
# |z| = 11 is 100 to 170 off, a factor 1 + 1e-5 168.
SIGMOID32_TAIL_Z = (-16.0, -13.0, -12.25, -11.5, 11.5, 11.75, 12.25, 13.0, 14.0, 16.0)
SIGMOID32_TAIL_ULPS = 2.0


def quiet_call(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` with numpy's floating-point errors and warnings silenced; None when it raises (for the probes of
    the float32 checks, which leave a failing call to the function's other checks)."""
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn(*args)
    except Exception:  # noqa: BLE001  (the other checks of the test tell what is wrong)
        return None


def float64_or_none(value: Any, shape: tuple[int, ...] | None = None) -> np.ndarray | None:
    """``value`` as a float64 array (reshaped to ``shape`` when it has that many entries); None when it is not numbers
    or has another number of entries (the function's other checks tell what it returns)."""
    try:
        got = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if shape is not None:
        if got.size != int(np.prod(shape)):
            return None
        got = got.reshape(shape)
    return got


def check_sigmoid_tails_float32(
    name: str, fn: Callable[..., Any], outputs: Sequence[str], rng: np.random.Generator
) -> None:
    """``fn(z)`` at |z| from 11.5 to 16 (:data:`SIGMOID32_TAIL_Z`), entry by entry, within
    :data:`SIGMOID32_TAIL_ULPS` float32 units (``2**-24``, absolute) of the exact sigma(z) or sigma'(z), for every
    answer, float32 or float64 (float64 is far inside). ``outputs`` as for :func:`check_sigmoid_tails_exact`. Round
    132: a float32 sigmoid set to exactly 0 or 1 beyond |z| = 11, and a float32 sigma' set to 0 beyond |z| = 11.5,
    kept the points (1e-5 off, inside float32's 2e-5 of the largest entry, and the 12..16 check skipped float32
    results). ``rng``: the order of the entries. Raises ``AssertionError``."""
    z = rng.permutation(np.array(SIGMOID32_TAIL_Z, dtype=np.float64)).reshape(2, 5)
    e = np.exp(-np.abs(z))
    truth = {"sigma": np.where(z > 0, 1.0, e) / (1.0 + e), "derivative": e / (1.0 + e) ** 2}
    result = quiet_call(fn, z.copy())
    items = result if len(outputs) > 1 and isinstance(result, (tuple, list)) else (result,)
    for kind, got in zip(outputs, items, strict=False):
        what = f"{name}" + (f"'s {kind}" if len(outputs) > 1 else "")
        try:
            values = np.asarray(got, dtype=np.float64)
        except (TypeError, ValueError):
            return  # the function's other checks tell what it returns
        if values.shape == z.shape:
            _sigmoid_tails_float32_verdict(what, z, values, truth[kind], kind)


def _sigmoid_tails_float32_verdict(what: str, z: np.ndarray, got: np.ndarray, truth: np.ndarray, kind: str) -> None:
    """AssertionError naming the worst entry of ``got`` (sigma or sigma' at ``z``) further than
    :data:`SIGMOID32_TAIL_ULPS` float32 units (absolute) from ``truth``."""
    units = gradcheck.float32_units_off(got, truth, 1.0)
    bad = ~(units <= SIGMOID32_TAIL_ULPS)
    if not bad.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(bad, units, -1.0))), z.shape)
    symbol = "sigma(z)" if kind == "sigma" else "sigma'(z)"
    if kind == "sigma" and got[i] in (0.0, 1.0):
        why = (
            f"exactly {got[i]:g}: set to {got[i]:g} beyond some |z| (np.where(z > c, 1, ...), a branch, "
            "'saturated')? sigma(z) is within 1e-5 of it there but not equal, and float32 resolves the difference (its "
            "ulp of 1 is 6e-8)"
        )
    elif got[i] == 0.0:
        why = (
            "0: set to 0 beyond some |z| ('saturated')? sigma'(z) is small there but not 0, and float32 resolves it "
            "(its ulp of 1 is 6e-8)"
        )
    else:
        why = "an approximation, a clip of z, a floor or a constant factor?"
    raise AssertionError(
        f"{what} at z = {z[i]:g} is {got[i]:.9g}, the exact {symbol} is {truth[i]:.9g}: off by "
        f"{np.abs(got[i] - truth[i]):.2g}, {gradcheck.FLOAT32_PRECISION} (checked entry by entry, in float32 or "
        f"float64): {why}. The derived formula, computed as it is, needs no cut-off."
    )


def check_sigmoid_not_above(
    name: str, fn: Callable[..., Any], outputs: Sequence[str], rng: np.random.Generator | None = None
) -> None:
    """``fn(z)`` at z from -46 to -24.5 (:data:`SIGMOID_BEYOND_Z`) and from 24.5 to 46 (the positive side,
    :data:`SIGMOID_BEYOND_Z_POSITIVE`): no output may exceed the true sigma(z) or sigma'(z) there by more than 1 % of
    it (from 25 to 37.5 on the positive side excepted), nor fall below it by more than 1 % at z = -24.5, -31 and
    24.5, nor be 0 at z = -34, -36.5, 31 and 34 (unless the code computed with float32 numbers, as the grader saw
    it). On the positive side sigma (1 - sigma) loses the digits of 1 - sigma (6 % at 34) and rounds to 0 beyond
    36.7, so from 25 to 37.5 only a 0 is wrong, and beyond it only a value above the true one.

    ``outputs``: what ``fn`` returns, in order, each "sigma" or "derivative" (``("sigma", "derivative")`` for
    net_f_df's pair, ``("derivative",)`` for a function of one result), or ``("tanh derivative",)``: 1 - tanh(x)^2,
    asked at x = z / 2 (from -23 to -12.25), where it is 4 sigma'(z). Far out a correct formula may lose digits, or
    round to 0 (0.5 (1 + tanh(z / 2)) beyond about -37, float32 beyond about -88), but never gives more than the true
    value: a clip of z (np.clip(z, -c, c) with c below 46, "against overflow") or a floor (np.maximum(s, 1e-12))
    does. Down to z = -37.5 every float64 formula stays above 0 (through tanh, 25 % off at -36.5): a guard that sets
    it to 0 beyond |z| = 32 to 36 does not (round 87: beyond 35 kept the points). Round 85: clips at 20 to 35 kept
    the points where the checks compared |z| from 11 to 18 entry by entry and |z| from 710 to 1000 against an
    absolute tolerance. A clip that changes nothing np.exp can compute (|z| up to
    700) passes. ``rng``: the order of the entries. Raises ``AssertionError``.
    """
    z = np.array(SIGMOID_BEYOND_Z + SIGMOID_BEYOND_Z_POSITIVE, dtype=np.float64).reshape(3, 4)
    if rng is not None:
        z = rng.permutation(z.ravel()).reshape(z.shape)
    e = np.exp(z)
    # exact to rounding for z < 0; tanh'(x) = 1 - tanh(x)^2 = 4 sigma'(2x), asked at x = z / 2
    truth = {"sigma": e / (1.0 + e), "derivative": e / (1.0 + e) ** 2, "tanh derivative": 4.0 * e / (1.0 + e) ** 2}
    symbol = {"sigma": "sigma(z)", "derivative": "sigma'(z)", "tanh derivative": "1 - tanh(x)^2"}
    tanh = "tanh derivative" in outputs
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = fn(z / 2.0 if tanh else z.copy())
    arg = "x" if tanh else "z"
    if tanh:
        z = z / 2.0  # what the messages show: the x the function was given
    items = result if len(outputs) > 1 and isinstance(result, (tuple, list)) else (result,)
    for kind, got in zip(outputs, items, strict=False):
        what = f"{name}" + (f"'s {kind}" if len(outputs) > 1 else "")
        try:
            got = np.asarray(got, dtype=np.float64)
        except (TypeError, ValueError):
            return  # the function's other checks tell what it returns
        if got.shape != z.shape:
            return
        # where every float64 formula keeps 1 % (through tanh too); on the positive side, to z = 25 (1 - sigma is
        # 1.4e-11 there, its rounding 1e-5 of it)
        far, close, edge = (16.0, 12.5, 18.75) if tanh else (32.0, 25.0, 37.5)
        keep = ((z < 0) & (z >= -far)) | ((z > 0) & (z <= close))
        near = keep & (got < truth[kind] * 0.99)
        # where every float64 formula stays above 0 (0.5 (1 + tanh(z / 2)) down to z = -37.5, sigma (1 - sigma) up to
        # 36.7), its last bits off by tens of % either way (1 - tanh(x)^2 through exp is 18 % above at x = -18.25):
        # only a 0 is wrong there
        ulps = ((z < -far) & (z >= -edge)) | ((z > close) & (z <= edge))
        near |= ulps & (got == 0)
        # where sigma is near 1, float32 arithmetic rounds 1 - sigma to 0 beyond z = 17: values that float32 holds
        # exactly were computed in float32 (a float32 sigma' cast back to float64), which the course accepts, also
        # where no watch of the kernel says so (the student's own kernel, plain nbgrader: session 39's bench)
        if np.array_equal(got.astype(np.float32).astype(np.float64), got):
            near &= z < 0
        above = ~ulps & (got > truth[kind] * 1.01 + 1e-300)
        if near.any() and not gradcheck.seen_computing_in_float32():
            i = np.unravel_index(int(np.argmax(np.where(near, z, -np.inf))), z.shape)
            zero = (  # a difference of two values is lost to rounding in a sum with larger entries (a VJP's)
                f" (0: a guard that sets it to 0 beyond some |{arg}|? Or a finite-difference estimate, whose "
                "difference of two nearby values is lost to rounding here, which gradients must not be?)"
                if got[i] == 0
                else ""
            )
            if got[i] == 0 and z[i] > 0:  # round 88: a finite difference of sigma is 0 there too
                zero = (
                    f" (0: a guard that sets it to 0 beyond some |{arg}|? Or a difference of two nearby values of the "
                    "function, which round to the same number this close to 1: a finite-difference estimate, which "
                    "gradients must not be?)"
                )
            raise AssertionError(
                f"{what} at {arg} = {z[i]:g} is {got[i]:.3g}, below the true {symbol[kind]} = "
                f"{truth[kind][i]:.3g}{zero}: this close a correct formula keeps it "
                + ("to 1 %" if got[i] != 0 else "above 0")
                + "; it is small far from 0, never 0, and needs no guard."
            )
        if not above.any():
            continue
        i = np.unravel_index(int(np.argmax(np.where(above, -z, -np.inf))), z.shape)  # the farthest out
        values = got[above]
        level = float(values[0])
        if np.all(values == level) and level > 0 and float(np.log10(level)).is_integer():
            cause = (
                f"It is {level:g} at every {arg} this far out: a floor (np.maximum(..., {level:g}))? {symbol[kind]} is "
                "small far from 0, never 0, and needs no floor"
            )
        elif np.all(values == level):
            closest = float(np.min(np.abs(z[above])))
            cause = (
                f"It is {level:.3g} at every {arg} this far out, the value at some {arg} closer to 0: "
                f"{clip_question(closest, arg)} "
                f"A clip that only keeps np.exp from overflowing (np.clip({arg}, -700, 700)) is harmless"
            )
        else:
            cause = f"A clip of {arg} (np.clip({arg}, -c, c)) or a floor (np.maximum(..., eps)) gives that"
        raise AssertionError(
            f"{what} at {arg} = {z[i]:g} is {got[i]:.3g}, above the true {symbol[kind]} = {truth[kind][i]:.3g}: far "
            f"from 0 a correct formula may lose digits or round to 0, never give more. {cause}."
        )


def check_finite_far_out(
    name: str,
    fn: Callable[..., Any],
    args: Sequence[Any],
    *,
    far: int = 0,
    arg: str = "z",
    outputs: Sequence[str] = (),
    hint: str = OVERFLOW_RULE,
    expected: Callable[..., Any] | None = None,
) -> Any:
    """Call ``fn(*args)``, where ``args[far]`` (named ``arg``) holds inputs far from 0 (:func:`far_out_inputs`), and
    fail unless every number it returns is finite: the course's element-wise functions work for every input, as
    numpy's do (round 38: exp(z) / (1 + exp(z)) and (e^x - e^-x) / (e^x + e^-x) are nan beyond |z| = 709, and kept
    full marks where no input was beyond 30). Checked: finiteness, that the arrays it was given are unchanged after
    the call (round 44: a clip in place only beyond |z| = 30), and, with ``expected``, the values.

    ``outputs``: the names of the items of a tuple result (``("f", "df")``); a single array when empty. Raises
    ``AssertionError`` naming the output, the input entry where it is nan or inf, and ``hint``. ``expected``: a
    reference of ``fn`` (called on copies of ``args``, quietly): the finite results must also be its values (round 49:
    an overflow fallback, ``except FloatingPointError``, that returned another formula for the whole array kept the
    points, since far out every entry it returned was right). Returns the result.
    """
    z = np.asarray(args[far], dtype=float)
    far_entries = np.abs(z[np.abs(z) > 100])  # the far-out entries (the others are normal draws)
    span = f"|{arg}| from {far_entries.min():g} to {far_entries.max():g}" if far_entries.size else f"|{arg}| large"
    before = [np.array(a, copy=True) if isinstance(a, np.ndarray) else None for a in args]
    try:
        # np.exp's overflow warnings, where 1 / (1 + np.exp(-z)) is right: quiet in plain nbgrader and validate,
        # which score a test cell with stderr output 0 (when graded, the kernel's own output is discarded anyway)
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(*args)
            copies = (a if b is None else b.copy() for a, b in zip(args, before, strict=True))
            right = None if expected is None else expected(*copies)
    except OverflowError:
        raise AssertionError(
            f"{name} raised OverflowError for {arg} with entries far from 0 ({span}): math.exp (and "
            "a float's **) raise it beyond exp(709), where np.exp gives inf with a warning. The function must give "
            "finite numbers for every input: use np.exp, in a form where inf gives the right value (1 / (1 + "
            "np.exp(-z)) is 1 / inf = 0 where exp(-z) overflows)."
        ) from None
    # round 44: np.clip(z, -30, 30, out=z) wrote into the caller's z only where |z| > 30, and kept the points
    pairs = enumerate(zip(args, before, strict=True))
    changed = [i for i, (a, old) in pairs if old is not None and not _same_data(a, old)]
    if changed:
        which = f"`{arg}`" if far in changed else f"its argument number {changed[0] + 1}"
        raise AssertionError(
            f"{name} changed {which} in place when given {arg} with entries far from 0 ({span}): "
            "the caller's array is different after the call (np.clip(..., out=...), z[...] = ..., z *= ... on the "
            "array it was given?). A function leaves its arguments as they were: compute on a copy or into a new "
            "array."
        )
    parts = list(result) if outputs and isinstance(result, (list, tuple)) else [result]
    rights = [None] * len(parts) if right is None else list(right) if outputs else [right]
    for label, part, value in zip(outputs or ("the result",), parts, rights, strict=False):
        what = f"{label} of {name}" if outputs else name
        arr = as_array(what, part).astype(np.float64)
        bad = ~np.isfinite(arr)
        if not bad.any():
            if value is not None:
                _far_out_values(what, part, value, arg, span)
            continue
        kind = "nan" if np.isnan(arr[bad]).all() else "inf" if np.isinf(arr[bad]).all() else "nan or inf"
        where = ""
        if arr.shape == z.shape:
            values = np.unique(z[bad])
            where = f" at {arg} = " + ", ".join(f"{v:g}" for v in values[:4]) + (", ..." if values.size > 4 else "")
        raise AssertionError(
            f"{what} for {arg} with entries far from 0 ({span}) is {kind}{where}: the function must "
            f"give finite numbers for every input. {hint}."
        )
    return result


def _far_out_values(what: str, got: Any, expected: Any, arg: str, span: str) -> None:
    """:func:`check_finite_far_out`'s comparison with the reference's values (finite ones)."""
    float16 = gradcheck.holds_float16(got)
    fallback = (  # round 118: a fallback giving exact 0s and 1s was told first "rounded to whole numbers" (rated 3)
        "Where np.exp overflows for some entries, the others must still get their own values: does a fallback for "
        "the overflow (an except clause, a branch on np.isinf or on the largest entry) compute something else than "
        "the formula, for the whole array, or is z clipped to some [-c, c] first? Write one formula that is finite "
        "for every entry (1 / (1 + np.exp(-z)) is 1 / inf = 0 where exp(-z) overflows)."
    )
    # float32 rounding of the operands, for a float64 result of float32 arithmetic (a float32 sigmoid times a float64
    # da): an entry far smaller than the largest is off by more than float32's rtol of itself (a CI run of session 49:
    # a db entry of 1.5e-5 off by 4.6e-4 of itself, 7e-9); a fallback is off by far more
    scale = float(np.max(np.abs(np.asarray(expected, dtype=np.float64)), initial=0.0))
    atol = gradcheck.FLOAT32_ROUNDING * scale if gradcheck.seen_computing_in_float32() else 0.0
    try:  # float32 tolerance: a float32 sigmoid in a float64 result is accepted; a fallback is off by far more
        assert_close(what, got, expected, rtol=rtol_for(np.float32(0)), atol=atol, hint="" if float16 else fallback)
    except AssertionError as e:
        if float16:  # round 89: told "a fallback for the overflow"; round 94: cast back
            raise AssertionError(
                f"{what} returns float16 numbers (computed in float16 somewhere, even if converted back), which keep "
                "about 3 significant digits (1e-3 relative): "
                f"{str(e).rstrip('.')}. Compute and return float64 (or float32, which the course accepts)."
            ) from None
        raise AssertionError(
            f"{what} for {arg} with entries far from 0 ({span}) and others near 0 is finite but wrong: {e}"
        ) from None


def references(**objects: Any) -> None:
    """Until the end of this test cell, the notebook's names ``objects`` refer to these objects.

    Call it at the top of a test cell (in a hidden part) with the reference implementations of the
    functions and classes the cell does *not* grade: the student's code under test then uses
    them, e.g. the student's ``MLP`` builds reference ``Tanh`` layers. When graded, the objects stay in
    the tester and the notebook gets stand-ins that call them; elsewhere (plain nbgrader, a
    script) the names are rebound in the notebook's namespace and put back after the cell.

    A reference function called with a float32 array among its arguments returns its arrays in
    float32, so a student's float32 code that calls it stays in float32 (and is compared at float32
    precision) instead of being promoted to float64 by the test's own float64 data.
    """
    objects = {name: _following_precision(obj) for name, obj in objects.items()}
    if _runtime is not None:
        for name, obj in objects.items():
            _runtime.bind(name, obj)
        return
    namespace = sys._getframe(1).f_globals
    for name, obj in objects.items():
        _pending.extend(rebind(namespace, name, obj))
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        shell = None
    if shell is None:
        return

    def restore(*_: Any) -> None:
        for put_back in reversed(_pending):
            put_back()
        _pending.clear()
        shell.events.unregister("post_run_cell", restore)

    if not any(getattr(cb, "__name__", "") == "restore" for cb in shell.events.callbacks["post_run_cell"]):
        shell.events.register("post_run_cell", restore)


def missing_attribute() -> str:
    """When graded, "the instructor's X has no attribute 'a'" if the notebook's code asked an object the tests lent
    it (:func:`references`) for an attribute it lacks during this test cell; "" otherwise."""
    return _runtime.missing_attribute() if _runtime is not None else ""


def unanswered(cell: str) -> bool:
    """Whether the answer cell ``cell`` (its grade_id) still holds the release's stub ``raise NotImplementedError()``:
    known when graded (read from the submitted source); False in the student's own kernel, where it is not known."""
    return _runtime.unanswered(cell) if _runtime is not None else False


def cell_error(cell: str) -> str:
    """When graded, the type of the error the notebook's cell ``cell`` (its grade_id) ended with when it ran (a name
    the student's code writes or a builtin one, else ``Exception``); "" if it ran without one, or in the student's own
    kernel (not known there)."""
    return _runtime.cell_error(cell) if _runtime is not None else ""


def shown_name(name: str) -> str:
    """``name`` (a type or attribute named by an error of the student's code) as a message may show it: when graded,
    only a name written in the student's own cells or one of Python's and numpy's (the code could have made it from a
    hidden check's data), else ``"<made at run time>"``; in the student's own kernel, ``name`` itself."""
    return _runtime.shown_name(name) if _runtime is not None else name


def an_object(name: str) -> str:
    """``"a Liar object"``, ``"an Anything object"``: a type's name with its article, for messages."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name} object"


def own_raise(e: BaseException) -> str:
    """When the student's own ``raise`` or ``assert`` may have raised ``e`` (not numpy): a sentence quoting that line
    and asking whether it refuses arguments the task allows; "" otherwise.

    When graded, the tester answers from the student's source (the exception's traceback and message stay in the
    kernel: a ``raise`` line of the notebook's cells for that type); in the student's own kernel, from the line that
    raised it, with its message.
    """
    if _runtime is not None:
        name = getattr(e, "type_name", type(e).__name__)
        return _runtime.own_raise(name, getattr(e, "where", ""), getattr(e, "call", ""))
    tb, last = e.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    if last is None or not _notebook_cell(last.tb_frame.f_code.co_filename):
        return ""
    line = linecache.getline(last.tb_frame.f_code.co_filename, last.tb_lineno).strip()
    if not line.startswith(("raise", "assert")):
        return ""
    return (
        f"your own code raises {type(e).__name__} (`{line[:160]}`, saying: {str(e)[:300]}): does it refuse "
        "arguments the task allows (another shape, a batch of one, a single output, a value outside the range you "
        "expected)?"
    )


# Python's and numpy's words for some errors, and what they mean. Only the meaning reaches a message when graded:
# the words hold numbers the student's code computed (an array's size), which could carry a hidden check's data.
ERROR_WORDS = (
    (
        re.compile(r"cannot reshape array of size \d+ into shape"),
        "a reshape to a shape that does not fit the array: is a size written into the code (one of the visible "
        "check's sizes, or of the notebook's own data)? Take sizes from the arguments' .shape (-1 for the rest)",
    ),
    (
        re.compile(r"axis -?\d+ is out of bounds for array of dimension"),
        "a sum, mean or index over an axis the array does not have: did a squeeze(), an index [0] or a 1-D array "
        "drop an axis (of length 1 for a batch of one sample or a layer of one unit)? Keep the arrays 2-D",
    ),
    (
        re.compile(r"return arrays must be of ArrayType"),
        "an out= argument that is not an array: numpy's out= writes into an array, and arithmetic on a 0-d array "
        "or a numpy number gives a number, not an array. Write the result as a new value (u = alpha * u - lr * g)",
    ),
    (  # round 40 and 53: softmax on a copy of an integer input, np.exp(e, out=e), showed numpy's words alone
        re.compile(r"Cannot cast ufunc '\w+' output from dtype\('(float|complex)\d*'\) to dtype\('u?int\d*'\)"),
        "a float result stored into an array of integers, as an in-place operation (e -= ..., np.exp(e, out=e)) on a "
        "copy of an integer input does: np.array(z) and z.copy() keep an integer dtype; np.array(z, dtype=float) or "
        "z.astype(float) makes a float one",
    ),
    (  # round 63: the builtin max of a batch, told "a shape mismatch? ... a transpose, an axis or a cache"
        re.compile(r"truth value of an array with more than one element is ambiguous"),
        "an array used where Python wants one True or False: an if, while, and/or, or a Python builtin (max, min, "
        "sorted) comparing whole arrays (max(z) of a 2-D z compares its rows). Use numpy's own: np.max(z, axis=...), "
        "np.maximum, np.where",
    ),
    (  # round 79: np.array([dW, db]) of arrays of two shapes, told as a formula's shapes or a cache
        re.compile(r"setting an array element with a sequence|inhomogeneous (shape|part)"),
        "np.array of a list whose items have different shapes, or mix arrays and numbers (np.array([dW, db]), a "
        "tuple returned where one array belongs and then made an array): numpy cannot make one array of them. "
        "Return several arrays as a tuple (dW, db), and an array of numbers where one array belongs",
    ),
    (
        re.compile(r"einstein sum|einsum|with remapped shapes"),  # the last: np.einsum's lengths that differ
        "np.einsum's subscripts do not fit its operands: one letter for each axis of each array, a letter shared "
        "by two arrays must name axes of one length, and the letters after -> name the result's axes",
    ),
)


def error_story(e: BaseException) -> str:
    """What Python's or numpy's own words in the student's exception ``e`` mean, when they are of a known kind
    (:data:`ERROR_WORDS`: a reshape that does not fit, an axis out of bounds, out= given a number, a float result
    cast into an integer array, an array's truth value, np.einsum's subscripts), never the words; "" otherwise. When
    graded, ``e`` is the tester's copy, whose ``message`` holds the words (its ``str()`` does not)."""
    words = getattr(e, "message", None) if hasattr(e, "type_name") else str(e)
    if not isinstance(words, str):
        return ""
    return next((meaning for pattern, meaning in ERROR_WORDS if pattern.search(words)), "")


def error_detail(e: BaseException) -> str:
    """What a failure message may add to the type of the student's exception ``e``, led by a space, or "".

    In the student's own kernel: its own words (``' ("cannot reshape ...")'``). When graded, the words stay in the
    kernel; the arguments of the call that raised it as the tester sent them (``' (called with an array of shape
    (2,))'``), and what the words mean when :func:`error_story` knows.
    """
    story = error_story(e)
    call = getattr(e, "call", "") if _runtime is not None else ""
    told = f" (called with {call})" if call else error_words(e)
    return f"{told}: {story}" if story else told


def shortened(text: str, limit: int = 700) -> str:
    """``text``, or its sentences that fit in ``limit`` characters and " ..." (round 53: a cut at 300 characters ended
    quoted messages mid-word, before their hint): for a failure message that quotes another."""
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return (text[: cut + 1] if cut > 0 else text[:limit]) + " ..."


def error_words(e: BaseException) -> str:
    """The student's exception's own words as a message may quote them, ``' ("...")'``: in the student's own
    kernel only (when graded they stay in the kernel, and this is "")."""
    words = str(e).strip() if _runtime is None else ""
    return f' ("{words[:300]}")' if words else ""


def _notebook_cell(filename: str) -> bool:
    """Whether ``filename`` is the code of a notebook cell (IPython's names for them)."""
    return filename.startswith("<ipython-input-") or "/ipykernel_" in filename


def lent_attribute_story(e: BaseException) -> str:
    """When graded and ``e`` is the AttributeError of an object the tests lent the notebook, asked for an attribute it
    lacks (a method only the student's own class has): "the instructor's X has no attribute 'a'; " and the rule
    (:data:`LENT_CODE_RULE`). "" otherwise."""
    missing = missing_attribute()
    if missing and getattr(e, "type_name", type(e).__name__) == "AttributeError":
        return f"{missing}; {LENT_CODE_RULE}"
    return ""


LENT_CODE = (
    "when graded, the test gives your code the instructor's code in place of your other functions and classes, "
    "which has only what the tasks ask of it"
)
LENT_CODE_RULE = f"{LENT_CODE}: keep anything extra in your own variables."


def same_object(value: Any, passed_to: Any) -> Any:
    """``value`` as one object that the notebook's code gets as the same object at every call it is passed to (``is``,
    ``id()``), as the notebook's own variable would be: a cache keyed on an argument's identity sees it again.

    ``passed_to``: the function or object the value is for. When graded and that is the notebook's, a handle to a
    copy made in the student's kernel, to pass to the notebook's code only (the tests keep ``value`` for their own
    computations); otherwise (a reference the tests lent, or plain nbgrader) ``value`` itself. Every other argument
    crosses to the kernel as a new copy at each call, so without this an identity-keyed cache is never hit.
    """
    return _runtime.kept(value, passed_to) if _runtime is not None else value


class SameObjects:
    """The notebook's function ``fn``, called with its arguments held as the same objects from one pass of a check to
    the next (:func:`same_object`), their values changed in place in between, as a training step changes a
    network's arrays in place.

    In the first pass (:meth:`next_pass` not yet called) each call keeps its array arguments (and lists and tuples
    of them) as objects of their own; in the next pass the k-th call writes its arguments' values into the k-th
    call's objects, in place, and passes those. A call whose arguments do not match the kept ones in kind and shape
    passes its own. Numbers and other values cross as they are. The check's own copies of the arguments are never
    passed, so in-place changes the function makes are not seen by the check in these calls.
    """

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self._kept: list[list[tuple[Any, Any]]] = []  # per call: (what was passed, the values' tree) per argument
        self._pass = 0
        self._call = 0
        self.on_same_objects: list[tuple[Any, Any, Any]] = []  # the last pass's calls on kept objects, with results
        self._first: list[tuple[Any, Any]] = []  # the first pass's calls: (arguments, result), copies
        # a later pass's call on kept objects returned exactly the first pass's result for other values (round 93:
        # nll_gradient cached on id(x); made again on new copies it was hit too, a freed array's id reused)
        self.repeated = False

    def next_pass(self) -> None:
        """Start the next pass: from now on, calls reuse the first pass's objects."""
        self._pass += 1
        self._call = 0
        self.on_same_objects.clear()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._pass == 0:
            kept = [_keep_tree(a, self.fn) for a in args]
            self._kept.append(kept)
            result = self.fn(*[k[0] for k in kept], **kwargs)
            self._first.append((_copy_data(args), _copy_data(result)))
            return result
        k, self._call = self._call, self._call + 1
        kept = self._kept[k] if k < len(self._kept) else None
        if (
            kept is None
            or len(kept) != len(args)
            or not all(_fits(tree, a) for (_, tree), a in zip(kept, args, strict=True))
        ):
            return self.fn(*args, **kwargs)
        for (_, tree), a in zip(kept, args, strict=True):
            if tree is not None:
                _overwrite(tree, a)
        result = self.fn(*[k[0] for k in kept], **kwargs)
        self.on_same_objects.append((_copy_data(args), _copy_data(kwargs), _copy_data(result)))
        if (
            result is not None  # a function that returns nothing returns the same nothing every time
            and not _same_data(_copy_data(args), self._first[k][0])
            and _same_data(_copy_data(result), self._first[k][1])
        ):
            self.repeated = True
        return result

    def differs_on_new_objects(self) -> bool:
        """Whether a call of the last pass made on the kept objects gives another result when made again with new
        copies of the same values: the objects' identity, not their values, changed what the function did."""
        for args, kwargs, result in self.on_same_objects:
            try:
                again = self.fn(*_copy_data(args), **_copy_data(kwargs))
            except Exception:  # noqa: BLE001  (it fails on new objects too: not the identity's doing)
                continue
            if not _same_data(_copy_data(again), result):
                return True
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fn, name)


def _keep_tree(value: Any, passed_to: Any) -> tuple[Any, Any]:
    """(what to pass, a tree of what was kept): arrays as :func:`same_object` copies; a list or tuple holding arrays
    (and numbers: a list of parameters [W, b, v, c]) as one such object holding them; anything else as it is (tree
    None)."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "biuf":
        kept = same_object(value.copy(), passed_to)
        return kept, ("array", kept, value.shape)
    numbers = (int, float, np.number)
    if (
        isinstance(value, (list, tuple))
        and any(isinstance(v, np.ndarray) for v in value)
        and all(isinstance(v, (np.ndarray, *numbers)) and not isinstance(v, bool) for v in value)
    ):
        parts = [_keep_tree(v, passed_to) for v in value]
        whole = same_object(type(value)(p[0] for p in parts), passed_to)
        return whole, ("sequence", [p[1] for p in parts], (whole, list(value)))
    return value, None


def _fits(tree: Any, value: Any) -> bool:
    """Whether ``value`` can be written into the kept objects of ``tree`` (same kinds and shapes; a tuple's numbers
    the same, as a tuple cannot change)."""
    if tree is None:
        return not isinstance(value, np.ndarray)
    kind, held, about = tree
    if kind == "array":
        return isinstance(value, np.ndarray) and value.shape == about and value.dtype.kind in "biuf"
    whole, before = about
    return (
        isinstance(value, type(before))
        and len(value) == len(before)
        and all(
            _fits(t, v) if t is not None else (isinstance(v, type(b)) and (isinstance(before, list) or v == b))
            for t, v, b in zip(held, value, before, strict=True)
        )
    )


def _overwrite(tree: Any, value: Any) -> None:
    """Write ``value`` into the kept objects of ``tree``, in place (in the student's kernel when graded)."""
    kind, held, about = tree
    if kind == "sequence":
        whole, before = about
        for i, (t, v) in enumerate(zip(held, value, strict=True)):
            if t is not None:
                _overwrite(t, v)
            elif isinstance(whole, list):
                whole[i] = v
            elif isinstance(before, list):  # the list in the kernel: its item replaced, as params[3] = c - lr * dc
                whole.pop(i)
                whole.insert(i, v)
    elif isinstance(held, np.ndarray):
        np.copyto(held, value, casting="unsafe")
    else:  # the copy in the kernel: ndarray.put writes every entry in place
        held.put(np.arange(value.size), np.ravel(value))


def check_sees_in_place_changes(name: str, fn: Callable[..., Any], check: Callable[[Callable[..., Any]], Any]) -> None:
    """``check(f)`` twice, ``f`` the notebook's ``fn`` called through :class:`SameObjects`: the second time, the same
    argument objects as the first, their values changed in place to the second pass's. ``check`` must draw new
    values of the same shapes each time (a generator that moves on). A function that keeps its results, or a
    forward pass, by its arguments' identity (``id(x)``, ``x is self.last_x``) passes the first and fails the
    second: the message says so, when the failing pass's calls give other results on new copies of their arguments
    (otherwise the check's own failure is raised as it is). Raises ``AssertionError``.

    Without this, every call gets new copies of its arguments when graded, and an identity-keyed cache is hit only
    when the kernel happens to reuse a freed array's id (round 86: caches keyed on id() kept their points).
    """
    same = SameObjects(fn)
    check(same)
    same.next_pass()
    try:
        check(same)
    except AssertionError as e:
        advice = (
            f"does {name} keep results, or a forward pass, by its arguments' identity (a cache keyed on id(x), or x "
            "is self.last_x)? The same array can come back holding other values: compute from what it holds at "
            "every call."
        )
        if same.repeated:  # the check's own story was told from calls on other objects (round 93: "right for one
            # output unit at a time", of an answer that only returned its first result again)
            raise keeps_state(
                f"{name}, called again with the same argument objects once their values had changed in place (as a "
                "training step changes arrays in place), returned exactly what it had returned for their earlier "
                f"values: {advice}"
            ) from None
        if not same.differs_on_new_objects():  # the values fail it, whatever the objects (round 86: a clip)
            raise
        found = _finding(e).rstrip()
        found += "" if found.endswith(".") else "."
        raise keeps_state(
            f"{name}, called again with the same argument objects once their values had changed in place (as a "
            f"training step changes arrays in place): {found} On the first call it was right: {advice}"
        ) from None


def check_same_objects_changed(
    name: str,
    fn: Callable[..., Any],
    reference: Callable[..., Any],
    draw: Callable[[], Sequence[Any]],
    results: Sequence[str] = (),
    item: int | None = None,
) -> None:
    """:func:`check_sees_in_place_changes` with a plain check: ``fn(*draw())`` must equal ``reference`` of the same
    arguments (the float policy, :func:`assert_close`; a tuple result item by item, named by ``results``, or only
    its entry ``item`` when given: the one a test cell grades).
    ``draw()`` gives new values of the same shapes at each call (numbers and functions may stay the same). Put it
    after a function's own checks: it is there for a result kept by the arguments' identity (a cache keyed on id(x)),
    which every other check misses, each call getting new arrays (round 93: the kernel holds the tests' arguments,
    so a freed array's id no longer comes back by chance)."""

    def close(what: str, got: Any, expected: Any) -> None:
        if isinstance(expected, (tuple, list)):  # a list of per-layer arrays, as backprop returns
            if not isinstance(got, (tuple, list)) or len(got) != len(expected):
                raise AssertionError(f"{what} is {describe(got)}, not {len(expected)} items")
            for k, (g, e) in enumerate(zip(got, expected, strict=True)):
                close(f"{what}[{k}]", g, e)
        else:  # loose: a kept result is off by far more, and float32 inside a float64 result is accepted
            assert_close(what, got, expected, rtol=1e-3)

    def check(f: Callable[..., Any]) -> None:
        args = list(draw())
        expected = reference(*[copy.deepcopy(a) for a in args])
        got = f(*[copy.deepcopy(a) for a in args])
        if isinstance(expected, (tuple, list)) and results:
            if not isinstance(got, (tuple, list)) or len(got) != len(expected):
                raise AssertionError(f"{name} returned {describe(got)}, not {len(expected)} results")
            for k, (g, e) in enumerate(zip(got, expected, strict=True)):
                if item is None or k == item:
                    close(f"{results[k] if k < len(results) else f'item {k}'} of {name}", g, e)
        else:
            close(name, got, expected)

    check_sees_in_place_changes(name, fn, check)


def graded() -> bool:
    """Whether this code runs in the grader's tester (hidden parts run, the notebook's functions are proxies)."""
    return _runtime is not None


def defer_calls(cls: type, *methods: str) -> bool:
    """When graded, let the notebook's code run calls of ``methods`` of instances of ``cls`` (a class lent with
    :func:`references` in this test cell) in batches: once such a call returned None, equal calls that follow
    (same arguments, nothing else sent to the tests in between) return None at once and are run by the tests later,
    in order, before anything else reaches them from the notebook
    (:class:`~backprop_course.bridge.agent.DeferredMethod`).

    For a method that returns None, changes only its own object (never its arguments) and calls nothing of the
    notebook, such as a reference network's training step: ``train_mlp``'s 1,000 calls of ``net.train`` make about
    ten exchanges instead of a thousand, and the network is the same whenever anything looks at it. Returns
    whether calls may be held back (False outside the grader, where the reference runs in the notebook's process).
    """
    if _runtime is None:
        return False
    _runtime.defer(cls, list(methods))
    return True


def is_reference(obj: Any) -> bool:
    """Whether ``obj`` is, when graded, one of the reference implementations the tests lent (:func:`references`),
    as the tests get it back from the notebook: then a check of it, run first to name a bug in it before the check
    that uses it (``fix SigmoidMLP.train first``), can only pass, and is skipped. False outside the grader."""
    return _runtime is not None and _runtime.is_lent(obj)


def lend_known_results(
    name: str, reference: Callable[..., Any], rest: Sequence[Any], pairs: Sequence[tuple[Any, Any]]
) -> bool:
    """When graded, the notebook's ``name``, lent with :func:`references` in this test cell (``reference`` is what
    the cell's ``name`` is then), also answers the calls ``reference(first, *rest)`` for each ``(first, result)``
    of ``pairs`` in the kernel, without a request to the tester; any other call goes to the tester as before.

    For a training loop of the notebook that calls a reference at every step: ``pairs`` are the reference's own
    results along the run a correct answer takes (computed by calling ``reference``), so a correct loop gets the
    same numbers with no round trip per step, and any other loop gets them from the tester. Returns whether they
    were lent (False outside the grader, where the reference already runs in the notebook's own process).
    """
    if _runtime is None:
        return False
    _runtime.bind_known(name, reference, list(rest), list(pairs))
    return True


def lent(name: str) -> Any:
    """When graded, the object this test cell last lent the notebook under ``name`` (:func:`references`, with its
    wrappers: follow ``__wrapped__`` to the reference given); None outside the grader or if no such name was lent."""
    return _runtime.lent(name) if _runtime is not None else None


def rebind(namespace: dict[str, Any], name: str, value: Any) -> list[Callable[[], None]]:
    """Make the notebook's ``name`` refer to ``value``; returns what puts things back (to call in reverse order).

    When ``name`` held a class or function of the notebook, its other handles follow, so that a test grades only
    the functions its task names: other global names bound to it (``Activation = Tanh``), ``functools.partial``
    objects of it, the entries of global dicts and lists that hold it (``STEPS = {"forward": forward_step}``), class
    attributes of the notebook's classes that hold it (``act = Tanh``, ``grads = staticmethod(linear_backward)``),
    and default values of the notebook's functions and methods (``def __init__(self, activation=Tanh)``).
    """
    old = namespace.get(name, _MISSING)
    undo: list[Callable[[], None]] = [lambda: _put(namespace, name, old)]
    namespace[name] = value
    own = isinstance(old, (type, FunctionType)) and getattr(old, "__module__", None) == namespace.get("__name__")
    if not own:
        return undo
    for other, held in list(namespace.items()):
        if other.startswith("__"):
            continue
        if held is old and other != name:
            undo.append(lambda other=other, held=held: _put(namespace, other, held))
            namespace[other] = value
        elif type(held) is functools.partial and any(p is old for p in _partial_parts(held)):
            # _step = partial(backward_step, ...), or partial(_chain, sigmoid_backward, dense_backward)
            def swap(p: Any) -> Any:
                return value if p is old else p

            undo.append(lambda other=other, held=held: _put(namespace, other, held))
            namespace[other] = functools.partial(
                swap(held.func), *map(swap, held.args), **{k: swap(v) for k, v in held.keywords.items()}
            )
        elif type(held) is dict and any(v is old for v in list(held.values())):  # a registry {"step": forward_step}
            keys = [k for k, v in list(held.items()) if v is old]
            undo.append(lambda held=held, keys=keys: held.update(dict.fromkeys(keys, old)))
            held.update(dict.fromkeys(keys, value))
        elif type(held) is list and any(v is old for v in held):  # a pipeline [apply_net, backprop, ...]
            places = [i for i, v in enumerate(held) if v is old]
            undo.append(lambda held=held, places=places: [held.__setitem__(i, old) for i in places])
            for i in places:
                held[i] = value
    for cls in _notebook_classes(namespace):  # class Dense: grads = staticmethod(linear_backward); act = Tanh
        for attr, held in list(vars(cls).items()):
            if held is old:
                replacement: Any = value
            elif type(held) is staticmethod and held.__func__ is old:
                replacement = staticmethod(value)
            else:
                continue
            undo.append(lambda cls=cls, attr=attr, held=held: setattr(cls, attr, held))
            setattr(cls, attr, replacement)
    for fn in _notebook_functions(namespace):
        defaults, kwdefaults = fn.__defaults__, fn.__kwdefaults__
        if defaults and any(d is old for d in defaults):
            undo.append(lambda fn=fn, defaults=defaults: setattr(fn, "__defaults__", defaults))
            fn.__defaults__ = tuple(value if d is old else d for d in defaults)
        if kwdefaults and any(d is old for d in kwdefaults.values()):
            undo.append(lambda fn=fn, kwdefaults=kwdefaults: setattr(fn, "__kwdefaults__", kwdefaults))
            fn.__kwdefaults__ = {k: value if d is old else d for k, d in kwdefaults.items()}
    return undo


def _partial_parts(p: functools.partial) -> list[Any]:
    return [p.func, *p.args, *p.keywords.values()]


def _put(namespace: dict[str, Any], name: str, value: Any) -> None:
    if value is _MISSING:
        namespace.pop(name, None)
    else:
        namespace[name] = value


def _notebook_classes(namespace: dict[str, Any]) -> list[type]:
    """The classes of the notebook's namespace (defined in the notebook)."""
    module = namespace.get("__name__")
    return [v for v in list(namespace.values()) if isinstance(v, type) and getattr(v, "__module__", None) == module]


def _notebook_functions(namespace: dict[str, Any]) -> list[FunctionType]:
    """The functions of the notebook's namespace and the methods of its classes (defined in the notebook)."""
    module = namespace.get("__name__")
    found: list[FunctionType] = []
    for value in list(namespace.values()):
        if getattr(value, "__module__", None) != module:
            continue
        if isinstance(value, FunctionType):
            found.append(value)
        elif isinstance(value, type):
            for member in list(vars(value).values()):
                member = getattr(member, "__func__", member)  # staticmethod, classmethod
                if isinstance(member, FunctionType):
                    found.append(member)
    return found


def _following_precision(obj: Any) -> Any:
    """``obj``, or for a plain function, one whose results are float32 when an argument is float32."""
    if isinstance(obj, type) or not callable(obj):
        return obj

    def call(*args: Any, **kwargs: Any) -> Any:
        out = obj(*args, **kwargs)
        return _to_float32(out) if _has_float32([*args, *kwargs.values()]) else out

    call.__name__ = call.__qualname__ = getattr(obj, "__name__", "reference")
    call.__doc__ = getattr(obj, "__doc__", None)
    call.__wrapped__ = obj  # type: ignore[attr-defined]  # inspect.signature(call) gives obj's parameters
    return call


def _has_float32(values: list[Any], depth: int = 3) -> bool:
    for v in values:
        if isinstance(v, (np.ndarray, np.floating)) and v.dtype == np.float32:
            return True
        if depth and isinstance(v, (list, tuple)) and _has_float32(list(v), depth - 1):
            return True
    return False


def _to_float32(value: Any, depth: int = 3) -> Any:
    if isinstance(value, (np.ndarray, np.floating)) and value.dtype == np.float64:
        return value.astype(np.float32)
    if depth and isinstance(value, (list, tuple)):
        items = [_to_float32(v, depth - 1) for v in value]
        return items if isinstance(value, list) else tuple(items)
    return value


def describe(value: Any) -> str:
    """A short description of a value for a failure message: type, shape, dtype; never its text."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    if isinstance(value, (bool, np.bool_)):
        return f"the boolean {bool(value)}"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return f"the number {float(value):.6g}"
    if value is None:
        return "None"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of length {len(value)}"
    if isinstance(value, str):
        return f"a string of {len(value)} characters"
    describe_self = getattr(type(value), "__describe__", None)  # an object of the notebook, held by the tests
    return describe_self(value) if describe_self is not None else f"a {type(value).__name__}"


def as_array(what: str, value: Any, shape: tuple[int, ...] | None = None) -> np.ndarray:
    """``value`` as a numeric numpy array (lists and numbers accepted), with ``shape`` if given.

    Raises ``AssertionError`` naming ``what`` when it is not numeric or has another shape.
    """
    if value is None:
        raise AssertionError(f"{what} is None: did the function return its result?")
    try:
        arr = np.asarray(value)
    except Exception as e:  # noqa: BLE001  (whatever the value raises when converted)
        raise AssertionError(f"{what} is {describe(value)}, not an array of numbers ({e})") from None
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == np.bool_):
        raise AssertionError(f"{what} is {describe(value)}, not an array of numbers")
    if shape is not None and arr.shape != tuple(shape):
        raise AssertionError(f"{what} has shape {arr.shape}, expected {tuple(shape)}{shape_slip(arr.shape, shape)}")
    return arr


def shape_slip(got: tuple[int, ...], expected: tuple[int, ...]) -> str:
    """What usually turns an array of shape ``expected`` into one of shape ``got`` (a parenthesised hint), or ""."""
    got, expected = tuple(got), tuple(expected)
    if len(got) == 2 and got == expected[::-1]:
        return " (transposed?)"
    kept = tuple(n for n in expected if n != 1)
    if len(expected) == 2 and len(kept) == 1 and got == kept:
        return (
            f" (the same {kept[0]} entries in 1-D: a squeeze(), ravel(), flatten() or [:, 0] dropped an axis, or a 1-D "
            "array entered the computation)"
        )
    if got == () and expected and max(expected) == 1:  # round 69: np.squeeze(z) of a (1,) array, told only the shape
        return (
            " (one number where an array of one entry belongs: a squeeze(), [0] or .item() dropped the axis; keep "
            "the argument's shape)"
        )
    if len(expected) == 1 and len(got) == 2 and 1 in got and tuple(n for n in got if n != 1) == expected:
        return " (a 2-D array where a 1-D one belongs: keepdims=True, or a reshape to a column or a row?)"
    reduced = {expected[:i] + expected[i + 1 :] for i in range(len(expected)) if expected[i] > 1}
    if expected and (got in reduced or (got == () and max(expected) > 1)):
        return (
            " (an axis is gone: a sum, mean or max over an axis that should stay (the wrong axis?), np.dot of 1-D "
            "arrays (a sum of products) where the entry-by-entry * belongs, or np.max(z, 0) where the entry-by-entry "
            "np.maximum(z, 0) is meant?)"
        )
    n = got[0] if len(got) == 2 and got[0] == got[1] > 1 else None
    if n is not None and expected in ((n,), (n, 1), (1, n)):
        return (
            " (a square matrix where a vector belongs: a 1-D array and a column, (n,) and (n, 1), combined by +, - "
            "or * broadcast to (n, n))"
        )
    if len(got) == len(expected) >= 2 and int(np.prod(got)) == int(np.prod(expected)):
        return (  # round 50: z2.reshape(2, -1), the visible network's two outputs, gave (2, 12) for (4, 6)
            " (the right number of entries in another shape: a reshape to a size written into the code, such as one "
            "of the visible check's? Take sizes from the arguments' shapes)"
        )
    return ""


def how_changed(before: Any, after: Any, name: str = "x", returned: Any = None) -> str:
    """How an argument a function changed in place differs from the copy taken before the call, as " (...)" for a
    message, or "" when no simple story fits. Round 74: "changed its argument dz in place" did not say how.

    ``before``: the copy (an array, or a list of arrays); ``after``: the caller's object after the call; ``name``:
    the argument's name, for the examples; ``returned``: what the function returned (an argument that now holds a
    returned array's values was that array: ``t = x`` names the same array, and ``t -= ...`` changes the caller's).
    """
    story = _change_story(before, after, name, returned)
    return f" ({story})" if story else ""


def _change_story(before: Any, after: Any, name: str, returned: Any) -> str:
    if isinstance(before, (list, tuple)) and isinstance(after, (list, tuple)):
        if len(after) != len(before):
            return (
                f"the caller's list had {len(before)} entries and has {len(after)} now: append, pop or del on the "
                "argument itself; build a new list"
            )
        same = [_same_data(a, b) for a, b in zip(after, before, strict=True)]
        if len(before) > 1 and all(_same_data(a, b) for a, b in zip(after, reversed(before), strict=True)):
            return (
                f"its entries are in reverse order now: {name}.reverse() reverses the caller's list; loop over "
                f"reversed({name}) or {name}[::-1], which leave it as it is"
            )
        i = same.index(False) if False in same else None
        inner = "" if i is None else _change_story(before[i], after[i], f"{name}[{i}]", returned)
        return f"{name}[{i}] changed: {inner}" if inner else ""
    try:
        b, a = np.asarray(before), np.asarray(after)
    except (TypeError, ValueError):
        return ""
    if a.shape != b.shape:
        if a.size == b.size and np.array_equal(a.ravel(), b.ravel()):
            return f"its shape {b.shape} became {a.shape}, the same values: an assignment to {name}.shape?"
        return ""
    if b.dtype.kind not in "biuf" or a.dtype.kind not in "biuf" or b.size == 0:
        return ""
    b, a = b.astype(np.float64), a.astype(np.float64)
    if np.array_equal(a, b, equal_nan=True):
        return ""
    changed = ~((a == b) | (np.isnan(a) & np.isnan(b)))
    if np.all(a[changed] == 0) and not changed.all():
        if np.all(b[changed] < 0) and np.all(b[~changed] >= 0):
            return (
                f"its negative entries are 0 now: {name}[{name} < 0] = 0 or np.maximum({name}, 0, out={name}) on the "
                f"argument itself; compute a new array (np.maximum({name}, 0))"
            )
        return (
            f"{int(changed.sum())} of its {a.size} entries are 0 now: an assignment such as {name}[mask] = 0 on the "
            f"argument itself; set them in a copy ({name} = {name}.copy() first), or use np.where"
        )
    for out in _returned_arrays(returned):
        if out.shape == a.shape and np.array_equal(out, a, equal_nan=True):
            return (
                f"{name} holds what the function returned now: the returned array is {name} itself, or a view of it "
                f"sharing its memory ({name}.reshape(...), {name}.ravel(), {name}[...], {name}.T). A numpy "
                f"function's out={name} argument (np.exp({name}, out={name})) writes into it, and so does an in-place "
                f"step on a second name for it (t = {name} or t = {name}.reshape(-1, 1), then t -= ... or t[...] = "
                f"...): compute a new array (np.exp({name}), t = {name} - ...) or start from a copy (t = "
                f"{name}.copy())"
            )
    if changed.all() and np.all(np.isfinite(a)) and np.all(np.isfinite(b)):
        if np.all(b != 0):
            c = a.flat[0] / b.flat[0]
            if c != 1 and np.allclose(a, c * b, rtol=1e-9, atol=0):
                return f"every entry is multiplied by {c:.4g}: an in-place {name} *= ... or {name} /= ..."
        d = a.flat[0] - b.flat[0]
        if np.allclose(a - b, d, rtol=0, atol=1e-12 * max(1.0, float(np.abs(b).max()))):
            return f"the same {d:.4g} is added to every entry: an in-place {name} += ... or {name} -= ..."
        return ""
    if b.ndim == 2 and min(b.shape) > 1:  # one whole row or column: a slice of it was a view
        for axis, (word, index) in enumerate((("row", "{i}, :"), ("column", ":, {i}"))):
            lines = np.unique(np.nonzero(changed)[axis])
            if len(lines) == 1 and np.take(changed, lines[0], axis=axis).all():
                i = int(lines[0])
                where = index.format(i=f"{i}:{i + 1}")
                return (
                    f"only its {word} {i} changed: a slice such as {name}[{where}] is a view of {name}, not a copy, "
                    f"so an in-place step on it (+=, [...] =) writes into the caller's array; take .copy() of the "
                    f"slice, or compute a new array"
                )
    return ""


def _returned_arrays(returned: Any, depth: int = 0) -> list[np.ndarray]:
    """The float or integer arrays in ``returned`` (a tuple or list of them, one level of nesting)."""
    if isinstance(returned, np.ndarray):
        return [returned.astype(np.float64)] if returned.dtype.kind in "biuf" else []
    if isinstance(returned, (list, tuple)) and depth < 2:
        return [r for item in returned for r in _returned_arrays(item, depth + 1)]
    return []


def clipped_at(z: Any, got: Any, expected: Any) -> float | None:
    """The least |z| of the wrong entries of ``got`` (a function of ``z``, against ``expected``, to 1e-7 relative:
    a clip's error near a limit is below float32's tolerance), when they are exactly those with |z| at or above it
    (and it is above 1): what an input clipped to [-c, c] with c below it gives (round 33: a sigmoid clipping z to
    [-10, 10] "against overflow" kept full marks where no checked z was that far out); else None."""
    z = np.abs(np.asarray(z, dtype=float))
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    if got.shape != z.shape:
        return None
    wrong = ~np.isclose(got, expected, rtol=1e-7, atol=1e-15)
    if not wrong.any() or wrong.all():
        return None
    v = float(np.min(z[wrong]))
    return v if v > 1.0 and np.array_equal(wrong, z >= v) else None


def saturated_at(z: Any, got: Any, expected: Any) -> float | None:
    """The least |z| from which a sigmoid's values ``got`` are exactly 1 (z > 0) and 0 (z < 0), when its wrong
    entries (against ``expected``, to 1e-7 relative) are all among those, and it is above 1: a cut-off,
    ``np.where(z > c, 1.0, ...)``; else None. Round 108: a sigmoid set to 1 and 0 beyond |z| = 10 was told only "wrong
    in 6 of 8 entries" (:func:`clipped_at` sees no clip there: at |z| = 18, 1 is within 1e-7 of sigma(z))."""
    z = np.asarray(z, dtype=float)
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    if got.shape != z.shape:
        return None
    wrong = ~np.isclose(got, expected, rtol=1e-7, atol=1e-15)
    if not wrong.any():
        return None
    v = float(np.min(np.abs(z[wrong])))
    far = np.abs(z) >= v
    return v if v > 1.0 and np.all(far[wrong]) and np.array_equal(got[far], (z[far] > 0).astype(float)) else None


def cutoff_story(v: float) -> str:
    """What a message says of a sigmoid that is exactly 1 and 0 from |z| = ``v`` on (:func:`saturated_at`)."""
    return (
        f"exactly 1 (or 0) from |z| = {v:.3g} on, where sigma(z) is not: is it set to 1 and 0 beyond some |z| "
        f"(np.where(z > c, 1.0, ...), a branch) with c below {v:.3g}? sigma(z) far from 0 is close to 1 or 0 but not "
        "equal to it, and 1 / (1 + exp(-z)) needs no cut-off."
    )


def clip_question(v: float, name: str = "z") -> str:
    """ "is z clipped (np.clip(z, -c, c) with c below v)?": what a message asks when the wrong entries are those with
    |z| >= v (:func:`clipped_at`, :func:`clip_regions`)."""
    return f"is {name} clipped (np.clip({name}, -c, c) with c below {v:.3g})?"


# what a message adds about the sigmoid's tails when its values are wrong beyond some |z|
SIGMOID_TAILS = (
    "sigma(z) far from 0 is close to 0 or 1, but not equal to sigma(c); a clip that changes nothing the exponential "
    "can compute (|z| up to 700) is harmless"
)


def clip_regions(z: Any, name: str = "z", why: str = "") -> dict[str, Any]:
    """For :func:`backprop_course.gradcheck.check_gradient`'s ``regions``: {"where |z| >= v": (the mask |z| >= v,
    "is z clipped ...?")} for each |z| above 1 (a clipped input is wrong exactly beyond some v). ``why``: what the
    function is far from 0, said after the question."""
    z = np.abs(np.asarray(z, dtype=float))
    after = f" {why}" if why else ""
    # round 94: a formula switched to an approximation beyond some |z| (np.where) is wrong there too, and was asked
    # only about a clip
    switched = (
        f" Or is the formula switched by the size of {name} (np.where(np.abs({name}) > c, ...), a branch), with the "
        "far branch wrong?"
    )
    return {
        f"where |{name}| >= {v:.3g}": (z >= v, f"{clip_question(v, name)}{switched}{after}")
        for v in sorted({float(v) for v in z.ravel() if v > 1.0}, reverse=True)
    }


def rtol_for(*values: Any) -> float:
    """The relative tolerance the course's float policy gives to these values (the loosest): by dtype, and float32's
    for float64 numbers that are all float32 values (:func:`backprop_course.gradcheck.holds_float32`: computed in
    float32 and converted back, like ``float(np.float32(...))``)."""
    tol = RTOL[np.dtype(np.float64)]
    for v in values:
        dtype = np.asarray(v).dtype
        if dtype in RTOL:
            tol = max(tol, RTOL[dtype])
    if tol < RTOL[np.dtype(np.float32)] and gradcheck.holds_float32(*values):
        tol = RTOL[np.dtype(np.float32)]
    return tol


def assert_close(
    what: str, got: Any, expected: Any, *, rtol: float | None = None, atol: float = 0.0, hint: str = ""
) -> np.ndarray:
    """Assert that ``got`` equals ``expected`` (the tests' own reference value) up to the float policy.

    The tolerance, per entry, is ``rtol`` (default: by dtype, see :func:`rtol_for`) times the larger of
    the entry and a floor: 1e-3 of the largest entry of ``expected`` for float64, the largest entry
    itself for float32 (whose rounding is relative to the numbers it was computed from, not to the
    result: an entry near zero is off by about 1e-7 of the scale). Float32 means the dtype, or float64
    numbers that are all float32 values (:func:`backprop_course.gradcheck.holds_float32`: computed in
    float32 and converted back). ``atol`` is added to it: what float32 rounding of the operands allows when
    the result may be far smaller than they are (a network's output). Returns ``got`` as an array.
    """
    expected = np.asarray(expected, dtype=np.float64)
    arr = as_array(what, got, expected.shape)
    # float32 numbers returned as float64 (computed in float32, converted back) are float32 answers too
    float32 = arr.dtype in (np.float32, np.float16) or gradcheck.holds_float32(arr)
    tol = rtol if rtol is not None else rtol_for(arr, *([np.float32(0)] if float32 else []))
    scale = max(float(np.max(np.abs(expected), initial=0.0)), 1e-12)
    values = arr.astype(np.float64)
    if not np.all(np.isfinite(values)):
        raise AssertionError(f"{what} contains NaN or inf{'. ' + hint if hint else ''}")
    err = np.abs(values - expected)
    floor = scale * (1.0 if float32 else 1e-3)
    bad = err > tol * np.maximum(np.abs(expected), floor) + atol + 1e-300
    if bad.any():
        i = np.unravel_index(int(np.argmax(np.where(bad, err, -1))), err.shape) if err.ndim else ()
        at = f" at index {tuple(int(k) for k in i)}" if err.ndim else ""
        digits = next((d for d in range(8, 18) if f"{values[i]:.{d}g}" != f"{expected[i]:.{d}g}"), 17)
        if not hint and gradcheck.holds_float16(got):
            hint = f"It returns {FLOAT16_HINT}"
        if not hint and gradcheck.rounded_to_whole_numbers(values, expected, tol):
            hint = "E" + gradcheck.WHOLE_NUMBERS.format(what="values")[1:]
        if not hint and values.shape == expected.shape:  # round 75: softmax under a rounding decorator
            rounded = gradcheck.decimals_story(values, expected, tol)
            hint = "E" + rounded[1:] if rounded else ""
        if not hint and values.shape == expected.shape:
            capped = gradcheck.clipped_story(values, expected, bad)
            hint = "I" + capped[1:] if capped else ""
        if err.ndim == 0:
            raise AssertionError(
                f"{what} is wrong (got {values[i]:.{digits}g}, expected {expected[i]:.{digits}g})"
                f"{'. ' + hint if hint else ''}"
            )
        # round 50: a loop from 1 left column 0 (the first sample) at 0, told as "2 of 8 entries at index (1, 0)"
        zeros = (  # unless the hint tells why (whole numbers: 0 is a truncated fraction)
            " The wrong entries are all 0 (never computed?)."
            if not hint and bad.sum() > 1 and np.all(values[bad] == 0)
            else ""
        )
        skipped = _first_slice_zero(values, bad) if not hint else None
        if skipped is not None:  # round 84: a 1-based loop left entry 0 at 0, told "wrong in 1 of 3 entries"
            zeros = (
                f" The wrong entries are 0, and they are {skipped}: never computed by a loop that starts at 1 "
                "(range(1, n))? Python counts from 0."
            )
        raise AssertionError(
            f"{what} is wrong in {gradcheck.located(bad)}.{zeros} The worst{at}: got {values[i]:.{digits}g}, "
            f"expected {expected[i]:.{digits}g}{'. ' + hint if hint else ''}"
        )
    return arr


def _first_slice_zero(values: np.ndarray, bad: np.ndarray) -> str | None:
    """How a message names the first slice of ``values`` ("the first entry", "row 0", "column 0") when the wrong
    entries (``bad``) are all in it and it holds only zeros, along an axis longer than 1; else None."""
    for axis in range(values.ndim):
        if values.shape[axis] < 2:
            continue
        first = np.zeros(values.shape, dtype=bool)
        first[(slice(None),) * axis + (0,)] = True
        if not (bad & ~first).any() and np.all(values[first] == 0):
            if first.sum() == 1:
                return "the first entry"
            return f"{['row', 'column'][axis]} 0" if values.ndim == 2 else f"those at index 0 of axis {axis}"
    return None


def _copy_data(value: Any, depth: int = 0, *, other_values: bool = False) -> Any:
    """A copy of the plain data in ``value`` (arrays, lists, tuples, dicts); other objects as they are. With
    ``other_values``, every float array's entries are changed in the copy (scaled and shifted, same shape)."""
    if depth > 8:
        return value
    if isinstance(value, np.ndarray):
        if other_values and value.dtype.kind == "f" and value.size:
            return value * 1.5 + 0.25
        return np.array(value)  # a plain copy (an np.matrix as its 2-d array)
    if isinstance(value, (list, tuple)):  # a namedtuple as a plain tuple (outside the grader nothing converts it)
        kind = list if isinstance(value, list) else tuple
        return kind(_copy_data(v, depth + 1, other_values=other_values) for v in value)
    if isinstance(value, dict):
        return {k: _copy_data(v, depth + 1, other_values=other_values) for k, v in value.items()}
    return value


def _same_data(a: Any, b: Any, depth: int = 0) -> bool:
    """Whether two results hold the same data: the same structure, arrays of the same dtype and shape with equal
    values (NaN equal to NaN)."""
    if depth > 8:
        return a is b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same_data(x, y, depth + 1) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_data(a[k], b[k], depth + 1) for k in a)
    if a is None or b is None:  # a function that returns nothing returns the same nothing every time
        return a is b
    try:
        x, y = np.asarray(a), np.asarray(b)
        # values, not bytes: a long double's padding bytes are garbage, different from one result to the next
        return x.dtype.kind in "biuf" and x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y, True)
    except Exception:  # noqa: BLE001  (an object that is not data: compared by identity)
        return a is b


def _plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is plain data (numbers, strings, None, numpy arrays and scalars, and lists, tuples and dicts of
    them): what can be compared with another result. A student's own object crosses as a stand-in, never equal."""
    if depth > 8:
        return False
    if isinstance(value, (list, tuple)):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(_plain(v, depth + 1) for v in value.values())
    return value is None or isinstance(value, (bool, int, float, complex, str, np.ndarray, np.generic))


def _informative(value: Any, depth: int = 0) -> bool:
    """Whether a result holds at least two distinct nonzero numbers (so that two calls giving it is no coincidence)."""
    if depth > 8:
        return False
    if isinstance(value, (list, tuple)):
        return any(_informative(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return any(_informative(v, depth + 1) for v in value.values())
    try:
        arr = np.asarray(value, dtype=np.float64)
    except Exception:  # noqa: BLE001
        return False
    return np.unique(arr[arr != 0]).size >= 2


# what a message asks when a function's result looks kept from an earlier call
KEEPS_STATE_QUESTION = (
    "does it keep something from one call to the next (a cache keyed on the shapes or on id() of the arguments, a "
    "value computed on its first call)?"
)


def keeps_state(message: str) -> AssertionError:
    """The failure of a function that keeps something between calls, marked so that it is not explained twice (a
    :class:`CallLog` adds no story of its own to it)."""
    error = AssertionError(message)
    error.keeps_state = True  # type: ignore[attr-defined]
    return error


class CallLog:
    """The notebook's function ``name``, called through this: each call's arguments and result are kept (copies).

    Used as a context manager around a test's checks: a check that fails inside it is followed by one more call
    with the arguments of the last call, and if that gives another result, the message says that the function
    keeps something from one call to the next (an array added to and never reset, a velocity), which is what made
    it fail. :func:`check_later_calls` checks it again on values of shapes it has already seen. Any other
    attribute is the function's own.
    """

    def __init__(self, name: str, fn: Callable[..., Any]) -> None:
        self.name = name
        self.fn = fn
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any], Any]] = []
        # the argument objects themselves, alive as long as the log: Python gives a freed object's id() to a new one,
        # so a cache keyed on id(x) would be hit by a later call with new arrays or not, by chance. This holds them in
        # the process running the test (plain nbgrader, a script); when graded, the student's kernel gets its own
        # copies, and holds them while the notebook is graded (bridge.agent.KernelHandler.held)
        self._arguments: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        before = _copy_data(args), _copy_data(kwargs)
        self._arguments.append((args, kwargs))
        result = self.fn(*args, **kwargs)
        self.calls.append((*before, _copy_data(result)))
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fn, name)

    def __enter__(self) -> CallLog:
        return self

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> None:
        explained = getattr(error, "keeps_state", False)
        if kind is not None and issubclass(kind, AssertionError) and not explained and self.calls:
            # the failing call returned exactly what an earlier call with other arguments did (a cache keyed on id(),
            # hit when Python reuses a freed array's id), or gives another result when called again
            last = len(self.calls) - 1
            story = _stale_result(self, last) or _replay_story(self, last) or _same_for_other_values(self, last)
            if story:
                raise keeps_state(f"{self.name} {story} (what the check saw: {_finding(error)})") from None


def _finding(error: BaseException) -> str:
    """What a failed check found, without the hint on where to look (round 51: a gradient check's "It must have the
    shape of W" sent a student whose shapes were right hunting for a shape bug, when the function kept state)."""
    if isinstance(error, gradcheck.GradientCheckError):
        return f"{error.subject}: {error.problem}"
    return str(error)


def check_later_calls(log: CallLog, later: Callable[[], Any], *, replay: bool = True) -> None:
    """After ``log.name`` passed its checks on the calls in ``log``, ``later()`` checks it again through ``log``, on
    new values of shapes it has already seen. A function of the notebook must not depend on its earlier calls.

    If ``later()`` fails, the message says why when the calls show it: a later call returned exactly what a call
    with other arguments had returned (a cache keyed on the shapes or on object ids); called again with the
    arguments of its first or its last call, the function returns something else (an accumulator, a velocity);
    or it was right on earlier arguments of the same shapes. If ``later()`` passes, the first call is replayed all
    the same (``replay=False`` for a function whose calls legitimately change something, such as a training step).
    Raises ``AssertionError``.
    """
    seen = len(log.calls)
    try:
        later()
    except AssertionError as e:
        story = _stale_result(log, seen)
        if not story and replay:
            story = _replay_story(log, 0) or _replay_story(log, len(log.calls) - 1)
        if story:
            raise keeps_state(f"{log.name} {story} (what the later call gave: {e})") from None
        shapes = _seen_shapes(log, seen)
        if shapes:  # weaker evidence than a story: what the later call found comes first (round 68: a ReLU mask
            # taken on dL/da1 read as a function keeping state, its diagnosis in the parentheses)
            found = _finding(e)
            raise keeps_state(f"{log.name}, on a later call with new values: {found} ({log.name} {shapes})") from None
        raise
    story = _replay_story(log, 0) if replay else None
    if story:
        raise keeps_state(f"{log.name} {story}")


_STATE_RULE = (
    "A function of the notebook must give the same result for the same arguments, whatever was called before: keep "
    "nothing from one call to the next."
)


def _same_arrays(a: Any, b: Any, depth: int = 0) -> bool:
    """Whether two calls' arguments hold the same arrays, plain numbers aside (a learning rate, a step count):
    two calls that differ only in a number and give the same result ignore that number, which is the check's to
    tell, not a result kept from an earlier call."""
    if isinstance(a, (int, float, np.number)) and isinstance(b, (int, float, np.number)):
        return True
    if depth > 8:
        return a is b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same_arrays(x, y, depth + 1) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_arrays(a[k], b[k], depth + 1) for k in a)
    return _same_data(a, b, depth)


def _stale_result(log: CallLog, seen: int) -> str | None:
    for args, kwargs, result in log.calls[seen:]:
        for old_args, old_kwargs, old in log.calls[:seen]:
            other_arguments = not _same_arrays((args, kwargs), (old_args, old_kwargs))
            if other_arguments and _same_data(result, old) and _informative(result):
                return (
                    "was right on its first calls, then returned exactly what an earlier call with other values had "
                    "returned: does it keep results from one call to the next (a cache keyed on the shapes, on some "
                    "of the arguments only, or on id() of the arguments, which Python reuses for new arrays)? "
                    f"{_STATE_RULE}"
                )
    return None


def _shapes(value: Any, depth: int = 0) -> Any:
    """The structure of plain data with every array (and number) replaced by its shape."""
    if depth > 8:
        return "?"
    if isinstance(value, (list, tuple)):
        return tuple(_shapes(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return tuple((k, _shapes(v, depth + 1)) for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
    return np.shape(value) if isinstance(value, (np.ndarray, float, int)) else "object"


def _seen_shapes(log: CallLog, seen: int) -> str | None:
    earlier = {_shapes((args, kwargs)) for args, kwargs, _ in log.calls[:seen]}
    if not any(_shapes((args, kwargs)) in earlier for args, kwargs, _ in log.calls[seen:]):
        return None
    return (
        "was right on an earlier call with arguments of the same shapes, and is wrong on a later call with new values: "
        f"{KEEPS_STATE_QUESTION} If it keeps nothing, the new values show a mistake the first ones did not."
    )


def _same_for_other_values(log: CallLog, index: int) -> str | None:
    """Whether the function, called with other values of the shapes of call ``index``, returns exactly what that call
    returned (a result kept from before this check, e.g. cached on the shapes by an earlier test cell): the message,
    or None."""
    args, kwargs, result = log.calls[index]
    other = _copy_data((args, kwargs), other_values=True)
    if not _informative(result) or _same_data(other, (args, kwargs)):
        return None
    try:
        again = log.fn(*other[0], **other[1])
    except Exception:  # noqa: BLE001  (values it cannot take tell nothing)
        return None
    if not _same_data(_copy_data(again), result):
        return None
    return (
        "returns exactly the same result for other values of the same shapes: it keeps a result from an earlier call "
        "(a cache keyed on the shapes, or a value computed on its first call, perhaps in an earlier test). "
        f"{_STATE_RULE}"
    )


def _replay_story(log: CallLog, index: int) -> str | None:
    """Whether calling again with the arguments of call ``index`` gives another result: the message, or None."""
    if not log.calls:
        return None
    args, kwargs, first = log.calls[index]
    if not _plain(first):  # a stand-in for the student's object is equal to nothing: no story to tell (round 66)
        return None
    try:
        again = log.fn(*_copy_data(args), **_copy_data(kwargs))
    except Exception as e:  # noqa: BLE001  (the same call worked the first time)
        return f"raised {type(e).__name__} when called again with the arguments of an earlier call. {_STATE_RULE}"
    if _same_data(_copy_data(again), first):
        return None
    return (
        "gives another result when called again with the same arguments as an earlier call (the test repeats that "
        "call, with copies of its arguments): it keeps something from one call to the "
        f"next (an array added to and never reset, a velocity, a counter, a cache). {_STATE_RULE}"
    )
