"""What TAs and students read after grading: grades and reports (:mod:`.grades`), feedback (:mod:`.feedback`)."""
