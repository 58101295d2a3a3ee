"""``backprop-course audit [assignment ...]``: the verb, registered by :func:`add_parser`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..course import Course
from ..settings import GradingSettings

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``audit`` on the ``backprop-course`` verbs; the parsed args' ``run(args, course)`` runs it."""
    p = subparsers.add_parser(
        "audit",
        help="grade mutants of the model solutions and the answer cases: kill rate, survivors, diagnosis quality",
        description="Measure each assignment's tests against automatically generated mutants of the model "
        "solution and against the answer cases of answers/ (alternative correct answers included), with the real "
        "grader in a scratch copy of the course. Writes audit/<assignment>.html and audit/summary.json.",
    )
    p.add_argument("assignment", nargs="*", help="assignments to audit (default: all)")
    p.add_argument(
        "--sample",
        type=int,
        default=None,
        metavar="N",
        help="grade a fixed sample of N non-equivalent mutants per assignment (default: all)",
    )
    p.add_argument("--seed", type=int, default=17, help="seed of the sample (default 17)")
    p.add_argument("--no-cases", action="store_true", help="grade only the mutants (and the reference)")
    p.add_argument(
        "--no-dedupe", action="store_true", help="grade every mutant, also those that behave exactly like another one"
    )
    p.add_argument(
        "--no-pack",
        action="store_true",
        help="grade each mutant in a submission of its own (default: mutants of independent cells together)",
    )
    p.add_argument("--out", type=Path, default=None, help="output folder (default: audit/ in the course root)")
    p.add_argument("--workers", type=int, default=None, help="submissions graded at once (default: one per core)")
    p.add_argument("--timeout", type=int, default=None, help="per-cell time limit, s (default 30)")
    p.add_argument(
        "--no-sandbox",
        action="store_true",
        help="grade without the sandbox (the mutants and cases are course code, not students')",
    )
    p.add_argument("--keep", action="store_true", help="keep the scratch course (its path is printed)")
    p.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if an assignment is below the thresholds (kill 98%%, diagnosis 80%%)",
    )
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace, course: Course) -> int:
    from ..grade import GradeRefused
    from .report import format_table, write_outputs
    from .run import DEFAULT_CELL_TIMEOUT, run_audit

    defaults = GradingSettings()
    settings = GradingSettings(
        workers=args.workers or defaults.workers,
        cell_timeout=args.timeout or DEFAULT_CELL_TIMEOUT,
        sandbox=not args.no_sandbox,
    )
    try:
        result = run_audit(
            course,
            args.assignment or None,
            settings=settings,
            sample=args.sample,
            seed=args.seed,
            with_cases=not args.no_cases,
            dedupe=not args.no_dedupe,
            pack=not args.no_pack,
            progress=sys.stderr,
            keep=args.keep,
        )
    except (GradeRefused, ValueError) as e:
        print(f"audit: {e}", file=sys.stderr)
        return 2
    out = args.out or course.audit_dir
    written = write_outputs(result, out)
    print(format_table(result))
    print("written: " + ", ".join(str(p) for p in written))
    if result.scratch:
        print(f"scratch course: {result.scratch}")
    if args.check and not all(a.meets_thresholds() for a in result.assignments):
        return 1
    return 0
