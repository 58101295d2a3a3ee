"""Course tooling for the backpropagation homework: gradient checking, release builds,
batch grading, feedback and reports. See README.md for the workflows."""

__version__ = "0.1.0"
