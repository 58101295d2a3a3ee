"""Batch autograding of ``submitted/`` into nbgrader's gradebook and ``autograded/``: trusted, sandboxed, parallel.

:func:`grade` runs nbgrader's own ``Autograde`` for every submission (sanitising, restoring test cells
from the gradebook, scoring, late penalties, writing ``autograded/``), configured through its
preprocessor lists (:mod:`.preprocessors`). Answer cells run in a fresh, single-use kernel in a
bubblewrap sandbox (:mod:`backprop_course.sandbox`); test cells run in a trusted tester process
beside it (:mod:`backprop_course.bridge`), so a test's score is what trusted code reports. Several
submissions execute at once; the gradebook is written by this process, one submission at a time.

Modules:

* :mod:`.engine`: the batch, the per-submission pipeline, the summary;
* :mod:`.execute`: executing one notebook (kernel + tester), and the local executor;
* :mod:`.preprocessors`: the preprocessors the engine puts into nbgrader's lists;
* :mod:`.records`: ``grade_records/<assignment>/<student>.json``;
* :mod:`.gradebook`: the engine's own few gradebook queries;
* :mod:`.nbgrader_compat`: the workarounds for nbgrader 0.9.6, each with its reason;
* :mod:`.cluster`: the same, with executions on Dask workers (imports Dask).
"""

from .engine import GradeRefused, GradeSummary, grade, grade_with_nbgrader
from .records import GradeRecord, autograded_errors, load_record, load_records

__all__ = [
    "GradeRecord",
    "GradeRefused",
    "GradeSummary",
    "autograded_errors",
    "grade",
    "grade_with_nbgrader",
    "load_record",
    "load_records",
]
