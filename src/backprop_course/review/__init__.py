"""Looking at submissions for a TA: tampering and unreadable files (:mod:`.tamper`), copied work
(:mod:`.similarity`)."""
