"""Answer-free checks of the ``tanh_mlp`` notebook (single samples; ``y = W x + b`` with ``W`` of shape
``(out_features, in_features)``, as in PyTorch's ``nn.Linear``).

Every function takes the student's classes and functions as arguments (``MSELoss``, ``Tanh``,
``linear_backward``, ``MLP``), never by global name, so the same code checks the student's own blocks in
their kernel and, when graded, whatever the test cell hands it (the notebook's names then refer to the
instructor's reference blocks for everything the cell does not grade). Nothing here holds a solution:
gradients are compared with central differences of the *forward* definitions (``np.tanh``,
``W @ x + b``, the mean squared error, and the network of section 4 written as a formula); hidden tests
add ``exact=`` (their reference gradient), so a gradient estimated numerically is refused.

Two kinds of entry points:

* ``check_*``: one check on given data; raise ``AssertionError`` naming the function and the cause.
* ``visible_*``: the visible check of a test cell (fixed data) that prints ``visible check passed``.
  The MLP ones first run the visible checks of the blocks the MLP uses (also at the sizes the network
  gives them); when one of those fails they print "Fix `Tanh.backward` first: `test_tanh_backward`
  fails" and check nothing else (the MLP tests are graded with the instructor's blocks, so a block's bug
  never costs them points).

Value checks that are not gradients (Tanh.forward, MLP.forward) name the bug the same way: the wrong
outputs students produce are computed from the test's own data and compared (:func:`_value_story`).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np

from backprop_course import gradcheck, testing

__all__ = [
    "BLOCKS",
    "check_full_backprop",
    "check_gradient",
    "check_layers_from_output_down",
    "check_linear_backward",
    "check_linear_backward_float32",
    "check_mlp_backward",
    "check_mlp_forward",
    "check_mlp_forward_saturated",
    "check_mse_backward",
    "check_mse_small_residuals",
    "check_tanh_backward",
    "check_tanh_backward_far_out",
    "check_tanh_backward_float32",
    "check_tanh_backward_mid_band",
    "check_tanh_backward_tail",
    "check_tanh_forward",
    "check_tanh_forward_float32",
    "check_tanh_forward_near_one",
    "first_failing_block",
    "network_output",
    "random_params",
    "saturated_params",
    "visible_full_backprop",
    "visible_linear_backward",
    "visible_mlp_backward",
    "visible_mlp_forward",
    "visible_mse_backward",
    "visible_tanh_backward",
    "visible_tanh_forward",
]

BLOCKS = ("fc1", "activation_fn1", "fc2", "activation_fn2", "fc3")  # MLP attributes, input to output
LAYERS = ("fc1", "fc2", "fc3")
# float32 rounding of x or of the blocks (accepted) carried to an output far smaller than the weights and inputs:
# about 1e-7 of them (round 53's run: a float32 x lost test_mlp_forward on a second network whose outputs were small)
FLOAT32_OUTPUT_ATOL = 1e-6
VISIBLE_SIZES = (2, 10, 20, 5)  # (in, hidden1, hidden2, out) of the visible checks' network
PASSED = "visible check passed"
# check_finite_far_out's hint for Tanh.forward
TANH_OVERFLOW = (
    "np.exp overflows to inf beyond about 709, and (e^x - e^-x) / (e^x + e^-x) is then inf / inf = nan: use "
    "np.tanh(x), finite for every x"
)

# Where the chain of backward steps breaks when the layers above are right (checked from the output down).
_BETWEEN = {
    "fc2": "activation_fn2.backward, between fc3 and fc2: is it skipped, or given another gradient than the "
    "one fc3.backward returned?",
    "fc1": "activation_fn1.backward, between fc2 and fc1: is it skipped, or given another gradient than the "
    "one fc2.backward returned?",
    "dx": "the last step: MLP.backward must return what fc1.backward returns (the gradient with respect to x).",
}


# --------------------------------------------------------------------------------------------------
# The gradient checker, with this notebook's wording


def _reworded(problem: str) -> str:
    """gradcheck's diagnosis, with the "imprecise" case worded for this notebook (no ReLU here, float32 is
    accepted, and the usual cause of a gradient that is close but not equal is a numerical estimate)."""
    float16 = problem.startswith("imprecise but close: it is float16")  # float16 values: told as they are
    if problem.startswith("imprecise but close") and not float16:
        return (
            "close but not equal (a relative error between 1e-4 and 1e-2, far more than float32 round-off): a "
            "small term of the formula is wrong, or the gradient was estimated numerically with a large step. "
            + gradcheck.APPROXIMATE_CAUSES
        )
    return problem


def check_gradient(
    name: str,
    analytic: Any,
    numeric: np.ndarray | Callable[[], np.ndarray],
    *,
    exact: np.ndarray | None = None,
    factors: Mapping[str, float] | None = None,
    likely_bugs: Mapping[str, np.ndarray] | None = None,
    hint: str = "",
    **options: Any,
) -> None:
    """:func:`backprop_course.gradcheck.check_gradient`, with diagnoses worded for this notebook.

    ``numeric`` (an array, or a function computing it: only called when needed) has the shape of the
    parameter; ``exact`` (hidden tests) is the reference gradient.
    ``factors`` name the constant factors that mean something here, before gradcheck's generic ones.
    ``options``: gradcheck's other diagnosis options (``activations=``, ``dims=``, ``regions=``, ...).
    """
    named = _named_factors(factors)
    try:
        gradcheck.check_gradient(
            name, analytic, numeric, factors=named, likely_bugs=likely_bugs, hint=hint, exact=exact, **options
        )
    except gradcheck.GradientCheckError as e:
        better = _reworded(e.problem)
        if better == e.problem:
            raise
        rest = str(e).split(e.problem, 1)[1] if e.problem in str(e) else ""
        raise gradcheck.GradientCheckError(e.subject, better, rest) from None


def _named_factors(factors: Mapping[str, float] | None) -> dict[str, float]:
    """``factors`` and the factors 2 and 1/2 that every gradient of this notebook names (:func:`check_gradient`)."""
    named = dict(factors or {})
    named.setdefault("twice the true gradient (a factor 2 too many).", 2.0)
    named.setdefault("1/2: half the true gradient (a factor 2 missing).", 0.5)
    return named


def _diagnosis(got: Any, numeric: np.ndarray, factors: Mapping[str, float] | None) -> str | None:
    """The problem :func:`check_gradient` would name in ``got`` (None when right), for
    :func:`gradcheck.naming_same_slip`."""
    problem = gradcheck.diagnose(got, numeric, factors=_named_factors(factors))
    return None if problem is None else _reworded(problem)


def _value_story(
    got: Any, expected: np.ndarray, named: Mapping[str, Any], factors: Mapping[str, float] | None = None
) -> str | None:
    """What is wrong with a value that is not a gradient (a forward pass's output), or None.

    The first of ``named`` (``{story: the wrong value}``, computed by the test from its own data) that
    ``got`` equals while ``expected`` does not; else a flipped sign; else a constant factor (named from
    ``factors``, ``{story: factor}``, when one fits). Equality up to float32 rounding (the float policy).
    """
    try:
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    e = np.asarray(expected, dtype=np.float64)
    if g.shape != e.shape or not np.all(np.isfinite(e)):
        return None
    scale = max(float(np.max(np.abs(e), initial=0.0)), 1e-12)

    def same(a: np.ndarray, b: np.ndarray) -> bool:
        with np.errstate(all="ignore"):
            return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-4, atol=1e-6 * scale))

    if same(g, e):
        return None
    for story, value in named.items():
        wrong = np.asarray(value, dtype=np.float64)
        if same(g, wrong) and not same(wrong, e):
            return story
    if not np.all(np.isfinite(g)):
        return None
    if same(-g, e):
        return "the sign is flipped: every entry is minus the right value."
    ee = float(np.vdot(e, e))
    k = float(np.vdot(g, e)) / ee if ee > 0 else 0.0
    if k != 0 and same(g / k, e):
        for story, value in (factors or {}).items():
            if abs(k - value) <= 1e-3 * abs(value):
                return f"every entry is {k:.4g} times the right value: {story}"
        if g.size == 1:  # one entry is always some multiple of the right one: only a named factor says anything
            return None  # (round 53: a clip of one far-out x was told "a constant factor 0.9998")
        return (
            f"every entry is {k:.4g} times the right value (a constant factor): look for a number you multiply "
            "or divide by."
        )
    return None


def _unchanged(what: str, before: np.ndarray, after: Any, fix: str, name: str = "x", returned: Any = None) -> None:
    """Fail if the caller's array ``after`` (the argument ``name`` after the call) differs from ``before``; the
    message says how when it can (:func:`testing.how_changed`, with ``returned``, what the call returned)."""
    if not np.array_equal(np.asarray(after), before):
        raise AssertionError(
            f"{what} in place{testing.how_changed(before, after, name, returned)}. Backward and forward passes must "
            f"leave their inputs unchanged (this notebook's rule): {fix}"
        )


def _result(what: str, value: Any, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` as an array of ``shape`` (lists accepted), or an AssertionError that says what it is."""
    if value is None:
        raise AssertionError(f"{what} returns None: did you forget the return statement?")
    return testing.as_array(what, value, shape)


# --------------------------------------------------------------------------------------------------
# Section 1: MSELoss.backward


def _mse_factors(n: int) -> dict[str, float]:
    factors = {
        "n, the number of entries: the 1/n of the mean is missing.": float(n),
        "1/n: the gradient is divided by n twice (once is the mean's 1/n).": 1.0 / n,
        "1/2: the factor 2 from differentiating the square (y - t)**2 is missing.": 0.5,
        "twice the true gradient: the factor 2 of the square's derivative is applied twice.": 2.0,
    }
    if n > 1:
        factors["n/(n-1): divided by n - 1 instead of n."] = n / (n - 1)
        factors["n**2: multiplied by n where the mean's 1/n divides by n (* n instead of / n)."] = float(n * n)
    if n != 3:
        factors[
            f"n/3 with n = {n}: the size of the visible check (n = 3) is written into the code (or kept from the "
            "first call, in a global or a default argument); divide by the number of entries of each call's array."
        ] = n / 3
    return factors


def _mse_bugs(y: np.ndarray, target: np.ndarray) -> dict[str, np.ndarray]:
    n, diff = y.size, y - target
    with np.errstate(divide="ignore", invalid="ignore"):
        inverted = 2 / diff / n
    bugs = {
        "the sign is flipped: the derivative of (y - t)**2 with respect to y is +2 (y - t), you used t - y.": (
            -2 * diff / n
        ),
        "the difference y - t is in the denominator: 2 / (y - t) / n where 2 (y - t) / n is meant (a / where a * "
        "belongs).": inverted,
        "it returns the squared errors (y - t)**2 / n, the terms of the loss, not their derivative 2 (y - t) / n.": (
            diff**2 / n
        ),
        "it returns the squared errors (y - t)**2, not the derivative of their mean, 2 (y - t) / n.": diff**2,
        "it returns the difference y - t itself: the factor 2/n of the derivative 2 (y - t) / n is missing."
        + (
            " (Or it divides by n - 1 = 2 instead of n: with n = 3, 2 (y - t) / (n - 1) is y - t too.)"
            if n == 3
            else ""
        ): diff,
    }
    if abs(np.mean(diff)) > 1e-9 * np.max(np.abs(diff), initial=0.0):  # else: all zeros, named as such
        bugs[
            "every entry is the same number, 2 mean(y - t): the mean was taken before differentiating. The derivative "
            "of mean((y - t)**2) has one entry per entry of y, 2 (y_i - t_i) / n."
        ] = np.full(n, 2 * np.mean(diff))
    true = 2 * diff / n
    for c in (0.5, 1.0, 2.0, 5.0, 10.0):  # round 57: gradient clipping inside the loss
        if np.any(np.abs(true) > c):
            bugs[
                f"it is clipped to [-{c:g}, {c:g}] (np.clip): the derivative 2 (y - t) / n is larger there; "
                "MSELoss.backward returns it unchanged (no clipping)."
            ] = np.clip(true, -c, c)
    if n > 3:  # n = 3: the same values as y - t itself (named there)
        bugs[f"it divides by n - 1 = {n - 1} instead of by n = {n}: the loss is the mean over the n entries."] = (
            2 * diff / (n - 1)
        )
    nonzero = int(np.count_nonzero(diff))
    if 0 < nonzero < n and nonzero != n - 1:  # round 103 (n - 1 is named above)
        bugs[
            f"it divides by the {nonzero} residuals that are not 0 (np.count_nonzero(y - t)) instead of by n = {n}: "
            f"here {n - nonzero} predictions equal their targets exactly. The loss is the mean over all n entries, "
            "zero residuals included."
        ] = 2 * diff / nonzero
    return bugs


def check_mse_object_reused(MSELoss: Callable, rng: np.random.Generator) -> None:
    """One ``MSELoss`` object through forward and backward on 5 entries, then on 3: backward divides by the n of the
    forward it follows (round 104: n kept from the object's first call kept the points, every check using a new
    object or one size). Raises ``AssertionError``."""
    loss = MSELoss()
    y1, t1 = rng.normal(size=5), rng.normal(size=5)
    loss.forward(y1, t1)
    loss.backward()
    y2, t2 = rng.normal(size=3), rng.normal(size=3)
    loss.forward(y2.copy(), t2.copy())
    got = np.asarray(_result("MSELoss.backward() after a second forward", loss.backward(), (3,)), dtype=float)
    want = 2 * (y2 - t2) / 3
    if np.allclose(got, want, rtol=1e-5, atol=1e-12):
        return
    kept = np.allclose(got, 2 * (y2 - t2) / 5, rtol=1e-5, atol=1e-12)
    why = (
        "it divides by 5, the n of the object's first forward: n is kept from an earlier call (set once, e.g. "
        "if not hasattr(self, 'n')). Take n from the forward it follows (self.diff.size)."
        if kept
        else "it returns something kept from the object's first forward and backward: compute it from what the last "
        "forward stored."
    )
    raise AssertionError(
        f"MSELoss.backward on one object used twice, a forward of 5 entries then one of 3: expected "
        f"{np.round(want, 6)}, got {np.round(got, 6)}: {why}"
    )


def check_mse_small_residuals(MSELoss: Callable, rng: np.random.Generator) -> None:
    """``MSELoss.backward`` where two predictions almost hit their targets (0/1 labels: y = t + 1e-6 or so, one at a
    label 0) and the other residuals are 0.5 to 2: entry by entry, 2 (y - t) / n within 1e-3 of itself plus float32
    rounding of the operands (1e-6 of |y| + |t|, times 2 / n). The gradient check's tolerance is relative to the
    largest entry (for float32 answers 1e-3 of it), so an entry 1e-6 of the largest set to 0 passes it (round 123: a
    float32 gradient with entries under 1e-5 of the largest set to 0 kept the points). Raises ``AssertionError``."""
    n = 7
    target = rng.integers(0, 2, size=n).astype(float)
    target[:2] = (0.0, 1.0)  # one tiny residual at a label 0 (float32 holds it to 1e-7 of itself), one at a label 1
    resid = rng.choice([-1.0, 1.0], size=n) * rng.uniform(0.5, 2.0, size=n)
    resid[:2] = rng.choice([-1.0, 1.0], size=2) * rng.uniform(1.0, 3.0, size=2) * 1e-6
    order = rng.permutation(n)
    y, target = (target + resid)[order], target[order]
    loss = MSELoss()
    loss.forward(y.copy(), target.copy())
    got = np.asarray(_result("MSELoss.backward()", loss.backward(), (n,)), dtype=np.float64)
    want = 2 * (y - target) / n
    tol = 1e-3 * np.abs(want) + 1e-6 * (np.abs(y) + np.abs(target)) * 2 / n
    bad = ~(np.abs(got - want) <= tol)
    if not bad.any():
        return
    i = int(np.argmin(np.where(bad, np.abs(want), np.inf)))
    small = np.abs(y[i] - target[i]) < 1e-4
    why = (
        "the prediction almost hits its target there, and the gradient is 2 (y - t) / n at every entry, however small "
        "next to the others: "
        + (
            'setting small entries to 0 ("matched outputs"), or rounding them away, is wrong.'
            if got[i] == 0
            else "a floor, a rounding or a threshold on small entries changes them."
        )
        if small
        else "the gradient is 2 (y - t) / n at every entry."
    )
    raise AssertionError(
        f"MSELoss.backward with n={n}, where y - target = {y[i] - target[i]:.3g} at entry {i}: got {got[i]:.4g}, "
        f"expected 2 (y - t) / n = {want[i]:.4g}: {why}"
    )


def _divides_by_n_minus_1(MSELoss: Callable) -> bool:
    """Whether ``MSELoss`` on 4 entries gives 2 (y - t) / 3 (round 56: with n = 3 that bug gives y - t, and the
    message named a missing factor 2/n first)."""
    y, t = np.array([0.5, -1.0, 2.0, 0.25]), np.array([1.0, 0.5, -0.5, 0.0])
    try:
        loss = MSELoss()
        loss.forward(y.copy(), t.copy())
        got = np.asarray(loss.backward(), dtype=float)
    except Exception:  # noqa: BLE001  (the first check's message stands)
        return False
    return got.shape == y.shape and bool(np.allclose(got, 2 * (y - t) / 3, rtol=1e-9, atol=0))


def check_mse_backward(MSELoss: Callable, y: np.ndarray, target: np.ndarray, *, exact: Any = None) -> None:
    """``MSELoss().forward(y, target)`` then ``backward()`` against d mean((y - t)**2) / dy; shapes ``(n,)``.

    Also: calling ``backward`` twice gives the same result (it does not change what forward stored).
    """
    n = y.size
    loss = MSELoss()
    y_arg, target_arg = y.copy(), target.copy()
    loss.forward(y_arg, target_arg)
    fix = "compute a new array (diff = y - target), not diff = y; diff -= target."
    _unchanged("MSELoss.forward changed its input y", y, y_arg, fix, "y")
    _unchanged("MSELoss.forward changed its input target", target, target_arg, fix, "target")
    got = loss.backward()
    if got is None:  # round 79: told as "an array of shape ()" kept from an earlier call
        raise AssertionError(
            "MSELoss.backward() returns None: did you forget the return statement (print shows a value, and returns "
            f"None)? It returns the derivative of the loss, an array of shape ({n},)."
        )
    if n > 1 and np.ndim(got) == 0 and np.asarray(got).dtype.kind in "iuf":  # not a string (round 32)
        raise AssertionError(
            f"MSELoss.backward returns a single number; it must return one derivative per entry of y, "
            f"an array of shape ({n},)."
        )
    try:
        got = np.array(_result("MSELoss.backward()", got, (n,)))  # a copy: the second call must not change it
    except AssertionError:
        if _stale_mse_result(MSELoss, got, n):
            raise AssertionError(
                f"MSELoss.backward() returns an array of shape {np.shape(got)} after a forward of {n} entries, and "
                f"the very same array after another object's forward of {n + 2} entries: it returns a result kept "
                "from an earlier call (on the class, MSELoss._grad = ..., or in a global), not one computed from what "
                "this object's forward stored. Compute it at each call from self's state (2 * self.diff / n)."
            ) from None
        raise
    # a float copy (the numerical gradient perturbs a float64 array; a target of integers is passed as it is)
    numeric = partial(
        gradcheck.numerical_gradient, lambda v: float(np.mean((v - target) ** 2)), np.array(y, dtype=float)
    )
    try:
        check_gradient(
            f"MSELoss.backward with n={n}",
            got,
            numeric,
            exact=exact,
            factors=_mse_factors(n),
            likely_bugs=_mse_bugs(y, target),
        )
    except AssertionError:
        if n == 3 and np.allclose(got, y - target, rtol=1e-12, atol=0) and _divides_by_n_minus_1(MSELoss):
            raise AssertionError(
                "MSELoss.backward divides by n - 1 instead of by n (with n = 3, 2 (y - t) / (n - 1) is y - t; with "
                "n = 4 it returns 2 (y - t) / 3): the loss is the mean over the n entries, so its derivative is "
                "2 (y - t) / n."
            ) from None
        raise
    again = _result("MSELoss.backward() called a second time", loss.backward(), (n,))
    if not np.array_equal(again, got):
        raise AssertionError(
            "MSELoss.backward gives another result when called a second time: "
            + _second_call(got, again, "after the same forward")
        )
    y2, target2 = _next_sample(y), _next_sample(target)  # a second sample on the same object, as in training
    _same_as_fresh(
        "MSELoss", loss, MSELoss(), lambda block: (block.forward(y2.copy(), target2.copy()), block.backward())
    )
    # two loss objects, each with its own batch size (round 42: n kept on the class, MSELoss.n = diff.size, kept the
    # points: every check used one object at a time)
    shared = (
        "MSELoss.backward of one MSELoss object used what another MSELoss object's forward stored: forward must keep "
        "its state on self (self.diff = ..., self.n = ...), not on the class (MSELoss.n = ...) or in a global variable."
    )
    first, second = MSELoss(), MSELoss()
    first.forward(y.copy(), target.copy())
    second.forward(np.linspace(-1.5, 1.5, n + 2), np.zeros(n + 2))
    try:
        mine = first.backward()
    except Exception:  # noqa: BLE001  (typically a broadcasting error: the other object's state has n + 2 entries)
        raise AssertionError(shared) from None
    if mine is None or np.shape(mine) != (n,) or gradcheck.diagnose(mine, got) is not None:
        raise AssertionError(shared)
    # a result kept on the class for each shape (round 88): a new object with another sample of the same size
    _gives_own_gradient(
        "MSELoss",
        MSELoss(),
        lambda block: (block.forward(y2.copy(), target2.copy()), block.backward())[1],
        2 * (y2 - target2) / n,
        got,
    )


def _stale_mse_result(MSELoss: Callable, got: Any, n: int) -> bool:
    """Whether a new MSELoss object, after a forward of ``n + 2`` entries, returns exactly ``got`` again (round 69: a
    gradient cached on the class on its first call was told only that its shape was wrong)."""
    try:
        other = MSELoss()
        other.forward(np.linspace(-1.5, 1.5, n + 2), np.zeros(n + 2))
        again = other.backward()
        return np.shape(again) == np.shape(got) and np.array_equal(np.asarray(again), np.asarray(got))
    except Exception:  # noqa: BLE001  (a backward that fails here tells nothing more)
        return False


def _next_sample(v: np.ndarray) -> np.ndarray:
    """Other values of the same shape, as a next sample would bring (every entry changed, none to zero)."""
    return v[::-1] * 0.7 + 0.3


def _second_call(first: np.ndarray, again: np.ndarray, same: str = "for the same dy") -> str:
    """Why a block's backward, called twice after one forward, gave ``again`` the second time (``first`` before)."""
    if np.allclose(again, 2 * first, rtol=1e-9, atol=1e-12):
        return (
            "exactly twice the first result: it adds each result to a sum kept on the object (self.grad += ...) that "
            "is never reset. backward returns the gradient of this call: compute a new array (dx = ...), return it."
        )
    return (
        "it keeps something from one call to the next (a sum never reset) or changes what forward stored in place. "
        f"backward must give the same result {same}: leave forward's values unchanged and compute a new array."
    )


def _same_as_fresh(block: str, used: Any, fresh: Any, run: Callable[[Any], Any], part: str = "backward") -> None:
    """A block that has already run a first sample must treat the next one as a new object does: ``run(block)``
    (a forward, and a backward) gives the same results, bit for bit, on ``used`` and on ``fresh``. A block that
    keeps something from its first sample (a value computed once, a cache keyed on the shape or on id()) does not.
    """
    on_used, on_fresh = run(used), run(fresh)
    names = ("forward", "backward")[: len(on_used)]
    for name, a, b in zip(names, on_used, on_fresh, strict=True):
        try:
            same = np.array_equal(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64), equal_nan=True)
        except (TypeError, ValueError):  # not numbers: the checks of the first sample say what is wrong with that
            same = True
        if not same:
            after = f" (a {name} that {block}.{part} builds on)" if name != part else ""
            raise AssertionError(
                f"{block}.{name}{after} gives another result for a second sample on an object that has already run a "
                f"first one than on a new {block} object: it keeps something from the first sample (a value computed "
                "once, a cache keyed on the shape or on id(), which Python reuses). In training one object sees every "
                "sample: each forward must replace what backward uses."
            )


def _gives_own_gradient(block: str, fresh: Any, run: Callable[[Any], Any], expected: np.ndarray, earlier: Any) -> None:
    """A new ``block`` object, given another sample by ``run(fresh)`` (a forward, then returning backward's result),
    returns that sample's gradient ``expected`` (float policy of :func:`gradcheck.agrees_with_exact`), not
    ``earlier``, what another object returned before. A result kept where every object finds it (on the class, in a
    global), keyed on the shape or on the values of an argument, gives the earlier one back; :func:`_same_as_fresh`
    cannot see it, a new object finding it too (round 88: a memo keyed on dy's bytes, a gradient kept on the class
    for each shape)."""
    got = run(fresh)
    if gradcheck.agrees_with_exact(got, expected):
        return
    if got is not None and np.shape(got) == np.shape(earlier) and np.array_equal(got, earlier):
        raise AssertionError(
            f"{block}.backward of a new {block} object, after a forward of another sample, returns exactly what an "
            f"earlier {block} object returned: a result kept from an earlier call, shared by every object (on the "
            "class, in a global, in a dict keyed on the shape or on the values of an argument). backward must compute "
            "from what this object's forward stored (self....), every call."
        )
    raise AssertionError(
        f"{block}.backward of a new {block} object, after a forward of another sample, does not return that sample's "
        "gradient (it did for the first sample): does it keep something from an earlier object or call, on the class "
        "or in a global?"
    )


def _visible_mse_data() -> tuple[np.ndarray, np.ndarray]:
    """y and target of the visible MSE check, n = 3: differences of unequal size, not summing to zero (an answer
    that puts 2 mean(y - t) in every entry is then not all zeros)."""
    return np.array([0.5, -1.0, 2.0]), np.array([0.0, 0.5, 1.5])


def _mse_checks(MSELoss: Callable) -> None:
    """The checks of test_mse_loss's visible cell: n = 3, then n = 5 (round 54: n = 3 written into the code passed
    them), then n = 4 with large errors."""
    check_mse_backward(MSELoss, *_visible_mse_data())
    check_mse_backward(MSELoss, np.array([0.3, -1.2, 2.0, 0.7, -0.4]), np.array([0.0, 0.5, 1.5, -0.2, 0.1]))
    # large errors too, 2 (y - t) / n up to 3.2 in size (round 57: the derivative clipped to [-1, 1] passed them)
    check_mse_backward(MSELoss, np.array([4.0, -0.5, 1.0, -6.0]), np.array([-2.0, 0.0, 1.5, 0.4]))


def visible_mse_backward(MSELoss: Callable) -> None:
    """The visible check of test_mse_loss (:func:`_mse_checks`)."""
    _mse_checks(MSELoss)
    print(PASSED)


# --------------------------------------------------------------------------------------------------
# Section 2: Tanh


def check_tanh_forward(Tanh: Callable, x: np.ndarray) -> None:
    """``Tanh().forward(x)`` equals ``np.tanh(x)`` (float32 accepted), shape ``(n,)``, and leaves ``x`` unchanged."""
    arg = x.copy()
    act = Tanh()
    got = _result("Tanh.forward(x)", act.forward(arg), x.shape)
    _unchanged("Tanh.forward changed its input x", x, arg, "return a new array, e.g. np.tanh(x).", "x", got)
    label = f"Tanh.forward(x) for n={x.size}"
    story = _value_story(got, np.tanh(x), _tanh_forward_bugs(x))
    if story:
        raise AssertionError(f"{label} is wrong: {story}")
    x2 = _next_sample(x)  # a second sample on the same object, as in training
    try:
        testing.assert_close(label, got, np.tanh(x))
    except AssertionError as e:  # round 90: a result kept per shape was told only its values
        cut = _saturation_cut(x, got)
        if cut is not None:  # round 99: sign(x) beyond |x| = 5 was told "whole numbers: an integer array?"
            raise AssertionError(
                f"{label} is exactly 1 or -1 (sign(x)) for |x| >= {cut:g}, where tanh(x) is close to 1 in size but "
                "not 1: a cut-off (np.where(np.abs(x) > c, np.sign(x), ...), a clip of the result)? tanh(x) = "
                "np.tanh(x) for every x, however large."
            ) from None
        try:
            again = np.asarray(Tanh().forward(x2.copy()))
        except Exception:  # noqa: BLE001  (no story: the values' message stands)
            raise e from None
        if again.shape == np.shape(got) and np.array_equal(again, got):
            raise AssertionError(
                f"{str(e).rstrip('.')}. A new Tanh object gives exactly this result for another x of the same "
                "shape: a result kept from an earlier call (on the class, in a global, in a dict keyed on the "
                "shape). forward must compute tanh of the x it is given, every call."
            ) from None
        raise
    _same_as_fresh("Tanh", act, Tanh(), lambda block: (block.forward(x2.copy()),), "forward")


def check_tanh_forward_near_one(
    Tanh: Callable, rng: np.random.Generator, *, edges: Sequence[float] | None = None, atol: float = 1e-13
) -> None:
    """``Tanh().forward(x)`` at one |x| in each band from 12.3 to 13.5, both signs, entry by entry: within a quarter of
    1 - |tanh(x)| (3.7e-12 to 4.2e-11 there) plus 1e-13 of tanh(x), for float64 answers (float32 rounds tanh to 1
    there, which the course accepts). Round 129: expm1(2x) / (exp(2x) + 1) with an overflow guard that returns 1 beyond
    x = 12.3 (off by up to 4e-11, and tanh' then 0 there) kept the points: the other checks' tolerance is relative to
    the whole array. ``edges``, ``atol``: the bands of |x| and the absolute slack (round 130 adds 13.5 to 19 at 1e-15:
    sign(x) beyond |x| = 13.6, and 1 beyond x = 16, kept the points; a correct float64 tanh is within about 2e-16 of
    tanh(x), and exactly +-1 beyond about 18.7, where 1 - |tanh(x)| is within the slack). Raises ``AssertionError``."""
    edges = np.array([12.3, 12.7, 13.1, 13.5] if edges is None else edges, dtype=np.float64)
    x = rng.permutation(np.concatenate([rng.uniform(edges[:-1], edges[1:]), -rng.uniform(edges[:-1], edges[1:])]))
    got = _quiet_forward(Tanh(), x, keep_dtype=True)
    # float32's +-1 converted back to float64 reads as float64 (1.0 is every dtype's): the same forward at moderate x
    # tells float32 arithmetic apart where no watch of the kernel does (plain nbgrader)
    moderate = _quiet_forward(Tanh(), np.array([0.3, -0.7, 1.1]), keep_dtype=True)
    if got is None or got.shape != x.shape or gradcheck.holds_float32(got) or gradcheck.seen_computing_in_float32():
        return  # forward's other checks tell what is wrong; float32 is accepted
    if moderate is not None and gradcheck.holds_float32(moderate):
        return
    got = got.astype(np.float64)
    e = np.exp(-2.0 * np.abs(x))
    truth = np.sign(x) * (1.0 - e) / (1.0 + e)
    gap = 2.0 * e / (1.0 + e)  # 1 - |tanh(x)|, exact to rounding
    bad = ~(np.abs(got - truth) <= 0.25 * gap + atol)
    if not bad.any():
        return
    i = int(np.argmin(np.where(bad, np.abs(x), np.inf)))
    why = (
        "exactly +-1: a guard that returns sign(x) beyond some |x| (against overflow of np.exp)? tanh(x) is not 1 "
        "there in float64; np.tanh(x) needs no guard"
        if np.abs(got[i]) == 1.0
        else "tanh(x) computed with a formula that loses digits, or a cut-off near 1? np.tanh(x) keeps them"
    )
    raise AssertionError(
        f"Tanh.forward(x) at x = {x[i]:.4g} is {got[i]:.17g}, tanh(x) = {truth[i]:.17g} (1 - |tanh(x)| = "
        f"{gap[i]:.3g}; |x| from {edges[0]:g} to {edges[-1]:g} checked entry by entry): {why}."
    )


def _saturation_cut(x: np.ndarray, got: Any) -> float | None:
    """The c of a cut-off, when ``got`` is sign(x) exactly where |x| > c and tanh(x) (to float64 rounding) elsewhere,
    and some |x| > c is below 19 (where tanh(x) still differs from 1 in float64); else None."""
    try:
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    t = np.tanh(np.asarray(x, dtype=np.float64))
    if g.shape != t.shape:
        return None
    ones = (np.abs(g) == 1.0) & (np.sign(g) == np.sign(t)) & (t != g)
    if not ones.any():
        return None
    cut = float(np.min(np.abs(x[ones])))
    rest = np.abs(x) < cut
    if np.all(np.abs(g[rest] - t[rest]) <= 1e-12 * np.maximum(np.abs(t[rest]), 1e-300)) and np.all(
        np.abs(g[~rest]) == 1.0
    ):
        return cut
    return None


def _tanh_forward_bugs(x: np.ndarray) -> dict[str, np.ndarray]:
    """Wrong outputs of Tanh.forward that students write, by what went wrong."""
    t, ep, em = np.tanh(x), np.exp(x), np.exp(-x)
    with np.errstate(divide="ignore", invalid="ignore"):
        coth = (ep + em) / (ep - em)
    return {
        "it returns x unchanged: tanh is not applied.": x,
        "it returns the sigmoid 1 / (1 + exp(-x)), not tanh(x).": 1 / (1 + em),
        "tanh(x) = 2 sigmoid(2x) - 1: the argument of the sigmoid is x where 2x is meant.": 2 / (1 + em) - 1,
        "tanh(x) = 2 sigmoid(2x) - 1: the - 1 is missing.": 2 / (1 + em**2),
        "it returns tanh(x)**2: the square belongs to the derivative 1 - tanh(x)**2, not to tanh.": t**2,
        "it returns the derivative 1 - tanh(x)**2, not tanh(x).": 1 - t**2,
        "tanh is applied twice: tanh(tanh(x)).": np.tanh(t),
        "it returns (exp(x) - exp(-x)) / 2 = sinh(x): tanh divides by exp(x) + exp(-x), not by 2.": (ep - em) / 2,
        "numerator and denominator are swapped: (exp(x) + exp(-x)) / (exp(x) - exp(-x)) is 1 / tanh(x).": coth,
        "the parentheses around the numerator are missing: exp(x) - exp(-x) / (exp(x) + exp(-x)) divides only "
        "exp(-x); write (exp(x) - exp(-x)) / (exp(x) + exp(-x)).": ep - em / (ep + em),
        "the sign in the denominator is flipped: (exp(x) - exp(-x)) / (exp(x) - exp(-x)) is 1, tanh divides by "
        "exp(x) + exp(-x).": np.ones_like(x),
    }


def _tanh_forward_checks(Tanh: Callable) -> None:
    """The checks of test_tanh_forward's visible cell: small inputs, then far from 0 (|x| from 3.5 to 22, where a clip
    of x shows; from 710 to 1000, where np.exp overflows) and an integer x, as the hidden checks try (round 53: x
    clipped to [-3, 3] passed every visible cell)."""
    check_tanh_forward(Tanh, np.array([-2.0, 0.0, 0.5]))
    check_tanh_forward(Tanh, np.array([-22.0, -5.0, 0.7, 3.5, 12.5]))
    testing.check_finite_far_out(
        "Tanh.forward", Tanh().forward, [np.array([-1000.0, 0.3, 745.0, -710.0])], arg="x", hint=TANH_OVERFLOW,
        expected=np.tanh,
    )  # fmt: skip
    check_tanh_forward(Tanh, np.array([-3, -1, 0, 1, 2, 4]))


def visible_tanh_forward(Tanh: Callable) -> None:
    """The visible check of test_tanh_forward (:func:`_tanh_forward_checks`)."""
    _tanh_forward_checks(Tanh)
    print(PASSED)


def _tanh_bugs(x: np.ndarray, dy: np.ndarray) -> dict[str, np.ndarray]:
    t = np.tanh(x)
    with np.errstate(over="ignore"):
        sig = 1.0 / (1.0 + np.exp(-x))
    return {
        "the tanh derivative is taken at the input: 1 - x**2 instead of 1 - tanh(x)**2.": dy * (1 - x**2),
        "tanh is applied twice: the derivative uses tanh(tanh(x)); if forward stored tanh(x), do not apply "
        "tanh to it again.": dy * (1 - np.tanh(t) ** 2),
        "the tanh derivative misses the square: 1 - tanh(x) instead of 1 - tanh(x)**2.": dy * (1 - t),
        "the derivative is tanh(x)**2; it is 1 - tanh(x)**2.": dy * t**2,
        "the square of the hyperbolic secant is missing: 1/cosh(x) instead of 1/cosh(x)**2.": dy / np.cosh(x),
        "the tanh derivative is missing: dx must be dy times the derivative of tanh at x, not dy.": dy,
        "dy is not used: dx is the tanh derivative alone; multiply it by dy (chain rule).": 1 - t**2,
        "the 1 of 1 - tanh(x)**2 is missing: the derivative is -tanh(x)**2.": dy * -(t**2),
        "the sign inside the tanh derivative is flipped: 1 + tanh(x)**2 instead of 1 - tanh(x)**2.": dy * (1 + t**2),
        "dy is divided by the tanh derivative 1 - tanh(x)**2: the chain rule multiplies by it.": dy / (1 - t**2),
        "the tanh derivative is 1 - 2 tanh(x): tanh(x) * 2 where the square tanh(x) ** 2 is meant.": dy * (1 - 2 * t),
        "the square is applied to 1 - tanh(x): (1 - tanh(x))**2 instead of 1 - tanh(x)**2.": dy * (1 - t) ** 2,
        "tanh(x) (1 - tanh(x)) is the sigmoid's derivative formula a(1 - a); tanh's is 1 - tanh(x)**2.": dy
        * t
        * (1 - t),
        "the tanh derivative is applied twice: (1 - tanh(x)**2)**2.": dy * (1 - t**2) ** 2,
        "it is the sigmoid's derivative sigma(x)(1 - sigma(x)) of x; tanh's is 1 - tanh(x)**2.": dy * sig * (1 - sig),
        "dx is dy times the activation tanh(x) itself, not times its derivative 1 - tanh(x)**2.": dy * t,
    }


_TANH_FACTORS = {
    "twice the true gradient (the derivative of tanh has no factor 2).": 2.0,
    "1/2: half the true gradient (the derivative of tanh has no factor 1/2).": 0.5,
    "1/4: a quarter of the true gradient. Through the sigmoid, tanh(x) = 2 sigmoid(2x) - 1, so its derivative "
    "is 4 sigmoid(2x) (1 - sigmoid(2x)): the 4 (2 from each factor 2) is missing.": 0.25,
}


def check_tanh_backward_not_above(Tanh: Callable, rng: np.random.Generator | None = None) -> None:
    """``Tanh.backward(dy = 1)`` after ``forward(x)`` at x from -23 to -12.25: never above the true 1 - tanh(x)^2, nor a
    guard's 0 close in (:func:`testing.check_sigmoid_not_above`; round 85: tanh' taken at x clipped to [-7, 7] kept
    the points between the checks at |x| up to 6.4 and those at 710 to 1000)."""

    def derivative(x: np.ndarray) -> np.ndarray:
        block = Tanh()
        block.forward(x.ravel().copy())
        return np.asarray(block.backward(np.ones(x.size)), dtype=np.float64).reshape(x.shape)

    x = np.array(testing.SIGMOID_BEYOND_Z + testing.SIGMOID_BEYOND_Z_POSITIVE) / 2.0
    try:
        y = np.asarray(Tanh().forward(x.copy()), dtype=np.float64)
        if y.shape != x.shape:
            return  # forward's own failure: test_tanh_forward's to charge
        if not np.all(np.abs(y - np.tanh(x)) <= 1e-14):
            # forward's own value is off there (a clip of x, a rounding: test_tanh_forward's to charge); backward is
            # accepted when it is dy (1 - y^2) of that y, and judged against the truth otherwise (round 129: a forward
            # rounded to 13 decimals switched this check off)
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                own = derivative(x)
            if np.allclose(own, 1.0 - y**2, rtol=1e-6, atol=1e-15, equal_nan=True):
                return
    except Exception:  # noqa: BLE001  (forward's checks tell what it does wrong)
        return
    testing.check_sigmoid_not_above("Tanh.backward (dy = 1)", derivative, ("tanh derivative",), rng)


def check_tanh_backward_mid_band(
    Tanh: Callable, rng: np.random.Generator, *, edges: Sequence[float] | None = None
) -> None:
    """``Tanh.backward(dy)`` after ``forward(x)`` at one |x| in each band from 6.4 to 12.25, both signs, and two small
    |x|: entry by entry within 1 % of dy (1 - tanh(x)^2), which every float64 formula keeps there (1 - y**2 to about
    1e-6 of itself at 12.25). Between the bands of :func:`check_tanh_backward` (|x| up to 6.4) and those of
    :func:`check_tanh_backward_not_above` (from 12.25), where a relative tolerance on the whole array cannot see entries
    1e-5 or less of the largest (round 123: tanh' set to 0 for 6.5 < |x| < 12 kept the points). A float32 answer
    (float32 values, or float32 seen computed) is not judged here: float32 rounds 1 - y**2 to 0 beyond |x| of about 8.7.
    When forward is not tanh(x) there (test_tanh_forward's to charge), backward is accepted when it is dy (1 - y^2)
    of forward's own y, and judged against the truth otherwise (round 129: a forward rounded to 13 decimals switched
    this check off). ``edges``: the bands of |x| (6.4 to 12.25 by default; round 129 adds 12.25 to 16, where
    tanh' = 0 for x > 12.3 only kept the points); a few 1e-15 |dy| of slack for the last bits of 1 - y**2 there.
    Raises ``AssertionError``."""
    edges = np.array([6.4, 7.4, 8.4, 9.4, 10.4, 11.4, 12.25] if edges is None else edges, dtype=np.float64)
    far = np.concatenate([rng.uniform(edges[:-1], edges[1:]), -rng.uniform(edges[:-1], edges[1:])])
    x = rng.permutation(np.concatenate([far, rng.uniform(0.2, 1.5, size=2) * rng.choice([-1.0, 1.0], size=2)]))
    signs = rng.choice([-1.0, 1.0], size=x.size)  # (not the hidden test's own line: the student kit refuses those)
    dy = signs * rng.uniform(0.5, 2.0, size=x.size)
    both = _quiet_forward_backward(Tanh, x, dy)
    if both is None:
        return  # forward's or backward's own failure: the other checks of the tests tell what it is
    y, got = both
    if gradcheck.holds_float32(got) or gradcheck.seen_computing_in_float32():
        return  # computed in float32, which the course accepts and which loses these values
    truth = dy * _tanh_prime(x)  # 1 - tanh(x)^2, exact to rounding
    with np.errstate(all="ignore"):
        own = dy * (1.0 - y**2)  # from forward's own output (right when forward is)
        slack = 4e-15 * np.abs(dy)
        bad = ~(np.abs(got - truth) <= 0.01 * np.abs(truth) + slack)
        bad &= ~(np.abs(got - own) <= 0.01 * np.abs(own) + slack)
    bad &= np.isfinite(y)  # a forward that is not finite there is test_tanh_forward's to charge
    if not bad.any():
        return
    i = int(np.argmin(np.where(bad, np.abs(x), np.inf)))
    why = (
        f'0: a guard that sets tanh\' to 0 beyond some |x| ("saturated")? 1 - tanh(x)^2 is small there, about '
        f"{truth[i] / dy[i]:.2g}, but not 0, and np.tanh gives it to many digits"
        if got[i] == 0
        else "1 - tanh(x)**2 taken at x as it is (no clip, no floor, no band of its own) holds for every x"
    )
    raise AssertionError(
        f"Tanh.backward(dy) at x = {x[i]:.4g} (dy = {dy[i]:.3g}) is {got[i]:.4g}, not dy (1 - tanh(x)^2) = "
        f"{truth[i]:.4g} (|x| from {edges[0]:g} to {edges[-1]:g} checked entry by entry): {why}."
    )


def check_tanh_backward_far_out(Tanh: Callable, x: np.ndarray, dy: np.ndarray) -> None:
    """``backward(dy)`` after ``forward(x)`` is finite for ``x`` far from 0 (:func:`testing.far_out_inputs`, |x| from
    710 to 1000), where tanh'(x) is 0 (round 43: 4 e^{2x} / (e^{2x} + 1)^2 is inf / inf = nan there and kept the
    points). When ``forward`` raises or is not finite there, ``test_tanh_forward`` fails for it and nothing is checked
    here."""
    act = Tanh()
    y = _quiet_forward(act, x)
    if y is None or not np.all(np.isfinite(y)):
        return
    testing.check_finite_far_out(
        "Tanh.backward",
        lambda _x, d: act.backward(d),
        [x, dy.copy()],
        arg="x",
        hint="forward returned finite values here, so backward overflows on its own, or on something forward kept "
        "besides what it returned: tanh'(x) written with np.exp (4 e^(2x) / (e^(2x) + 1)^2, ...) is inf / inf = nan "
        "beyond |x| of about 355, and a tanh computed again for backward as np.sinh(x) / np.cosh(x) is nan beyond "
        "about 710. Keep the y = np.tanh(x) that forward returns, and use 1 - y**2",
    )


def check_tanh_backward(Tanh: Callable, x: np.ndarray, dy: np.ndarray, *, exact: Any = None) -> None:
    """``backward(dy)`` after ``forward(x)`` against the numerical dy^T J of ``np.tanh``; shapes ``(n,)``.

    Also checked: ``dy`` is left unchanged; a second ``backward`` gives the same result; two ``Tanh``
    objects keep their own state (the MLP has two: state kept on the class or in a global breaks it).
    """
    n = x.size
    act = Tanh()
    y = act.forward(x.copy())
    arg = dy.copy()
    got = np.array(_result("Tanh.backward(dy)", act.backward(arg), (n,)))  # a copy (see the second call)
    _unchanged("Tanh.backward changed dy", dy, arg, "compute a new array (dx = dy * ...), not dy *= ....", "dy", got)
    numeric = partial(gradcheck.numerical_vjp, np.tanh, np.array(x, dtype=float), dy)  # an integer x: as floats
    try:
        check_gradient(
            f"Tanh.backward with n={n}",
            got,
            numeric,
            exact=exact,
            factors=_TANH_FACTORS,
            likely_bugs=_tanh_bugs(x, dy),
            activations=[gradcheck.Activation("this Tanh block", "tanh", x, lambda d: dy * d)],
            regions={
                **testing.clip_regions(x, "x", "1 - tanh(x)**2 is taken at x as it is, small far from 0 but not 0"),
                # round 111: a derivative wrong only for x < 0 was told no cause
                **{
                    f"where x {side}": (
                        mask,
                        "a formula in two branches by the sign of x, np.where or an if, with "
                        "this branch wrong? 1 - tanh(x)**2 holds for every x",
                    )
                    for side, mask in (("< 0", x < 0), ("> 0", x > 0))
                },
            },
        )
    except AssertionError:
        if _forward_wrong(y, x):
            raise AssertionError(
                f"Tanh.backward with n={n} is wrong, and it builds on what Tanh.forward stores, whose output is "
                "wrong too: fix Tanh.forward first (test_tanh_forward fails), then check backward again."
            ) from None
        raise
    again = _result("Tanh.backward(dy) called a second time", act.backward(dy.copy()), (n,))
    if not np.array_equal(again, got):
        raise AssertionError(
            f"Tanh.backward gives another result when called a second time: {_second_call(got, again)}"
        )
    x2, dy2 = _next_sample(x), _next_sample(dy)  # a second sample on the same object, as in training
    _same_as_fresh("Tanh", act, Tanh(), lambda block: (block.forward(x2.copy()), block.backward(dy2.copy())))
    # an all-zero sample next, as 0/1 data gives (round 86: a forward that returned zeros early for it, storing
    # nothing, left backward the sample before's output)
    _same_as_fresh("Tanh", act, Tanh(), lambda block: (block.forward(0.0 * x2), block.backward(dy2.copy())))
    # Two Tanh objects, as in the MLP: forward on both, then backward on the first one. The second one's input has
    # another size, then the same size (the MLP's two hidden layers may have the same width).
    shared = (
        "Tanh.backward of one Tanh object used what another Tanh object's forward stored: the MLP has two Tanh "
        "blocks, so forward must keep its state on self (self.y = ...), not on the class (Tanh.y = ...), in a dict "
        "of the class keyed on the shape, in a global variable or in a default argument (def forward(self, x, "
        "cache={}) makes one dict that every call of every Tanh shares, even when self.cache refers to it)."
    )
    # compared with this check's own first result (right, and in the answer's own precision: float32's 1 - y**2
    # where tanh saturates is off by 1e-4 relative, which the true value's tolerance is not made for; round 33)
    for other_x in (np.linspace(-1.5, 1.5, n + 2), _next_sample(x)):
        first, second = Tanh(), Tanh()
        first.forward(x.copy())
        second.forward(other_x)
        try:
            mine = first.backward(dy.copy())
        except Exception:  # noqa: BLE001  (typically a broadcasting error: the other object's state has n + 2 entries)
            raise AssertionError(shared) from None
        if mine is None or np.shape(mine) != (n,) or gradcheck.diagnose(mine, got) is not None:
            raise AssertionError(shared)
    # another x with the same dy (round 88: a memo keyed on dy's bytes, shared by every object, gave x's gradient)
    _gives_own_gradient(
        "Tanh",
        Tanh(),
        lambda block: (block.forward(x2.copy()), block.backward(dy.copy()))[1],
        dy * (1 - np.tanh(x2) ** 2),
        got,
    )


def check_tanh_backward_integers(Tanh: Callable, x: np.ndarray, dy: np.ndarray, *, exact: Any = None) -> None:
    """:func:`check_tanh_backward` for an integer ``x`` (0/1 data) or an integer ``dy`` (the seed's own test passes
    ``dy = np.arange(1, 4)``), when ``forward`` gives tanh(x): a forward that truncates an integer input is
    ``test_tanh_forward``'s failure, not backward's (round 47: dx = np.zeros_like(self.x) filled with dy * (1 - y**2)
    truncated the gradient and kept the points; round 92: dx = np.zeros_like(dy) did, for an integer dy)."""
    y = _quiet_forward(Tanh(), x)
    if y is None or _forward_wrong(y, x):
        return
    integer = [name for name, v in (("x", x), ("dy", dy)) if np.issubdtype(v.dtype, np.integer)]
    try:
        check_tanh_backward(Tanh, x, dy, exact=exact)
    except TypeError as e:  # numpy's casting error (UFuncTypeError), shown raw by the visible check (rounds 112, 114)
        story = testing.error_story(e)
        if not story or isinstance(e, AssertionError):
            raise
        raise AssertionError(
            f"Tanh.backward raised {getattr(e, 'type_name', type(e).__name__)}{testing.error_words(e)} for an integer "
            f"{' and '.join(integer)}: {story}."
        ) from None
    except AssertionError as e:
        try:  # right for the same values as floats: the integer input is the cause (rated 2 by a tester, round 47)
            check_tanh_backward(Tanh, x.astype(float), dy.astype(float), exact=exact)
        except AssertionError:
            raise e from None
        which = " and ".join(f"{name} ({v.dtype})" for name, v in (("x", x), ("dy", dy)) if name in integer)
        made = ", ".join(f"np.zeros_like({name})" for name in integer)
        # round 92: the check's own story came first ("the tanh derivative is missing", what a y truncated to 0
        # gives) and the cause second, in brackets: the cause leads now
        raise AssertionError(
            f"Tanh.backward is wrong for an integer {which} and right for the same values as floats: an array made "
            f"from an integer input ({made}, np.empty_like), or converted back to its dtype, is an integer array and "
            "truncates what is stored in it (the kept tanh(x), or the gradient). Make such arrays float "
            f"(np.zeros({integer[0]}.shape)). What the check saw with integers: {e}"
        ) from None


def _quiet_forward(act: Any, x: np.ndarray, keep_dtype: bool = False) -> np.ndarray | None:
    """``act.forward`` of a copy of ``x``, as a float array (``keep_dtype``: in its own float dtype, float32 told apart
    where no watch of the kernel says what it computed, as under plain nbgrader), with numpy's warnings quiet; None
    when it raises or returns no numbers (forward's own failure, on inputs far out or integer ones, is
    test_tanh_forward's)."""
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = np.asarray(act.forward(x.copy()))
            return got if keep_dtype and got.dtype.kind == "f" else np.asarray(got, dtype=float)
    except Exception:  # noqa: BLE001  (OverflowError, a result that is no array of numbers, ...)
        return None


def _tanh_prime(x: np.ndarray) -> np.ndarray:
    """1 - tanh(x)^2 as 4 e / (1 + e)^2 with e = exp(-2 |x|): exact to rounding for every x, far out too (no
    cancellation, no overflow)."""
    e = np.exp(-2.0 * np.abs(x))
    return 4.0 * e / (1.0 + e) ** 2


def _quiet_forward_backward(Tanh: Callable, x: np.ndarray, dy: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """``(y, dx)``: a new ``Tanh()``'s forward of a copy of ``x``, then its backward of a copy of ``dy``, as float64
    arrays, numpy's warnings quiet; None when either raises or gives another shape than ``x``'s (test_tanh_forward
    and the other checks of test_tanh_backward tell what is wrong)."""
    act = Tanh()
    y = _quiet_forward(act, x)
    if y is None or y.shape != x.shape:
        return None
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = np.asarray(act.backward(dy.copy()), dtype=np.float64)
    except Exception:  # noqa: BLE001  (the other checks of the test tell what backward does wrong)
        return None
    return (y, got) if got.shape == x.shape else None


def _forward_wrong(y: Any, x: np.ndarray) -> bool:
    """Whether Tanh.forward's output ``y`` for ``x`` is not tanh(x) (float32 accepted)."""
    try:
        testing.assert_close("Tanh.forward(x)", y, np.tanh(x))
    except Exception:  # noqa: BLE001  (not an array of numbers: wrong as well)
        return True
    return False


def _tanh_backward_checks(Tanh: Callable) -> None:
    """The checks of test_tanh_backward's visible cell: small inputs, then saturated ones (|x| from 2.7 to 6.2), |x|
    from 710 to 1000, an integer x and an integer dy, as the hidden checks try (round 53: x clipped to [-3, 3] passed
    every visible cell)."""
    check_tanh_backward(Tanh, np.array([-1.0, 0.3, 2.0]), np.array([1.0, 2.0, 3.0]))
    check_tanh_backward(Tanh, np.array([-6.2, 2.7, 0.4, -3.6, 4.4, 5.3]), np.array([1.5, -0.5, 1.0, 2.0, -1.0, 0.8]))
    check_tanh_backward_far_out(Tanh, np.array([-1000.0, 0.3, 745.0, -710.0]), np.array([1.0, -2.0, 0.5, 1.5]))
    check_tanh_backward_integers(Tanh, np.array([-3, -1, 0, 1, 2, 4]), np.array([0.5, -1.0, 2.0, 1.0, -0.3, 0.7]))
    check_tanh_backward_integers(Tanh, np.array([-1.0, 0.3, 2.0]), np.arange(1, 4))  # the seed's own test's dy


def visible_tanh_backward(Tanh: Callable) -> None:
    """The visible check of test_tanh_backward (:func:`_tanh_backward_checks`)."""
    _tanh_backward_checks(Tanh)
    print(PASSED)


# --------------------------------------------------------------------------------------------------
# Section 3: linear_backward


def _linear_bugs(part: str, x: np.ndarray, W: np.ndarray, b: np.ndarray, dy: np.ndarray) -> dict[str, np.ndarray]:
    if part == "dx":
        bugs = {}
        if W.shape[0] == W.shape[1]:
            bugs["dx uses W where its transpose belongs: dc/dx_j sums dy_i W_ij over the outputs i."] = W @ dy
        else:
            bugs[
                "dx uses W reshaped to (in_features, out_features) where its transpose belongs: a reshape keeps the "
                "order of the entries, W.T swaps rows and columns (dx = W^T dy)."
            ] = W.reshape(W.shape[1], W.shape[0]) @ dy
        bugs["dx is x itself, not a gradient: it must combine dy with W."] = x
        bugs[
            "dx is multiplied by the input x as well (dc/dW has the factor x, dc/dx does not): dx = W^T dy, since "
            "dy_i/dx_j = W_ij."
        ] = x * (W.T @ dy)
        bugs["dx uses dW, the weights' gradient, where W belongs: dx = W^T dy, not dW^T dy."] = np.outer(dy, x).T @ dy
        bugs["dy is not used: dx sums the rows of W alone; the chain rule weights them by dy (dx = W^T dy)."] = W.sum(
            axis=0
        )
        for k in range(1, W.shape[0]):  # round 100: W[:3].T @ dy[:3] on a 5x3 layer was told "wrong in all 3 entries"
            bugs[
                f"dx sums over the first {k} of the {W.shape[0]} outputs only (W[:{k}].T @ dy[:{k}], or a loop over "
                f"range({k})): dc/dx_j sums dy_i W_ij over every output i, however many the layer has (dx = W^T dy)."
            ] = W[:k].T @ dy[:k]
        return bugs
    if part == "dW":
        return {
            "dW uses W instead of the input x: dc/dW_ij = dy_i times the input x_j.": dy[:, None] * W,
            "dy is not used: dW_ij = dy_i x_j, the incoming gradient times the input.": np.outer(np.ones_like(dy), x),
        }
    bias = np.asarray(b, dtype=np.float64).reshape(-1)
    zero = "db is zero: the bias does get a gradient (its local derivative dy_i/db_i is 1)."
    if bias.size == dy.size and not np.any(bias):  # round 117: db = dy * (b != 0) was told only "db is zero"
        zero = (
            "db is zero, and b is 0 here: is db multiplied by b, or kept only where b != 0? The bias gets a gradient "
            "whatever its value: db = dy (its local derivative dy_i/db_i is 1)."
        )
    bugs = {
        "db is all ones: dy_i/db_i = 1 is only the local derivative; the chain rule multiplies it by the incoming "
        "gradient.": np.ones(dy.size),
        zero: np.zeros(dy.size),
        # round 62: told "sign flipped and off by a constant factor" (the factor was sum(x), negative there)
        "db is dW summed over its columns (dW.sum(axis=1) = dy times the sum of x): db is the incoming gradient dy "
        "itself (dy_i/db_i = 1), no input involved.": dy * np.sum(x),
    }
    if bias.size == dy.size and np.any(bias == 0) and np.any(bias):
        bugs["db is 0 exactly where b is 0 (dy * (b != 0)?): the bias gets a gradient whatever its value, db = dy."] = (
            dy * (bias != 0)
        )
    if bias.size == dy.size and np.any(bias):
        bugs["db is dy times b: the bias's local derivative dy_i/db_i is 1, not b_i (db = dy)."] = dy * bias
    if dy.size > 1 and not np.allclose(dy, dy.flat[0]):  # round 119: told "reduce over the batch axis only"
        for how, value in (("mean", np.mean(dy)), ("sum", np.sum(dy))):
            bugs[
                f"every entry of db is the {how} of dy's {dy.size} entries ({value:.6g}), spread over b's shape: dy "
                "holds one sample, each entry the gradient of one output, so there is nothing to average or sum: "
                "db = dy itself."
            ] = np.full(dy.size, value)
    return bugs


def _linear_factors(n_in: int, n_out: int, dy: np.ndarray | None = None) -> dict[str, float]:
    """Factors a wrong linear_backward multiplies a gradient by, named; with ``dy``, also c / ||dy|| for the round
    norms c below ||dy||: dy scaled down to norm c (round 109: dy clipped by its norm to 10 was told "a constant factor
    0.1401, none of the sizes this check knows")."""
    factors = {
        "1/in_features: the gradient is divided by the number of inputs (one sample: nothing to average).": 1.0 / n_in,
        "1/out_features: the gradient is divided by the number of outputs (nothing to average).": 1.0 / n_out,
        "twice the true gradient (y = W x + b is linear: no factor 2).": 2.0,
        "1/2: half the true gradient (y = W x + b is linear: no factor 1/2).": 0.5,
    }
    norm = float(np.linalg.norm(np.asarray(dy, dtype=np.float64))) if dy is not None else 0.0
    for c in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0):
        if c < 0.99 * norm:
            factors[
                f"{c:g} / ||dy||, with ||dy|| = {norm:.4g}: is dy scaled down to norm {c:g} (clipped by its norm, "
                f"dy * {c:g} / ||dy||) when its norm is above {c:g}? The backward pass is linear in dy: use dy as it "
                "is, however large."
            ] = c / norm
    return factors


def assert_not_from_forward_passes(name: str, forward: str, calls: int, plain: Any, bent: Any, layer: str) -> None:
    """Fail when ``name`` (a backward function), called twice on the same arguments of a ``layer`` layer, returned
    ``plain`` and then, with ``forward`` bent (``y + 1e-7 y**2``, no longer linear), other gradients ``bent``, after
    ``calls`` (two or more) calls of ``forward`` in the second call. A derived backward pass needs no forward pass
    (or only in a self-check) and returns the same gradients; two forward passes per entry are a finite difference,
    exact for a linear layer, where no precision check can tell it from a derived answer (round 66). Nothing is said
    when a call raised (``None``) or returned something else than arrays."""
    if plain is None or bent is None or calls < 2:
        return
    try:
        pairs = [
            (np.asarray(p, dtype=np.float64), np.asarray(q, dtype=np.float64)) for p, q in zip(plain, bent, strict=True)
        ]
    except (TypeError, ValueError):
        return
    if any(p.shape != q.shape or not np.array_equal(p, q, equal_nan=True) for p, q in pairs):
        raise AssertionError(
            f"{name} called {forward} {calls} times for one backward pass of a {layer} layer, and its result follows "
            f"{forward}'s values: called again on the same arguments with {forward} bent by 1e-7 of its value "
            "squared, it returned other gradients. It looks estimated numerically (differences of the layer's output, "
            "exact for a linear layer), not derived: a derived backward pass needs no forward pass. Gradients in this "
            "course must be derived by hand, not computed with finite differences."
        )


def check_linear_backward(
    linear_backward: Callable,
    part: str,
    x: np.ndarray,
    W: np.ndarray,
    b: np.ndarray,
    dy: np.ndarray,
    *,
    exact: Any = None,
) -> None:
    """:func:`_check_linear_backward`; when it fails and ``linear_backward`` gives the same dx for twice W (or dW for
    twice x), the message says it keeps something from an earlier call, or writes into W before reading it
    (:func:`_kept_from_before`)."""
    try:
        _check_linear_backward(linear_backward, part, x, W, b, dy, exact=exact)
    except AssertionError as e:
        if getattr(e, "keeps_state", False):
            raise
        stale, kept = _kept_from_before(linear_backward, x, W, b, dy)
        if not stale:
            raise
        if not kept:
            raise AssertionError(f"{e} {stale}") from None
        raise testing.keeps_state(f"{e} {stale}") from None


def _check_linear_backward(
    linear_backward: Callable,
    part: str,
    x: np.ndarray,
    W: np.ndarray,
    b: np.ndarray,
    dy: np.ndarray,
    *,
    exact: Any = None,
) -> None:
    """One gradient of ``linear_backward(dy, x, W, b)`` (``part``: "dx", "dW" or "db") against central
    differences of ``W @ x + b``. Shapes: x ``(n_in,)``, W ``(n_out, n_in)``, b and dy ``(n_out,)``.

    ``part="dx"`` also checks the rule that ``dy, x, W, b`` are left unchanged.
    """
    n_out, n_in = W.shape
    args = {"dy": dy.copy(), "x": x.copy(), "W": W.copy(), "b": b.copy()}
    try:
        result = linear_backward(args["dy"], args["x"], args["W"], args["b"])
    except Exception as e:
        name = getattr(e, "type_name", type(e).__name__)
        integer = [k for k, v in (("dy", dy), ("x", x), ("W", W), ("b", b)) if np.issubdtype(v.dtype, np.integer)]
        if integer and _runs_on_floats(linear_backward, dy, x, W, b):  # round 48: before the size story
            raise AssertionError(
                f"linear_backward raises {name} when {' and '.join(integer)} hold{'s' if len(integer) == 1 else ''} "
                "integers (0/1 data), and runs on the same values as floats: an array made from an integer input "
                "(np.zeros_like(x), x.copy()) is an integer array, and adding or writing floats into it fails (or "
                "truncates them). Make new arrays float: np.zeros(x.shape), or np.zeros_like(x, dtype=float)."
            ) from None
        if (n_out, n_in) != VISIBLE_LAYER and _runs_on_visible_size(linear_backward):
            a, b_ = VISIBLE_LAYER
            if name == "MemoryError":
                raise AssertionError(
                    f"linear_backward runs out of memory on a {n_out}x{n_in} layer but runs on a {a}x{b_} layer, the "
                    "size of the visible check: does every loop end for every size (a while loop whose counter can "
                    "step over its end, such as i != n with i += 2 for an odd n, grows a list without end)?"
                ) from None
            own = testing.own_raise(e)
            one = (
                " Here the layer has a single output: np.squeeze, .item(), an index [0] or float() turns dy into a "
                "number, and a product such as W.T @ dy or np.outer then fails or gives another shape; keep dy an "
                "array of shape (n_out,)."
                if n_out == 1
                else ""
            )
            raise AssertionError(
                f"linear_backward raises {name} on a {n_out}x{n_in} layer but runs on a {a}x{b_} layer, the size of "
                + (
                    f"the visible check: {own}"
                    if own
                    else f"the visible check: are the sizes {a} and {b_} written into the code (a reshape({a}, 1), "
                    f"np.zeros(({a}, {b_})), range({a}))? Take every size from the shapes of dy and x."
                )
                + one
            ) from None
        # numpy's shape error only (a result that cannot cross to the tests, say, is told as it is: calling again on
        # a square layer would only send it again, four times)
        square = _square_layer_story(linear_backward, part) if n_out != n_in and name == "ValueError" else None
        if square:  # round 83: dx = W @ dy was told only "ValueError ... often shapes"
            raise AssertionError(
                f"linear_backward raises {name} on a {n_out}x{n_in} layer; on a square layer, where the shapes let "
                f"it run: {square}"
            ) from None
        raise
    if part == "dx":
        for name, before in (("dy", dy), ("x", x), ("W", W), ("b", b)):
            if np.array_equal(np.asarray(args[name]), before):
                continue
            step = testing.how_changed(before, args[name], name, result)
            if name in ("W", "b") and (not step or "holds what the function returned" not in step):
                change = np.asarray(args[name], dtype=np.float64) - before
                # the gradient of sum(dy * (W x + b)) with respect to this argument, estimated numerically
                forward = (lambda V: V @ x + b) if name == "W" else (lambda v: W @ x + v)
                grad = gradcheck.numerical_vjp(forward, before.copy(), dy)
                k = float(np.vdot(change, grad)) / max(float(np.vdot(grad, grad)), 1e-300)
                if k != 0 and np.allclose(change, k * grad, rtol=1e-5, atol=1e-9):
                    step = (
                        f" (it moved {name} by {k:.3g} times its gradient: a gradient-descent step, which is "
                        "the optimiser's job, not the backward pass's)"
                    )
            raise AssertionError(
                f"linear_backward changed its argument {name} in place{step}. Backward passes must leave their "
                "inputs (dy, x, W, b) unchanged: this notebook's rule. Compute new arrays and return them."
            )
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        raise AssertionError(
            f"linear_backward must return the three gradients dx, dW, db (a tuple or a list); it returned "
            f"{testing.describe(result)}."
        )
    got = dict(zip(("dx", "dW", "db"), result, strict=True))[part]
    if got is None:
        raise AssertionError(f"{part} returned by linear_backward is None.")
    _check_return_order(result, part, {"dx": (n_in,), "dW": (n_out, n_in), "db": (n_out,)})
    point, forward = {
        "dx": (x, lambda v: W @ v + b),
        "dW": (W, lambda V: V @ x + b),
        "db": (b, lambda v: W @ x + v),
    }[part]
    # float64 copies: an input of integers (0/1 data) is perturbed as floats
    numeric = partial(gradcheck.numerical_vjp, forward, np.array(point, dtype=np.float64), np.asarray(dy, dtype=float))
    hint = ""
    if part == "dx" and np.shape(got) == (n_out,) and n_out != n_in:
        hint = "dx has one entry per output; it needs one per input: sum over the outputs i, not over the inputs."
    if part == "dx" and np.shape(got) == (n_out, n_in) and n_in > 1:  # round 80: told only the shapes
        hint = (
            f"dx has W's shape ({n_out}, {n_in}): the products dy_i W_ij are there, but not summed over the outputs i "
            "(W * dy[:, None] is each term; dx = W.T @ dy adds them up, one entry per input)."
        )
    if part == "db" and np.ndim(got) == 0 and n_out > 1:  # round 83: "without axis=" led to np.sum(dy, axis=0)
        hint = (
            f"Here dy holds one sample, shape ({n_out},): db = dy itself, nothing to sum (np.sum(dy, axis=0) of a "
            "1-D dy is still one number)."
        )
    check_gradient(
        f"{part} of linear_backward ({n_out}x{n_in} layer)",
        got,
        numeric,
        exact=exact,
        factors=_linear_factors(n_in, n_out, dy),
        likely_bugs=_linear_bugs(part, x, W, b, dy),
        hint=hint,
    )


def _square_layer_story(linear_backward: Callable, part: str) -> str | None:
    """What is wrong with ``linear_backward`` on a 3x3 layer, ``part`` first, then the other gradients: the message
    of the first that fails there, or None when it raises there too or all pass (a product with W where W.T
    belongs raises only where the layer is not square)."""
    rng = np.random.default_rng(83)
    x, b, dy = (rng.uniform(-1.0, 1.0, size=3) for _ in range(3))
    W = rng.uniform(-1.0, 1.0, size=(3, 3))
    for q in dict.fromkeys((part, "dx", "dW", "db")):
        try:
            _check_linear_backward(linear_backward, q, x, W, b, dy)
        except AssertionError as e:
            return str(e)
        except Exception:  # noqa: BLE001  (it raises there too: the first error is the one to tell)
            return None
    return None


def _check_return_order(result: Sequence[Any], part: str, shapes: Mapping[str, tuple[int, ...]]) -> None:
    """Fail, naming the order, when ``part`` has the wrong shape because the gradients came back in another order:
    the returned shapes are those expected (``shapes``, in the order required), permuted."""
    got = [np.shape(item) if isinstance(item, (np.ndarray, list, tuple, float, int)) else None for item in result]
    wanted = list(shapes.values())
    if got[list(shapes).index(part)] == shapes[part] or sorted(map(str, got)) != sorted(map(str, wanted)):
        return
    names = [next((n for n, sh in shapes.items() if sh == shape), "?") for shape in got]
    order = ", ".join(names) if len(set(names)) == len(names) else "another order"
    raise AssertionError(
        f"linear_backward returned its gradients in the wrong order ({order}): the item where {part} belongs has "
        f"shape {got[list(shapes).index(part)]}, while {part}'s shape is {shapes[part]}. It must return "
        f"({', '.join(shapes)}), in this order."
    )


VISIBLE_LAYER = (3, 2)  # (outputs, inputs) of the visible linear_backward check


def _runs_on_floats(linear_backward: Callable, *args: np.ndarray) -> bool:
    """Whether ``linear_backward`` runs on float64 copies of ``args`` (dy, x, W, b)."""
    try:
        linear_backward(*(np.array(a, dtype=np.float64) for a in args))
    except Exception:  # noqa: BLE001  (only a diagnosis)
        return False
    return True


def _runs_on_visible_size(linear_backward: Callable) -> bool:
    """Whether ``linear_backward`` returns three results on new values of the visible check's layer size."""
    x, W, b, dy = (v * 0.8 + 0.1 for v in _visible_linear_data())
    try:
        result = linear_backward(dy, x, W, b)
    except Exception:  # noqa: BLE001  (it fails on that size too: the message of the first failure stands)
        return False
    return isinstance(result, (tuple, list)) and len(result) == 3


def _visible_linear_data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x, W, b and dy of the visible linear_backward check: a VISIBLE_LAYER layer."""
    rng = np.random.default_rng(0)
    n_out, n_in = VISIBLE_LAYER
    return rng.normal(size=n_in), rng.normal(size=(n_out, n_in)), rng.normal(size=n_out), np.array([1.0, -2.0, 0.5])


def _linear_checks(linear_backward: Callable, part: str) -> None:
    """The checks of the visible cells of test_linear_dx / _dW / _db: a 3x2 layer, then the same layer with an input
    of integers, as 0/1 data gives (round 53: dW built with np.zeros_like(x) passed every visible cell), then layers
    with one input and with one output (round 56: a dW squeezed to shape (2,) on a 2x1 layer passed every visible
    cell), then a square 3x3 layer (round 103: W or W.T chosen by which shape fits passed every visible cell)."""
    x, W, b, dy = _visible_linear_data()
    check_linear_backward(linear_backward, part, x, W, b, dy)
    check_linear_backward(linear_backward, part, np.array([1, 0]), W, b, dy)
    check_linear_backward(linear_backward, part, np.array([0.5, -1.0, 2.0]),
                          np.array([[0.3, -0.8, 0.5], [1.1, 0.2, -0.4], [-0.6, 0.9, 0.7]]), np.array([0.1, -0.2, 0.3]),
                          np.array([1.0, -0.5, 0.25]))  # fmt: skip
    check_linear_backward(linear_backward, part, np.array([0.7]), np.array([[0.5], [-1.2]]), np.array([0.1, 0.3]),
                          np.array([1.5, -0.4]))  # fmt: skip
    check_linear_backward(linear_backward, part, np.array([0.3, -1.1, 2.0]), np.array([[0.4, -0.6, 0.2]]),
                          np.array([-0.2]), np.array([0.8]))  # fmt: skip


def _kept_from_before(
    linear_backward: Callable, x: np.ndarray, W: np.ndarray, b: np.ndarray, dy: np.ndarray
) -> tuple[str, bool]:
    """Why a failing linear_backward may be wrong, and whether that is something kept between calls: it gives the
    same dx for twice W, or the same dW for twice x (a value kept from an earlier call of the same shapes, in this
    cell or an earlier one: round 34's W.T cached by shape showed first on a layer shape the notebook had used
    before, round 56); or its dx is the same for twice W because it writes into its W and then reads it (round 62:
    dW = W, the same array, filled first, was asked about a cache: no state kept). ("", False) otherwise."""
    try:
        given = W.copy()
        first = linear_backward(dy.copy(), x.copy(), given, b.copy())
        doubled_W = linear_backward(dy.copy(), x.copy(), 2.0 * W, b.copy())
        # dx where dx belongs (round 81: (dW, dx, db) in the wrong order was asked about a cache too)
        same_dx = np.shape(first[0]) == np.shape(x) and np.array_equal(
            np.asarray(first[0], dtype=float), np.asarray(doubled_W[0], dtype=float)
        )
    except Exception:  # noqa: BLE001  (the check's own message stands)
        return "", False
    if same_dx and not np.array_equal(given, W):
        return (
            "Its dx is the same whatever W it is given: it writes into W and then reads what it wrote (dW = W makes "
            "dW the same array as W, not a copy). Give dW an array of its own, and compute dx from the W it was "
            "given.",
            False,
        )
    try:
        doubled_x = linear_backward(dy.copy(), 2.0 * x, W.copy(), b.copy())
        same_dW = np.shape(first[1]) == np.shape(W) and np.array_equal(
            np.asarray(first[1], dtype=float), np.asarray(doubled_x[1], dtype=float)
        )
    except Exception:  # noqa: BLE001  (the check's own message stands)
        return "", False
    if same_dx and not np.any(np.asarray(first[0], dtype=float)):
        same_dx = False  # all zeros whatever W is: nothing kept, nothing computed (round 78: asked about a cache)
    if same_dW and not np.any(np.asarray(first[1], dtype=float)):
        same_dW = False
    if not (same_dx or same_dW):
        return "", False
    what = "dx for twice W" if same_dx else "dW for twice x"
    return f"It gives the same {what}: {testing.KEEPS_STATE_QUESTION}", True


def visible_linear_backward(linear_backward: Callable, part: str) -> None:
    """The visible check of test_linear_dx / test_linear_dW / test_linear_db (:func:`_linear_checks`)."""
    _linear_checks(linear_backward, part)
    print(PASSED)


# --------------------------------------------------------------------------------------------------
# Section 4: the MLP


def random_input(n: int, rng: np.random.Generator) -> np.ndarray:
    """A sample ``x`` of shape ``(n,)``: standard normal entries, the first one moved beyond 2 in size, so that every
    sample has an entry outside [-1, 1] (round 42's MLP.forward clipping x to [-1, 1] kept the points in about one
    run in twenty, when every entry drawn fell inside)."""
    x = rng.normal(size=n)
    x[0] = np.copysign(2.0 + abs(x[0]), x[0])
    return x


def random_params(sizes: tuple[int, int, int, int], rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Parameters of an MLP of ``sizes = (in, hidden1, hidden2, out)``: "fc1.W" ``(hidden1, in)``, "fc1.b"
    ``(hidden1,)``, ... Weights scaled by 1/sqrt(fan-in), so the tanh units stay away from saturation."""
    params = {}
    for k, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        params[f"fc{k}.W"] = rng.normal(size=(n_out, n_in)) / np.sqrt(n_in)
        params[f"fc{k}.b"] = 0.5 * rng.normal(size=n_out)
    return params


def sizes_of(params: Mapping[str, np.ndarray]) -> tuple[int, int, int, int]:
    """(in, hidden1, hidden2, out) of a parameter dict."""
    return (params["fc1.W"].shape[1], params["fc1.W"].shape[0], params["fc2.W"].shape[0], params["fc3.W"].shape[0])


def network_output(
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    *,
    skip: tuple[str, ...] = (),
    tanh_on_output: bool = False,
    negate: tuple[str, ...] = (),
    no_bias: tuple[str, ...] = (),
    tanh_first: bool = False,
) -> np.ndarray:
    """The network of section 4 as a formula: y = W3 tanh(W2 tanh(W1 x + b1) + b2) + b3, shape (out,).

    The options give the outputs of wrong forward passes, to name the bug: ``skip`` (names of the
    activations left out), ``tanh_on_output``, ``negate`` (blocks whose output has its sign flipped),
    ``no_bias`` (layers computed as ``W @ h`` without their bias), ``tanh_first`` (each tanh applied
    before its linear layer instead of after it).
    """
    h = x
    for k in (1, 2, 3):
        act = (k < 3 and f"activation_fn{k}" not in skip) or (k == 3 and tanh_on_output)
        if act and tanh_first:
            h = np.tanh(h)
        h = params[f"fc{k}.W"] @ h + (0.0 if f"fc{k}" in no_bias else params[f"fc{k}.b"])
        if f"fc{k}" in negate:
            h = -h
        if act and not tanh_first:
            h = np.tanh(h)
            if f"activation_fn{k}" in negate:
                h = -h
    return h


def _block(mlp: Any, name: str) -> Any:
    try:
        return getattr(mlp, name)
    except AttributeError:
        raise AssertionError(
            f"the MLP object has no attribute {name}: keep the blocks that __init__ creates "
            f"({', '.join(BLOCKS)}); the tests read each layer's grad_W and grad_b."
        ) from None


def build_mlp(MLP: Callable, params: Mapping[str, np.ndarray]) -> Any:
    """``MLP(*sizes)`` with its layers' W and b set to ``params``; AssertionError if a layer the constructor built
    has parameters of other shapes than its sizes give (a size slip the replaced parameters would hide, round 29)."""
    sizes = sizes_of(params)
    mlp = MLP(*sizes)
    seen = _BUILT_RIGHT.get((id(MLP), sizes)) is MLP
    for layer in LAYERS:
        block = _block(mlp, layer)
        for name in ("W", "b"):
            if seen:  # this constructor built these sizes right before: its blocks' W and b are not fetched again
                break
            built, expected = np.shape(getattr(block, name, None)), params[f"{layer}.{name}"].shape
            if built != () and built != expected:
                n_in, n_out = params[f"{layer}.W"].shape[1], params[f"{layer}.W"].shape[0]
                raise AssertionError(
                    f"MLP{sizes}: the constructor builds {layer} with {name} of shape {built}, expected {expected}: "
                    f"{layer} must be Linear({n_in}, {n_out}) (in_features, out_features), from the sizes MLP is given."
                )
        block.W = params[f"{layer}.W"].copy()
        block.b = params[f"{layer}.b"].copy()
    _BUILT_RIGHT[(id(MLP), sizes)] = MLP  # (kept alive here, so its id is not another's)
    return mlp


# (id(MLP), sizes) -> MLP, for the constructors whose blocks build_mlp found of the right shapes: a tanh_mlp notebook
# builds some 80 networks, and fetching 6 arrays to read their shapes cost each about 6 bridged calls
_BUILT_RIGHT: dict[tuple[int, tuple[int, ...]], Any] = {}


def check_mlp_forward(MLP: Callable, params: Mapping[str, np.ndarray], x: np.ndarray, *, expected: Any = None) -> None:
    """``MLP.forward(x)`` equals the network's output (``expected``, or :func:`network_output`) and leaves
    ``x`` unchanged. Shapes: x ``(in,)``, output ``(out,)``."""
    sizes = sizes_of(params)
    expected = network_output(params, x) if expected is None else expected
    arg = x.copy()
    mlp = build_mlp(MLP, params)
    label = f"MLP{sizes}.forward(x)"
    try:
        got = _run_forward(mlp, arg, label, forward_order=lambda: _block_order(MLP, params, x))
    except AssertionError:
        raise
    except Exception as e:
        name = getattr(e, "type_name", type(e).__name__)  # the bridge's withheld error keeps the type's name
        if 1 not in sizes[1:3]:
            if testing.error_story(e):  # round 54: in the student's kernel, numpy's words alone (a reshape to (2,))
                raise AssertionError(f"{label} raised {name}{testing.error_detail(e)}.") from None
            raise
        raise AssertionError(  # round 48: each hidden activation squeezed
            f"{label} raised {name} on a network with a hidden layer of one unit: does forward turn that layer's "
            "output of shape (1,) into a number (np.squeeze, float(), an index [0]), which the next block then "
            "broadcasts? Keep every layer's output a 1-D array, whatever its size."
        ) from None
    _weights_unchanged(mlp, params, label, "forward")
    if got is None:
        raise AssertionError(f"{label} returns None: return the output of fc3.")
    if np.shape(got) != (sizes[3],):
        where = {
            (sizes[1],): " (the output of the first hidden layer?)",
            (sizes[2],): " (the output of the second hidden layer: is fc3 applied last?)",
        }.get(np.shape(got), "")
        raise AssertionError(f"{label} returns shape {np.shape(got)}, expected ({sizes[3]},){where}.")
    _unchanged("MLP.forward changed its input x", x, arg, "pass x to fc1.forward and keep it as it is.", "x", got)
    got = testing.as_array(label, got, (sizes[3],))
    story = _value_story(got, expected, _mlp_forward_bugs(params, x))
    if story:
        raise AssertionError(f"{label} is wrong: {story}")
    if not np.allclose(got, expected, rtol=1e-3, atol=1e-6) and _ignores_input(mlp, x, got):
        raise AssertionError(
            f"{label} is wrong: its output does not change when x changes, so forward does not use its argument "
            "(a variable of the notebook, such as x, used instead?). Pass the argument to fc1.forward."
        )
    # float32 is accepted: the student's own float32 blocks (visible check) leave a float64 output float32-accurate
    testing.assert_close(
        label,
        got,
        expected,
        rtol=testing.rtol_for(np.float32(0)),
        atol=FLOAT32_OUTPUT_ATOL,
        hint="the network is fc1 -> tanh -> fc2 -> tanh -> fc3, each block's forward applied "
        "to what the previous one returned",
    )
    # A second input on the same network, then the first input on a network with other weights: each forward
    # computes its output afresh (a stored first input, or outputs cached by input, would not).
    x2 = _next_sample(x)
    _same_as_fresh("MLP", mlp, build_mlp(MLP, params), lambda net: (net.forward(x2.copy()),), "forward")
    other = {k: _next_sample(v) for k, v in params.items()}
    got2 = build_mlp(MLP, other).forward(x.copy())
    try:
        testing.assert_close(
            label, got2, network_output(other, x), rtol=testing.rtol_for(np.float32(0)), atol=FLOAT32_OUTPUT_ATOL
        )
    except AssertionError:
        raise AssertionError(
            f"{label} is right on a first network, but a second MLP with other weights, given the same x, returns "
            "something else than its own output: does forward keep outputs from one call to the next, or use blocks "
            "shared by every network (a class attribute such as MLP.layers = [...], a cache keyed on the input, a "
            "global or a default argument)? Compute the output afresh from this network's own blocks (self.fc1, "
            "...) at every call."
        ) from None
    # The first network once its weights changed, as a training step changes them, given the first input again, right
    # after a forward of that input (round 34: an output kept for the last input was returned after the change), the
    # same array both times, as a notebook's variable is (round 72: an output kept while `x is self._last_x` passed
    # when every call got a new copy)
    # One layer's weights at a time (round 106: an output kept on x and fc1's weights alone was returned once fc2's
    # changed)
    same_x = testing.same_object(x.copy(), mlp)
    now = dict(params)
    for layer in LAYERS:
        mlp.forward(same_x)
        block = _block(mlp, layer)
        block.W, block.b = other[f"{layer}.W"].copy(), other[f"{layer}.b"].copy()
        now.update({f"{layer}.W": other[f"{layer}.W"], f"{layer}.b": other[f"{layer}.b"]})
        try:
            got3 = mlp.forward(same_x)
            testing.assert_close(
                label, got3, network_output(now, x), rtol=testing.rtol_for(np.float32(0)), atol=FLOAT32_OUTPUT_ATOL
            )
        except AssertionError:
            keyed = "" if layer == "fc1" else f", or on some of the weights only (those before {layer})"
            raise AssertionError(
                f"{label} is right, but once {layer}'s weights changed (as a training step changes them), the same x "
                "gives what it gave with the old weights: does forward keep outputs from one call to the next (a cache "
                f"keyed on the input{keyed}, or on its identity: x is self._last_x, id(x))? A training loop passes the "
                "same array again once the weights changed: compute the output afresh from the blocks at every call."
            ) from None


def _ignores_input(mlp: Any, x: np.ndarray, got: np.ndarray) -> bool:
    """Whether ``mlp.forward`` returns ``got`` again for another input (it reads something else than x)."""
    try:
        other = np.asarray(mlp.forward(0.5 - 0.7 * x[::-1]), dtype=np.float64)
    except Exception:  # noqa: BLE001  (only a diagnosis)
        return False
    return other.shape == got.shape and bool(np.allclose(other, got, rtol=1e-12, atol=0.0))


def _mlp_forward_bugs(params: Mapping[str, np.ndarray], x: np.ndarray) -> dict[str, np.ndarray]:
    """Wrong outputs of MLP.forward that students write, by what went wrong."""
    out = {
        "the tanh after fc1 (activation_fn1) is missing.": network_output(params, x, skip=("activation_fn1",)),
        "the tanh after fc2 (activation_fn2) is missing.": network_output(params, x, skip=("activation_fn2",)),
        "both tanh activations are missing.": network_output(params, x, skip=("activation_fn1", "activation_fn2")),
        "a tanh is applied to the output: the network ends with the linear layer fc3.": network_output(
            params, x, tanh_on_output=True
        ),
        "each tanh is applied before its linear layer instead of after it: the network is fc1 -> tanh -> fc2 -> "
        "tanh -> fc3.": network_output(params, x, tanh_first=True),
        "the sign of the output is flipped: return what fc3.forward returns, without a minus sign.": network_output(
            params, x, negate=("fc3",)
        ),
        "the sign of the first hidden layer's output h1 = tanh(fc1(x)) is flipped (a minus sign around fc1 or "
        "activation_fn1).": network_output(params, x, negate=("activation_fn1",)),
        "the sign of the second hidden layer's output h2 = tanh(fc2(h1)) is flipped (a minus sign around fc2 "
        "or activation_fn2).": network_output(params, x, negate=("activation_fn2",)),
    }
    for layer in LAYERS:
        out[
            f"the bias of {layer} is missing: call {layer}.forward (W x + b) rather than computing {layer}.W @ "
            "... yourself."
        ] = network_output(params, x, no_bias=(layer,))
    for c in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):  # round 94: np.clip(x, -3, 3) before fc1 was
        # told "every entry is 0.9992 times the right value" (one unit in the second hidden layer, every output
        # proportional to it)
        if np.any(np.abs(x) > c):
            out[
                f"x is clipped to [-{c:g}, {c:g}] before fc1 (a normalisation?): the network takes its input as it "
                "is, whatever its size."
            ] = network_output(params, np.clip(x, -c, c))
    return out


def check_layers_from_output_down(
    mlp: Any,
    dx: Any,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    scalar: Callable[[np.ndarray], float],
    label: str,
    *,
    exact: Mapping[str, np.ndarray] | None = None,
    factors: Mapping[str, float] | None = None,
    first_hint: str = "",
    chain_hint: str = "",
) -> None:
    """Check the gradients a backward pass left in ``mlp``'s layers, from fc3 down to fc1, then ``dx``.

    Each is compared with central differences of ``scalar(network_output(params, x))`` with respect to that
    parameter (or to x): ``scalar`` maps the output ``(out,)`` to the number being differentiated. The first
    one that fails names where the chain of backward steps breaks (the ones above it are right).
    ``exact``: reference gradients, keys "fc1.W", ..., "fc3.b", "dx" (hidden tests). ``first_hint``: the message's
    hint when fc3's gradients are wrong; ``chain_hint``: added to the hint naming where the chain breaks below.
    """
    right: list[str] = []
    with gradcheck.one_answer():  # one backward pass: judged together for estimates
        for layer in ("fc3", "fc2", "fc1", "dx"):
            hint = (
                first_hint
                if not right
                else (f"The gradients of {', '.join(right)} are right, so the chain breaks at {_BETWEEN[layer]}")
                + (chain_hint if layer != "dx" else "")  # fc1's right gradients came from this sample's values
            )
            width = params["fc1.W"].shape[0]
            if layer == "fc1" and right and params["fc2.W"].shape[0] == width:  # round 72: activations kept by size
                hint += (
                    f" Both hidden layers have {width} units here: does backward find the first layer's activations "
                    "by their size or shape (a dict keyed on h.size), where the second layer's, of the same size, "
                    "are kept too?"
                )
            for key in ["dx"] if layer == "dx" else [f"{layer}.W", f"{layer}.b"]:
                got, what, numeric = _gradient_left(mlp, params, x, dx, scalar, key)
                name = f"{label}: {what}"
                if got is None and key == "dx":
                    raise AssertionError(
                        f"{label}: MLP.backward returns None: it must return the gradient with "
                        "respect to x (what fc1.backward returns)."
                    )
                if got is None:
                    raise AssertionError(
                        f"{name} is None: {layer}.backward was never called. MLP.backward must "
                        "call the backward of every block, from fc3 down to fc1."
                    )
                try:
                    check_gradient(
                        name, got, numeric, exact=None if exact is None else exact[key], factors=factors, hint=hint
                    )
                except gradcheck.GradientCheckError as e:
                    raise gradcheck.naming_same_slip(
                        e, _later_diagnoses(mlp, params, x, dx, scalar, key, factors)
                    ) from None
            right.append(layer)


_GRADIENT_KEYS = ("fc3.W", "fc3.b", "fc2.W", "fc2.b", "fc1.W", "fc1.b", "dx")


def _gradient_left(
    mlp: Any,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    dx: Any,
    scalar: Callable[[np.ndarray], float],
    key: str,
) -> tuple[Any, str, Callable[[], np.ndarray]]:
    """(the gradient a backward pass left for ``key``, its name, a function computing its central differences):
    ``dx`` itself for "dx", else the block's ``grad_W`` or ``grad_b`` (AttributeError when it has none)."""
    if key == "dx":
        return (
            dx,
            "the returned dx",
            partial(gradcheck.numerical_gradient, lambda v: scalar(network_output(params, v)), x.copy()),
        )
    layer, attr = key.split(".")
    numeric = partial(
        gradcheck.numerical_gradient, lambda v: scalar(network_output({**params, key: v}, x)), params[key].copy()
    )
    return getattr(_block(mlp, layer), "grad_" + attr), f"{layer}.grad_{attr}", numeric


def _later_diagnoses(
    mlp: Any,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    dx: Any,
    scalar: Callable[[np.ndarray], float],
    key: str,
    factors: Mapping[str, float] | None,
) -> dict[str, Callable[[], str | None]]:
    """``{name: its diagnosis}`` of the gradients :func:`check_layers_from_output_down` checks after ``key``, for
    :func:`gradcheck.naming_same_slip` (round 83: a slip shared by every layer was told one layer at a time)."""
    out: dict[str, Callable[[], str | None]] = {}
    for later in _GRADIENT_KEYS[_GRADIENT_KEYS.index(key) + 1 :]:
        try:
            got, name, numeric = _gradient_left(mlp, params, x, dx, scalar, later)
        except AttributeError:
            continue  # its own check says so, when it is reached
        if got is not None:
            out[name] = partial(lambda got, numeric: _diagnosis(got, numeric(), factors), got, numeric)
    return out


def _forward_first(
    mlp: Any,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    expected: Any,
    label: str,
    forward_order: Callable[[], list[str]] | None = None,
) -> None:
    """Run ``mlp.forward(x)``; fail with "fix MLP.forward first" if its output is wrong or it changes a layer."""
    got = _run_forward(mlp, x.copy(), label, builds_on=True, forward_order=forward_order)
    try:
        _weights_unchanged(mlp, params, "MLP.forward", "forward")
    except AssertionError as e:
        raise AssertionError(
            f"{label} builds on MLP.forward: fix MLP.forward first (test_mlp_forward fails). {e}"
        ) from None
    expected = network_output(params, x) if expected is None else expected
    ok = got is not None and np.shape(got) == np.shape(expected)
    if ok:
        arr = np.asarray(got, dtype=np.float64)
        ok = bool(np.all(np.isfinite(arr))) and np.allclose(arr, expected, rtol=1e-4, atol=1e-6)
    if not ok:
        what = "a wrong output"
        if got is not None and np.shape(got) != np.shape(expected):
            what = f"an output of shape {np.shape(got)} where {np.shape(expected)} belongs"
        elif got is not None:  # round 59: name forward's bug here too, as test_mlp_forward does
            arr = np.asarray(got, dtype=np.float64)
            with np.errstate(all="ignore"):
                story = next(
                    (k for k, v in _mlp_forward_bugs(params, x).items() if np.allclose(arr, v, rtol=1e-4, atol=1e-6)),
                    "",
                )
            what = f"a wrong output ({story[:-1]})" if story else what
        raise AssertionError(
            f"{label} builds on MLP.forward, which gives {what} here: fix MLP.forward first "
            "(test_mlp_forward fails). The backward pass needs what forward leaves in the blocks."
        )


def _blocks_of(mlp: Any) -> dict[str, Any]:
    """The blocks ``mlp`` has, by name (a missing one left out: the caller's generic message covers it)."""
    blocks = {}
    for name in BLOCKS:
        with contextlib.suppress(Exception):
            blocks[name] = getattr(mlp, name)
    return blocks


def _run_forward(
    mlp: Any,
    x: np.ndarray,
    label: str,
    *,
    builds_on: bool = False,
    forward_order: Callable[[], list[str]] | None = None,
) -> Any:
    """``mlp.forward(x)``; an error raised in a block that is not one of this MLP's (a block of another MLP object:
    blocks kept on the class, in a global or in a default argument) fails with a message that says so, and so does
    one raised after a block was skipped, when ``forward_order`` (the forward of a new network, watched:
    :func:`_block_order`) shows it."""
    try:
        out = mlp.forward(x)
    except Exception as e:  # noqa: BLE001  (only named when a block of another MLP raised it; re-raised otherwise)
        kind = testing.raised_by_another(e, _blocks_of(mlp))
        first = " fix MLP.forward first (test_mlp_forward fails):" if builds_on else ""
        if kind is None:
            name = getattr(e, "type_name", type(e).__name__)
            skipped = ""
            # a shape error only: another (a lent block's misuse) is told by what the bridge noted of this very call,
            # which the watched run's calls would replace
            if forward_order is not None and name == "ValueError":
                with contextlib.suppress(Exception):  # only a diagnosis
                    skipped = _skipped_block(forward_order())
            if not skipped:
                raise
            raise AssertionError(f"{label} failed:{first} MLP.forward raised {name}: {skipped}") from None
        raise AssertionError(
            f"{label} failed:{first} it ran a {kind} block that is not one of this MLP's ({', '.join(BLOCKS)}), "
            "one made for another MLP object, and that block raised an error. Does MLP keep its blocks on the "
            "class (a list written in the class body, layers = [], is shared by every MLP object), in a global "
            "or in a default argument? Create them in __init__ and keep them on self (self.layers = [...])."
        ) from None
    if isinstance(out, (tuple, list)):  # round 79: (y, h) told in numpy's words ("an inhomogeneous shape")
        first = " fix MLP.forward first (test_mlp_forward fails):" if builds_on else ""
        raise AssertionError(
            f"{label} failed:{first} MLP.forward returns a {type(out).__name__} of {len(out)} items; it returns one "
            "array, the output of fc3. Keep what backward needs on the blocks (each block's forward stores its own "
            "input), not in forward's result."
        )
    return out


def _skipped_block(order: list[str]) -> str:
    """What MLP.forward did wrong when it ran the blocks ``order`` (up to its error) and skipped one before them
    (round 84: ``for k in range(1, len(self.layers))``, a 1-based loop, never ran fc1, and was told only a ValueError),
    or ""."""
    k = next((i for i, (got, want) in enumerate(zip(order, BLOCKS, strict=False)) if got != want), None)
    if k is None or BLOCKS[k] in order:
        return ""
    after = f"right after {order[k - 1]}.forward" if k else "first"
    loop = (
        " A loop over the blocks that starts at 1 (range(1, len(...))) skips the first one: Python counts from 0."
        if k == 0
        else ""
    )
    return (
        f"it runs {order[k]}.forward {after}, and never {BLOCKS[k]}.forward before it (it ran "
        f"{', '.join(order)}, then stopped at the error).{loop} The blocks run in the order {', '.join(BLOCKS)}."
    )


def _block_order(MLP: Callable, params: Mapping[str, np.ndarray], x: np.ndarray, dy: Any = None) -> list[str]:
    """The blocks whose forward a new ``MLP``'s ``forward(x)`` runs, in order (each block's ``forward`` watched); with
    ``dy``, the blocks whose backward its ``backward(dy)`` runs after an unwatched forward, up to any error."""
    mlp = build_mlp(MLP, params)
    order: list[str] = []
    method = "forward" if dy is None else "backward"
    for name in BLOCKS:
        block = getattr(mlp, name)
        original = getattr(block, method)

        def watched(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            order.append(_name)
            return _original(*args, **kwargs)

        setattr(block, method, watched)
    with contextlib.suppress(Exception):  # only the order is wanted: whatever it raises was seen already
        mlp.forward(x.copy())
        if dy is not None:
            mlp.backward(np.array(dy, dtype=np.float64))
    return order


def _backward_slip(order: list[str]) -> str:
    """What is wrong with the order in which MLP.backward ran its blocks' backward (``order``, up to an error), or
    "" when it is a start of the right one."""
    right = list(reversed(BLOCKS))
    wrong = next((i for i, (got, want) in enumerate(zip(order, right, strict=False)) if got != want), None)
    if wrong is None:
        return ""
    if wrong == 0:
        where = f"starts with {order[0]}.backward"
    else:
        after, belongs = order[wrong - 1], right[wrong]
        where = f"calls {order[wrong]}.backward right after {after}.backward, where {belongs}.backward belongs"
    ran = ", ".join(order)
    return (
        f"MLP.backward {where} (it ran the backward of {ran}): each block's backward gets the gradient that the block "
        f"above it returned, in the order {', '.join(right)}."
    )


def _out_of_order(order: list[str]) -> str:
    """What is wrong with the order in which MLP.forward ran its blocks, when it ran each once, in another order
    (round 62: activation_fn2 after fc1 and activation_fn1 after fc2 gave the right output, and backward failed)."""
    if sorted(order) != sorted(BLOCKS) or list(order) == list(BLOCKS):
        return ""
    k = next(i for i, (got, want) in enumerate(zip(order, BLOCKS, strict=True)) if got != want)
    after = f"right after {order[k - 1]}.forward" if k else "first"
    same = {order[k], BLOCKS[k]} <= {"activation_fn1", "activation_fn2"}
    return (
        f"MLP.forward runs {order[k]}.forward {after}, where {BLOCKS[k]}.forward belongs (it ran "
        f"{', '.join(order)}). "
        + (
            "Its output can still be right (the two Tanh blocks compute the same function), but each"
            if same
            else "Each"
        )
        + " block keeps what its own forward saw, and MLP.backward reads it block by block: run the blocks in the "
        f"order {', '.join(BLOCKS)}, each once."
    )


def _twice_and_never(order: list[str]) -> str:
    """What is wrong with the order in which MLP.forward ran its blocks, when one ran twice and another never."""
    twice = [b for b in BLOCKS if order.count(b) > 1]
    never = [b for b in BLOCKS if b not in order]
    if not twice or not never:
        return ""
    return (
        f"MLP.forward runs {' and '.join(f'{b}.forward' for b in twice)} twice and never "
        f"{' or '.join(f'{b}.forward' for b in never)} (it ran {', '.join(order)}): a copy-paste slip? Each block "
        f"runs once, in the order {', '.join(BLOCKS)}; backward then finds in each block what its own forward "
        "stored."
    )


def _run_backward(
    mlp: Any,
    dy: Any,
    forward_order: Callable[[], list[str]] | None = None,
    backward_order: Callable[[], list[str]] | None = None,
    sizes: tuple[int, ...] | None = None,
) -> Any:
    """``mlp.backward(dy)``; an error it raises becomes a message that names MLP.backward (never its text, when
    graded: :func:`testing.error_detail`). ``forward_order``, ``backward_order``: run the forward (the backward) of
    a new network, watched (:func:`_block_order`), when backward failed. ``sizes``: the network's, for the message."""
    try:
        return mlp.backward(dy)
    except Exception as e:  # noqa: BLE001  (whatever the student's code raises)
        name = getattr(e, "type_name", type(e).__name__)
        if name not in ("ValueError", "AssertionError", "RemoteError", "IndexError", "AttributeError", "TypeError"):
            raise
        lent = testing.lent_attribute_story(e)
        if lent:  # a method only the student's own block has
            raise AssertionError(f"MLP.backward raised AttributeError: {lent}") from None
        # before forward_order, which makes calls of its own: the error noted is the last call's
        where = testing.raised_in(e, _blocks_of(mlp))
        slip, ran = "", None
        if forward_order is not None:
            with contextlib.suppress(Exception):  # only a diagnosis
                ran = forward_order()
                slip = _twice_and_never(ran) or _out_of_order(ran)
        if slip:
            raise AssertionError(f"MLP.backward failed, because of MLP.forward: {slip}") from None
        if backward_order is not None:
            with contextlib.suppress(Exception):  # only a diagnosis
                slip = _backward_slip(backward_order())
        if slip and where is not None:
            block, method, error = where
            raise AssertionError(f"MLP.backward failed: {block}.{method} raised {error}. {slip}") from None
        if where is not None and ran is not None and where[0] not in ran:
            # round 44: an output computed with linear_forward and np.tanh, around the blocks, was told "either ... or"
            block, method, error = where
            did = "it ran none of the blocks' forward"
            if ran:
                did = f"it ran only {', '.join(f'{b}.forward' for b in ran)}"
            raise AssertionError(
                f"MLP.backward failed: {block}.{method} raised {error} (the blocks themselves are checked right), and "
                f"MLP.forward did not run {block}.forward ({did}), whose backward needs what it stores. Forward must "
                f"run every block, in the order {', '.join(BLOCKS)}: an output computed around the blocks (with "
                "linear_forward or np.tanh on their weights) leaves them nothing for backward."
            ) from None
        if where is not None:
            block, method, error = where
            raise AssertionError(
                f"MLP.backward failed: {block}.{method} raised {error} (the blocks themselves are checked right). "
                f"Either MLP.forward did not run {block}.forward (its backward needs what forward stores), or "
                f"{block}.backward got a gradient it cannot take: each block's backward gets the gradient that the "
                "block above it returned, once, in the order fc3, activation_fn2, fc2, activation_fn1, fc1."
            ) from None
        what = "a block it called raised an error" if name == "RemoteError" else f"it raised {name}"
        detail = "" if name == "RemoteError" else testing.error_detail(e)
        fixed = (  # round 50: dy.reshape(5), right for the visible check's network only, was told about wiring
            f" A size written into the code (a reshape, a loop bound) fits only the visible check's "
            f"MLP{VISIBLE_SIZES}: take sizes from the arrays (dy.shape, x.shape, self.fc1.W.shape)."
            if name in ("ValueError", "IndexError") and sizes is not None and tuple(sizes) != VISIBLE_SIZES
            else ""
        )
        network = f"MLP{tuple(sizes)}.backward" if sizes is not None else "MLP.backward"
        if testing.error_story(e):  # numpy's words said what went wrong: detail tells it
            visible = f" The visible check's network is MLP{VISIBLE_SIZES}." if fixed else ""
            raise AssertionError(f"{network} failed, {what}{detail}.{visible}") from None
        raise AssertionError(
            f"{network} failed, {what}{detail}. Does MLP.forward run the forward of every block (backward needs what "
            "it stores), and does each block's backward get the gradient that the block above it returned "
            f"(fc3.backward(dy) first, then activation_fn2, fc2, activation_fn1, fc1)?{fixed}"
        ) from None


def _weights_unchanged(mlp: Any, params: Mapping[str, np.ndarray], label: str, method: str = "backward") -> None:
    """Fail if ``MLP.<method>`` changed a layer's W or b (named, with the step when it is a gradient step).
    ``label`` names the call (``"MLP(2, 10, 20, 5).backward"``)."""
    for layer in LAYERS:
        block = _block(mlp, layer)
        for attr in ("W", "b"):
            now, before = getattr(block, attr, None), params[f"{layer}.{attr}"]
            try:
                arr = np.asarray(now, dtype=np.float64)
            except (TypeError, ValueError):
                arr = None
            if arr is not None and arr.shape == before.shape and np.array_equal(arr, before):
                continue
            step = ""
            grad = getattr(block, "grad_" + attr, None)
            try:
                change, g = arr - before, np.asarray(grad, dtype=np.float64)
                k = float(np.vdot(change, g)) / float(np.vdot(g, g))
                if g.shape == before.shape and k != 0 and np.allclose(change, k * g, rtol=1e-5, atol=1e-9):
                    step = (
                        f" (it moved {layer}.{attr} by {k:.3g} times {layer}.grad_{attr}: a gradient-descent "
                        f"step, which is the optimiser's job, not the {method} pass's)"
                    )
            except (TypeError, ValueError, ZeroDivisionError):
                pass
            raise AssertionError(
                f"{label} changed {layer}.{attr}{step}. Forward and backward passes leave the weights and biases "
                f"unchanged (this notebook's rule): do not assign to or update W or b in MLP.{method}."
            )


def check_mlp_backward(
    MLP: Callable,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    dy: np.ndarray,
    *,
    exact: Mapping[str, np.ndarray] | None = None,
    expected_y: Any = None,
) -> None:
    """``forward(x)`` then ``backward(dy)``: every layer's grad_W/grad_b and the returned dx against the
    gradients of sum(y * dy); ``dy`` ``(out,)`` must be left unchanged."""
    label = f"MLP{sizes_of(params)}.backward"
    mlp = build_mlp(MLP, params)
    _own_activations(mlp)
    _forward_first(mlp, params, x, expected_y, label, lambda: _block_order(MLP, params, x))
    arg = dy.copy()
    dx = _run_backward(
        mlp,
        arg,
        lambda: _block_order(MLP, params, x),
        lambda: _block_order(MLP, params, x, dy=dy),
        sizes=sizes_of(params),
    )
    _unchanged("MLP.backward changed dy", dy, arg, "pass it on to fc3.backward as it is.", "dy", dx)
    _weights_unchanged(mlp, params, label)
    check_layers_from_output_down(
        mlp,
        dx,
        params,
        x,
        lambda y: float(np.sum(y * dy)),
        label,
        exact=exact,
        first_hint="fc3 is the first block the backward pass reaches: is fc3.backward given the dy that "
        "MLP.backward received?" + _clipped_dy(mlp, dy),
        factors={
            "1/out_features: the gradient is divided by the number of outputs; MLP.backward passes dy on to "
            "fc3.backward as it is (nothing to average).": 1.0 / sizes_of(params)[3]
        }
        if sizes_of(params)[3] > 1
        else None,
    )


def _clipped_dy(mlp: Any, dy: np.ndarray) -> str:
    """A sentence (with a leading space) saying that fc3.grad_b, the dy the last block was given, is ``dy`` with its
    large entries cut at some c, when it is; else "" (round 106: np.clip(dy, -10, 10) in MLP.backward was told only
    "is fc3.backward given the dy that MLP.backward received?")."""
    try:
        given = np.asarray(_block(mlp, "fc3").grad_b, dtype=np.float64)
    except Exception:  # noqa: BLE001  (only a diagnosis)
        return ""
    dy = np.asarray(dy, dtype=np.float64)
    if given.shape != dy.shape or not np.all(np.isfinite(given)):
        return ""
    c = float(np.max(np.abs(given), initial=0.0))
    if c == 0.0 or not np.any(np.abs(dy) > c * (1 + 1e-9)):
        return ""
    if not np.allclose(given, np.clip(dy, -c, c), rtol=1e-9, atol=1e-12 * c):
        return ""
    return (
        f" fc3.grad_b, the dy fc3.backward was given, is the dy MLP.backward received clipped to [-{c:.4g}, {c:.4g}]: "
        "is dy clipped (np.clip) in MLP.backward? Pass it on as it is, however large: the backward pass is linear in "
        "dy."
    )


def check_mlp_backward_state(
    MLP: Callable,
    params: Mapping[str, np.ndarray],
    x: np.ndarray,
    dy: np.ndarray,
    other: tuple[Mapping[str, np.ndarray], np.ndarray],
    *,
    exact: Mapping[str, np.ndarray] | None = None,
) -> None:
    """What ``backward`` reads is what this network's last ``forward`` stored, as it stored it (round 48):

    * ``backward(dy)`` called twice after one ``forward(x)`` gives the same gradients both times (tanh' computed in
      place on the activations forward stored, a *= ..., is right once and wrong after);
    * with a second network (``other``: its parameters and input, the same sizes) run forward in between, this
      network's ``backward`` still gives its own gradients (the input or activations kept on the class, MLP.x = ...,
      mix the two networks up).

    ``exact``: the reference gradients of ``forward(x)``, ``backward(dy)`` (keys as in
    :func:`check_layers_from_output_down`); the first backward is checked too, before the later calls. Without it (a
    visible check), the first backward is checked against numerical gradients and its results are the reference."""
    label = f"MLP{sizes_of(params)}.backward"
    scalar = lambda y: float(np.sum(y * dy))  # noqa: E731
    mlp = build_mlp(MLP, params)
    _run_forward(mlp, x.copy(), label)
    dx = _run_backward(mlp, dy.copy(), sizes=sizes_of(params))
    check_layers_from_output_down(mlp, dx, params, x, scalar, label, exact=exact)  # the first call: right
    if exact is None:
        exact = {
            **{f"{k}.{p}": np.array(getattr(_block(mlp, k), f"grad_{p}"), dtype=float) for k in LAYERS for p in "Wb"},
            "dx": np.array(dx, dtype=float),
        }
    dx = _run_backward(mlp, dy.copy(), sizes=sizes_of(params))
    if _added_up(mlp, exact["fc3.W"], lambda: 2 * exact["fc3.W"]):
        raise AssertionError(
            f"{label} called a second time after one forward: fc3.grad_W is twice the gradient, so "
            + ADDED_UP.format(own="pass")
        )
    try:
        check_layers_from_output_down(mlp, dx, params, x, scalar, f"{label} called a second time", exact=exact)
    except AssertionError as e:
        raise AssertionError(
            f"{e} The first backward after this forward was right: does backward change what forward stored (the "
            "activations, with tanh' computed in place: a *= ..., a -= ..., or an array forward returned and kept)? "
            "Compute new arrays (1 - a**2); what forward stored must stay as it was."
        ) from None
    other_params, other_x = other
    first, second = build_mlp(MLP, params), build_mlp(MLP, other_params)
    _run_forward(first, x.copy(), label)
    _run_forward(second, other_x.copy(), label)
    dx = _run_backward(first, dy.copy(), sizes=sizes_of(params))
    try:
        check_layers_from_output_down(
            first, dx, params, x, scalar, f"{label} with a second network run forward in between", exact=exact
        )
    except AssertionError as e:
        raise AssertionError(
            f"{e} Alone, this network's backward was right: does it use what another network's forward stored (the "
            "input or the activations kept on the class, MLP.x = ..., or in a global)? Keep them on self."
        ) from None
    # the same network, a new sample and the same dy (round 95: backward memoised on dy's values returned the first
    # sample's gradients: every other call had a new dy)
    x2 = _next_sample(x)
    y2 = _run_forward(first, x2.copy(), label)
    # only when forward is right on this sample (a forward that kept the first sample is test_mlp_forward's failure)
    if np.allclose(np.asarray(y2, dtype=float), network_output(params, x2), rtol=1e-3, atol=1e-6):
        dx = _run_backward(first, dy.copy(), sizes=sizes_of(params))
        try:
            check_layers_from_output_down(first, dx, params, x2, scalar, f"{label} on a second sample with the same dy")
        except AssertionError as e:
            raise AssertionError(
                f"{e} On the first sample it was right: does backward keep its results keyed on dy (a cache), skip "
                "its work when dy is the same as last time, or read what an earlier forward stored (a list appended "
                "to at every forward and read from its start)? The gradients depend on the sample forward last "
                "stored: compute them afresh at every call."
            ) from None
    # dy all zeros next (an output that fits its target exactly): every gradient is 0 (round 86: a backward that
    # returned early for an all-zero dy left every layer the gradients of the pass before)
    dx = _run_backward(first, np.zeros_like(dy), sizes=sizes_of(params))
    try:
        check_layers_from_output_down(
            first,
            dx,
            params,
            x,
            lambda y: 0.0,
            f"{label} with dy all zeros, after a backward with another dy",
            exact={k: np.zeros_like(v) for k, v in exact.items()},
        )
    except AssertionError as e:
        raise AssertionError(
            f"{e} With dy = 0 every gradient is 0: does backward skip the layers for a zero dy (an early return) and "
            "leave each layer the gradients of the pass before? Every backward sets every layer's grad_W and grad_b."
        ) from None


ADDED_UP = (
    "the gradients are added up over backward passes (grad_W = grad_W + ..., as PyTorch's .grad does). In this "
    "notebook each backward pass sets grad_W and grad_b to the gradient of its own {own}."
)


def _added_up(mlp: Any, last: np.ndarray, total: Callable[[], np.ndarray]) -> bool:
    """Whether ``mlp``'s fc3.grad_W is ``total()`` (the gradients of several backward passes added up) and not
    ``last`` (the gradient of the last pass alone); ``total`` is computed only when needed."""
    try:
        got = np.asarray(_block(mlp, "fc3").grad_W, dtype=np.float64)
    except (AttributeError, TypeError, ValueError, AssertionError):
        return False
    if got.shape != last.shape or np.allclose(got, last, rtol=1e-4, atol=1e-8):
        return False
    return bool(np.allclose(got, total(), rtol=1e-4, atol=1e-8))


def _own_activations(mlp: Any) -> None:
    """The two Tanh blocks must be two objects: each keeps the output of its own forward for its backward."""
    if _block(mlp, "activation_fn1") is _block(mlp, "activation_fn2"):
        raise AssertionError(
            "MLP's activation_fn1 and activation_fn2 are one and the same object: a Tanh block keeps the output of "
            "its forward for its backward, so the second forward overwrites what the first block's backward needs. "
            "Create two: self.activation_fn2 = Tanh()."
        )


def check_full_backprop(
    MLP: Callable,
    MSELoss: Callable,
    params: Mapping[str, np.ndarray],
    samples: list[tuple[np.ndarray, np.ndarray]],
    *,
    exact: Mapping[str, np.ndarray] | None = None,
    expected_y: Any = None,
) -> None:
    """A training step's computation on one network, for each ``(x, target)`` of ``samples`` in turn:
    c = MSE(MLP.forward(x), target), then MLP.backward(dc/dy). The gradients left after the *last* sample
    are checked against those of its loss (``exact``, ``expected_y``: for the last sample)."""
    sizes = sizes_of(params)
    label = f"MLP{sizes} + MSELoss"
    mlp = build_mlp(MLP, params)
    _own_activations(mlp)
    dx = None
    for i, (x, target) in enumerate(samples):
        last = i == len(samples) - 1
        _forward_first(mlp, params, x, expected_y if last else None, label, lambda x=x: _block_order(MLP, params, x))
        loss = MSELoss()
        loss.forward(np.asarray(network_output(params, x)), target.copy())  # the loss of the right output
        dy = loss.backward()
        received = np.array(dy, dtype=np.float64)  # as MLP.backward receives it (an in-place change comes back)
        dx = _run_backward(
            mlp,
            dy,
            lambda x=x: _block_order(MLP, params, x),
            lambda x=x, dy=dy: _block_order(MLP, params, x, dy=dy),
            sizes=sizes,
        )
        _weights_unchanged(mlp, params, f"MLP{sizes}.backward")
    x, target = samples[-1]
    if len(samples) > 1:
        _not_accumulated(mlp, params, samples, label, exact)
        _not_stale(mlp, params, samples, dy, label)
    check_layers_from_output_down(
        mlp,
        dx,
        params,
        x,
        lambda y: float(np.mean((y - target) ** 2)),
        label,
        exact=exact,
        factors={
            "n, the number of outputs: is the loss's gradient scaled by n?": float(sizes[3]),
            "1/n, one over the number of outputs: the mean's 1/n is in MSELoss.backward already; is the gradient "
            "divided by n once more in MLP.backward?": 1.0 / sizes[3],
        }
        if sizes[3] > 1
        else {},
        first_hint=(
            "fc3 is the first block the backward pass reaches: is fc3.backward given the loss's gradient exactly as "
            "MLP.backward received it?" + _clipped_dy(mlp, received) + " And this is the last of several samples run "
            "through the same network: do the gradients come from this sample's forward pass?"
        )
        if len(samples) > 1
        else _clipped_dy(mlp, received).strip(),
        chain_hint=(
            " Or does it use values kept from an earlier sample (activations stored in a list, a cache) instead of "
            "those of this sample's forward pass?"
        )
        if len(samples) > 1
        else "",
    )


def _not_accumulated(
    mlp: Any,
    params: Mapping[str, np.ndarray],
    samples: list[tuple[np.ndarray, np.ndarray]],
    label: str,
    exact: Mapping[str, np.ndarray] | None,
) -> None:
    """Fail, naming the mistake, when fc3.grad_W after the last sample is the sum of every sample's gradient (the
    gradients added up over backward passes, as PyTorch's .grad does, instead of set by each)."""

    def gradient(x: np.ndarray, target: np.ndarray) -> np.ndarray:
        cost = lambda W: float(np.mean((network_output({**params, "fc3.W": W}, x) - target) ** 2))  # noqa: E731
        return gradcheck.numerical_gradient(cost, params["fc3.W"].copy())

    last = exact["fc3.W"] if exact is not None else gradient(*samples[-1])
    if _added_up(mlp, last, lambda: sum(gradient(x, t) for x, t in samples[:-1]) + last):
        raise AssertionError(
            f"{label}: after {len(samples)} samples, fc3.grad_W is the sum of the gradients of all of them: "
            + ADDED_UP.format(own="sample")
        )


def _not_stale(
    mlp: Any, params: Mapping[str, np.ndarray], samples: list[tuple[np.ndarray, np.ndarray]], dy: Any, label: str
) -> None:
    """Fail, naming the mistake, when fc3.grad_W after the last sample is that sample's dy times the activations of
    an earlier sample's forward pass (round 54: activations appended to a list in forward and read by index in
    backward were asked first whether fc3 got the loss's gradient)."""
    try:
        got = np.asarray(_block(mlp, "fc3").grad_W, dtype=np.float64)
        dy = np.asarray(dy, dtype=np.float64)
    except (AttributeError, TypeError, ValueError, AssertionError):
        return
    for k, (x, _) in enumerate(samples[:-1]):
        h2 = np.tanh(params["fc2.W"] @ np.tanh(params["fc1.W"] @ x + params["fc1.b"]) + params["fc2.b"])
        if got.shape == (dy.size, h2.size) and np.allclose(got, np.outer(dy, h2), rtol=1e-6, atol=1e-12):
            raise AssertionError(
                f"{label}: after {len(samples)} samples through the same network, fc3.grad_W is the last sample's "
                f"gradient dy times the activations of sample {k + 1}'s forward pass: the backward pass reads what an "
                "earlier forward pass stored (activations appended to a list and read by index, or kept in a cache). "
                "Each backward pass uses the latest forward pass: store its values on self, replacing the earlier ones."
            )


# --------------------------------------------------------------------------------------------------
# Visible checks of section 4: the blocks first


def first_failing_block(
    *, forward_only: bool = False, sizes: tuple[int, int, int, int] | None = None, **blocks: Callable
) -> str | None:
    """Run the checks of the given blocks (keywords among MSELoss, Tanh, linear_backward; with
    ``forward_only``, Tanh.forward's only): their visible cells' checks, all of them (round 55: a Tanh clipped at 5
    failed its own visible cells and passed the MLP's), then one other size (the hidden tests use other sizes too),
    then the sizes of the network ``sizes`` (in, hidden1, hidden2, out) uses.
    Return "Fix `X` first: `test_x` fails (why)" for the first that fails, or None.

    A block that is the instructor's, lent by the test (:func:`testing.is_reference`: always, when graded), can only
    pass: it is not checked (those checks were 6 % of the testers' CPU time)."""
    blocks = {name: block for name, block in blocks.items() if not testing.is_reference(block)}
    rng = np.random.default_rng(6)
    x5, W5, b5, dy5 = rng.normal(size=4), rng.normal(size=(5, 4)), rng.normal(size=5), rng.normal(size=5)
    v5, t5, a5, g5 = (rng.normal(size=5) for _ in range(4))
    runs: list[tuple[str, str, str, Callable[[], None]]] = []  # (function, test, where, check)
    if "MSELoss" in blocks:
        loss = blocks["MSELoss"]
        runs.append(
            (
                "MSELoss.backward",
                "test_mse_loss",
                "",
                lambda: _mse_checks(loss),
            )
        )
        runs.append(("MSELoss.backward", "test_mse_loss", " for n = 5", lambda: check_mse_backward(loss, v5, t5)))
    if "Tanh" in blocks:
        act = blocks["Tanh"]
        runs.append(("Tanh.forward", "test_tanh_forward", "", lambda: _tanh_forward_checks(act)))
        runs.append(("Tanh.forward", "test_tanh_forward", " for n = 5", lambda: check_tanh_forward(act, a5)))
        if not forward_only:
            runs.append(
                (
                    "Tanh.backward",
                    "test_tanh_backward",
                    "",
                    lambda: _tanh_backward_checks(act),
                )
            )
            runs.append(("Tanh.backward", "test_tanh_backward", " for n = 5", lambda: check_tanh_backward(act, a5, g5)))
    if "linear_backward" in blocks and not forward_only:
        lin = blocks["linear_backward"]
        for part in ("dx", "dW", "db"):
            runs.append(
                (
                    "linear_backward",
                    f"test_linear_{part}",
                    "",
                    lambda part=part: _linear_checks(lin, part),
                )
            )
        for part in ("dx", "dW", "db"):
            runs.append(
                (
                    "linear_backward",
                    f"test_linear_{part}",
                    " for a 5x4 layer",
                    lambda part=part: check_linear_backward(lin, part, x5, W5, b5, dy5),
                )
            )
    if sizes is not None:
        runs += _network_size_runs(sizes, forward_only=forward_only, **blocks)
    for function, test, where, run in runs:
        try:
            run()
        except Exception as e:  # noqa: BLE001  (whatever the student's block raises)
            why = str(e) if isinstance(e, AssertionError) else f"it raises {type(e).__name__}"
            if where:
                return (
                    f"Fix `{function}` first: it is wrong{where} (`{test}` checks other sizes when graded): "
                    f"{why.strip()}"
                )
            return f"Fix `{function}` first: `{test}` fails ({why.strip()})"
    return None


def _network_size_runs(
    sizes: tuple[int, int, int, int], *, forward_only: bool, **blocks: Callable
) -> list[tuple[str, str, str, Callable[[], None]]]:
    """The block checks of :func:`first_failing_block` at the sizes an MLP of ``sizes`` gives its blocks."""
    rng = np.random.default_rng(7)
    runs: list[tuple[str, str, str, Callable[[], None]]] = []
    if "Tanh" in blocks:
        act = blocks["Tanh"]
        for n in dict.fromkeys(sizes[1:3]):  # the two hidden layers' widths
            x, dy = rng.normal(size=n), rng.normal(size=n)
            where = f" for n = {n} (a hidden layer of the network)"
            runs.append(("Tanh.forward", "test_tanh_forward", where, lambda x=x: check_tanh_forward(act, x)))
            if not forward_only:
                runs.append(
                    ("Tanh.backward", "test_tanh_backward", where, lambda x=x, dy=dy: check_tanh_backward(act, x, dy))
                )
    if "linear_backward" in blocks and not forward_only:
        lin = blocks["linear_backward"]
        for k, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
            data = (
                rng.normal(size=n_in),
                rng.normal(size=(n_out, n_in)),
                rng.normal(size=n_out),
                rng.normal(size=n_out),
            )
            for part in ("dx", "dW", "db"):
                runs.append(
                    (
                        "linear_backward",
                        f"test_linear_{part}",
                        f" for a {n_out}x{n_in} layer (fc{k} of the network)",
                        lambda part=part, data=data: check_linear_backward(lin, part, *data),
                    )
                )
    return runs


def _raised_in_mlp(e: BaseException) -> bool:
    """Whether ``e`` was raised in a method of the notebook's MLP itself (the student's own kernel: its traceback)."""
    tb, last = e.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    code = last.tb_frame.f_code if last is not None else None
    parts = getattr(code, "co_qualname", "").split(".") if code is not None else []
    return len(parts) >= 2 and parts[-2] == "MLP"


def _blocks_then(
    what: str,
    check: Callable[[], None],
    *,
    forward_only: bool = False,
    sizes: tuple[int, int, int, int] | None = None,
    **blocks: Callable,
) -> None:
    problem = first_failing_block(forward_only=forward_only, sizes=sizes, **blocks)
    if problem is not None:
        # (never when graded: the blocks are the instructor's there) A block of the student's fails its own test,
        # so this check cannot judge the network; it still fails when the network itself is not written yet.
        try:
            check()
        except NotImplementedError as e:
            if _raised_in_mlp(e):  # MLP's own method is the stub (an unanswered block's stub is the block's)
                raise AssertionError(f"{what} is not written yet (it raises NotImplementedError). {problem}") from None
        except Exception:  # noqa: BLE001  (the block's bug shows here too: not the network's to answer for)
            pass
        print(
            f"{what} is not checked yet. {problem}\n{what} runs your blocks here. When graded it runs the "
            "instructor's blocks, so a block's bug does not cost its points."
        )
        return
    check()
    print(PASSED)


def _visible_mlp(sizes: tuple[int, int, int, int] = VISIBLE_SIZES) -> tuple[dict[str, np.ndarray], np.ndarray]:
    rng = np.random.default_rng(4)
    return random_params(sizes, rng), rng.normal(size=sizes[0])


def visible_mlp_forward(MLP: Callable, Tanh: Callable) -> None:
    """The visible check of test_mlp_forward (sizes 2, 10, 20, 5, then 3, 4, 6, 2: round 54's x reshaped to (2,)
    passed it; then 3, 4, 6, 1: round 58's output squeezed to shape () passed the two others), after Tanh.forward's
    own check."""
    params, x = _visible_mlp()
    other, other_x = _visible_mlp((3, 4, 6, 2))
    single, single_x = _visible_mlp((3, 4, 6, 1))

    def check() -> None:
        check_mlp_forward(MLP, params, x)
        check_mlp_forward(MLP, other, other_x)
        check_mlp_forward(MLP, single, single_x)

    _blocks_then(
        "MLP.forward",
        check,
        forward_only=True,
        sizes=sizes_of(params),
        Tanh=Tanh,
    )


def visible_mlp_backward(MLP: Callable, Tanh: Callable, linear_backward: Callable) -> None:
    """The visible check of test_mlp_backward, after the checks of the blocks it uses."""
    params, x = _visible_mlp()
    dy = np.array([1.0, -0.5, 2.0, 0.25, -1.5])
    other = random_params(VISIBLE_SIZES, np.random.default_rng(6)), np.array([0.7, -2.5])

    def check() -> None:
        check_mlp_backward(MLP, params, x, dy)
        # backward twice after one forward, and another network run forward in between (round 53: gradients added
        # up over backward passes passed this check and failed only the hidden one)
        check_mlp_backward_state(MLP, params, x, dy, other)

    _blocks_then(
        "MLP.backward",
        check,
        sizes=sizes_of(params),
        Tanh=Tanh,
        linear_backward=linear_backward,
    )


def visible_full_backprop(MLP: Callable, MSELoss: Callable, Tanh: Callable, linear_backward: Callable) -> None:
    """The visible check of test_full_backprop: two samples in a row, after the checks of the blocks."""
    params, _ = _visible_mlp()
    rng = np.random.default_rng(5)
    samples = [(rng.normal(size=2), rng.normal(size=5)) for _ in range(2)]
    _blocks_then(
        "MLP with MSELoss",
        lambda: check_full_backprop(MLP, MSELoss, params, samples),
        sizes=sizes_of(params),
        MSELoss=MSELoss,
        Tanh=Tanh,
        linear_backward=linear_backward,
    )


# --------------------------------------------------------------------------------------------------
# Round 128: tanh' in the far tail, saturated networks


def check_tanh_backward_tail(Tanh: Callable, rng: np.random.Generator) -> None:
    """``Tanh.backward(dy)`` after ``forward(x)`` at one |x| in each band from 23 to 1000, both signs: entry by entry
    within 1e-12 |dy| of dy (1 - tanh(x)^2), which is below 1e-19 |dy| there (0 for 1 - y**2 in float64 or float32).
    Round 128: tanh recomputed from x with np.exp, its inf / inf silenced by np.nan_to_num (tanh' = 1 beyond |x| of
    710), and tanh' floored at 0.01 beyond |x| = 30 kept the points (:func:`check_tanh_backward_far_out` checks only
    that the results are finite). When forward is not tanh(x) there, test_tanh_forward charges it, and backward is
    accepted when it is dy (1 - y^2) of forward's own y. Raises ``AssertionError``."""
    edges = np.array([23.0, 30.0, 60.0, 200.0, 400.0, 710.0, 1000.0])
    far = np.concatenate([rng.uniform(edges[:-1], edges[1:]), -rng.uniform(edges[:-1], edges[1:])])
    x = rng.permutation(far)
    signs, sizes = rng.choice([-1.0, 1.0], size=x.size), rng.uniform(0.5, 2.0, size=x.size)
    dy = signs * sizes
    both = _quiet_forward_backward(Tanh, x, dy)
    if both is None:
        return  # forward's or backward's own failure: the other checks of the tests tell what it is
    y, got = both
    truth = dy * _tanh_prime(x)  # below 1e-19 |dy|
    with np.errstate(all="ignore"):
        # or dy (1 - y^2) of forward's own y, when forward is off (test_tanh_forward's to charge; round 129: a forward
        # rounded to 13 decimals switched this check off)
        own = dy * (1.0 - y**2)
        bad = ~(np.abs(got - truth) <= 1e-12 * np.abs(dy)) & ~(np.abs(got - own) <= 1e-12 * np.abs(dy))
    bad &= np.isfinite(y)  # a forward that is nan there (np.exp's inf / inf) is test_tanh_forward's to charge
    if not bad.any():
        return
    i = int(np.argmin(np.where(bad, np.abs(x), np.inf)))
    ratio = got[i] / dy[i]
    if not np.isfinite(got[i]):
        why = "not finite: tanh' written with np.exp overflows there; keep y = np.tanh(x) from forward, use 1 - y**2"
    elif np.abs(ratio - 1.0) < 1e-9:
        why = (
            "dy itself, tanh' taken as 1 there: a tanh computed again from x with np.exp is inf / inf = nan beyond "
            "|x| of about 710, and np.nan_to_num (or a fill value) turned it into 0 or 1; keep the y = np.tanh(x) "
            "that forward returns and use 1 - y**2"
        )
    else:
        why = (
            f"dy times {ratio:.3g}: a floor or a constant for saturated units (np.maximum, np.where(|x| > c, ...), "
            "'against vanishing gradients')? 1 - tanh(x)**2 taken at x as it is holds for every x, however small"
        )
    raise AssertionError(
        f"Tanh.backward(dy) at x = {x[i]:.4g} (dy = {dy[i]:.3g}) is {got[i]:.4g}, not dy (1 - tanh(x)^2), which is "
        f"below 1e-19 for |x| beyond 23 (|x| from 23 to 1000 checked entry by entry): {why}."
    )


def saturated_params(
    sizes: tuple[int, int, int, int], rng: np.random.Generator, *, fc1_scale: float = 1.0, fc3_scale: float = 1.0
) -> dict[str, np.ndarray]:
    """:func:`random_params` with fc1's weights scaled by ``fc1_scale`` (hidden units driven into saturation) and
    fc3's weights and bias by ``fc3_scale`` (large outputs)."""
    params = random_params(sizes, rng)
    params["fc1.W"] = fc1_scale * params["fc1.W"]
    params["fc3.W"] = fc3_scale * params["fc3.W"]
    params["fc3.b"] = fc3_scale * params["fc3.b"]
    return params


def check_mlp_forward_saturated(
    MLP: Callable, params: Mapping[str, np.ndarray], x: np.ndarray, *, expected: Any = None, rtol: float = 1e-12
) -> None:
    """:func:`check_mlp_forward` on a network with saturated hidden units or large outputs
    (:func:`saturated_params`), naming an output clipped to [-c, c]; then, for a float64 answer (float32 values, or
    float32 seen computed, keep float32's tolerance), the output within 1e-12 of itself (round 128: pre-activations
    clipped to [-8, 8] before the Tanh blocks, off by 2e-7 per saturated unit, and outputs clipped to [-25, 25],
    kept the point; at 1e-9, a clip at [-12, 12], off by 8e-11, still did). ``rtol``: that precision, relative to the
    largest output (round 130: 1e-14, for pre-activations placed from 13.8 to 17.5, where a cap at 13.6 is off by about
    3e-12 per unit and a float64 answer's rounding stays below 3e-15). Raises ``AssertionError``."""
    sizes = sizes_of(params)
    expected = np.asarray(network_output(params, x) if expected is None else expected, dtype=np.float64)
    label = f"MLP{sizes}.forward(x)"
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = np.asarray(build_mlp(MLP, params).forward(x.copy()), dtype=np.float64)
    except Exception:  # noqa: BLE001  (check_mlp_forward below tells what is wrong)
        got = None
    if got is not None and got.shape == expected.shape and np.all(np.isfinite(got)):
        cap = float(np.max(np.abs(got), initial=0.0))
        top = float(np.max(np.abs(expected), initial=0.0))
        if cap < 0.999 * top and np.allclose(got, np.clip(expected, -cap, cap), rtol=1e-6, atol=1e-9 * top):
            raise AssertionError(
                f"{label} is wrong on a network with large outputs (up to {top:.4g} in size): its output is cut at "
                f"+-{cap:.4g}, as np.clip(y, -{cap:.4g}, {cap:.4g}) gives. The network ends with the linear layer fc3: "
                "return its output as it is (no clip 'to keep the loss finite')."
            )
    scale = float(np.max(np.abs(expected), initial=0.0))
    if (
        got is not None
        and got.shape == expected.shape
        and not gradcheck.holds_float32(got)
        and not gradcheck.seen_computing_in_float32()  # float32 answers: check_mlp_forward's float32 tolerance
        and np.allclose(got, expected, rtol=1e-3, atol=1e-6)  # further off: check_mlp_forward names the slip
        and not np.allclose(got, expected, rtol=rtol, atol=rtol * scale)  # float64 rounding: about 1e-15
    ):
        pre = params["fc1.W"] @ x + params["fc1.b"]
        off = float(np.max(np.abs(got - expected)))
        raise AssertionError(
            f"{label} is off by {off:.3g} (a relative error of {off / scale:.2g}, far above float64 rounding) on a "
            f"network whose first hidden layer is saturated (fc1's outputs up to {float(np.max(np.abs(pre))):.3g} in "
            "size): are the pre-activations clipped (np.clip to [-c, c] 'against overflow') before the Tanh blocks? "
            "Each Tanh block gets the linear layer's output as it is: np.tanh is finite for every x."
        )
    check_mlp_forward(MLP, params, x, expected=expected)


# Round 131: float32 answers judged at float32's precision, entry by entry (the checks above compare a float32 answer
# at about 2e-5 of the largest entry, or skip it). Tolerances measured on every correct float32 answer of the course
# (answers/tanh_mlp/alt_*, indep_alt_*, blind*_ok_*, many random draws): worst forward 2.8 ulps of 1 (tanh through
# np.logaddexp, near 0; the others 1.3), worst backward 3.3 units of the tolerance's scale (1.3 to 2.7 for the others),
# worst linear_backward 1 (db), 2.8 (dW) and 7 (dx, up to 30 terms) units. Float64 answers are far inside them.
EPS32 = gradcheck.EPS32
TANH32_FORWARD_ULPS = 8.0  # absolute, in EPS32 (|tanh| <= 1)
TANH32_BACKWARD_ULPS = 10.0  # of |dy| tanh(x)^2 (1 - y**2's cancellation) plus of |dy (1 - tanh(x)^2)|
LINEAR32_ULPS = {"db": 4.0, "dW": 12.0, "dx": 24.0}  # of the sum of |terms| of each entry
FLOAT32_PRECISION = gradcheck.FLOAT32_PRECISION


def check_tanh_forward_float32(Tanh: Callable, rng: np.random.Generator) -> None:
    """``Tanh().forward(x)`` entry by entry within 8 float32 ulps of 1 (``8 * 2**-24``, absolute) of tanh(x), at |x|
    placed in 0.27 to 0.3, 2.97 to 3, and drawn from 0 to 6, both signs. Correct float32 arithmetic (np.tanh of a
    float32 x, or tanh through exp or logaddexp in float32) stays within 2.8 of those units; float64 within 1e-8 of
    them. Round 131: a float32 tanh with a Taylor "fast path" for |x| < 0.3 (off by 1.2e-5) and a 7/6 Pade "fast tanh"
    for |x| < 3 (off by 6e-7 to 1.2e-6 at 2.97 to 3) kept the points: float32 answers were compared at 2e-5 of the
    largest entry. Raises ``AssertionError``."""
    mags = np.concatenate([rng.uniform(0.27, 0.3, size=3), rng.uniform(2.97, 3.0, size=3), rng.uniform(0.0, 6.0, 6)])
    x = rng.permutation(mags * rng.permutation(np.resize([1.0, -1.0], mags.size)))
    got = _quiet_forward(Tanh(), x)
    if got is None or got.shape != x.shape:
        return  # forward's other checks tell what is wrong
    truth = np.tanh(x)
    with np.errstate(all="ignore"):
        bad = ~(np.abs(got - truth) <= TANH32_FORWARD_ULPS * EPS32)
    if not bad.any():
        return
    i = int(np.argmax(np.where(bad, np.abs(got - truth), -1.0)))
    raise AssertionError(
        f"Tanh.forward(x) at x = {x[i]:.6g} is {got[i]:.9g}, tanh(x) = {truth[i]:.9g}: off by "
        f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} (float32 or float64, np.tanh is within about 1e-7 "
        "there; checked entry by entry): an approximation of tanh (a Taylor series or a rational 'fast tanh' for "
        "small |x|), a cut-off, or digits lost? np.tanh(x) for every x."
    )


def check_tanh_backward_float32(Tanh: Callable, rng: np.random.Generator) -> None:
    """``Tanh.backward(dy)`` after ``forward(x)`` entry by entry within 10 float32 ulps (``10 * 2**-24``) of
    ``|dy| tanh(x)^2`` (the cancellation in 1 - y**2) plus of ``|dy (1 - tanh(x)^2)|``, at |x| placed in 0 to 0.05 and
    6.55 to 7, and drawn from 0 to 6, both signs, dy of 0.5 to 2 in size. Correct float32 arithmetic stays within 3.3
    of those units. Round 131: float32 answers with dy / (cosh(x)^2 + 1e-6) (off by 1e-6 |dy| near 0), and with tanh'
    set to 0 beyond |x| = 6.5 (true value above 3e-6 at 7, which float32 resolves) kept the points. Backward is accepted
    when it is dy (1 - y^2) of forward's own y (a forward that is off is test_tanh_forward's to charge). Raises
    ``AssertionError``."""
    mags = np.concatenate([rng.uniform(0.0, 0.05, size=3), rng.uniform(6.55, 7.0, size=3), rng.uniform(0.0, 6.0, 6)])
    x = rng.permutation(mags * rng.permutation(np.resize([1.0, -1.0], mags.size)))
    dy = rng.permutation(np.resize([1.0, -1.0], x.size)) * rng.uniform(0.5, 2.0, size=x.size)
    both = _quiet_forward_backward(Tanh, x, dy)
    if both is None:
        return  # forward's or backward's own failure: the other checks of the tests tell what it is
    y, got = both
    t = np.tanh(x)
    truth = dy * _tanh_prime(x)  # 1 - tanh(x)^2, exact to rounding
    with np.errstate(all="ignore"):
        own = dy * (1.0 - y**2)
        tol = TANH32_BACKWARD_ULPS * EPS32 * (np.abs(dy) * t**2 + np.abs(truth))
        bad = ~(np.abs(got - truth) <= tol) & ~(np.abs(got - own) <= tol)
    bad &= np.isfinite(y)
    if not bad.any():
        return
    i = int(np.argmax(np.where(bad, np.abs(got - truth) / np.abs(dy), -1.0)))
    if got[i] == 0:
        why = (
            '0: a guard that sets tanh\' to 0 beyond some |x| ("saturated")? 1 - tanh(x)^2 is small there but not 0, '
            "and float32 resolves it (its ulp of 1 is 6e-8)"
        )
    else:
        why = (
            f"dy times {got[i] / dy[i]:.9g} where 1 - tanh(x)^2 = {truth[i] / dy[i]:.9g}: an epsilon added against "
            "division by zero (dy / (np.cosh(x)**2 + eps)), an approximation, or a floor? dy * (1 - y**2) with the y "
            "= np.tanh(x) that forward returns needs none"
        )
    raise AssertionError(
        f"Tanh.backward(dy) at x = {x[i]:.6g} (dy = {dy[i]:.3g}) is {got[i]:.9g}, not dy (1 - tanh(x)^2) = "
        f"{truth[i]:.9g}: off by {np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} (checked entry by entry): "
        f"{why}."
    )


def check_linear_backward_float32(linear_backward: Callable, part: str, rng: np.random.Generator) -> None:
    """One gradient of ``linear_backward(dy, x, W, b)`` (``part``: "dx", "dW" or "db") of a 4x5 layer entry by entry
    within a few float32 ulps of the sum of |terms| of that entry (db: 4 ulps of |dy_i|; dW: 12 of |dy_i x_j|; dx: 24
    of sum_i |W_ij dy_i|), dy with two entries of about 1e-6 of the others. Correct float32 arithmetic stays within 1,
    2.8 and 7 of those units. Round 131: a float32 linear_backward that zeroed db entries below 1e-5 of the largest
    kept the point (float32 answers were compared at 2e-5 of the largest entry). Raises ``AssertionError``."""
    x, W, b = rng.normal(size=5), rng.normal(size=(4, 5)), rng.normal(size=4)
    dy = rng.permutation([1.0, -1.0, 1e-6, -1e-6]) * rng.uniform(0.5, 2.0, size=4)
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = linear_backward(dy.copy(), x.copy(), W.copy(), b.copy())
            got = np.asarray(result[("dx", "dW", "db").index(part)], dtype=np.float64)
    except Exception:  # noqa: BLE001  (the other checks of the test tell what is wrong)
        return
    truth = {"dx": W.T @ dy, "dW": np.outer(dy, x), "db": dy}[part]
    scale = {"dx": np.abs(W).T @ np.abs(dy), "dW": np.abs(np.outer(dy, x)), "db": np.abs(dy)}[part]
    if got.shape != truth.shape:
        return
    bad = ~(np.abs(got - truth) <= LINEAR32_ULPS[part] * EPS32 * scale)
    if not bad.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(bad, np.abs(got - truth) / scale, -1.0))), truth.shape)
    where = f"[{', '.join(str(int(k)) for k in i)}]"
    why = (
        "0 where the true value is small but not 0: small entries zeroed (as 'noise' or below a threshold)? every "
        "entry counts, however small"
        if got[i] == 0
        else "an approximation, a threshold or a rounding step? the exact products (and sums) of the inputs, in "
        "float32 or float64, stay within a few ulps"
    )
    raise AssertionError(
        f"{part} of linear_backward (4x5 layer) at {where} is {got[i]:.9g}, not {truth[i]:.9g}: off by "
        f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} for that entry (dy had entries of about 1e-6 of the "
        f"others; checked entry by entry): {why}."
    )
