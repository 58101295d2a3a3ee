"""Answer-free helpers of the ``softmax_nll`` notebook's test cells.

Layout of the notebook: one sample per **column**. An input batch ``x`` is ``(m, N)``, a layer's
weights ``W`` are ``(m, n)`` and its pre-activations ``z = W.T @ x + w0`` are ``(n, N)``.

Every helper takes the functions it checks (the student's, or the tests' references when graded) as
arguments, never by global name, and holds no answer: expected values are passed in by the caller
(the hidden tests compute them with their reference implementations), are known numbers of a small
example, or are numerical gradients. The rule the notebook states for every function, "never modify
an argument in place", is checked on the very arrays the function was given (:func:`call`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, partial
from typing import Any

import numpy as np

from backprop_course import gradcheck, testing

WORKED_RTOL = 1e-6  # worked answers: to 1e-6 of their largest entry (or the float32 tolerance, if looser)
FLOAT32_GRAD_TOL = 1e-3  # gradient check of a float32 answer (its rounding, relative to tiny entries)
SHAPE_ERRORS = ("ValueError", "IndexError", "AxisError")  # what numpy raises on shapes that do not fit

# ---------------------------------------------------------------------------------------------------
# Calling a function under test


def _quiet(f: Callable[..., Any], *args: Any) -> Any:
    with np.errstate(all="ignore"):  # overflow warnings of a naive softmax: the assertions report it
        return f(*args)


def call(name: str, f: Callable[..., Any], *args: np.ndarray, names: Sequence[str]) -> Any:
    """``f(*args)`` on the caller's own arrays; AssertionError if ``f`` changed any of them in place.

    ``names`` are the argument names, for the message. (When graded, the bridge writes a student's
    in-place changes back into ``args``, so this detects them there too.)
    """
    before = [np.array(a, copy=True) for a in args]
    try:
        out = _quiet(f, *args)
    except Exception as e:
        kind = getattr(e, "type_name", type(e).__name__)  # the tester's name for the student's exception
        if kind not in SHAPE_ERRORS and not testing.error_story(e):
            raise
        shapes = ", ".join(f"{n} {np.shape(a)}" for n, a in zip(names, before, strict=True))
        story = testing.error_story(e)
        if story:  # numpy's words say what (round 50: einsum subscripts were told "a shape mismatch? ... a cache")
            raise AssertionError(
                f"{name} raised {kind}{testing.error_words(e)} on arguments of shapes {shapes}: {story}."
            ) from e
        own = testing.own_raise(e)  # asked of the student's source only when numpy's words did not tell
        raise AssertionError(
            f"{name} raised {kind}{testing.error_words(e)} on arguments of shapes {shapes}: "
            + (f"{own} If not, a shape mismatch? " if own else "a shape mismatch? ")
            + "Check the shape of every product and sum in it: they tell you where a transpose or an axis belongs. "
            "(Or does it use arrays an earlier call left behind: a global, a cache keyed on id(x) (Python gives a new "
            "array the id of a freed one, so such a cache returns another call's arrays), or a cache that your "
            "forward fills? When graded, the functions it calls are the instructor's, which fill none.)"
        ) from e
    for argname, arg, old in zip(names, args, before, strict=True):
        if not np.array_equal(arg, old):
            raise AssertionError(
                f"{name} changed its argument {argname} in place{testing.how_changed(old, arg, argname, out)}: the "
                f"caller's array is not the same after the "
                f"call. No function of this notebook may modify its inputs: compute into a new array "
                f"({argname} = {argname} - c rather than {argname} -= c; copy it first if you set entries)."
            )
    return out


def float32_exact(v: np.ndarray) -> np.ndarray:
    """``v`` rounded to multiples of 1/256: exactly representable in float32 (for |v| < 65536).

    Hidden data are drawn this way, so that an answer that converts its inputs to float32 loses nothing, and
    a float64 result it then computes is as exact as the reference (see gradcheck.estimated_numerically).
    (Values computed from them, such as a = sigmoid(z), are not rounded: where a is close to y, rounding a
    would change a - y far more than 6e-8 relative.)
    """
    return np.round(np.asarray(v, dtype=np.float64) * 256.0) / 256.0


def sequence(name: str, value: Any, length: int, what: str) -> list[Any]:
    """``value`` as a list of ``length`` items (a tuple or a list is accepted)."""
    if not isinstance(value, (tuple, list)) or len(value) != length:
        raise AssertionError(
            f"{name} must return {what}, a tuple of {length} arrays; it returned {testing.describe(value)}"
        )
    return list(value)


def grad_tol(value: Any) -> float:
    """The gradient check's tolerance for an answer of this dtype (the course accepts float32)."""
    try:
        return FLOAT32_GRAD_TOL if testing.rtol_for(np.asarray(value)) > 1e-9 else gradcheck.PASS_REL_ERROR
    except (TypeError, ValueError):
        return gradcheck.PASS_REL_ERROR


def check_weight_gradient(
    name: str, value: Any, numeric: np.ndarray | Callable[[], np.ndarray], *, hint: str = "", **options: Any
) -> None:
    """:func:`gradcheck.check_gradient`, which also names a transposed (perhaps sign-flipped) non-square result.

    ``value`` must have the shape of ``numeric``, the shape of the weights. ``numeric`` may be a function making
    the estimate: with ``exact`` given, it is then made only when ``value`` does not agree with ``exact``.
    ``options``: those of ``check_gradient`` (``exact``, ``likely_bugs``, ``batch_size``, ``factors``...). The loss
    of a batch is the sum of its samples' losses, so a factor of the batch size is read against a sum
    (``batch_reduction``).
    """
    options.setdefault("tol", grad_tol(value))
    options.setdefault("batch_reduction", "sum")
    if callable(numeric) and options.get("exact") is None:
        numeric = numeric()
    true = np.asarray(options["exact"], dtype=np.float64) if callable(numeric) else numeric
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        arr = None
    if (
        arr is not None
        and arr.ndim == 2
        and true.ndim == 2
        and true.shape[0] != true.shape[1]
        and arr.shape == true.shape[::-1]
    ):
        inner = gradcheck.diagnose(arr.T, true, tol=options["tol"])
        if inner is None:
            story = "transposed: it equals the transpose of the true gradient"
        elif inner.startswith("sign flipped:"):
            story = "sign flipped and transposed: it equals minus the transpose of the true gradient"
        else:
            story = "transposed, and its values are wrong too"
        raise AssertionError(
            f"Gradient check failed for {name}: shape {arr.shape}, expected {true.shape} (the shape of the "
            f"weights): {story}.{' ' + hint if hint else ''}"
        )
    gradcheck.check_gradient(name, value, numeric, hint=hint, **options)


# ---------------------------------------------------------------------------------------------------
# Do the student's other functions work? (for visible checks that use them)

_LN3 = float(np.log(3.0))


EXACT, FLOAT32 = 1e-9, 2e-5  # relative tolerances of works(): float64 arithmetic, float32 arithmetic


def _close(value: Any, expected: Any, rtol: float) -> bool:
    v = np.asarray(value)
    if rtol == EXACT and v.dtype.kind == "f" and v.dtype != np.float64:
        return False  # a float32 (or float16) result, however close, is too coarse for a numerical gradient
    return bool(np.allclose(v.astype(np.float64), expected, rtol=rtol, atol=rtol * 1e-3))


def _gives(f: Callable[..., Any], args: Sequence[Any], expected: Any, rtol: float) -> bool:
    try:
        given = [np.array(a, dtype=np.float64) for a in args]
        out = _quiet(f, *given)
        if any(not np.array_equal(g, np.asarray(a, dtype=np.float64)) for g, a in zip(given, args, strict=True)):
            return False  # it changed an argument in place: its callers' arrays change (see its own test)
        if isinstance(expected, tuple):  # forward, backward: a tuple of arrays
            return len(out) == len(expected) and all(_close(o, e, rtol) for o, e in zip(out, expected, strict=True))
        return _close(out, expected, rtol)
    except Exception:  # noqa: BLE001  (whatever the function does wrong, it does not work)
        return False


WORKS = ("sigmoid", "relu", "softmax", "nllm", "nll_gradient", "forward", "backward")  # what works() knows


# three samples of three classes, each with probability 1/2 on its true class: the summed loss is 3 ln 2 (the mean
# would be ln 2), as test_backward's visible check sums the loss over its 3 samples
NLLM_THREE_SAMPLES = (
    [[[0.5, 0.25, 0.25], [0.25, 0.25, 0.5], [0.25, 0.5, 0.25]], [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]],
    3 * np.log(2.0),
)


def works(name: str, f: Callable[..., Any], rtol: float = EXACT) -> bool:
    """Whether the notebook's function ``name`` (given as ``f``) gives the right values on a known example.

    ``rtol``: :data:`EXACT` asks for float64 arithmetic, :data:`FLOAT32` accepts float32 arithmetic.
    """
    examples = {
        "sigmoid": ([[0.0, _LN3, -_LN3, 0.3]], [0.5, 0.75, 0.25, 0.57444251681165903]),
        "relu": ([[[-2.0, 1.5], [0.5, -0.1]]], [[0.0, 1.5], [0.5, 0.0]]),
        "softmax": ([np.log([[1.0, 2.0], [3.0, 2.0]])], [[0.25, 0.5], [0.75, 0.5]]),
        # a batch of two samples of three classes: the loss is the sum of their losses (not square: a.T cannot pass)
        "nllm": ([[[0.5, 0.25], [0.25, 0.25], [0.25, 0.5]], [[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]], np.log(4.0)),
        "nll_gradient": (
            [[[1.0], [2.0]], [[0.2], [0.5], [0.3]], [[0.0], [1.0], [0.0]]],
            [[0.2, -0.5, 0.3], [0.4, -1.0, 0.6]],
        ),
        "forward": (FORWARD_EXAMPLE["args"], FORWARD_EXAMPLE["out"]),
        "backward": (BACKWARD_EXAMPLE["args"], BACKWARD_EXAMPLE["out"]),
    }
    args, expected = examples[name]
    if name == "forward" and not _gives(f, FORWARD_WIDE["args"], FORWARD_WIDE["out"], rtol):
        return False  # round 71: a forward hard-coding 3 hidden units (the visible test's width) passed the example
    if name == "nllm" and not _gives(f, NLLM_THREE_SAMPLES[0], NLLM_THREE_SAMPLES[1], rtol):
        return False  # round 98: a loss averaged for batches over 2 passed the example, and backward was blamed
    if name == "softmax":  # one sample too: a column in, a column out (a squeeze() drops its axis), and a 1-D z as
        # test_softmax gives it (round 84: an np.matrix result, (1, 3) there, made the worked cells' backward fail,
        # and the message sent the student to backward, whose test passes)
        for one in (np.log([[1.0], [3.0]]), np.log([1.0, 3.0])):
            try:
                if np.shape(_quiet(f, one.copy())) != one.shape:
                    return False
            except Exception:  # noqa: BLE001  (whatever the function does wrong, it does not work)
                return False
    return _gives(f, args, expected, rtol)


# the visible tests of a function, where they are not just test_<name> (round 55: a softmax right for one sample and
# wrong for a batch was sent to test_softmax, which passed)
TESTS_OF = {"softmax": "test_softmax and test_softmax_batch"}


def _tests_of(functions: Sequence[str]) -> str:
    """The visible tests of ``functions``, for a message ("test_forward, test_softmax and test_softmax_batch")."""
    return ", ".join(TESTS_OF.get(f, f"test_{f}") for f in functions)


# the notebook's functions that the task text has call others of its functions
CALLS = {"forward": ("relu", "softmax")}
# ... and those a student's version often calls, though the task does not ask it to (backward running forward; unlike
# MAY_CALL's nll_gradient below, forward is one the worked cells call themselves too, so it is named on its own)
OFTEN_CALLS = {"backward": ("forward", "softmax")}


def _perhaps_through(broken: list[str]) -> tuple[list[str], str]:
    """(``broken`` without the functions that may fail only through another broken one they often call, the words
    for those: " (your backward gives wrong values too, perhaps only through forward, if it calls it: see
    test_backward)"). Round 65: a forward with samples as rows made the student's backward, which ran it, fail too,
    and the message sent the student to fix a backward whose test passes."""
    perhaps = [d for d in broken if any(c in broken for c in OFTEN_CALLS.get(d, ()))]
    through = {d: " and ".join(c for c in OFTEN_CALLS[d] if c in broken) for d in perhaps}
    words = "".join(
        f" (your {d} gives wrong values too, perhaps only through {through[d]}, if it calls it: see test_{d})"
        for d in perhaps
    )
    return [d for d in broken if d not in perhaps], words


def fix_first(task: str, *, numerical: bool = True, **functions: Callable[..., Any]) -> bool:
    """Whether a visible check of ``task`` can use these functions of the student (name -> function).

    Raises "fix X first" when one does not give the right values yet. Returns False (and says so) when one
    is right but computes in float32, which a numerical gradient cannot use: that part of the check is
    skipped. ``numerical=False``: the check compares values only, float32 is fine. When graded, ``task`` is
    tested with correct functions in their place.
    """
    usable = True
    for name, f in functions.items():
        if testing.is_reference(f) or works(name, f, EXACT if numerical else FLOAT32):
            continue
        if not works(name, f, FLOAT32):
            raise AssertionError(
                f"this check of {task} uses your {name}, which does not work yet (wrong values, or an argument "
                f"changed in place): fix {name} first (see {TESTS_OF.get(name, 'test_' + name)}). When graded, {task} "
                f"is tested with a correct {name}."
            )
        print(
            f"your {name} computes in float32 (accepted), too coarse for the numerical part of this check of {task}: "
            "skipped here; when graded, it runs with a float64 one."
        )
        usable = False
    return usable


# ---------------------------------------------------------------------------------------------------
# Section 1: sigmoid, its derivative, the NLL gradient


def _sigmoid_stories(z: np.ndarray) -> dict[str, np.ndarray]:
    """What known sigmoid slips return for ``z``, by what went wrong."""
    with np.errstate(all="ignore"):
        s = 1.0 / (1.0 + np.exp(-z))
        return {
            "it is sigma(-z) = 1 / (1 + exp(z)): the sign in the exponent is flipped (sigma(z) = 1 / (1 + exp(-z))).": (
                1.0 - s
            ),
            "it is exp(-z), 1 / (1 + ...) is missing: sigma(z) = 1 / (1 + exp(-z)).": np.exp(-z),
            "it is 1 + exp(-z), the denominator: the division is missing.": 1.0 + np.exp(-z),
            "it is the derivative sigma(z) (1 - sigma(z)), not sigma(z).": s * (1.0 - s),
        }


# Known slips of the functions check_values grades, by function name.
def _relu_stories(z: np.ndarray) -> dict[str, np.ndarray]:
    """What the usual wrong ReLUs give at ``z`` (round 71: np.abs was told only "got 2, expected 0")."""
    return {
        "it returns |z|: a negative input must give 0, not its absolute value; relu(z) = max(z, 0).": np.abs(z),
        "it returns min(z, 0): the negative inputs pass and the positive ones give 0; relu(z) = max(z, 0) keeps the "
        "positive ones.": np.minimum(z, 0.0),
        "it returns 0 and 1 (the step, relu's derivative): relu(z) = max(z, 0) keeps the positive values.": (
            z > 0
        ).astype(float),
    }


VALUE_STORIES: dict[str, Callable[[np.ndarray], dict[str, np.ndarray]]] = {
    "sigmoid": _sigmoid_stories,
    "relu": _relu_stories,
}


def check_values(name: str, f: Callable[[np.ndarray], Any], z: Any, expected: Any) -> np.ndarray:
    """``f(z)`` has the shape of ``z`` and the ``expected`` values (float policy), and ``z`` is not modified.

    A wrong result that equals a known slip of ``name`` (:data:`VALUE_STORIES`) is named.
    """
    z = np.array(z, dtype=np.float64)
    try:
        out = call(name, f, z, names=("z",))
    except Exception as e:
        # call's own message for the student's shape error (round 109: an IndexError on a 1-D z was asked about
        # products and transposes) is replaced; one about an argument changed in place (no cause) is not
        raised = e.__cause__ if isinstance(e, AssertionError) else e
        if z.ndim == 2 or raised is None:
            raise
        e = raised
        kind = getattr(e, "type_name", type(e).__name__)
        # round 72: a relu looping over the rows of z raised TypeError on a 1-D z, told only the shape
        raise AssertionError(
            f"{name} raised {kind}{testing.error_words(e)} on a {z.ndim}-D array of shape {z.shape}: {name} works "
            "element-wise on an array of any shape (the visible checks give columns, the tests other shapes too). "
            "A loop over rows (for row in z), z[i, j] or z.shape[1] assumes two axes: use numpy's element-wise "
            "operations on the whole array."
        ) from None
    subject = f"{name} of an array of shape {z.shape}"
    try:
        return testing.assert_close(subject, out, expected)
    except AssertionError:
        got = np.asarray(out, dtype=np.float64) if np.shape(out) == z.shape else None
        for story, value in (VALUE_STORIES.get(name, lambda _: {})(z)).items():
            if got is not None and np.allclose(got, value, rtol=1e-6, atol=1e-12):
                raise AssertionError(f"{subject} is wrong: {story}") from None
        # values exactly 1 and 0 first: a cut-off is also wrong exactly beyond some |z|, like a clip (on a draw
        # with no checked |z| between the two, it was asked about a clip)
        v = None if got is None or name != "sigmoid" else testing.saturated_at(z, got, expected)
        if v is not None:
            raise AssertionError(f"{subject} is {testing.cutoff_story(v)}") from None
        v = None if got is None or name != "sigmoid" else testing.clipped_at(z, got, expected)
        if v is not None:
            raise AssertionError(
                f"{subject} is wrong exactly where |z| >= {v:.3g}: {testing.clip_question(v)} {testing.SIGMOID_TAILS}"
            ) from None
        raise


# magnitudes of the far-out ReLU probe (round 131): each above 0; below 0 only those float32 holds (a float32 answer
# turns -1e50 into -inf, and z * (z > 0) or (z + |z|) / 2 give nan there, as they should not for a float32 z)
RELU_FAR_MAGNITUDES = (1e4, 1e6, 1e9, 3e9, 1e12, 1e15, 1e19, 1e30, 1e38, 1e50, 1e100, 1e300)


def relu_far_inputs(rng: np.random.Generator) -> np.ndarray:
    """The far-out ReLU probe, shape (3, 7): +m for every m of :data:`RELU_FAR_MAGNITUDES`, -m for those up to 1e38,
    in random order (the values, and so every outcome, the same at each draw)."""
    m = np.array(RELU_FAR_MAGNITUDES)
    return rng.permutation(np.concatenate([m, -m[m <= 1e38]])).reshape(3, 7)


def check_relu_far_out(relu: Callable[[np.ndarray], Any], z: Any) -> np.ndarray:
    """``relu(z)`` for entries of ``z`` far from 0 (up to 1e300 in size), compared exactly with ``np.maximum(z, 0)``.

    Round 131: relu as np.clip(z, 0, 2147483647), a cap at "a large number", kept the point (no z checked was above
    1e9). Exact: max(z, 0) only copies entries. A float32 answer is the float32 ReLU exactly (z rounded to float32,
    inf beyond its range), for every entry: a cap is neither.
    """
    z = np.array(z, dtype=np.float64)
    out = call("relu", relu, z, names=("z",))
    subject = f"relu of an array of shape {z.shape} with entries from 1e4 to 1e300 in size"
    got = testing.as_array(subject, out, z.shape).astype(np.float64)
    want = np.maximum(z, 0.0)
    with np.errstate(all="ignore"):
        want32 = np.maximum(z.astype(np.float32), np.float32(0)).astype(np.float64)
    if np.array_equal(got, want) or np.array_equal(got, want32):
        return got
    bad = ~((got == want) | (got == want32))
    i = np.unravel_index(int(np.argmax(np.where(bad, np.abs(z), -1.0))), z.shape)
    where = f"wrong in {int(bad.sum())} of {z.size} entries, e.g. at z = {z[i]:.6g}: got {got[i]:.10g}"
    capped = got[bad]
    if (
        np.all(z[bad] > 0)
        and np.all(np.isfinite(capped))
        and np.all(capped == capped.flat[0])
        and np.all(capped < z[bad])
        and np.all(capped > 0)
    ):
        raise AssertionError(
            f"{subject} is {where}: it is capped at a large number ({capped.flat[0]:.10g}): every entry above it "
            "gives that number. relu(z) = max(z, 0) has no upper limit: a positive z is returned as it is, however "
            "large (np.maximum(z, 0), with no np.clip(..., 0, BIG) or conversion to a bounded integer type)."
        )
    raise AssertionError(
        f"{subject} is {where}, expected {want[i]:.10g}: relu(z) = max(z, 0) returns every positive z as it is and 0 "
        "for every negative z, however far from 0 (np.maximum(z, 0) is exact there)."
    )


def check_sigmoid_der(
    sigmoid_der: Callable[..., Any], sigmoid: Callable[..., Any], z: Any, *, exact: Any = None
) -> None:
    """``sigmoid_der(z)`` against the numerical derivative of ``sigmoid`` (a working one), naming known slips.

    ``exact``: the true derivative (hidden checks: a finite-difference estimate is refused).
    """
    z = np.array(z, dtype=np.float64)
    d = call("sigmoid_der", sigmoid_der, z, names=("z",))
    if not fix_first("sigmoid_der", sigmoid=sigmoid):
        return
    s = np.asarray(sigmoid(z), dtype=np.float64)
    ss = np.asarray(sigmoid(s), dtype=np.float64)
    gradcheck.check_backward(
        f"sigmoid_der on an array of shape {z.shape}",
        sigmoid,
        z.copy(),
        np.ones(z.shape),
        d,
        tol=grad_tol(d),
        exact=exact,
        likely_bugs={
            "z * (1 - z): that is the derivative written in terms of the sigmoid's output, taken at the input z. "
            "Apply it to sigma(z), not to z.": z * (1 - z),
            "sigma(z) * (1 - z): the second factor must use sigma(z) too, not z.": s * (1 - z),
            "it is the derivative at the activation sigma(z) instead of at the pre-activation z: sigmoid_der "
            "receives z itself.": ss * (1 - ss),
            "1 - sigma(z)**2: that is the pattern of the tanh derivative, not the sigmoid's.": 1 - s**2,
            "sigmoid_der returns sigma(z) itself, not its derivative.": s,
            "sigma(z)**2: 1 - sigma(-z) is sigma(z) itself (sigma(-z) = 1 - sigma(z)); sigma'(z) = sigma(z) (1 - "
            "sigma(z)) = sigma(z) sigma(-z).": s**2,  # round 89
            "exp(-z) / (1 + exp(-z)): the square of the denominator is missing, which gives 1 - sigma(z); "
            "sigma'(z) = exp(-z) / (1 + exp(-z))**2 = sigma(z) (1 - sigma(z)).": 1 - s,
        },
        # round 94: sigma' switched to exp(-|z|) beyond |z| = 2.5 was told only "wrong in 2 of 3 entries"
        regions=testing.clip_regions(z, "z", "sigma'(z) is taken at z as it is, small far from 0 but not 0"),
    )


def _moderate(rng: np.random.Generator, shapes: Sequence[tuple[int, ...]], scale: float = 1.0) -> list[np.ndarray]:
    """x (m, N), W (m, n), w0 (n, 1), float32-exact, drawn until every pre-activation W.T @ x + w0 is within +-3.

    Outputs then stay away from 0 and 1, so that a - y never cancels to a tiny number (which float32
    arithmetic, and finite differences, could only resolve poorly). ``scale`` (a power of 2, so that the values stay
    float32-exact) multiplies W and w0: a large layer's pre-activations are otherwise almost never all within +-3.
    """
    while True:
        x, W, w0 = (float32_exact(rng.normal(size=s)) for s in shapes)
        W, w0 = W * scale, w0 * scale
        if np.max(np.abs(W.T @ x + w0)) < 3.0:
            return [x, W, w0]


def sigmoid_unit(m: int, N: int, rng: np.random.Generator, sigmoid: Callable[..., Any]) -> dict[str, Any]:
    """Data for ``nll_gradient`` on a sigmoid unit with ``m`` inputs and ``N`` samples.

    Returns x (m, N), W (m, 1), y (1, N), a = sigmoid(W.T @ x + w0) (1, N), and ``loss(W, cols)``: the
    NLL of the samples ``cols``, summed (the formula of the notebook's text).
    """
    x, W, w0 = _moderate(rng, ((m, N), (m, 1), (1, 1)))
    y = rng.integers(0, 2, size=(1, N)).astype(np.float64)

    def loss(W_: np.ndarray, cols: Any = slice(None)) -> float:
        a_ = np.asarray(sigmoid(W_.T @ x[:, cols] + w0), dtype=np.float64)
        return float(-np.sum(y[:, cols] * np.log(a_) + (1 - y[:, cols]) * np.log(1 - a_)))

    a = np.asarray(sigmoid(W.T @ x + w0), dtype=np.float64)
    return {"x": x, "W": W, "y": y, "a": a, "loss": loss, "what": f"a sigmoid unit with m={m} inputs and N={N} samples"}


def softmax_layer(
    m: int,
    n: int,
    N: int,
    rng: np.random.Generator,
    softmax: Callable[..., Any],
    nllm: Callable[..., Any],
    x: np.ndarray | None = None,
    same_as: dict[str, Any] | None = None,
    scale: float = 1.0,
) -> dict[str, Any]:
    """Data for ``nll_gradient`` on a softmax layer (m inputs, n classes, N samples); as :func:`sigmoid_unit`.

    ``x``: the inputs (m, N) to use instead of new ones (a later call with the inputs of an earlier one, and new
    weights and targets: round 88, a result cached on x's bytes). ``same_as``: an earlier case of these sizes whose
    x and weights (so whose a) to keep, with other targets (round 96: a result cached on x and a, not y, kept the
    points). ``scale``: see :func:`_moderate` (a large layer needs 0.25)."""
    drawn, W, w0 = _moderate(rng, ((m, N), (m, n), (n, 1)), scale)
    x = drawn if x is None else np.array(x, dtype=np.float64)
    y = np.eye(n)[:, rng.integers(n, size=N)]
    if same_as is not None:
        x, W, w0 = same_as["x"], same_as["W"], same_as["w0"]
        while n > 1 and np.array_equal(y, same_as["y"]):  # one class: the only targets there are
            y = np.eye(n)[:, rng.integers(n, size=N)]

    def loss(W_: np.ndarray, cols: Any = slice(None)) -> float:
        return float(nllm(softmax(W_.T @ x[:, cols] + w0), y[:, cols]))

    a = np.asarray(softmax(W.T @ x + w0), dtype=np.float64)
    return {
        "x": x,
        "W": W,
        "w0": w0,
        "y": y,
        "a": a,
        "loss": loss,
        "what": f"a softmax layer with m={m} inputs, n={n} classes and N={N} samples",
    }


def softmax_layer_example() -> dict[str, Any]:
    """Data for ``nll_gradient`` on a softmax layer (3 inputs, 4 classes, 2 samples) for the visible check, before
    the notebook's softmax exists: fixed probabilities ``a`` (4, 2), one-hot targets ``y`` (4, 2), and the
    ``gradient`` of the summed NLL at these outputs, x (a - y)^T (3, 4), worked out by hand. ``W`` is there for its
    shape only: nll_gradient sees x, a and y. (Its shapes are none of the worked cells', whose answers a result kept
    per shape would change.)"""
    x = np.array([[1.0, -0.5], [0.5, 2.0], [-1.5, 1.0]])
    a = np.array([[0.1, 0.25], [0.4, 0.25], [0.3, 0.4], [0.2, 0.1]])
    y = np.array([[0.0, 1.0], [0.0, 0.0], [1.0, 0.0], [0.0, 0.0]])
    gradient = np.array([[0.475, 0.275, -0.9, 0.15], [-1.45, 0.7, 0.45, 0.3], [-0.9, -0.35, 1.45, -0.2]])
    return {
        "x": x,
        "W": np.zeros((3, 4)),
        "y": y,
        "a": a,
        "gradient": gradient,
        "what": "a softmax layer with m=3 inputs, n=4 classes and N=2 samples",
    }


def _numeric_gradient(case: dict[str, Any]) -> np.ndarray:
    """The gradient ``case`` gives: its known ``gradient``, or the numerical gradient of its ``loss`` at ``W``."""
    if "gradient" in case:
        return np.asarray(case["gradient"], dtype=np.float64)
    return gradcheck.numerical_gradient(case["loss"], case["W"].copy())


EXTRA_SIGMA_DER = (
    "it has an extra factor a (1 - a), the sigmoid's derivative. In the chain rule dNLL/da = -(y/a - (1-y)/(1-a)) "
    "= (a - y) / (a (1 - a)), so sigma'(z) = a (1 - a) cancels and dNLL/dz = a - y: drop the a (1 - a) factor."
)


# nll_gradient, x (a - y)^T, in every arrangement measured (matmul, einsum, a loop of outer products, np.longdouble,
# x a^T - x y^T) agrees with the reference to 1.4e-15 of its largest entry on the hidden tests' data (1,500 draws);
# Richardson-extrapolated central differences to 1e-13..4e-13 (round 66), which 1e-12 let through
NLL_GRADIENT_DERIVED_REL_ERROR = 5e-14


def check_nll_gradient(
    nll_gradient: Callable[..., Any],
    case: dict[str, Any],
    *,
    exact: Any = None,
    likely_bugs: dict[str, Any] | None = None,
) -> None:
    """Compare ``nll_gradient(x, a, y)`` with the numerical gradient of ``case['loss']`` at ``case['W']`` (or with
    ``case['gradient']``, known values: :func:`softmax_layer_example`).

    Names an extra a(1 - a) factor (from per-sample numerical gradients), a gradient averaged over the
    samples, a sign flip and a transpose. ``exact``: the true gradient (hidden checks).
    """
    x, a, y, W = case["x"], case["a"], case["y"], case["W"]
    N = x.shape[1]
    if np.asarray(y).dtype.kind in "iu":
        return _check_integer_targets(nll_gradient, case, exact=exact, likely_bugs=likely_bugs)
    try:
        grad = call("nll_gradient", nll_gradient, x, a, y, names=("x", "a", "y"))
    except AssertionError as e:
        error = e.__cause__  # the student's exception (an in-place change has none: that story stands)
        if error is not None:
            own = testing.own_raise(error)  # round 61: an assistant's shape check rejecting n > 1 is quoted
            kind = getattr(error, "type_name", type(error).__name__)
            note = f" {own[:1].upper()}{own[1:]}" if own else ""
            _name_one_unit_only(
                nll_gradient, case, exact, f"with all of them it raises {kind}{testing.error_words(error)}.", note
            )
        raise
    # made once, and only when needed: with exact known, a right answer is judged against exact (as bias's layer checks)
    numeric = cache(partial(_numeric_gradient, case))

    def stories() -> dict[str, Any]:  # built only when the gradient is wrong
        if "loss" not in case:
            return dict(likely_bugs or {})
        # The gradient of each sample alone: the extra-sigma'-factor bug is built from them, and so is a loop that
        # keeps one sample's gradient only.
        alone = [gradcheck.numerical_gradient(lambda W_, t=t: case["loss"](W_, [t]), W.copy()) for t in range(N)]
        extra = sum(alone[t] * (a[:, t] * (1 - a[:, t])) for t in range(N))
        one_sample = (
            {ONE_SAMPLE.format(which=w, t=t): alone[t] for w, t in (("first", 0), ("last", N - 1))} if N > 1 else {}
        )
        first = {  # round 100: x[:, :2] @ (a - y)[:, :2].T on 5 samples was told "wrong in all 3 entries"
            f"it sums the first {k} of the N={N} samples only (x[:, :{k}], or a loop over range({k})): the gradient "
            f"sums x_t (a_t - y_t)^T over every sample, whatever N (take it from x.shape[1]).": sum(alone[:k])
            for k in range(2, N)
        }
        return {EXTRA_SIGMA_DER: extra, **one_sample, **first, **_batch_stories(x, a, y), **(likely_bugs or {})}

    factors = (
        {}
        if N == 1
        else {
            f"1/{N}: the gradient is averaged over the N={N} samples; the loss of a batch is the sum of the samples' "
            "losses, so its gradient is the sum too.": 1.0 / N
        }
    )
    try:
        with gradcheck.derived_to_within(NLL_GRADIENT_DERIVED_REL_ERROR):
            check_weight_gradient(
                f"nll_gradient of {case['what']}",
                grad,
                numeric,
                exact=exact,
                batch_size=N,
                factors=factors,
                likely_bugs=stories,
                hint="It must have the shape of W, (m, n): one row per input, one column per output unit.",
            )
    except AssertionError as e:
        _name_one_unit_only(nll_gradient, case, numeric() if exact is None else exact, f"with all of them: {e}")
        raise


def _batch_stories(x: np.ndarray, a: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """Likely nll_gradient bugs right for one sample or for one-hot targets only (round 88)."""
    x, a, y = (np.asarray(v, dtype=np.float64) for v in (x, a, y))
    stories = {}
    if x.shape[1] > 1:
        stories[
            "it multiplies the sums over the samples, (sum of x) (sum of a - y)^T: right for one sample only. The "
            "gradient is the sum of each sample's own product, x_t (a_t - y_t)^T: x @ (a - y).T."
        ] = x.sum(axis=1, keepdims=True) @ (a - y).sum(axis=1, keepdims=True).T
    if a.shape[0] == 1:  # a sigmoid unit: the argmax of its one row is 0, so y read as one-hot is always 1
        stories[
            "it treats y as one-hot labels (a - 1 at np.argmax(y) of each column): right for a softmax layer, but a "
            "sigmoid unit's y is one row of 0s and 1s, whose argmax is always 0, so every target reads as 1. Use a - y."
        ] = x @ (a - 1.0).T
    return stories


def _name_one_unit_only(
    nll_gradient: Callable[..., Any], case: dict[str, Any], exact: Any, failure: str, note: str = ""
) -> None:
    """Raise the story of an ``nll_gradient`` right for one output unit only, when ``case`` has n > 1 units and
    the gradient built one unit at a time (a and y one row each: the sigmoid case) is right (round 61:
    ``np.sum(x * (a - y), axis=1, keepdims=True)`` was told only "a shape mismatch?"). ``exact``: the true
    gradient, if known (else the case's numerical one is computed); ``failure``: what failed with all units at once;
    ``note``: said last."""
    x, a, y = case["x"], np.asarray(case["a"]), np.asarray(case["y"])
    if a.ndim != 2 or a.shape[0] < 2:
        return
    n, m = a.shape[0], np.shape(x)[0]
    try:
        with np.errstate(all="ignore"):
            columns = [
                np.asarray(nll_gradient(x.copy(), a[j : j + 1].copy(), y[j : j + 1].copy()), dtype=float)
                for j in range(n)
            ]
    except Exception:  # noqa: BLE001  (only a diagnosis: no story when one unit fails too)
        return
    if any(c.size != m for c in columns):
        return
    per_unit = np.column_stack([c.reshape(m) for c in columns])
    expected = _numeric_gradient(case) if exact is None else np.asarray(exact, dtype=float)
    if not np.allclose(per_unit, expected, rtol=1e-5, atol=1e-8 * max(1.0, float(np.max(np.abs(expected))))):
        return
    raise AssertionError(
        f"nll_gradient of {case['what']} is right for one output unit at a time (called with one row of a and y, "
        f"as for the sigmoid unit, its column is right) but not for all n = {n} units at once: {failure} For n output "
        "units the gradient is one matrix product over the batch, x @ (a - y).T, of shape (m, n); x * (a - y) summed "
        f"over the samples only works when a - y has a single row.{note}"
    ) from None


ONE_SAMPLE = (
    "it is the gradient of the {which} sample alone (sample {t}): the gradient of the batch's loss is the sum of the "
    "samples' gradients. A loop must add each one (grad += ..., not grad = ...) and run over every sample; or "
    "compute all at once with one matrix product over the batch."
)


def integer_targets(case: dict[str, Any]) -> dict[str, Any]:
    """``case`` (:func:`sigmoid_unit`, :func:`softmax_layer`) with its targets ``y`` stored as integers (the same
    0s and 1s: one-hot labels built with ``np.eye(n, dtype=int)``)."""
    return {**case, "y": np.asarray(case["y"]).astype(np.int64), "what": case["what"] + ", targets y of dtype int64"}


def _check_integer_targets(nll_gradient: Callable[..., Any], case: dict[str, Any], **options: Any) -> None:
    """:func:`check_nll_gradient` on integer targets; a gradient that is right with the same targets as floats is
    named."""
    x, a, y = case["x"], case["a"], case["y"]
    grad = call("nll_gradient", nll_gradient, x, a, y, names=("x", "a", "y"))
    numeric = partial(_numeric_gradient, case)  # made only when needed
    try:
        check_weight_gradient(f"nll_gradient of {case['what']}", grad, numeric, exact=options.get("exact"))
    except AssertionError as e:
        try:
            check_nll_gradient(nll_gradient, {**case, "y": np.asarray(y, dtype=np.float64)}, **options)
        except AssertionError:
            raise e from None
        raise AssertionError(
            f"nll_gradient of {case['what']} is wrong, and right when the same targets are floats: with integer "
            "targets (one-hot labels of dtype int, which are common) an array made from y keeps its integer dtype "
            "and truncates the values (np.zeros_like(y) or np.empty_like(y) filled with a - y, or y -= a). Make "
            f"your arrays floats (np.zeros(y.shape), or compute a - y directly). (What the check saw: {e})"
        ) from None


# ---------------------------------------------------------------------------------------------------
# Section 2: softmax and the multiclass NLL


SUBNORMAL_SHIFT = (  # round 129
    "np.exp of entries between -745 and -709 gives subnormal numbers (below 2.2e-308), which keep only a few digits, "
    "so a column whose every entry lies there loses them unless it is shifted. Is the shift by the column maximum "
    "taken only when some entry is large or very small (if np.max(z) > 709 or np.min(z) < -745)? Subtract each "
    "column's maximum, np.max(z, axis=0, keepdims=True), whatever the values."
)


def unshifted_softmax(z: Any) -> np.ndarray | None:
    """exp(z) / sum(exp(z)) of each column without a shift, or None when no column of ``z`` lies wholly inside
    (-745, -709), where that loses digits to subnormal exps (round 129)."""
    z = np.asarray(z, dtype=np.float64)
    cols = z.reshape(z.shape[0], -1) if z.ndim else z.reshape(1, 1)
    if not np.any((np.max(cols, axis=0) < -709.0) & (np.min(cols, axis=0) > -745.0)):
        return None
    with np.errstate(all="ignore"):
        e = np.exp(z)
        total = np.sum(e, axis=0, keepdims=True)
        return e / total


def check_softmax(softmax: Callable[..., Any], z: Any, expected: Any, *, sum_rtol: float | None = None) -> None:
    """``softmax(z)`` for a 1-D ``z`` or a batch ``(n, N)``: shape, finite, each column sums to one, values.

    ``z`` itself is passed (and must not change). ``sum_rtol``, when given, is how far each column's sum may be from 1
    (by default the value tolerance, at least 1e-5): for columns each dominated by one entry, whose sum even a float32
    answer gets to a few float32 roundings (round 123: a float32 softmax dividing by the sum + 1e-6 kept the points
    within float32's 2e-5).
    """
    z = np.array(z)
    if z.dtype.kind not in "iu":  # an integer array is passed as it is (softmax(np.array([1, 2, 3])))
        z = z.astype(np.float64)
    out = call("softmax", softmax, z, names=("z",))
    what = f"softmax of an array of shape {z.shape}" + (f" and dtype {z.dtype}" if z.dtype.kind in "iu" else "")
    a = testing.as_array(what, out, z.shape)
    if a.dtype.kind in "biu":
        raise AssertionError(
            f"{what} returns an array of dtype {a.dtype}: probabilities between 0 and 1 are truncated to whole "
            "numbers. An array made with np.zeros_like(z) or np.empty_like(z) keeps z's dtype, an integer one here: "
            "compute the result as floats (np.exp(...) / np.sum(...), or np.zeros(z.shape))."
        )
    rtol = softmax_rtol(a, z)
    a = a.astype(np.float64)
    big = f" (entries up to {np.max(np.abs(z)):.0f} in absolute value)" if np.max(np.abs(z)) > 100 else ""
    if not np.all(np.isfinite(a)):
        if z.ndim == 2 and z.shape[1] > 1:  # round 59: np.max(z) of the whole batch was told "np.exp overflows" first
            with np.errstate(all="ignore"):
                e = np.exp(z - np.max(z))
                global_max = e / np.sum(e, axis=0, keepdims=True)
            if np.array_equal(np.isfinite(global_max), np.isfinite(a)) and np.allclose(
                a[np.isfinite(a)], global_max[np.isfinite(a)], rtol=1e-6, atol=1e-12
            ):
                raise AssertionError(
                    f"{what}{big} contains nan: it subtracts the maximum of the whole batch (np.max(z)), not each "
                    "column's, so every entry of a column far below that maximum underflows to 0, and 0 / 0 is nan. "
                    "Softmax is unchanged only when one constant is subtracted from a whole column (one sample): "
                    "subtract np.max(z, axis=0, keepdims=True)."
                )
        z2, a2 = z.reshape(z.shape[0], -1), a.reshape(z.shape[0], -1)  # columns (a 1-D z is one column)
        broken = ~np.all(np.isfinite(a2), axis=0)
        if np.all(np.max(z2[:, broken], axis=0) < -700.0):  # round 107: the shift taken only when some entry was large
            raise AssertionError(
                f"{what}{big} contains nan in the columns whose every entry is far below 0 (below about -745, where "
                "np.exp underflows to 0, and 0 / 0 is nan): subtracting each column's maximum is needed there too. Is "
                "the shift taken only when some entry is large (if np.max(z) > ...)? Subtract np.max(z, axis=0, "
                "keepdims=True) whatever the values."
            )
        raise AssertionError(
            f"{what}{big} contains nan or inf: np.exp overflows for large inputs (np.exp(1000) is inf, and inf / inf "
            "is nan), or every entry of a column underflowed to 0 (0 / 0). Softmax is unchanged when a constant is "
            "subtracted from a column: subtract each column's own maximum, np.max(z, axis=0, keepdims=True) (not its "
            "minimum or its mean, which leave exponents above 0 as large as the column's spread)."
        )
    sums = np.sum(a, axis=0)
    sum_tol = max(rtol, 1e-5) if sum_rtol is None else sum_rtol
    if not np.allclose(sums, 1.0, rtol=sum_tol):
        story = wrong_axis_story(a)
        if story:
            raise AssertionError(f"{what}: {story}")
        shown = [float(f"{v:.8g}") for v in np.ravel(sums)[:6]]
        off = float(np.max(np.abs(sums - 1.0)))
        if off < 1e-3:  # round 78: a float32 softmax 1.3e-5 from summing to 1 was told "sum to [1.0], not 1"
            raise AssertionError(
                f"{what}{big}: its columns sum to {shown}, up to {off:.1e} from 1, more than rounding allows here "
                f"({sum_tol:.2g} relative). Is something added to the sum (an epsilon against division by "
                "0), or the result rounded? Dividing each column by its own sum, e / np.sum(e, axis=0, keepdims=True), "
                "makes it sum to 1 up to rounding."
            )
        if z.ndim == 1 and np.allclose(a, 1.0):  # round 88: np.atleast_2d made the (n,) input a (1, n) row
            raise AssertionError(
                f"{what}: every entry is 1, so its column sums to {float(np.sum(a)):g}, not 1: was the 1-D input made "
                "a row, (1, n) (np.atleast_2d(z), z.reshape(1, -1)), so that each entry is a column of its own? A 1-D "
                "z is one sample, a column: z.reshape(-1, 1), or compute along axis 0 as it is."
            )
        raise AssertionError(f"{what}: its columns sum to {np.round(np.ravel(sums)[:6], 4).tolist()}, not 1")
    if z.ndim == 2 and z.shape[1] > 1 and not np.allclose(a, expected, rtol=1e-6, atol=1e-12):
        with np.errstate(all="ignore"):  # round 40: the maximum of each row subtracted was "wrong in 4 of 4 entries"
            e = np.exp(z - np.max(z, axis=1, keepdims=True))
            row_max = e / np.sum(e, axis=0, keepdims=True)
        if np.allclose(a, row_max, rtol=1e-6, atol=1e-12):
            raise AssertionError(
                f"{what} is wrong: it subtracts each row's maximum (axis=1 or -1), not each column's. Softmax is "
                "unchanged only when one constant is subtracted from a whole column (one sample): subtract "
                "np.max(z, axis=0, keepdims=True)."
            )
    unshifted = None if np.allclose(a, expected, rtol=rtol, atol=0.0) else unshifted_softmax(z)
    if unshifted is not None and np.allclose(a, unshifted, rtol=1e-9, atol=0.0):
        raise AssertionError(
            f"{what} is wrong in the columns whose every entry lies between -745 and -709: " + SUBNORMAL_SHIFT
        )
    testing.assert_close(what, out, expected, rtol=rtol)


def softmax_rtol(a: np.ndarray, z: np.ndarray) -> float:
    """The relative tolerance for softmax's result ``a`` of inputs ``z``: the float policy's for ``a``'s dtype
    (:func:`backprop_course.testing.rtol_for`); a float32 answer also gets one float32 spacing at the inputs' largest
    magnitude, the rounding of any quantity as large as the inputs (round 78: ``exp(z - logsumexp(z))`` in float32
    rounds the log-sum-exp of entries near 1000 by up to 3.1e-5, a backward-stable answer the 2e-5 of the policy
    refused). A float64 answer keeps 1e-9."""
    rtol = testing.rtol_for(a)
    if rtol >= testing.RTOL[np.dtype(np.float32)] and z.size:
        with np.errstate(all="ignore"):
            rtol += float(np.spacing(np.float32(np.max(np.abs(z.astype(np.float64))))))
    return rtol


def integer_softmax_story(softmax: Callable[..., Any], z: np.ndarray) -> str | None:
    """Why ``softmax`` gets the integer array ``z`` wrong, when its result matches a known slip, or None (round 130):
    the input cast to float16 (inf above 65504, whole units lost above 2048). (``z - max`` wrapping around in uint8
    or int8 is no slip the checks look for: the notebook's integers are int64, ``np.array([1, 2, 3])``'s.)"""
    try:
        with np.errstate(all="ignore"):
            a = np.asarray(_quiet(softmax, z.copy()), dtype=np.float64)
    except Exception:
        return None
    if a.shape != z.shape:
        return None

    def forms(v: np.ndarray) -> list[np.ndarray]:  # exp in v's dtype's float, and in float64
        with np.errstate(all="ignore"):
            d = v - np.max(v, axis=0, keepdims=True)
            out = []
            for e in (np.exp(d), np.exp(d.astype(np.float64))):
                out.append((e / np.sum(e, axis=0, keepdims=True)).astype(np.float64))
            m = np.max(v, axis=0, keepdims=True)  # exp(z - logsumexp(z))
            out.append(np.exp(v - (m + np.log(np.sum(np.exp(v - m), axis=0, keepdims=True)))).astype(np.float64))
            return out

    def matches(cands: list[np.ndarray]) -> bool:
        return any(np.allclose(a, c, rtol=2e-3, atol=1e-6, equal_nan=True) for c in cands)

    right = forms(z.astype(np.float64))[1]
    half = z.astype(np.float16)
    if not np.allclose(forms(half.astype(np.float64))[1], right, rtol=1e-6) and matches(
        forms(half) + forms(half.astype(np.float64))
    ):
        return (
            "integer input cast to float16: float16 keeps 11 significant bits (integers above 2048 lose their units) "
            "and is inf above 65504, where inf - inf is nan. Convert the input to float64: "
            "z = np.asarray(z, dtype=float)."
        )
    return None


def check_softmax_integers(softmax: Callable[..., Any], z: Any) -> None:
    """``softmax(z)`` of an integer array ``z`` (int64, as ``np.array`` makes the notebook's integers), against the
    float64 softmax of its values; a wrong result that matches :func:`integer_softmax_story` is told so (round 130: a
    cast to float16 lost large integers and kept the point)."""
    z = np.array(z)
    with np.errstate(all="ignore"):
        f = z.astype(np.float64)
        e = np.exp(f - np.max(f, axis=0, keepdims=True))
        expected = e / np.sum(e, axis=0, keepdims=True)
    try:
        check_softmax(softmax, z, expected)
    except AssertionError as err:
        story = integer_softmax_story(softmax, z)
        if story is None:
            raise
        raise AssertionError(f"softmax of {z.tolist()} (an array of dtype {z.dtype}) is wrong: {story}") from err


def wrong_axis_story(a: np.ndarray) -> str | None:
    """What a batch of probabilities ``a`` (n, N) whose columns do not sum to one sums to one over instead, or None
    (columns that sum to one, or nothing else that does)."""
    if a.ndim != 2 or a.shape[1] < 2 or np.allclose(np.sum(a, axis=0), 1.0, rtol=1e-5):
        return None
    if np.allclose(np.sum(a, axis=1), 1.0, rtol=1e-5):
        return (
            "the rows sum to one, not the columns. It is normalised over the wrong axis: each column is one sample, so "
            "sum (and take the maximum) over axis 0, the classes."
        )
    if np.isclose(np.sum(a), 1.0, rtol=1e-5):
        return (
            "the whole array sums to one, not each column. The normalisation sums over every sample of the batch: "
            "sum over axis 0 only (keepdims=True)."
        )
    return None


def check_nllm(nllm: Callable[..., Any], a: Any, y: Any, expected: float, bugs: dict[str, float] | None = None) -> None:
    """``nllm(a, y)`` is one number equal to ``expected``; ``bugs``: story -> the value a known bug gives."""
    a, y = np.array(a, dtype=np.float64), np.array(y, dtype=np.float64)
    value = call("nllm", nllm, a, y, names=("a", "y"))
    what = f"nllm of arrays of shape {a.shape}"
    arr = testing.as_array(what, value)
    if arr.size != 1:
        raise AssertionError(
            f"{what} returned an array of shape {arr.shape}: it must return one number, the loss "
            "summed over all samples (and classes)"
        )
    v = float(arr.reshape(()))
    # The float policy's relative tolerance, 1e-10 absolute, and room for a guard against log(0): log(a + eps)
    # moves each sample's term by log(1 + eps / a_true) (2e-10 for eps = 1e-12 and a probability of 0.005), so
    # eps up to 1e-11 is allowed on every sample, whatever its probability; every bug moves the loss by far more.
    # (Not eps / a_true, which is far larger than the move where a_true < eps: round 45, a clip at 1e-7 passed
    # the check at a_true = 1e-14, where it moves the loss by 16.)
    with np.errstate(all="ignore"):
        guard = float(np.sum(np.where(y > 0, y * np.log1p(1e-11 / np.maximum(a, 1e-300)), 0.0)))
    if np.isfinite(v) and abs(v - expected) <= testing.rtol_for(arr) * abs(expected) + 1e-10 + guard:
        return
    for story, wrong in (bugs or {}).items():
        if np.isclose(v, wrong, rtol=max(1e-7, testing.rtol_for(arr)), atol=1e-10):
            raise AssertionError(f"{what} is {v:.6g}, not {expected:.6g}: {story}")
    with np.errstate(all="ignore"):  # round 33 (and 15): log(a + eps) with an eps too large was not named
        for eps in (c * 10.0**-k for k in range(2, 11) for c in (1.0, 5.0)):
            if np.isclose(v, -float(np.sum(y * np.log(a + eps))), rtol=1e-9, atol=0.0):
                raise AssertionError(
                    f"{what} is {v:.10g}, not {expected:.10g}: it is -sum(y log(a + {eps:.0e})), an epsilon added "
                    "inside the log against log(0); one that large changes the loss. The probabilities of a softmax "
                    "are never 0 here: leave it out (a guard of 1e-12 or less is tolerated: it changes the loss only "
                    "where a true class has a probability near 1e-12 or below)"
                )
            if np.isclose(v, -float(np.sum(y * np.log(np.maximum(a, eps)))), rtol=1e-9, atol=0.0):
                small = float(np.min(a[y > 0])) if np.any(y > 0) else eps
                raise AssertionError(
                    f"{what} is {v:.10g}, not {expected:.10g}: it is -sum(y log(max(a, {eps:.0e}))), a clipped at "
                    f"{eps:.0e} before the log against log(0) (np.clip(a, {eps:.0e}, 1)?). A softmax output can be "
                    f"smaller (here a true class has probability {small:.0e}), and the loss is then wrong: leave the "
                    "clip out (the probabilities of a softmax are never 0 here; a guard of 1e-12 or less is tolerated, "
                    "though it too changes the loss of a probability below it, such as this one)"
                )
            both = -float(np.sum(y * np.log(np.clip(a, eps, 1 - eps))))
            if np.isclose(v, both, rtol=1e-9, atol=0.0) and not np.isclose(v, expected, rtol=1e-9, atol=0.0):
                raise AssertionError(  # round 57: a clip on both sides, which a true class near 1 shows
                    f"{what} is {v:.10g}, not {expected:.10g}: it is -sum(y log(np.clip(a, {eps:.0e}, "
                    f"1 - {eps:.0e}))), a clipped on both sides before the log (a guard against log(0)?). A softmax "
                    "output can be closer to 0 or to 1 than that, and the loss is then wrong: leave the clip out (the "
                    "probabilities of a softmax are never 0 here) or keep eps below 1e-12"
                )
    with np.errstate(all="ignore"):  # round 89: the log of the summed true-class probabilities, right for one sample
        log_of_sum = -float(np.log(np.sum(y * a)))
    if a.ndim == 2 and a.shape[1] > 1 and np.isclose(v, log_of_sum, rtol=1e-9, atol=0.0):
        raise AssertionError(
            f"{what} is {v:.10g}, not {expected:.10g}: it is -log(sum(y a)), the log of the true classes' "
            "probabilities summed over the samples, which is right for one sample only. The loss of a batch is the "
            "sum of each sample's -log: -sum(y log a)."
        )
    with np.errstate(all="ignore"):  # round 69: -log(np.prod(...)) gave inf for a batch of 400, told only "inf"
        product = float(np.prod(np.where(y > 0, a, 1.0)))
    if np.isposinf(v) and np.isfinite(expected) and product == 0.0:
        raise AssertionError(
            f"{what} is inf, not {expected:.10g}: the product of the true classes' probabilities underflows to 0 in "
            "floats for this many samples, and log(0) is -inf. Is the loss the log of a product? Sum the logs "
            "instead: -sum(y log a)."
        )
    off = abs(v - expected) / max(abs(expected), 1e-300)
    ratio = Fraction(v / expected).limit_denominator(4) if expected and np.isfinite(v) else Fraction(0)
    if ratio > 0 and ratio != 1 and max(ratio.numerator, ratio.denominator) <= 4 and np.isclose(v, expected * ratio):
        samples = a.shape[1] if a.ndim == 2 else 1
        times = {Fraction(2): "twice", Fraction(1, 2): "half"}.get(ratio, f"{ratio} times")
        per = (
            f"; the batch has {samples} samples: multiplied (or divided) by the number of samples?"
            if samples > 1 and ratio in (samples, Fraction(1, samples))
            else ""
        )
        raise AssertionError(
            f"{what} is {v:.10g}, {times} the right value {expected:.10g}: a stray constant factor{per or '?'} NLLM is "
            "-sum(y log a) over every sample and class, with no other factor."
        )
    raise AssertionError(f"{what} is {v:.10g}, expected {expected:.10g} (off by {off:.1e} relative)")


# The notebook's example, a = (0.1, 0.4, 0.5), y = class 0, as (3, 1) columns, and what known bugs give.
_EVERY_ENTRY = (
    "it takes the log of every entry of a, not only of the true class's entry. (With a and y of shape (n, 1), "
    "y * np.log(a.T) broadcasts to an (n, n) array.) Multiply y by log(a) entry by entry, without transposing."
)
_LOG_1_MINUS_A = (
    "it uses log(1 - a), the negative class's term of the binary NLL; NLLM needs log(a_j) of the true class only."
)
NLLM_EXAMPLE_BUGS = {
    _EVERY_ENTRY: -float(np.log(0.1) + np.log(0.4) + np.log(0.5)),
    "it takes the log of the entries of the wrong classes: (1 - y) where y belongs.": -float(np.log(0.4) + np.log(0.5)),
    _LOG_1_MINUS_A: -float(np.log(0.9)),
    "it takes the log of the most probable class, not of the true class (the one where y is 1).": -float(np.log(0.5)),
    "sign flipped: NLLM is minus the sum of y log a.": float(np.log(0.1)),
    "it uses log base 10; use the natural logarithm np.log.": -float(np.log10(0.1)),
    "it uses the binary cross-entropy, -(y log a + (1 - y) log(1 - a)): that is the NLL of one sigmoid output. With "
    "softmax outputs the NLLM is -sum(y log a): only the true class's term.": -float(
        np.log(0.1) + np.log(0.6) + np.log(0.5)
    ),
}


# A batch of two samples, a = [[0.5, 0.25], [0.5, 0.75]] with classes 0 and 1: NLLM = -log 0.5 - log 0.75.
NLLM_FIRST_SAMPLE = (
    "it counts only the first sample (column 0) of the batch: nllm sums -log a of the true class over every sample "
    "(column)."
)


def nllm_some_samples(a: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """{story: the NLLM of some of the samples only}: the first k or the last k columns of ``a`` and ``y`` (C, N), for
    every k from 1 to N - 1 (the first alone is :data:`NLLM_FIRST_SAMPLE`). Round 109: a loop over range(N - 2, N) was
    told only the value."""
    n = a.shape[1]
    with np.errstate(all="ignore"):
        terms = -np.sum(y * np.log(a), axis=0)
    stories = {}
    for k in range(1, n):
        cols = "column 0" if k == 1 else f"columns 0 to {k - 1}"
        if k > 1:
            stories[
                f"it counts only the first {k} samples ({cols}) of the {n}: does a loop over the samples stop early (a "
                f"range with a size written into the code, or range(N - 1))? nllm sums over every sample (column)."
            ] = float(np.sum(terms[:k]))
        last = f"column {n - 1}" if k == 1 else f"columns {n - k} to {n - 1}"
        late = f"does a loop over the samples start late (range({n - k}, N), range(N - {k}, N))"
        if k == 1:
            late += " or set the total at each sample (total = ...) instead of adding to it (total += ...)"
        stories[
            f"it counts only the last {k} sample{'s' if k > 1 else ''} ({last}) of the {n}: {late}? nllm sums over "
            "every sample (column)."
        ] = float(np.sum(terms[n - k :]))
    return stories


NLLM_BATCH_BUGS = {
    "it averages over the samples; nllm returns the sum over samples (columns).": -float(np.log(0.5) + np.log(0.75))
    / 2,
    NLLM_FIRST_SAMPLE: -float(np.log(0.5)),
}


# ---------------------------------------------------------------------------------------------------
# Section 4: the ReLU-softmax network

# A 2-3-2 network on a batch of two samples, with values known by hand: z1 = W1.T @ x + b1 = [[1, 2], [-1, -6],
# [3, -1]], z2 = [[0, 1], [ln 3, ln 3 - 3]], so the first column of a2 is (1/4, 3/4).
FORWARD_EXAMPLE = {
    "args": (
        np.array([[1.0, 2.0], [2.0, -2.0]]),
        np.array([[1.0, -1.0, 0.0], [0.0, 1.0, 1.0]]),
        np.array([[0.0], [-2.0], [1.0]]),
        np.array([[1.0, 0.0], [5.0, 5.0], [0.0, 1.0]]),
        np.array([[-1.0], [_LN3 - 3.0]]),
    ),
    "out": (
        np.array([[1.0, 2.0], [-1.0, -6.0], [3.0, -1.0]]),
        np.array([[1.0, 2.0], [0.0, 0.0], [3.0, 0.0]]),
        np.array([[0.0, 1.0], [_LN3, _LN3 - 3.0]]),
        np.array([[0.25, 1.0 / (1.0 + 3.0 * np.exp(-4.0))], [0.75, 3.0 * np.exp(-4.0) / (1.0 + 3.0 * np.exp(-4.0))]]),
    ),
}
# the same network with a fourth hidden unit (weights (0.5, 0.5), bias 0.5: on for both samples) that the output
# layer does not use: z1 and a1 gain the row (2, 0.5), z2 and a2 are as before
FORWARD_WIDE = {
    "args": (
        FORWARD_EXAMPLE["args"][0],
        np.hstack([FORWARD_EXAMPLE["args"][1], [[0.5], [0.5]]]),
        np.vstack([FORWARD_EXAMPLE["args"][2], [[0.5]]]),
        np.vstack([FORWARD_EXAMPLE["args"][3], [[0.0, 0.0]]]),
        FORWARD_EXAMPLE["args"][4],
    ),
    "out": (
        np.vstack([FORWARD_EXAMPLE["out"][0], [[2.0, 0.5]]]),
        np.vstack([FORWARD_EXAMPLE["out"][1], [[2.0, 0.5]]]),
        *FORWARD_EXAMPLE["out"][2:],
    ),
}
# backward on that example with targets y = classes (0, 1); p = a2[0, 1] = 1 / (1 + 3 e^-4).
_P = 1.0 / (1.0 + 3.0 * np.exp(-4.0))
BACKWARD_EXAMPLE = {
    "args": (FORWARD_EXAMPLE["args"][0], np.array([[1.0, 0.0], [0.0, 1.0]]), *FORWARD_EXAMPLE["args"][1:]),
    "out": (
        np.array([[2 * _P - 0.75, 0.0, 0.75], [-1.5 - 2 * _P, 0.0, 1.5]]),
        np.array([[_P - 0.75], [0.0], [0.75]]),
        np.array([[2 * _P - 0.75, 0.75 - 2 * _P], [0.0, 0.0], [-2.25, 2.25]]),
        np.array([[_P - 0.75], [0.75 - _P]]),
    ),
}

# What known slips give on that example (numbers worked out by hand).
FORWARD_EXAMPLE["bugs"] = {
    "z1": {"the bias b1 is missing: z1 = W1.T @ x + b1.": np.array([[1.0, 2.0], [1.0, -4.0], [2.0, -2.0]])},
    "a1": {"it equals z1: the ReLU is missing (a1 = relu(z1)).": FORWARD_EXAMPLE["out"][0]},
    "z2": {
        "the bias b2 is missing: z2 = W2.T @ a1 + b2.": np.array([[1.0, 2.0], [3.0, 0.0]]),
        "it is computed from z1, not from the hidden outputs a1 = relu(z1).": np.array(
            [[-5.0, -29.0], [_LN3 - 5.0, _LN3 - 34.0]]
        ),
    },
    "a2": {
        "it equals z2: the softmax is missing (a2 = softmax(z2)).": FORWARD_EXAMPLE["out"][2],
        "the ReLU is applied to z2 too: a2 = softmax(relu(z2)); the output layer has the softmax alone.": np.array(
            [[0.25, np.e / (1.0 + np.e)], [0.75, 1.0 / (1.0 + np.e)]]
        ),
    },
}
FORWARD_NAMES = ("z1", "a1", "z2", "a2")


def flat_bias_story(name: str, size: int) -> str:
    """What a failure message says when the bias ``name`` of ``size`` units was added flattened to 1-D, which
    broadcasts along the rows of a batch of ``size`` samples (round 38: ``b2.ravel()`` was named only as "z2 is
    wrong in 2 of 4 entries")."""
    return (
        f"{name} is added as a 1-D array (shape ({size},)), which broadcasts along the rows: its entry j goes to "
        f"sample j's column instead of unit j's row. Keep {name} the ({size}, 1) column it is given."
    )


# b2 flattened on that example: W2.T @ a1 = [[1, 2], [3, 0]] plus (-1, ln 3 - 3) along each row
FORWARD_EXAMPLE["bugs"]["z2"][flat_bias_story("b2", 2)] = np.array([[0.0, _LN3 - 1.0], [2.0, _LN3 - 3.0]])


def random_network(
    m: int, h: int, n: int, N: int, rng: np.random.Generator, accept: Callable[..., bool] | None = None
) -> tuple[np.ndarray, ...]:
    """x (m, N), y one-hot (n, N), W1 (m, h), b1 (h, 1), W2 (h, n), b2 (n, 1), all float32-exact.

    Every hidden pre-activation is at least 0.05 away from ReLU's kink at 0, so that numerical gradients
    are exact there. ``accept(x, y, W1, b1, W2, b2)``: a further condition (the hidden tests require outputs
    that are not saturated, so that gradients are not tiny next to the numerical estimate's error).
    """
    while True:
        x, W1, b1 = (float32_exact(rng.normal(size=s)) for s in ((m, N), (m, h), (h, 1)))
        W2, b2 = float32_exact(rng.normal(scale=0.7, size=(h, n))), float32_exact(rng.normal(scale=0.5, size=(n, 1)))
        y = np.eye(n)[:, rng.integers(n, size=N)]
        if np.min(np.abs(W1.T @ x + b1)) > 0.05 and (accept is None or accept(x, y, W1, b1, W2, b2)):
            return x, y, W1, b1, W2, b2


def far_apart_columns(
    network: Sequence[np.ndarray], shift: float = 800.0, gap: float = 1000.0
) -> tuple[np.ndarray, ...]:
    """``network`` (x, y, W1, b1, W2, b2) with large output pre-activations, its odd columns ``gap`` below the others.

    Every z2 is raised by ``shift`` (b2 + shift), and one more input and one more hidden unit are added: the input is
    ``gap`` in the odd columns and 0 in the others, the unit passes it on (z1 = input - 0.5, off at 0), and W2 gives
    it -1 towards every class. Each column's logits move by one constant, so a2 (and every gradient of the original
    weights) is the original network's, and all of it is exact in float64 (inputs float32-exact); but with the
    defaults the even columns' z2 are near 800 (np.exp overflows beyond 709) and the odd ones' near -200, about 1000
    below: a softmax shifted by the batch's largest entry instead of each column's gives them 0 / 0, and one without
    a shift inf / inf.
    """
    x, y, W1, b1, W2, b2 = (np.asarray(p, dtype=np.float64) for p in network)
    m, N = x.shape
    h, n = W2.shape
    t = np.where(np.arange(N) % 2 == 1, gap, 0.0)[None, :]
    W1_big = np.zeros((m + 1, h + 1))
    W1_big[:m, :h], W1_big[m, h] = W1, 1.0
    return (
        np.vstack([x, t]),
        y.copy(),
        W1_big,
        np.vstack([b1, [[-0.5]]]),
        np.vstack([W2, -np.ones((1, n))]),
        b2 + shift,
    )


def spread_within_columns(
    network: Sequence[np.ndarray], offsets: Sequence[float] = (0.0, 727.0, 727.0, -8.0)
) -> tuple[np.ndarray, ...]:
    """``network`` (x, y, W1, b1, W2, b2) of ``len(offsets)`` classes with ``offsets`` added to b2, each sample's target
    moved to one of the classes of the largest offset (the one of its own index among them, modulo their number).

    With the defaults and an unsaturated network (every probability at least 0.02, so two logits of a column differ by
    less than 3.9), class 0 is neither the largest logit of its column nor the smallest, and every other logit is
    between 710 and 745 below the largest: a softmax shifted by anything but the column's maximum (its first entry, its
    smallest) overflows, exp(710) = inf, and gives inf / inf; the true probabilities of those classes are tiny but not
    0 (above exp(-745), the smallest float64), so the outputs, the loss and its gradients are those of a well-defined
    net (a Jacobian -y / a2 of them is 0, not 0 / 0). ValueError when the network does not give that.
    """
    x, y, W1, b1, W2, b2 = (np.array(p, dtype=np.float64) for p in network)
    shift = np.asarray(offsets, dtype=np.float64).reshape(-1, 1)
    if shift.shape[0] != b2.shape[0]:
        raise ValueError(f"{shift.shape[0]} offsets for a network of {b2.shape[0]} classes")
    top = np.flatnonzero(shift[:, 0] == np.max(shift))
    targets = top[np.argmax(y, axis=0) % top.size]
    y_top = np.zeros_like(y)
    y_top[targets, np.arange(y.shape[1])] = 1.0
    b2 = b2 + shift
    z2 = W2.T @ np.maximum(W1.T @ x + b1, 0.0) + b2
    gap = np.max(z2, axis=0) - z2[0]
    spread = np.max(z2, axis=0) - np.min(z2, axis=0)
    first_inside = np.all((z2[0] > np.min(z2, axis=0)) & (z2[0] < np.max(z2, axis=0)))
    if not (first_inside and np.min(gap) > 709.79 and np.max(spread) < 745.0):
        raise ValueError("the network is too saturated for these offsets: draw an unsaturated one")
    return x, y_top, W1, b1, W2, b2


def check_forward(
    forward: Callable[..., Any],
    args: Sequence[np.ndarray],
    expected: Sequence[np.ndarray],
    likely_bugs: dict[str, dict[str, np.ndarray]] | None = None,
) -> None:
    """``forward(x, W1, b1, W2, b2)`` returns (z1, a1, z2, a2) equal to ``expected``, without changing its inputs.

    ``likely_bugs``: output name -> {story: the value a known bug gives}.
    """
    args = [np.array(a, dtype=np.float64) for a in args]  # copies: the caller's examples stay intact
    m, N = args[0].shape
    h, n = args[1].shape[1], args[3].shape[1]
    where = f"forward for a {m}-{h}-{n} network and N={N} samples"
    out = sequence(where, call("forward", forward, *args, names=("x", "W1", "b1", "W2", "b2")), 4, "(z1, a1, z2, a2)")
    for name, value, want in zip(FORWARD_NAMES, out, expected, strict=True):
        rows = np.shape(value)[0] if np.ndim(value) == 2 else None
        two_class = rows in (1, 2) and rows != n and np.shape(value)[1] == N  # one or two rows, not another output's
        if name in ("z2", "a2") and two_class and all(np.shape(w) != np.shape(value) for w in expected):
            raise AssertionError(  # round 113: the two-class form sigmoid(z2[0] - z2[1]) was told the shapes only
                f"{where}: {name} has {rows} rows for a network of {n} outputs (W2 of shape {args[3].shape}): is a "
                "number of classes written into the code (the two-class form sigmoid(z2[0] - z2[1]), z2[0:2], a "
                "range(2))? The softmax of z2 = W2^T a1 + b2 has one row per output, whatever their number."
            )
        got = testing.as_array(f"{where}: {name}", value, np.shape(want))
        if not np.allclose(got, want, rtol=1e-5, atol=1e-9):
            for other, other_want in zip(FORWARD_NAMES, expected, strict=True):
                if other != name and np.shape(other_want) == got.shape and np.allclose(got, other_want, rtol=1e-5):
                    a1_got = np.asarray(out[1], dtype=float) if np.shape(out[1]) == got.shape else None
                    if (name, other) == ("z1", "a1") and a1_got is not None and np.array_equal(a1_got, got):
                        raise AssertionError(  # round 69: a1 = z1; a1[a1 < 0] = 0 was told "return order"
                            f"{where}: z1 holds what a1 should be, and a1 is right: z1 and a1 are one array (a1 = z1, "
                            "then the ReLU in place, a1[a1 < 0] = 0 or np.maximum(a1, 0, out=a1), which changes z1 "
                            "too). Make a1 a new array: a1 = np.maximum(z1, 0)."
                        )
                    k = FORWARD_NAMES.index(other)
                    other_got = np.asarray(out[k], dtype=float) if np.shape(out[k]) == got.shape else None
                    if other_got is not None and np.array_equal(other_got, got):  # round 86: z1, z2 in one buffer
                        raise AssertionError(
                            f"{where}: {name} holds what {other} should be, and {other} is right: {name} and {other} "
                            "are one array (one buffer reused for both, kept per shape or passed as out=, or "
                            f"{other} = {name} and then changed in place), so computing {other} overwrote {name}. "
                            f"Make each a new array ({name} = ..., {other} = ... from expressions)."
                        )
                    raise AssertionError(
                        f"{where}: {name} holds what {other} should be. forward returns the tuple "
                        "(z1, a1, z2, a2) in this order: pre-activations, then outputs, per layer."
                    )
        for story, wrong in ((likely_bugs or {}).get(name) or {}).items():
            if np.allclose(got, wrong, rtol=1e-5, atol=1e-9) and not np.allclose(got, want, rtol=1e-5, atol=1e-9):
                raise AssertionError(f"{where}: {name} is wrong: {story}")
        story = wrong_axis_story(got) if name == "a2" else None
        if story:
            raise AssertionError(f"{where}: a2, the softmax of z2, is wrong: {story}")
        if name == "a2" and got.ndim == 2 and got.shape[1] > 1 and not np.all(np.isfinite(got)):
            z2_true = np.asarray(expected[2], dtype=np.float64)
            with np.errstate(all="ignore"):
                e = np.exp(z2_true - np.max(z2_true))
                global_max = e / np.sum(e, axis=0, keepdims=True)
            if np.array_equal(np.isfinite(global_max), np.isfinite(got)):  # round 125: told "without the shift"
                raise AssertionError(
                    f"{where}: a2 contains nan in the columns whose z2 are far below the batch's largest entry: the "
                    "softmax in forward subtracts the maximum of the whole batch (np.max(z2)), not each column's, so "
                    "every entry of such a column underflows to 0, and 0 / 0 is nan. a2 = softmax(z2), the function "
                    "of section 2, subtracts each column's maximum (np.max(z2, axis=0, keepdims=True))."
                )
        top = float(np.max(np.abs(expected[2]), initial=0.0)) if name == "a2" else 0.0
        if top > 709.0 and not np.all(np.isfinite(got)):  # round 111: told "contains NaN or inf"
            raise AssertionError(
                f"{where}: a2 contains NaN or inf where z2 reaches {top:.0f}: np.exp overflows beyond 709, and "
                "exp(z2) / sum(exp(z2)) is then inf / inf. Is the softmax written out in forward without the shift by "
                "the column maximum (or shifted by another entry, such as the column's first or smallest, which "
                "overflows where a logit is more than 709 above it)? a2 = softmax(z2), the function of section 2, "
                "which subtracts it."
            )
        sums = np.sum(got, axis=0) if name == "a2" and got.ndim == 2 else None
        if top > 709.0 and sums is not None and not np.allclose(sums, 1.0, rtol=0.0, atol=1e-3):
            raise AssertionError(  # round 126: a log-sum-exp shifted by the column's minimum gave columns of 0
                f"{where}: a2's columns sum to {np.round(sums, 6).tolist()}, not 1, where z2 reaches {top:.0f}: "
                "np.exp overflows beyond 709. A log-sum-exp log(sum(exp(z2 - c))) shifted by anything but the column "
                "maximum (its first or smallest entry) is inf where a logit is more than 709 above c, and exp(z2 - c "
                "- inf) is 0. a2 = softmax(z2), the function of section 2, subtracts each column's maximum."
            )
        unshifted = unshifted_softmax(expected[2]) if name == "a2" and got.shape == np.shape(want) else None
        if unshifted is not None and not np.allclose(got, want, rtol=1e-9, atol=0.0):
            if np.allclose(got, unshifted, rtol=1e-9, atol=0.0):
                raise AssertionError(
                    f"{where}: a2 is wrong where every z2 of a column lies between -745 and -709, "
                    "as the softmax in forward leaves it unshifted: " + SUBNORMAL_SHIFT
                )
        atol = 0.0
        if name == "a2" and (got.dtype == np.float32 or gradcheck.holds_float32(got)):
            # float32 rounds z2 to about 1e-7 of its largest entry (6e-5 at 1000), and a2 = exp(z2 - max) moves by
            # as much relative to itself (a float32 answer whose z2 reached a few hundred failed, now and then)
            atol = 4 * float(np.finfo(np.float32).eps) * float(np.max(np.abs(expected[2]), initial=0.0))
        testing.assert_close(f"{where}: {name}", got, want, atol=atol * float(np.max(np.abs(want), initial=0.0)))


def check_forward_example(forward: Callable[..., Any]) -> None:
    """:func:`check_forward` on :data:`FORWARD_EXAMPLE`, naming the slips whose values it knows."""
    check_forward(forward, FORWARD_EXAMPLE["args"], FORWARD_EXAMPLE["out"], likely_bugs=FORWARD_EXAMPLE["bugs"])


def _head_loss(
    forward: Callable[..., Any], nllm: Callable[..., Any], y: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> Callable[[np.ndarray], float]:
    """The loss as a function of the hidden outputs a1, through the given forward only.

    forward(a1, I, c, W2, b2 - W2.T @ c) with c = 10 has hidden pre-activations a1 + c > 0 (no kink) and output
    pre-activations W2.T @ (a1 + c) + b2 - W2.T @ c = W2.T @ a1 + b2.
    """
    h = W2.shape[0]
    c = np.full((h, 1), 10.0)
    return lambda a1: float(nllm(forward(a1, np.eye(h), c, W2, b2 - W2.T @ c)[3], y))


def _runs_with_two_classes(backward: Callable[..., Any], network: Sequence[np.ndarray]) -> bool:
    """Whether ``backward`` runs (whatever it returns) on ``network`` cut down to its first 2 classes, each sample's
    one-hot target moved to them."""
    x, y, W1, b1, W2, b2 = (np.array(p, dtype=np.float64) for p in network)
    y2 = np.zeros((2, y.shape[1]))
    y2[np.argmax(y, axis=0) % 2, np.arange(y.shape[1])] = 1.0
    try:
        _quiet(backward, x, y2, W1, b1, W2[:, :2].copy(), b2[:2].copy())
    except Exception:  # noqa: BLE001  (it fails there too: the first error is the one to tell)
        return False
    return True


def check_backward(
    backward: Callable[..., Any],
    network: Sequence[np.ndarray],
    *,
    forward: Callable[..., Any],
    nllm: Callable[..., Any],
    exact: Sequence[np.ndarray] | None = None,
) -> None:
    """Every gradient of ``backward(x, y, W1, b1, W2, b2)`` against numerical gradients of the summed NLLM.

    ``forward`` and ``nllm`` define the loss (a correct pair: the student's after :func:`fix_first`, or the
    references). Output layer first; names a missing ReLU derivative, the ReLU output used for its
    derivative, gradients averaged over the batch, signs and transposes. ``exact``: the true gradients
    (hidden checks). The inputs must not change.
    """
    # the caller's arrays themselves when they are float64 (no copy): a later check that passes the same x and y with
    # new weights then gives backward the same objects, as a cache keyed on id(x) needs to show (round 54)
    x, y, W1, b1, W2, b2 = (np.asarray(p, dtype=np.float64) for p in network)
    m, N = x.shape
    h, n = W2.shape
    where = f"({m}-{h}-{n} network, N={N} samples)"
    try:
        out = call("backward", backward, x, y, W1, b1, W2, b2, names=("x", "y", "W1", "b1", "W2", "b2"))
    except AssertionError as e:
        if n != 2 and isinstance(e.__cause__, Exception) and _runs_with_two_classes(backward, network):
            raised = getattr(e.__cause__, "type_name", type(e.__cause__).__name__)
            # round 93: dL/dz2 built as [[d], [-d]] was told "a shape mismatch? ... a cache"; round 118: that story
            # came after the generic one, rated 4
            raise AssertionError(
                f"backward raised {raised} on a network with {n} classes {where}, and runs on one with 2 classes, as "
                "in the visible check: is the number of classes written into the code (an array like [[1.0], "
                "[-1.0]], range(2), a reshape(2, ...), y[0] and y[1])? Take every size from the shapes of y and W2."
            ) from None
        raise
    out = sequence(f"backward {where}", out, 4, "(dW1, db1, dW2, db2)")
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    analytic = dict(zip(("W1", "b1", "W2", "b2"), out, strict=True))
    exact_of = dict(zip(("W1", "b1", "W2", "b2"), exact, strict=True)) if exact is not None else {}
    # What a missing ReLU derivative, or ReLU(z1) in its place, gives: from the numerical dL/da1.
    z1, a1, z2, a2 = (np.asarray(v, dtype=np.float64) for v in forward(x, W1, b1, W2, b2))
    top = float(np.max(np.abs(z2), initial=0.0))
    if top > 709.0 and np.all(np.isfinite(a2)):  # round 125: told "NaN or inf ... (overflow, log(0) ...?)"
        try:
            finite = all(bool(np.all(np.isfinite(np.asarray(o, dtype=np.float64)))) for o in out)
        except (TypeError, ValueError):
            finite = True  # not arrays of numbers: the checks below tell it
        if not finite:
            raise AssertionError(
                f"backward {where} returns NaN or inf where z2 reaches {top:.0f}, and the forward pass's a2 is finite "
                "there: np.exp overflows beyond 709, and exp(z2) / sum(exp(z2)) is then inf / inf. Does backward "
                "compute the softmax itself without the shift by the column maximum (or shifted by another entry, "
                "such as the column's first or smallest, which overflows where a logit is more than 709 above it)? "
                "Take a2 from forward (or softmax(z2), the function of section 2, which subtracts it)."
            )
    da1 = gradcheck.numerical_gradient(_head_loss(forward, nllm, y, W2, b2), a1.copy())
    no_relu = "the ReLU derivative is missing: multiply W2 @ dL/dz2 entry by entry by the ReLU derivative at z1."
    times_a1 = "it multiplies by ReLU(z1) itself instead of ReLU's derivative (1 where z1 > 0, else 0)."
    times_z1 = (  # round 62
        "it multiplies by z1 itself instead of ReLU's derivative at z1: the mask (z1 > 0), 1 where z1 > 0, else 0."
    )
    at_wrong = "it takes the ReLU derivative where z1 < 0 (the mask is reversed): the derivative is 1 where z1 > 0."
    at_grad = (
        "it masks by the sign of the incoming gradient (dL/da1 > 0) instead of the pre-activation's: the ReLU "
        "derivative is taken at z1, 1 where z1 > 0."
    )
    twice = (
        "dL/dz2 is multiplied by a2 * (1 - a2) once more: softmax followed by NLLM gives dL/dz2 = a2 - y as it is (the "
        "softmax's derivative is already in it; a2 * (1 - a2) is the sigmoid's)."
    )
    sigmoid_der = (
        "it multiplies by the sigmoid's derivative sigma(z1)(1 - sigma(z1)); the hidden layer is a ReLU, whose "
        "derivative is 1 where z1 > 0, else 0."
    )
    dz2_twice = (a2 - y) * a2 * (1 - a2)
    with np.errstate(over="ignore"):
        s1 = 1.0 / (1.0 + np.exp(-z1))
    local = {  # what each bug puts where the ReLU derivative at z1 belongs
        no_relu: 1.0,
        times_a1: a1,
        times_z1: z1,
        at_wrong: z1 < 0,
        at_grad: da1 > 0,
        sigmoid_der: s1 * (1 - s1),
    }
    likely = {
        "W2": {twice: a1 @ dz2_twice.T},
        "b2": {twice: np.sum(dz2_twice, axis=1, keepdims=True)},
        "W1": {story: x @ (da1 * d).T for story, d in local.items()},
        "b1": {story: np.sum(da1 * d, axis=1, keepdims=True) for story, d in local.items()},
    }
    # round 76: a loop over range(1, N) left the first sample out, told only "exactly rows [1, 2]"
    dz2, dz1 = a2 - y, da1 * (z1 > 0)
    for story, kept in (
        (
            "the first sample (column 0) is left out: a loop over range(1, N), or a slice [:, 1:]? The loss sums every "
            "sample, s = 0 to N - 1, and so do its gradients.",
            slice(1, None),
        ),
        (
            "the last sample (column N - 1) is left out: a loop over range(N - 1), or a slice [:, :-1]? The loss sums "
            "every sample, s = 0 to N - 1, and so do its gradients.",
            slice(None, -1),
        ),
    ):
        if N > 1:
            likely["W2"][story] = a1[:, kept] @ dz2[:, kept].T
            likely["b2"][story] = np.sum(dz2[:, kept], axis=1, keepdims=True)
            likely["W1"][story] = x[:, kept] @ dz1[:, kept].T
            likely["b1"][story] = np.sum(dz1[:, kept], axis=1, keepdims=True)
    unshifted = unshifted_softmax(z2)
    if unshifted is not None:  # round 129: backward's own softmax left unshifted where the exps are subnormal
        story = "a2 (recomputed in backward?) is left unshifted where every z2 of a column lies between -745 and -709: "
        likely["W2"][story + SUBNORMAL_SHIFT] = a1 @ (unshifted - y).T
        likely["b2"][story + SUBNORMAL_SHIFT] = np.sum(unshifted - y, axis=1, keepdims=True)
    # round 90: db2 summed over the classes (axis 0) is 0 for every sample (a2's and y's columns each sum to 1)
    likely["b2"][
        "it is all zeros: not computed, or a2 - y summed over the classes (axis=0)? Each column of a2 and of y sums to "
        "1, so that sum is 0 for every sample: db2 sums dL/dz2 over the samples, np.sum(a2 - y, axis=1, keepdims=True)."
    ] = np.zeros_like(np.sum(dz2, axis=1, keepdims=True))
    factors = (
        {}
        if N == 1
        else {
            f"1/{N}: the gradients are averaged over the N={N} samples; the loss is summed over the batch, and so are "
            "its gradients.": 1.0 / N
        }
    )

    def loss(_: np.ndarray) -> float:  # the parameters are perturbed in place by numerical_gradient
        return float(nllm(forward(x, W1, b1, W2, b2)[3], y))

    if exact is not None and top > LARGE_LOGITS and _float32_logit_rounding_only(out, exact_of, x, a1, a2, W2, z1, top):
        return
    try:
        _check_backward_gradients(analytic, params, exact_of, loss, likely, factors, N, where)
    except AssertionError:
        try:
            returned = [np.asarray(o, dtype=np.float64) for o in out]
        except (TypeError, ValueError):
            returned = None
        if returned is None:  # not arrays of numbers: the check's own message stands
            raise
        true = {  # each once, for both stories below
            p: np.asarray(exact_of[p]) if p in exact_of else gradcheck.numerical_gradient(loss, value)
            for p, value in params.items()
        }
        order = _returned_order(returned, true)
        if order:
            raise AssertionError(
                f"backward {where} returns the gradients in the order ({', '.join(order)}): return them as "
                "(dW1, db1, dW2, db2), the order of the parameters."
            ) from None
        reshaped = _reshaped_only(returned, true)
        if len(reshaped) > 1:  # round 61: db1 and db2 both flat, and the message named db2 only
            shapes = ", ".join(f"d{p} has shape {got}, not {want}" for p, got, want in reshaped)
            raise AssertionError(
                f"backward {where} returns the right numbers in the wrong shapes: {shapes}. Each gradient has the "
                "shape of its parameter: a sum over the samples keeps its axis (np.sum(..., axis=1, keepdims=True))."
            ) from None
        raise


def _reshaped_only(
    returned: Sequence[np.ndarray], true: dict[str, np.ndarray]
) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    """(name, shape returned, shape expected) of backward's results (``returned``, in the parameters' order) that hold
    the right gradient (``true``, by parameter) in another shape, when every result holds the right numbers (else
    [])."""
    if len(returned) != len(true):
        return []
    found = []
    for arr, (p, want) in zip(returned, true.items(), strict=True):
        if arr.size != want.size or gradcheck.diagnose(arr.reshape(want.shape), want, tol=grad_tol(arr)) is not None:
            return []
        if arr.shape != want.shape:
            found.append((p, arr.shape, want.shape))
    return found


def _returned_order(returned: Sequence[np.ndarray], true: dict[str, np.ndarray]) -> list[str] | None:
    """The names of backward's four results (``returned``) when they are the right gradients (``true``, by
    parameter) in another order, else None."""
    names = list(true)
    for order in itertools.permutations(names):
        if list(order) != names and all(
            arr.shape == true[p].shape and gradcheck.diagnose(arr, true[p], tol=grad_tol(arr)) is None
            for arr, p in zip(returned, order, strict=True)
        ):
            return [f"d{p}" for p in order]
    return None


# Float32 answers on logits near 800 (far_apart_columns): z2 = W2^T a1 + b2 rounded to float32 is off by |z2| EPS32
# (5e-5 at 800), and so is each probability relative to itself; a gradient entry that cancels to 1e-3 of its terms is
# then 5 % off, beyond the gradient check's float32 tolerance (session 54's blind round: a correct float32 backward lost
# test_backward on one draw in two, db2 3.9e-3 off). Such an answer is judged against the exact gradients entry by
# entry at FLOAT32_LOGIT_ULPS units of EPS32 |z2| times the entry's sum of |terms|, instead.
LARGE_LOGITS = 50.0
FLOAT32_LOGIT_ULPS = 4.0


def _float32_logit_rounding_only(
    out: Sequence[Any],
    exact_of: dict[str, Any],
    x: np.ndarray,
    a1: np.ndarray,
    a2: np.ndarray,
    W2: np.ndarray,
    z1: np.ndarray,
    top: float,
) -> bool:
    """Whether backward's results ``out`` (dW1, db1, dW2, db2) hold float32 values and each entry is within
    :data:`FLOAT32_LOGIT_ULPS` units of ``EPS32 * top`` times its sum of |terms| of the exact gradient (``exact_of``):
    the rounding of float32 logits as large as ``top``, carried through a2 - y, W2 and the ReLU mask."""
    try:
        got = [np.asarray(o, dtype=np.float64) for o in out]
    except (TypeError, ValueError):
        return False
    if not gradcheck.holds_float32(*out):
        return False
    d2 = np.abs(a2)  # each probability's error, relative to it
    d1 = (np.abs(W2) @ d2) * (z1 > 0)  # carried back through W2 and the mask
    scales = {
        "W1": np.abs(x) @ d1.T,
        "b1": np.sum(d1, axis=1, keepdims=True),
        "W2": np.abs(a1) @ d2.T,
        "b2": np.sum(d2, axis=1, keepdims=True),
    }
    for g, p in zip(got, ("W1", "b1", "W2", "b2"), strict=True):
        truth = np.asarray(exact_of[p], dtype=np.float64)
        if g.shape != truth.shape:
            return False
        # (2**-100: float32 holds nothing that small; a class 727 below the top has a2 = 0 in both dtypes)
        units = gradcheck.float32_units_off(g, truth, (1.0 + top) * (scales[p] + np.abs(truth)) + 2.0**-100)
        if not np.all(units <= FLOAT32_LOGIT_ULPS):
            return False
    return True


def _check_backward_gradients(
    analytic: dict[str, Any],
    params: dict[str, np.ndarray],
    exact_of: dict[str, Any],
    loss: Callable[..., float],
    likely: dict[str, dict[str, np.ndarray]],
    factors: dict[str, float],
    N: int,
    where: str,
) -> None:
    """Each of backward's gradients against the numerical one, output layer first (:func:`check_backward`)."""
    order = ("W2", "b2", "W1", "b1")
    with gradcheck.one_answer():  # one backward pass: judged together for estimates
        for i, p in enumerate(order):
            hint = "The chain starts from dL/dz2 = a2 - y (softmax followed by NLLM)."
            if p in ("W1", "b1"):
                hint = (
                    "dW2 and db2 are right, so the error is in the step back through W2 and the ReLU: "
                    "dL/da1 = W2 @ dL/dz2, then the ReLU derivative at z1, entry by entry."
                )
            if np.shape(analytic[p]) != params[p].shape:  # round 38: a shape alone is wrong; the chain may be right
                hint = ""
            # the output layer's gradients are nll_gradient's computation (a1 (a2 - y)^T, and its sum over the
            # batch): held to its precision (round 122: db2 by a five-point stencil agreed to about 1e-12)
            tight = p in ("W2", "b2")
            try:
                with gradcheck.derived_to_within(NLL_GRADIENT_DERIVED_REL_ERROR) if tight else nullcontext():
                    check_weight_gradient(
                        f"d{p} from backward {where}",
                        analytic[p],
                        partial(gradcheck.numerical_gradient, loss, params[p]),  # made only when needed
                        batch_size=N,
                        factors=factors,
                        likely_bugs=likely.get(p, {}),
                        hint=hint,
                        exact=exact_of.get(p),
                    )
            except gradcheck.GradientCheckError as e:
                later = {  # round 83: db2 and db1 left unsummed were told one at a time
                    f"d{q}": partial(
                        gradcheck.diagnose,
                        analytic[q],
                        gradcheck.numerical_gradient(loss, params[q]),
                        batch_size=N,
                        batch_reduction="sum",
                        factors=factors,
                        likely_bugs=likely.get(q, {}),
                        tol=grad_tol(analytic[q]),
                    )
                    for q in order[i + 1 :]
                }
                raise gradcheck.naming_same_slip(e, later) from None


def check_relu_derivative_at_zero(
    backward: Callable[..., Any], exact_backward: Callable[..., Any], *, tiny: Sequence[float] = ()
) -> None:
    """The task's convention at ReLU's kink, ReLU'(0) = 0, on a 2-3-2 network with ``z1[0, 0] == 0`` exactly.

    ``exact_backward``: the reference ``backward`` (hidden checks). Random data never hits the kink, so
    without this check a mask ``z1 >= 0`` would pass every other test. ``tiny``: positive values of z1 that must count
    as on too (ReLU'(z) = 1 for every z > 0), checked afterwards on units whose z1 is exactly each
    (:func:`check_relu_derivative_tiny`).
    """
    _check_relu_kink(backward, exact_backward)
    if tiny:
        check_relu_derivative_tiny(backward, exact_backward, tiny)


def check_relu_derivative_tiny(
    backward: Callable[..., Any], exact_backward: Callable[..., Any], tiny: Sequence[float]
) -> None:
    """ReLU'(z) = 1 for z > 0 however small: a 2-(1+k)-2 network whose unit 0 is active (z1 = 0.7 and 0.4, not float32
    values) and whose unit i + 1 has z1 = ``tiny[i]`` in both samples (W1's column 0, b1 = tiny[i]), with dL/da1 far
    from 0 there, so dW1[:, i + 1] and db1[i + 1] are those of an active unit.

    Round 126: a mask from a1 cast to float16 or float32 (a1.astype(np.float32) > 0) turned z1 = 1e-20 or 1e-300 off.
    The course accepts float32 arithmetic: a unit whose z1 float32 cannot hold (below 1.4e-45) may count as off in an
    answer whose results show float32 rounding (a float32 dtype, or unit 0's gradients off by float32's rounding: its
    z1 in float32 is 0 there, and ReLU'(0) = 0).
    """
    x = np.array([[1.0, -0.5], [2.0, 1.5]])
    z = np.asarray(tiny, dtype=np.float64).reshape(-1)
    k = z.size + 1
    W1 = np.zeros((2, k))
    W1[:, 0] = (0.1, 0.3)  # z1 of unit 0: 0.7 and 0.4, rounded in float32 arithmetic
    b1 = np.concatenate([[0.0], z]).reshape(-1, 1)
    W2 = np.array([[1.0, -0.5]] + [[-0.75, 0.5], [0.5, 1.0]] * (k // 2 + 1))[:k]
    b2 = np.array([[0.125], [-0.25]])
    y = np.array([[1.0, 0.0], [0.0, 1.0]])
    values = ", ".join(f"{t:g}" for t in z)
    where = f"at hidden pre-activations z1 = {values}, tiny but positive (2-{k}-2 network, N=2)"
    out = call("backward", backward, x, y, W1, b1, W2, b2, names=("x", "y", "W1", "b1", "W2", "b2"))
    try:
        dW1, db1 = (
            np.asarray(v, dtype=np.float64) for v in sequence(f"backward {where}", out, 4, "(dW1, db1, dW2, db2)")[:2]
        )
    except (TypeError, ValueError):
        return  # not arrays of numbers: check_backward explains it
    want_W1, want_b1 = (np.asarray(v, dtype=np.float64) for v in exact_backward(x, y, W1, b1, W2, b2)[:2])
    if dW1.shape != want_W1.shape or db1.shape != want_b1.shape:
        return  # wrong shapes are check_backward's to explain

    def unit(i: int) -> tuple[np.ndarray, np.ndarray]:
        return np.append(dW1[:, i], db1[i]), np.append(want_W1[:, i], want_b1[i])

    def exact(i: int) -> bool:
        return bool(np.allclose(*unit(i), rtol=1e-12, atol=0.0))

    f32_tiny = float(np.finfo(np.float32).smallest_subnormal)
    float32 = gradcheck.holds_float32(dW1, db1) or any(
        not exact(i) and gradcheck.float32_rounding_only(*unit(i)) for i in range(k) if i == 0 or z[i - 1] >= f32_tiny
    )
    off = []
    for i in range(k):
        if exact(i) or gradcheck.float32_rounding_only(*unit(i)):
            continue
        if i > 0 and np.all(unit(i)[0] == 0.0):
            if z[i - 1] < f32_tiny and float32:
                continue  # float32 arithmetic: its z1 is 0 there
            off.append(f"{z[i - 1]:g}")
            continue
        what = "active unit (z1 = 0.7 and 0.4)" if i == 0 else f"unit whose z1 is {z[i - 1]:g}"
        raise AssertionError(f"backward {where}: dW1 or db1 is wrong for the {what}.")
    if off:
        raise AssertionError(
            f"backward {where}: dW1 and db1 pass no gradient back through the unit{'s' if len(off) > 1 else ''} whose "
            f"z1 is {' and '.join(off)}, as if the ReLU derivative were 0 there: it is 1 for every z > 0, however "
            "small. Is the mask taken from a rounded copy (a1.astype(np.float16) > 0, a1.astype(np.float32) != 0, "
            "which turn such a z1 into 0)? Take it from z1 itself, in its own precision: (z1 > 0)."
        )


def _check_relu_kink(backward: Callable[..., Any], exact_backward: Callable[..., Any]) -> None:
    """:func:`check_relu_derivative_at_zero` at the kink itself."""
    x = np.array([[1.0, -0.5], [2.0, 1.5]])  # (m=2, N=2); every value below is exact in binary
    W1 = np.array([[0.5, -0.75, 0.25], [0.25, 0.5, -1.0]])
    b1 = np.array([[-1.0], [0.25], [0.5]])  # z1 = W1^T x + b1 = [[0, -0.875], [0.5, 1.375], [-1.25, -1.125]]
    W2 = np.array([[1.0, -0.5], [0.25, 0.75], [-0.5, 0.5]])
    b2 = np.array([[0.125], [-0.25]])
    y = np.array([[1.0, 0.0], [0.0, 1.0]])
    where = "at an input where a hidden pre-activation z1 is exactly 0 (2-3-2 network, N=2)"
    out = call("backward", backward, x, y, W1, b1, W2, b2, names=("x", "y", "W1", "b1", "W2", "b2"))
    dW1, db1 = (np.asarray(v) for v in sequence(f"backward {where}", out, 4, "(dW1, db1, dW2, db2)")[:2])
    want_W1, want_b1 = (np.asarray(v) for v in exact_backward(x, y, W1, b1, W2, b2)[:2])
    if dW1.shape != want_W1.shape or db1.shape != want_b1.shape:
        return  # wrong shapes are check_backward's to explain
    rtol = testing.rtol_for(dW1)
    if np.allclose(dW1, want_W1, rtol=rtol, atol=1e-12) and np.allclose(db1, want_b1, rtol=rtol, atol=1e-12):
        return
    # float32 arithmetic inside a float64 result (round 43: float32 activations times float64 weights were told the
    # ReLU's derivative at 0 is wrong): accepted, as everywhere in the course
    if gradcheck.float32_rounding_only(dW1, want_W1) and gradcheck.float32_rounding_only(db1, want_b1):
        return
    # with ReLU'(0) = 1 the unit at the kink passes the gradient back: dW1[:, 0] gets x[:, 0] times dL/da1[0, 0]
    a2 = np.exp(W2.T @ np.maximum(W1.T @ x + b1, 0) + b2)
    dz2 = a2 / a2.sum(axis=0, keepdims=True) - y
    da1_kink = (W2 @ dz2)[0, 0]
    kink_W1, kink_b1 = want_W1.astype(float), want_b1.astype(float)
    kink_W1[:, 0] += x[:, 0] * da1_kink
    kink_b1[0, 0] += da1_kink
    if np.allclose(dW1, kink_W1, rtol=rtol, atol=1e-12) and np.allclose(db1, kink_b1, rtol=rtol, atol=1e-12):
        raise AssertionError(
            f"backward {where}: dW1 and db1 pass the gradient back through the unit whose z1 is 0, i.e. the ReLU "
            "derivative is taken as 1 at z = 0; the task says to take 0 there (a mask z1 > 0, not z1 >= 0)."
        )
    raise AssertionError(f"backward {where}: dW1 or db1 is wrong (the ReLU derivative at z = 0 is 0).")


# ---------------------------------------------------------------------------------------------------
# Worked questions (sections 3 and 5): a stored value, and the functions it builds on


@dataclass(frozen=True)
class Dependency:
    """A check, run only when a worked answer is wrong, of one function that answer builds on (:func:`dependency`).

    Called, it gives "" when that function is right on the task's inputs, else why the worked answer is wrong.
    """

    label: str  # the function's name
    tests: str  # its test cell
    get: Callable[[], Any]  # the student's function, looked up late (it may not exist)
    reference: Callable[..., Any]
    args: tuple[Any, ...]
    pick: int | None = None
    calls: tuple[Dependency, ...] = ()  # other graded functions it may call in the notebook

    def __call__(self) -> str:
        wrong = self.own()
        callee = next((c for c in self.calls if wrong and c()), None)
        if callee is None:
            return wrong
        return (
            f"it builds on your {self.label}, which gives a wrong result for this task's inputs, and on your "
            f"{callee.label} if {self.label} calls it, which is wrong on them too ({callee.tests} fails): fix "
            f"{callee.label} first (when graded, {self.tests} gives {self.label} a correct {callee.label})."
        )

    def own(self) -> str:
        """Why the worked answer is wrong when this function alone is (whatever it calls), or ""."""
        blame, tests = f"it builds on your {self.label}, which", self.tests
        try:
            f = self.get()
            copies = [np.array(a, copy=True) for a in self.args]
            got = _quiet(f, *copies)
            if not all(np.array_equal(c, a) for c, a in zip(copies, self.args, strict=True)):
                return f"{blame} modifies its inputs in place ({tests} checks it): fix it first."
            want = self.reference(*self.args)
            if self.pick is not None:
                got, want = got[self.pick], want[self.pick]
            ok = _same(got, want)
            reused = ok and testing.result_changed_by_next_call(f, [np.array(a, copy=True) for a in self.args])
        except Exception:  # noqa: BLE001  (not defined, raises, returns something unusable: not right)
            return f"{blame} does not run on this task's inputs ({tests} checks it): fix it first."
        if reused:
            return (
                f"{blame} returns an array that its next call changes ({tests} checks it): an answer kept from an "
                "earlier call (a view such as a[2]) turns into a later call's value. Return a new array from each "
                "call, then run the cells again."
            )
        return (
            ""
            if ok
            else f"{blame} gives a wrong result for this task's inputs when the test calls it ({tests} checks it): fix "
            f"it first. (If {tests} passes, a later cell defines {self.label} again: the answers use {self.label} as "
            f"your notebook leaves it. If {tests} says it keeps something from one call to the next, the value in your "
            "own notebook can look right: the grade follows the function.)"
        )


def dependency(
    label: str,
    tests: str,
    get: Callable[[], Any],
    reference: Callable[..., Any],
    *args: Any,
    pick: int | None = None,
    calls: Sequence[Dependency] = (),
) -> Dependency:
    """A check, run only when a worked answer is wrong, of one function that answer builds on.

    ``get()`` returns the student's function (looked up late: it may not exist); it is called on copies of
    ``args`` and compared with ``reference(*args)`` (item ``pick`` of both, if given). The result, called, gives
    "" when that function is right on these inputs, else why the worked answer is wrong.

    ``calls``: dependencies of other graded functions this one may call in the notebook (``backward`` may call
    ``nll_gradient``); its own test lends it correct ones, so when it is wrong here and one of those is wrong too,
    that one is named first.
    """
    return Dependency(label, tests, get, reference, args, pick, tuple(calls))


def given_unchanged(cell: str, **given: tuple[Callable[[], Any], Any]) -> Callable[[], str]:
    """A check for :func:`check_worked`'s ``given``: the notebook's given arrays still hold the given values.

    ``given``: name -> (``lambda: the notebook's value``, the given value). Called, it gives "" when every one that is
    defined equals its given value, else which one changed (round 55: an experiment cell's ``_W2 = W2`` then
    ``_W2 -= ...`` changed the given W2 in place, and the message on W2_new blamed the learning rate)."""

    def changed() -> str:
        for name, (get, value) in given.items():
            try:
                now = np.asarray(get(), dtype=np.float64)
            except Exception:  # noqa: BLE001  (undefined or not numbers: other checks say so)
                continue
            if now.shape != np.shape(value) or not np.array_equal(now, value):
                return (
                    f"the notebook's {name} is no longer the array the cell {cell} gives: a later cell changed it, "
                    f"in place? (`_w = {name}` makes no copy, so `_w -= ...` changes {name} too: use "
                    f"{name}.copy().) The worked answers use the given values."
                )
        return ""

    return changed


def _same(got: Any, want: Any) -> bool:
    """``got`` equals ``want`` (an array, or a tuple of arrays) to the worked answers' tolerance."""
    if isinstance(want, (tuple, list)):
        return isinstance(got, (tuple, list)) and len(got) == len(want) and all(map(_same, got, want))
    rtol = max(WORKED_RTOL, testing.rtol_for(np.asarray(got)))
    got = np.asarray(got, dtype=np.float64)
    return got.shape == np.shape(want) and bool(np.allclose(got, want, rtol=rtol, atol=1e-12))


def stored(
    label: str, tests: str, get: Callable[[], Any], expected: Any, causes: Sequence[Callable[[], str]] = ()
) -> Callable[[], str]:
    """Like :func:`dependency` for an earlier worked answer (a variable of the notebook): "" when it is right.

    ``causes``: what that answer builds on (its own test's ``depends``); when it is wrong, the first of them that is
    wrong is named too, as the thing to fix (round 71: "it builds on W_sm_new, which is not right" sent the student
    to W_sm_new's cell, where nll_gradient was the bug)."""

    def why() -> str:
        try:
            raw = np.asarray(get())
            value = raw.astype(np.float64)
            ok = value.size == np.size(expected) and bool(
                np.allclose(
                    value.reshape(np.shape(expected)),
                    expected,
                    rtol=max(WORKED_RTOL, testing.rtol_for(raw)),
                    atol=1e-12,
                )
            )
        except Exception:  # noqa: BLE001
            ok = False
        if ok:
            return ""
        cause = next((text for text in (found() for found in causes) if text), "")
        if cause:
            return f"it builds on {label}, which is not right ({tests} fails), because {cause}"
        return f"it builds on {label}, which is not right ({tests} fails): fix it first."

    return why


def check_worked(
    name: str,
    value: Any,
    expected: Any,
    *,
    matrix: bool = False,
    likely_bugs: dict[str, Any] | None = None,
    depends: Sequence[Callable[[], str]] = (),
    step: tuple[np.ndarray, np.ndarray, float] | None = None,
    hint: str = "",
    given: Callable[[], str] | None = None,
) -> None:
    """A worked answer equals the tests' value to 1e-6 of its largest entry (float32: 2e-5).

    A vector or number may come in any shape with the right number of entries; a ``matrix`` must have
    the shape of ``expected``. When it is wrong, the first function or earlier answer it builds on that
    is wrong is named (``depends``, see :func:`dependency`), else the known bug it matches, else a given array the
    notebook changed (``given``, see :func:`given_unchanged`), else, for ``step = (W, gradient, rate)`` (the right
    answer is ``W - rate * gradient``), how the step went wrong, else ``hint``. Never prints the expected value.
    """
    expected = np.asarray(expected, dtype=np.float64)

    def culprit() -> str:
        for why in depends:
            text = why()
            if text:
                return text
        return ""

    try:
        v = testing.as_array(name, value)
        if matrix:
            testing.as_array(name, v, expected.shape)
        elif v.size != expected.size:
            raise AssertionError(f"{name} has {v.size} entries, expected {expected.size}")
        v = v.astype(np.float64).reshape(expected.shape)
    except AssertionError as e:
        text = culprit()
        raise AssertionError(f"{e}{': ' + text if text else ('. ' + hint if hint else '')}") from None
    tol = max(WORKED_RTOL, testing.rtol_for(np.asarray(value))) * max(1.0, float(np.max(np.abs(expected))))
    if np.all(np.isfinite(v)) and float(np.max(np.abs(v - expected))) <= tol:
        return
    text = culprit()
    if text:
        raise AssertionError(f"{name} is not right: {text}")
    for story, wrong in (likely_bugs or {}).items():
        if float(np.max(np.abs(v - np.asarray(wrong, dtype=np.float64).reshape(v.shape)))) <= tol:
            raise AssertionError(f"{name} is not right: {story}")
    changed = given() if given is not None else ""
    if changed:
        raise AssertionError(f"{name} is not right: {changed}")
    if step is not None:
        story = _step_story(v, *step, tol=tol)
        if story:
            raise AssertionError(f"{name} is not right: {story}")
    flat, want = v.reshape(-1), expected.reshape(-1)
    if flat.size > 1 and float(np.max(np.abs(np.sort(flat) - np.sort(want)))) <= tol:  # round 95: a2[::-1]
        order = "in reverse order" if float(np.max(np.abs(flat[::-1] - want))) <= tol else "in another order"
        raise AssertionError(
            f"{name} is not right: it holds the right numbers {order} (its shape is {v.shape}: entry i belongs to "
            "class, unit or input i, in the order of the arrays it comes from). Store it as computed, without "
            "reversing or sorting it."
        )
    raise AssertionError(f"{name} is not right (it is off by more than {tol:.0e}).{' ' + hint if hint else ''}")


def _step_story(value: np.ndarray, before: np.ndarray, grad: np.ndarray, rate: float, *, tol: float) -> str:
    """What a wrong gradient step ``value`` did, if it is ``before + c * grad`` for some c (or c * before...)."""
    gg = float(np.vdot(grad, grad))
    if gg == 0.0:
        return ""
    c = float(np.vdot(value - before, grad)) / gg
    if float(np.max(np.abs(before + c * grad - value))) > tol:
        if np.allclose(value, -(before - rate * grad), atol=tol):
            return "it is minus the right weights: W - rate * gradient, without a sign in front."
        if np.allclose(value, -rate * grad, atol=tol):
            return "it is only the step, -rate * gradient: add it to the weights, W - rate * gradient."
        return ""
    if abs(c) <= 1e-9:
        return "it equals the weights before the step: no step was taken (W - rate * gradient)."
    if abs(c - rate) <= 1e-6:
        return f"the step went up the gradient (W + {rate:g} * gradient); gradient descent subtracts it."
    if c < 0:
        return f"the step is W - {-c:.4g} * gradient: the learning rate is {rate:g}."
    return f"the step is W + {c:.4g} * gradient: gradient descent subtracts {rate:g} * gradient."


# functions of the notebook that a task's function may call (the task text allows it): named as the cause of a worked
# answer's failure only when the function calling it fails too
MAY_CALL = {"backward": ("nll_gradient",)}


def stored_value(name: str, get: Callable[[], Any], cell: str, **builds_on: Callable[[], Any]) -> Any:
    """The worked answer ``name`` (``get()``), or AssertionError saying why the cell did not store it.

    ``builds_on``: name -> ``lambda: value`` for what the cell uses, in order: the student's functions
    (all that do not work on a known example, :func:`works`, are named; one that only a function of :data:`MAY_CALL`
    may call, when that caller fails too) and earlier answers (the first that is not defined is named).
    """
    try:
        return get()
    except NameError:
        pass
    error = testing.cell_error(cell)  # known when graded
    if testing.unanswered(cell) and error in ("", "NotImplementedError"):
        raise AssertionError(
            f"{name} is not defined: the cell {cell} is not answered yet: replace `raise NotImplementedError()` in it "
            "with your code."
        ) from None
    stopped = f" It stopped with {error}." if error else ""
    callees = {c for f, cs in MAY_CALL.items() if f in builds_on for c in cs}  # used only through a caller here
    ok: dict[str, bool] = {}
    for dep, get_dep in builds_on.items():
        try:
            value = get_dep()
            ok[dep] = works(dep, value) if dep in WORKS else True
        except NameError:
            ok[dep] = False
    # every function of the cell's that does not work (round 41: the first alone was named, though the cell stopped in
    # another), and a function one of them may call, when that one fails too
    functions = [d for d in builds_on if d in WORKS and d not in callees]
    broken = [d for d in functions if not ok[d]]
    first = next((d for d in builds_on if not ok[d] and d not in callees), None)
    if first is not None and first not in WORKS:  # an earlier answer missing comes first, as the cell reads
        why = f"It builds on {first}, which is not defined either: fix the cell that stores {first} first."
        if broken:  # round 71: a forward hard-coding the visible width stopped W1_new's cell; name it here too
            names = " and ".join(broken)
            tests = _tests_of(broken)
            verb = "does" if len(broken) == 1 else "do"
            why += f" That cell's answers use your {names}, which {verb} not work yet (see {tests})."
        raise AssertionError(f"{name} is not defined: the cell {cell} did not store it.{stopped} {why}") from None
    if broken:
        called = [(f, c) for f in broken for c in MAY_CALL.get(f, ()) if ok.get(c) is False]
        if called:
            f, c = called[0]
            why = (
                f"It builds on your {f}, which does not work yet, and on your {c} if {f} calls it, which does not "
                f"work either: fix {c} first (see test_{c}; when graded, test_{f} gives {f} a correct {c})."
            )
        else:
            broken, later = _perhaps_through(broken)
            names = " and ".join([", ".join(broken[:-1]), broken[-1]] if len(broken) > 1 else broken)
            tests = _tests_of(broken)
            which = f"which does not work yet: fix {names}" if len(broken) == 1 else "which do not work yet: fix them"
            why = f"It builds on your {names}, {which} first (see {tests}){later}."
            # round 70: a backward that kept a cache between calls worked on its first call, in the student's own run
            says = "say" if len(broken) > 1 or " and " in tests else "says"
            why += (
                f" ({tests} {says} what is wrong: one that keeps something from one call to the next can look right "
                "in your own run.)"
            )
        raise AssertionError(f"{name} is not defined: the cell {cell} did not store it.{stopped} {why}") from None
    uses = (
        f" It uses your {', '.join(functions)}: do they return the shapes their tasks give, also for a single sample "
        "(a squeeze() drops an axis)?"
        if functions
        else ""
    )
    did = f"It stopped with {error}: run it" if error else "Is it answered? Did it stop with an error? Run it"
    shapes = error in ("", *SHAPE_ERRORS)
    usual = "; a shape mismatch is the usual cause: check the shape of every product" if shapes else ""
    raise AssertionError(
        f"{name} is not defined: the cell {cell} did not store it. {did} and read the error{usual}.{uses}"
    ) from None


def builds_on_story(functions: dict[str, Callable[[], Any]] | None, depends_on: str = "") -> str:
    """For a visible check that failed on a value built by the notebook's functions: "it builds on your X, which
    does not work yet: fix it first; see test_X", naming those of ``functions`` (name -> ``lambda:`` the notebook's
    function) that do not work (:func:`works`), a caller left out when what it calls is broken; else "it builds on
    your ``depends_on``: do their tests pass?"; "" with neither. Calls the notebook's functions: only after a failure.

    Round 59: "it builds on your forward and softmax: do their tests pass?" left the student to find which."""
    broken = []
    for dep, get in (functions or {}).items():
        try:
            if not works(dep, get(), FLOAT32):
                broken.append(dep)
        except Exception:  # noqa: BLE001  (not defined: its own cell says so)
            broken.append(dep)
    # forward calls softmax (and relu): a broken softmax makes forward fail too, and is the one to fix
    callers = [d for d in broken if any(c in broken for c in CALLS.get(d, ()))]
    broken, later = _perhaps_through([d for d in broken if d not in callers])
    if broken:
        names = " and ".join(broken)
        tests = _tests_of(broken)
        which = "which does not work yet: fix it" if len(broken) == 1 else "which do not work yet: fix them"
        via = f" ({' and '.join(callers)} calls it)" if callers and len(broken) == 1 else ""
        return f"it builds on your {names}{via}, {which} first; see {tests}{later}"
    return f"it builds on your {depends_on}: do their tests pass?" if depends_on else ""


def _as_array_of(name: str, value: Any, functions: dict[str, Callable[[], Any]] | None) -> np.ndarray:
    """:func:`testing.as_array`; when ``value`` is no array of numbers (None, say), the notebook's ``functions`` it
    builds on that do not work are named (round 63: a softmax that printed its result left net_out None, and the
    message asked only whether "the function" returned it)."""
    try:
        return testing.as_array(name, value)
    except AssertionError as e:
        story = builds_on_story(functions)  # "" when none of them is found broken: the value's own message stands
        if not story:
            raise
        raise AssertionError(f"{e} ({story})") from None


def check_shape(
    name: str,
    value: Any,
    shape: tuple[int, ...],
    *,
    builds_on: str = "",
    functions: dict[str, Callable[[], Any]] | None = None,
) -> np.ndarray:
    """A visible check: ``value`` is a numeric array of ``shape`` (a transpose is named); when it is not, the
    notebook's ``functions`` it builds on that do not work are named (:func:`builds_on_story`), else ``builds_on``."""
    v = _as_array_of(name, value, functions)
    if v.shape != tuple(shape):
        t = " It is transposed?" if v.ndim == 2 and v.shape == tuple(shape)[::-1] else ""
        story = builds_on_story(functions, builds_on)
        tail = f" ({story[:1].upper()}{story[1:]})" if story else ""
        raise AssertionError(f"{name} has shape {v.shape}, expected {tuple(shape)}.{t}{tail}")
    return v


def check_rows_sum_to_zero(
    name: str, value: Any, *, builds_on: str = "", functions: dict[str, Callable[[], Any]] | None = None
) -> None:
    """A visible check: every row of the gradient ``value`` (m, n) sums to zero, as the entries of a - y do when a
    and y both sum to one; when not, names what it builds on (:func:`builds_on_story`)."""
    g = testing.as_array(name, value).astype(np.float64)
    if not np.allclose(np.sum(g, axis=-1), 0.0, atol=1e-6):
        story = builds_on_story(functions, builds_on)
        tail = f" {story[:1].upper()}{story[1:]}." if story else ""
        raise AssertionError(
            f"the rows of {name} should sum to zero, since the entries of a - y do (a and y both sum to one).{tail}"
        )


def check_differs(
    name: str, value: Any, other_name: str, get_other: Callable[[], Any], why: str, **builds_on: Callable[[], Any]
) -> None:
    """A visible check: ``value`` is not ``other_name``'s value (``get_other()``, skipped when that is not defined), to
    1e-9: a gradient step changes it. ``why``: what makes them equal when the step is wrong (round 56: a gradient taken
    after the step passed every visible cell). ``builds_on``: name -> ``lambda:`` the
    notebook's function the value comes from; when one of them does not work (:func:`works`), this check is skipped
    (their own failure is the story)."""
    try:
        other = np.asarray(get_other(), dtype=np.float64)
    except Exception:  # noqa: BLE001  (not defined, or not numbers: other checks say so)
        return
    v = np.asarray(value, dtype=np.float64)
    if v.shape != other.shape or not np.allclose(v, other, rtol=0, atol=1e-9):
        return
    for dep, get in builds_on.items():  # called only now: a call of the notebook's code may change its state
        try:
            if not works(dep, get(), FLOAT32):
                return
        except Exception:  # noqa: BLE001  (not defined: other checks say so)
            return
    raise AssertionError(f"{name} equals {other_name} (to 1e-9), but one gradient step changes it: {why}")


# the network's first weights as the notebook gives them (cell network_data), W^1 of shape (2, 4)
GIVEN_W1 = ((1.0, 0.0, -1.0, 0.0), (0.0, 1.0, 0.0, -1.0))


def check_probabilities(
    name: str,
    value: Any,
    size: int,
    *,
    depends_on: str = "",
    hint: str = "",
    functions: dict[str, Callable[[], Any]] | None = None,
    of_classes: int = 0,
) -> None:
    """A visible check: ``value`` holds ``size`` probabilities (from 0 to 1, summing to one if size > 1).

    When it does not: ``functions`` (name -> ``lambda:`` the notebook's function the value comes from) that do not
    work (:func:`works`) are named with their tests, else ``depends_on`` (what the value builds on) is.
    ``of_classes``: the number of classes a single probability (``size`` 1) is one of, when its softmax's scores are
    moderate: exactly 0 or 1 is then refused (round 113: the softmax of the row x^T W, one number per column, gave 1).
    """
    v = _as_array_of(name, value, functions)

    def tail() -> str:  # called only when a check fails: it calls the notebook's functions
        story = builds_on_story(functions, depends_on)
        return (f" ({story})" if story else "") + (f" {hint}" if hint else "")

    if v.size != size:
        raise AssertionError(f"{name} must hold {size} number{'s' if size > 1 else ''}, not {v.size}{tail()}")
    v = v.astype(np.float64)
    if not np.all((v >= 0) & (v <= 1)):
        raise AssertionError(
            f"{name} = {np.round(np.ravel(v), 6).tolist()} is not made of probabilities (numbers from 0 to 1){tail()}"
        )
    if size == 1 and of_classes > 1 and float(v.ravel()[0]) in (0.0, 1.0):
        broken = builds_on_story(functions)  # "" when the notebook's softmax works
        why = (
            f"{broken[0].upper()}{broken[1:]}."
            if broken
            else "A softmax over columns of one number each gives 1: softmax normalises each column, so the scores of "
            f"one sample are a column (W^T x, shape ({of_classes}, 1)), not the row x^T W."
        )
        raise AssertionError(
            f"{name} is exactly {float(v.ravel()[0]):g}: the softmax of {of_classes} moderate scores gives no "
            f"probability of exactly 0 or 1. {why}{f' {hint}' if hint else ''}"
        )
    if size > 1 and not np.isclose(np.sum(v), 1.0, rtol=1e-5):
        raise AssertionError(
            f"the {size} softmax outputs in {name} must sum to one; they sum to {np.sum(v):.6g}{tail()}"
        )


# round 128: sigma'(z) replaced by its tail exp(-|z|) beyond |z| = 18.2 (relative error 2 exp(-|z|), 2.0e-8 to 2.4e-8
# from 18.25 to 18.4) kept the points past the 12..16 window. Only on the negative side, and only up to about 18.5, do
# the float64 forms the notebook accepts stay closer than that: s (1 - s) with s = 1 / (1 + exp(-z)) keeps 15 digits
# there, the tanh forms 0.5 (1 + tanh(z / 2)) and 0.25 (1 - tanh(z / 2)**2) lose up to 4e-9 (measured; beyond 18.5
# they lose as many digits as the tail approximation, and on the positive side s (1 - s) loses 1e-16 / (1 - s),
# 1e-8 at 18.4).
SIGMOID_DER_NEAR_TAIL_Z = (-18.25, -18.3, -18.35, -18.4)
SIGMOID_DER_NEAR_TAIL_RTOL = 1.5e-8


def check_sigmoid_der_near_tail(sigmoid_der: Callable[..., Any], rng: np.random.Generator | None = None) -> None:
    """``sigmoid_der(z)`` at z from -18.4 to -18.25 (:data:`SIGMOID_DER_NEAR_TAIL_Z`), entry by entry, against the
    exact sigma'(z) = e / (1 + e)**2 (e = exp(z)) to :data:`SIGMOID_DER_NEAR_TAIL_RTOL` of each value, for float64
    results (float32 ones, by dtype, by their values, or computed in float32 as the grader saw it, are left to the
    other checks).
    ``rng``: the order of the entries. Raises ``AssertionError`` naming an approximation of the tail."""
    z = np.array(SIGMOID_DER_NEAR_TAIL_Z, dtype=np.float64).reshape(2, 2)
    if rng is not None:
        z = rng.permutation(z.ravel()).reshape(z.shape)
    e = np.exp(-np.abs(z))
    truth = e / (1.0 + e) ** 2
    got = call("sigmoid_der", sigmoid_der, z.copy(), names=("z",))
    try:
        arr = np.asarray(got)
        values = arr.astype(np.float64)
    except (TypeError, ValueError):
        return  # the function's other checks tell what it returns
    if values.shape != z.shape or arr.dtype != np.float64 or gradcheck.holds_float32(values):
        return
    if gradcheck.seen_computing_in_float32():
        return
    rel = np.abs(values - truth) / truth
    if not np.all(rel <= SIGMOID_DER_NEAR_TAIL_RTOL):  # NaN too
        i = np.unravel_index(int(np.argmax(np.where(np.isnan(rel), np.inf, rel))), z.shape)
        raise AssertionError(
            f"sigmoid_der at z = {z[i]:g} is {values[i]:.10g}, the exact sigma'(z) is {truth[i]:.10g}: "
            f"{rel[i]:.2g} off (relative), where the formula sigma(z) (1 - sigma(z)), computed in float64, keeps 15 "
            "digits. An approximation of the tail (such as exp(-|z|) for large |z|)? Use the derived formula "
            "for every z."
        )


def sigmoid_tail_values(z: Any) -> np.ndarray:
    """The exact sigma(z), no digit lost on either side: 1 / (1 + e) for z > 0, e / (1 + e) below (e = exp(-|z|))."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z > 0, 1.0, e) / (1.0 + e)


NLL_GRADIENT_CLIP_STORY = (
    "it clips a - y (to +-{c:g}): where a prediction is confidently wrong (a near 0 where y = 1, near 1 where y = 0), "
    "|a - y| is close to 1, and the gradient x (a - y)^T takes it unclipped."
)


def confidently_wrong_unit(rng: np.random.Generator, m: int = 3, N: int = 5) -> dict[str, Any]:
    """Data for ``nll_gradient`` on a sigmoid unit whose predictions are confidently wrong: a = 1e-6 (or 1e-9) where
    y = 1 and 1 - 1e-6 where y = 0 (and one sample right, a = 0.25 where y = 0); the known gradient x (a - y)^T in
    ``gradient``, and clips of a - y in ``likely_bugs`` (round 128: a - y clipped to +-0.999 kept the points)."""
    x = float32_exact(rng.normal(size=(m, N)))
    y = np.array([[1.0, 0.0, 1.0, 0.0, 1.0, 0.0][:N]])
    a = np.array([[1e-6, 1.0 - 1e-6, 1e-9, 0.25, 1e-6, 1.0 - 1e-6][:N]])
    W = float32_exact(rng.normal(size=(m, 1)))
    with np.errstate(all="ignore"):
        bugs = {NLL_GRADIENT_CLIP_STORY.format(c=c): x @ np.clip(a - y, -c, c).T for c in (0.9, 0.99, 0.999, 0.9999)}
    return {
        "x": x,
        "W": W,
        "y": y,
        "a": a,
        "gradient": x @ (a - y).T,
        "likely_bugs": bugs,
        "what": f"a sigmoid unit with m={m} inputs and N={N} samples, its predictions confidently wrong (a = 1e-6 "
        "where y = 1)",
    }


def check_sigmoid_tails_16_24(sigmoid: Callable[..., Any], z: Any) -> None:
    """:func:`check_values` of ``sigmoid`` at ``z`` (|z| from 16 to 24) against the exact values
    (:func:`sigmoid_tail_values`); a result exactly 1 wherever it is wrong (z > 0) is named: a cut-off at some z
    (round 128: sigmoid set to 1.0 above z = 18.2, 1.2e-8 off there, kept the points; :func:`testing.saturated_at`
    asks for 1e-7 and for 0 on the negative side too)."""
    z = np.array(z, dtype=np.float64)
    expected = sigmoid_tail_values(z)
    try:
        check_values("sigmoid", sigmoid, z, expected)
    except AssertionError as e:
        try:
            got = np.asarray(_quiet(sigmoid, z.copy()), dtype=np.float64)
        except Exception:  # noqa: BLE001  (only a diagnosis)
            raise e from None
        if got.shape == z.shape:
            wrong = ~np.isclose(got, expected, rtol=1e-9, atol=1e-12)
            if wrong.any() and np.all(z[wrong] > 0) and np.all(got[wrong] == 1.0):
                v = float(np.min(z[wrong]))
                gap = 1.0 - expected[z == v][0]
                raise AssertionError(
                    f"{str(e).rstrip('.')}. It is exactly 1 from z = {v:.3g} on, where 1 - sigma(z) is {gap:.2g}, "
                    "which float64 keeps (1 - 1e-8 is not 1): is it set to 1 beyond some z (np.where(z > c, 1.0, "
                    "...), a branch)? 1 / (1 + exp(-z)) needs no cut-off."
                ) from None
        raise


# ---------------------------------------------------------------------------------------------------
# Round 132: float32 answers judged at float32's precision, entry by entry, whatever the answer's dtype (the checks
# above compare a float32 answer at about 2e-5 of the largest entry; the sigmoid's tails are
# testing.check_sigmoid_tails_float32's).
# Limits measured on every correct answer of answers/softmax_nll (alt_*, indep_alt_*, blind*_ok_*, reference), the
# float32 ones included, over many draws: see each constant. Float64 answers are far inside them.
EPS32 = gradcheck.EPS32
FLOAT32_PRECISION = gradcheck.FLOAT32_PRECISION

# Softmax over classes 0 to 40 below the largest (exp down to 4e-18, normal in float32), judged entry by entry relative
# to each probability, in EPS32. Measured (300 draws): float32 exp(z - max) / sum keeps each probability within 2.8,
# exp(z - logsumexp) 2.8, np.logaddexp.reduce 6.8, an unshifted exp(z) / sum 5.0, and every correct answer of
# answers/softmax_nll within 2.8; a class set to 0 is 1.7e7 off, exp as (1 + u / 2^20)^(2^20) 1.3e4.
SOFTMAX32_GAPS = (0.0, 0.75, 3.0, 11.5, 12.5, 16.0, 25.0, 40.0)
SOFTMAX32_ULPS = 20.0


def _softmax_float32_verdict(what: str, got: np.ndarray, truth: np.ndarray, gaps: np.ndarray) -> None:
    units = gradcheck.float32_units_off(got, truth, np.abs(truth))
    bad = ~(units <= SOFTMAX32_ULPS)
    if not bad.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(bad, units, -1.0))), truth.shape)
    if got[i] == 0.0:
        why = (
            "0: a class far below the column's largest set to 0 (a cut-off, 'negligible')? exp(z - max) is tiny "
            "there but not 0, and float32 keeps it (down to about 1e-38)."
        )
    else:
        why = f"{got[i] / truth[i]:.7g} times the right value: an approximation of exp, a floor or an epsilon?"
    raise AssertionError(
        f"{what}: the probability of a class {gaps[i]:g} below its column's largest score is {got[i]:.9g}, not "
        f"{truth[i]:.9g}: off by {np.abs(got[i] - truth[i]) / truth[i]:.2g} of its value, {FLOAT32_PRECISION} (checked "
        f"entry by entry, relative to each probability, in float32 or float64): {why} Use np.exp(z - max) divided by "
        "their sum."
    )


def check_softmax_float32(softmax: Callable[..., Any], rng: np.random.Generator) -> None:
    """``softmax(z)`` for one column of classes 0 to 40 below its largest (:data:`SOFTMAX32_GAPS`, shifted and
    permuted by ``rng``), entry by entry within :data:`SOFTMAX32_ULPS` EPS32 of each probability, for every answer.
    Round 132: float32 softmaxes setting classes more than 11 below the largest to 0, and one approximating exp by
    (1 + u / 2^20)^(2^20), kept the points (judged at 2e-5 of the largest entry). Raises ``AssertionError``."""
    gaps = rng.permutation(np.array(SOFTMAX32_GAPS))
    z = float32_exact(rng.uniform(-3.0, 3.0)) - gaps
    e = np.exp(z - np.max(z))
    truth = e / np.sum(e)
    try:
        got = np.asarray(_quiet(softmax, z.copy()), dtype=np.float64)
    except Exception:  # noqa: BLE001  (the function's other checks tell what is wrong)
        return
    if got.shape != z.shape:
        return
    _softmax_float32_verdict(f"softmax of {z.size} scores", got, truth, gaps)


def check_forward_float32(forward: Callable[..., Any], rng: np.random.Generator) -> None:
    """forward's a2 on a 2-3-4 network of 3 samples whose output scores sit 0 to 45 below each column's largest (b2
    of (0, -1, -25, -40), permuted; the rest moves them by at most 2.25), entry by entry as
    :func:`check_softmax_float32`; every input a multiple of 1/16, so that z2 is exact in float32 too. Round 132: a
    float32 forward whose softmax set classes more than 11 below the largest to 0 kept the points. Raises
    ``AssertionError``."""
    x = np.round(rng.uniform(-1.0, 1.0, size=(2, 3)) * 4.0) / 4.0
    W1 = np.round(rng.uniform(-1.0, 1.0, size=(2, 3)) * 4.0) / 4.0
    b1 = np.round(rng.uniform(-1.0, 1.0, size=(3, 1)) * 4.0) / 4.0
    W2 = np.round(rng.uniform(-0.25, 0.25, size=(3, 4)) * 16.0) / 16.0
    b2 = rng.permutation(np.array([0.0, -1.0, -25.0, -40.0]))[:, None]
    z1 = W1.T @ x + b1
    z2 = W2.T @ np.maximum(z1, 0.0) + b2
    e = np.exp(z2 - np.max(z2, axis=0, keepdims=True))
    truth = e / np.sum(e, axis=0, keepdims=True)
    try:
        out = _quiet(forward, x.copy(), W1.copy(), b1.copy(), W2.copy(), b2.copy())
        got = np.asarray(out[3], dtype=np.float64)
    except Exception:  # noqa: BLE001  (the function's other checks tell what is wrong)
        return
    if got.shape != truth.shape:
        return
    gaps = np.max(z2, axis=0, keepdims=True) - z2
    _softmax_float32_verdict("forward's a2 (2-3-4 network, N=3)", got, truth, gaps)


# Samples a "learned" shortcut leaves out (round 132: nllm, nll_gradient and backward skipping samples whose
# true-class probability is near 1, and backward skipping samples whose hidden units are all off, kept the points:
# every hidden batch was unsaturated, each probability above 0.02 and each sample with an active hidden unit).
# three samples, their true classes (0, 1, 2) at probabilities 0.9, 0.999995 and 0.9999
NLLM_CONFIDENT_A = ((0.9, 2e-6, 6e-5), (0.06, 0.999995, 4e-5), (0.04, 3e-6, 0.9999))
SKIPPED_SAMPLES_STORY = (
    "it leaves out the samples whose true class already has a probability near 1 (here {p}): their loss or "
    "gradient is small but not 0, and it counts. Every sample counts, whatever its probability."
)


def confident_nllm_batch() -> tuple[np.ndarray, np.ndarray, float, dict[str, float]]:
    """(a, y, the NLLM, {story: the NLLM without the confident samples}): three samples whose true classes have
    probabilities 0.9, 0.999995 and 0.9999 (losses 0.105, 5e-6 and 1e-4: leaving out the one of 5e-6 moves the loss
    by 5e-5 of it, beyond float32's 2e-5)."""
    a = np.array(NLLM_CONFIDENT_A)
    y = np.eye(3)
    p = np.sum(a * y, axis=0)
    terms = -np.log(p)
    stories = {
        SKIPPED_SAMPLES_STORY.format(p=f"{p[k]:.7g}"): float(np.sum(terms[p <= c]))
        for k, c in ((1, 0.99999), (2, 0.9999 - 1e-9))
    }
    return a, y, float(np.sum(terms)), stories


def confident_softmax_layer(rng: np.random.Generator) -> dict[str, Any]:
    """Data for ``nll_gradient`` (as :func:`confidently_wrong_unit`) on a softmax layer of 3 inputs, 3 classes and 4
    samples, sample 1 (or 2) predicted with confidence: a = (0.99, 0.006, 0.004) on its true class 0, |a - y| at most
    0.01; the others moderate. ``likely_bugs``: the gradient without the confident samples."""
    x = float32_exact(rng.normal(size=(3, 4)))
    a = np.array([[0.2, 0.99, 0.3, 0.1], [0.5, 0.006, 0.3, 0.3], [0.3, 0.004, 0.4, 0.6]])
    y = np.eye(3)[:, [1, 0, 2, 0]]
    order = rng.permutation(4)
    x, a, y = x, a[:, order], y[:, order]
    d = a - y
    keep = np.max(np.abs(d), axis=0, keepdims=True) >= 0.05
    return {
        "x": x,
        "W": np.zeros((3, 3)),
        "y": y,
        "a": a,
        "gradient": x @ d.T,
        "likely_bugs": {SKIPPED_SAMPLES_STORY.format(p="0.99, |a - y| at most 0.01"): x @ (d * keep).T},
        "what": "a softmax layer with m=3 inputs, n=3 classes and N=4 samples, one predicted with confidence (0.99)",
    }


def confident_and_dead_network(rng: np.random.Generator, forward: Callable[..., Any]) -> tuple[np.ndarray, ...]:
    """A 2-4-3 network and 5 samples: sample 0 with every hidden unit off (x = 0, every b1 below -0.25; its db2 still
    gets a2 - y, its target a class the output gives little), sample 1 predicted with confidence (b2 + 9 on class 0,
    its true class: probability above 0.999), the others with an active hidden unit, every z1 0.05 from the kink."""

    def modified(x: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> Any:
        x, y = x.copy(), y.copy()
        x[:, 0] = 0.0
        y[:, 0], y[:, 1] = (0.0, 1.0, 0.0), (1.0, 0.0, 0.0)
        return x, y, W1, -np.abs(b1) - 0.25, W2, b2 + np.array([[9.0], [0.0], [0.0]])

    def fits(*net: np.ndarray) -> bool:
        x, _, W1, b1, W2, b2 = modified(*net)
        z1 = W1.T @ x + b1
        a2 = forward(x, W1, b1, W2, b2)[3]
        return bool(np.min(np.abs(z1)) > 0.05 and np.all(np.any(z1[:, 1:] > 0, axis=0)) and a2[0, 1] > 0.999)

    return modified(*random_network(2, 4, 3, 5, rng, accept=fits))
