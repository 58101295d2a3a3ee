"""The audit's outputs: a table for the terminal, ``audit/<assignment>.html``, ``audit/summary.json``."""

from __future__ import annotations

import html
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .run import DIAGNOSIS_THRESHOLD, KILL_THRESHOLD, AssignmentAudit, AuditRun, MutantOutcome

__all__ = ["format_table", "summary", "write_outputs"]


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def format_table(run: AuditRun, *, survivors: int = 12) -> str:
    """The terminal report: one row per assignment, then survivors, broken tests and failed cases."""
    head = (
        f"{'assignment':<18} {'mutants':>7} {'equiv':>5} {'graded':>6} {'killed':>6} {'surv':>4} "
        f"{'kill':>6} {'diagnosed':>9} {'alt (lost pts)':>14} {'cases ok':>8}"
    )
    lines = [head, "-" * len(head)]
    total = {"mutants": 0, "equiv": 0, "graded": 0, "killed": 0, "surv": 0, "diag": 0}
    for a in run.assignments:
        alts = a.alternatives
        ok = sum(c.ok for c in a.cases)
        mark = "" if a.meets_thresholds() else "  < threshold"
        lines.append(
            f"{a.assignment:<18} {a.generated:>7} {a.equivalent:>5} {a.graded:>6} {a.killed:>6} {a.surviving:>4} "
            f"{_pct(a.kill_rate):>6} {_pct(a.diagnosis_rate):>9} "
            f"{f'{len(alts)} ({len(a.alternatives_losing_points)})':>14} {f'{ok}/{len(a.cases)}':>8}{mark}"
        )
        total["mutants"] += a.generated
        total["equiv"] += a.equivalent
        total["graded"] += a.graded
        total["killed"] += a.killed
        total["surv"] += a.surviving
        total["diag"] += a.diagnosed
    if len(run.assignments) > 1:
        kill = total["killed"] / total["graded"] if total["graded"] else None
        diag = total["diag"] / total["killed"] if total["killed"] else None
        lines.append("-" * len(head))
        lines.append(
            f"{'all':<18} {total['mutants']:>7} {total['equiv']:>5} {total['graded']:>6} {total['killed']:>6} "
            f"{total['surv']:>4} {_pct(kill):>6} {_pct(diag):>9}"
        )
    lines.append(
        f"thresholds: kill >= {KILL_THRESHOLD:.0%} of graded (non-equivalent) mutants, "
        f"diagnosed >= {DIAGNOSIS_THRESHOLD:.0%} of killed ones"
    )
    for a in run.assignments:
        extra = []
        for t, msg in a.broken.items():
            extra.append(f"  broken test {t} (the reference fails it; it kills nothing): {msg[:160]}")
        shown = [m for m in a.mutants if m.status == "survived"]
        for m in shown[:survivors]:
            extra.append(f"  survivor {m.mutant.id} {m.mutant.target} [{m.mutant.operator}]: {_change(m)}")
        if len(shown) > survivors:
            extra.append(f"  ... {len(shown) - survivors} more survivors in audit/{a.assignment}.html")
        for c in a.cases:
            if not c.ok:
                extra.append(f"  case {c.name} [{c.kind}] not as declared: {'; '.join(c.problems)[:200]}")
        if extra:
            lines.append(f"{a.assignment}:")
            lines += extra
    packs = sum(a.packing.get("packs", 0) for a in run.assignments)
    packed = sum(a.packing.get("packed", 0) for a in run.assignments)
    again = sum(bool(m.pack_note) and not m.pack for a in run.assignments for m in a.mutants)
    if packs:
        lines.append(f"packed: {packed} mutants in {packs} submissions; {again} of them graded again alone")
    phases = ", ".join(f"{k} {v:.0f} s" for k, v in run.phases.items())
    lines.append(f"wall time {run.seconds:.0f} s ({phases}); {run.settings.get('workers')} workers")
    return "\n".join(lines)


def _change(m: MutantOutcome) -> str:
    before = " ".join(m.mutant.before.split())[:70]
    after = " ".join(m.mutant.after.split())[:70]
    return f"`{before}` -> `{after}`"


def _mutant_json(m: MutantOutcome) -> dict[str, Any]:
    return {
        "id": m.mutant.id,
        "key": m.mutant.key,
        "cell": m.mutant.cell,
        "function": m.mutant.function,
        "operator": m.mutant.operator,
        "line": m.mutant.line,
        "before": m.mutant.before,
        "after": m.mutant.after,
        "diff": m.mutant.diff,
        "status": m.status,
        "duplicate_of": m.duplicate_of,
        "pack": m.pack,
        "pack_note": m.pack_note,
        "equivalence": m.equivalence,
        "failed": m.failed,
        "messages": m.messages,
        "diagnoses": {t: d.as_dict() for t, d in m.diagnoses.items()},
        "diagnosed": m.diagnosed,
        "reason": m.reason,
    }


def _brief(m: MutantOutcome) -> dict[str, Any]:
    """One line of ``summary.json``'s ``mutants``: what changed, the outcome, the best message."""
    best_cell = next((t for t, d in m.diagnoses.items() if d is m.diagnosis), "")
    message = m.messages.get(best_cell, m.reason) if best_cell else ""
    return {
        "id": m.mutant.id,
        "function": m.mutant.target,
        "operator": m.mutant.operator,
        "change": _change(m),
        "status": m.status,
        "duplicate_of": m.duplicate_of,
        "pack": m.pack,
        "failed": m.failed,
        "cause": m.diagnosis.cause if m.diagnosis else "",
        "rule": m.diagnosis.rule if m.diagnosis else "",
        "names_function": bool(m.diagnosis and m.diagnosis.names_function),
        "diagnosed": m.diagnosed,
        "message": " ".join(message.split())[:400],
        "equivalence": m.equivalence.get("detail", ""),
    }


def _assignment_json(a: AssignmentAudit) -> dict[str, Any]:
    return {
        "generated": a.generated,
        "equivalent": a.equivalent,
        "graded": a.graded,
        "duplicates": a.duplicates,
        "killed": a.killed,
        "surviving": a.surviving,
        "not_graded": a.count("not graded"),
        "kill_rate": a.kill_rate,
        "diagnosed": a.diagnosed,
        "diagnosis_rate": a.diagnosis_rate,
        "meets_thresholds": a.meets_thresholds(),
        "sampled": a.sampled,
        "packing": a.packing,
        "graded_alone_after_pack": sum(bool(m.pack_note) and not m.pack for m in a.mutants),
        "test_cells": a.per_test_cell(),
        "functions": a.per_function(),
        "broken_test_cells": a.broken,
        "survivors": [_mutant_json(m) for m in a.mutants if m.status == "survived"],
        "equivalent_mutants": [m.mutant.id for m in a.mutants if m.status == "equivalent"],
        "undiagnosed": [m.mutant.id for m in a.mutants if m.status == "killed" and not m.diagnosed],
        "killed_by_cause": dict(
            Counter(m.diagnosis.cause if m.diagnosis else "none" for m in a.mutants if m.status == "killed")
        ),
        "mutants": [_brief(m) for m in a.mutants],
        "alternatives": [
            {"name": c.name, "kind": c.kind, "total": c.total, "lost_points": c.lost} for c in a.alternatives
        ],
        "cases": [
            {"name": c.name, "kind": c.kind, "ok": c.ok, "total": c.total, "problems": c.problems} for c in a.cases
        ],
        "equivalence_run": a.equivalence,
        "seconds": a.seconds,
    }


def summary(run: AuditRun, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``audit/summary.json``'s content; assignments of ``previous`` that this run did not audit are kept."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assignments = dict((previous or {}).get("assignments", {}))
    for a in run.assignments:
        assignments[a.assignment] = {"audited_at": now, "run_seconds": run.seconds, **_assignment_json(a)}
    return {
        "thresholds": {"kill_rate": KILL_THRESHOLD, "diagnosis_rate": DIAGNOSIS_THRESHOLD},
        "last_run": {
            "at": now,
            "assignments": [a.assignment for a in run.assignments],
            "seconds": run.seconds,
            "phases": run.phases,
            "settings": run.settings,
        },
        "assignments": dict(sorted(assignments.items())),
    }


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; max-width: 80em; }
table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #ccc; padding: .25em .6em; }
th { background: #f3f3f3; text-align: left; } td.n { text-align: right; }
pre { background: #f8f8f8; padding: .5em; overflow-x: auto; margin: .3em 0; }
.killed { border-left: 4px solid #2a2; } .survived { border-left: 4px solid #d22; }
.equivalent { border-left: 4px solid #999; } .mutant { padding-left: .8em; margin: 1em 0; }
.bad { color: #b00; } .ok { color: #070; } .muted { color: #777; }
del { color: #b00; } ins { color: #070; text-decoration: none; }
"""


def _e(text: Any) -> str:
    return html.escape(str(text))


def _diff_html(diff: str) -> str:
    lines = []
    for line in diff.splitlines():
        if line.startswith("+") and not line.startswith("+++"):
            lines.append(f"<ins>{_e(line)}</ins>")
        elif line.startswith("-") and not line.startswith("---"):
            lines.append(f"<del>{_e(line)}</del>")
        else:
            lines.append(_e(line))
    return "<pre>" + "\n".join(lines) + "</pre>"


def _mutant_html(m: MutantOutcome) -> str:
    eq = m.equivalence
    parts = [
        f'<div class="mutant {m.status}" id="{_e(m.mutant.id)}">',
        f"<b>{_e(m.mutant.id)}</b> {_e(m.mutant.target)} &middot; {_e(m.mutant.operator)} &middot; "
        f"line {m.mutant.line} of cell <code>{_e(m.mutant.cell)}</code> &middot; <b>{_e(m.status)}</b>"
        + (
            f' (same behaviour as <a href="#{_e(m.duplicate_of)}">{_e(m.duplicate_of)}</a>, graded in its place)'
            if m.duplicate_of
            else ""
        ),
        _diff_html(m.mutant.diff),
        f'<div class="muted">equivalence check: {_e(eq.get("verdict"))}: {_e(eq.get("detail", ""))}'
        + (f"; {_e(m.pack_note)}" if m.pack_note else "")
        + "</div>",
    ]
    if m.reason:
        parts.append(f"<div>submission: {_e(m.reason)}</div>")
    for t in m.failed:
        d = m.diagnoses.get(t)
        verdict = "diagnosed" if d and d.specific else "not diagnosed"
        why = (
            f"{'names' if d and d.names_function else 'does not name'} {m.mutant.target}; cause {d.cause} ({d.rule})"
            if d
            else ""
        )
        cls = "ok" if d and d.specific else "bad"
        parts.append(
            f'<div><code>{_e(t)}</code> <span class="{cls}">{verdict}</span> '
            f'<span class="muted">{_e(why)}</span><pre>{_e(m.messages.get(t, ""))}</pre></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{_e(c)}</td>' if isinstance(c, int) else f"<td>{c}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def assignment_html(a: AssignmentAudit, run: AuditRun) -> str:
    """``audit/<assignment>.html``: numbers, per test cell and function, every mutant with its diff and messages."""
    ok = a.meets_thresholds()
    parts = [
        f"<!doctype html><meta charset='utf-8'><title>audit: {_e(a.assignment)}</title><style>{_CSS}</style>",
        f"<h1>Audit of <code>{_e(a.assignment)}</code></h1>",
        f"<p>{a.generated} mutants of the model solution, {a.equivalent} equivalent (not counted), {a.graded} graded"
        f" ({a.duplicates} of them duplicates: same behaviour as another mutant, graded once)"
        f"{' (a fixed sample)' if a.sampled else ''}: <b>{a.killed} killed, {a.surviving} surviving</b>, kill rate "
        f"<b>{_pct(a.kill_rate)}</b>; <b>{_pct(a.diagnosis_rate)}</b> of killed mutants diagnosed specifically "
        f"(the message names the function and a specific cause). Thresholds {KILL_THRESHOLD:.0%} / "
        f"{DIAGNOSIS_THRESHOLD:.0%}: <span class='{'ok' if ok else 'bad'}'>{'met' if ok else 'not met'}</span>.</p>",
        f"<p class='muted'>Audit wall time {run.seconds:.0f} s for {len(run.assignments)} assignment(s); "
        f"{_e(run.settings)}.</p>",
    ]
    if a.broken:
        parts.append("<h2>Broken test cells (the model solution fails them; they kill nothing)</h2>")
        parts.append(
            _table(
                ["test cell", "message"],
                [[f"<code>{_e(t)}</code>", f"<pre>{_e(m)}</pre>"] for t, m in a.broken.items()],
            )
        )
    if a.equivalence.get("reference_errors"):
        parts.append("<h2>Cells that raised when the master ran in-process (equivalence check)</h2><ul>")
        parts += [f"<li>{_e(e)}</li>" for e in a.equivalence["reference_errors"]]
        parts.append("</ul>")
    parts.append("<h2>Test cells</h2>")
    parts.append(
        _table(
            ["test cell", "mutants it failed", "of them diagnosed"],
            [[f"<code>{_e(t)}</code>", r["killed"], r["diagnosed"]] for t, r in a.per_test_cell().items()],
        )
    )
    parts.append("<h2>Functions</h2>")
    parts.append(
        _table(
            ["function", "mutants", "equivalent", "killed", "surviving", "diagnosed"],
            [
                [f"<code>{_e(f)}</code>", r["mutants"], r["equivalent"], r["killed"], r["survived"], r["diagnosed"]]
                for f, r in a.per_function().items()
            ],
        )
    )
    parts.append("<h2>Answer cases (answers/)</h2>")
    parts.append(
        _table(
            ["case", "kind", "score", "as declared", "test cells that lost points"],
            [
                [
                    f"<code>{_e(c.name)}</code>",
                    _e(c.kind),
                    _e(c.total),
                    "<span class='ok'>yes</span>"
                    if c.ok
                    else "<span class='bad'>no</span><pre>" + _e("\n".join(c.problems)) + "</pre>",
                    "".join(f"<div><code>{_e(t)}</code><pre>{_e(msg)}</pre></div>" for t, msg in c.lost.items()),
                ]
                for c in a.cases
            ],
        )
    )
    for title, status in (
        ("Surviving mutants", "survived"),
        ("Killed mutants", "killed"),
        ("Equivalent mutants", "equivalent"),
        ("Not graded (outside the sample)", "not graded"),
    ):
        chosen = [m for m in a.mutants if m.status == status]
        if status == "killed":
            chosen.sort(key=lambda m: m.diagnosed)  # undiagnosed first
        if chosen:
            parts.append(f"<h2>{title} ({len(chosen)})</h2>")
            parts += [_mutant_html(m) for m in chosen]
    return "\n".join(parts)


def write_outputs(run: AuditRun, out_dir: Path) -> list[Path]:
    """Write ``<out_dir>/<assignment>.html`` and ``<out_dir>/summary.json``; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for a in run.assignments:
        path = out_dir / f"{a.assignment}.html"
        path.write_text(assignment_html(a, run), encoding="utf-8")
        written.append(path)
    path = out_dir / "summary.json"
    previous = None
    if path.is_file():
        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            previous = None
    path.write_text(json.dumps(summary(run, previous), indent=1) + "\n", encoding="utf-8")
    written.append(path)
    return written
