"""Collecting submissions: LMS bulk downloads (Canvas, Moodle) into ``submitted/`` with nbgrader's ``zip_collect``.

:func:`collect_submissions` is ``backprop-course collect``; :mod:`.archive` is the safe extractor
plugin, :mod:`.lms` the collector plugin of each LMS, :mod:`.zip_collect` nbgrader's app with the
latest-wins and newer-only steps. Submissions that arrive through nbgrader's exchange are collected
by nbgrader itself (``nbgrader collect``): see README.md.
"""

from .archive import ArchiveRefused, Refusal, SafeExtractorPlugin
from .lms import CanvasCollectorPlugin, MoodleCollectorPlugin, detect_lms
from .zip_collect import CollectRefused, CollectSummary, collect_submissions

__all__ = [
    "ArchiveRefused",
    "CanvasCollectorPlugin",
    "CollectRefused",
    "CollectSummary",
    "MoodleCollectorPlugin",
    "Refusal",
    "SafeExtractorPlugin",
    "collect_submissions",
    "detect_lms",
]
