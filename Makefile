# Two commands do everything on a fresh machine:  make demo  (the main job)  and  make test.
# Both create .venv from requirements.txt when it is missing and put .venv/bin on PATH
# (nbgrader runs `alembic` from PATH to create the gradebook).

VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: venv system-packages release check-release demo grade feedback report test lint clean

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

venv: $(STAMP)

## Debian packages from system-packages.txt (bubblewrap, chromium, ...), installed when missing.
system-packages:
	@scripts/ensure-system-packages

## Instructor: regenerate release/ and solutions/ from source/ (commit the result).
release: $(STAMP)
	backprop-course release

check-release: $(STAMP)
	backprop-course check-release

## The main job on the bundled demo class: release -> autograde -> feedback -> grades.csv + table.
demo: $(STAMP) system-packages
	backprop-course demo

## TA: grade whatever is in submitted/, then feedback and the grade report.
grade: $(STAMP) system-packages
	backprop-course grade

feedback: $(STAMP)
	backprop-course feedback

report: $(STAMP)
	backprop-course report

## The grader test suite (real nbgrader, real kernels).
test: $(STAMP) system-packages
	$(PY) -m ruff check src grader_tests
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check src grader_tests bench

clean:
	rm -rf submitted autograded/*/ feedback gradebook.db grades.csv .pytest_cache
