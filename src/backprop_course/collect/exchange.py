"""``nbgrader collect`` from the exchange that collects only what each student submitted themselves.

On a multi-user machine nbgrader's exchange inbound is writable by every student, and a submission
is a folder named ``<student>+<assignment>+<timestamp>+<random>``; ``nbgrader submit --student=ada``
lets anyone write one in another student's name. nbgrader's own collector only *warns* when the
folder's Unix owner is not the student it names ("cheating attempt?") and collects it anyway, so a
classmate's later "submission" replaces the real one in ``submitted/``.

:class:`OwnerCheckedExchangeCollect` (set in ``nbgrader_config.py`` as ``ExchangeFactory.collect``)
chooses each student's latest submission among the folders that student owns, and never collects
one owned by someone else (it logs them as refused). The rest is nbgrader's collector.
"""

from __future__ import annotations

import glob
import os
import pwd

from nbgrader.exchange.default.collect import ExchangeCollect, groupby


def owner_name(path: str) -> str:
    """The user name of ``path``'s owner (``uid <n>`` if the uid has no name)."""
    uid = os.stat(path).st_uid
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


class OwnerCheckedExchangeCollect(ExchangeCollect):
    """nbgrader's collector that ignores submissions not owned by the student they name (module docstring)."""

    def init_src(self) -> None:
        super().init_src()  # checks the inbound folder, reads the due date, and picks among all folders
        student_id = self.coursedir.student_id or "*"
        pattern = os.path.join(self.inbound_path, f"{student_id}+{self.coursedir.assignment_id}+*")
        records = [self._path_to_record(path) for path in glob.glob(pattern)]
        self.refused = []
        genuine = []
        for rec in records:
            owner = owner_name(os.path.join(self.inbound_path, rec["filename"]))
            if owner == rec["username"]:
                genuine.append(rec)
            else:
                self.refused.append(rec)
                self.log.error(
                    "Not collected: %s names student %s but was submitted by %s",
                    rec["filename"],
                    rec["username"],
                    owner,
                )
        # nbgrader's choice (latest, or latest before the due date when asked), among genuine folders only
        self.src_records = []
        for recs in groupby(genuine, lambda r: r["username"]).values():
            recs = self._sort_by_timestamp(recs)
            if self.duedate is not None and self.before_duedate:
                on_time = [r for r in recs if r["timestamp"] <= self.duedate]
                recs = on_time or recs
            self.src_records.append(recs[0])
