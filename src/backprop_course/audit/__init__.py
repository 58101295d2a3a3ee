"""``backprop-course audit``: how well each assignment's tests catch bugs, and how well they explain them.

Modules (see ``docs/audit.md``):

* :mod:`.operators`: mutation operators, cosmic-ray's and the backprop mistakes;
* :mod:`.mutants`: the mutants of a master notebook's solution cells, deterministic;
* :mod:`.equivalence`: the master run in a child process; equivalent and duplicate mutants, and which
  solution cells each test cell calls;
* :mod:`.classify`: does a failure message name the function and a specific cause;
* :mod:`.run`: everything graded with :func:`backprop_course.grade.grade` in a scratch course;
* :mod:`.report`: the terminal table, ``audit/<assignment>.html``, ``audit/summary.json``;
* :mod:`.cli`: the ``audit`` verb (:func:`.cli.add_parser`).
"""
