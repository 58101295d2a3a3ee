"""What instructors run: ``release/`` and ``solutions/`` built from ``source/`` (:mod:`.build`)."""
