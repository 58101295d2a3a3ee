"""Numerical gradient checking with diagnoses a student can act on.

Every hidden test of every assignment grades an analytic gradient by comparing it with a
central-difference estimate::

    from backprop_course.gradcheck import numerical_gradient, check_gradient

    dW_num = numerical_gradient(lambda W: loss(W, x, t), W)
    check_gradient("dW", dW_student, dW_num, batch_size=x.shape[1])

When the two disagree, :func:`check_gradient` raises ``AssertionError`` whose message names the
parameter, the worst relative error and the most likely bug, found by testing the analytic
gradient against each known bug pattern (wrong shape, NaN/inf, all zeros, sign flipped,
transposed, off by a constant factor, wrong in some rows/columns).

Relative error (CS231n): ``|a - n| / max(|a|, |n|, floor)`` per entry. The floor,
``SCALE_FLOOR`` (1e-3) times the largest numerical entry and at least ``ABS_FLOOR``, keeps
entries that are tiny next to the rest of the gradient, where finite differences are mostly
round-off, from deciding the verdict. Thresholds, for float64 and central differences with
``eps = 1e-6``:

* ``<= PASS_REL_ERROR`` (1e-4): correct. Smooth functions give 1e-10..1e-7; CS231n calls
  1e-4 fine for objectives with kinks. Every bug pattern below is off by 1e-1 or more.
* ``> WRONG_REL_ERROR`` (1e-2): wrong. Between the two the gradient is reported as
  "imprecise" (float32 arithmetic, a too-large eps, or a point on a ReLU kink).

Gradients must be derived, never estimated by finite differences (the course rule). When a test
also knows the exact gradient (``exact=``, from the instructor's reference backward pass), a
float64 answer that passes the numerical check must also agree with the exact gradient to
``ESTIMATED_REL_ERROR`` (1e-11 of the gradient's largest entry): derived formulas, whatever their
form, agree to about 1e-15 on the well-conditioned points the tests use, while central differences
are off by 1e-11..1e-7 (measured: eps from 1e-8 to 1e-3, median 6e-11 at the best eps). A float32
answer is accepted as it is (the course's float policy): its own rounding hides the difference.
Limits: an estimate with error far below 1e-11 (complex-step differentiation, high-order
extrapolation) is not detected this way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

__all__ = [
    "ABS_FLOOR",
    "ESTIMATED_REL_ERROR",
    "GradientCheckError",
    "assert_untampered",
    "PASS_REL_ERROR",
    "SCALE_FLOOR",
    "WRONG_REL_ERROR",
    "check_backward",
    "check_gradient",
    "diagnose",
    "numerical_gradient",
    "numerical_vjp",
    "relative_error",
]

PASS_REL_ERROR = 1e-4
WRONG_REL_ERROR = 1e-2
ESTIMATED_REL_ERROR = 1e-11
ABS_FLOOR = 1e-8
SCALE_FLOOR = 1e-3
DEFAULT_EPS = 1e-6


class GradientCheckError(AssertionError):
    """An analytic gradient that disagrees with the numerical one.

    ``subject`` is what was checked (``"dW of linear_backward (3x2 layer)"``), ``problem`` the diagnosis
    without run-specific numbers (``"transposed: it equals the transpose of the true gradient."``);
    reports group students by them. The message adds the worst entry and a hint.
    """

    def __init__(self, subject: str, problem: str, detail: str = "", hint: str = "") -> None:
        self.subject = subject
        self.problem = problem
        super().__init__(f"Gradient check failed for {subject}: {problem}{detail}{' ' + hint if hint else ''}")


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = DEFAULT_EPS) -> np.ndarray:
    """Central-difference gradient of a scalar function ``f`` at ``x``.

    ``df/dx[i] ~ (f(x + eps e_i) - f(x - eps e_i)) / (2 eps)`` for every index ``i`` of ``x``.

    Args:
        f: called as ``f(x)``; must return a scalar. It may ignore its argument and read ``x``
            through a closure (e.g. a layer's weight matrix): ``x`` is perturbed in place.
        x: float64 array of any shape. It is restored exactly, also when ``f`` raises.
        eps: step size.

    Returns:
        Array of ``x.shape`` with the estimated partial derivatives, dtype float64.
    """
    if not isinstance(x, np.ndarray) or x.dtype != np.float64:
        raise TypeError(
            f"numerical_gradient needs a float64 numpy array to perturb, got {type(x).__name__}"
            f"{'' if not isinstance(x, np.ndarray) else ' of dtype ' + str(x.dtype)}"
        )
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        original = x[idx]
        try:
            x[idx] = original + eps
            f_plus = float(f(x))
            x[idx] = original - eps
            f_minus = float(f(x))
        finally:
            x[idx] = original
        grad[idx] = (f_plus - f_minus) / (2 * eps)
    return grad


def numerical_vjp(
    forward: Callable[[np.ndarray], np.ndarray], x: np.ndarray, dy: np.ndarray, eps: float = DEFAULT_EPS
) -> np.ndarray:
    """Numerical vector-Jacobian product ``dy^T J`` of an array-valued ``forward`` at ``x``.

    This is the gradient of the scalar ``sum(forward(x) * dy)``, i.e. what a block's
    ``backward(dy)`` must return for input ``x``. Shapes: ``x`` any, ``dy`` = ``forward(x).shape``.
    """
    dy = np.asarray(dy, dtype=np.float64)
    return numerical_gradient(lambda z: np.sum(np.asarray(forward(z), dtype=np.float64) * dy), x, eps)


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> np.ndarray:
    """Per-entry relative error ``|a - n| / max(|a|, |n|, floor)`` (floor: see module docstring).

    ``analytic`` and ``numeric`` must have the same shape; the result has that shape too.
    """
    a = np.asarray(analytic, dtype=np.float64)
    n = np.asarray(numeric, dtype=np.float64)
    floor = max(ABS_FLOOR, SCALE_FLOOR * float(np.max(np.abs(n), initial=0.0)))
    return np.abs(a - n) / np.maximum(np.maximum(np.abs(a), np.abs(n)), floor)


def _agrees(a: np.ndarray, n: np.ndarray, tol: float) -> bool:
    return a.shape == n.shape and float(np.max(relative_error(a, n), initial=0.0)) <= tol


def _factor_name(k: float, batch_size: int | None, factors: Mapping[str, float]) -> str:
    """Put a name on a constant factor between analytic and numerical gradient."""
    candidates: list[tuple[float, str]] = [(value, story) for story, value in factors.items()]
    if batch_size and batch_size > 1:
        candidates += [
            (batch_size, f"the batch size {batch_size}: summed over the batch instead of averaged?"),
            (1 / batch_size, f"1/{batch_size} (1/batch size): averaged twice, or averaged a sum that should stay?"),
        ]
    candidates += [
        (2.0, "2: a derivative of a square counted twice, or a missing 1/2 in the cost?"),
        (0.5, "1/2: the factor 2 from differentiating a square is missing?"),
    ]
    for value, story in candidates:
        if abs(k - value) <= 1e-3 * abs(value):
            return story
    return f"{k:.4g}: a constant scale is missing or extra (look at the cost's normalisation)."


def _located(bad: np.ndarray) -> str:
    """Describe where the wrong entries are: whole rows, whole columns, or scattered."""
    count = int(bad.sum())
    if count == bad.size:
        return f"all {count} entries"
    where = f"{count} of {bad.size} entries"
    if bad.ndim == 2 and bad.shape[0] > 1 and bad.shape[1] > 1:
        rows = np.flatnonzero(bad.all(axis=1))
        cols = np.flatnonzero(bad.all(axis=0))
        bad_rows = np.flatnonzero(bad.any(axis=1))
        bad_cols = np.flatnonzero(bad.any(axis=0))
        if len(rows) and bad[rows].sum() == count:
            return f"{where}, exactly rows {rows.tolist()} (every other row is right)"
        if len(cols) and bad[:, cols].sum() == count:
            return f"{where}, exactly columns {cols.tolist()} (every other column is right)"
        return f"{where}, in rows {bad_rows.tolist()[:10]} and columns {bad_cols.tolist()[:10]}"
    return f"{where}, at indices {[list(map(int, i)) for i in np.argwhere(bad)[:10]]}"


def diagnose(
    analytic: Any,
    numeric: np.ndarray,
    *,
    batch_size: int | None = None,
    factors: Mapping[str, float] | None = None,
    likely_bugs: Mapping[str, np.ndarray] | None = None,
    tol: float = PASS_REL_ERROR,
) -> str | None:
    """Name the most likely bug in ``analytic``, or return ``None`` when it matches ``numeric``.

    Each pattern is checked, not guessed: "sign flipped" is reported only when ``-analytic``
    matches the numerical gradient to ``tol``, "transposed" only when ``analytic.T`` does, etc.

    Args:
        batch_size: lets a factor equal to the batch size (or its inverse) be named as such.
        factors: more named constants, ``{"n, the number of outputs: ...": n}``.
        likely_bugs: gradients that known bugs produce, computed by the caller, e.g.
            ``{"derivative taken at the output instead of the input": wrong_dx}``; the first one
            that ``analytic`` equals is reported, before the generic patterns.
    """
    n = np.asarray(numeric, dtype=np.float64)
    if analytic is None:
        return f"it is None; expected an array of shape {n.shape} (did the function return its result?)"
    try:
        a = np.asarray(analytic, dtype=np.float64)
    except (TypeError, ValueError):
        return f"it is a {type(analytic).__name__}, not a numeric array of shape {n.shape}"

    if a.shape != n.shape:
        msg = f"wrong shape {a.shape}, expected {n.shape}"
        if a.ndim == 2 and a.shape == n.shape[::-1]:
            t = "values match the transpose" if _agrees(a.T, n, tol) else "values do not match either"
            return f"{msg}: it is transposed ({t})."
        if a.size == n.size:
            ok = _agrees(a.reshape(n.shape), n, tol)
            return f"{msg}: same {a.size} numbers in another shape (values {'right' if ok else 'also wrong'})."
        if a.ndim == 2 and a.shape[0] == a.shape[1] and n.ndim == 2 and 1 in n.shape and a.shape[0] in n.shape:
            return f"{msg}: a ({n.size}, 1) and a ({n.size},) array were broadcast into a square matrix."
        if a.ndim == 2 and n.ndim == 2 and a.shape[0] == n.shape[0] and n.shape[1] == 1:
            return f"{msg}: one column per sample; sum or average over the batch axis."
        return msg + "."

    if not np.all(np.isfinite(a)):
        bad = ~np.isfinite(a)
        return f"it contains NaN or inf in {_located(bad)} (overflow, log(0) or division by zero?)."

    err = relative_error(a, n)
    worst = float(np.max(err, initial=0.0))
    if worst <= tol:
        return None

    for story, wrong in (likely_bugs or {}).items():
        if _agrees(a, np.asarray(wrong, dtype=np.float64), tol):
            return story

    if np.all(np.abs(a) < ABS_FLOOR):
        return "it is all zeros: the gradient is not computed or not propagated to this parameter."
    if _agrees(-a, n, tol):
        return "sign flipped: it equals minus the true gradient."
    if a.ndim == 2 and a.shape[0] == a.shape[1] > 1 and _agrees(a.T, n, tol):
        return "transposed: it equals the transpose of the true gradient."
    if a.ndim == 2 and a.shape[0] == a.shape[1] > 1 and _agrees(-a.T, n, tol):
        return "sign flipped and transposed: it equals minus the transpose of the true gradient."
    nn = float(np.vdot(n, n))
    if nn > 0:
        k = float(np.vdot(a, n)) / nn
        if k != 0 and _agrees(a / k, n, tol):
            if k < 0:
                return f"sign flipped and off by a constant factor {-k:.4g}."
            return f"off by a constant factor {k:.4g} = {_factor_name(k, batch_size, factors or {})}"
    if worst <= WRONG_REL_ERROR:
        return "imprecise but close: float32 arithmetic, a kink of ReLU near this point, or eps too large?"
    return f"wrong in {_located(err > tol)}."


def estimated_numerically(analytic: Any, exact: Any) -> str | None:
    """Why ``analytic`` looks estimated by finite differences rather than derived, or None.

    Only float64 answers are judged (see the module docstring): the largest difference from the
    ``exact`` gradient, relative to its largest entry, must not exceed ``ESTIMATED_REL_ERROR``.
    """
    a = np.asarray(analytic)
    e = np.asarray(exact, dtype=np.float64)
    if a.dtype != np.float64 or a.shape != e.shape:
        return None
    scale = float(np.max(np.abs(e), initial=0.0))
    if scale == 0.0:
        return None
    err = float(np.max(np.abs(a - e))) / scale
    if err <= ESTIMATED_REL_ERROR:
        return None
    return (
        f"it looks estimated numerically, not derived: it matches the true gradient only to {err:.0e} of its "
        "largest entry, the error of a finite-difference estimate (a derived formula agrees to about 1e-15). "
        "Gradients in this course must be derived by hand; do not compute them with finite differences."
    )


def check_gradient(
    name: str,
    analytic: Any,
    numeric: np.ndarray,
    *,
    batch_size: int | None = None,
    factors: Mapping[str, float] | None = None,
    likely_bugs: Mapping[str, np.ndarray] | None = None,
    hint: str = "",
    tol: float = PASS_REL_ERROR,
    exact: np.ndarray | None = None,
) -> None:
    """Assert that ``analytic`` matches the numerical gradient ``numeric``.

    Args:
        name: what is being checked, as the student knows it (e.g. ``"fc2.grad_W"``).
        analytic: the student's gradient.
        numeric: the reference estimate, usually from :func:`numerical_gradient`.
        batch_size, factors, likely_bugs: see :func:`diagnose`.
        hint: appended to the message when the check fails (where to look).
        tol: largest relative error accepted (see module docstring).
        exact: the exact gradient, when the test knows it (hidden tests: the reference backward
            pass); a float64 answer that agrees with ``numeric`` but not with ``exact`` is
            rejected as estimated numerically (:func:`estimated_numerically`).

    Raises:
        GradientCheckError: (an ``AssertionError``) with the diagnosis and the worst relative error.
    """
    problem = diagnose(analytic, numeric, batch_size=batch_size, factors=factors, likely_bugs=likely_bugs, tol=tol)
    if problem is None and exact is not None:
        estimated = estimated_numerically(analytic, exact)
        if estimated is not None:
            raise GradientCheckError(name, estimated, "", hint)
    if problem is None:
        return
    n = np.asarray(numeric, dtype=np.float64)
    detail = ""
    try:
        a = np.asarray(analytic, dtype=np.float64)
        if a.shape == n.shape and np.all(np.isfinite(a)):
            err = relative_error(a, n)
            i = np.unravel_index(int(np.argmax(err)), err.shape)
            detail = (
                f" Worst relative error {err[i]:.2e} at index {tuple(map(int, i))}: "
                f"yours {a[i]:.6g}, numerical {n[i]:.6g} (pass: <= {tol:.0e})."
            )
    except (TypeError, ValueError):
        pass
    raise GradientCheckError(name, problem, detail, hint)


def check_backward(
    name: str,
    forward: Callable[[np.ndarray], np.ndarray],
    x: np.ndarray,
    dy: np.ndarray,
    analytic_dx: Any,
    **options: Any,
) -> None:
    """Check a block's ``backward(dy)`` result against the numerical vector-Jacobian product.

    ``analytic_dx`` must equal the gradient of ``sum(forward(x) * dy)`` with respect to ``x``;
    ``x`` is perturbed in place and restored. ``options`` are those of :func:`check_gradient`.
    """
    numeric = numerical_vjp(forward, x, dy)
    check_gradient(name, analytic_dx, numeric, **options)


# numpy functions the checker and the tests rely on; a submission must not have replaced them.
_NUMPY_NAMES = (
    "abs",
    "all",
    "allclose",
    "any",
    "argmax",
    "array_equal",
    "asarray",
    "isclose",
    "isfinite",
    "max",
    "maximum",
    "mean",
    "ndindex",
    "outer",
    "sum",
    "tanh",
    "exp",
    "log",
    "unravel_index",
    "vdot",
    "where",
    "zeros",
)


def _numpy_origin_ok(name: str, obj: Any) -> bool:
    numpy_dir = __import__("os").path.dirname(np.__file__)
    if isinstance(obj, np.ufunc):
        return obj.__name__ == name or (name == "abs" and obj.__name__ == "absolute")
    code = getattr(obj, "__code__", None)
    if code is not None:
        return code.co_filename.startswith(numpy_dir)
    module = getattr(obj, "__module__", None) or ""
    return module.startswith("numpy") or type(obj).__module__.startswith("numpy")


def assert_untampered() -> None:
    """Raise ``AssertionError`` if numpy's or this checker's functions were replaced (monkeypatched).

    Hidden tests call this first: a submission that, say, sets ``np.allclose = lambda *a, **k: True``
    or swaps ``check_gradient`` gets no points for the checks that follow, and the message says why.
    """
    patched = [f"numpy.{n}" for n in _NUMPY_NAMES if not _numpy_origin_ok(n, getattr(np, n, None))]
    this_file = __file__
    for fname in (
        "numerical_gradient",
        "numerical_vjp",
        "check_gradient",
        "check_backward",
        "diagnose",
        "relative_error",
        "assert_untampered",
    ):
        fn = globals().get(fname)
        if getattr(getattr(fn, "__code__", None), "co_filename", None) != this_file:
            patched.append(f"backprop_course.gradcheck.{fname}")
    if patched:
        raise AssertionError(
            "Tampering detected: these functions were replaced by the submission: "
            + ", ".join(patched)
            + ". The tests cannot trust them; this is flagged for review by a TA."
        )
