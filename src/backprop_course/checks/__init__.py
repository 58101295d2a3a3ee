"""Answer-free helpers of the notebooks' test cells, one module per assignment.

Student side: they ship in the student kit and run in students' kernels for the visible checks, and
in the trusted tester when grading. They hold no answer (reference implementations live in the
hidden tests), take the student's functions and objects as arguments (never by global name), and
may be lent to the notebook (as callbacks) by the tests.
"""
