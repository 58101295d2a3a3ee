"""Which coordinator grades which submission, when several ``grade --cluster`` runs share a PostgreSQL gradebook.

A claim is a row of the table ``bpc_grading_claim`` in the gradebook's own database, one per
``(assignment, student)``: its ``owner`` (a coordinator's random id), until when the claim holds
(``expires_at``, renewed by the owner while it works) and the fingerprint of the files last graded
to the end (``done_fingerprint``). A coordinator takes submissions with

    SELECT ... FOR UPDATE OF c SKIP LOCKED

over the rows that nobody holds (or whose claim expired) and that were not graded as they are now,
so two runs started at once split the class: rows one of them is taking are skipped by the other,
not waited for. The claim is given up (``done_fingerprint`` set, ``owner`` cleared) in the same
transaction that writes the submission's scores (:func:`.gradebook.write_submissions`): scores
written and claim done are one fact. A coordinator killed mid-run renews nothing: its claims expire
after ``seconds`` and the next coordinator that asks takes them over.

SQLite gradebooks (one machine) need none of this: one ``grade`` run at a time holds the course's
lock file, and :class:`SoleClaims` grants everything.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine

TABLE = "bpc_grading_claim"
Key = tuple[str, str]  # (assignment, student)


class SoleClaims:
    """Claims when this run is the only coordinator (SQLite, under the course's lock file)."""

    shared = False
    seconds = float("inf")  # how long a claim holds unrenewed

    def claim(self, wanted: dict[Key, str], limit: int) -> list[Key]:
        """Up to ``limit`` of ``wanted`` (``{(assignment, student): fingerprint}``), now held by this run."""
        return list(wanted)[:limit]

    def settle(self, conn: Connection | None, key: Key, fingerprint: str) -> bool:
        """Mark ``key`` graded (same transaction as its scores); False if the claim was lost."""
        return True

    def status(self, keys: Iterable[Key], wanted: dict[Key, str]) -> tuple[list[Key], float]:
        """Of ``keys``: those graded by another run as they are now, and how long until a claim may expire."""
        return [], 0.0

    def renew(self) -> None:
        """Extend this run's claims (called while it works)."""

    def release(self) -> None:
        """Give up this run's unfinished claims (at the end of the run)."""

    def close(self) -> None:
        pass


class PostgresClaims(SoleClaims):
    """Claims in a PostgreSQL gradebook (module docstring). ``seconds``: how long a claim holds unrenewed."""

    shared = True

    def __init__(self, db_url: str, seconds: float = 60.0) -> None:
        self.owner = uuid.uuid4().hex
        self.seconds = float(seconds)
        self.engine: Engine = create_engine(db_url, pool_pre_ping=True)
        with self.engine.begin() as conn:
            # one creator at a time: two coordinators starting together would race on CREATE TABLE
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:t))"), {"t": TABLE})
            conn.execute(
                text(
                    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
                    " assignment text NOT NULL, student text NOT NULL,"
                    " owner text, expires_at timestamptz, done_fingerprint text,"
                    " PRIMARY KEY (assignment, student))"
                )
            )

    def claim(self, wanted: dict[Key, str], limit: int) -> list[Key]:
        if not wanted or limit <= 0:
            return []
        a = [k[0] for k in wanted]
        s = [k[1] for k in wanted]
        fp = list(wanted.values())
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    f"INSERT INTO {TABLE} (assignment, student) "
                    "SELECT * FROM unnest(CAST(:a AS text[]), CAST(:s AS text[])) ON CONFLICT DO NOTHING"
                ),
                {"a": a, "s": s},
            )
            rows = conn.execute(
                text(
                    f"SELECT c.assignment, c.student FROM {TABLE} c "
                    "JOIN unnest(CAST(:a AS text[]), CAST(:s AS text[]), CAST(:f AS text[]))"
                    " AS w(assignment, student, fp)"
                    " ON c.assignment = w.assignment AND c.student = w.student "
                    "WHERE (c.owner IS NULL OR c.owner = :me OR c.expires_at < now())"
                    " AND c.done_fingerprint IS DISTINCT FROM w.fp "
                    "ORDER BY c.assignment, c.student LIMIT :n FOR UPDATE OF c SKIP LOCKED"
                ),
                {"a": a, "s": s, "f": fp, "me": self.owner, "n": limit},
            ).fetchall()
            got = [(r[0], r[1]) for r in rows]
            if got:
                conn.execute(
                    text(
                        f"UPDATE {TABLE} c SET owner = :me, expires_at = now() + make_interval(secs => :ttl) "
                        "FROM unnest(CAST(:a AS text[]), CAST(:s AS text[])) AS w(assignment, student) "
                        "WHERE c.assignment = w.assignment AND c.student = w.student"
                    ),
                    {"me": self.owner, "ttl": self.seconds, "a": [k[0] for k in got], "s": [k[1] for k in got]},
                )
        return got

    def settle(self, conn: Connection | None, key: Key, fingerprint: str) -> bool:
        assert conn is not None
        done = conn.execute(
            text(
                f"UPDATE {TABLE} SET done_fingerprint = :fp, owner = NULL, expires_at = NULL "
                "WHERE assignment = :a AND student = :s AND owner = :me"
            ),
            {"fp": fingerprint, "a": key[0], "s": key[1], "me": self.owner},
        )
        return done.rowcount == 1

    def status(self, keys: Iterable[Key], wanted: dict[Key, str]) -> tuple[list[Key], float]:
        keys = list(keys)
        if not keys:
            return [], 0.0
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT assignment, student, done_fingerprint, "
                    " GREATEST(EXTRACT(EPOCH FROM expires_at - now()), 0) "
                    f"FROM {TABLE} "
                    "WHERE (assignment, student) IN "
                    "(SELECT * FROM unnest(CAST(:a AS text[]), CAST(:s AS text[])))"
                ),
                {"a": [k[0] for k in keys], "s": [k[1] for k in keys]},
            ).fetchall()
        finished = [(a, s) for a, s, done, _ in rows if done is not None and done == wanted.get((a, s))]
        waits = [float(left) for _, _, done, left in rows if left is not None]
        return finished, (min(waits) if waits else 0.0)

    def renew(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(f"UPDATE {TABLE} SET expires_at = now() + make_interval(secs => :ttl) WHERE owner = :me"),
                {"ttl": self.seconds, "me": self.owner},
            )

    def release(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(f"UPDATE {TABLE} SET owner = NULL, expires_at = NULL WHERE owner = :me"), {"me": self.owner}
            )

    def close(self) -> None:
        self.engine.dispose()


def claims_for(db_url: str, seconds: float = 60.0) -> SoleClaims:
    """:class:`PostgresClaims` for a PostgreSQL gradebook, else :class:`SoleClaims`."""
    if db_url.startswith("postgresql"):
        return PostgresClaims(db_url, seconds)
    return SoleClaims()
