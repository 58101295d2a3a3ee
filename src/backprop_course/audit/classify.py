"""Diagnosis quality: does a failure message name the function and a specific cause?

The audit's second rate is the share of killed mutants that some failing test explains the way
``docs/writing-tests.md`` asks: the message **names the function** that is wrong and **a specific
cause** (sign, transpose, a named factor, the axis, the derivative at the wrong point, a shape, a
dependency, ...), not a generic "wrong in N entries" or an unnamed constant factor.
:func:`classify_message` decides that for one message; the rules, in order:

1. **names the function**: the mutated function's name appears as a word (``linear_backward``;
   for a method, the class name and the method name, e.g. ``MLP(2, 10, 20, 5).backward`` names
   ``MLP.backward``); for code outside functions (a worked-example cell), one of the variables
   the cell assigns.
2. **cause**, one of:

   * ``unanswered``: ``NotImplementedError``, or the tests say the cell was not answered;
   * ``timeout``: the test did not finish;
   * ``crash``: the student's code raised (``raised by your ...``; a name the tests need is not
     defined because its cell raised) or the kernel died: the exception is reported, not explained;
     unless its message names what went wrong (:data:`CRASH_CAUSES`: shapes that do not fit, an
     index out of range, an undefined name, wrong arguments): then it is ``specific``;
   * for a gradient-check message (``Gradient check failed for <subject>: <problem> Worst
     relative error ...``), the *problem* decides: ``generic`` if it is one of the checker's
     generic findings (:data:`GENERIC`: wrong in N entries, an unnamed factor, imprecise),
     else ``specific`` (a named pattern of :func:`backprop_course.gradcheck.diagnose` or a bug the
     test computed);
   * any other message: ``specific`` if it uses the vocabulary of a cause (:data:`CAUSES`),
     ``generic`` if it only says that values differ (:data:`GENERIC`), else ``unclear``.

A message is *diagnosed* when it names the function and its cause is ``specific``. The vocabulary
is a heuristic on purpose: it is one table here, and ``grader_tests/test_audit.py`` pins it with
the messages it must and must not accept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["CAUSES", "GENERIC", "Diagnosis", "best", "classify_message", "names_function"]

# Phrases that say only *that* something is wrong, or where, not why.
GENERIC: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        ("wrong in N entries", r"\bwrong in (all )?\d+( of \d+)? entr"),
        ("unnamed factor", r"constant scale is missing or extra|none of the sizes this check knows|unnamed factor"),
        ("imprecise", r"imprecise but close"),
        ("values differ", r"\b(differs?|different) (from|than)\b|\bdoes not match|\bdo not match|\bmismatch"),
        (
            "wrong value",
            r"\bis wrong\b|\bare wrong\b|\bincorrect\b|\bnot (equal|close)\b|\bwrong (value|result|answer)|"
            r"\bis not right\b|\bare not right\b|\boff by more than\b",
        ),
        ("expected/got", r"\bexpected\b.*\bgot\b|\bgot\b.*\bexpected\b"),
        ("not the update rule", r"does not follow the (update )?rule"),
    )
)

# Phrases that name a cause (for messages that are not the gradient checker's).
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "sign",
            r"\bsign\b|\bminus the\b|\bhas a minus\b|\bsubtracted\b|\bnegated?\b|"
            r"\buphill\b|\bopposite direction|\bascent\b|\bup the gradient\b",
        ),
        ("transpose", r"transpos"),
        ("factor", r"\bfactor\b.*(=|named|batch|dimension|fan-|the number of)|\bfactor (of )?\d|\btwice\b|\bhalf\b"),
        ("sum/mean", r"\bbatch size\b|\baverag|\bmean\b|\bsummed\b|\bsum (over|of)\b|\bnormali[sz]"),
        ("axis", r"\baxis\b|\bkeepdims\b|\bper (row|column)\b|\bover the (rows|columns|samples|classes)\b"),
        (
            "derivative point",
            r"derivative|pre-activation|\bactivation\b|σ'|sigma'|tanh'|relu'|a\s*\(1\s*[−-]\s*a\)|\bmask\b|"
            r"\bat the (output|input)\b|\bkink\b|\bcancels?\b|\bf'\(z\)",
        ),
        (
            "shape",
            r"\bshape\b|\bshapes (that )?do not fit\b|\bflatten|\bbroadcast|\b1-?d\b|\bcolumn vector|\brow vector",
        ),
        ("missing value", r"\bNone\b|\bNaN\b|\binf\b|\ball zeros\b|not propagated|not computed|\bdid not return\b"),
        ("in place", r"in[ -]place|\bmodif(y|ies|ied)\b|\boverwr|\bchanged (its|the|your) (input|argument|array)"),
        ("step", r"\bstep size\b|\blearning rate\b|\bmomentum\b|\bvelocity\b|\bonly the step\b"),
        (
            "order",
            r"\bwrong order\b|\bbefore (updating|computing|the update|the step)\b|\bafter (updating|the update)\b|"
            r"\bsame backward pass\b|\boriginal (W|weights|parameters)\b",
        ),
        (
            "count",
            r"\biterations?\b|\bepochs?\b|\bone (too )?(many|few)\b|\boff[- ]by[- ]one\b|"
            r"\b\d+ (layers?|entries|items|steps|elements|values), expected \d+|"
            r"\b\d+ (gradient )?steps instead of \d+|\bone entry per\b|\ba list of length\b",
        ),
        ("hard-coded", r"hard-?coded|\bdimension\b|\bfan-(in|out)\b|\bsize of the visible\b"),
        (
            "dependency",
            r"\bfix `?[\w.]+`? first\b|fails its own test|\bfix (your )?[\w.]+ first\b|\bit builds on your\b|"
            r"\bdo(es)? (their|its) tests? pass\b",
        ),
        ("constant", r"\bclass attribute\b|\bon the class\b|\bglobal\b|\bstate\b"),
        ("missing term", r"\bis missing\b|\bis not used\b|\bignores\b|\bdoes not change when\b"),
        ("no effect", r"\bdid not move\b|\bare unchanged\b|\bnot updated\b"),
        ("property", r"\bnot made of probabilities\b|\bmust sum to one\b|\bshould sum to\b|\bmust hold\b.*\bnot \d+"),
        ("inverted", r"\binverted\b|\bthe other way round\b"),
        ("region", r"\bwrong for [a-z_]\w* [<>]=? ?-?\d|\bother than 0 and 1\b"),
        ("index", r"\bindex\b.*\b(class|entry|row|column)\b|\bwrong (class|entry|row|column)\b|\boff by one\b"),
    )
)

# An input's description inside a message ("for z of shape (2, 3)", "weights[1] (shape (3, 2))"): no cause.
_INPUT_SHAPE = re.compile(r"\b(?:of|with) shape \([^)]*\)|\(shape \([^)]*\)\)", re.IGNORECASE)

# What an exception's message (numpy's, Python's, or the tester's hint for a withheld one) says went wrong.
CRASH_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "shape",
            r"could not be broadcast|shapes?.*(not aligned|mismatch|do not match)|core dimension|"
            r"cannot reshape|shapes that do not match",
        ),
        ("index", r"index (\d+ )?(is )?out of (range|bounds)"),
        ("name", r"name '?\w+'? is not defined|a name it uses is not defined"),
        ("arguments", r"positional arguments? but \d+ (was|were) given|missing \d+ required|unexpected keyword"),
    )
)

_GRADCHECK = re.compile(r"Gradient check failed for (?P<rest>.*)", re.DOTALL)
_GRADCHECK_DETAIL = re.compile(r"\s*Worst relative error .*", re.DOTALL)
_CRASH = re.compile(
    r"\braised by your\b|\braised by (the )?student\b|^\w*Error: raised\b|KernelError|kernel stopped|"
    r"is not defined in your notebook"  # the student's cell raised before it defined the name
)
_UNANSWERED = re.compile(r"NotImplementedError|not answered|still raises NotImplementedError", re.IGNORECASE)
_TIMEOUT = re.compile(r"did not finish within|TimeoutError|timed out", re.IGNORECASE)

# Order of preference when a mutant fails several test cells (the best message is what a student can act on).
RANK = {"specific": 0, "crash": 1, "generic": 2, "unclear": 3, "timeout": 4, "unanswered": 5, "none": 6}


@dataclass(frozen=True)
class Diagnosis:
    """How one failure message explains a bug."""

    names_function: bool
    cause: str  # specific, generic, crash, timeout, unanswered, unclear, none
    rule: str  # the label of the rule that decided the cause

    @property
    def specific(self) -> bool:
        """Names the function and a specific cause: what the diagnosis rate counts."""
        return self.names_function and self.cause == "specific"

    def as_dict(self) -> dict[str, object]:
        return {
            "names_function": self.names_function,
            "cause": self.cause,
            "rule": self.rule,
            "specific": self.specific,
        }


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")


def names_function(message: str, function: str, assigned: Sequence[str] = ()) -> bool:
    """Whether ``message`` names ``function`` (``f`` or ``Class.method``).

    For code outside functions (``function`` is ''), whether it names one of ``assigned``.
    """
    if not function:
        return any(_word(n).search(message) for n in assigned)
    if "." in function:
        owner, method = function.split(".", 1)
        if _word(function).search(message):
            return True
        if method.startswith("__") and method.endswith("__"):
            return bool(_word(owner).search(message))  # __init__, __call__: the class is the function
        return bool(_word(owner).search(message) and _word(method).search(message))
    return bool(_word(function).search(message))


def _first(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str:
    for label, pattern in patterns:
        if pattern.search(text):
            return label
    return ""


def classify_message(message: str, function: str, assigned: Sequence[str] = ()) -> Diagnosis:
    """Classify one test cell's failure message (``"ename: evalue"``) for a bug in ``function``.

    See the module docstring for the rules. ``assigned``: the variables a worked-example cell
    sets (used when ``function`` is '').
    """
    text = message.strip()
    named = names_function(text, function, assigned) if text else False
    if not text:
        return Diagnosis(False, "none", "no message")
    if _UNANSWERED.search(text):
        return Diagnosis(named, "unanswered", "not answered")
    if _TIMEOUT.search(text):
        return Diagnosis(named, "timeout", "timeout")
    if _CRASH.search(text):
        # an exception that says what went wrong (shapes that do not fit, an index out of range, a name
        # not defined) is a specific cause; any other is only reported, not explained
        cause = _first(CRASH_CAUSES, text)
        if cause:
            return Diagnosis(named, "specific", f"exception: {cause}")
        return Diagnosis(named, "crash", "exception of the student's code")
    checker = _GRADCHECK.search(text)
    if checker:
        problem = _GRADCHECK_DETAIL.sub("", checker.group("rest"))
        generic = _first(GENERIC[:3], problem)
        if generic:
            return Diagnosis(named, "generic", generic)
        return Diagnosis(named, "specific", "gradient checker's diagnosis")
    # "for z of shape (2, 3)" describes the test's input, not what went wrong
    cause = _first(CAUSES, _INPUT_SHAPE.sub("", text))
    if cause:
        return Diagnosis(named, "specific", cause)
    generic = _first(GENERIC, text)
    if generic:
        return Diagnosis(named, "generic", generic)
    return Diagnosis(named, "unclear", "no cause named")


def best(diagnoses: Sequence[Diagnosis]) -> Diagnosis | None:
    """The most useful of several messages' diagnoses: a specific one naming the function first."""
    if not diagnoses:
        return None
    return min(diagnoses, key=lambda d: (not d.specific, RANK.get(d.cause, 9), not d.names_function))
