"""Answer-free helpers of the test cells of ``relu_xor_momentum`` (a 2-3-1 ReLU network on XOR).

Layout of the notebook: one example per row. ``x`` has shape ``(n, 2)``, the labels ``y`` (0. or 1.)
``(n, 1)``; ``params = [W (2, 3), b (1, 3), v (3, 1), c (float)]``; ``z = x @ W + b`` is ``(n, 3)`` and
``y_hat`` is ``(n, 1)``.

Every function takes the student's functions as arguments, never by global name. When a student runs
a test cell these are the student's own functions; when the notebook is graded the test cell passes
what the notebook's names refer to at that moment, which is a reference implementation for every
function the cell does not grade (``testing.references``). Nothing here computes the network, its
loss or its gradient: expected values come from the caller (a reference implementation in a hidden
block, or a function of the student's that the check is not grading, such as ``grad_f`` in the
optimiser checks), or are numbers worked out once for the fixed visible examples (``GRAD_EXAMPLE``).

Float policy: float32 answers (by dtype, or float64 arrays of float32 numbers) get float32 tolerances and
are not judged for finite differences; see :func:`backprop_course.gradcheck.holds_float32`.

Rule checked everywhere: no function of the notebook may change the arrays or lists it is given
(the check looks at the caller's own objects after the call).
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

import numpy as np

from backprop_course import gradcheck, testing

__all__ = [
    "check_first_step_float32",
    "check_grad_f_float32",
    "check_loss_float32",
    "check_sigmoid_float32",
    "check_yhat_float32",
    "CLIP_EPS",
    "GRAD_EXAMPLE",
    "accuracy_of",
    "assert_no_loop_over_examples",
    "assert_vectorised",
    "call_unchanged",
    "check_decision_grid",
    "check_derivative",
    "check_elementwise",
    "check_grad_f",
    "check_grad_f_on_kept_objects",
    "check_gradient_descent",
    "check_loss",
    "check_momentum",
    "check_relu_prime",
    "check_training",
    "check_values",
    "check_yhat",
    "clip_guard_story",
    "clipped_outputs",
    "confident_params",
    "counted",
    "elementwise_bugs",
    "elementwise_derivative",
    "elementwise_rules",
    "grad_example",
    "NoKinkFreeBatch",
    "kink_free_batch",
    "KINK_MARGINS",
    "KINK_OFFSETS",
    "exact_kink_problem",
    "kink_margin_stories",
    "merged_stories",
    "notebook_start",
    "numerical_grad",
    "overshooting_problem",
    "random_params",
    "require",
    "require_grad_f",
    "sigmoid_example",
    "sigmoid_prime_bugs",
    "xor_data",
    "yhat_example",
]

PARAM_NAMES = ("W", "b", "v", "c")
PARAM_SHAPES = ((2, 3), (1, 3), (3, 1), ())

# -- the notebook's data, rebuilt here so that no test reads a notebook variable --------------------


def notebook_start() -> list[Any]:
    """``params_init`` of the notebook (cell ``init_params``, seed 123456): ``[W (2, 3), b (1, 3), v (3, 1), c]``."""
    rs = np.random.RandomState(123456)
    W = 0.2 * rs.rand(2, 3) - 0.1
    b = 0.2 * rs.rand(1, 3) - 0.1
    v = 0.2 * rs.rand(3, 1) - 0.1
    c = 0.2 * rs.rand() - 0.1
    return [W, b, v, float(c)]


def xor_data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The notebook's XOR data (cell ``xor_data``, seed 12345).

    Returns ``(xs (500, 2), ys (500, 1), held_out (1000, 2), held_out_labels (1000, 1))``; labels are
    1. where both coordinates have the same sign.
    """
    rs = np.random.RandomState(12345)
    X1 = rs.uniform(low=-2.0, high=2.0, size=1000).reshape((1000, 1))
    X2 = rs.uniform(low=-2.0, high=2.0, size=1000).reshape((1000, 1))
    xs = rs.uniform(low=-2, high=2, size=1000).reshape((500, 2))
    ys = ((xs[:, :1] > 0) == (xs[:, 1:] > 0)).astype(float)
    held_out = np.hstack([X1, X2])
    return xs, ys, held_out, ((X1 > 0) == (X2 > 0)).astype(float)


def random_params(rng: np.random.Generator, scale: float = 1.0) -> list[Any]:
    """Random ``[W (2, 3), b (1, 3), v (3, 1), c (float)]``, entries normal with standard deviation ``scale``."""
    return [
        rng.normal(scale=scale, size=(2, 3)),
        rng.normal(scale=scale, size=(1, 3)),
        rng.normal(scale=scale, size=(3, 1)),
        float(rng.normal(scale=scale)),
    ]


def barely_moving_lr(grad: Sequence[Any], loss_change: float = 1e-13) -> float:
    """A learning rate at which one gradient step changes the loss by about ``loss_change``.

    To first order a step theta <- theta - lr g changes the loss by -lr |g|^2, so ``lr = loss_change / |g|^2``
    (``grad``: the gradient at the start, any list of arrays and numbers). A loop that stops once the loss changes
    by less than some tolerance stops at the first step for any tolerance above ``loss_change``; at a fixed lr it
    stopped or not depending on the draw's |g| (round 85). 1e-13 stays some 100 float64 ulps of a loss of about 5.
    """
    squared = sum(float(np.sum(np.square(np.asarray(g, dtype=float)))) for g in grad)
    return loss_change / max(squared, 1e-300)


def overshooting_problem(
    draw: Callable[[], tuple[Any, np.ndarray, np.ndarray]],
    grad_f: Callable[..., Any],
    total_loss: Callable[..., Any],
    iterations: int,
    alpha: float = 0.0,
) -> tuple[Any, np.ndarray, np.ndarray, float]:
    """``(start, x, y, lr)``: a problem from ``draw()`` (``(start [W, b, v, c], x (n, 2), y (n, 1))``) and the
    smallest learning rate on a grid from 0.1 to about 1000 at which the first step raises the loss, every loss of
    ``iterations`` steps of momentum ``alpha`` (0: gradient descent) staying finite and below 1e4. Call it with the
    reference ``grad_f`` and ``total_loss``. A loop that stops once the loss goes up stops there, and the task asks
    for every step (round 93: gradient descent that broke off at the first rise kept the points, no test step
    overshooting). Draws again when no rate fits (a loss that jumps from falling to overflowing); raises
    ``ValueError`` after 50 draws."""
    for _ in range(50):
        start, x, y = draw()
        for lr in 0.1 * 1.25 ** np.arange(42):
            params, velocity = [np.array(p, dtype=float) for p in start], [0.0] * len(start)
            with np.errstate(all="ignore"):
                losses = [float(total_loss(list(start), x, y))]
                for _step in range(iterations):
                    grad = grad_f([p if p.ndim else float(p) for p in params], x, y)
                    velocity = [
                        alpha * u - lr * np.asarray(g, dtype=float) for u, g in zip(velocity, grad, strict=True)
                    ]
                    params = [p + u for p, u in zip(params, velocity, strict=True)]
                    losses.append(float(total_loss([p if p.ndim else float(p) for p in params], x, y)))
            if not all(np.isfinite(v) and v < 1e4 for v in losses):
                break  # larger rates overflow sooner
            if losses[1] > losses[0] * (1 + 1e-6):
                return start, x, y, float(lr)
    raise ValueError("no problem drawn has a learning rate whose first step overshoots and stays finite")


class NoKinkFreeBatch(RuntimeError):
    """The parameters put a hidden unit's kink over (nearly) all of [-2, 2]^2 (a column of W and its bias both
    near 0): no batch away from it can be drawn; draw other parameters."""


def kink_free_batch(rng: np.random.Generator, n: int, params: Sequence[Any], margin: float = 1e-2):
    """``(x (n, 2), y (n, 1))``: XOR points in [-2, 2]^2 whose hidden pre-activations ``x W + b`` are all
    at least ``margin`` away from the ReLU's kink at 0 (so finite differences and rounding never cross it).

    Raises :class:`NoKinkFreeBatch` when 1000 redraws of the points near a kink do not find one (parameters
    with ``|W[:, j]|`` and ``|b[j]|`` of about ``margin`` or less: a test draws other parameters then)."""
    W, b = np.asarray(params[0], dtype=float), np.asarray(params[1], dtype=float)
    x = rng.uniform(-2, 2, size=(n, 2))
    for _ in range(1000):
        near = np.any(np.abs(x @ W + b) < margin, axis=1)
        if not near.any():
            break
        x[near] = rng.uniform(-2, 2, size=(int(near.sum()), 2))
    else:
        raise NoKinkFreeBatch(f"kink_free_batch: no batch {margin} away from the kinks of these parameters")
    y = ((x[:, :1] > 0) == (x[:, 1:] > 0)).astype(float)
    return x, y


def near_kink_batch(
    rng: np.random.Generator,
    params: Sequence[Any],
    x: np.ndarray,
    y: np.ndarray,
    gap: float = 1e-4,
    margin: float = 1e-2,
) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` with one example added per hidden unit j whose pre-activation ``z_j`` is ``-gap`` (units 0 and 2) or
    ``+gap`` (unit 1), its other units at least ``margin`` from their kinks, in [-2, 2]^2 (labels 0 and 1 in turn).

    ``x`` ``(n, 2)`` and ``y`` ``(n, 1)``: a batch away from the kinks (:func:`kink_free_batch`). A gap of 1e-4 is
    five times what the finite differences of :func:`numerical_grad` (eps 1e-5, |x| <= 2) move z by, so they never
    cross a kink, while a ReLU slope taken with a threshold (``z > -1e-3``, ``z > 1e-3``) is wrong there (round 113:
    ``z >= -1e-3`` kept the points, every other batch keeping |z| >= 1e-2). The output's pre-activation stays within
    9 (y_hat at least 1.2e-4 from 0 or 1, as the prose promises). Raises :class:`NoKinkFreeBatch` when no such point
    is found in 1000 draws.
    """
    W, b = np.asarray(params[0], dtype=float), np.asarray(params[1], dtype=float).reshape(-1)
    v, c = np.asarray(params[2], dtype=float).reshape(-1), float(params[3])
    rows = []
    for j in range(W.shape[1]):
        target, w = (gap if j % 2 else -gap), W[:, j]
        for _ in range(1000):
            p = rng.uniform(-2, 2, size=2)
            point = p + (target - (p @ w + b[j])) * w / (w @ w)  # moved along w until z_j = target
            z = point @ W + b
            others = np.delete(np.abs(z), j)
            s = float(np.maximum(z, 0.0) @ v + c)  # the output's pre-activation: |s| <= 9, as the prose promises
            if (
                np.all(np.abs(point) <= 2)
                and np.all(others >= margin)
                and np.isclose(z[j], target, rtol=1e-6)
                and (abs(s) <= 9.0)
            ):
                rows.append(point)
                break
        else:
            raise NoKinkFreeBatch(f"near_kink_batch: no point {gap} from unit {j}'s kink and {margin} from the others")
    labels = (np.arange(len(rows)) % 2).astype(float).reshape(-1, 1)
    return np.vstack([x, np.array(rows)]), np.vstack([np.asarray(y, dtype=float), labels])


KINK_OFFSETS = ((1e-9, 1e-6, 1e-4), (-1e-9, -1e-6, -1e-4), (1e-3, 1e-6, -1e-6))
"""Hidden pre-activations that :func:`exact_kink_problem` places exactly (one per unit, each triple a batch); never 0
itself, where the ReLU's slope is a convention."""
KINK_MARGINS = (-1e-3, -1e-5, -1e-7, 1e-7, 1e-5, 5e-4, 2e-3)  # thresholds t of a mask z > t, one per class they tell


def exact_kink_problem(
    rng: np.random.Generator,
    offsets: Sequence[float],
    n_far: int = 3,
    margin: float = 0.1,
    output_weight: float | None = None,
) -> tuple[list[Any], np.ndarray, np.ndarray]:
    """``(params, x, y)`` whose hidden pre-activation ``z_j`` is exactly ``offsets[j]`` at one example per unit j.

    W holds multiples of 1/4 (at most 1.5 in size) and ``b = offsets``; the example of unit j is ``k (w_2j, -w_1j)``
    (k in +-1/2, +-1), so ``x w_j`` is exactly 0 and ``z_j = b_j`` in any order of the sums and in float32 too, while
    its other units are at least ``margin`` from their kinks. Then ``n_far`` examples away from every kink
    (:func:`kink_free_batch`). Round 130: masks with a margin (``z > 1e-7``, ``z > -1e-6``, ``z > 1e-5 max|z|``) and
    a hidden ReLU ``np.where(z > 1e-3, z, 0)`` kept the points, no z drawn being that close to 0.

    ``output_weight`` None (for grad_f): v of size 0.3 to 1.5, |s| <= 8, the near-kink examples labelled on the side
    their output is not (|y_hat - y| >= 0.5, so a wrong slope there shows in dW and db). A number (for yhat): every
    v_j is that, the other units of a near-kink example are off (z <= -margin), ``n_far`` is ignored, and
    ``|c| <= 0.5``: a margin t at the kink moves s by up to ``t * output_weight``, sigma'(s) near its largest.
    """
    grid = np.array([0.5, 0.75, 1.0, 1.25, 1.5])
    b = np.asarray(offsets, dtype=float).reshape(1, -1)
    for _ in range(1000):
        W = rng.choice(grid, size=(2, b.shape[1])) * rng.choice([-1.0, 1.0], size=(2, b.shape[1]))
        rows, probes = [], []
        for j in range(b.shape[1]):
            for k in rng.permutation([-1.0, -0.5, 0.5, 1.0]):
                point = k * np.array([W[1, j], -W[0, j]])
                others = np.delete(point @ W + b[0], j)
                if np.all(others <= -margin) if output_weight else np.all(np.abs(others) >= margin):
                    rows.append(point)
                    probes.append(j)
                    break
        if output_weight:  # the origin (z = b: every offset at once), then the examples whose other units are off
            x = np.vstack([np.zeros((1, 2))] + [np.reshape(r, (1, 2)) for r in rows])
            params = [W, b.copy(), np.full((b.shape[1], 1), float(output_weight)), float(rng.uniform(-0.5, 0.5))]
            z = x @ W + b
            if np.array_equal(z[0], b[0]) and all(z[1 + i, j] == b[0, j] for i, j in enumerate(probes)):
                return params, x, (np.arange(len(x)) % 2).astype(float).reshape(-1, 1)
            continue
        if len(rows) < b.shape[1]:
            continue
        x = np.array(rows)
        v = rng.choice([-1.0, 1.0], size=(b.shape[1], 1)) * rng.uniform(0.3, 1.5, size=(b.shape[1], 1))
        try:
            far, far_y = kink_free_batch(rng, n_far, [W, b], margin)
        except NoKinkFreeBatch:
            continue
        params = [W, b.copy(), v, float(rng.uniform(-1.0, 1.0))]
        s = np.maximum(x @ W + b, 0.0) @ v + params[3]
        y = (s < 0).astype(float)  # the near-kink examples on the wrong side: |y_hat - y| >= 0.5
        x, y = np.vstack([x, far]), np.vstack([y, far_y])
        z = x @ W + b
        s = np.maximum(z, 0.0) @ params[2] + params[3]
        if np.array_equal(np.diag(z[: b.shape[1]]), b[0]) and np.max(np.abs(s)) <= 8.0:
            return params, x, y
    raise NoKinkFreeBatch("exact_kink_problem: no parameters found")  # pragma: no cover


def kink_margin_stories(offsets: Sequence[float], what: str = "slope") -> dict[str, float]:
    """{story: a threshold t}: a ReLU with a margin at the kink (``z > t`` for each t of :data:`KINK_MARGINS`), once
    per set of the pre-activations ``offsets`` (:func:`exact_kink_problem`) it gets wrong. ``what``: ``"slope"``
    (grad_f's relu_prime) or ``"relu"`` (yhat's hidden ReLU)."""
    out: dict[str, float] = {}
    seen = set()
    offsets = sorted(float(o) for o in offsets)
    for t in KINK_MARGINS:
        above = [o for o in offsets if 0 < o <= t]
        below = [o for o in offsets if t < o < 0]
        if not (above or below) or (tuple(above), tuple(below)) in seen:
            continue
        seen.add((tuple(above), tuple(below)))
        where = ", ".join(f"{o:g}" for o in (above or below))
        if what == "slope":
            wrong = f"0 at z = {where} (just above 0)" if above else f"1 at z = {where} (just below 0)"
            rule = "relu_prime(z) is 1 for every z > 0 and 0 for every z < 0"
            head = "the ReLU's slope is"
        else:
            wrong = f"0 at z = {where} (just above 0)" if above else f"z (not 0) at z = {where} (just below 0)"
            rule = "relu(z) = max(z, 0) is z for every z > 0 and 0 for every z < 0"
            head = "the hidden ReLU gives"
        out[
            f"a margin at the ReLU kink (z > t instead of z > 0): {head} {wrong}. {rule}, however "
            "close to 0: compare z with 0 itself."
        ] = t
    return out


def merged_stories(first: dict[str, Any], then: dict[str, Any]) -> dict[str, Any]:
    """{story: value}: ``first``, then the stories of ``then`` whose value is none of ``first``'s (the same value is
    told by ``first``'s story alone)."""
    out = dict(first)
    for story, value in then.items():
        value_arr = np.asarray(value, dtype=float)
        if not any(
            np.shape(value_arr) == np.shape(known) and np.allclose(value_arr, np.asarray(known, dtype=float), 1e-9, 0)
            for known in first.values()
        ):
            out[story] = value
    return out


def confident_params(params: Sequence[Any], x: np.ndarray, s_max: float = 9.0, y: Any = None) -> list[Any]:
    """``[W, b, v k, c k]``: ``params`` with the output layer scaled so that the largest ``|s|`` of the batch ``x``
    (``s = relu(x W + b) v + c``) is ``s_max``: confident outputs, y_hat within ``sigmoid(-s_max)`` (1.2e-4 for 9) of 0
    or 1 (round 43: guards clipping y_hat to [0.01, 0.99] kept the points where every |s| stayed below 4). The hidden
    units, and so the ReLU's kinks, are unchanged.

    ``y`` (the batch's labels, shape ``(n, 1)``): k's sign is chosen so that the example with the largest ``|s|`` is
    confidently wrong (y_hat near 1 - y), where a clipped y_hat changes the gradient by about 1 per example; an example
    confidently right changes it by about sigmoid(-s_max) only, which a draw of only such examples hid (CI, session
    31: a clip to [0.01, 0.99] in grad_f passed the confident batch, and was then blamed on a cache)."""
    W, b, v, c = np.asarray(params[0]), np.asarray(params[1]), np.asarray(params[2]), float(params[3])
    s = np.maximum(x @ W + b, 0.0) @ v + c
    top = int(np.argmax(np.abs(s).reshape(-1)))
    k = s_max / np.maximum(np.max(np.abs(s)), 1e-3)
    if y is not None and (s.reshape(-1)[top] > 0) == (np.asarray(y, dtype=float).reshape(-1)[top] > 0.5):
        k = -k  # the largest |s| on the side its label is not
    return [W, b, v * k, c * k]


# -- calling a student's function -----------------------------------------------------------------------


def _snapshot(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, (list, tuple, dict)):
        return copy.deepcopy(value)
    return value


def _same_object_content(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.shape == b.shape
            and a.dtype == b.dtype
            and bool(np.array_equal(a, b, equal_nan=True))
        )
    if isinstance(a, (list, tuple)):
        return (
            type(a) is type(b)
            and len(a) == len(b)
            and all(_same_object_content(p, q) for p, q in zip(a, b, strict=False))
        )
    return type(a) is type(b) and (a == b or (a != a and b != b))


_OPTIMISER_ARGS = ["x", "y", "starting_params", "iterations", "lr", "alpha"]  # an optimiser's parameters, in order


def call_unchanged(name: str, f: Callable[..., Any], args: Sequence[Any], names: Sequence[str], **kwargs: Any) -> Any:
    """``f(*args, **kwargs)``, then check that it left every argument as it was (the caller's own objects).

    ``names``: the arguments' names, for the message. When ``f`` raises after calling a reference lent with
    :func:`checked` in a way the reference does not take (arguments swapped, too many), the message says that
    instead of the bare exception.
    """
    before = [_snapshot(a) for a in args]
    _MISUSE.clear()
    try:
        result = f(*args, **kwargs)
    except Exception:
        if _MISUSE:
            raise AssertionError(f"{name} {_MISUSE[0]}") from None
        raise
    for arg, old, what in zip(args, before, names, strict=False):
        if not _same_object_content(arg, old):
            how = testing.how_changed(old, arg, what, result)
            raise AssertionError(
                f"{name} changed its argument {what} in place{how}. No function of this notebook may modify what it is "
                "given: compute into new arrays (W = W - lr * dW) instead of writing into the argument (W -= ..., "
                "z[z < 0] = 0, params[0] = ...)."
            )
    return result


# -- references lent to the student's code, checking how they are called ----------------------------------

SIGNATURES: dict[str, tuple[str, ...]] = {
    "sigmoid": ("z",),
    "relu": ("z",),
    "sigmoid_prime": ("z",),
    "relu_prime": ("z",),
    "loss": ("y", "y_hat"),
    "loss_derivative": ("y", "y_hat"),
    "yhat": ("X", "params"),
    "total_loss": ("params", "x", "y"),
    "grad_f": ("params", "x", "y"),
}
_WHAT = {
    "params": "the parameter list [W, b, v, c]",
    "x": "the inputs x of shape (n, 2)",
    "X": "the inputs X of shape (n, 2)",
    "y": "the labels y (0. or 1.) of shape (n, 1)",
    "y_hat": "the predictions y_hat in (0, 1)",
    "z": "an array z",
}
_MISUSE: list[str] = []  # how the student's code misused a reference during the current call_unchanged


def misuse() -> str | None:
    """How the student's code called a :func:`checked` reference wrongly in the last :func:`call_unchanged`."""
    return _MISUSE[0] if _MISUSE else None


def _kind_ok(kind: str, value: Any) -> bool:
    """Whether ``value`` can be the argument ``kind`` of a notebook function (its type and shape only)."""
    if kind == "params":
        return isinstance(value, (list, tuple)) and len(value) == 4
    if kind == "z":
        return True
    if isinstance(value, (list, tuple)) and len(value) == 4 and not np.isscalar(value[0]):
        return False  # a parameter list where an array belongs
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return False
    if kind in ("x", "X"):
        return arr.ndim == 2 and arr.shape[1] == 2
    # y, y_hat: one number per example, as a column (n, 1), a flat (n,) or a row (1, n) (element-wise functions
    # work in any layout; a grad_f computing with examples as columns passes rows)
    return arr.ndim <= 2 and (arr.ndim < 2 or 1 in arr.shape)


def _labels(value: Any) -> bool:
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return False
    return bool(arr.size) and bool(np.all((arr == 0.0) | (arr == 1.0)))


def checked(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    """A reference ``f`` (the notebook's function ``name``, see :data:`SIGNATURES`) that records how it is misused.

    Lend it with ``testing.references``. Called with its arguments in the wrong order or with too many or too few,
    it notes that (for the failure message of :func:`call_unchanged`) and raises ``TypeError``; called as
    ``loss(y_hat, y)`` or ``loss_derivative(y_hat, y)`` (labels second), it notes that and computes anyway.
    """
    kinds = SIGNATURES[name]
    signature = f"{name}({', '.join(kinds)})"

    def reference(*args: Any, **kwargs: Any) -> Any:
        given = list(args) + list(kwargs.values())
        if len(given) != len(kinds):
            story = (
                f"calls {name} with {len(given)} argument{'s' if len(given) != 1 else ''}; it takes {len(kinds)}: "
                f"{signature}."
            )
            _MISUSE.append(story)
            raise TypeError(story)
        if kinds[:1] == ("params",) and isinstance(args[0] if args else None, (list, tuple)) and not args[0]:
            story = (  # round 81: parameters built as generators, used up by an earlier pass, told "the wrong order"
                f"calls {name} with an empty parameter list: is it built from generators (p for p in ...) that an "
                "earlier pass used up, or a list that is never filled? Build each step's parameters as a list [...]."
            )
            _MISUSE.append(story)
            raise TypeError(story)
        if not kwargs and not all(_kind_ok(k, a) for k, a in zip(kinds, args, strict=False)):
            got = ", ".join(testing.describe(a) for a in args)
            story = (
                f"calls {name} with its arguments in the wrong order (or the wrong ones): {signature} takes "
                f"{', '.join(_WHAT[k] for k in kinds)}, in this order; it was given ({got})."
            )
            _MISUSE.append(story)
            raise TypeError(story)
        if kinds == ("y", "y_hat") and not kwargs and _labels(args[1]) and not _labels(args[0]):
            _MISUSE.append(
                f"calls {name}(y_hat, y): the arguments are swapped; {signature} takes the labels y first, then "
                "the predictions y_hat."
            )
        return f(*args, **kwargs)

    reference.__name__ = name
    reference.__wrapped__ = f  # type: ignore[attr-defined]  # inspect.signature gives f's parameters
    return reference


def counted(f: Callable[..., Any]) -> Callable[..., Any]:
    """``f`` wrapped to count its calls (``wrapper.calls[0]``): lend it with ``testing.references``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wrapper.calls[0] += 1  # type: ignore[attr-defined]
        return f(*args, **kwargs)

    wrapper.calls = [0]  # type: ignore[attr-defined]
    wrapper._by_batch = {}  # type: ignore[attr-defined]  # {subject: {batch size: calls}}, for assert_vectorised
    wrapper.__name__ = getattr(f, "__name__", "wrapper")
    wrapper.__wrapped__ = f  # type: ignore[attr-defined]  # inspect.signature gives f's parameters
    return wrapper


# -- "fix X first": the student's other functions, checked on known values --------------------------

_Z3 = np.array([[-1.5, 0.0, 2.0]])
_Y2, _P2 = np.array([[1.0], [0.0]]), np.array([[0.9], [0.2]])


def yhat_example() -> tuple[np.ndarray, list[Any]]:
    """``(X (3, 2), params)`` of the visible yhat check, worked out by hand (fresh copies at each call)."""
    X = np.array([[1.0, 2.0], [-1.0, 0.5], [0.5, -1.0]])
    W = np.array([[1.0, -1.0, 0.0], [0.0, 1.0, 2.0]])
    return X, [W, np.array([[0.0, 0.5, -1.5]]), np.array([[1.0], [-2.0], [0.5]]), 0.25]


_KNOWN: dict[str, tuple[str, Callable[[Callable[..., Any]], Any], list[Any]]] = {
    "sigmoid": ("test_sigmoid", lambda f: f(_Z3.copy()), [[0.18242552380635635, 0.5, 0.8807970779778823]]),
    "sigmoid_prime": ("test_sigmoid", lambda f: f(_Z3.copy()), [[0.14914645207033286, 0.25, 0.10499358540350662]]),
    "relu": ("test_relu", lambda f: f(_Z3 + 1.0), [[0.0, 1.0, 3.0]]),
    "relu_prime": ("test_relu", lambda f: f(_Z3 + 1.0), [[0.0, 1.0, 1.0]]),
    "loss": ("test_loss", lambda f: f(_Y2.copy(), _P2.copy()), [[0.10536051565782628], [0.2231435513142097]]),
    "loss_derivative": ("test_loss", lambda f: f(_Y2.copy(), _P2.copy()), [[-1.1111111111111112], [1.25]]),
    "yhat": (
        "test_yhat",
        lambda f: f(*yhat_example()),
        [[0.3775406687981454], [0.022977369910025615], [0.679178699175393]],
    ),
}


def _known_story(name: str, got: Any) -> str:
    """The likely bug of the student's ``name`` that gave ``got`` on its known example (:data:`_KNOWN`), or "".

    Round 59: "fix loss_derivative first" gave the check's numbers but not the sign diagnosis that its own test
    gives."""
    expected = np.asarray(_KNOWN[name][2], dtype=float)
    try:
        arr = np.asarray(got, dtype=float).reshape(expected.shape)
    except Exception:  # noqa: BLE001  (not numbers of that size: the check's own message says so)
        return ""
    with np.errstate(all="ignore"):
        likely: dict[str, Any] = {}
        if name in ("sigmoid", "relu"):
            likely = elementwise_bugs(name, _Z3 + (1.0 if name == "relu" else 0.0), expected)
        elif name == "sigmoid_prime":
            likely = sigmoid_prime_bugs(_Z3, 1 / (1 + np.exp(-_Z3)))
        for story, wrong in likely.items():
            if np.allclose(arr, np.asarray(wrong, dtype=float), rtol=1e-6, atol=1e-12):
                return story
        if name in ("sigmoid_prime", "relu_prime", "loss_derivative") and np.all(np.isfinite(arr)):
            return gradcheck.diagnose(arr, expected) or ""
    return ""


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    # round 55: a plain cut at 300 characters left "(pass: <= 1e-04)" as "(pass"
    return f"{type(e).__name__}: {testing.shortened(text[0], 300)}" if text else type(e).__name__


def require(subject: str, **functions: Callable[..., Any]) -> None:
    """Check the student's ``functions`` (by their notebook names) on known values before ``subject`` uses them.

    Raises ``AssertionError`` "fix relu_prime first: test_relu fails" when one is wrong. When graded, the
    test cells pass reference implementations here, so this only ever fails in a student's own kernel: those
    (:func:`testing.is_reference`) are not run.
    """
    for name, f in functions.items():
        if testing.is_reference(f):
            continue
        test, run, expected = _KNOWN[name]
        got = None
        try:
            with np.errstate(all="ignore"):
                got = run(f)
            rtol = FLOAT32_RTOL if gradcheck.holds_float32(got) else max(testing.rtol_for(got), 1e-7)
            testing.assert_close(f"{name} on a known example", got, expected, rtol=rtol)
        except Exception as e:  # noqa: BLE001  (whatever the student's function did is the reason)
            story = "" if got is None else _known_story(name, got).rstrip(".")
            raise AssertionError(
                f"fix {name} first: {test} fails ({_first_line(e)}){': ' + story if story else ''}. This visible check "
                f"of {subject} runs your own "
                f"{name}; when the notebook is graded, a reference {name} is used instead, so a bug in {name} costs "
                f"only {test}, unless {subject} shares code of your own with it (a helper both call is graded with "
                f"{subject} too)."
            ) from None


def grad_example() -> tuple[list[Any], np.ndarray, np.ndarray]:
    """``(params, x (6, 2), y (6, 1))`` of the visible grad_f check: every hidden unit is on for some examples and
    off for others, no pre-activation within 0.05 of the kink (fresh copies at each call)."""
    params = [
        np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -1.0]]),
        np.array([[0.2, -0.1, 0.3]]),
        np.array([[1.0], [-0.5], [0.8]]),
        -0.2,
    ]
    x = np.array([[1.0, 0.5], [-1.5, 1.0], [0.5, -1.5], [-0.5, -1.0], [1.5, 1.5], [-1.0, -0.5]])
    return params, x, np.array([[1.0], [0.0], [0.0], [1.0], [1.0], [1.0]])


# The gradient of the summed loss at grad_example() (the instructor's numbers, to 16 digits): dW, db, dv, dc.
GRAD_EXAMPLE = [
    [
        [-0.32694592476816836, -0.12159535869671917, 0.7462750020417346],
        [-0.23498506105841627, -0.23388677685960055, -0.5515510873568701],
    ],
    [[-0.27927119231861364, 0.17104938655707372, -0.20850279994417437]],
    [[-0.5002926937610992], [0.2587927136371775], [1.077672185493106]],
    -0.15816185338790933,
]


# grad_f on the first example of grad_example alone, a batch of one (x (1, 2)): exact to rounding
GRAD_EXAMPLE_ONE = [
    [[-0.1839217274195042, 0.0, -0.14713738193560336], [-0.0919608637097521, 0.0, -0.07356869096780168]],
    [[-0.1839217274195042, 0.0, -0.14713738193560336]],
    [[-0.26668650475828104], [0.0], [-0.055176518225851255]],
    -0.1839217274195042,
]


def require_grad_f(subject: str, grad_f: Callable[..., Any]) -> None:
    """Check the student's ``grad_f`` on :func:`grad_example` before ``subject`` uses it (visible checks).

    When graded, the test cells pass the reference ``grad_f`` (:func:`testing.is_reference`), which is not run.
    """
    if testing.is_reference(grad_f):
        return
    try:
        check_grad_f(grad_f, *grad_example(), numeric=GRAD_EXAMPLE)
    except Exception as e:  # noqa: BLE001
        raise AssertionError(
            f"fix grad_f first: test_grad_f fails ({_first_line(e)}). This visible check of {subject} runs your own "
            "grad_f; when the notebook is graded, a reference grad_f is used instead, so a bug in grad_f costs only "
            f"test_grad_f, unless {subject} shares code of your own with it (a helper both call is graded with "
            f"{subject} too)."
        ) from None


def assert_vectorised(subject: str, counters: dict[str, Callable[..., Any]], n: int) -> None:
    """Record the calls one call of ``subject`` on a batch of ``n`` examples made of each lent helper; fail when, on a
    batch of m >= 5 examples seen in this cell, a helper was called m times or more and more often than on a smaller
    batch: the number of calls grows with the batch, a loop over the examples (a loop over the units or the layers
    calls a helper a fixed number of times, whatever the batch).

    ``counters``: {name: :func:`counted` wrapper lent under that name}, reset by the caller before the call.
    """
    for name, wrapper in counters.items():
        calls = wrapper.calls[0]  # type: ignore[attr-defined]
        seen = wrapper._by_batch.setdefault(subject, {})  # type: ignore[attr-defined]  # this cell's counter
        seen[n] = calls
        sizes = sorted(seen)
        grown = [
            (m, seen[m]) for m in sizes if m >= 5 and seen[m] >= m and any(seen[k] < seen[m] for k in sizes if k < m)
        ]
        if grown:
            m, calls = grown[-1]
            raise AssertionError(
                f"{subject} calls {name} {calls} times for one batch of {m} examples: it loops over the examples. "
                "Work on the whole batch at once with matrix operations (no Python loop over the rows)."
            )


def assert_no_loop_over_examples(
    subject: str,
    fn: Callable[..., Any],
    batch: Callable[[int], tuple[Any, ...]],
    what: str = "examples",
    sizes: tuple[int, int] = (4, 24),
) -> None:
    """Fail when ``fn(*batch(n))`` runs more lines of the notebook's code for the larger ``n`` of ``sizes`` than
    for the smaller: a Python loop over the examples (a ``for``, a comprehension, ``np.apply_along_axis`` of a
    function of the notebook), even one that calls none of the lent helpers (:func:`assert_vectorised`).

    ``batch(n)``: ``fn``'s arguments for n examples (``what``: what they are called in the message).
    Vectorised code runs the same lines for any n; a loop at least one more per example.
    """
    small, large = sizes
    a = testing.lines_run(fn, *batch(small))[1]
    b = testing.lines_run(fn, *batch(large))[1]
    if b - a >= large - small:
        raise AssertionError(
            f"{subject} runs {b} lines of your code for {large} {what} and {a} for {small}: it loops over the {what}. "
            "Work on the whole batch at once with matrix operations (no Python loop over the rows, nor a "
            "comprehension or np.apply_along_axis over them)."
        )


# -- values and derivatives -----------------------------------------------------------------------------

FLOAT32_RTOL = 1e-3  # values and gradients of a float32 answer (its rounding, relative to small entries)


def _gradient_options(got: Any, exact: Any) -> dict[str, Any]:
    """check_gradient's tolerance and exact gradient for an answer: float32 answers get FLOAT32_RTOL and are not
    judged for finite differences (their own rounding hides the difference), float64 ones are."""
    if gradcheck.holds_float32(got):
        return {"tol": FLOAT32_RTOL, "exact": None}
    return {"tol": gradcheck.PASS_REL_ERROR, "exact": None if exact is None else np.asarray(exact, dtype=float)}


class KnownBug(AssertionError):
    """A failure whose value is what a known bug gives: its message tells that bug (no other story is sought)."""


def check_values(what: str, got: Any, expected: Any, likely: dict[str, Any] | None = None) -> np.ndarray:
    """``got`` against ``expected`` (the course's float policy); ``likely``: {story: the value a known bug gives}."""
    expected = np.asarray(expected, dtype=float)
    arr = testing.as_array(what, got, expected.shape)
    # float32 numbers, or code the grader saw compute with them (an output of exact 0s and 1s, a float32 sigmoid
    # saturated, holds none that shows it: a CI run of session 37 judged such a yhat at float64's tolerance)
    float32 = gradcheck.holds_float32(arr) or gradcheck.seen_computing_in_float32()
    try:
        return testing.assert_close(what, arr, expected, rtol=FLOAT32_RTOL if float32 else None)
    except AssertionError:
        for story, wrong in (likely or {}).items():
            wrong = np.asarray(wrong, dtype=float)
            if wrong.shape == arr.shape and np.allclose(
                arr.astype(float), wrong, rtol=1e-6, atol=1e-12, equal_nan=True
            ):
                raise KnownBug(f"{what} is wrong: {story}") from None
        raise


def elementwise_derivative(f: Callable[[np.ndarray], Any], z: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central differences ``(f(z + eps) - f(z - eps)) / (2 eps)`` of an element-wise function, every entry at once."""
    with np.errstate(all="ignore"):
        up = np.asarray(f(z + eps), dtype=float)
        down = np.asarray(f(z - eps), dtype=float)
    return (up - down) / (2 * eps)


def check_elementwise(name: str, f: Callable[..., Any], z: np.ndarray, expected: Any, likely=None) -> np.ndarray:
    """``f(z)`` of an element-wise function: the shape of ``z``, the values ``expected``, ``z`` left unchanged.

    ``likely``: {story: the value a known bug gives}; by default, for ``sigmoid`` and ``relu``, the usual mistakes
    (:func:`elementwise_bugs`). When none matches, what no ``z`` can give is named (:func:`elementwise_rules`).
    """
    z = np.asarray(z, dtype=float)
    got = call_unchanged(name, f, [z], ["z"])
    what = f"{name}(z) for z of shape {z.shape}"
    if likely is None:
        likely = elementwise_bugs(name, z, expected)
    try:
        return check_values(what, got, expected, likely)
    except KnownBug:
        raise
    except AssertionError:
        story = elementwise_rules(name, z, testing.as_array(what, got, z.shape), np.asarray(expected, dtype=float))
        if story:
            raise AssertionError(f"{what}: {story.rstrip('.')}.") from None
        raise


@contextlib.contextmanager
def any_shape(name: str, shape: tuple[int, ...], arg: str = "z") -> Iterator[None]:
    """Around a visible check on arguments that are not 2-D (``shape``): an exception the student's ``name`` raises
    is told as code that assumes two axes (round 115: activations looping over z[i, j] passed every visible check, all
    2-D, and lost their points to the hidden 1-D ones). Failures of the check itself pass as they are."""
    try:
        yield
    except AssertionError:
        raise
    except Exception as e:  # noqa: BLE001  (the student's code raised it)
        kind = getattr(e, "type_name", type(e).__name__)
        raise AssertionError(
            f"{name} raised {kind}{testing.error_detail(e)} for {arg} of shape {shape}. It takes arrays of any shape, "
            f"not only 2-D ones: does it assume two axes ({arg}[i, j], {arg}.shape[1], n, m = {arg}.shape, a loop over "
            f"the rows)? numpy's element-wise operations work on every shape."
        ) from None


def elementwise_bugs(name: str, z: np.ndarray, expected: Any) -> dict[str, np.ndarray]:
    """{story: what ``name``(z) gives with that bug} for ``sigmoid`` and ``relu`` (else empty), computed from ``z``
    and the right values ``expected`` (sigma(z) or max(0, z))."""
    z = np.asarray(z, dtype=float)
    r = np.asarray(expected, dtype=float)
    with np.errstate(all="ignore"):
        if name == "sigmoid":
            rule = "sigma(z) = 1 / (1 + exp(-z))"
            return {
                f"sigmoid computes 1 / (1 + exp(z)) = sigma(-z): the sign of z in the exponent is flipped; {rule}.": (
                    1 - r
                ),
                f"sigmoid returns -sigma(z): the sign of the result is flipped; {rule}, a number in (0, 1).": -r,
                f"sigmoid returns 2 / (1 + exp(-z)): a factor 2 too many (the numerator is 1); {rule}.": 2 * r,
                f"sigmoid returns 1 + exp(-z), the denominator: the division is missing; {rule}.": 1 / r,
                f"sigmoid returns exp(z) = 1 / exp(-z): the 1 + of the denominator is missing; {rule}.": r / (1 - r),
                f"sigmoid computes 1 / (1 - exp(-z)): the sign in the denominator is flipped (it divides by 0 at "
                f"z = 0); {rule}.": 1 / (2 - 1 / r),
                f"sigmoid computes 1 / (1 - z): the exponential is missing; {rule}.": 1 / (1 - z),
                f"sigmoid returns sigma(z) (1 - sigma(z)), the sigmoid's derivative; {rule}.": r * (1 - r),
            }
        if name == "relu":
            rule = "relu(z) = max(0, z)"
            return {
                f"relu returns -max(0, z): the sign of the result is flipped; {rule}.": -r,
                f"relu returns z unchanged: the max with 0 is missing; {rule}.": z.copy(),
                f"relu computes min(0, z) (np.minimum where np.maximum belongs): it keeps the negative entries and "
                f"zeroes the positive ones; {rule}.": z - r,
                f"relu computes max(0, -z): the sign of z inside the max is flipped; {rule}.": r - z,
                f"relu returns |z|: the negative entries must become 0, not their absolute value; {rule}.": 2 * r - z,
                f"relu returns the ReLU's slope (1 where z > 0, 0 elsewhere), which is relu_prime; {rule}.": (
                    (z > 0).astype(float)
                ),
            }
    return {}


def elementwise_rules(name: str, z: np.ndarray, got: np.ndarray, expected: np.ndarray) -> str | None:
    """What is wrong with ``got`` = ``name``(z) (sigmoid, relu) that the right function never gives, or where it is
    wrong (for z < 0 or z > 0 only); None when that finds nothing."""
    got = got.astype(float)
    if not np.all(np.isfinite(got)):
        return (
            f"it contains NaN or inf at {int(np.sum(~np.isfinite(got)))} of the {got.size} entries: a division by 0 "
            "or an overflow (is the sign inside exp or in the denominator right?)"
            if name == "sigmoid"
            else None
        )
    v = testing.saturated_at(z, got, expected) if name == "sigmoid" else None
    if v is not None:
        return testing.cutoff_story(v)
    if name == "sigmoid" and (np.any(got <= 0) or np.any(got >= 1)):
        k = int(np.sum((got <= 0) | (got >= 1)))
        return (
            f"{k} of the {got.size} values lie outside (0, 1), but the sigmoid 1 / (1 + exp(-z)) is always between 0 "
            "and 1: a sign, the 1 + or the division is wrong"
        )
    if name == "relu" and np.any(got < 0):
        return (
            f"{int(np.sum(got < 0))} of the {got.size} values are negative, but max(0, z) never is: is the max with 0 "
            "missing, or a sign flipped?"
        )
    wrong = ~np.isclose(got, expected, rtol=FLOAT32_RTOL, atol=1e-12)
    # round 62: an integer array filled, told "wrong for z > 0" (gradcheck's test of whole numbers, as assert_close's)
    if wrong.any() and gradcheck.rounded_to_whole_numbers(got, expected, FLOAT32_RTOL):
        i = np.argwhere(wrong)[0]
        return (
            f"its values are truncated or rounded to whole numbers ({expected[tuple(i)]:g} became "
            f"{got[tuple(i)]:g}): values written into an array of integers (np.zeros(z.shape, dtype=int), or "
            f"np.zeros_like of an integer array, filled with {name}'s values), or rounded (np.round, //). Make it a "
            "float array (np.zeros(z.shape), or compute it at once)"
        )
    v = testing.clipped_at(z, got, expected) if name == "sigmoid" else None
    if v is not None:
        return (
            f"wrong exactly where |z| >= {v:.3g} ({int(np.sum(np.abs(z) >= v))} of the {got.size} entries): "
            f"{testing.clip_question(v)} {testing.SIGMOID_TAILS}"
        )
    if name == "relu" and wrong.any() and np.all(z[wrong] > 0) and np.all(got[wrong] == 0):
        t = float(np.max(z[wrong]))  # every positive entry up to t is 0, every larger one right
        if np.all(got[(z > 0) & (z <= t)] == 0):
            # round 97: np.where(z > 1e-3, z, 0) kept the points; every z tried near 0 had been >= 0.01
            return (
                f"it is 0 for the small positive entries, 0 < z <= {t:.3g} ({int(wrong.sum())} of the {got.size} "
                "entries), where max(0, z) = z: a threshold above 0 (z > t, or small values cut to 0)? relu(z) = z "
                "for every z > 0, however small"
            )
    for side, where, other in (("z < 0", z < 0, z > 0), ("z > 0", z > 0, z < 0)):
        if wrong[where].any() and not wrong[other].any():
            if name == "relu":
                want = "relu(z) = 0 there" if side == "z < 0" else "relu(z) = z there"
            else:  # round 33: "no case distinction" read as if the stable two-branch form were not allowed
                want = (
                    "sigma(z) = 1 / (1 + exp(-z)) for every z; if you compute it in two branches (exp(z) / (1 + "
                    f"exp(z)) for z < 0 is the same number), check the branch for {side}"
                )
            return f"wrong for {side} only ({int(wrong.sum())} of the {got.size} entries; right for the others): {want}"
    return None


def sigmoid_example() -> tuple[np.ndarray, list[list[float]], list[list[float]]]:
    """``(z (2, 3), sigmoid(z), sigmoid'(z))`` of the visible check, the values to 16 digits."""
    z = np.array([[-1.5, 0.0, 2.0], [0.7, -0.3, 3.0]])
    s = [[0.18242552380635635, 0.5, 0.8807970779778823], [0.6681877721681662, 0.425557483188341, 0.9525741268224334]]
    ds = [
        [0.14914645207033286, 0.25, 0.10499358540350662],
        [0.22171287329310904, 0.24445831169074586, 0.045176659730912],
    ]
    return z, s, ds


def sigmoid_tails_example() -> tuple[np.ndarray, list[list[float]]]:
    """``(z (2, 3), sigmoid(z))`` of the visible check far from 0: |z| from 11 to 18 beside a moderate entry (a clip
    of z to [-10, 10] shows). Values to 16 digits (exact, rounded to float64)."""
    z = np.array([[-18.0, -11.0, 14.0], [2.0, -14.0, 18.0]])
    s = [
        [1.522997951276035e-08, 1.670142184809518e-05, 0.9999991684719723],
        [0.8807970779778823, 8.315280276641321e-07, 0.9999999847700205],
    ]
    return z, s


# z from -700 to -520, where np.exp(-z) is still finite and sigma(z) = sigma'(z) are normal floats (2.7e-226 to
# 9.9e-305): beside two moderate entries (round 123: z clipped to [-500, 500] "against overflow", sigma(-600) = 7e-218,
# kept the points: the checks jumped from |z| <= 46 to 710..1000, where an absolute tolerance accepts it)
SIGMOID_DEEP_TAIL_Z = (-520.0, -600.0, -650.0, -700.0, 0.5, -2.0)


def check_sigmoid_deep_tail(
    name: str, fn: Callable[..., Any], kind: str, rng: np.random.Generator | None = None
) -> None:
    """``fn(z)`` at :data:`SIGMOID_DEEP_TAIL_Z` (z from -700 to -520 and two moderate entries): no entry may exceed the
    true sigma(z) (``kind`` "sigma") or sigma'(z) ("derivative") by more than 1 % of it. There a correct formula is
    exact or rounds to 0 (through tanh, or float32), never more; a clip of z below |z| = 700 gives sigma(-c) instead,
    orders of magnitude above. ``rng``: the order of the entries. Raises ``AssertionError``."""
    z = np.array(SIGMOID_DEEP_TAIL_Z, dtype=np.float64).reshape(3, 2)
    if rng is not None:
        z = rng.permutation(z.ravel()).reshape(z.shape)
    e = np.exp(z)  # z <= 0.5: no overflow
    truth = {"sigma": e / (1.0 + e), "derivative": e / (1.0 + e) ** 2}[kind]
    symbol = {"sigma": "sigma(z)", "derivative": "sigma'(z)"}[kind]
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = fn(z.copy())
    try:
        got = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return  # the function's other checks tell what it returns
    if got.shape != z.shape:
        return
    above = got > truth * 1.01  # NaN is told by the far-out check
    if not above.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(above, -z, -np.inf))), z.shape)  # the farthest out
    raise AssertionError(
        f"{name} at z = {z[i]:g} is {got[i]:.3g}, above the true {symbol} = {truth[i]:.3g}: far from 0 a correct "
        'formula is exact or rounds to 0, never gives more. A clip of z (np.clip(z, -c, c) "against overflow") '
        "with c below 700 changes values that np.exp computes: np.exp(-z) overflows only beyond |z| = 709, and "
        "1 / (1 + np.exp(-z)) needs no clip at all (where np.exp(-z) overflows it gives 1 / inf = 0)."
    )


def confident_loss_example() -> tuple[np.ndarray, np.ndarray, list[list[float]], list[list[float]]]:
    """``(y (6, 1), y_hat (6, 1), loss, d loss / d y_hat)`` of the visible check of confident predictions, right
    and wrong: y_hat within 0.005 of 0 or 1, then within 1e-4, where a guard clipping y_hat to [0.01, 0.99] or
    [1e-3, 1 - 1e-3] changes the values. Values to 16 digits (exact, rounded to float64)."""
    y = np.array([[1.0], [0.0], [1.0], [0.0], [1.0], [0.0]])
    y_hat = np.array([[0.995], [0.004], [0.003], [0.997], [1 - 4e-5], [2e-5]])
    loss = [
        [0.005012541823544282], [0.004008021397538818], [5.809142990314028], [5.809142990314028],
        [4.000080002133397e-05], [2.0000200002666706e-05],
    ]  # fmt: skip
    derivative = [
        [-1.0050251256281406], [1.0040160642570282], [-333.3333333333333], [333.3333333333333],
        [-1.000040001600064], [1.000020000400008],
    ]  # fmt: skip
    return y, y_hat, loss, derivative


def sigmoid_prime_bugs(z: np.ndarray, s: Any) -> dict[str, np.ndarray]:
    """{story: what sigmoid_prime(z) gives with that bug}, from ``s`` = sigmoid(z) (known or reference values)."""
    z, s = np.asarray(z, dtype=float), np.asarray(s, dtype=float)
    rule = "sigma'(z) = sigma(z) (1 - sigma(z))"
    return {
        "sigmoid_prime computes z (1 - z), as if its argument were already sigma(z); it receives the pre-activation "
        "z: use sigma(z) (1 - sigma(z)).": z * (1 - z),
        "sigmoid_prime returns sigma(z); the derivative is sigma(z) (1 - sigma(z)).": s,
        "sigmoid_prime returns 1 - sigma(z); the derivative is sigma(z) (1 - sigma(z)).": 1 - s,
        f"sigmoid_prime computes z (1 - sigma(z)): the first factor is the pre-activation z where sigma(z) belongs; "
        f"{rule}.": z * (1 - s),
        f"sigmoid_prime computes sigma(z) (1 - z): the second factor uses the pre-activation z where sigma(z) "
        f"belongs; {rule}.": s * (1 - z),
        f"sigmoid_prime computes sigma(z) (1 + sigma(z)): the sign inside (1 - sigma(z)) is flipped; {rule}.": s
        * (1 + s),
        f"sigmoid_prime computes -sigma(z)**2: the 1 of (1 - sigma(z)) is missing; {rule}.": -s * s,
        # round 38: sigma(z) (1 - sigma(-z)) was told only that it exceeds 1/4
        f"sigmoid_prime computes sigma(z)**2 (sigma(z) (1 - sigma(-z)) is that: 1 - sigma(-z) = sigma(z)); {rule}, "
        "which is also sigma(z) sigma(-z).": s * s,
        f"sigmoid_prime computes -sigma(z) (1 - sigma(z)): the sign is flipped; {rule}.": -s * (1 - s),
        f"sigmoid_prime computes sigma(z) / (1 - sigma(z)): it divides by (1 - sigma(z)) where it multiplies; "
        f"{rule}.": (s / (1 - s)),
        f"sigmoid_prime computes 1 - sigma(z)**2, the form of tanh's derivative (1 - tanh(z)**2); {rule}.": 1 - s * s,
        f"sigmoid_prime computes 1 - tanh(z)**2, the derivative of tanh, not of the sigmoid; {rule}.": 1
        - np.tanh(z) ** 2,
        # round 59: s = sigmoid(sigmoid(z)); s * (1 - s) was told only "wrong in all 6 entries"
        f"sigmoid_prime applies the sigmoid twice: it computes sigma(sigma(z)) (1 - sigma(sigma(z))), the derivative "
        f"taken at sigma(z) instead of at z; {rule}, with sigma applied once.": (ss := 1 / (1 + np.exp(-s))) * (1 - ss),
    }


def sigmoid_prime_rules(got: np.ndarray) -> str | None:
    """What is wrong with ``got`` = sigmoid_prime(z) that no z can give: negative values, or values above 1/4."""
    got = np.asarray(got, dtype=float)
    if not np.all(np.isfinite(got)):
        return None
    where = f"{{}} of the {got.size} entries"
    if np.any(got < 0):
        return (
            f"sigmoid_prime(z) is negative at {where.format(int(np.sum(got < 0)))}, but the sigmoid is increasing: "
            "its derivative sigma(z) (1 - sigma(z)) is positive for every z. A sign in the formula is wrong, or z is "
            "used where sigma(z) belongs."
        )
    if np.any(got > 0.25 + 1e-12):
        return (
            f"sigmoid_prime(z) exceeds 1/4 at {where.format(int(np.sum(got > 0.25 + 1e-12)))}, but the sigmoid's "
            "steepest slope is 1/4 (at z = 0): its derivative sigma(z) (1 - sigma(z)) lies in (0, 1/4]. Is a factor "
            "divided where it multiplies, or a sign inside (1 - sigma(z)) flipped?"
        )
    return None


def check_derivative(
    name: str, fprime: Callable[..., Any], z: np.ndarray, numeric: Any, *, exact=None, likely_bugs=None, rules=None
):
    """``fprime(z)`` (the student's derivative, at the pre-activation ``z``) against ``numeric``.

    ``numeric``: the derivative the test expects, from central differences of the reference function
    (:func:`elementwise_derivative`) or known values. ``exact`` (hidden checks): the reference derivative,
    so a numerically estimated one is rejected. ``rules``: ``rules(got)`` says what is wrong with values that no
    ``z`` gives (:func:`sigmoid_prime_rules`), used when no likely bug matches.
    """
    z = np.asarray(z, dtype=float)
    got = call_unchanged(name, fprime, [z], ["z"])
    arr = testing.as_array(f"{name}(z) for z of shape {z.shape}", got, z.shape)
    likely = dict(likely_bugs or {})
    story = rules(arr) if rules is not None else None
    if story and not any(gradcheck.diagnose(arr, np.asarray(v, dtype=float)) is None for v in likely.values()):
        likely[story] = arr  # reported only when none of the named bugs matches
    gradcheck.check_gradient(
        f"{name}(z) for z of shape {z.shape}",
        arr,
        np.asarray(numeric, dtype=float),
        likely_bugs=likely,
        **_gradient_options(arr, exact),
    )


def check_relu_prime(relu_prime: Callable[..., Any], z: np.ndarray, numeric: Any, exact=None) -> None:
    """``relu_prime(z)`` against ``numeric`` (the ReLU's slope at ``z``: central differences or known values).

    ``z`` has no entry near 0 (the value at 0 is not graded). Names the usual mistakes.
    """
    z = np.asarray(z, dtype=float)
    numeric = np.asarray(numeric, dtype=float)
    assert np.min(np.abs(z)) > 1e-3, "a test point is too close to the ReLU's kink (a bug in the test)"
    d = call_unchanged("relu_prime", relu_prime, [z], ["z"])
    d = testing.as_array(f"relu_prime(z) for z of shape {z.shape}", d, z.shape)
    options = _gradient_options(d, exact)
    d = d.astype(float)
    wrong = np.abs(d - numeric) > 1e-4
    if wrong.any():
        if np.allclose(d, z):
            raise AssertionError(
                "relu_prime returns z itself; it must return the ReLU's slope: 1 where z > 0, 0 where z < 0."
            )
        if np.allclose(d, z * numeric):
            raise AssertionError("relu_prime returns relu(z): where z > 0 the ReLU is z, whose slope is 1, not z.")
        if np.allclose(d, 1 - numeric):
            raise AssertionError("relu_prime is inverted: it gives 1 where z < 0 and 0 where z > 0.")
        if np.allclose(d, np.sign(z)) and (z < 0).any():  # round 78: told only "wrong for z < 0 ... gives -1"
            raise AssertionError(
                "relu_prime returns the sign of z (np.sign(z), or z / |z|): -1 where z < 0. The ReLU is constant 0 "
                "there, whose slope is 0: (z > 0).astype(float)."
            )
        if wrong[z > 0].any() and not wrong[z < 0].any():
            raise AssertionError(
                f"relu_prime is wrong for z > 0 (right for z < 0): where z > 0 the ReLU is z, whose slope is 1; for "
                f"z = {np.round(z[z > 0][:3], 4).tolist()} it gives {np.round(d[z > 0][:3], 4).tolist()}."
            )
        if wrong[z < 0].any() and not wrong[z > 0].any():
            raise AssertionError(
                f"relu_prime is wrong for z < 0 (right for z > 0): where z < 0 the ReLU is constant 0, whose slope "
                f"is 0; for z = {np.round(z[z < 0][:3], 4).tolist()} it gives {np.round(d[z < 0][:3], 4).tolist()}."
            )
    gradcheck.check_gradient(f"relu_prime(z) for z of shape {z.shape}", d, numeric, **options)


# z next to the kink, on both sides: the slope there is still exactly 1 or 0 (round 88: relu_prime as a central
# difference of relu with h = 2**-30, exact wherever |z| > h, kept the points while every z was farther than 1e-3)
NEAR_KINK = np.array([[1e-12, -1e-12], [3e-30, -3e-30], [2e-7, -2e-7]])  # float32 has them too


# z closer still, subnormal floats (below 2.2e-308, np.finfo(float).tiny) and the smallest one, 5e-324: float64 holds
# them, float32 does not (round 123: relu_prime as z > np.finfo(float).tiny kept the points, every z tried >= 3e-30)
SUBNORMAL_KINK = np.array([[5e-324, -5e-324], [1e-310, -1e-310], [2e-308, -2e-308]])


def check_relu_prime_near_kink(relu_prime: Callable[..., Any], z: np.ndarray | None = None) -> None:
    """``relu_prime`` at :data:`NEAR_KINK` (|z| from 3e-30 to 2e-7, never 0): 1 for z > 0, 0 for z < 0, exactly.

    A finite difference across the kink, ``(relu(z + h) - relu(z - h)) / (2 h)``, gives (z + h) / (2 h) there, about
    1/2 for |z| much below h: named. ``z``: other points instead (none 0), e.g. :data:`SUBNORMAL_KINK`; with them a
    code seen computing in float32 (which rounds such z to 0) is left to the default points.
    """
    if z is not None and gradcheck.seen_computing_in_float32():
        return
    z = NEAR_KINK.copy() if z is None else np.array(z, dtype=np.float64)
    d = call_unchanged("relu_prime", relu_prime, [z], ["z"])
    d = testing.as_array(f"relu_prime(z) for z of shape {z.shape}", d, z.shape).astype(float)
    want = (z > 0).astype(float)
    wrong = d != want
    if not wrong.any():
        return
    shown = f"for z = {z[wrong][:4].tolist()} it gives {d[wrong][:4].tolist()}"
    if np.all((d[wrong] > 0) & (d[wrong] < 1)):
        raise AssertionError(
            f"relu_prime is between 0 and 1 next to the kink ({shown}): the slope of a finite difference across z = "
            "0, (relu(z + h) - relu(z - h)) / (2h), or of a smooth stand-in for the step? The ReLU's slope is "
            "derived, not estimated: exactly 1 for every z > 0 and 0 for every z < 0, however close to 0."
        )
    raise AssertionError(
        f"relu_prime is wrong next to the kink ({shown}): the slope is 1 for every z > 0 and 0 for every z < 0, "
        "however close to 0 (compare z with 0 itself, not with a small threshold)."
    )


# The formulas the task states, per class, as combinations of a few terms of y_hat (what the probes below fit):
# the loss of one example is -log(y_hat) when y = 1 and -log(1 - y_hat) when y = 0, and its derivative with
# respect to y_hat is -1/y_hat and 1/(1 - y_hat).
_PROBE_P = np.array([0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95])
_TERMS: dict[str, dict[str, Any]] = {
    "loss": {
        "basis": {"log(y_hat)": np.log, "log(1 - y_hat)": lambda p: np.log(1 - p), "1": np.ones_like},
        "want": {1: {"log(y_hat)": -1.0}, 0: {"log(1 - y_hat)": -1.0}},
        "factor": {"log(y_hat)": "y", "log(1 - y_hat)": "1 - y"},
        "constant": "the log is missing (y where y log(y_hat) belongs, or 1 - y where (1 - y) log(1 - y_hat) belongs?)",
        "odd": {
            1: {
                "-log(1 + y_hat)": (lambda p: -np.log(1 + p), "the sign inside the log is flipped"),
                "-1/log(y_hat)": (
                    lambda p: -1 / np.log(p),
                    "the factor log(y_hat) divides y instead of multiplying it",
                ),
            },
            0: {
                "-log(1 + y_hat)": (lambda p: -np.log(1 + p), "the sign inside the log is flipped: 1 + y_hat"),
                "-1/log(1 - y_hat)": (
                    lambda p: -1 / np.log(1 - p),
                    "the factor log(1 - y_hat) divides 1 - y instead of multiplying it",
                ),
            },
        },
    },
    "derivative": {
        "basis": {
            "1/y_hat": lambda p: 1 / p,
            "1/(1 - y_hat)": lambda p: 1 / (1 - p),
            "1": np.ones_like,
            "y_hat": lambda p: p,
        },
        "want": {1: {"1/y_hat": -1.0}, 0: {"1/(1 - y_hat)": 1.0}},
        "factor": {"1/y_hat": "y", "1/(1 - y_hat)": "1 - y"},
        "constant": (
            "the division is missing (-y where -y / y_hat belongs, or 1 - y where (1 - y) / (1 - y_hat) belongs?)"
        ),
        "odd": {
            1: {
                "-y_hat": (lambda p: -p, "y is multiplied by y_hat where it is divided by it: -y / y_hat"),
                "-1/(1 + y_hat)": (lambda p: -1 / (1 + p), "the sign of y_hat in the denominator is flipped"),
            },
            0: {
                "1 - y_hat": (lambda p: 1 - p, "1 - y is multiplied by 1 - y_hat where it is divided by it"),
                "1/(1 + y_hat)": (lambda p: 1 / (1 + p), "the sign inside 1 - y_hat (the denominator) is flipped"),
            },
        },
    },
}


def _formula(coefs: dict[str, float]) -> str:
    """``{"log(y_hat)": -1, "1": 2}`` as ``-log(y_hat) + 2``."""
    text = ""
    for term, c in coefs.items():
        sign = "-" if c < 0 else "+"
        size = abs(c)
        if term == "1":
            body = f"{size:.4g}"
        elif _near(size, 1.0):
            body = term
        elif term.startswith("1/"):
            body = f"{size:.4g}/{term[2:]}"
        else:
            body = f"{size:.4g} {term}"
        text += f" {sign} {body}"
    text = text.strip()
    if not text:
        return "0"
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


def _probe(f: Callable[..., Any], label: float, swapped: bool = False) -> np.ndarray | None:
    """``f(y, y_hat)`` for a batch of 7 examples of one class ``label`` and y_hat from 0.1 to 0.95 (flattened)."""
    y, p = np.full((_PROBE_P.size, 1), float(label)), _PROBE_P.reshape(-1, 1).copy()
    try:
        with np.errstate(all="ignore"):
            out = np.asarray(f(p, y) if swapped else f(y, p), dtype=float)
    except Exception:  # noqa: BLE001  (a probe that fails tells nothing)
        return None
    return out.reshape(-1) if out.size == _PROBE_P.size else None


def _fit(values: np.ndarray, basis: dict[str, Any]) -> dict[str, float] | None:
    """``values`` as a combination of the basis terms (exactly), ``{term: coefficient}`` without zeros; or None."""
    if values is None or not np.all(np.isfinite(values)):
        return None
    columns = [f(_PROBE_P) for f in basis.values()]
    M = np.column_stack(columns)
    coef, *_ = np.linalg.lstsq(M, values, rcond=None)
    scale = max(1.0, float(np.max(np.abs(values), initial=0.0)))
    if not np.allclose(M @ coef, values, rtol=0, atol=1e-6 * scale):
        return None
    out = {}
    for term, c in zip(basis, coef, strict=False):
        c = float(c)
        snapped = round(c * 12) / 12
        c = snapped if abs(c - snapped) <= 1e-6 * max(1.0, abs(c)) else c
        if abs(c) > 1e-9:
            out[term] = c
    return out


def _same_coefs(a: dict[str, float] | None, b: dict[str, float]) -> bool:
    return a is not None and set(a) == set(b) and all(_near(a[t], b[t], 1e-6) for t in a)


def _class_story(kind: str, label: int, values: np.ndarray, probe_n: int) -> str | None:
    """What the student's function computes for the examples of class ``label``, when it is not the task's formula."""
    spec = _TERMS[kind]
    want = spec["want"][label]
    right = _formula(want)
    cls = f"y = {label}"
    if not np.all(np.isfinite(values)):
        return f"for {cls} it gives NaN or inf (a log or a division of 0: the wrong term, or y and y_hat swapped?)"
    got = _fit(values, spec["basis"])
    if got is None:
        for name, (g, why) in spec["odd"][label].items():
            with np.errstate(all="ignore"):
                if np.allclose(values, g(_PROBE_P), rtol=1e-6, atol=1e-9):
                    return f"for {cls} it gives {name} instead of {right}: {why}"
        eps = _offset_inside(kind, label, values)
        if eps is not None:
            inside = "y_hat" if label == 1 else "1 - y_hat"
            where = "inside the log" if kind == "loss" else "in the denominator"
            return (
                f"for {cls} it gives {right} with {eps:.2g} added to {inside} {where} (an epsilon against log(0) or a "
                "division by 0?): one that large changes the result; y_hat is strictly between 0 and 1 here, so "
                "leave it out (or keep it below 1e-12)"
            )
        return f"for {cls} it computes something other than {right} (not a sum of log terms in y_hat)"
    if _same_coefs(got, want):
        return None
    for name, (g, why) in spec["odd"][label].items():
        if np.allclose(values, g(_PROBE_P), rtol=1e-6, atol=1e-9):
            return f"for {cls} it gives {name} instead of {right}: {why}"
    shown = _formula(got)
    if not got:
        return f"for {cls} it gives 0 instead of {right}: the term of the examples with {cls} is missing"
    if _same_coefs(got, {t: -c for t, c in want.items()}):
        return f"for {cls} it gives {shown} instead of {right}: the sign is flipped"
    if _same_coefs(got, spec["want"][1 - label]):
        return (
            f"for {cls} it gives {shown}, the formula of the examples with y = {1 - label}: the two terms are the "
            f"other way round ({right} belongs to {cls})"
        )
    if set(got) == {"1"}:
        return f"for {cls} it gives the constant {shown}, whatever y_hat is: {spec['constant']}"
    own = next(iter(want))
    if own in got and _near(got[own], want[own], 1e-6):
        extra = {t: c for t, c in got.items() if t != own}
        factors = {spec["factor"].get(t) for t in extra} - {None}
        why = (
            f" (it should vanish when {cls}: its factor {factors.pop()} is missing or wrong)"
            if len(factors) == 1 and len(extra) == 1
            else " (a term that should vanish when " + cls + ")"
        )
        return f"for {cls} it gives {shown} instead of {right}: the term {_formula(extra)} is extra{why}"
    if set(got) == {own}:
        k = got[own] / want[own]
        if probe_n > 1 and _near(k, 1 / probe_n, 1e-6):
            return (
                f"for {cls} it gives {right} divided by the number of examples: it averages (a mean over the batch); "
                "it must give each example's own value"
            )
        return f"for {cls} it gives {shown}: {right} times a factor {k:.4g}"
    return f"for {cls} it computes {shown} instead of {right}"


def _offset_inside(kind: str, label: int, values: np.ndarray) -> float | None:
    """The epsilon ``e`` when ``values`` (the probes of class ``label``) are the task's formula with ``e`` added to
    its argument (-log(y_hat + e) for the loss when y = 1, (1 - y) / (1 - y_hat + e) for the derivative when y = 0,
    ...), 0 < |e| < 0.1; else None (round 33: "not a sum of log terms" for -log(y_hat + 1e-4))."""
    with np.errstate(all="ignore"):
        if kind == "loss":
            argument = np.exp(-values)
        else:
            argument = (-1.0 if label == 1 else 1.0) / values
    base = _PROBE_P if label == 1 else 1 - _PROBE_P
    eps = argument - base
    if not np.all(np.isfinite(eps)):
        return None
    e = float(np.mean(eps))
    return e if 1e-12 < abs(e) < 0.1 and np.ptp(eps) <= 1e-3 * abs(e) else None


def per_class_story(kind: str, f: Callable[..., Any]) -> str | None:
    """Why ``f`` (the student's ``loss`` for kind "loss", ``loss_derivative`` for "derivative") is wrong, found by
    calling it on batches of one class at a time; None when that finds nothing.

    The text starts lower-case ("right for the examples with y = 0, wrong for those with y = 1; for y = 1 it
    gives ..."), to follow "<what>: ".
    """
    spec = _TERMS[kind]
    probes = {label: _probe(f, label) for label in (1, 0)}
    if any(v is None for v in probes.values()):
        return None
    stories = {label: _class_story(kind, label, probes[label], _PROBE_P.size) for label in (1, 0)}
    if not any(stories.values()):
        mixed = _probe_mixed(f)
        return mixed
    swapped = {label: _fit(_probe(f, label, swapped=True), spec["basis"]) for label in (1, 0)}
    if all(_same_coefs(swapped[label], spec["want"][label]) for label in (1, 0)):
        return "y and y_hat are swapped: the function takes the labels y first, then y_hat (f(y, y_hat))"
    coefs = {label: _fit(probes[label], spec["basis"]) for label in (1, 0)}
    if all(_same_coefs(coefs[label], {t: -c for t, c in spec["want"][label].items()}) for label in (1, 0)):
        return "the sign is flipped for both classes: " + "; ".join(stories[label] for label in (1, 0))
    if stories[1] and stories[0]:
        return f"wrong for both classes; {stories[1]}; {stories[0]}"
    bad = 1 if stories[1] else 0
    return f"right for the examples with y = {1 - bad}, wrong for those with y = {bad}; {stories[bad]}"


def _probe_mixed(f: Callable[..., Any]) -> str | None:
    """Whether ``f`` is right on batches of one class but mixes the examples of a batch of both classes."""
    y = np.array([[1.0], [0.0], [1.0], [0.0]])
    p = np.array([[0.3], [0.6], [0.8], [0.2]])
    try:
        with np.errstate(all="ignore"):
            both = np.asarray(f(y, p), dtype=float).reshape(-1)
            alone = [np.asarray(f(y[i : i + 1], p[i : i + 1]), dtype=float).reshape(-1) for i in range(4)]
    except Exception:  # noqa: BLE001
        return None
    one = np.concatenate(alone)
    if both.shape == one.shape and not np.allclose(both, one, rtol=1e-6, atol=1e-12):
        return (
            "right for batches of one class, wrong for a batch that mixes y = 0 and y = 1: each example's value must "
            "depend on its own y and y_hat only (no sum, mean or other example's y inside)"
        )
    return None


CLIP_EPS = (5e-2, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6)  # the guards wider than the notebook allows (1e-7) that tests name


def clip_guard_story(eps: float, what: str) -> str:
    """The message for y_hat clipped to ``[eps, 1 - eps]`` in ``what`` (a guard against log(0) wider than 1e-7)."""
    return (
        f"y_hat is clipped to [{eps:g}, 1 - {eps:g}] {what}: that changes the result wherever y_hat is within {eps:g} "
        "of 0 or 1, where the tests look. A guard against log(0) may change y_hat only within 1e-7 of 0 or 1."
    )


def _clipped(y_hat: np.ndarray, what: str, value: Callable[[np.ndarray], np.ndarray]) -> dict[str, np.ndarray]:
    """{:func:`clip_guard_story`: ``value`` of y_hat clipped to [eps, 1 - eps]} for each guard in :data:`CLIP_EPS` that
    changes y_hat here (round 95: one that changed nothing matched a loss off by 1e-9, told as a clip at 0.05)."""
    return {
        clip_guard_story(eps, what): value(np.clip(y_hat, eps, 1 - eps))
        for eps in CLIP_EPS
        if np.any(np.clip(y_hat, eps, 1 - eps) != y_hat)
    }


def _log_eps_losses(y: np.ndarray, y_hat: np.ndarray, got: np.ndarray) -> dict[str, np.ndarray]:
    """{story: the loss with a constant eps added inside the logs, log(y_hat + eps)}, eps fitted to ``got`` (the
    student's losses: eps = exp(-loss) - y_hat where y = 1, - (1 - y_hat) where y = 0); empty when no positive eps
    fits (round 95: log(y_hat + 1e-9) was told as a clip at 0.05)."""
    with np.errstate(all="ignore"):
        fits = np.exp(-np.asarray(got, dtype=float)) - np.where(y == 1, y_hat, 1 - y_hat)
        eps = float(np.median(fits))
        if not (np.isfinite(eps) and 0 < eps < 1e-2):
            return {}
        value = -(y * np.log(y_hat + eps) + (1 - y) * np.log(1 - y_hat + eps))
    return {
        f"a constant of about {eps:.1g} is added inside the logs (log(y_hat + {eps:.1g}), log(1 - y_hat + "
        f"{eps:.1g})): that changes every loss, most where y_hat is near 0 or 1, where the tests look. A guard "
        "against log(0) may change y_hat only within 1e-7 of 0 or 1 (np.clip(y_hat, 1e-7, 1 - 1e-7)), and the loss "
        "needs none for y_hat in (0, 1).": value
    }


def _clipped_losses(y: np.ndarray, y_hat: np.ndarray) -> dict[str, np.ndarray]:
    """{story: the loss with y_hat clipped to [eps, 1 - eps]} for guards wider than the notebook allows (round 42:
    np.clip(y_hat, 1e-3, 1 - 1e-3) was told as "wrong in 4 of 4 entries")."""
    return _clipped(y_hat, "before the log", lambda c: -(y * np.log(c) + (1 - y) * np.log(1 - c)))


def _clipped_derivatives(y: np.ndarray, y_hat: np.ndarray) -> dict[str, np.ndarray]:
    """{story: loss_derivative with y_hat clipped to [eps, 1 - eps]} (round 43: a clip to [0.05, 0.95] was told as
    "wrong in all 4 entries")."""
    return _clipped(y_hat, "in loss_derivative", lambda c: -y / c + (1 - y) / (1 - c))


def clipped_outputs(y_hat: np.ndarray) -> dict[str, np.ndarray]:
    """{story: yhat's output clipped to [eps, 1 - eps]} (round 43: an output clipped to [0.01, 0.99] was told as
    "wrong in 4 of 7 entries ... got 0.01")."""
    return _clipped(y_hat, "in yhat's output", lambda c: c)


# loss_derivative at moderate y_hat (n = 20 examples, y_hat uniform in [0.05, 0.95]), measured on 2,000 draws against
# the exact derivative (round 128): every correct answer (alt_*, indep_alt_*, reference, the ten blind ok_*) within
# 2.2e-16 of the largest entry, (y_hat - y) / (y_hat - y_hat**2) (correct, cancels near 1) within 1.15e-15; a
# Chebyshev-Gauss spectral estimate (atk_lossderiv_cheb) off by 1.4e-13 at the least (median 2.6e-13), which the
# 1e-12 of gradcheck.ESTIMATED_REL_ERROR let through. (sigmoid_prime at |z| <= 3: correct answers up to 6.1e-16,
# its spectral estimate 4.8e-14 at the least; grad_f: correct up to 1.9e-14, a spectral delta down to 5e-15: no
# threshold 10x from both, so those are left to the static scan.)
LOSS_DERIVATIVE_DERIVED_REL_ERROR = 1.25e-14


def check_loss(loss, loss_derivative, y, y_hat, expected, numeric_derivative, *, exact_derivative=None) -> None:
    """``loss(y, y_hat)`` (one loss per example, shape ``(n, 1)``) against ``expected``, and
    ``loss_derivative(y, y_hat)`` against ``numeric_derivative`` (central differences of the reference loss in
    y_hat, or known values). y (0./1.) and y_hat in (0, 1): shape ``(n, 1)``. ``exact_derivative``: see
    :func:`check_derivative`. A wrong function is called again on batches of one class at a time
    (:func:`per_class_story`) to say which term is wrong and how."""
    n = y.shape[0]
    values = call_unchanged("loss", loss, [y, y_hat], ["y", "y_hat"])
    arr = testing.as_array("loss(y, y_hat)", values)
    if arr.shape != (n, 1):
        more = (
            " It must return one loss per example (the total is np.sum(loss(y, y_hat)))."
            if arr.size == 1 and n > 1
            else ""
        )
        raise AssertionError(f"loss(y, y_hat) has shape {arr.shape} for y of shape {y.shape}; expected {(n, 1)}.{more}")
    expected = np.asarray(expected, dtype=float)
    what = f"loss(y, y_hat) for {n} examples"
    try:
        check_values(
            what,
            arr,
            expected,
            likely={
                "the sign is flipped: the cross-entropy is -[y log y_hat + (1 - y) log(1 - y_hat)], a positive "
                "number.": -expected,
                **_clipped_losses(y, y_hat),
                **_log_eps_losses(y, y_hat, arr),
            },
        )
    except AssertionError as e:
        if "sign is flipped" in str(e):
            raise
        story = per_class_story("loss", loss)
        if story:
            raise AssertionError(
                f"{what}: {story}. The loss of one example is -log(y_hat) when y = 1 and -log(1 - y_hat) "
                "when y = 0: -[y log(y_hat) + (1 - y) log(1 - y_hat)]."
            ) from None
        raise
    d = call_unchanged("loss_derivative", loss_derivative, [y, y_hat], ["y", "y_hat"])
    d = testing.as_array(f"loss_derivative(y, y_hat) for {n} examples", d, (n, 1))
    numeric = np.asarray(numeric_derivative, dtype=float)
    options = _gradient_options(d, exact_derivative)
    likely = {
        "loss_derivative returns y_hat - y, the derivative with respect to the sigmoid's input s; it must be the "
        "derivative with respect to y_hat (grad_f multiplies by sigmoid_prime itself).": y_hat - y,
        **_clipped_derivatives(y, y_hat),
    }
    if gradcheck.diagnose(d, numeric, tol=options["tol"]) is not None and not np.allclose(d, y_hat - y):
        story = per_class_story("derivative", loss_derivative)
        if story:
            likely[
                f"{story}. The derivative of one example's loss with respect to y_hat is -y / y_hat + (1 - y) / "
                "(1 - y_hat): -1/y_hat when y = 1, 1/(1 - y_hat) when y = 0."
            ] = d
    subject = f"loss_derivative(y, y_hat) for {n} examples"
    if not np.all(np.isfinite(d.astype(float))) and len(likely) > 1:
        raise gradcheck.GradientCheckError(subject, f"it contains NaN or inf; {list(likely)[-1]}")
    gradcheck.check_gradient(
        subject,
        d,
        numeric,
        likely_bugs=likely,
        factors={
            f"1/{n}: loss_derivative averages over the n = {n} examples; each example's own derivative is "
            "needed (no mean).": 1 / n
        }
        if n > 1
        else None,
        regions={"where y = 0": y == 0, "where y = 1": y == 1},
        **options,
    )
    # round 35: a guard against log(0) written into the argument (np.clip(y_hat, eps, 1 - eps, out=y_hat)) changes
    # only the entries within eps of 0 or 1, which no checked y_hat had: once more, with such entries, for the
    # argument alone (what a guard gives there is the student's choice; the values are not checked).
    edge, names = np.where(y > 0.5, 1.0 - 1e-13, 1e-13), ["y", "y_hat (with entries within 1e-13 of 0 or 1)"]
    with np.errstate(all="ignore"):
        call_unchanged("loss", loss, [y.copy(), edge.copy()], names)
        call_unchanged("loss_derivative", loss_derivative, [y.copy(), edge.copy()], names)


def check_grad_f_on_kept_objects(
    grad_f, first: tuple, second: tuple, values: tuple, expected: Sequence[Any], what: str
) -> None:
    """``grad_f(*first)``, then ``grad_f(*second)``, whose result must be ``expected`` (the reference's [dW, db, dv,
    dc]); the two calls share an object made with :func:`testing.same_object` (x and y, or params), as a training
    loop passes the same arrays at every step. ``values``: ``second``'s arguments as plain values; when the second
    call is wrong, grad_f gets new copies of them, and only if it is right there is the identity of its arguments
    blamed. ``what``: the shared object and what changed, for the message.

    Round 36: a forward pass cached by ``id(x)`` (or by the parameters' ids) kept the points, every other call of the
    tests getting new copies of its arguments.
    """
    earlier = _grad_list(grad_f(*first), "grad_f(params, x, y)")
    grads = _grad_list(grad_f(*second), "grad_f(params, x, y)")
    for k, name in enumerate(PARAM_NAMES):
        try:
            gradcheck.check_gradient(f"d{name}", grads[k], np.asarray(expected[k], dtype=float))
        except AssertionError:
            # new copies of the same arguments: wrong there too, the gradient is wrong for these values, whatever
            # the objects (CI, session 31: a clip of y_hat, missed by the confident batch, was told as a cache)
            fresh = _grad_list(grad_f(*copy.deepcopy(values)), "grad_f(params, x, y)")
            if np.array_equal(np.asarray(fresh[k], dtype=float), np.asarray(earlier[k], dtype=float)):
                raise AssertionError(  # round 99: a result kept by x's bytes alone was told "wrong in all 6 entries"
                    f"grad_f called with {what} returned exactly the d{name} of its previous call, whose arguments "
                    "had other values (also when given new copies): does it keep a result from one call to the next, "
                    "keyed on some of its arguments only (x's values, its shape)? grad_f must compute from all of "
                    "params, x and y at every call."
                ) from None
            gradcheck.check_gradient(
                f"d{name} = grad_f(params, x, y)[{k}] (dL/d{name})", fresh[k], np.asarray(expected[k], dtype=float)
            )
            raise AssertionError(
                f"grad_f is right when every call gets new arrays, but d{name} is wrong when it is called again with "
                f"{what}: does it keep its forward pass (or its result) by the identity of its arguments (id(x), "
                "x is self._last, a dict keyed on id())? A training loop passes the same arrays with other values, and "
                "a new array can get the id of a freed one: compute from the arguments' values at every call."
            ) from None


def check_yhat(yhat: Callable[..., Any], X: np.ndarray, params: list[Any], expected: Any, likely=None) -> np.ndarray:
    """``yhat(X, params)``: shape ``(n, 1)``, values ``expected``; on a mismatch, names the part of the network that
    is wrong (:func:`yhat_story`).

    ``likely``: {story: the output a known bug gives} (hidden checks compute them with the reference).
    """
    n = X.shape[0]
    what = f"yhat(X, params) for a batch of {n} example{'' if n == 1 else 's'}"
    try:
        out = call_unchanged("yhat", yhat, [X, params], ["X", "params"])
    except Exception as e:
        name = getattr(e, "type_name", type(e).__name__)
        if name == "ValueError" and _adds_column_bias(yhat):
            raise AssertionError(f"{what} raised ValueError: {_COLUMN_BIAS}") from None
        if n == 1 and name in ("IndexError", "ValueError", "TypeError"):
            raise AssertionError(
                f"{what} raised {name} (its message is not shown). With a single example, np.squeeze, an index [0] "
                "or .flatten() drops the batch axis: keep the arrays 2-D, X W + b of shape (1, H) and y_hat of shape "
                "(1, 1)."
            ) from None
        raise
    arr = testing.as_array(f"yhat(X, params) for X of shape {X.shape}", out, (n, 1))
    try:
        return check_values(what, arr, expected, likely)
    except KnownBug:
        raise
    except AssertionError as e:
        story = yhat_story(yhat, X, params, arr.astype(float), np.asarray(expected, dtype=float))
        if story:
            raise AssertionError(story) from None
        raise e from None


def check_yhat_far_out(
    yhat: Callable[..., Any], X: np.ndarray, params: list[Any], reference: Callable[[np.ndarray, list[Any]], Any]
) -> None:
    """``yhat(X, params)`` for outputs beyond np.exp's range: ``params``' output layer scaled so that the largest
    ``|s|`` is 1000 (:func:`confident_params`), then with v and c negated, so that s takes both signs; y_hat must be
    finite and equal ``reference(X, params)`` (0 or 1 to the last bit there). Round 46: a sigmoid written inline in
    yhat as exp(s) / (1 + exp(s)), nan beyond s = 709, kept the point. Quiet: np.exp's overflow warnings, where the
    right form overflows too, would make a plain nbgrader run score the test cell 0."""
    far = confident_params(params, X, s_max=1000.0)
    first = None
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for sign in (1.0, -1.0):
            p = [far[0], far[1], sign * far[2], sign * far[3]]
            out = call_unchanged("yhat", yhat, [X, p], ["X", "params"])
            arr = testing.as_array(f"yhat(X, params) for X of shape {X.shape}", out, (X.shape[0], 1))
            if first is not None and np.array_equal(arr, first) and not np.array_equal(reference(X, p), first):
                # round 93: a result cached on X alone, the same for the negated v and c, was told "1 - y_hat: the
                # sign of the sigmoid's input is flipped" (sigma(-s) = 1 - sigma(s)); the student negated it, in vain
                raise testing.keeps_state(
                    "yhat, called with the same X and other parameters (v and c negated), returned exactly what it "
                    f"had returned for the first parameters: {testing.KEEPS_STATE_QUESTION} A result kept by X alone "
                    "(a cache keyed on X's values or id(X)) is wrong as soon as the parameters change, as they do at "
                    "every training step: compute y_hat from X and params at every call."
                )
            first = np.array(arr)
            bad = ~np.isfinite(arr.astype(np.float64))
            if bad.any():
                raise AssertionError(
                    f"yhat(X, params) for outputs s far from 0 (|s| up to 1000, where np.exp overflows) is "
                    f"{'nan' if np.isnan(arr[bad].astype(float)).all() else 'nan or inf'} for {int(bad.sum())} of "
                    f"{arr.size} examples: y_hat must be finite for every s. Is the sigmoid written out inside yhat "
                    "(exp(s) / (1 + exp(s)) is inf / inf = nan there)? The task asks yhat to use your sigmoid, which "
                    "must give finite numbers for every input."
                )
            check_yhat(yhat, X, p, reference(X, p))


_COLUMN_BIAS = (
    "yhat adds the hidden bias as a column (b.T, or b reshaped to (H, 1)). With one example per row, z = X W + b "
    "adds the row b, of shape (1, H), to every example; a column is added across the examples instead, which numpy "
    "can do only when the batch has as many examples as there are hidden units (then example i gets b_i on every "
    "unit)."
)


def _column_bias_output(X: np.ndarray, W: np.ndarray, b: np.ndarray, v: np.ndarray, c: float) -> np.ndarray | None:
    """What yhat gives with the hidden bias added as a column, X W + b.T; None where numpy cannot broadcast it."""
    with np.errstate(all="ignore"):
        try:
            z = X @ W + np.asarray(b, dtype=float).reshape(-1, 1)
        except ValueError:
            return None
        return 1 / (1 + np.exp(-(np.maximum(z, 0.0) @ v + c)))


def _adds_column_bias(yhat: Callable[..., Any]) -> bool:
    """Whether ``yhat`` gives, on a probe batch of as many examples as hidden units, the column-bias output."""
    PW, Pb, Pv, Pc = _PROBE_PARAMS
    X = _PROBE_X[: PW.shape[1]]
    try:
        with np.errstate(all="ignore"):
            got = np.asarray(yhat(X.copy(), [PW.copy(), Pb.copy(), Pv.copy(), Pc]), dtype=float)
    except Exception:  # noqa: BLE001  (a probe that fails tells nothing)
        return False
    want = _column_bias_output(X, PW, Pb, Pv, Pc)
    return want is not None and got.size == want.size and np.allclose(got.ravel(), want.ravel(), rtol=1e-9, atol=1e-12)


# yhat's probe: every hidden unit is on for every row (z = X W + b is 1.3 or more), so in the right network the
# output depends on X, W, b, v and c alike; the biases differ, so a bias added as a column gives another output
# (round 71: with equal biases, a yhat hard-coding the visible test's 3 examples was told it added a column).
_PROBE_X = np.array([[0.5, -1.0], [-0.8, 0.3], [1.0, 0.9], [-0.2, -0.6]])
_PROBE_PARAMS = (
    np.array([[0.5, -0.3, 0.2], [0.1, 0.4, -0.6]]),
    np.array([[3.0, 2.5, 3.5]]),
    np.array([[0.5], [-0.4], [0.3]]),
    0.1,
)


def yhat_story(yhat: Callable[..., Any], X: np.ndarray, params: list[Any], got: np.ndarray, expected: np.ndarray):
    """Why ``got`` = yhat(X, params) is not ``expected``, found by calling ``yhat`` again with one input changed: an
    input that changes nothing (on a probe where all of them matter) is missing; a parameter whose negative gives
    ``expected`` has its sign flipped. None when that finds nothing."""
    W, b, v = (np.asarray(p, dtype=float) for p in params[:3])
    c = float(np.asarray(params[3], dtype=float))

    def again(X2, p2) -> np.ndarray | None:
        try:
            with np.errstate(all="ignore"):
                out = np.asarray(
                    yhat(np.array(X2, dtype=float), [np.array(q, dtype=float) for q in p2[:3]] + [float(p2[3])]),
                    dtype=float,
                )
        except Exception:  # noqa: BLE001  (a probe that fails tells nothing)
            return None
        return out if out.size == out.shape[0] else None

    def same(a, b) -> bool:
        return a is not None and b is not None and a.shape == b.shape and np.allclose(a, b, rtol=1e-9, atol=1e-12)

    if np.allclose(got, -expected, rtol=1e-9, atol=1e-12):
        return "yhat returns -y_hat: the sign of the output is flipped (y_hat = sigma(a v + c) is a probability)."
    if np.allclose(got, 1 - expected, rtol=1e-9, atol=1e-12):
        return (
            "yhat returns 1 - y_hat: the sign of the sigmoid's input is flipped, sigma(-(a v + c)) (or the "
            "probability of class 0); y_hat = sigma(a v + c)."
        )
    with np.errstate(all="ignore"):
        a = np.maximum(np.asarray(X, dtype=float) @ W + b, 0.0)
        after = (1 / (1 + np.exp(-(a @ v))) + c).reshape(-1)
    if after.size == got.size and np.allclose(got.reshape(-1), after, rtol=1e-9, atol=1e-12):  # round 88
        return (
            "yhat adds the output bias c after the sigmoid, sigma(a v) + c: c belongs inside it, y_hat = sigma(a v + "
            "c), so that y_hat stays a probability."
        )
    if np.any(got <= 0) or np.any(got >= 1):
        return (
            "yhat returns values outside (0, 1): the sigmoid of the output is missing (or something is added after it)."
        )
    column = _column_bias_output(np.asarray(X, dtype=float), W, b, v, c)
    if column is not None and column.size == got.size and np.allclose(got.ravel(), column.ravel(), 1e-9, 1e-12):
        return _COLUMN_BIAS
    with np.errstate(all="ignore"):
        z = np.asarray(X, dtype=float) @ W + b
        hidden = {
            "the hidden layer uses the sigmoid instead of the ReLU: a = relu(z) = max(z, 0)": 1 / (1 + np.exp(-z)),
            "the hidden layer uses tanh instead of the ReLU: a = relu(z) = max(z, 0)": np.tanh(z),
            "the hidden layer has no activation: a = relu(z), not z": z,
            "adds the hidden bias after the ReLU, relu(X W) + b: the bias belongs inside, a = relu(X W + b)": (
                np.maximum(np.asarray(X, dtype=float) @ W, 0.0) + b
            ),
        }
        for cap in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 10.0):  # round 94: min(relu(z), 3) was told the entry and its values
            if np.any(z > cap):
                hidden[
                    f"the hidden activations are capped at {cap:g} (np.minimum(relu(z), {cap:g}), np.clip(z, 0, "
                    f"{cap:g}), a ReLU6?): relu(z) = max(z, 0) has no upper limit"
                ] = np.clip(z, 0.0, cap)
        for story, a in hidden.items():
            other = 1 / (1 + np.exp(-(a @ v + c)))
            if other.size == got.size and np.allclose(got, other.reshape(got.shape), rtol=1e-9, atol=1e-12):
                return f"yhat: {story}."
    flips = (
        ([W, -b, v, c], "the sign of the hidden bias b is flipped: z = X W + b, not X W - b"),
        ([W, b, v, -c], "the sign of the output bias c is flipped: y_hat = sigma(a v + c), not sigma(a v - c)"),
        ([-W, -b, v, c], "the sign of the pre-activation z is flipped: z = X W + b, a = relu(z)"),
        ([-W, b, v, c], "the sign of X W is flipped: z = X W + b"),
        (
            [W, b, -v, c],
            "the sign of the hidden layer's contribution is flipped (-relu(z), or -v): y_hat = sigma(a v + c) with "
            "a = relu(z)",
        ),
    )
    for changed, story in flips:
        if same(again(X, changed), expected):
            return f"yhat: {story}."
    PW, Pb, Pv, Pc = _PROBE_PARAMS
    base = again(_PROBE_X, [PW, Pb, Pv, Pc])
    changes = (
        (
            "the inputs X change",
            _PROBE_X * -0.6 + 0.4,
            [PW, Pb, Pv, Pc],
            "the inputs are missing (is X W left out of z?)",
        ),
        ("W changes", _PROBE_X, [PW * 1.7 - 0.2, Pb, Pv, Pc], "the hidden weights W are missing (z = X W + b)"),
        ("the hidden bias b changes", _PROBE_X, [PW, Pb + 1.0, Pv, Pc], "the hidden bias b is missing"),
        (
            "v changes",
            _PROBE_X,
            [PW, Pb, Pv * 1.7 - 0.2, Pc],
            "the output weights v are missing (y_hat = sigma(a v + c))",
        ),
        ("the output bias c changes", _PROBE_X, [PW, Pb, Pv, Pc + 1.0], "the output bias c is missing"),
    )
    # which changes leave the output as it was (each probe called once: when graded, every call is the notebook's)
    unchanged = (
        [] if base is None else [k for k, (_, X2, changed, _) in enumerate(changes) if same(again(X2, changed), base)]
    )
    if {1, 2, 3, 4} <= set(unchanged):
        return (
            "yhat does not change when any of W, b, v or c changes: it ignores its argument params (does it take the "
            "parameters from a global variable, such as the notebook's starting parameters?). Unpack the params "
            "it is given: W, b, v, c = params."
        )
    if unchanged:
        what, _, _, story = changes[unchanged[0]]
        return f"yhat does not change when {what}: {story}."
    return None


# -- grad_f -------------------------------------------------------------------------------------------------


def _grad_list(grads: Any, who: str, examples: int = 0) -> list[np.ndarray]:
    """A gradient ``[dW, db, dv, dc]`` as arrays (``dc`` 0-d: a float, a numpy scalar or any one-element array).

    ``examples``: the number of examples in x, when known: a dc with one entry per example is told so."""
    if not isinstance(grads, (list, tuple)) or len(grads) != 4:
        raise AssertionError(f"{who} must return a list [dW, db, dv, dc]; it returned {testing.describe(grads)}")
    shapes = [np.shape(g) if isinstance(g, (np.ndarray, float, int, np.generic)) else None for g in grads]
    if (
        None not in shapes
        and shapes != list(PARAM_SHAPES)
        and sorted(map(str, shapes)) == sorted(map(str, PARAM_SHAPES))
    ):
        order = [f"d{PARAM_NAMES[list(PARAM_SHAPES).index(s)]}" for s in shapes]  # round 79: [dW, db, dc, dv]
        raise AssertionError(
            f"{who} returns [{', '.join(order)}], by the shapes of its items: the list is in another order. It returns "
            "[dW, db, dv, dc], the order of params [W, b, v, c]."
        )
    out = []
    for k, (name, g) in enumerate(zip(PARAM_NAMES, grads, strict=False)):
        arr = testing.as_array(f"d{name} = {who}[{k}]", g)
        if name == "c":
            if arr.size != 1:
                per_example = (  # round 92: the seed's per-example dL/dc carried to a batch, told only "one number"
                    ": one entry per example, the examples' terms not summed? dL/dc is their sum over the examples "
                    "(np.sum(..., axis=0)), as for db and dv"
                    if examples > 1 and arr.size == examples
                    else ""
                )
                raise AssertionError(
                    f"dc = {who}[3] has shape {arr.shape}; dc is one number (c is a float){per_example}"
                )
            arr = arr.reshape(())
        out.append(arr)
    return out


def numerical_grad(
    total_loss: Callable[..., Any], params: Sequence[Any], x: np.ndarray, y: np.ndarray
) -> list[np.ndarray]:
    """Central-difference gradient ``[dW, db, dv, dc]`` of ``total_loss(params, x, y)`` (call it with a reference)."""
    out = []
    for k in range(4):

        def total_at(p: np.ndarray, k: int = k) -> float:
            ps = list(params)
            ps[k] = p if k < 3 else float(p)
            return float(total_loss(ps, x, y))

        with np.errstate(all="ignore"):
            out.append(gradcheck.numerical_gradient(total_at, np.array(params[k], dtype=float), eps=1e-5))
    return out


def _batch_of_one_story(grad_f, params, x, y, raised: str) -> str:
    """Why grad_f raised on the batch of one ``x`` (1, 2), ``y`` (1, 1): the batch axis dropped, or state kept between
    calls. A dropped axis fails at every batch of one and never at a batch of two; a forward pass kept between calls
    (round 58: cached by id(x), it met a reused id at this call in one CI run and was blamed on np.squeeze) fails at
    whichever call meets data of other shapes."""

    def works(xs: np.ndarray, ys: np.ndarray) -> bool:
        given = [np.array(p, dtype=float) if isinstance(p, np.ndarray) else p for p in params]
        try:
            call_unchanged("grad_f", grad_f, [given, xs, ys], ["params", "x", "y"])
        except Exception:  # noqa: BLE001  (whatever it raises, it did not work)
            return False
        return True

    where = f"grad_f raised {raised} on a batch of one example (x of shape (1, 2), y of shape (1, 1))"
    kept = (
        "something between calls, a cache or a global (a forward pass kept by id(x), computed for other data: an "
        "array's id is reused once the array is freed)"
    )
    if works(x.copy(), y.copy()):
        return (
            f"{where}, then worked on a copy of the same arrays: it keeps {kept}. Compute everything from the "
            "arguments of each call."
        )
    if not works(np.vstack([x, x]), np.vstack([y, y])):
        return (
            f"{where}, and again on that example twice (a batch of two): not the batch of one alone. Does it keep "
            f"{kept}? Or does a squeeze(), a flatten() or a reshape drop an axis? Keep every per-example array 2-D, "
            "one row per example, and compute everything from the arguments of each call."
        )
    # a cache by id(x) can also fail on the copy (its id reused from a freed array of another batch: session 36's
    # CI), so that story is told too, second
    return (
        f"{where}: does a squeeze(), a flatten() or a reshape drop the batch axis when n = 1? Keep every per-example "
        f"array 2-D, one row per example, whatever n is. (If it drops none: does it keep {kept}?)"
    )


def check_grad_f(
    grad_f, params, x, y, numeric, *, exact=None, likely_bugs=None, activations=None, total_loss_calls=None
) -> None:
    """``grad_f(params, x, y)`` against ``numeric`` (the expected ``[dW, db, dv, dc]``), parameter by parameter.

    params ``[W (2, 3), b (1, 3), v (3, 1), c]``, x ``(n, 2)``, y ``(n, 1)``; ``numeric``: from
    :func:`numerical_grad` of the reference total loss, or known values. ``exact`` (hidden checks): the
    reference gradient, to reject a numerically estimated one; ``likely_bugs``: {parameter name: {story:
    the gradient that bug gives}}; ``activations``: {parameter name: [gradcheck.Activation]}, where the
    sigmoid's and the ReLU's derivatives enter that parameter's gradient. ``total_loss_calls``: the ``calls`` of a
    :func:`counted` total_loss lent to grad_f: a gradient derived by backpropagation needs no loss values, so
    calling total_loss again and again means finite differences.
    """
    n = x.shape[0]
    given = [np.array(p, dtype=float) if isinstance(p, np.ndarray) else p for p in params]
    before = None if total_loss_calls is None else total_loss_calls[0]
    try:
        out = call_unchanged("grad_f", grad_f, [given, x, y], ["params", "x", "y"])
    except AssertionError:
        raise
    except Exception as e:
        if n != 1:
            raise
        raised = getattr(e, "type_name", type(e).__name__)
        raise AssertionError(_batch_of_one_story(grad_f, params, x, y, raised)) from None
    grads = _grad_list(out, "grad_f(params, x, y)", examples=n)
    misused = misuse()
    if total_loss_calls is not None and total_loss_calls[0] - before >= 4:
        raise AssertionError(
            f"grad_f calls total_loss {total_loss_calls[0] - before} times for one gradient: it looks estimated "
            "numerically (finite differences of the loss), not derived. A gradient derived by backpropagation needs "
            "no loss values: one forward pass, then the backward pass of (A). Gradients in this course must be "
            "derived by hand, not computed with finite differences."
        )
    factors = {}
    if n > 1:
        factors = {
            f"1/n: grad_f averages over the n={n} examples, but the total loss of this notebook is their "
            "sum (no 1/n).": 1 / n,
            f"n: the gradient is n={n} times too large; is the (already summed) gradient multiplied by n or "
            "summed over the batch once more? (An (n, 1) array and an (n,) one, like y_hat - y.ravel(), broadcast to "
            "an (n, n) array whose sum is n times too large.)": float(n),
        }
    m = x.shape[1]
    if m not in (1, n):  # round 89: dv / x.shape[1] was told "the factor 2 from differentiating a square"
        factors[
            f"1/{m}: divided by x.shape[1] = {m}, the number of inputs of an example, not of examples (x.shape[0]); "
            "the total loss is a sum over the examples: no division at all."
        ] = 1 / m
    activations = dict(activations or {})
    if _output_gradients_right(grads, numeric):
        # dv and dc right: the output's derivative is not the slip, whatever dW's values look like (round 78: relu'(s)
        # in the hidden layer, zero where s < 0, was told "the derivative at the output sigmoid is the relu's")
        at_output = {a.name for a in activations.get("v", ())}
        activations = {p: [a for a in acts if a.name not in at_output] for p, acts in activations.items()}
    with gradcheck.one_answer():  # one grad_f call: judged together for estimates
        for k, name in enumerate(PARAM_NAMES):
            subject = f"d{name} = grad_f(params, x, y)[{k}] (dL/d{name}, batch of n={n})"
            want = np.shape(numeric[k])
            if name == "b" and n != want[1] and np.shape(grads[k]) in ((1, n), (n,), (n, 1)):
                raise gradcheck.GradientCheckError(  # round 60: "wrong shape (1, 5), expected (1, 3)" alone
                    subject,
                    f"wrong shape {np.shape(grads[k])}, expected {want}: one entry per example (n={n}), so the sum "
                    "ran over the hidden units, axis=1; db sums the hidden deltas over the examples: "
                    "np.sum(dz, axis=0, keepdims=True).",
                )
            try:
                gradcheck.check_gradient(
                    subject,
                    grads[k],
                    np.asarray(numeric[k], dtype=float),
                    factors=factors,
                    likely_bugs=(likely_bugs or {}).get(name),
                    activations=activations.get(name, ()),
                    **_gradient_options(grads[k], None if exact is None else exact[k]),
                )
            except AssertionError as e:
                if misused:
                    raise gradcheck.GradientCheckError(subject, f"grad_f {misused}") from None
                if not isinstance(e, gradcheck.GradientCheckError):
                    raise
                later = {  # round 83: a slip every gradient shares, told one at a time
                    f"d{q}": partial(
                        gradcheck.diagnose,
                        grads[j],
                        np.asarray(numeric[j], dtype=float),
                        factors=factors,
                        likely_bugs=(likely_bugs or {}).get(q),
                        activations=activations.get(q, ()),
                        tol=_gradient_options(grads[j], None)["tol"],
                    )
                    for j, q in enumerate(PARAM_NAMES)
                    if j > k
                }
                raise gradcheck.naming_same_slip(e, later) from None


def _output_gradients_right(grads: Sequence[Any], numeric: Sequence[Any]) -> bool:
    """Whether grad_f's dv and dc (``grads[2:4]``) equal ``numeric``'s, to the gradient check's tolerance."""
    for k in (2, 3):
        try:
            got, want = np.asarray(grads[k], dtype=float), np.asarray(numeric[k], dtype=float)
        except (TypeError, ValueError):
            return False
        if got.size != want.size or not np.allclose(got.reshape(want.shape), want, rtol=1e-4, atol=1e-10):
            return False
    return True


# -- the optimisers -----------------------------------------------------------------------------------------


def _as_params(arrays: Sequence[Any]) -> list[Any]:
    """Fresh ``[W, b, v, c]`` (float64 arrays, c a float) to hand to a gradient or loss function."""
    return [np.array(a, dtype=float) for a in arrays[:3]] + [float(np.asarray(arrays[3], dtype=float))]


def _param_arrays(p: Any, what: str) -> list[np.ndarray]:
    """A parameter list ``[W, b, v, c]`` (any length-4 sequence) as arrays, c 0-d, with the notebook's shapes."""
    if not isinstance(p, (list, tuple)) or len(p) != 4:
        raise AssertionError(f"{what} is {testing.describe(p)}, not a parameter list [W, b, v, c]")
    out = []
    for name, shape, value in zip(PARAM_NAMES, PARAM_SHAPES, p, strict=False):
        arr = testing.as_array(f"{name} in {what}", value)
        if name == "c":
            if arr.size != 1:
                raise AssertionError(f"c in {what} has shape {arr.shape}; c is one number")
            arr = arr.reshape(())
        elif arr.shape != shape:
            raise AssertionError(f"{name} in {what} has shape {arr.shape}, expected {shape}")
        out.append(arr)
    return out


def _flat(arrays: Sequence[Any]) -> np.ndarray:
    return np.concatenate([np.asarray(a, dtype=float).reshape(-1) for a in arrays])


STEP_RTOL = 1e-5  # a step may differ from the rule's by this fraction of the largest step (float32 lr or gradient)


def _close(got: Sequence[Any], expected: Sequence[Any], rtol: float, step: float = 0.0) -> bool:
    """Each parameter equal to within ``rtol`` times max(1, its largest entry), plus STEP_RTOL times ``step`` (the
    largest entry of the step the rule takes), so float32 parameters, lr or gradients pass."""
    for g, e in zip(got, expected, strict=False):
        g, e = np.asarray(g, dtype=float), np.asarray(e, dtype=float)
        scale = max(1.0, float(np.max(np.abs(e), initial=0.0)))
        if g.shape != e.shape or not np.all(np.abs(g - e) <= rtol * scale + STEP_RTOL * step):
            return False
    return True


def _uniform_scale(vector: np.ndarray, direction: np.ndarray, size: float) -> float | None:
    """s when ``vector`` = s * ``direction`` (all parameters together, to 1e-6 of ``size``, the step's length)."""
    dd = float(np.dot(direction, direction))
    if dd == 0.0 or not np.all(np.isfinite(vector)):
        return None
    s = float(np.dot(vector, direction)) / dd
    return s if np.linalg.norm(vector - s * direction) <= 1e-6 * max(size, 1e-300) else None


def _near(a: float, b: float, rel: float = 1e-6) -> bool:
    return abs(a - b) <= rel * max(abs(b), 1e-300)


def _broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...] | None:
    """numpy's shape for an element-wise operation on arrays of shapes ``a`` and ``b`` (None: they do not fit)."""
    try:
        return tuple(np.broadcast_shapes(a, b))
    except ValueError:
        return None


# per optimiser, what its checked calls returned: ((data and start, settings, iterations), the result's bytes)
_EARLIER: dict[str, list[tuple[tuple[bytes, str, int], bytes]]] = {}


def _result_bytes(result: Any) -> bytes | None:
    """Every number of an optimiser's result (trajectories, losses) as bytes, or None if it is no such pair."""
    try:
        traj, losses = result
        return b"".join([_flat(p).tobytes() for p in traj] + [np.asarray(losses, dtype=np.float64).tobytes()])
    except Exception:  # noqa: BLE001  (not a result of the task's form: its own check says so)
        return None


def _lent_wrapping(name: str, reference: Callable[..., Any]) -> Any:
    """What this test cell lent the notebook as ``name`` when it is ``reference`` or a wrapper of it (``__wrapped__``
    leads there: testing.references' float32 wrapper, checked()); None when graded with something else, and outside
    the grader."""
    lent = testing.lent(name)
    if lent is None or inspect.unwrap(lent, stop=lambda f: f is reference) is not reference:
        return None
    return lent


class _Run:
    """One optimiser under test: the student's function, the gradient and loss it must follow, the data."""

    def __init__(self, name, optimiser, grad, loss, x, y, start, lr, alpha=None, *, by_keyword=False):
        self.name, self.optimiser, self.grad, self.loss = name, optimiser, grad, loss
        self.x, self.y, self.start, self.lr, self.alpha = x, y, start, lr, alpha
        # the settings by keyword, as the notebook's cells (D) and (E) pass them, or by position in the task's order.
        # The checks make both kinds of call: a def with lr and alpha swapped passes calls by keyword (round 118: it
        # kept the points while every call was one), a def renaming lr (round 79) passes calls by position
        self.by_keyword = by_keyword
        self.n = x.shape[0]
        self.rule = "theta <- theta - lr * grad" if alpha is None else "u <- alpha * u - lr * grad, theta <- theta + u"
        self.known: dict[bytes, tuple[np.ndarray, float]] = {}  # by the point's values: (gradient, loss) there

    def g(self, theta: Sequence[Any], flat: np.ndarray | None = None) -> np.ndarray:
        """The gradient at ``theta``, flattened (W, b, v, c); ``flat``: ``_flat(theta)``, when already computed."""
        known = self.known.get((_flat(theta) if flat is None else flat).tobytes())
        if known is not None:
            return known[0].copy()
        with np.errstate(all="ignore"):
            return _flat(_grad_list(self.grad(_as_params(theta), self.x, self.y), "grad_f(params, x, y)"))

    def total(self, theta: Sequence[Any], flat: np.ndarray | None = None) -> float:
        known = self.known.get((_flat(theta) if flat is None else flat).tobytes())
        if known is not None:
            return known[1]
        with np.errstate(all="ignore"):
            return float(self.loss(_as_params(theta), self.x, self.y))

    def given_start(self) -> list[Any]:
        """The start as the optimiser is given it: float64 copies of its arrays, c as it is."""
        return [np.array(a, dtype=float) if isinstance(a, np.ndarray) else a for a in self.start]

    def lend_reference_run(self, iterations: int) -> None:
        """Compute the run a correct optimiser takes, written as the model answer writes it, with the gradient and
        the loss at each of its points: kept for :meth:`g` and :meth:`total`, and, when graded, lent to the
        notebook with the references (:func:`testing.lend_known_results`), so that an optimiser whose arithmetic
        is the model answer's gets the same numbers from its own process, without a request to the tests per
        step. Any other optimiser asks the tests as before: the results are the same either way. Only when graded
        (in a visible check ``grad`` is the student's own, called where the optimiser runs), and only when the test
        cell lent ``grad`` and ``loss`` as grad_f and total_loss (wrapped, as :func:`checked` and
        ``testing.references`` wrap them: the wrappers compute the reference's own numbers for these float64
        arguments), so that any call the table does not answer meets the same object as before."""
        lent_grad, lent_loss = _lent_wrapping("grad_f", self.grad), _lent_wrapping("total_loss", self.loss)
        if lent_grad is None or lent_loss is None or iterations < 1:
            return
        params = self.given_start()  # exactly as the optimiser gets it: the table's first key
        velocity = [np.zeros(np.shape(p)) for p in params]
        grads, losses = [], []
        # float64 data and start: the wrappers around the references (checked(), the float32 one) change nothing,
        # so the run calls the references themselves
        wrapped = gradcheck.holds_float32(self.x, self.y, *params)
        grad_of, loss_of = (self.grad, self.loss) if wrapped else (inspect.unwrap(self.grad), inspect.unwrap(self.loss))
        with np.errstate(all="ignore"):
            for k in range(iterations + 1):
                loss = loss_of(params, self.x, self.y)
                losses.append((params, loss))
                if k == iterations:
                    break
                grad = grad_of(params, self.x, self.y)
                grads.append((params, grad))
                self.known[_flat(params).tobytes()] = (_flat(_grad_list(grad, "grad_f(params, x, y)")), float(loss))
                if self.alpha is None:
                    params = [p - self.lr * g for p, g in zip(params, grad, strict=True)]
                else:
                    velocity = [self.alpha * u - self.lr * g for u, g in zip(velocity, grad, strict=True)]
                    params = [p + u for p, u in zip(params, velocity, strict=True)]
        testing.lend_known_results("grad_f", lent_grad, (self.x, self.y), grads)
        testing.lend_known_results("total_loss", lent_loss, (self.x, self.y), losses)

    def run(self, iterations: int, *, x=None, y=None, checked: bool = False, **settings: Any):
        """Call the student's optimiser (settings: lr, alpha changes); returns (trajectory as arrays, losses).
        ``checked``: a call a check grades (not a diagnosis), compared with what earlier checked calls returned."""
        given = self.given_start()
        kwargs = {"lr": self.lr} if self.alpha is None else {"lr": self.lr, "alpha": self.alpha}
        kwargs.update(settings)
        args = [self.x.copy() if x is None else x, self.y.copy() if y is None else y, given]
        with np.errstate(all="ignore"):
            try:
                result = self._call(args, iterations, kwargs)
            except AssertionError:
                raise
            except Exception as e:
                story = _list_arithmetic_story(self.name, e) or self._reshaped_story()
                if story:
                    raise AssertionError(story) from None
                raise
        if checked:
            self._not_stale(result, iterations, kwargs)
        return self.parse(result, iterations)

    def _call(self, args: list[Any], iterations: int, settings: dict[str, Any]) -> Any:
        """The optimiser on ``args`` (x, y, starting_params) with ``iterations`` and ``settings`` (lr, and alpha for
        momentum) by keyword, or by position in the task's order, (iterations, lr) or (iterations, lr, alpha), as the
        notebook documents them (:func:`call_unchanged`: the arguments must not change)."""
        if self.by_keyword:
            return call_unchanged(self.name, self.optimiser, args, _OPTIMISER_ARGS, iterations=iterations, **settings)
        in_order = [iterations, settings["lr"], *([settings["alpha"]] if "alpha" in settings else [])]
        return call_unchanged(self.name, self.optimiser, [*args, *in_order], _OPTIMISER_ARGS)

    def _not_stale(self, result: Any, iterations: int, settings: dict[str, Any]) -> None:
        """Fail if ``result`` is exactly what an earlier checked call with other arguments returned (round 75: a
        decorator caching gradient_descent on (iterations, lr) kept the points; one caching a single run was told
        a wrong length). Equal results of equal data and start are fine when neither call took a step."""
        got = _result_bytes(result)
        if got is None:
            return
        data = b"".join(
            [np.asarray(self.x, dtype=np.float64).tobytes(), np.asarray(self.y, dtype=np.float64).tobytes()]
            + [_flat(self.given_start()).tobytes()]
        )
        call = (data, repr(sorted(settings.items())), iterations)
        earlier = _EARLIER.setdefault(self.name, [])
        for other, seen in earlier:
            no_step = iterations == other[2] == 0 and data == other[0]  # the start and its loss, twice
            if seen == got and other != call and not no_step:
                raise AssertionError(
                    f"{self.name} returned exactly what an earlier call with other arguments returned (that call: "
                    f"{other[2]} iterations, other data, start or settings): does it keep results from one call to "
                    "the next (a cache or a decorator such as functools.lru_cache keyed on some of the arguments "
                    "only, such as iterations and lr, or on none)? Each call must compute its run from its own "
                    "arguments."
                )
        earlier.append((call, got))

    def _reshaped_story(self) -> str | None:
        """After a run raised: when one step on a batch of 3 runs and leaves a parameter in another shape,
        which gradient of another parameter its step took (round 65: ``dW, dv, db, dc = grad`` stepped b with dv,
        b became (3, 3), and the next step's x W + b raised ValueError, told as a shape error or a cache)."""
        kwargs = {"lr": self.lr} if self.alpha is None else {"lr": self.lr, "alpha": self.alpha}
        # a batch of 3 examples, as many as hidden units: a b of shape (3, 3) still adds to x W, so the step runs
        args = [np.resize(self.x, (3, self.x.shape[1])), np.resize(self.y, (3, 1)), self.given_start()]
        try:
            with np.errstate(all="ignore"):
                result = self._call(args, 1, kwargs)
            after = [np.shape(p) for p in result[0][1]]
        except Exception:  # noqa: BLE001  (only a diagnosis: one step that fails too tells nothing more)
            return None
        for name, shape, got in zip(PARAM_NAMES, PARAM_SHAPES, after, strict=False):
            if got == shape:
                continue
            other = [
                o
                for o, s in zip(PARAM_NAMES, PARAM_SHAPES, strict=True)
                if o != name and _broadcast_shape(shape, s) == got
            ]
            which = (
                f": stepped with d{other[0]}, of shape {PARAM_SHAPES[PARAM_NAMES.index(other[0])]}?" if other else "."
            )
            return (
                f"{self.name}: after one step {name} has shape {got} instead of {shape}{which} Each parameter takes "
                "the step of its own gradient: grad_f returns [dW, db, dv, dc], in the order of [W, b, v, c] (unpack "
                "it in that order), and the next step's forward pass fails on the wrong shape."
            )
        return None

    def rerun_steps(self, iterations: int, **changes: Any) -> list[np.ndarray] | None:
        """The flattened parameters of a run with other settings or data (None if that run fails)."""
        try:
            traj, _ = self.run(iterations, **changes)
        except Exception:  # noqa: BLE001  (only a diagnosis: a failing rerun tells nothing)
            return None
        return [_flat(p) for p in traj]

    def _starts_at(self, entry: Any) -> bool:
        """Whether a returned parameter list is this run's start."""
        try:
            return np.allclose(_flat(_param_arrays(entry, "a parameter list")), _flat(self.given_start()))
        except Exception:  # noqa: BLE001  (only a diagnosis: an entry that is no parameter list is not the start)
            return False

    def parse(self, result: Any, iterations: int):
        name = self.name
        if not isinstance(result, (list, tuple)) or len(result) != 2:
            raise AssertionError(
                f"{name} must return the pair (trajectories, losses) (a tuple or a list of the two); it returned "
                f"{testing.describe(result)}"
            )
        trajectories, losses = result

        def numbers(xs: Any) -> bool:
            return (
                isinstance(xs, (list, tuple, np.ndarray))
                and len(xs) > 0
                and isinstance(xs[0], (float, int, np.generic, np.ndarray))
                and np.ndim(xs[0]) == 0
            )

        def param_lists(xs: Any) -> bool:
            return (
                isinstance(xs, (list, tuple)) and len(xs) > 0 and isinstance(xs[0], (list, tuple)) and len(xs[0]) == 4
            )

        if numbers(trajectories) and param_lists(losses):  # round 79: told "trajectories[0] is the number 17.5"
            raise AssertionError(
                f"{name} returns (losses, trajectories): its first item holds numbers and its second parameter lists. "
                "The pair is (trajectories, losses), the parameter lists first."
            )
        if not isinstance(trajectories, (list, tuple)):
            raise AssertionError(f"trajectories returned by {name} is {testing.describe(trajectories)}, not a list")
        if len(trajectories) != iterations + 1:
            more = ""
            left = len(trajectories) - iterations - 1  # entries before this call's run, if it was appended
            appended = left > 0 and self._starts_at(trajectories[left])
            n_params = len(PARAM_NAMES)
            flattened = (  # round 63: trajectories + params joined the lists: every step added its 4 arrays
                iterations > 0
                and len(trajectories) == 1 + n_params * iterations
                and not any(isinstance(t, (list, tuple)) for t in trajectories[1:])
            )
            if flattened:
                raise AssertionError(
                    f"{name}(..., iterations={iterations}) returned {len(trajectories)} entries in trajectories, the "
                    f"start and then {n_params} arrays per step: each step adds W, b, v and c one by one "
                    "(trajectories + params, or trajectories.extend(params), joins the lists). Add the step's "
                    "parameter list as one entry: append the list itself, or add a list holding it."
                )
            if len(trajectories) == iterations == 0:
                more = (  # round 117: an early return of [], [] for iterations == 0 was asked about the last step
                    " With iterations=0 the run takes no step but still has its start: trajectories == "
                    "[starting_params] and losses == [its loss]. Does it return empty lists when iterations is 0, or "
                    "add the start only inside the loop?"
                )
            elif len(trajectories) == iterations and not self._starts_at(trajectories[0]):  # round 73: which end
                more = (
                    " (One short: trajectories[0] is not the start, starting_params: the start is missing; add it "
                    "before the first step.)"
                )
            elif len(trajectories) == iterations:
                more = (
                    " (One short: trajectories[0] is the start, so the last step is missing: the loop takes "
                    "iterations steps, each adding its parameter list.)"
                )
            elif appended:  # round 44: the ITERATIONS guess came first
                more = (
                    f" Its last {iterations + 1} entries are this call's run, after {left} left from earlier calls: it "
                    "adds to the lists of an earlier call (a default argument trajectories=[], a global). Start new "
                    "lists at every call."
                )
            elif len(trajectories) != iterations + 2:
                more = " Does it use its argument iterations (not a number of the notebook, like ITERATIONS)?"
            if iterations == 0 and len(trajectories) == 2 and not appended:  # round 72: the first step before the loop
                more += (
                    " With iterations = 0 it still takes a step: is the first step taken before the loop (which then "
                    "runs iterations - 1 times)? Take every step inside the loop, for _ in range(iterations)."
                )
            if len(trajectories) > iterations + 1 and not appended:
                more += (" Or does" if more else " Does") + (
                    " it add to the lists of an earlier call (a default argument trajectories=[], a global)? Start "
                    "new lists at every call."
                )
            elif len(trajectories) < iterations + 1 and _loss_rises(self, iterations):  # round 93: a break once it
                # rose, told only "does it use its argument iterations?"
                more += (
                    " Here the loss goes up after a step (the learning rate overshoots): does the loop stop early (a "
                    "break when the loss rises)? It must take all iterations steps, whatever the loss does."
                )
            elif len(trajectories) < iterations and self.lr < 1e-4:  # round 43: a break once the loss barely moved
                more += (
                    f" With lr = {self.lr:g} the loss barely changes from one step to the next: does the loop stop "
                    "early (a break when the loss stops improving)? It must take all iterations steps."
                )
            raise AssertionError(
                f"{name}(..., iterations={iterations}) returned {len(trajectories)} parameter lists in trajectories; "
                f"expected iterations + 1 = {iterations + 1} (the start, then one per step).{more}"
            )
        traj = [_param_arrays(p, f"trajectories[{k}]") for k, p in enumerate(trajectories)]
        losses_arr = testing.as_array(f"losses returned by {name}", losses)
        if losses_arr.size != iterations + 1:
            more = (
                " (One short: the loss at the start, or after the last step, is missing?)"
                if losses_arr.size == iterations
                else ""
            )
            raise AssertionError(
                f"{name}(..., iterations={iterations}) returned {losses_arr.size} losses; expected iterations + 1 = "
                f"{iterations + 1}: the total loss at every parameter list of trajectories, the start included.{more}"
            )
        return traj, losses_arr.reshape(-1)


def _list_arithmetic_story(name: str, e: BaseException) -> str | None:
    """The message for an optimiser that does arithmetic on whole Python lists (a TypeError), or None.

    Only the exception's type and Python's own wording are looked at; nothing of its text is shown.
    """
    if getattr(e, "type_name", type(e).__name__) != "TypeError":
        return None
    text = str(getattr(e, "message", None) or e)
    if "unary -" in text and "list" in text:
        what = "puts a minus sign in front of a whole list (-grads, -u)"
    elif "can't multiply sequence" in text:
        what = "multiplies a whole list by the learning rate or by alpha (lr * grads, alpha * u)"
    elif "unsupported operand type" in text and "list" in text:
        what = "adds or subtracts whole lists (params - lr * grads, or a list and an array)"
    else:
        return None
    return (
        f"{name} {what}: grad_f returns a list [dW, db, dv, dc] and the parameters are a list [W, b, v, c], and "
        "Python lists do no element-wise arithmetic (it raised TypeError). Update each parameter with its own "
        "gradient: [p - lr * g for p, g in zip(params, grads)]."
    )


def _factor_story(r: float, n: int, lr: float | None = None) -> str:
    """Name the factor ``r`` between a step and lr * grad (``lr``: the learning rate, a factor of its own)."""
    named = [(2.0, "twice as large as lr * grad"), (0.5, "half of lr * grad")]
    if lr is not None and lr not in (1.0, 2.0, 0.5):  # round 65: "0.05 times lr * grad" for lr = 0.05
        named.append(
            (
                lr,
                f"lr * lr * grad (lr = {lr:g}): the learning rate is applied twice (in the velocity and again in the "
                "step, or to the gradient and to the step); it multiplies the gradient once",
            )
        )
    if n > 1:
        named = [
            (float(n), f"n = {n} times lr * grad: is the gradient (already a sum over the examples) multiplied by n?"),
            (1.0 / n, f"lr * grad divided by n = {n}: the notebook's loss is a sum; do not average the gradient"),
        ] + named
    for value, story in named:
        if _near(r, value):
            return story
    return f"{r:.4g} times lr * grad instead of exactly lr * grad"


def _first_step_story(run: _Run, traj: list[list[np.ndarray]], s: float) -> str:
    """The first step is s * (-grad) with s != lr: which mistake gives that."""
    name, lr, alpha = run.name, run.lr, run.alpha
    where = "the first step (trajectories[1] from trajectories[0])"
    if _near(s, -lr):
        if alpha is None:
            return f"{name}: {where} moves up the gradient, theta + lr * grad, instead of down (theta - lr * grad)."
        return (
            f"{name}: {where} moves the parameters up the gradient (+lr * grad). The velocity and the parameter step "
            "must have opposite signs on the gradient: with the velocity u <- alpha * u - lr * grad the step is "
            "theta <- theta + u (a velocity kept as u <- alpha * u + lr * grad needs theta <- theta - u)."
        )
    first = _flat(traj[1]) - _flat(traj[0])
    if alpha is not None and _near(s, (1 - alpha) * lr):
        if _near(alpha, 0.5):  # alpha = 1 - alpha: is it alpha lr grad instead? Another alpha tells
            other = run.rerun_steps(1, alpha=alpha / 2)
            if other is not None and float(np.vdot(first, first)) > 0:
                ratio = float(np.vdot(other[1] - other[0], first)) / float(np.vdot(first, first))
                if _near(ratio * s, alpha / 2 * lr):
                    return (
                        f"{name}: {where} is alpha * lr * grad: alpha multiplies the gradient's term too, as in "
                        "u <- alpha * (u - lr * grad). The rule is u <- alpha * u - lr * grad (alpha scales the old "
                        "velocity only)."
                    )
        return (
            f"{name}: {where} is (1 - alpha) * lr * grad: the velocity is an exponential moving average of the "
            "gradients. This notebook's rule is u <- alpha * u - lr * grad (no 1 - alpha)."
        )
    if alpha is not None and _near(s, (1 + alpha) * lr):  # round 69: told only "1.7 times lr * grad"
        return (
            f"{name}: {where} is (1 + alpha) * lr * grad (alpha = {alpha:g}): the velocity did not start at 0 (it "
            "started as -lr * grad, a gradient step of its own?). Start u at zeros: the first step is then exactly "
            "-lr * grad, and u <- alpha * u - lr * grad, theta <- theta + u from there."
        )
    halved = None if alpha is None else run.rerun_steps(1, alpha=alpha / 2)
    if (
        halved is not None
        and (_near(s, alpha) or _near(s, -alpha))
        and np.allclose(halved[1] - halved[0], first / 2, rtol=1e-7, atol=0)
    ):
        return (
            f"{name}: {where} is {'-' if s > 0 else '+'}alpha * grad (alpha = {alpha:g}): alpha "
            "multiplies the gradient where lr belongs, or the velocity and the gradient are the other way round in the "
            "velocity line. The rule is u <- alpha * u - lr * grad (alpha scales the old velocity)."
        )
    backtracked = _backtracking_story(run, traj, s)
    if backtracked:
        return f"{name}: {where} {backtracked}"
    if 0 < s < lr:  # round 110: min(lr, 0.1) was told "hard-coded", or "0.8 times lr * grad"
        below, above = run.rerun_steps(1, lr=s / 2), run.rerun_steps(1, lr=2 * lr)
        if (
            below is not None
            and above is not None
            and np.allclose(below[1] - below[0], first * 0.5, rtol=1e-9, atol=0)
            and np.allclose(above[1] - above[0], first, rtol=1e-9, atol=0)
        ):
            return (
                f"{name} caps its argument lr at {s:.4g}: its first step is {s:.4g} * grad whether lr = {lr:g} or "
                f'{2 * lr:g}, and follows lr = {s / 2:.4g} as it is (min(lr, {s:.4g}), a cap "for stability"?). The '
                "task allows any learning rate, large ones too: use the argument lr as it is."
            )
    other = run.rerun_steps(1, lr=lr / 2)
    if other is not None and np.allclose(other[1] - other[0], first, rtol=1e-9, atol=0):
        if _near(s, 1.0):
            return (
                f"{name} ignores its argument lr: its first step is the gradient itself (theta - grad) whether "
                f"lr = {lr:g} or {lr / 2:g}. Is the learning rate missing from the step, or hard-coded as 1? Use the "
                "argument lr: theta - lr * grad."
            )
        return (
            f"{name} ignores its argument lr: its first step is {s:.4g} * grad whether lr = {lr:g} or {lr / 2:g}. "
            "Is the learning rate hard-coded? Use the argument lr."
        )
    clipped = _norm_clip_story(-first / lr, run.g(traj[0])) if lr else ""
    if clipped:  # round 110: a gradient scaled to norm 20 was told "0.8038 times lr * grad"
        return f"{name}: {where}: {clipped} The step takes the gradient as it is: {run.rule}."
    return f"{name}: {where} is {_factor_story(s / lr, run.n, lr)}; the rule is {run.rule}."


def _backtracking_story(
    run: _Run, traj: list[list[np.ndarray]], s: float, k: int = 0, g: np.ndarray | None = None
) -> str:
    """Why step k + 1, ``s`` * grad, is lr / 2^j * grad, when a full step lr * grad from trajectories[k] would raise the
    loss: the rate halved until the loss goes down (round 107: told "ignores its argument lr", the rate halved as much
    at lr / 2, or "half of lr * grad" at a later step); else "". ``g``: the gradient at trajectories[k], flattened,
    when the caller has it."""
    lr = run.lr
    halvings = next((j for j in range(1, 41) if _near(s, lr / 2**j)), None) if lr else None
    if halvings is None:
        return ""
    try:
        g = run.g(traj[k]) if g is None else g
        before = run.total(traj[k])
        full = run.total(_unflat(_flat(traj[k]) - lr * g))
        # on a first step, a quarter of the rate is followed (a rate hard-coded at lr / 2^j would not be): only the
        # rise makes the step smaller (a later step comes after a first one taken at lr)
        quarter = run.rerun_steps(1, lr=lr / 4) if full > before and k == 0 else None
    except Exception:  # noqa: BLE001  (only a diagnosis)
        return ""
    if not full > before:
        return ""
    if k == 0 and (quarter is None or not np.allclose(quarter[1] - quarter[0], -(lr / 4) * g, rtol=1e-9, atol=0)):
        return ""
    return (
        f"is lr / {2**halvings:g} * grad (lr = {lr:g}), and a step of lr * grad would raise the loss here (from "
        f"{before:.6g} to {full:.6g}): is the rate halved until the loss goes down (a backtracking line search)? "
        f"This notebook's optimiser takes every step at lr, whatever the loss does: {run.rule}."
    )


def _simple(value: float, named: dict[str, float]) -> str:
    """``value`` as a name from ``named`` (lr, alpha, 1, ...) when it is one, else its digits."""
    for text, v in named.items():
        if _near(value, v, 1e-6):
            return text
    return f"{value:.4g}"


def _combination_story(run: _Run, theta: np.ndarray, g: np.ndarray, nxt: np.ndarray) -> str | None:
    """What a step that is not theta - lr * grad computes, when it is A theta + B grad + C (all parameters alike)
    or theta - lr / grad; None otherwise. ``theta``, ``g``, ``nxt``: flattened (the previous point, its gradient,
    the student's next point)."""
    lr, alpha = run.lr, run.alpha
    scale = max(float(np.max(np.abs(nxt), initial=0.0)), 1e-12)
    with np.errstate(all="ignore"):
        if np.all(np.isfinite(nxt)) and np.allclose(nxt, theta - lr / g, rtol=1e-7, atol=1e-9 * scale):
            return (
                "is theta - lr / grad: the learning rate is divided by the gradient; the step is lr times the "
                "gradient, theta - lr * grad."
            )
    if not np.all(np.isfinite(nxt)):
        return (
            "contains NaN or inf: the update divides by zero or overflows (the velocity starts at 0: is something "
            "divided by it?)."
            if alpha is not None
            else "contains NaN or inf: the update divides by zero or overflows."
        )
    basis = np.column_stack([theta, g, np.ones_like(theta)])
    coef, *_ = np.linalg.lstsq(basis, nxt, rcond=None)
    if not np.allclose(basis @ coef, nxt, rtol=0, atol=1e-7 * scale):
        return None
    A, B, C = (float(c) for c in coef)
    if abs(C) <= 1e-9 * scale:
        C = 0.0
    names = {"lr": lr, "-lr": -lr, "1": 1.0, "-1": -1.0, "0": 0.0}
    if alpha is not None:
        names.update({"alpha": alpha, "-alpha": -alpha})
    if _near(A, 1.0) and abs(B) <= 1e-9 and C != 0.0:
        return (
            f"moves every entry of every parameter by the same constant {_simple(C, names)}: the gradient is missing "
            "from the step (theta - lr instead of theta - lr * grad?)."
        )
    if _near(A, 1.0) and _near(B, -lr) and C != 0.0:
        extra = (
            ": alpha is added where it multiplies the velocity (alpha * u)"
            if alpha is not None and _near(C, alpha)
            else ""
        )
        return f"adds the constant {_simple(C, names)} to every entry on top of -lr * grad{extra}."
    if abs(A) <= 1e-9 and _near(B, -lr) and C == 0.0:
        return (
            "is -lr * grad alone: the current parameters are missing from the update (theta - lr * grad; for momentum "
            "theta + u)."
        )
    if _near(A, -lr) and _near(B, 1.0) and C == 0.0:
        return (
            "is grad - lr * theta: the parameters and the gradient are the other way round (zip(grads, params) where "
            "zip(params, grads) is meant?)."
        )
    if abs(A) <= 1e-9 and C == 0.0:
        return f"is {_simple(B, names)} * grad alone: the current parameters theta are missing from the update."
    return None


def _loss_rises(run: _Run, iterations: int) -> bool:
    """Whether the loss goes up at some step of the right run of ``iterations`` steps (computed with ``run``'s
    gradient and loss): an optimiser that stops when the loss rises stops there."""
    theta = _flat(run.given_start())
    velocity = np.zeros_like(theta)
    before = run.total(_unflat(theta))
    for _step in range(iterations):
        velocity = (run.alpha or 0.0) * velocity - run.lr * run.g(_unflat(theta))
        theta = theta + velocity
        after = run.total(_unflat(theta))
        if after > before:
            return True
        before = after
    return False


def _ignores_alpha(run: _Run, a: float) -> bool:
    """Whether the optimiser, run again with half the alpha, scales its second step's velocity by ``a`` again."""
    other = run.rerun_steps(2, alpha=run.alpha / 2)
    if other is None:
        return False
    step2 = other[2] - other[1]
    a2 = _uniform_scale(step2 + run.lr * _grad_at(run, other[1]), other[1] - other[0], float(np.linalg.norm(step2)))
    return a2 is not None and _near(a2, a)


def _velocity_story(run: _Run, k: int, traj: list[list[np.ndarray]], a: float) -> str:
    """Step k + 1 of momentum scales the previous step by a != alpha: which mistake gives that."""
    name, alpha = run.name, run.alpha
    where = f"trajectories[{k + 1}] (step {k + 1})"
    if abs(a) <= 1e-9:
        restart = ""
        try:  # round 106: a velocity set back to 0 whenever the loss rose was told only "not carried over"
            if k >= 1 and run.total(traj[k]) > run.total(traj[k - 1]):
                restart = (
                    f" (the loss rose at step {k}: is the velocity set back to 0 when the loss goes up, a restart? "
                    "Momentum keeps it whatever the loss does)"
                )
        except Exception:  # noqa: BLE001  (only a diagnosis)
            restart = ""
        return (
            f"{name}: {where} is a plain gradient step: the velocity is not carried over from one iteration to the "
            f"next{restart}. Set u = 0 once, before the loop, and update it inside it (u <- alpha * u - lr * grad)."
        )
    # round 115: alpha rounded to one decimal (right for the visible 0.7 and the notebook's 0.5) was told "alpha is
    # ignored" at alpha = 0.97, where round(alpha, 1) is 1
    digits = next((d for d in (1, 2) if round(alpha, d) != alpha and _near(a, round(alpha, d))), None)
    if digits is not None and not (_near(a, 1.0) and _ignores_alpha(run, a)):
        return (
            f"{name}: the velocity is scaled by {a:.4g}, alpha = {alpha:g} rounded to {digits} decimal"
            f"{'s' if digits > 1 else ''} (round(alpha, {digits}) = {round(alpha, digits):g}): use alpha as given, "
            "u <- alpha * u - lr * grad."
        )
    if _near(a, 1.0):
        return (
            f"{name}: alpha is ignored: the velocity is not scaled, u <- u - lr * grad instead of "
            "u <- alpha * u - lr * grad."
        )
    if _near(a, 1 - alpha) and _ignores_alpha(run, a):  # round 95: alpha hard-coded as 0.7 (the visible check's)
        # was told "scaled by 1 - alpha" where the test's alpha was 0.3
        return (
            f"{name} ignores its argument alpha: the velocity is scaled by {a:.4g} whatever alpha is ({alpha:g} here, "
            f"and {alpha / 2:g} too). Is alpha hard-coded (the visible check's is 0.7)? Use the argument alpha."
        )
    if _near(a, 1 - alpha):
        return f"{name}: the velocity is scaled by 1 - alpha = {1 - alpha:g} instead of alpha = {alpha:g}."
    if _near(a, 1 + alpha):  # round 61: a running sum of the gradients gives 1 + alpha at step 2, as u += ... does
        story = _summed_story(run, k, traj)
        return f"{name}: at {where} the previous step is scaled by 1 + alpha = {1 + alpha:g}: {story}"
    if alpha == 0:  # round 93: alpha = alpha or 0.5 (0 is falsy) was told "whether alpha = 0 or 0"
        return (
            f"{name}: with alpha = 0, plain gradient descent, which the task allows, the velocity is scaled by {a:.4g} "
            "at step 2: is 0 replaced by a default (alpha = alpha or 0.5, if not alpha: ..., 0 being falsy)? Use the "
            "argument alpha as it is (if alpha is None: ... tells a missing value from 0)."
        )
    if _ignores_alpha(run, a):
        return (
            f"{name} ignores its argument alpha: the velocity is scaled by {a:.4g} whether alpha = {alpha:g} or "
            f"{alpha / 2:g}. Is alpha hard-coded? Use the argument alpha."
        )
    return (
        f"{name}: at {where} the previous step is scaled by {a:.4g}, not by alpha = {alpha:g} "
        "(u <- alpha * u - lr * grad)."
    )


def _summed_story(run: _Run, k: int, traj: list[list[np.ndarray]]) -> str:
    """Momentum's step k + 1 is (1 + alpha) times the step before, minus lr * grad: which of the two mistakes giving
    that it is, told apart by the step after, where they differ (steps d, gradients g at the points):

    * a running sum of the gradients, G <- G + grad, u <- alpha * u - lr * G: d[j+1] = (1 + alpha) d[j] - alpha d[j-1]
      - lr g[j];
    * the velocity added to itself, u += alpha * u - lr * grad: d[j+1] = (1 + alpha) d[j] - lr g[j]."""
    flat = [_flat(p) for p in traj]
    d = [flat[j] - flat[j - 1] for j in range(1, len(flat))]  # d[j - 1]: step j
    alpha, lr, j = run.alpha, run.lr, k + 1  # step j + 1 = k + 2 is the next one
    if j + 1 < len(flat):
        g = _grad_at(run, flat[j])
        size = 1e-4 * float(np.linalg.norm(d[j]))  # float32 steps too; the two differ by alpha * d[j-1]

        def fits(model: np.ndarray) -> bool:
            return float(np.linalg.norm(d[j] - model)) <= size

        summed = (1 + alpha) * d[j - 1] - alpha * d[j - 2] - lr * g
        added = (1 + alpha) * d[j - 1] - lr * g
        if fits(summed) and not fits(added):
            return (
                "the gradients of all the steps so far are added up (G <- G + grad, u <- alpha * u - lr * G). The "
                "velocity already carries the past gradients: u <- alpha * u - lr * grad, with this step's gradient."
            )
        if fits(added):
            return (
                "the velocity is added to itself (u += alpha * u - lr * grad, or u = u + alpha * u - lr * grad). The "
                "rule replaces it: u = alpha * u - lr * grad."
            )
    return (
        "the velocity is added to itself (u += alpha * u - lr * grad), or the velocity is built from a running sum of "
        "the gradients (u <- alpha * u - lr * G with G <- G + grad). The rule is u = alpha * u - lr * grad, with this "
        "step's gradient."
    )


def _grad_at(run: _Run, flat_theta: np.ndarray) -> np.ndarray:
    """The gradient (flattened) at flattened parameters."""
    return run.g(_unflat(flat_theta))


def _unflat(flat_theta: np.ndarray) -> list[np.ndarray]:
    parts, i = [], 0
    for shape, size in zip(PARAM_SHAPES, (6, 3, 3, 1), strict=False):
        parts.append(flat_theta[i : i + size].reshape(shape))
        i += size
    return parts


def _sequential(run: _Run, theta: np.ndarray, pull: np.ndarray) -> np.ndarray:
    """Each parameter (W, b, v, c in turn) moved by its ``pull`` and -lr times a gradient taken after the earlier
    ones moved (flattened parameters)."""
    cur = theta.copy()
    i = 0
    for size in (6, 3, 3, 1):
        g = run.g(_unflat(cur))
        cur[i : i + size] = cur[i : i + size] + pull[i : i + size] - run.lr * g[i : i + size]
        i += size
    return cur


def _data_story(run: _Run, first: np.ndarray) -> str | None:
    """Whether the optimiser ignores its x or y: its first step stays the same when they change."""
    ignored = []
    for which, change in (("x", {"x": run.x * 0.5 + 0.3}), ("y", {"y": 1.0 - run.y})):
        other = run.rerun_steps(1, **change)
        if other is not None and np.allclose(other[1] - other[0], first, rtol=1e-12, atol=1e-15):
            ignored.append(which)
    if not ignored:
        return None
    # the same first step from another start too: the points themselves come from an earlier call (round 115: a
    # trajectory kept in a default argument history=[] was told "ignores its argument x and y")
    mine = run.rerun_steps(1)
    moved_start = [np.asarray(p, dtype=float) * 0.9 if np.ndim(p) else p for p in run.start]
    moved = _Run(
        run.name,
        run.optimiser,
        run.grad,
        run.loss,
        run.x,
        run.y,
        moved_start,
        run.lr,
        run.alpha,
        by_keyword=run.by_keyword,
    )
    theirs = moved.rerun_steps(1)
    if mine is not None and theirs is not None and len(mine) > 1 and len(theirs) > 1:
        if np.array_equal(mine[1], theirs[1]) and not np.array_equal(mine[0], theirs[0]):
            return (
                f"{run.name} returns, after the start, points an earlier call computed: its trajectories[1] stays the "
                "same when the test changes x, y or the start. Is the trajectory kept between calls (a list as a "
                "default argument, history=[], or a global, appended to or filled once)? Build a new list in each "
                "call."
            )
    which = " and ".join(ignored)
    return (
        f"{run.name} ignores its argument {which}: its steps stay the same when the test changes {which}. Give grad_f "
        "and total_loss the arguments x and y (not the notebook's xs, ys)."
    )


def _step_failure(run: _Run, k: int, traj: list[list[np.ndarray]], rtol: float) -> str:
    """Why trajectories[k + 1] is not the rule's step from trajectories[k] (and k - 1): the message."""
    name, lr, alpha = run.name, run.lr, run.alpha
    theta, nxt = _flat(traj[k]), _flat(traj[k + 1])
    u = theta - _flat(traj[k - 1]) if (alpha is not None and k > 0) else np.zeros_like(theta)
    pull = (alpha or 0.0) * u
    g = run.g(traj[k])
    expected = theta + pull - lr * g
    step = nxt - theta
    where = f"trajectories[{k + 1}] (step {k + 1}, from trajectories[{k}])"

    size = float(np.max(np.abs(expected - theta), initial=0.0))

    def same(candidate: np.ndarray) -> bool:
        return _close(_unflat(nxt), _unflat(candidate), rtol, size)

    if k == 0 and alpha is not None:  # a first step that depends on an earlier call: a velocity kept between calls
        again = run.rerun_steps(1)
        if again is not None and not _close(_unflat(again[1]), traj[1], 0.0):
            return (
                f"{name}: its first step changes from one call to the next (called again with the same arguments, "
                "it moves elsewhere): it keeps its velocity from a previous call (a default argument u=[...], a "
                "global, an attribute). The velocity starts at 0 at every call: u = 0, then u <- alpha * u - lr * "
                "grad."
            )
    if not np.any(step):
        if alpha is not None and k == 0:
            return (
                f"{name}: the first step does not move the parameters: update the velocity first "
                "(u <- alpha * u - lr * grad, so the first step is -lr * grad), then add it (theta <- theta + u)."
            )
        if run.total(_unflat(expected)) > run.total(traj[k]):  # round 94: a step refused when it raised the loss
            return (
                f"{name}: {where} equals trajectories[{k}]: the parameters did not move, and the step the rule takes "
                "here raises the loss (the learning rate overshoots). Does the loop refuse (or stop at) a step that "
                "raises the loss? Gradient descent takes every step, whatever the loss does."
            )
        return (
            f"{name}: {where} equals trajectories[{k}]: the parameters did not move (is the new parameter list "
            "the one appended?)."
        )
    if alpha is None or k == 0:
        s = _uniform_scale(step, -g, float(np.linalg.norm(step)))
        if s is not None and not _near(s, lr, 1e-9):
            if k == 0:
                return _first_step_story(run, traj, s)
            backtracked = _backtracking_story(run, traj, s, k, g)
            if backtracked:
                return f"{name}: {where} {backtracked}"
            clipped = _norm_clip_story(-step / lr, g) if lr else ""
            if clipped:  # round 110: a gradient scaled to norm 20 was told "0.9774 times lr * grad" at step 26
                return f"{name}: at {where} {clipped} The step takes the gradient as it is: {run.rule}."
            return f"{name}: {where} is {_factor_story(s / lr, run.n, lr)}; the rule is {run.rule}."
        story = _combination_story(run, theta, g, nxt)
        if story:
            return f"{name}: {where} {story}"
    else:
        a = _uniform_scale(step + lr * g, u, float(np.linalg.norm(step)))
        if a is not None and not _near(a, alpha, 1e-9):
            return _velocity_story(run, k, traj, a)
        if same(theta + pull - (1 - alpha) * lr * g):
            return (
                f"{name}: at {where} the gradient is scaled by (1 - alpha): the velocity is an exponential moving "
                "average of the gradients. The rule is u <- alpha * u - lr * grad."
            )
        if same(theta + pull - lr * _grad_at(run, theta + pull)):
            return (
                f"{name}: at {where} the gradient is taken at the look-ahead point theta + alpha * u (Nesterov "
                "momentum); this notebook's rule takes it at theta."
            )
        window = _velocity_window(run, k, traj, same) if k > 1 else None
        if window == 2:
            return (
                f"{name}: at {where} the velocity holds only the previous step's gradient, u = alpha * (-lr * "
                "grad_before) - lr * grad: it is rebuilt at every step instead of accumulated. Keep u from step to "
                "step: u <- alpha * u - lr * grad, with u the velocity of the step before (all the earlier gradients)."
            )
        if window is not None:  # round 109: the last 10 gradients kept was told only "does not follow the rule"
            return (
                f"{name}: at {where} the velocity holds only the last {window} gradients, u = -lr * (grad + alpha * "
                f"grad_before + ...), {window} terms: the older ones are dropped (a list of recent gradients, a "
                "window?). The velocity keeps every earlier gradient, each scaled by alpha once more per step: u <- "
                "alpha * u - lr * grad, with u kept from step to step."
            )
    if k > 0 and same(theta + pull - lr * run.g(traj[k - 1])):
        g0 = run.g(traj[0])

        def frozen(j: int) -> bool:  # step j + 1 taken with the gradient at the start
            th = _flat(traj[j])
            uj = th - _flat(traj[j - 1]) if alpha is not None else np.zeros_like(th)
            return _close(_unflat(_flat(traj[j + 1])), _unflat(th + (alpha or 0.0) * uj - lr * g0), rtol, size)

        if k == 1 and len(traj) > 3 and all(frozen(j) for j in range(1, len(traj) - 1)):
            return (  # round 40: told as a one-step lag
                f"{name}: every step from trajectories[1] on uses the gradient at the start, trajectories[0]: "
                "grad_f is called once, before the loop, and its result reused. Each step computes grad = "
                "grad_f(theta, x, y) at the current theta, then updates."
            )
        return (
            f"{name}: at {where} the gradient is the one at the previous point, trajectories[{k - 1}], not at the "
            f"current one, trajectories[{k}]: is grad_f called after the parameters moved, or its result kept for the "
            "next step? Each step computes grad = grad_f(theta, x, y) at the current theta, then updates."
        )
    if same(_sequential(run, theta, pull)):
        return (
            f"{name}: at {where} each parameter moves with a gradient computed after the parameters before it had "
            "moved (grad_f called again inside the loop over W, b, v, c). Compute the gradient once per step, at "
            "the current parameters, then update all four."
        )
    if lr and np.any(np.abs(lr * g) > 1e-9 * (1.0 + np.abs(theta))) and same(theta + pull):
        moved = "moved by the velocity alone (alpha * u)" if alpha is not None else "did not move"
        return (  # round 114: the gradient zeroed on every other step was told "capped at 1.78e-15"
            f"{name}: at {where} the parameters {moved}, as if the gradient were 0: is the gradient skipped or set to "
            f"0 at some steps? Every step takes grad_f at the current parameters: {run.rule}."
        )
    used = -(step - pull) / lr if lr else np.zeros_like(step)  # the gradient the step followed
    cap = float(np.max(np.abs(used), initial=0.0))
    # two entries cut at least, or one cut at a round cap: one entry off alone is any slip in one parameter (round
    # 102: momentum with plain gradient steps for c was told a gradient capped at the size c's step had), unless the
    # size it was cut to is a threshold written into code (round 119: np.clip(g, -5, 5) cut one entry of W, and
    # was told only that W's step differed)
    cut = int(np.sum(np.abs(g) > 1.001 * cap))
    if 0 < cap and (cut >= 2 or (cut == 1 and _round_number(cap))) and same(theta + pull - lr * np.clip(g, -cap, cap)):
        return (  # round 96: every entry clipped to [-5, 5] was told only the parameter that differed
            f"{name}: at {where} the gradient is capped at {cap:.3g} in size (np.clip, gradient clipping?): the "
            f"entries beyond it are cut, the others follow the rule. The step takes the gradient as it is: {run.rule}."
        )
    clipped = _norm_clip_story(used, g)
    if clipped:
        return f"{name}: at {where} {clipped} The step takes the gradient as it is: {run.rule}."
    data = _data_story(run, _flat(traj[1]) - _flat(traj[0]))
    if data:
        return data
    exp = _unflat(expected)
    good = [nm for nm, a, e in zip(PARAM_NAMES, traj[k + 1], exp, strict=False) if _close([a], [e], rtol, size)]
    diffs = ", ".join(
        f"{nm} {float(np.max(np.abs(a - e))):.3g}" for nm, a, e in zip(PARAM_NAMES, traj[k + 1], exp, strict=False)
    )
    part = ""
    if good:
        bad = [nm for nm in PARAM_NAMES if nm not in good]
        verbs = ("follows" if len(good) == 1 else "follow", "does" if len(bad) == 1 else "do")
        part = f" {', '.join(good)} {verbs[0]} it; {', '.join(bad)} {verbs[1]} not."
    return (
        f"{name}: {where} does not follow the rule {run.rule}, with grad = grad_f(theta, x, y) (largest "
        f"difference per parameter: {diffs}).{part}"
    )


def _velocity_window(run: _Run, k: int, traj: list[list[np.ndarray]], same: Callable[[np.ndarray], bool]) -> int | None:
    """The least w (2 <= w <= k) for which trajectories[k + 1] is trajectories[k] + u with u = -lr * sum over the last
    w points j of alpha^(k - j) grad(trajectories[j]): a momentum that keeps only its last w gradients (w = 2: the
    velocity rebuilt at every step from the previous gradient); else None. Gradients are computed as the window
    grows."""
    theta = _flat(traj[k])
    u = np.zeros_like(theta)
    for w in range(1, k + 1):  # u: the last w terms, the newest first
        u = u - run.lr * run.alpha ** (w - 1) * run.g(traj[k - w + 1])
        if w >= 2 and same(theta + u):
            return w
    return None


def _norm_clip_story(used: np.ndarray, g: np.ndarray) -> str:
    """What a step that followed the gradient ``used`` (flat) where the true one is ``g`` did, when it is ``g`` scaled
    down to a norm: the whole gradient together, or each parameter's whose norm was above a common cap c (round 107:
    each parameter's gradient clipped to norm 20 was told only which parameter's step differed); else ""."""
    size = float(np.linalg.norm(g))
    whole = _uniform_scale(used, g, size)
    if whole is not None and 0.0 < whole < 0.999 and _round_number(whole * size):
        return (
            f"the gradient is scaled by {whole:.3g}, to norm {whole * size:.4g} (its norm is {size:.4g}): is it "
            "clipped by its norm (g * c / ||g||)?"
        )
    parts_used, parts_g = _unflat(used), _unflat(g)
    scaled, norms = [], []
    for name, u, q in zip(PARAM_NAMES, parts_used, parts_g, strict=False):
        u, q = np.ravel(np.asarray(u, dtype=np.float64)), np.ravel(np.asarray(q, dtype=np.float64))
        nq = float(np.linalg.norm(q))
        if np.allclose(u, q, rtol=1e-6, atol=1e-9 * max(size, 1e-300)):
            norms.append(("kept", nq))
            continue
        k = _uniform_scale(u, q, nq)
        if k is None or not 0.0 < k < 0.999:
            return ""
        scaled.append(f"{name} (norm {nq:.4g})")
        norms.append(("cut", k * nq))
    cuts = [n for kind, n in norms if kind == "cut"]
    if not cuts or not all(_near(c, cuts[0], 1e-4) for c in cuts) or not _round_number(cuts[0]):
        return ""
    if any(kind == "kept" and n > cuts[0] * 1.0001 for kind, n in norms):
        return ""  # a gradient kept above the norm the others were cut to: no common cap
    return (
        f"the gradient of {', '.join(scaled)} is scaled down to norm {cuts[0]:.4g}, the others' (below it) follow the "
        "rule: is each parameter's gradient clipped by its norm (g * c / ||g|| above c)?"
    )


def _round_number(c: float) -> bool:
    """Whether ``c`` has at most two significant digits (20, 0.5, 1.5e3), as a threshold written into code has: a
    gradient scaled to such a norm is clipped, one scaled to any other (0.99^k lr: a decaying rate) is not."""
    return c > 0.0 and _near(c, float(f"{c:.2g}"), 1e-6)


def _loss_failure(run: _Run, k: int, traj: list[list[np.ndarray]], losses: np.ndarray, want: float) -> str:
    got = float(losses[k])
    base = f"{run.name}: losses[{k}] = {got:.8g} is not total_loss(trajectories[{k}], x, y) = {want:.8g}"
    if run.n > 1 and _near(got * run.n, want):
        return (
            base
            + f": it is the mean over the n = {run.n} examples; the notebook's total loss is the sum (use total_loss)."
        )
    if k + 1 < len(traj) and _near(got, run.total(traj[k + 1])):
        return base + ": it is the loss after the next step; losses[k] is the loss at trajectories[k]."
    if k > 0 and _near(got, run.total(traj[k - 1])):
        return base + ": it is the loss one step earlier; losses[k] is the loss at trajectories[k]."
    try:
        _, other = run.run(0, x=run.x * 0.5 + 0.3)
        if _near(float(other[0]), float(losses[0]), 1e-12):
            return (
                base + ": the losses stay the same when x changes. Use the arguments x, y (not the notebook's xs, ys)."
            )
    except Exception:  # noqa: BLE001  (only a diagnosis)
        pass
    return base + "."


def _check_run(run: _Run, iterations: int):
    """Run the student's optimiser; check its start, every step and every loss. Returns (trajectory, losses)."""
    start = _param_arrays(run.start, "the start")
    traj, losses = run.run(iterations, checked=True)
    arrays = [a for p in traj for a in p]
    float32 = gradcheck.holds_float32(*arrays)
    rtol = testing.rtol_for(np.float32(0)) if float32 else testing.rtol_for(*arrays)
    # losses: float32 sums of many terms round to ~1e-6; a float32 copy of the start (even with float64 results)
    # to ~1e-8. The mistakes (a mean, a loss one step off) are off by far more.
    loss_rtol = 1e-4 if gradcheck.holds_float32(losses) or float32 else 1e-6
    # the start itself, or a float32 copy of it (float32 answers are accepted from the first entry on)
    start_rtol = 2.0**-23 if any(gradcheck.holds_float32(a) for a in traj[0]) else 0.0
    if not _close(traj[0], start, start_rtol):
        same = iterations > 0 and all(_close(p, traj[-1], 0.0) for p in traj)
        # round 52: c made a 0-d array and stepped with c -= ..., W, b and v right, was told only "not the start"
        k = [j for j, (g, e) in enumerate(zip(traj[0], start, strict=False)) if not _close([g], [e], start_rtol)]
        off = [PARAM_NAMES[j] for j in k]
        moved = iterations > 0 and all(_close([p[j] for j in k], [traj[-1][j] for j in k], 0.0) for p in traj)
        names = ", ".join(off)
        if same:
            why = (
                ": every entry of trajectories holds the same (final) values, so one parameter list or its arrays "
                "were updated in place (W -= ..., params[i] = ...). Build a new list of new arrays at every step "
                "(W = W - lr * dW)."
            )
        elif off and moved:
            why = (
                f": its {names} already holds the final value (the same in every entry), so it was updated in place "
                f"({off[0]} -= ..., on an array every entry shares). Compute a new array at every step "
                f"({off[0]} = {off[0]} - lr * d{off[0]})."
            )
        else:
            why = f": its {names} differs from the start." if off else "."
        raise AssertionError(f"trajectories[0] of {run.name} is not the starting point{why}")
    # W, b and v (c may be a float: a new one each step) the same in every entry after the start, though the first
    # step moved them: what arrays updated in place give. It explains a wrong step; it is no failure by itself (a
    # step can leave them as they are: every hidden unit off, or float32 steps below the numbers' resolution).
    arrays_of = [[a for a in p if np.ndim(a) > 0] for p in traj]
    shared = (
        iterations >= 2
        and all(_close(arrays_of[k], arrays_of[-1], 0.0) for k in range(1, iterations + 1))
        and not _close(arrays_of[1], arrays_of[0], 0.0)
    )
    flat = [_flat(p) for p in traj]
    for k in range(_first_step_to_check(run, traj, flat, rtol), iterations):
        u = flat[k] - flat[k - 1] if (run.alpha is not None and k > 0) else 0.0
        expected = flat[k] + (run.alpha or 0.0) * u - run.lr * run.g(traj[k], flat[k])
        if not _close(traj[k + 1], _unflat(expected), rtol, float(np.max(np.abs(expected - flat[k]), initial=0.0))):
            if k > 0 and run.alpha is None and _close(traj[k + 1], traj[1], rtol):
                raise AssertionError(
                    f"{run.name}: trajectories[{k + 1}] equals trajectories[1], the first step from the start: every "
                    "step starts again from starting_params. Each step must start from the parameters the step "
                    "before reached (keep the current parameters in a variable and update that one)."
                )
            # only where the rule's step moves W, b or v by far more than their rounding: a run with a barely moving
            # learning rate (1e-13 of the loss a step) can leave them as they are after its first step (CI, session
            # 46: a momentum restart in such a run was told "updated in place")
            # (their rounding is float32's for a float32 run: session 55's CI, a float32 gradient_descent with lr
            # scaled by 1.00002 whose steps were below float32's resolution, was told "updated in place")
            step, held = np.abs(expected - flat[k])[:-1], np.abs(flat[k][:-1])
            resolution = np.spacing(held.astype(np.float32)).astype(np.float64) if float32 else np.spacing(held)
            shared = shared and bool(np.any(step > 1e3 * resolution))
            if shared and all(_close(traj[j], traj[-1], 0.0) for j in range(1, iterations + 1)):
                raise AssertionError(  # c too (a float, new at every step unless the list itself is shared)
                    f"every entry of trajectories of {run.name} after the start holds the same (final) parameters, c "
                    "included: one list was appended at every step and its items replaced afterwards (params[i] = "
                    "...), or its arrays updated in place (W -= ...). Append a new list of new arrays at every step "
                    "(W = W - lr * dW, then trajectories.append([W, b, v, c]))."
                )
            if shared:
                raise AssertionError(
                    f"every entry of trajectories of {run.name} after the start holds the same (final) W, b and v: "
                    "the arrays were updated in place after the start was copied (W -= ..., np.subtract(W, ..., "
                    "out=W)), so every entry shares them. Build new arrays at every step (W = W - lr * dW)."
                )
            raise AssertionError(_step_failure(run, k, traj, rtol))
    for k in range(iterations + 1):
        want, got = run.total(traj[k], flat[k]), float(losses[k])
        # nan where the reference's loss is nan too is the loss there, and so is an infinity it equals (a sweep of
        # session 47: an overshooting hidden run saturated an example, (1 - y) log(1 - y_hat) = 0 * log(0))
        same = got == want or (np.isnan(got) and np.isnan(want))
        if not (same or abs(got - want) <= loss_rtol * max(abs(want), 1e-12)):
            raise AssertionError(_loss_failure(run, k, traj, losses, want))
    return traj, losses


def _first_step_to_check(run: _Run, traj: list[Any], flat: list[np.ndarray], rtol: float) -> int:
    """The first step k of ``traj`` that :func:`_check_run`'s loop must check one by one: every step before it
    starts at a point of the reference run (:meth:`_Run.lend_reference_run`, its gradient known) and follows the
    rule, found with the loop's own arithmetic on those steps at once (the same float64 operations, entry by entry,
    so the same verdicts). ``len(traj) - 1`` when every step does; 0 without a reference run (a visible check)."""
    known = [run.known.get(f.tobytes()) for f in flat[:-1]]
    steps = next((k for k, seen in enumerate(known) if seen is None), len(known))
    if steps < 1 or any(
        len(p) != len(PARAM_SHAPES) or any(np.shape(a) != s for a, s in zip(p, PARAM_SHAPES, strict=False))
        for p in traj[1 : steps + 1]
    ):
        return 0
    theta = np.stack(flat[: steps + 1])  # (steps + 1, 13)
    grads = np.stack([seen[0] for seen in known[:steps]])
    u = np.zeros_like(theta[:-1])
    if run.alpha is not None:
        u[1:] = theta[1:-1] - theta[:-2]  # the velocity of each step (0 before the first)
    expected = theta[:-1] + (run.alpha or 0.0) * u - run.lr * grads
    step = np.max(np.abs(expected - theta[:-1]), axis=1, initial=0.0)  # each step's largest entry
    ok = np.ones(steps, dtype=bool)
    start = 0
    for size in (6, 3, 3, 1):  # W, b, v, c: each its own scale, max(1, its largest expected entry), as _close
        e, g = expected[:, start : start + size], theta[1:, start : start + size]
        scale = np.fmax(1.0, np.max(np.abs(e), axis=1, initial=0.0))  # fmax: NaN gives 1, as Python's max(1.0, nan)
        ok &= np.all(np.abs(g - e) <= (rtol * scale + STEP_RTOL * step)[:, None], axis=1)
        start += size
    bad = np.flatnonzero(~ok)
    return int(bad[0]) if bad.size else steps


def _ready(subject: str, grad: Callable[..., Any], loss: Callable[..., Any], x, y, start) -> None:
    """The gradient and loss functions a check follows must run (in a visible check they are the student's)."""
    for what, f, test in (("grad_f", grad, "test_grad_f"), ("total_loss", loss, "test_loss and test_yhat")):
        try:
            with np.errstate(all="ignore"):
                out = f(_as_params(_param_arrays(start, "the start")), x.copy(), y.copy())
            if what == "grad_f":
                _grad_list(out, "grad_f(params, x, y)")
            else:
                float(out)
        except Exception as e:  # noqa: BLE001
            raise AssertionError(
                f"this check of {subject} uses your {what}, which does not work yet ({_first_line(e)}): fix it first "
                f"({test}). When the notebook is graded, a reference {what} is used instead."
            ) from None


def check_gradient_descent(gradient_descent, grad_f, total_loss, x, y, start, iterations, lr):
    """``gradient_descent(x, y, start, iterations, lr)``: every step theta <- theta - lr * grad_f(theta, x, y).

    ``grad_f``, ``total_loss``: what the steps and the losses must follow (the student's own in a visible check,
    references when graded). x ``(n, 2)``, y ``(n, 1)``, start ``[W, b, v, c]``. Returns (trajectory, losses).
    """
    _ready("gradient_descent", grad_f, total_loss, x, y, start)
    run = _Run("gradient_descent", gradient_descent, grad_f, total_loss, x, y, start, lr)
    run.lend_reference_run(iterations)
    return _check_run_of("test_gradient_descent", run, iterations, grad_f)


def check_momentum(gradient_descent_momentum, grad_f, total_loss, x, y, start, iterations, lr, alpha):
    """``gradient_descent_momentum``: every step u <- alpha * u - lr * grad_f(theta, x, y), theta <- theta + u, u = 0
    at the start, in two calls with the same arguments. Arguments as for :func:`check_gradient_descent`. Returns
    (trajectory, losses) of the first call."""
    _ready("gradient_descent_momentum", grad_f, total_loss, x, y, start)
    run = _Run("gradient_descent_momentum", gradient_descent_momentum, grad_f, total_loss, x, y, start, lr, alpha)
    run.lend_reference_run(iterations)
    result = _check_run_of("test_momentum", run, iterations, grad_f)
    # once more, with the same arguments: a velocity kept between calls (a global, a default argument) shows from the
    # second call on (round 53: it passed this check, and only test_training's run, a later call, caught it); this
    # time by keyword, as the notebook calls it
    run.by_keyword = True
    _check_run_of("test_momentum", run, iterations, grad_f)
    return result


def _check_run_of(subject: str, run: _Run, iterations: int, grad_f: Callable[..., Any]):
    """:func:`_check_run`; when it fails, a wrong ``grad_f`` (the student's own, in a visible check) is named first:
    the steps follow it, so its NaNs or wrong directions would read as the optimiser's."""
    try:
        return _check_run(run, iterations)
    except AssertionError:
        require_grad_f(subject, grad_f)
        raise


def check_training(
    gradient_descent, gradient_descent_momentum, grad_f, total_loss, yhat, *, iterations=300, lr=1e-3, alpha=0.5
):
    """Cells (D) and (E) of the notebook, run by the test: the notebook's data, start and settings.

    Both runs must follow their rules at every step; momentum must end lower than plain gradient descent and
    classify at least 90 % of the notebook's held-out points. In a visible check, ``grad_f`` and ``yhat`` (the
    student's) are checked first. Returns ``(accuracy, final momentum parameters)``.
    """
    xs, ys, held_out, labels = xor_data()
    start = notebook_start()
    require("test_training", yhat=yhat)
    _ready("test_training", grad_f, total_loss, xs, ys, start)
    require_grad_f("test_training", grad_f)
    # by keyword, as the notebook's cells (D) and (E) call them
    run_gd = _Run("gradient_descent", gradient_descent, grad_f, total_loss, xs, ys, start, lr, by_keyword=True)
    run_gd.lend_reference_run(iterations)
    _, losses_gd = _check_run(run_gd, iterations)
    run_m = _Run(
        "gradient_descent_momentum",
        gradient_descent_momentum,
        grad_f,
        total_loss,
        xs,
        ys,
        start,
        lr,
        alpha,
        by_keyword=True,
    )
    run_m.lend_reference_run(iterations)
    traj_m, losses_m = _check_run(run_m, iterations)
    if not losses_m[-1] < losses_gd[-1]:
        raise AssertionError(
            f"momentum ends at a total loss of {losses_m[-1]:.4g}, not lower than plain gradient descent's "
            f"{losses_gd[-1]:.4g} after the same {iterations} steps."
        )
    accuracy = accuracy_of(yhat, traj_m[-1], held_out, labels)
    if accuracy < 0.9:
        raise AssertionError(
            f"the network trained with momentum classifies only {accuracy:.1%} of the {labels.size} held-out points "
            f"correctly (at least 90 % needed); its final total loss is {losses_m[-1]:.4g}."
        )
    return accuracy, traj_m[-1]


def accuracy_of(yhat: Callable[..., Any], params: Sequence[Any], X: np.ndarray, labels: np.ndarray) -> float:
    """Share of the rows of ``X`` (n, 2) whose predicted class (y_hat >= 0.5) equals ``labels`` (n, 1)."""
    with np.errstate(all="ignore"):
        p = testing.as_array("yhat(X, params)", yhat(X, _as_params(params)), (X.shape[0], 1))
    return float(np.mean((p.reshape(-1) >= 0.5) == (labels.reshape(-1) > 0.5)))


# -- decision_grid ------------------------------------------------------------------------------------------


# decision_grid's classes where y_hat is 0.5 exactly, class 0 there (check_decision_grid's likely, visible and hidden)
AT_HALF_STORY = "uses y_hat > 0.5 (or rounds y_hat): a point with y_hat = 0.5 exactly is class 1, y_hat >= 0.5."


def rebuilt_grid_story(G1: np.ndarray, G2: np.ndarray, classes: Callable[[np.ndarray, np.ndarray], Any]) -> dict:
    """{story: the classes that a decision_grid rebuilding the grid from G1[0, :] and G2[:, 0] gives}, for
    :func:`check_decision_grid`'s ``likely`` when (G1, G2) is in np.meshgrid's "ij" layout (round 55: it passed every
    visible cell). ``classes(A1, A2)``: the right classes of the points of a grid."""
    A1, A2 = np.meshgrid(G1[0, :], G2[:, 0])
    if A1.shape != G1.shape:
        return {}
    return {
        "rebuilds the grid from G1[0, :] and G2[:, 0], as if it came from np.meshgrid's default layout: use the points "
        "as given, point k = (G1.flat[k], G2.flat[k]).": np.asarray(classes(A1, A2), dtype=float)
    }


def check_decision_grid(
    decision_grid, params, G1, G2, expected, *, mask=None, yhat_calls=None, yhat=None, likely=None
) -> None:
    """``decision_grid(params, G1, G2)``: the class (0/1) at every grid point, in an array of G1's shape.

    ``expected``: the right classes; ``mask``: where to compare (points not within rounding of y_hat = 0.5);
    ``yhat_calls``: the ``calls`` of the :func:`counted` yhat the test lent (a loop over the grid calls it often).
    ``yhat``: a working ``yhat(X, params)`` (the student's own, checked first, in a visible check; a reference when
    graded), called after ``decision_grid`` to name a wrong threshold or swapped coordinates; ``likely``: {story:
    the classes a known bug gives}.
    """
    before = None if yhat_calls is None else yhat_calls[0]
    try:
        Z = call_unchanged("decision_grid", decision_grid, [params, G1, G2], ["params", "G1", "G2"])
    except Exception as e:
        kind = getattr(e, "type_name", None)  # set on the notebook's own exceptions only
        if G1.ndim == 2 or kind not in ("AxisError", "IndexError", "ValueError"):
            raise
        # round 112: np.stack([G1, G2], axis=2) was told to keep the arrays 2-D
        raise AssertionError(
            f"decision_grid(params, G1, G2) raised {kind} for grids of shape {G1.shape}: the points here come as "
            f"{G1.ndim}-D arrays, as the docstring allows, and code written for 2-D grids (np.stack(..., axis=2), "
            "np.dstack, G1.shape[1], a loop over rows and columns) fails on them. Flatten whatever the shape: "
            "np.column_stack([G1.ravel(), G2.ravel()]) is the batch, and .reshape(G1.shape) puts the classes back."
        ) from None
    if yhat_calls is not None and yhat_calls[0] - before > 1:
        raise AssertionError(
            f"decision_grid calls yhat {yhat_calls[0] - before} times for a grid of {G1.size} points: stack all the "
            "points into one batch of shape (number of points, 2) and call yhat once (no loop over the grid)."
        )
    if G1.ndim == 2 and G1.shape[0] != G1.shape[1] and np.shape(Z) == G1.shape[::-1]:  # round 86: told "transposed?"
        raise AssertionError(
            f"decision_grid(params, G1, G2) for a grid of shape {G1.shape} has shape {np.shape(Z)}, G1's shape the "
            "other way round: the classes go back into an array of G1's own shape, .reshape(G1.shape), whichever "
            "indexing made the grid (np.meshgrid's 'xy' or 'ij'); a shape built from the grid's axes or counts of "
            "unique values, or a .T, fits one of them only."
        )
    if G1.ndim != 2 and np.size(Z) == G1.size and np.ndim(Z) == 2:  # round 105: told "keepdims or a column?" only
        raise AssertionError(
            f"decision_grid(params, G1, G2) for a grid of shape {G1.shape} has shape {np.shape(Z)}: the grid here is "
            f"not 2-D (points given as {G1.ndim}-D arrays), and the classes must come back in G1's own shape. A "
            "reshape to two axes (G1.shape[0], G1.shape[1]) or (G1.shape[0], -1) fits 2-D grids only: use "
            ".reshape(G1.shape), whatever G1's shape."
        )
    Z = testing.as_array(f"decision_grid(params, G1, G2) for a grid of shape {G1.shape}", Z, G1.shape).astype(float)
    expected = np.asarray(expected, dtype=float)
    mask = np.ones(G1.shape, dtype=bool) if mask is None else mask
    wrong = (Z != expected) & mask
    if not wrong.any():
        return
    if not np.all(np.isin(Z, (0.0, 1.0))):
        raise AssertionError(
            "decision_grid returns values other than 0 and 1: return the class (1 where y_hat >= 0.5), not y_hat."
        )
    both = np.unique(expected[mask]).size == 2
    if both and not (((1 - Z) != expected) & mask).any():
        raise AssertionError(
            "decision_grid has the classes swapped: the class is 1 where y_hat >= 0.5 and 0 elsewhere."
        )
    for story, classes in (likely or {}).items():
        if not ((Z != np.asarray(classes, dtype=float)) & mask).any():
            raise AssertionError(f"decision_grid {story}")
    constant = np.unique(Z[mask]).size == 1  # one class everywhere: named by _threshold_story, not by a layout slip
    if yhat is not None:
        with np.errstate(all="ignore"):
            y_hat = np.asarray(yhat(np.column_stack([G1.ravel(), G2.ravel()]), params), dtype=float).reshape(G1.shape)
            swapped = np.asarray(yhat(np.column_stack([G2.ravel(), G1.ravel()]), params), dtype=float)
            interleaved = np.asarray(yhat(np.array([G1.ravel(), G2.ravel()]).reshape(-1, 2), params), dtype=float)
        if not constant and not ((Z != (swapped.reshape(G1.shape) >= 0.5)) & mask).any():
            raise AssertionError(
                "decision_grid swaps the coordinates: point k is (x1, x2) = (G1.flat[k], G2.flat[k]), so the batch is "
                "np.column_stack([G1.ravel(), G2.ravel()]) (x1 first)."
            )
        if not constant and not ((Z != (interleaved.reshape(G1.shape) >= 0.5)) & mask).any():
            raise AssertionError(
                "decision_grid builds its points with np.array([G1.ravel(), G2.ravel()]).reshape(-1, 2): that array "
                "is (2, number of points), and reshape keeps the order of its entries, so each 'point' takes two x1 "
                "values (or two x2 values). Transpose it (.T), or use np.column_stack([G1.ravel(), G2.ravel()])."
            )
        # round 59: .reshape(G1.shape[::-1]).T puts the classes back column by column ("wrong at 16 of 35 points")
        flat = y_hat.ravel() >= 0.5
        if not constant and not ((Z != flat.reshape(G1.shape, order="F")) & mask).any():
            raise AssertionError(
                "decision_grid puts the classes back in the wrong order: its points are taken row by row "
                "(G1.ravel()), but the results are laid out column by column (.reshape(..., order='F'), or "
                ".reshape(G1.shape[::-1]).T), so the map comes out transposed and scrambled. Reshape in the order the "
                "points were flattened: .reshape(G1.shape)."
            )
        if not constant and not ((Z != (y_hat.ravel(order="F") >= 0.5).reshape(G1.shape)) & mask).any():
            raise AssertionError(
                "decision_grid flattens the grid column by column (G1.T.ravel(), or order='F') but reshapes the "
                "results row by row (.reshape(G1.shape)), so each class lands at another point. Flatten and reshape "
                "in the same order: np.column_stack([G1.ravel(), G2.ravel()]), then .reshape(G1.shape)."
            )
        story = _threshold_story(Z, y_hat, expected, mask)
        if story:
            raise AssertionError(story)
    # round 71 (the seed's loop, Z[countx][county] = the class of (x[countx], y[county])): indexed [x1][x2], so on
    # the square block both shapes share, the classes come out transposed
    k = min(G1.shape) if G1.ndim == 2 else 0
    block = (slice(0, k), slice(0, k))
    judged = mask[block] & mask[block].T if k else None
    if k > 1 and (wrong[block] & judged).any() and not ((Z[block] != expected[block].T) & judged).any():
        raise AssertionError(
            "decision_grid's classes come out transposed: its Z[i][j] is the class of x1 number i and x2 number j, "
            "but in a grid from np.meshgrid, row i holds x2 number i and column j holds x1 number j (G1[i, j] = "
            "x1_j, G2[i, j] = x2_i). Take each point as the grid gives it, (G1[i, j], G2[i, j]); better, classify "
            "all the points in one batch and reshape the classes to G1.shape."
        )
    i = tuple(np.argwhere(wrong)[0])
    raise AssertionError(
        f"decision_grid predicts the wrong class on a {' x '.join(map(str, G1.shape))} grid at {int(wrong.sum())} of "
        f"{int(mask.sum())} points judged (e.g. at "
        f"(x1, x2) = ({G1[i]:.3g}, {G2[i]:.3g})); the class is 1 where y_hat >= 0.5. Are both coordinates flattened "
        "in the same order (G1.ravel(), G2.ravel()) and the result reshaped to G1.shape?"
    )


def _threshold_story(Z: np.ndarray, y_hat: np.ndarray, expected: np.ndarray, mask: np.ndarray) -> str | None:
    """Whether the classes ``Z`` (0/1) follow y_hat with a threshold other than 0.5: the message, or None.

    Says only which way the threshold is off (no value of the hidden network is shown)."""
    ones, zeros = y_hat[(Z == 1) & mask], y_hat[(Z == 0) & mask]
    rule = "the class is 1 where y_hat >= 0.5 and 0 elsewhere (compare y_hat itself with 0.5)"
    if not ones.size or not zeros.size:
        k = 1 if ones.size else 0
        side = "y_hat < 0.5" if k else "y_hat >= 0.5"
        count = int(np.sum(expected[mask] == 1 - k))
        return (
            f"decision_grid gives class {k} at every grid point, so it is wrong for {side} ({count} of the "
            f"{int(mask.sum())} points of this grid): {rule}. Is the threshold wrong, or applied to something other "
            "than y_hat?"
        )
    if ones.min() > zeros.max():  # the classes follow y_hat, with the boundary elsewhere than at 0.5
        above = zeros.max() >= 0.5
        side, got = ("y_hat >= 0.5", 0) if above else ("y_hat < 0.5", 1)
        return (
            f"decision_grid's classes follow y_hat but change at a threshold {'above' if above else 'below'} 0.5: it "
            f"is wrong for {side} near 0.5 (class {got} there): {rule}."
        )
    return None


# Round 132: float32 answers judged at float32's precision, entry by entry, whatever their dtype (the checks above
# compare a float32 answer at about 2e-5 of the largest entry, or skip it; float64 answers are far inside these
# limits). Each entry may be off by a few EPS32 of its scale: the sum of |terms| that made it (see each function).
# Limits measured on every correct answer of answers/relu_xor_momentum (alt_*, indep_alt_*, blind*_ok_*, 25 draws;
# the float32 ones alt_float32, alt_float32_cast_back, alt_opt_float32, indep_alt_float32, indep_alt_grad_f_float32):
# worst sigma 2.5, sigma' 3.1 (z exact in float32; relative units, before the sigmoid checks became absolute: see
# sigmoid_float32_units), loss 0.7, loss_derivative 1.4, yhat 0.8, grad_f 1.3 units, and an
# optimiser's first step below 1. The attacks of round 132 are 50 to 1e7 units off.
EPS32 = gradcheck.EPS32
FLOAT32_PRECISION = gradcheck.FLOAT32_PRECISION
SIGMOID32_ULPS = {"sigma": 8.0, "derivative": 8.0}
LOSS32_ULPS = {"loss": 4.0, "loss_derivative": 4.0}
YHAT32_ULPS = 4.0
GRAD32_ULPS = 6.0
STEP32_ULPS = 4.0


def _worst(got: np.ndarray, truth: np.ndarray, scale: np.ndarray, limit: float) -> tuple[Any, float] | None:
    """The index of the entry furthest off in EPS32 units of ``scale`` when one is beyond ``limit`` (NaN counts)."""
    units = gradcheck.float32_units_off(got, truth, scale)
    if not (units > limit).any():
        return None
    i = np.unravel_index(int(np.argmax(units)), units.shape)
    return i, float(units[i])


def sigmoid_float32_probe(rng: np.random.Generator) -> np.ndarray:
    """z for :func:`check_sigmoid_float32`: |z| placed in 11 to 13 and in 0.2 to 0.35, both signs, and drawn from 0 to
    6, permuted."""
    mags = np.concatenate(
        [rng.uniform(11.0, 12.0, 2), rng.uniform(12.0, 13.0, 2), rng.uniform(0.2, 0.35, 2), rng.uniform(0.0, 6.0, 4)]
    )
    z = rng.permutation(mags * np.resize([1.0, -1.0], mags.size)).reshape(5, 2)
    return z.astype(np.float32).astype(np.float64)  # exact in float32: a float32 answer's z is not rounded


def sigmoid_float32_units(fn: Callable[..., Any], kind: str, z: np.ndarray) -> np.ndarray | None:
    """Each entry's error in EPS32 units of its scale (None when ``fn`` fails: its other checks tell)."""
    got = testing.float64_or_none(testing.quiet_call(fn, z.copy()), z.shape)
    if got is None:
        return None
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    truth = s if kind == "sigma" else e / (1.0 + e) ** 2
    # absolute, in ulps of 1: correct float32 forms that cancel (exp(-|z|) as expm1(-|z|) + 1, 0.5 (1 + tanh(z / 2)),
    # 1 - s) lose up to an ulp of 1 where sigma or 1 - sigma is small (session 54's blind round: a float32 sigmoid
    # through expm1 was 0.5 % off sigma(-11.6) itself, 0.8 of these units), while a cut-off to 0 or 1 beyond |z| = 11
    # is 100 to 280 off. (So exp(-|z|) for sigma' beyond 12, 2e-11 off there, is within float32's resolution.)
    scale = np.ones_like(truth)
    return gradcheck.float32_units_off(got, truth, scale)


def check_sigmoid_float32(name: str, fn: Callable[..., Any], kind: str, rng: np.random.Generator) -> None:
    """``fn(z)`` (``kind`` "sigma" or "derivative") entry by entry at float32's precision, at the z of
    :func:`sigmoid_float32_probe` (|z| of 11 to 13 both signs, where float32 still resolves sigma and sigma'). Round
    132: a float32 sigma forced to 0 / 1 beyond |z| = 11 kept the points (float32 answers were compared at 2e-5 of the
    largest entry). Raises ``AssertionError``."""
    z = sigmoid_float32_probe(rng)
    units = sigmoid_float32_units(fn, kind, z)
    if units is None or not (units > SIGMOID32_ULPS[kind]).any():
        return
    i = np.unravel_index(int(np.argmax(units)), units.shape)
    got = np.asarray(testing.quiet_call(fn, z.copy()), dtype=np.float64).reshape(z.shape)[i]
    e = np.exp(-np.abs(z[i]))
    truth = (1.0 / (1.0 + e) if z[i] >= 0 else e / (1.0 + e)) if kind == "sigma" else e / (1.0 + e) ** 2
    symbol = "sigma(z)" if kind == "sigma" else "sigma'(z)"
    if got in (0.0, 1.0):
        why = (
            f'exactly {got:g}: a cut-off that sets the result to 0 or 1 beyond some |z| ("saturated")? float32 '
            "resolves sigma until |z| of about 16.6 on the positive side and far beyond on the negative one"
        )
    else:
        why = (
            "an approximation (exp(-|z|) for sigma' far out, a Taylor series near 0), a cut-off, or a rounding step? "
            "1 / (1 + np.exp(-z)) (and s (1 - s)), in float32 or float64, stays within a few ulps"
        )
    raise AssertionError(
        f"{name} at z = {z[i]:.6g} is {got:.9g}, {symbol} = {truth:.9g}: off by {np.abs(got - truth):.2g}, "
        f"{FLOAT32_PRECISION} (checked entry by entry, to float32's ulp of 1): {why}."
    )


def loss_float32_probe(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``(y, y_hat)`` for :func:`check_loss_float32`: confident predictions, right and wrong, y_hat within 0.003 to
    0.004 of 0 or 1 (where Taylor shortcuts of log and 1/p are off by 1e-6 or more), and moderate ones, permuted."""
    near = rng.uniform(0.003, 0.004, 8)
    p = np.concatenate([1.0 - near[:2], near[2:4], near[4:6], 1.0 - near[6:], rng.uniform(0.1, 0.9, 2)])
    y = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0])
    k = rng.permutation(p.size)
    return y[k].reshape(-1, 1), p[k].reshape(-1, 1)


def loss_float32_units(fn: Callable[..., Any], part: str, y: np.ndarray, p: np.ndarray) -> np.ndarray | None:
    got = testing.float64_or_none(testing.quiet_call(fn, y.copy(), p.copy()), p.shape)
    if got is None:
        return None
    d1 = -y / p + (1 - y) / (1 - p)
    if part == "loss":
        truth = -(y * np.log(p) + (1 - y) * np.log1p(-p))
        # p's float32 rounding (p EPS32) times the slope; 1 - p's rounding (EPS32) in log(1 - p)
        scale = np.abs(truth) + np.abs(d1) * p + (1 - y) / (1 - p)
    else:
        truth = d1
        scale = np.abs(truth) + (y / p**2 + (1 - y) / (1 - p) ** 2) * p
    return gradcheck.float32_units_off(got, truth, scale)


def check_loss_float32(name: str, fn: Callable[..., Any], part: str, rng: np.random.Generator) -> None:
    """``fn(y, y_hat)`` (``part`` "loss" or "loss_derivative") entry by entry at float32's precision (relative, and
    y_hat's own float32 rounding carried through the slope), at the y_hat of :func:`loss_float32_probe`. Round 132:
    a float32 loss with -log p replaced by 1 - p for p > 0.995, and a float32 derivative with -1/p replaced by -(2 - p)
    there, kept the points (float32 answers were compared at 2e-5 of the largest entry). Raises ``AssertionError``."""
    y, p = loss_float32_probe(rng)
    units = loss_float32_units(fn, part, y, p)
    if units is None or not (units > LOSS32_ULPS[part]).any():
        return
    i = np.unravel_index(int(np.argmax(units)), units.shape)
    got = np.asarray(testing.quiet_call(fn, y.copy(), p.copy()), dtype=np.float64).reshape(p.shape)[i]
    if part == "loss":
        truth = -(y[i] * np.log(p[i]) + (1 - y[i]) * np.log1p(-p[i]))
        formula = "-(y log(y_hat) + (1 - y) log(1 - y_hat))"
    else:
        truth = -y[i] / p[i] + (1 - y[i]) / (1 - p[i])
        formula = "-y / y_hat + (1 - y) / (1 - y_hat)"
    raise AssertionError(
        f"{name} at y = {y[i]:g}, y_hat = {p[i]:.9g} is {got:.9g}, not {formula} = {truth:.9g}: off by "
        f"{np.abs(got - truth):.2g}, {FLOAT32_PRECISION} (checked entry by entry, relative to the value): an "
        "approximation for y_hat near 0 or 1 (1 - p for -log p, a Taylor polynomial for 1 / p), a clip, or an "
        "epsilon? The formula itself, in float32 or float64, stays within a few ulps there."
    )


def _forward_scales(params: Sequence[Any], x: np.ndarray) -> tuple[np.ndarray, ...]:
    """``(z, a, s, A, M)``: the forward pass and the magnitudes of its terms (A for z, M for s)."""
    W, b, v = (np.asarray(p, dtype=np.float64) for p in params[:3])
    c = float(np.asarray(params[3], dtype=np.float64).reshape(()))
    z = x @ W + b
    a = np.maximum(z, 0.0)
    s = a @ v + c
    A = np.abs(x) @ np.abs(W) + np.abs(b)
    M = A @ np.abs(v) + np.abs(c)
    return z, a, s, A, M


def one_example_problem(rng: np.random.Generator, s_target: float) -> tuple[list[Any], np.ndarray]:
    """Random params and one point x (1, 2) whose hidden pre-activations are 0.1 or more from the kink (at least one
    active), c set so that the output pre-activation is ``s_target``."""
    while True:
        params = random_params(rng)
        x = rng.uniform(-2.0, 2.0, size=(1, 2))
        z = x @ params[0] + params[1]
        if np.min(np.abs(z)) > 0.1 and np.max(z) > 0.3:
            params[3] = float(s_target - (np.maximum(z, 0.0) @ params[2]).item())
            return params, x


def yhat_float32_units(fn: Callable[..., Any], params: Sequence[Any], X: np.ndarray) -> tuple[np.ndarray, ...] | None:
    got = testing.float64_or_none(
        testing.quiet_call(fn, X.copy(), [np.array(p, copy=True) for p in params]), (X.shape[0], 1)
    )
    if got is None:
        return None
    _, _, s, _, M = _forward_scales(params, X)
    e = np.exp(-np.abs(s))
    truth = np.where(s >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    # relative, and s's float32 rounding (M EPS32) through sigma's log-slope (< 1); plus an ulp of 1 for the float32
    # sigmoid forms that cancel where sigma is small (expm1(-|s|) + 1, 0.5 (1 + tanh(s / 2))): a 0 or 1 beyond |s| = 11
    # is still 280 units off
    scale = (1.0 + M) * truth + 1.0
    return gradcheck.float32_units_off(got, truth, scale), got, truth, s


def check_yhat_float32(yhat_fn: Callable[..., Any], rng: np.random.Generator) -> None:
    """``yhat(X, params)`` entry by entry at float32's precision (relative to y_hat, and s's float32 rounding carried
    through), one point at a time with c set so that s is 11 to 13 in size, both signs (and two moderate ones). Round
    132: a float32 yhat whose sigmoid gave exactly 0 / 1 beyond |s| = 11 kept the point. Raises ``AssertionError``."""
    targets = rng.permutation(
        np.concatenate([rng.uniform(11.0, 13.0, 4) * np.array([1.0, -1.0, 1.0, -1.0]), rng.uniform(-3, 3, 2)])
    )
    for t in targets:
        params, X = one_example_problem(rng, float(t))
        result = yhat_float32_units(yhat_fn, params, X)
        if result is None:
            return
        units, got, truth, s = result
        if not (units > YHAT32_ULPS).any():
            continue
        g, tr = float(got.ravel()[0]), float(truth.ravel()[0])
        why = (
            f'exactly {g:g}: a sigmoid forced to 0 or 1 beyond some |s| ("saturated")? float32 resolves sigma until '
            "|s| of about 16.6 (positive side) and far beyond on the negative one"
            if g in (0.0, 1.0)
            else "an approximation of the sigmoid, a cut-off, or a rounding step? 1 / (1 + np.exp(-s)), in float32 "
            "or float64, stays within a few ulps"
        )
        raise AssertionError(
            f"yhat on one point whose output pre-activation s = relu(x W + b) v + c is {float(s.ravel()[0]):.6g} "
            f"gives {g:.9g}, not sigmoid(s) = {tr:.9g}: off by {np.abs(g - tr):.2g}, {FLOAT32_PRECISION} (checked "
            f"entry by entry, relative to y_hat): {why}."
        )


def grad_float32_scales(
    params: Sequence[Any], x: np.ndarray, y: np.ndarray
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The exact gradient ``[dW, db, dv, dc]`` and each entry's scale: its sum of |terms|, with delta's own float32
    error scale (1 for sigma and the subtraction, plus sigma'(s) times the magnitude of s's terms)."""
    v = np.asarray(params[2], dtype=np.float64)
    z, a, s, A, M = _forward_scales(params, x)
    e = np.exp(-np.abs(s))
    sig = np.where(s >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    delta = sig - y
    D = np.abs(delta) + 1.0 + e / (1.0 + e) ** 2 * M
    mask = (z > 0).astype(np.float64)
    dz = (delta @ v.T) * mask
    Dz = (D @ np.abs(v).T) * mask
    truth = [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, np.array(delta.sum())]
    scale = [np.abs(x).T @ Dz, Dz.sum(axis=0, keepdims=True), A.T @ D, np.array(D.sum())]
    return truth, scale


GRAD32_S_TARGETS = ((0.33, 0.0), (-0.34, 1.0), (-4.0, 1.0), (4.0, 0.0), (0.3, 1.0))


def grad_float32_units(grad_fn: Callable[..., Any], params: Sequence[Any], x: np.ndarray, y: np.ndarray):
    result = testing.quiet_call(grad_fn, [np.array(p, copy=True) for p in params], x.copy(), y.copy())
    truth, scale = grad_float32_scales(params, x, y)
    try:
        got = [testing.float64_or_none(result[k], truth[k].shape) for k in range(4)]
    except (TypeError, IndexError, KeyError):
        return None
    if any(g is None for g in got):
        return None
    units = [gradcheck.float32_units_off(g, t, sc) for g, t, sc in zip(got, truth, scale, strict=True)]
    return units, got, truth


def check_grad_f_float32(grad_fn: Callable[..., Any], rng: np.random.Generator) -> None:
    """``grad_f`` on batches of one point, each entry of ``[dW, db, dv, dc]`` at float32's precision (a few EPS32 of
    its sum of |terms|), the output pre-activation s placed at 0.3 to 0.34 (where a Taylor sigma is worst) and at 4
    in size, labels right and wrong. Round 132: float32 gradients scaled by 1 + 1.5e-5, a cubic Taylor sigma for
    |s| < 0.35, and a float64 delta with a wrong extra term cast to float32 kept the points. Raises
    ``AssertionError``."""
    names = ("dW", "db", "dv", "dc")
    for k in rng.permutation(len(GRAD32_S_TARGETS)):
        t, label = GRAD32_S_TARGETS[int(k)]
        params, x = one_example_problem(rng, t)
        y = np.array([[label]])
        result = grad_float32_units(grad_fn, params, x, y)
        if result is None:
            return
        units, got, truth = result
        for j in range(4):
            if not (units[j] > GRAD32_ULPS).any():
                continue
            i = np.unravel_index(int(np.argmax(units[j])), units[j].shape)
            g, tr = float(got[j][i]), float(truth[j][i])
            where = f"[{', '.join(str(int(q)) for q in i)}]" if i else ""
            ratio = f" ({g / tr:.9g} times it)" if tr != 0 else ""
            raise AssertionError(
                f"grad_f on one point (y = {label:g}, output pre-activation s = {t:g}): {names[j]}{where} is "
                f"{g:.9g}, not {tr:.9g}{ratio}: off by {np.abs(g - tr):.2g}, {FLOAT32_PRECISION} for that entry "
                "(checked entry by entry, against the sum of |terms| that make it): a constant factor, an "
                "approximation of the sigmoid (a Taylor series near 0), or an extra term in delta = y_hat - y? The "
                "exact formulas, in float32 or float64, stay within a few ulps."
            )


def check_first_step_float32(
    name: str, optimiser: Callable[..., Any], rng: np.random.Generator, alpha: float | None = None
) -> None:
    """One step of ``optimiser`` (gradient_descent, or gradient_descent_momentum with ``alpha``) on a batch of 8 at a
    learning rate that makes the largest step entry 1: each entry of theta_1 within a few EPS32 of |theta_0| + the
    step's size + lr times the gradient's own float32 scale, of theta_0 - lr grad_f. Round 132: float32 optimisers
    with lr times 1.00002 kept the points. Raises ``AssertionError``."""
    params = random_params(rng)
    x, y = kink_free_batch(rng, 8, params)
    truth_g, scale_g = grad_float32_scales(params, x, y)
    g64 = [np.asarray(g, dtype=np.float64) for g in truth_g]
    lr = 1.0 / float(np.max([np.max(np.abs(g)) for g in g64]))
    start = [np.array(p, copy=True) if np.ndim(p) else p for p in params]
    args = (x.copy(), y.copy(), start, 1, lr) + (() if alpha is None else (alpha,))
    result = testing.quiet_call(optimiser, *args)
    try:
        step = result[0][1]
        got = [testing.float64_or_none(step[k], np.shape(params[k])) for k in range(4)]
    except (TypeError, IndexError, KeyError):
        return
    if any(g is None for g in got):
        return
    names = ("W", "b", "v", "c")
    rule = "theta <- theta - lr * grad" if alpha is None else "u <- alpha * u - lr * grad, theta <- theta + u"
    for k in range(4):
        p0 = np.asarray(params[k], dtype=np.float64)
        truth = p0 - lr * g64[k]
        scale = np.abs(p0) + lr * np.abs(g64[k]) + lr * scale_g[k]
        found = _worst(got[k], truth, scale, STEP32_ULPS)
        if found is None:
            continue
        i, _ = found
        where = f"[{', '.join(str(int(q)) for q in i)}]" if i else ""
        dg, dt = float(got[k][i] - p0[i]), float(truth[i] - p0[i])
        ratio = f" ({dg / dt:.9g} times it)" if dt != 0 else ""
        raise AssertionError(
            f"{name}: trajectories[1] (the first step, lr = {lr:.6g}) does not follow the rule {rule} at float32's "
            "precision: "
            f"it moves {names[k]}{where} by {dg:.9g}, not -lr grad_f = {dt:.9g}"
            f"{ratio}: off by {np.abs(dg - dt):.2g}, {FLOAT32_PRECISION} (checked entry by entry): a constant factor "
            "on the learning rate (or the gradient), or a rounding step? theta - lr grad_f, in float32 or float64, "
            "stays within a few ulps of it."
        )
