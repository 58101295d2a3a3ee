"""Numerical gradient checking with diagnoses a student can act on.

Every hidden test of every assignment grades an analytic gradient by comparing it with a
central-difference estimate::

    from backprop_course.gradcheck import numerical_gradient, check_gradient

    dW_num = numerical_gradient(lambda W: loss(W, x, t), W)
    check_gradient("dW", dW_student, dW_num, batch_size=x.shape[1])

When the two disagree, :func:`check_gradient` raises ``AssertionError`` whose message names the
parameter, the worst relative error and the most likely bug, found by testing the analytic
gradient against each known bug pattern (wrong shape, NaN/inf, a bug the test computed, the
derivative of an activation taken at the wrong point, dropped or applied twice, all zeros, sign
flipped, transposed, off by a constant factor: named when it is the batch size, a dimension in
play, a ratio of two dimensions, a size of the visible test hard-coded, 2 or 1/2; wrong in some
rows/columns, or exactly in a region the test names).

A test names what it knows, and the diagnosis can only be as specific as that::

    check_gradient(
        "dW", dW, numeric,
        dims={"batch size": B, "fan-in": n_in},           # a factor B, 1/B, B/n_in ... is named
        visible_dims={"batch size": 4},                    # B/4: "the visible test's batch size 4 is hard-coded"
        activations=[Activation("the hidden sigmoid", "sigmoid", z,
                                lambda d: (da * d) @ x.T / B)],   # sigma'(a), a missing or extra a(1 - a)
    )

Relative error (CS231n): ``|a - n| / max(|a|, |n|, floor)`` per entry. The floor,
``SCALE_FLOOR`` (1e-3) times the largest numerical entry and at least ``ABS_FLOOR`` (1e-8;
``FLOAT32_ABS_FLOOR``, 3e-4, for a float32 answer, whose rounding of a sum's terms is about 1e-7),
keeps entries that are tiny next to the rest of the gradient, where finite differences (or float32
rounding) are mostly round-off, from deciding the verdict. Thresholds, for float64 and central differences with
``eps = 1e-6``:

* ``<= PASS_REL_ERROR`` (1e-4): correct. Smooth functions give 1e-10..1e-7; CS231n calls
  1e-4 fine for objectives with kinks. Every bug pattern below is off by 1e-1 or more.
* ``> WRONG_REL_ERROR`` (1e-2): wrong. Between the two the gradient is reported as
  "imprecise" (float32 arithmetic, a too-large eps, or a point on a ReLU kink).
* float32 answers (:func:`holds_float32`), and float64 answers computed partly in float32 (off by
  no more than ``FLOAT32_ROUNDING``, 1e-6, of the largest entry: cancellation can make that 1e-4
  of an entry near zero), pass at ``FLOAT32_REL_ERROR`` (1e-3), the course's float policy.

Gradients must be derived, never estimated by finite differences (the course rule). When a test
also knows the exact gradient (``exact=``, from the instructor's reference backward pass), that
gradient decides instead of the estimate (whose round-off, eps |f| / h, can exceed the tolerance on
small entries when the loss is large), and a float64 answer must also agree with it to
``ESTIMATED_REL_ERROR`` (1e-11 of the gradient's largest entry): derived formulas, whatever their
form, agree to about 1e-15 on the well-conditioned points the tests use, while central differences
are off by 1e-11..1e-7 (measured: eps from 1e-8 to 1e-3, median 6e-11 at the best eps). A float32
answer is accepted as it is (the course's float policy): its own rounding hides the difference.
A float32 answer must agree with the exact gradient to 1e-5 of its largest entry (float32 rounding
gives about 1e-7; finite differences computed in float32 are off by 1e-5 or more). Limits: an
estimate with error far below these (complex-step differentiation, high-order extrapolation, a
float64 estimate rounded to float32) is not detected this way. Complex steps are caught elsewhere:
when graded, a call whose notebook code computes with complex numbers fails in the kernel
(:class:`backprop_course.testing.CodeWatch`), and the static scan flags complex arithmetic for a TA;
tests can also check a task's structure (an MLP's backward must call its blocks' backward methods).
Richardson-extrapolated differences (error ~1e-14) remain undetected at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from typing import Any

import numpy as np

__all__ = [
    "ABS_FLOOR",
    "ACTIVATION_KINDS",
    "Activation",
    "ESTIMATED_REL_ERROR",
    "GradientCheckError",
    "PASS_REL_ERROR",
    "SCALE_FLOOR",
    "WRONG_REL_ERROR",
    "agrees_with_exact",
    "check_backward",
    "check_gradient",
    "diagnose",
    "float32_rounding_only",
    "holds_float32",
    "naming_same_slip",
    "numerical_gradient",
    "numerical_vjp",
    "one_answer",
    "relative_error",
    "seen_computing_in_float32",
]

PASS_REL_ERROR = 1e-4
WRONG_REL_ERROR = 1e-2
ESTIMATED_REL_ERROR = 1e-12  # a float64 answer further than this from the exact gradient may be estimated
FLOAT32_LEVEL_REL_ERROR = 2e-9  # from here up, a float64 answer's error is what float32 intermediates give
ESTIMATED_MIN_ENTRIES = 6  # below, float32-level rounding is too variable to call an array estimated (see below)
FLOAT32_REL_ERROR = 1e-3  # the pass threshold for a float32 answer (its rounding near zero entries)
FLOAT32_ROUNDING = 1e-6  # float64 results of float32 arithmetic: off by at most this of the largest entry
FLOAT32_ESTIMATED_REL_ERROR = 1e-5  # a float32 answer further than this from the exact gradient is estimated
ABS_FLOOR = 1e-8
# A float32 answer's entries: float32 rounds each term of a sum of numbers of order 1 by about 6e-8, so an entry
# that cancels to 1e-4 (a batch sum of terms of both signs, after a few operations each) is off by 1e-3 of itself
# (relu_xor_momentum's dc, 8.2e-5 off by 1.0e-7 in one draw: session 33's CI). For float32 answers the floor is
# 3e-4: an absolute error of 3e-7 (five float32 steps at 1.0) at the float32 tolerance; a bug that changes an entry
# by more still shows.
FLOAT32_ABS_FLOOR = 3e-4
SCALE_FLOOR = 1e-3
DEFAULT_EPS = 1e-6
# Judging a result entry by entry at float32's precision, whatever its dtype (float64 is far inside): an entry may be
# off by a few EPS32 of the sum of |terms| that made it (a product's, a sum's, 1's for a value near 1). A checker
# names its limit in EPS32 units measured on the course's correct float32 answers (answers/*/alt_*, *_ok_*).
EPS32 = 2.0**-24  # float32's unit roundoff (half an ulp of 1)
FLOAT32_PRECISION = "more than float32 rounding allows"


def float32_units_off(got: Any, truth: Any, scale: Any) -> np.ndarray:
    """How far each entry of ``got`` is from ``truth``, in units of ``EPS32 * scale`` (``scale``: the entry's sum of
    |terms|, same shape or broadcastable): 0 where equal, inf where ``got`` is not finite. Shapes must match; the
    result is a float64 array of that shape."""
    got, truth = np.asarray(got, dtype=np.float64), np.asarray(truth, dtype=np.float64)
    with np.errstate(all="ignore"):
        units = np.abs(got - truth) / (EPS32 * np.asarray(scale, dtype=np.float64))
    return np.where(got == truth, 0.0, np.where(np.isfinite(got), np.nan_to_num(units, nan=np.inf), np.inf))


# Whether the code under test computed with float32 numbers in this test (True, False), or None when that is
# not known. Installed by the grader's tester (the student's kernel watches its code:
# :class:`backprop_course.testing.CodeWatch`); None elsewhere (a student's run, plain nbgrader). Asked only
# about a float64 answer whose error is at float32 level (:func:`estimated_numerically`).
computed_in_float32: Callable[[], bool | None] | None = None


def seen_computing_in_float32() -> bool:
    """Whether the grader's watch of the kernel saw the code under test compute with float32 numbers
    (:data:`computed_in_float32` installed and answering True); False when it did not, or nothing watches."""
    return computed_in_float32 is not None and computed_in_float32() is True


class GradientCheckError(AssertionError):
    """An analytic gradient that disagrees with the numerical one.

    ``subject`` is what was checked (``"dW of linear_backward (3x2 layer)"``), ``problem`` the diagnosis
    without run-specific numbers (``"transposed: it equals the transpose of the true gradient."``);
    reports group students by them. The message adds the worst entry and a hint.
    """

    def __init__(self, subject: str, problem: str, detail: str = "", hint: str = "") -> None:
        self.subject = subject
        self.problem = problem
        self.detail = detail
        self.hint = hint
        super().__init__(f"Gradient check failed for {subject}: {problem}{detail}{' ' + hint if hint else ''}")


ACTIVATION_KINDS = ("sigmoid", "tanh", "relu")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class Activation:
    """Where an element-wise activation's derivative enters the checked gradient (for :func:`diagnose`).

    ``gradient(d)`` must compute the checked gradient from ``d``, the array of the activation's
    derivative values used at this point (shape of ``z``): ``gradient(f'(z))`` is the true
    gradient, or ``gradient(1)`` when ``cancels`` (cross-entropy after a sigmoid: sigma' cancels
    and delta = a - y). :func:`diagnose` then recognises, by computing each, a derivative taken at
    the activation ``f'(a)`` instead of at the pre-activation ``z``; the output-side formula applied
    to ``z`` (``z(1 - z)``, ``1 - z**2``); the derivative dropped (the ReLU mask, the sigmoid factor,
    f'(z) at the output of a quadratic cost), applied twice (an extra ``a(1 - a)``), or where it
    cancels; the activation itself used as its derivative; an inverted ReLU mask.

    Args:
        name: the activation as the student knows it: ``"the hidden layer's sigmoid"``.
        kind: one of :data:`ACTIVATION_KINDS`.
        z: the pre-activation (its input).
        gradient: the checked gradient as a function of the derivative values.
        cancels: the true gradient does not contain f'(z) (it cancels).
    """

    name: str
    kind: str
    z: Any
    gradient: Callable[[np.ndarray], Any]
    cancels: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ACTIVATION_KINDS:
            raise ValueError(f"Activation kind must be one of {ACTIVATION_KINDS}, not {self.kind!r}")

    def value(self, z: np.ndarray) -> np.ndarray:
        """f(z)."""
        if self.kind == "sigmoid":
            return _sigmoid(z)
        if self.kind == "tanh":
            return np.tanh(z)
        return np.maximum(z, 0.0)

    def derivative(self, z: np.ndarray) -> np.ndarray:
        """f'(z)."""
        if self.kind == "sigmoid":
            s = _sigmoid(z)
            return s * (1.0 - s)
        if self.kind == "tanh":
            return 1.0 - np.tanh(z) ** 2
        return (z > 0).astype(np.float64)

    def variants(self) -> list[tuple[str, np.ndarray]]:
        """``[(story, derivative values)]`` of the bugs students make at this activation."""
        z = np.asarray(self.z, dtype=np.float64)
        a = self.value(z)
        d = self.derivative(z)
        ones = np.ones_like(z)
        formula = self.formula
        prime = {"sigmoid": "sigma'", "tanh": "tanh'", "relu": "relu'"}[self.kind]
        name = self.name
        if self.cancels:
            out = [
                (
                    f"an extra {prime}(z) = {formula} at {name}: with the cross-entropy it cancels "
                    "(delta = a - y); do not multiply by the activation's derivative.",
                    d,
                ),
                (
                    f"an extra {prime}(a) at {name}: with the cross-entropy the derivative cancels (delta = a - y).",
                    self.derivative(a),
                ),
            ]
            return out
        out = []
        if self.kind != "relu":
            out.append(
                (
                    f"the {self.kind} derivative at {name} is taken at the activation a = {self.kind}(z) instead "
                    f"of at the pre-activation z: {prime}(a) where {prime}(z) = {formula} is meant.",
                    self.derivative(a),
                )
            )
            out.append(
                (
                    f"the {self.kind} derivative at {name} is computed from z with the formula for the output: "
                    + ("z(1 - z)" if self.kind == "sigmoid" else "1 - z**2")
                    + f" instead of {formula} with a = {self.kind}(z).",
                    z * (1.0 - z) if self.kind == "sigmoid" else 1.0 - z**2,
                )
            )
        out += [
            (
                f"the {self.kind} derivative at {name} is missing ({prime}(z) = {formula} is not multiplied in): "
                "the chain rule needs it there.",
                ones,
            ),
            (f"the {self.kind} derivative at {name} is applied twice (an extra {formula}).", d * d),
            (
                f"{name} uses the activation a = {self.kind}(z) itself where its derivative {formula} is meant"
                + (" (the factor (1 - a) is missing)." if self.kind == "sigmoid" else "."),
                a,
            ),
        ]
        if self.kind == "sigmoid":
            out += [
                (f"the sigmoid derivative at {name} is a(1 + a): the sign inside a(1 - a) is flipped.", a * (1 + a)),
                (f"the sigmoid derivative at {name} is 1 - a: the factor a of a(1 - a) is missing.", 1 - a),
                # round 78: f * (1 - f) ** 2, told only "wrong in all 6 entries"
                (
                    f"the sigmoid derivative at {name} is a(1 - a)**2: an extra factor (1 - a); it is a(1 - a).",
                    a * (1 - a) ** 2,
                ),
                (
                    f"the sigmoid derivative at {name} is a**2 (1 - a): an extra factor a; it is a(1 - a).",
                    a**2 * (1 - a),
                ),
            ]
        if self.kind == "tanh":
            out += [
                (f"the tanh derivative at {name} misses the square: 1 - a instead of 1 - a**2.", 1 - a),
                (f"the tanh derivative at {name} is 1 + a**2: the sign inside 1 - a**2 is flipped.", 1 + a**2),
                (f"the tanh derivative at {name} is -a**2: the 1 of 1 - a**2 is missing.", -(a**2)),
            ]
        if self.kind == "relu":
            out.append(
                (f"the ReLU mask at {name} is inverted: (z < 0) where (z > 0) is meant.", (z < 0).astype(np.float64))
            )
        # round 77: sigmoid_prime(z) where relu_prime(z) belongs, told only "wrong in all 6 entries"
        for other in ACTIVATION_KINDS:
            if other != self.kind:
                theirs = Activation(name, other, z, self.gradient)
                out.append(
                    (
                        f"the derivative at {name} is the {other}'s ({theirs.formula} with a = {other}(z)); the "
                        f"{self.kind}'s derivative there is {formula}.",
                        theirs.derivative(z),
                    )
                )
        return out

    @property
    def formula(self) -> str:
        """The derivative as a student writes it."""
        return {"sigmoid": "a(1 - a)", "tanh": "1 - a**2", "relu": "the mask (z > 0)"}[self.kind]


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


def relative_error(analytic: np.ndarray, numeric: np.ndarray, *, single: bool | None = None) -> np.ndarray:
    """Per-entry relative error ``|a - n| / max(|a|, |n|, floor)`` (floor: see module docstring; a float32
    ``analytic``, or ``single=True``, gets ``FLOAT32_ABS_FLOOR``).

    ``analytic`` and ``numeric`` must have the same shape; the result has that shape too.
    """
    single = np.asarray(analytic).dtype == np.float32 if single is None else single
    a = np.asarray(analytic, dtype=np.float64)
    n = np.asarray(numeric, dtype=np.float64)
    floor = max(FLOAT32_ABS_FLOOR if single else ABS_FLOOR, SCALE_FLOOR * float(np.max(np.abs(n), initial=0.0)))
    return np.abs(a - n) / np.maximum(np.maximum(np.abs(a), np.abs(n)), floor)


WHOLE_NUMBERS = (
    "every entry is a whole number, and the true {what} are not: the values were rounded or truncated (floor "
    "division // where / was meant, or results written into an integer array, e.g. np.zeros_like of an integer "
    "input)."
)


def rounded_to_whole_numbers(a: np.ndarray, n: np.ndarray, tol: float) -> bool:
    """Whether ``a`` is ``n`` rounded or truncated to whole numbers (each entry less than 1 away), ``n`` being not
    (:data:`WHOLE_NUMBERS` tells the student)."""
    return bool(np.all(a == np.round(a)) and np.all(np.abs(a - n) < 1.0) and not _agrees(np.round(n), n, tol))


def rounded_to_decimals(a: np.ndarray, n: np.ndarray, tol: float) -> int | None:
    """The number of decimal places ``a`` is ``n`` rounded to (1 to 10; whole numbers are
    :func:`rounded_to_whole_numbers`'), when ``n`` rounded so does not pass the check; else None."""
    if a.shape != n.shape or not np.all(np.isfinite(a)) or not np.all(np.isfinite(n)):
        return None
    for d in range(1, 11):
        if np.array_equal(a, np.round(a, d)) and np.all(np.abs(a - n) <= 0.5 * 10.0**-d * (1 + 1e-6)):
            return None if _agrees(np.round(n, d), n, tol) or np.all(a == np.round(a)) else d
    return None


def decimals_story(a: np.ndarray, n: np.ndarray, tol: float) -> str:
    """What a student reads when ``a`` is ``n`` rounded to some decimal places (:func:`rounded_to_decimals`), or ""."""
    d = rounded_to_decimals(a, n, tol)
    if d is None:
        return ""
    return (
        f"every entry is rounded to {d} decimal places (np.round(..., {d}), round(), or a value formatted to {d} "
        f"digits and read back): entries smaller than {0.5 * 10.0**-d:.0e} became 0, and the others lost their last "
        "digits. Return the values as computed; round only what you print."
    )


def _agrees(a: np.ndarray, n: np.ndarray, tol: float) -> bool:
    return a.shape == n.shape and float(np.max(relative_error(a, n), initial=0.0)) <= tol


def _close(k: float, value: float) -> bool:
    return value != 0 and abs(k - value) <= 1e-3 * abs(value)


def _fraction(k: float) -> str:
    """``" (= 2/3)"`` when ``k`` is a simple fraction that its decimal form does not show, else ''."""
    f = Fraction(k).limit_denominator(12)
    if f.denominator == 1 or not _close(k, float(f)):
        return ""
    return f" (= {f.numerator}/{f.denominator})"


def _factor_story(
    k: float,
    batch_size: int | None,
    factors: Mapping[str, float],
    dims: Mapping[str, float],
    visible_dims: Mapping[str, float],
    batch_reduction: str = "mean",
) -> str | None:
    """Name a constant factor between analytic and numerical gradient, or None when nothing explains it.

    In order: the test's own ``factors``; the batch size, its inverse and square (read against
    ``batch_reduction``, what the right answer does over the batch: "mean" or "sum"); a dimension in play
    and its inverse (a sum where the mean is meant, and back), its square and inverse square
    (multiplied where it divides, divided twice); a size of the visible test hard-coded
    (the factor is the ratio of this test's size to the visible one's, or the visible size itself);
    a ratio of two dimensions in play; 2 and 1/2.
    """
    for story, value in factors.items():
        if _close(k, value):
            return story
    if batch_size and batch_size > 1:
        stray = " Or a stray factor 2, like the 2 of a square's derivative?" if batch_size == 2 else ""
        if _close(k, batch_size) and batch_reduction == "sum":
            return (
                f"the batch size {batch_size}: multiplied by the batch size? The gradient of a sum over the samples "
                f"is the plain sum of their gradients, with no factor {batch_size}.{stray}"
            )
        if _close(k, batch_size):
            return f"the batch size {batch_size}: summed over the batch instead of averaged?{stray}"
        if _close(k, 1 / batch_size) and batch_reduction == "sum":
            return f"1/{batch_size} (1/batch size): averaged over the batch where the sum is asked?"
        if _close(k, 1 / batch_size):
            return f"1/{batch_size} (1/batch size): averaged twice, or averaged a sum that should stay?"
        if _close(k, batch_size**2):
            return f"the batch size squared {batch_size}**2: multiplied by the batch size where it divides by it?"
    sizes = {name: float(v) for name, v in dims.items() if v and float(v) > 0 and float(v) != 1}
    for name, d in sizes.items():
        if _close(k, d):
            return f"{d:g}, the {name}: the sum over the {name} where the mean is asked (or an extra factor {name})?"
        if _close(k, 1 / d):
            return f"1/{d:g}, 1/the {name}: the mean over the {name} where the sum is asked (or divided by it twice)?"
    for name, d in sizes.items():
        if _close(k, d * d):
            return f"{d * d:g} = {d:g}**2, the {name} squared: multiplied by the {name} where it divides by it?"
        if _close(k, 1 / (d * d)):
            return f"1/{d * d:g} = 1/{d:g}**2: divided by the {name} twice (once where it multiplies)?"
    for name, v in visible_dims.items():
        here, seen = sizes.get(name), float(v or 0)
        if not seen or not here or here == seen:
            continue
        where = "take it from the arrays' shape" if here.is_integer() and seen.is_integer() else "use the argument"
        for ratio, text in (
            (here / seen, f"{here:g}/{seen:g}, the {name} here / the {name} of the visible test"),
            (seen / here, f"{seen:g}/{here:g}, the {name} of the visible test / the {name} here"),
        ):
            if _close(k, ratio):
                return f"{text}: the {name} {seen:g} of the visible test is hard-coded; {where} (here it is {here:g})."
    for name, v in visible_dims.items():
        seen = float(v or 0)
        if seen and seen != 1 and sizes.get(name) != seen:
            if _close(k, seen):
                return f"{seen:g}, the {name} of the visible test: a hard-coded {name} {seen:g}?"
            if _close(k, 1 / seen):
                return f"1/{seen:g}, 1/the {name} of the visible test: divided by a hard-coded {name} {seen:g}?"
    for n1, d1 in sizes.items():
        for n2, d2 in sizes.items():
            if n1 != n2 and d1 != d2 and _close(k, d1 / d2):
                return (
                    f"{d1:g}/{d2:g}, the {n1} / the {n2}: divided by the {n2} ({d2:g}) where the {n1} ({d1:g}) "
                    "belongs, or the two swapped?"
                )
    if _close(k, 2.0):
        return "2: a derivative of a square counted twice, or a missing 1/2 in the cost?"
    if _close(k, 0.5):
        return "1/2: the factor 2 from differentiating a square is missing?"
    return None


def _alternating(indices: np.ndarray, n: int) -> bool:
    """Whether ``indices`` are literally every other one of ``range(n)`` (0, 2, 4, ... or 1, 3, 5, ...)."""
    return n >= 3 and len(indices) >= 2 and indices.tolist() == list(range(int(indices[0]), n, 2)) and indices[0] < 2


def located(bad: np.ndarray) -> str:
    """Where the wrong entries (``bad``, a boolean array) are, for a message: ``"all 6 entries"``, ``"2 of 8 entries,
    exactly columns [0]; the other columns are right"``, whole rows, or ``"... at indices [[0, 1], ...]"``."""
    count = int(bad.sum())
    if count == bad.size == 1:
        return "its only entry"
    if count == bad.size:
        return f"all {count} entries"
    where = f"{count} of {bad.size} entries"
    if bad.ndim == 2 and bad.shape[0] > 1 and bad.shape[1] > 1:
        rows = np.flatnonzero(bad.all(axis=1))
        cols = np.flatnonzero(bad.all(axis=0))
        bad_rows = np.flatnonzero(bad.any(axis=1))
        bad_cols = np.flatnonzero(bad.any(axis=0))
        if len(rows) and bad[rows].sum() == count:
            alt = " (every other row)" if _alternating(rows, bad.shape[0]) else ""
            return f"{where}, exactly rows {rows.tolist()}{alt}; the other rows are right"
        if len(cols) and bad[:, cols].sum() == count:
            alt = " (every other column)" if _alternating(cols, bad.shape[1]) else ""
            return f"{where}, exactly columns {cols.tolist()}{alt}; the other columns are right"
        return f"{where}, in rows {bad_rows.tolist()[:10]} and columns {bad_cols.tolist()[:10]}"
    if bad.ndim == 1:
        return f"{where}, at indices {np.flatnonzero(bad)[:10].tolist()}"
    return f"{where}, at indices {[list(map(int, i)) for i in np.argwhere(bad)[:10]]}"


def diagnose(
    analytic: Any,
    numeric: np.ndarray,
    *,
    batch_size: int | None = None,
    factors: Mapping[str, float] | None = None,
    likely_bugs: Mapping[str, np.ndarray] | Callable[[], Mapping[str, np.ndarray]] | None = None,
    tol: float = PASS_REL_ERROR,
    dims: Mapping[str, float] | None = None,
    visible_dims: Mapping[str, float] | None = None,
    activations: Sequence[Activation] = (),
    regions: Mapping[str, Any] | None = None,
    batch_reduction: str = "mean",
) -> str | None:
    """Name the most likely bug in ``analytic``, or return ``None`` when it matches ``numeric``.

    Each pattern is checked, not guessed: "sign flipped" is reported only when ``-analytic``
    matches the numerical gradient to ``tol``, "transposed" only when ``analytic.T`` does, a
    derivative at the wrong point only when the gradient computed with it does, etc. A pattern
    that gives the true gradient itself (a ReLU mask where every unit is active) is never reported.

    Args:
        batch_size: lets a factor equal to the batch size (or its inverse) be named as such.
        batch_reduction: what the right gradient does over the batch, ``"mean"`` (the default) or ``"sum"``:
            a factor of the batch size is a sum where the mean is asked, or an extra factor where the sum is.
        factors: more named constants, ``{"n, the number of outputs: ...": n}``.
        likely_bugs: gradients that known bugs produce, computed by the caller, e.g.
            ``{"derivative taken at the output instead of the input": wrong_dx}``; the one that
            ``analytic`` equals is reported, before the generic patterns (all of them, when the data give
            several the same gradient). Or a function returning them,
            called only for a wrong answer (when building them costs more than the check).
        dims: the sizes (or other quantities, like a learning rate) in play, by name
            (``{"batch size": 5, "fan-in": 3}``): a factor equal to one of them or its inverse is
            named (a sum where the mean is asked, and back), and so is a ratio of two of them
            (``5/3``, the batch size / the fan-in).
        visible_dims: the same quantities in the visible test students ran (``{"batch size": 4}``,
            ``{"learning rate": 0.5}``): a factor ``dims[n] / visible_dims[n]`` (or the visible value
            itself) is a hard-coded value.
        activations: :class:`Activation` points of the gradient: a derivative taken at the
            activation instead of the pre-activation, dropped, applied twice, ... is recognised.
        regions: boolean masks of the gradient's shape, by what they mean to the student
            (``{"where y = 0": y == 0, "where z < 0": z < 0}``): when the wrong entries are exactly
            one of them, the message says so (and whether the sign is flipped or a factor is off there).
            A value may be a pair ``(mask, question)``: the question is asked unless the gradient is 0 there
            (a clip of the input never gives 0: a guard that sets the gradient to 0 does).
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
            if 1 in n.shape:  # round 107: np.atleast_2d(np.squeeze(dW)) made a (6, 1) dW a row, told "transposed"
                return (
                    f"{msg}: a row where a column belongs, or the other way round ({t}). With an axis of size 1, "
                    "np.squeeze, ravel or np.atleast_2d lose which axis it was (np.atleast_2d always makes a row): a "
                    "transpose fixes this shape only. Keep the 2-D result of the product as it is, or reshape to "
                    f"{n.shape} from the sizes the arguments give."
                )
            return f"{msg}: it is transposed ({t})."
        if a.size == n.size:
            ok = _agrees(a.reshape(n.shape), n, tol)
            return f"{msg}: same {a.size} numbers in another shape (values {'right' if ok else 'also wrong'})."
        if a.ndim == 2 and a.shape[0] == a.shape[1] == n.size > 1 and n.ndim == 2 and 1 in n.shape:
            return f"{msg}: a ({n.size}, 1) and a ({n.size},) array were broadcast into a square matrix."
        if a.ndim == 2 and n.ndim == 2 and a.shape[0] == n.shape[0] and n.shape[1] == 1:
            reduce = (  # round 83: "a sum or a mean" sent a student of a summed loss to the mean
                "reduce over the batch axis (a sum or a mean, as the loss says)"
                if batch_size is None
                else "sum over the batch axis (the loss sums the samples' losses, so its gradient sums theirs)"
                if batch_reduction == "sum"
                else "average over the batch axis (the cost is the samples' mean, so its gradient is the mean of "
                "theirs)"
            )
            return f"{msg}: one column per sample; {reduce}."
        if batch_size and batch_size > 1 and a.shape == tuple(d * batch_size for d in n.shape) and n.ndim == 2:
            return (  # round 36: np.outer(x, delta) on a batch
                f"{msg}, each size {batch_size} (the batch size) times too large: np.outer flattens its arguments, "
                "so it is right for one sample only; over a batch, a matrix product (one factor transposed) sums "
                "the samples' outer products."
            )
        if a.size == 1 and n.size > 1:
            batch = "; reduce over the batch axis only" if batch_size and batch_size > 1 else ""
            kept = (  # round 64: db = dy.sum(axis=0, keepdims=True) for one sample's dy of shape (3,)
                ", or over the only axis of a single sample's array, with keepdims=True: a reduction written for a "
                "batch, where there is none to reduce"
                if a.ndim == n.ndim == 1
                else ""
            )
            return (
                f"{msg}: a single number, where {n.size} entries are expected: were they all summed (or averaged) "
                f"into one (np.sum or np.mean without axis={kept})?{batch}"
            )
        if (
            batch_size
            and batch_size > 1
            and batch_size not in n.shape
            and a.size == batch_size
            and (n.ndim == 1 or 1 in n.shape)
        ):
            return (
                f"{msg}: one entry per sample (the batch size is {batch_size}): reduced over the wrong axis, the "
                "units instead of the samples?"
            )
        return msg + "."

    if not np.all(np.isfinite(a)):
        bad = ~np.isfinite(a)
        return f"it contains NaN or inf in {located(bad)} (overflow, log(0) or division by zero?)."

    err = relative_error(a, n, single=np.asarray(analytic).dtype == np.float32)
    worst = float(np.max(err, initial=0.0))
    if worst <= tol:
        return None
    dtype = np.asarray(analytic).dtype
    if dtype.kind in "iu" and not _agrees(np.round(n), n, tol):  # round 38: np.zeros(shape, dtype=int) filled in a loop
        return (
            f"it is an array of integers (dtype {dtype}), and the true gradient's entries are not whole numbers: "
            "values written into an integer array are truncated (one made with dtype=int, or np.zeros_like of an "
            "integer input, filled entry by entry). Make it a float array: np.zeros(shape) is float."
        )

    if worst <= WRONG_REL_ERROR and holds_float16(analytic):  # round 94: a mean taken in float16 and cast back, off by
        # 1e-3 in both of its 2 entries, was read as "a constant factor 0.9997"
        return (
            "imprecise but close: it is float16 numbers (half precision, about 3 significant digits; computed in "
            "float16 somewhere, then converted back), too coarse for a gradient: compute in float64 (or float32, "
            "which this course accepts)."
        )

    if callable(likely_bugs):
        likely_bugs = likely_bugs()
    matched = [
        story for story, wrong in (likely_bugs or {}).items() if _agrees(a, np.asarray(wrong, dtype=np.float64), tol)
    ]
    if len(matched) == 1:
        return matched[0]
    if matched:  # the data of this check give the same gradient for several known bugs: name them all
        return "one of these known bugs (these data cannot tell them apart): " + " Or: ".join(matched)

    for site in activations:
        story = _activation_story(a, n, site, tol)
        if story:
            return story

    if np.all(np.abs(a) < ABS_FLOOR):
        return "it is all zeros: the gradient is not computed or not propagated to this parameter."
    if rounded_to_whole_numbers(a, n, tol):
        return WHOLE_NUMBERS.format(what="gradient's entries")
    story = decimals_story(a, n, tol)
    if story:  # round 75: a decorator returning np.round(result, 6), told "imprecise but close"
        return story
    if _agrees(-a, n, tol):
        return "sign flipped: it equals minus the true gradient."
    if a.ndim == 2 and a.shape[0] == a.shape[1] > 1 and _agrees(a.T, n, tol):
        return "transposed: it equals the transpose of the true gradient."
    if a.ndim == 2 and a.shape[0] == a.shape[1] > 1 and _agrees(-a.T, n, tol):
        return "sign flipped and transposed: it equals minus the transpose of the true gradient."
    if a.ndim == 2 and a.shape[0] != a.shape[1] and min(a.shape) > 1 and _agrees(a, n.T.reshape(n.shape), tol):
        return (
            "the right numbers in the wrong places: it equals the transpose of the true gradient reshaped to its "
            "shape. reshape keeps the order of the entries; to transpose, use .T."
        )
    nn = float(np.vdot(n, n))
    if nn > 0:
        k = float(np.vdot(a, n)) / nn
        story = (
            _factor_story(abs(k), batch_size, factors or {}, dims or {}, visible_dims or {}, batch_reduction)
            if k
            else None
        )
        # a single entry is always some multiple of the right one: only a factor the test can name says anything
        if k != 0 and _agrees(a / k, n, tol) and (a.size > 1 or story):
            if k < 0:
                named = f" = {story}" if story else f"{_fraction(-k)}"
                return f"sign flipped and off by a constant factor {-k:.4g}{named}"
            if story:
                return f"off by a constant factor {k:.4g} = {story}"
            return (
                f"off by a constant factor {k:.4g}{_fraction(k)}, none of the sizes this check knows: every entry "
                "is scaled by the same number; look for a constant you multiply or divide by."
            )
    bad = err > tol
    story = _region_story(a, n, bad, regions or {}, tol) or clipped_story(a, n, bad, "gradient")
    if story:
        return story
    if bad.any() and _agrees(np.abs(a), np.abs(n), tol) and _agrees(-a[bad], n[bad], tol):
        side = "negative" if np.array_equal(bad, n < 0) else "positive" if np.array_equal(bad, n > 0) else ""
        where = f" (every entry where the true gradient is {side})" if side else ""
        return (
            f"the right size everywhere, but the sign is flipped in {located(bad)}{where}: an abs(), a square root "
            "of a square, or a sign lost in one case?"
        )
    if a.size >= 2 and np.all(a == a.flat[0]) and not np.allclose(n, n.flat[0], rtol=tol, atol=ABS_FLOOR):
        return (  # round 36: a bias gradient made of one mean of every entry of delta
            f"every entry is the same number, {a.flat[0]:.6g}, where the true entries differ: one sum or mean over "
            "every axis (np.sum or np.mean without axis=) spread over the shape? Reduce over the batch axis only."
        )
    if worst <= WRONG_REL_ERROR:  # (float16 numbers were told above)
        if np.asarray(analytic).dtype == np.float32:
            return (
                "imprecise but close: off by more than float32 rounding but less than 1%: a small extra or missing "
                f"term, or a value computed from parameters that changed meanwhile? {APPROXIMATE_CAUSES}"
            )
        return (
            "imprecise but close: off by more than round-off but less than 1%: a small extra or missing term, "
            f"or a value computed from parameters that changed meanwhile? {APPROXIMATE_CAUSES}"
        )
    return f"wrong in {located(err > tol)}."


def clipped_story(a: np.ndarray, n: np.ndarray, bad: np.ndarray, what: str = "value") -> str | None:
    """``"it is capped: ..."`` when every wrong entry of ``a`` (``bad``) is one magnitude c with the sign of the true
    entry ``n``, whose size is larger there and at most c everywhere else: ``np.clip(., -c, c)`` on the result or
    on something it is computed from (round 42: gradients clipped to [-5, 5], tanh's input to [-5, 5]). Else None.
    """
    if int(bad.sum()) < 2:  # one wrong entry is smaller than the true one for many reasons
        return None
    size = np.abs(a[bad])
    c = float(size.flat[0])
    if c == 0 or not np.allclose(size, c, rtol=1e-12, atol=0.0):
        return None
    if not (np.all(np.abs(n[bad]) > c) and np.all(np.sign(a[bad]) == np.sign(n[bad]))):
        return None
    if np.any(np.abs(n[~bad]) > c):
        return None
    return (
        f"it is capped: wrong in {located(bad)}, where it is {c:.7g} in size and the true {what} is larger (right "
        f"wherever the true {what} is within {c:.7g}). Is it clipped (np.clip(..., -c, c), on the result or on a "
        "value it is computed from)? The true values are not limited."
    )


def _region_story(a: np.ndarray, n: np.ndarray, bad: np.ndarray, regions: Mapping[str, Any], tol: float) -> str | None:
    """ "wrong exactly <region> (right everywhere else)[: what is wrong there]" when the wrong entries are a region."""
    for name, region in regions.items():
        mask, question = region if isinstance(region, tuple) else (region, "")
        try:
            m = np.broadcast_to(np.asarray(mask, dtype=bool), a.shape)
        except ValueError:
            continue
        if not m.any() or m.all() or not np.array_equal(bad, m):
            continue
        there = ""
        if np.all(np.abs(a[m]) < ABS_FLOOR):
            # round 52: a derivative set to 0 beyond |x| = 4 was asked whether x is clipped, which gives no 0
            there = ": it is 0 there (a guard that sets it to 0 beyond some size, np.where(...) or an if?)"
            question = ""
        elif _agrees(-a[m], n[m], tol):
            there = ": the sign is flipped there"
        else:
            nn = float(np.vdot(n[m], n[m]))
            k = float(np.vdot(a[m], n[m])) / nn if nn > 0 else 0.0
            if k != 0 and _agrees(a[m] / k, n[m], tol):
                there = f": off by a factor {k:.4g}{_fraction(k)} there"
        asked = f" ({question})" if question else ""
        return f"wrong exactly {name}{asked} (right everywhere else){there}."
    return None


def _activation_story(a: np.ndarray, n: np.ndarray, site: Activation, tol: float) -> str | None:
    """The story of the first bug at ``site`` whose gradient ``a`` equals (and the true one does not)."""
    for story, values in site.variants():
        try:
            wrong = np.asarray(site.gradient(values), dtype=np.float64)
        except Exception:  # noqa: BLE001  (a site that cannot compute this variant: not this bug)
            continue
        if wrong.shape == a.shape and not _agrees(wrong, n, tol) and _agrees(a, wrong, tol):
            return story
    return None


def holds_float16(value: Any) -> bool:
    """Whether ``value`` holds float16 numbers: by its dtype, or float32/float64 numbers that are all exact float16
    values (computed in float16 and converted back), one of them not simple (as in :func:`holds_float32`: 0.5 or 3 are
    float16 values whatever computed them). Round 94: sigma' computed in float16 and returned as float64 was told "a
    fallback for the overflow"."""
    try:
        arr = np.asarray(value)
    except Exception:  # noqa: BLE001  (not data)
        return False
    if arr.dtype == np.float16:
        return True
    if arr.dtype not in (np.float32, np.float64) or not arr.size:
        return False
    flat = arr.astype(np.float64).reshape(-1)
    flat = flat[np.isfinite(flat)]
    if not flat.size:
        return False
    with np.errstate(all="ignore"):
        if not np.all(flat.astype(np.float16).astype(np.float64) == flat):
            return False
    return bool(np.any(~_simple(flat)))


def _simple(flat: np.ndarray) -> np.ndarray:
    """Per finite float64 entry, whether it is a value every float type holds whatever computed it: a multiple of
    1/1024 with at most 11 significant bits (0, 1, 0.5, -2.25, 1024). Non-finite entries count as simple."""
    x = np.where(np.isfinite(flat), flat, 0.0)
    with np.errstate(all="ignore"):
        mantissa = np.frexp(x)[0] * 2048  # in [1024, 2048): 11 significant bits
        return (mantissa == np.round(mantissa)) & (x == np.round(x * 1024) / 1024)


def holds_float32(*values: Any) -> bool:
    """Whether any of ``values`` holds float32 (or float16) numbers: by its dtype, or float64 numbers that are
    all exact float32 values (computed in float32 and converted back).

    The rule, per value: a float32 or float16 dtype, or float64 entries that have a finite one that is not simple
    and whose finite ones all survive a round trip through float32. Simple: a multiple of 1/1024 with at most 11
    significant bits (0, 1, 0.5, -2.25 or 1024 are float32 values whatever computed them). Both conditions: a float32
    sum of 400 losses, about 1083 with 13 bits after the point, is a multiple of 1/1024 one time in eight (round 70),
    and a small float32 sum after cancellation (dc about 1e-3) often has few significant bits (a CI run, session
    33); either alone judged such an answer at float64's tolerance. Computed on all the values at once (a training
    run's 300 points of 4 arrays); a value numpy cannot make an array of counts as not float32.
    """
    f64 = []
    for value in values:
        try:
            arr = np.asarray(value)
        except Exception:  # noqa: BLE001  (not data: the gradient check reports it)
            continue
        if arr.dtype in (np.float32, np.float16):
            return True
        if arr.dtype == np.float64 and arr.size:
            f64.append(arr.reshape(-1))
    if not f64:
        return False
    with np.errstate(all="ignore"):  # the usual case first: float64 values that float32 does not hold (a few us)
        if all(not np.all((a.astype(np.float32) == a) | ~np.isfinite(a)) for a in f64):
            return False
    flat = np.concatenate(f64)
    which = np.repeat(np.arange(len(f64)), [a.size for a in f64])
    finite = np.isfinite(flat)
    simple = _simple(flat)
    with np.errstate(all="ignore"):
        exact = flat.astype(np.float32).astype(np.float64) == flat
    not_simple = np.bincount(which, weights=finite & ~simple, minlength=len(f64))
    not_exact = np.bincount(which, weights=finite & ~exact, minlength=len(f64))
    return bool(np.any((not_simple > 0) & (not_exact == 0)))


# what else lands "imprecise but close" (round 94: a mean taken in float16 and cast back, and sigma' read from a table
# with np.interp, were told only of an extra term)
APPROXIMATE_CAUSES = (
    "Or a low-precision or approximate computation: float16 somewhere (about 3 digits), a constant rounded (e = "
    "2.718), a derivative read from a table (np.interp) or a truncated series."
)


# The ends of estimated_numerically's messages: the course's rule, and the other ways to land at that error (round 93:
# sigma' read from a table with np.interp was told only of finite differences and a safety constant).
_DERIVE = "Gradients in this course must be derived by hand, not computed with finite differences."
# round 113: a + 1e-12 in a denominator was told "it looks estimated numerically" first, the constant last
_THREE_CAUSES = (
    "Three things give this error: a small constant added for safety (+ 1e-8 in a denominator or a log), an "
    "approximation of a derivative (a table read with np.interp, a truncated series), or a gradient estimated "
    "numerically (finite differences). The exact formula needs none of them; gradients in this course are derived by "
    "hand, not computed with finite differences."
)


def estimated_numerically(
    analytic: Any, exact: Any, float32_computed: Callable[[], bool | None] | None = None
) -> str | None:
    """Why ``analytic`` looks estimated by finite differences rather than derived, or None.

    ``err`` is the largest difference from the ``exact`` gradient relative to its largest entry.

    * arrays of fewer than ``ESTIMATED_MIN_ENTRIES`` (6) entries: refused only in float64 when the code computed
      no float32 numbers (below).
    * float32 answers (by dtype, or float64 numbers that are all float32 values: :func:`holds_float32`):
      refused above ``FLOAT32_ESTIMATED_REL_ERROR`` (1e-5, about a hundred float32
      roundings); finite differences in float32 are off by 1e-5..1e-2. (A single saturated entry,
      ``1 - s`` with ``s`` near 1 in float32, can be off by 1e-4 on its own.)
    * float64 answers: a derived formula computed in float64 agrees to about 1e-15; a central
      difference with the usual steps (1e-4..1e-6) is off by 1e-12..2e-9, refused. From
      ``FLOAT32_LEVEL_REL_ERROR`` (2e-9) up, the error is what a formula with float32 intermediates
      gives (``da * s * (1 - s)`` with ``s`` computed in float32 returns float64 with float32's
      6e-8 rounding), so it is accepted up to ``FLOAT32_ESTIMATED_REL_ERROR`` (1e-5) only when
      ``float32_computed()`` does not say False (the code under test neither computed nor named float32: then it is
      refused; None, unknown, accepts). Measured on 20,000 random sigmoid VJPs per size, such
      mixed-precision answers fall below 2e-9 in 0.04 % of arrays of 4 entries, 0.01 % of 6, none of
      8 or more; arrays under ``ESTIMATED_MIN_ENTRIES`` (6) are therefore not refused there. Where
      ``float32_computed()`` says False there is no float32 rounding to vary, and arrays of any size are
      refused from 2e-9 to 1e-5. Below 2e-9 (down to ``ESTIMATED_REL_ERROR``) an answer is refused unless
      ``float32_computed()`` says True: float32 rounding of one input carried through float64 arithmetic (an MLP
      that converts x to float32, float64 weights) gives 4e-10..2e-9 (a round-13 answer). Central
      differences land at 2e-12..1e-9 (steps 1e-4..1e-6, 1st to 99th percentile) on a layer's VJP, and up to
      1e-7 on a whole network's cost (its value and its sums make the round-off larger: a step of 1e-6 on
      SigmoidMLP's cross-entropy gives 2e-9..2e-7). What this lets through where float32 was computed or it
      is not known (plain nbgrader), and exact differences of a linear function, is flagged for the TA by the
      static scan (:mod:`backprop_course.review.tamper`).
    """
    a = np.asarray(analytic)
    e = np.asarray(exact, dtype=np.float64)
    if a.shape != e.shape or a.dtype not in (np.float64, np.float32):
        return None
    scale = float(np.max(np.abs(e), initial=0.0))
    if scale == 0.0:
        return None
    single = holds_float32(a)  # float32, or float32 numbers stored as float64: judged as float32
    # a float32 answer's scale has FLOAT32_ABS_FLOOR as its floor (entries that cancel)
    err = float(np.max(np.abs(a.astype(np.float64) - e))) / (max(scale, FLOAT32_ABS_FLOOR) if single else scale)
    small = a.size < ESTIMATED_MIN_ENTRIES
    if single:
        if small or err <= FLOAT32_ESTIMATED_REL_ERROR:
            return None
        return (
            f"it looks estimated numerically, not derived: it matches the true gradient only to {err:.0e} of its "
            "largest entry, more than float32 rounding explains (about 1e-7) and what a finite-difference estimate "
            f"in float32 gives. {_DERIVE}"
        )
    if err <= _DERIVED_REL_ERROR.get():
        return None
    a64 = a.astype(np.float64)
    refused = _estimated_float64(a64, e, scale, err, small, float32_computed)
    decimals = None if refused is None else rounded_to(a64, e, scale)
    if decimals is not None:  # round 106: a gradient rounded to 6 decimals was told "looks estimated numerically"
        return (
            f"it is the true gradient rounded to {decimals} decimals (it matches np.round(gradient, {decimals}) "
            "exactly): is the result rounded (np.round, round(), a format string) before it is returned? Return it "
            "as computed; round only what you print."
        )
    return refused


def _estimated_float64(
    a: np.ndarray, e: np.ndarray, scale: float, err: float, small: bool, float32_computed: Any
) -> str | None:
    """:func:`estimated_numerically`'s verdict on a float64 answer ``a`` off the exact ``e`` by ``err`` of ``scale``."""
    zeroed = _zeroed_where_tiny(a, e, scale, float32_computed)
    if zeroed:
        return zeroed
    if err < FLOAT32_LEVEL_REL_ERROR:
        if small or (float32_computed is not None and float32_computed() is True):
            return None
        return (
            f"it is not the exact derivative: as float64 numbers it matches the true gradient only to {err:.0e} of its "
            "largest entry (a derived formula computed in float64 agrees to about 1e-15, one with float32 steps to "
            f"about 1e-8). {_THREE_CAUSES}"
        )
    if err > FLOAT32_ESTIMATED_REL_ERROR or float32_computed is None or float32_computed() is not False:
        return None
    return (
        f"it is not the exact derivative: as float64 numbers it matches the true gradient only to {err:.0e} of its "
        "largest entry. A derived formula computed in float64 agrees to about 1e-15; float32 arithmetic would explain "
        f"this error, but your code neither computed nor named float32 numbers. {_THREE_CAUSES}"
    )


def rounded_to(a: np.ndarray, e: np.ndarray, scale: float) -> int | None:
    """The number of decimals d (0 to 12) for which ``a`` is ``np.round(e, d)`` to rounding (1e-13 of ``scale``, the
    largest |e|) and that rounding changed an entry of ``e`` it did not set to 0, the smallest such d; else None
    (round 106: a gradient rounded to 6 decimals was told "looks estimated numerically"). Only names a gradient
    :func:`estimated_numerically` refuses anyway: it decides nothing."""
    for d in range(13):
        r = np.round(e, d)
        # changed where it is not rounded to 0 (only tiny entries set to 0 is a guard's story: _zeroed_where_tiny)
        changed = np.any((np.abs(r - e) > 1e-12 * scale) & (r != 0))
        if changed and np.allclose(a, r, rtol=0.0, atol=1e-13 * scale):
            return d
    return None


def _zeroed_where_tiny(a: np.ndarray, e: np.ndarray, scale: float, float32_computed: Any) -> str:
    """The message for a float64 answer that is exact (to 1e-14 of ``scale``) except where it is 0 and the true
    gradient is tiny (below 2e-9 of ``scale``) but not 0, and not 0 everywhere, else "": a guard that zeroes a
    derivative far from 0 (round 72: sigma' set to 0 beyond |z| = 25 was told "estimated numerically", its error
    being of a finite difference's size). Not for code that computed in float32, which underflows there."""
    off = np.abs(a - e) > 1e-14 * scale
    if not off.any() or np.any(a[off] != 0.0) or not np.any(~off & (a != 0.0)):
        return ""  # (all of it 0: a float32 answer's underflow far out, session 34's sweep)
    largest = float(np.max(np.abs(e[off])))
    if largest > FLOAT32_LEVEL_REL_ERROR * scale or (float32_computed is not None and float32_computed() is True):
        return ""  # zeroed values that matter are a plain wrong answer
    return (
        f"it is exactly 0 in {int(off.sum())} entr{'y' if off.sum() == 1 else 'ies'} where the true gradient is tiny "
        f"but not 0 (up to {largest:.1e}), and right everywhere else: a guard that sets a derivative to 0 beyond some "
        "input size (np.where(abs(z) > c, 0, ...), a clip)? The derivatives here are small far from 0 but not 0; "
        "the formula needs no guard."
    )


_DERIVED_REL_ERROR: ContextVar[float] = ContextVar("gradcheck_derived_rel_error", default=ESTIMATED_REL_ERROR)


@contextmanager
def derived_to_within(rel_error: float) -> Iterator[None]:
    """Inside this block, :func:`estimated_numerically` takes a float64 answer further than ``rel_error`` (of the
    exact gradient's largest entry) from the exact gradient as possibly estimated, instead of
    :data:`ESTIMATED_REL_ERROR` (1e-12). For a gradient whose derived formula is one short computation, where every
    arrangement of it agrees to far better than 1e-12: a high-order finite difference (Richardson extrapolation of
    central differences) reaches 1e-13..4e-13 and passed 1e-12 (round 66, softmax_nll's nll_gradient). The other
    thresholds (float32 answers, float32-level errors) are unchanged."""
    token = _DERIVED_REL_ERROR.set(rel_error)
    try:
        yield
    finally:
        _DERIVED_REL_ERROR.reset(token)


@dataclass
class _Answer:
    """The estimate judgements held back inside :func:`one_answer`."""

    suspects: list[GradientCheckError] = field(default_factory=list)
    rounded: bool = False  # a gradient checked in the block holds float32 numbers


_ANSWER: ContextVar[_Answer | None] = ContextVar("gradcheck_answer", default=None)


@contextmanager
def one_answer() -> Iterator[None]:
    """Judge "estimated numerically" once for all the gradients one computation returned, checked in this block
    (a backward pass's grad_W and grad_b of every layer and its dx).

    A derived computation that rounds to float32 somewhere passes that rounding on to every gradient after it,
    where by chance it can be as small as a finite-difference estimate's error (1e-12..2e-9): a dy of two
    entries cast to float32, both rounded by less than a twentieth of an ulp, gives a float64 fc1.grad_W off by
    7e-10 of its largest entry. Checked alone, that array would be refused as estimated. Inside this block such
    a suspicion is held back, and when the block ends without another failure the first one is raised unless a
    gradient checked in the block holds float32 numbers (:func:`holds_float32`: the float32 dtype, or float64
    numbers that are all float32 values, like that dy passed on as a bias gradient). A float64 finite-difference
    answer holds none and is refused as before. (Its error is no evidence: a central difference on an array of
    a few entries can be off by more than float32-level 2e-9.) A block inside another is part of it.

    Raises:
        GradientCheckError: the first gradient that looked estimated, at the end of the block.
    """
    if _ANSWER.get() is not None:
        yield
        return
    answer = _Answer()
    token = _ANSWER.set(answer)
    try:
        yield
    finally:
        _ANSWER.reset(token)
    if answer.suspects and not answer.rounded:
        raise answer.suspects[0]


def _judge_estimate(
    name: str,
    analytic: Any,
    exact: Any,
    hint: str,
    likely_bugs: Mapping[str, np.ndarray] | Callable[[], Mapping[str, np.ndarray]] | None = None,
) -> None:
    """A passing gradient: refuse it if it looks estimated (held back inside :func:`one_answer`), unless it is, to
    the last bits, what one of ``likely_bugs`` gives: then that bug is named (round 46: a sigmoid clipped to
    [1e-7, 1 - 1e-7], off by 1e-7 far from 0, was told "estimated numerically")."""
    estimated = None if exact is None else estimated_numerically(analytic, exact, computed_in_float32)
    if estimated is not None and likely_bugs is not None:
        story = _same_as_a_bug(analytic, likely_bugs() if callable(likely_bugs) else likely_bugs)
        if story:
            raise GradientCheckError(name, story, "", hint)
    answer = _ANSWER.get()
    if answer is None:
        if estimated is not None:
            raise GradientCheckError(name, estimated, "", hint)
        return
    answer.rounded = answer.rounded or holds_float32(analytic)
    if estimated is not None:
        answer.suspects.append(GradientCheckError(name, estimated, "", hint))


_SHAPE = re.compile(r"\(\d+(?:, \d+)*,?\)")  # a shape in a diagnosis: (4, 3), (2,), ()


def naming_same_slip(error: GradientCheckError, others: Mapping[str, Callable[[], str | None]]) -> GradientCheckError:
    """``error``, its message naming the other gradients of the same answer that have the same slip.

    ``others``: ``{name: diagnosis}``, each gradient not checked yet (or checked later) with a function giving its
    :func:`diagnose` problem (None when right), called now. A problem that reads as ``error.problem`` once the
    shapes in both are left out is the same slip (round 83: a missing batch average in every layer, or bias
    gradients left unsummed, were told one gradient at a time: fixed one, graded again, told the next). A problem
    that names no slip ("wrong in all 12 entries", "imprecise but close") is matched with none. Returns ``error``
    itself when none has it.
    """
    if error.problem.startswith(("wrong in ", "imprecise but close")):
        return error  # no slip named: two gradients wrong in all their entries need not share a cause
    same = []
    for name, problem_of in others.items():
        try:
            problem = problem_of()
        except Exception:  # noqa: BLE001  (only a note on the error being raised)
            continue
        if problem is not None and _SHAPE.sub("()", problem) == _SHAPE.sub("()", error.problem):
            same.append(name)
    if not same:
        return error
    names = same[0] if len(same) == 1 else f"{', '.join(same[:-1])} and {same[-1]}"
    detail = f"{error.detail} {names} {'has' if len(same) == 1 else 'have'} the same slip."
    return GradientCheckError(error.subject, error.problem, detail, error.hint)


def check_gradient(
    name: str,
    analytic: Any,
    numeric: np.ndarray | Callable[[], np.ndarray],
    *,
    batch_size: int | None = None,
    factors: Mapping[str, float] | None = None,
    likely_bugs: Mapping[str, np.ndarray] | Callable[[], Mapping[str, np.ndarray]] | None = None,
    hint: str = "",
    tol: float = PASS_REL_ERROR,
    exact: np.ndarray | None = None,
    dims: Mapping[str, float] | None = None,
    visible_dims: Mapping[str, float] | None = None,
    activations: Sequence[Activation] = (),
    regions: Mapping[str, Any] | None = None,
    batch_reduction: str = "mean",
) -> None:
    """Assert that ``analytic`` matches the numerical gradient ``numeric``.

    Args:
        name: what is being checked, as the student knows it (e.g. ``"fc2.grad_W"``).
        analytic: the student's gradient.
        numeric: the reference estimate, usually from :func:`numerical_gradient`; or a function that
            computes it, called only when needed: with ``exact`` given, a right answer is checked
            against ``exact`` alone, and the (costly) estimate is made only to diagnose a wrong one
            (an array estimate is likewise ignored for an answer that agrees with ``exact``).
        batch_size, batch_reduction, factors, likely_bugs, dims, visible_dims, activations, regions: see
            :func:`diagnose`.
        hint: appended to the message when the check fails (where to look).
        tol: largest relative error accepted (see module docstring); float32 answers, and float64 ones off by
            float32 rounding only (``FLOAT32_ROUNDING`` of the largest entry), get ``FLOAT32_REL_ERROR`` if larger.
        exact: the exact gradient, when the test knows it (hidden tests: the reference backward
            pass). It decides: an answer within ``tol`` of it passes whatever the estimate's round-off, and
            a float64 answer that agrees with ``numeric`` but not with ``exact`` is rejected as estimated
            numerically (:func:`estimated_numerically`; inside :func:`one_answer`, at the end of the block).
            A failing answer is diagnosed against ``exact`` (the message's expected values are its entries)
            when the estimate, coarse where the function's value is large, misreads it.

    Raises:
        GradientCheckError: (an ``AssertionError``) with the diagnosis and the worst relative error.
    """
    if callable(likely_bugs):  # built once, if at all, for the diagnoses below
        likely_bugs = cache(likely_bugs)
    if exact is not None and agrees_with_exact(analytic, exact, tol):  # the estimate only diagnoses (stop 67's CI: an
        # estimate off by eps |f| / h = 8e-11 on a gradient whose entries were 1e-5 at most failed a right answer)
        _judge_estimate(name, analytic, exact, hint, likely_bugs)
        return
    if callable(numeric):
        numeric = numeric()
    if holds_float32(analytic) and not holds_float16(analytic):  # the course's float policy: float32 is accepted,
        # float16 is not (round 94: a mean taken in float16, off by up to 5e-4, kept the points at float32's 1e-3)
        tol = max(tol, FLOAT32_REL_ERROR)

    def diagnosis(reference: Any) -> str | None:
        return diagnose(
            analytic,
            reference,
            batch_size=batch_size,
            factors=factors,
            likely_bugs=likely_bugs,
            tol=_float32_tol(analytic, reference, tol),
            dims=dims,
            visible_dims=visible_dims,
            activations=activations,
            regions=regions,
            batch_reduction=batch_reduction,
        )

    problem, reference = diagnosis(numeric), numeric
    if problem is None:
        _judge_estimate(name, analytic, exact, hint, likely_bugs)
        return
    # the estimate decided the grade; the exact gradient, when known, tells what is wrong (the estimate is off by
    # eps |f| / h: a test with a large loss makes it 1e-3 of a small entry, and a clipped answer, right on those
    # entries, would not read as clipped; stop 46's CI)
    if exact is not None and (exact_problem := diagnosis(exact)) is not None:
        problem, reference = exact_problem, exact
    n = np.asarray(reference, dtype=np.float64)
    detail = ""
    try:
        a = np.asarray(analytic, dtype=np.float64)
        if a.shape == n.shape and np.all(np.isfinite(a)):
            err = relative_error(a, n, single=np.asarray(analytic).dtype == np.float32)
            i = np.unravel_index(int(np.argmax(err)), err.shape)
            scale = float(np.abs(a[i] - n[i]) / err[i]) if err[i] > 0 else 0.0
            largest = SCALE_FLOOR * float(np.max(np.abs(n), initial=0.0))
            against = (  # round 83: "relative error 1.1e-03" beside values 20 times apart read as a mistake
                f", their difference {abs(a[i] - n[i]):.3g} relative to {scale:.3g} ("
                + ("a thousandth of the largest expected entry" if np.isclose(scale, largest) else "the smallest scale")
                + ": entries this small are compared with it)"
                if scale > max(abs(a[i]), abs(n[i])) * (1 + 1e-9)
                else ""
            )
            detail = (
                f" Worst relative error {err[i]:.2e} at index {tuple(map(int, i))}: "
                f"yours {a[i]:.6g}, expected {n[i]:.6g}{against} (pass: <= {tol:.0e})."
            )
    except (TypeError, ValueError):
        pass
    raise GradientCheckError(name, problem, detail, hint)


def _same_as_a_bug(analytic: Any, likely_bugs: Mapping[str, np.ndarray]) -> str:
    """The story of the one known bug whose gradient ``analytic`` equals to float64 rounding (1e-12 of its largest
    entry), or ""."""
    a = np.asarray(analytic, dtype=np.float64)
    matched = []
    for story, wrong in likely_bugs.items():
        w = np.asarray(wrong, dtype=np.float64)
        if w.shape == a.shape and np.all(np.isfinite(w)):
            scale = max(float(np.max(np.abs(w), initial=0.0)), np.finfo(np.float64).tiny)
            if float(np.max(np.abs(a - w), initial=0.0)) <= 1e-12 * scale:
                matched.append(story)
    return matched[0] if len(matched) == 1 else ""


def _float32_tol(analytic: Any, reference: Any, tol: float) -> float:
    """``tol``, or the float32 tolerance for a float64 answer computed partly in float32.

    Float32 arithmetic whose result is float64 (a dy cast to float32, then float64 weights) is off by float32
    rounding, at most ``FLOAT32_ROUNDING`` (1e-6) of the largest entry; on an entry near zero, made by
    cancellation, that is more than 1e-4 of the entry. Such an answer is judged at ``FLOAT32_REL_ERROR``, as
    a float32 one is; every bug the checks name is off by far more than 1e-6.

    So is one whose code computed with float32 numbers, as the student's kernel saw it (:data:`computed_in_float32`):
    float32 rounding upstream (activations of a deep layer) can exceed 1e-6 of a small gradient's own largest entry
    (a float32-activations SigmoidMLP, 1.4e-4 relative on layers[0], about one draw in sixty: session 33's sweep).
    """
    if holds_float16(analytic):  # float16 numbers, even cast back: not the course's float32
        return tol
    if float32_rounding_only(analytic, reference):
        return max(tol, FLOAT32_REL_ERROR)
    if seen_computing_in_float32():
        return max(tol, FLOAT32_REL_ERROR)
    return tol


def float32_rounding_only(analytic: Any, reference: Any) -> bool:
    """Whether ``analytic`` differs from ``reference`` by no more than float32 arithmetic can: a finite array of
    ``reference``'s shape, each entry within ``FLOAT32_ROUNDING`` (1e-6) of the largest ``|reference|`` of it.

    The course accepts float32 arithmetic (also inside a float64 result); every bug the checks name is off by far
    more. False for a ``reference`` of zeros (nothing to scale by) and for what is not numeric."""
    try:
        a, r = np.asarray(analytic, dtype=np.float64), np.asarray(reference, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    scale = float(np.max(np.abs(r), initial=0.0))
    if a.shape != r.shape or scale == 0.0 or not np.all(np.isfinite(a)):
        return False
    return float(np.max(np.abs(a - r))) <= FLOAT32_ROUNDING * scale


def agrees_with_exact(analytic: Any, exact: Any, tol: float = PASS_REL_ERROR) -> bool:
    """Whether :func:`check_gradient` accepts ``analytic`` on ``exact`` alone, with no estimate made: a finite array
    of ``exact``'s shape within ``tol`` relative error (the float policy applied: ``FLOAT32_REL_ERROR`` for float32
    numbers, and for float64 ones off by float32 rounding only). An answer that agrees may still be refused as
    estimated numerically (:func:`check_gradient` judges it); one that does not is diagnosed against the estimate.
    """
    if holds_float32(analytic) and not holds_float16(analytic):
        tol = max(tol, FLOAT32_REL_ERROR)
    return _passes_exact(analytic, exact, _float32_tol(analytic, exact, tol))


def _passes_exact(analytic: Any, exact: Any, tol: float) -> bool:
    """``analytic`` is a finite array within ``tol`` of ``exact`` (same shape; the checker's relative error)."""
    try:
        a = np.asarray(analytic, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    e = np.asarray(exact, dtype=np.float64)
    single = np.asarray(analytic).dtype == np.float32
    return (
        bool(np.all(np.isfinite(a)))
        and a.shape == e.shape
        and float(np.max(relative_error(a, e, single=single), initial=0.0)) <= tol
    )


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
