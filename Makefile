# Two commands do everything on a fresh machine:  make demo  (the main job)  and  make test.
# Both create .venv from requirements.txt when it is missing and put .venv/bin on PATH
# (nbgrader runs `alembic` from PATH to create the gradebook).

VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: venv system-packages grade-packages release check-release check-source student-kit demo grade bench bench-cluster bench-scaling feedback report audit lab test lint clean

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

venv: $(STAMP)

## Debian packages from system-packages.txt, installed when missing: what grading needs (bubblewrap),
## and for the tests also chromium and postgresql.
system-packages:
	@scripts/ensure-system-packages

grade-packages:
	@scripts/ensure-system-packages grade

## Instructor: regenerate release/ and solutions/ from source/ (commit the result).
release: $(STAMP)
	backprop-course release

check-release: $(STAMP)
	backprop-course check-release

## Instructor: the masters' tests still test their tasks (model full marks, blank 0, names, a sample of mutants
## caught; README.md, 'Adding an assignment'). `make test` runs it for every assignment; `release` before writing.
check-source: $(STAMP) grade-packages
	backprop-course check-source $(CHECK_SOURCE_ARGS)

## Instructor: dist/<assignment>.zip per assignment, what students get: the release notebook as built, the
## checker as a small wheel, a README (no solution, no hidden test: the build refuses otherwise).
student-kit: $(STAMP)
	backprop-course release --student-kit

## The main job on the bundled demo class: release -> autograde -> feedback -> grades.csv + table.
demo: $(STAMP) grade-packages
	backprop-course demo

## TA: grade whatever is in submitted/, then feedback and the grade report.
## Parallel and sandboxed; resumable (rerun after a crash). Options: make grade GRADE_ARGS="--force tanh_mlp"
grade: $(STAMP) grade-packages
	backprop-course grade $(GRADE_ARGS)

## Plain `nbgrader autograde` vs `backprop-course grade` on a synthetic class (BENCH_STUDENTS=40 per
## assignment, all assignments); checks the scores agree; last line: `speed-up: N.Nx`.
bench: $(STAMP) grade-packages
	$(PY) bench/bench_grade.py $(BENCH_ARGS)

## `grade --cluster local` with 1 and 2 Dask workers on a synthetic class (BENCH_STUDENTS=12, tanh_mlp);
## checks the scores agree; last line: `scaling 1 -> 2 workers: N.NNx ...`.
bench-cluster: $(STAMP) grade-packages
	$(PY) bench/bench_cluster.py $(BENCH_ARGS)

## `grade --cluster` past one machine: the coordinator's throughput with stub workers (target >= 30 notebooks/s),
## then a simulated cluster of N = 1, 2, 4 workers each in a network namespace of its own (needs root):
## throughput per N and where it stops growing. Options: BENCH_ARGS="--students 40".
bench-scaling: $(STAMP) grade-packages
	@scripts/ensure-system-packages bench
	$(PY) bench/bench_coordinator.py $(BENCH_ARGS)
	$(PY) bench/bench_scaling.py $(BENCH_ARGS)

feedback: $(STAMP)
	backprop-course feedback

report: $(STAMP)
	backprop-course report

## Audit the tests: mutants of the model solutions and the answer cases, graded; audit/*.html, audit/summary.json.
audit: $(STAMP) system-packages
	backprop-course audit $(AUDIT_ARGS)

## Instructors and TAs: JupyterLab on the course (localhost) with nbgrader's extensions: Validate in the
## notebook toolbar, Nbgrader > Formgrader on this course's nbgrader_config.py. Prints the URL with its token.
## Students: make lab STUDENT=tanh_mlp serves only student-lab/tanh_mlp/, a working copy of dist/tanh_mlp.zip
## (made once, then kept).
lab: $(STAMP)
	$(if $(STUDENT),backprop-course lab --student $(STUDENT),$(PY) -m backprop_course.lab)

## The grader test suite (real nbgrader, real kernels).
test: $(STAMP) system-packages
	$(PY) -m ruff check src grader_tests
	backprop-course check-source
	$(PY) -m pytest -n 2

lint: $(STAMP)
	$(PY) -m ruff check src grader_tests bench

## Delete the course's grading data (asks first; make clean CLEAN_ARGS=--yes in scripts). The demo course
## lives in demo/ (replaced by each make demo).
clean: $(STAMP)
	$(PY) -m backprop_course.cli clean $(CLEAN_ARGS)
