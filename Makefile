# The README's two set-up commands are `make lesson` and `make test`. Both bootstrap a fresh
# Debian machine as root: they install what is missing, build, and fetch the data when absent.

SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
APT_PACKAGES := libcmark-dev libzmq3-dev libopenblas-dev liblapacke-dev pkg-config python3 python3-pip
DATA := data/ml-100k/ratings.csv data/ml-100k/movies.csv
BIN_DIR ?= /usr/local/bin
NOTEBOOK := .build/release/notebook

.PHONY: jupyter jupyter-test lesson lessons test lint format deps browser build build-release data install clean browser-check docs fuzz fuzz-coverage bench bench-collab spark bench-scale bench-interp conformance

## lesson: install what is missing, build (release), fetch MovieLens 100K, run lesson 5.
lesson: deps data install
	notebook run Notebooks/lesson5.md

## test: install what is missing, fetch the data, run every test (the lesson notebook included).
## NOTEBOOK_NO_SKIP=1: the data, Spark and the browser are installed, so no test may skip for want of them.
## The tensor tests run a second time on the C kernels' portable variants; the Jupyter kernel and notebooks last.
test: deps lint data spark browser jupyter
	swift build --build-tests
	NOTEBOOK_NO_SKIP=1 swift test --skip-build --parallel
	NOTEBOOK_PORTABLE_KERNELS=1 swift test --skip-build --filter TensorsTests
	$(MAKE) --no-print-directory lessons
	$(MAKE) --no-print-directory conformance
	$(MAKE) --no-print-directory jupyter-test

## conformance: the project's Swift conformance suite (Tests/Conformance: programs with swiftc's
## output, invalid programs with swiftc's first error, traps) through `notebook exec`, the new
## statically typed interpreter (docs/interpreter.md), with the release build. Programs it does not
## pass yet are listed in Tests/Conformance/pending.txt: a regression fails, and so does a pending
## program that now passes until `python3 scripts/conformance.py --update-pending` drops it.
conformance: build-release
	python3 scripts/conformance.py --notebook $(NOTEBOOK)

## lessons: run every lesson strictly with the release build (a failed cell or `expect` fails).
lessons: build-release
	$(NOTEBOOK) run -q -o output Notebooks/lesson5.md Notebooks/authoring-example.md

## lint: `swift format lint --strict` with the committed .swift-format, and no line over 160
## characters, over LINT_FILES. The cell language's modules (CellLanguage, CellRuntime, CellSyntax,
## CellCore, their test targets and Tests/Conformance) are left out while they are being rewritten
## (docs/interpreter.md); they join when the new interpreter replaces the old one and CellLanguage
## and the old interpreter are deleted. `make format` rewrites the same files in place.
LINT_EXCLUDED := Sources/CellLanguage Sources/CellRuntime Sources/CellSyntax Sources/CellCore \
	Tests/CellLanguageTests Tests/CellRuntimeTests Tests/CellSyntaxTests Tests/CellCoreTests Tests/Conformance
LINT_FILES = Package.swift $(shell find Sources Tests -name '*.swift' $(foreach d,$(LINT_EXCLUDED),-not -path '$(d)/*') | LC_ALL=C sort)
lint:
	@swift format lint --strict --parallel $(LINT_FILES)
	@long=$$(LC_ALL=C.UTF-8 grep -nE '^.{161}' $(LINT_FILES)); \
	if [ -n "$$long" ]; then echo "$$long" | cut -c1-120; echo "make lint: the lines above are longer than 160 characters"; exit 1; fi
	@echo "make lint: $(words $(LINT_FILES)) files formatted, no line over 160 characters"

format:
	swift format format --in-place --parallel $(LINT_FILES)

## deps: install missing Debian packages (idempotent; apt-get update only when needed).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "make deps: installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@command -v swift >/dev/null || { echo "make deps: error: no Swift toolchain (expected swift on PATH or in /opt/swift)"; exit 2; }

## browser: what `--to pdf`, `make browser-check` and the PDF tests need (idempotent): Debian's
## headless Chromium (prints the report to PDF), a font for it to embed, and poppler-utils
## (pdfinfo, pdftotext, pdftoppm: the tests count the pages, read them and turn them into PNGs).
BROWSER_APT_PACKAGES := chromium-headless-shell fonts-liberation poppler-utils
browser:
	@missing=""; for p in $(BROWSER_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "make browser: installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build

build-release: deps
	swift build -c release --product notebook

## install: put `notebook` on PATH (a copy of the release build, so removing this clone leaves it working).
install: build-release
	@install -m 755 "$(NOTEBOOK)" "$(BIN_DIR)/notebook" && echo "make install: $(BIN_DIR)/notebook (from $(NOTEBOOK))"

## data: MovieLens 100K as data/ml-100k/{ratings,movies}.csv (never committed: licence).
data: $(DATA)
$(DATA): scripts/fetch_movielens.py
	python3 scripts/fetch_movielens.py data/ml-100k
	@touch $(DATA)

## browser-check: render a report (REPORT, default output/lesson5.html; run lesson 5 with the
## release build if present, else the debug build, when it is missing) in headless Chromium to a
## PNG, and fail on a blank or broken page. Installs the browser (`make browser`) when missing.
REPORT ?= output/lesson5.html
browser-check: deps data browser
	@if [ ! -f "$(REPORT)" ]; then \
		if [ -x $(NOTEBOOK) ]; then bin=$(NOTEBOOK); else swift build --product notebook && bin=.build/debug/notebook; fi; \
		src=Notebooks/$$(basename "$(REPORT)" .html).md; [ -f "$$src" ] || src=Notebooks/tests/$$(basename "$(REPORT)" .html).md; \
		$$bin run -q -o "$$(dirname "$(REPORT)")" "$$src" || true; \
	fi
	python3 scripts/browser_check.py "$(REPORT)" --png "$(REPORT:.html=.png)"
## docs: regenerate docs/builtins.md from the builtin registry (a test fails when it is stale).
docs: deps
	swift build --product notebook
	.build/debug/notebook builtins > docs/builtins.md
	@echo "make docs: wrote docs/builtins.md"

## fuzz: a long fuzz run of the parser, checker and interpreter (make test runs a short one).
## FUZZ_COUNT cases from seed FUZZ_SEED.
FUZZ_COUNT ?= 20000
FUZZ_SEED ?= 1
fuzz: deps
	swift build --build-tests
	NOTEBOOK_FUZZ_COUNT=$(FUZZ_COUNT) NOTEBOOK_FUZZ_SEED=$(FUZZ_SEED) swift test --skip-build --filter CellFuzzTests

## fuzz-coverage: coverage-guided fuzzing with libFuzzer (Swift's --sanitize=fuzzer, plus address
## sanitizer) of each entry point in Sources/FuzzTargets (csv, markdown, cell-parser, cell-syntax, cell-checker), FUZZ_SECONDS
## each (default 600), from the committed corpus fuzz/corpus/<target>/; the inputs it adds go to
## .build/fuzz/corpus/<target>/ (merge the useful ones with libFuzzer's -merge=1 before committing).
## A crash is written as fuzz/corpus/<target>/crash-<sha1> (commit it: `make test` replays the corpus
## through the same entry point, so it stays a regression test) and the run stops with status 1.
## Built apart, in .build/fuzz, so it never disturbs the ordinary build. FUZZ_TARGETS picks targets;
## FUZZ_ARGS passes libFuzzer options (e.g. FUZZ_ARGS=-max_len=4096). The new parser is also seeded
## with the conformance programs (Tests/Conformance/valid, read in place rather than copied), the
## checker with the valid and the invalid ones; the new parser also with the old parser's seeds (the
## same lesson cells), so fuzz/corpus/cell-syntax holds only what its own runs keep.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= csv markdown cell-parser cell-syntax cell-checker
FUZZ_ARGS ?=
FUZZ_BIN := .build/fuzz/debug/notebook-fuzz
fuzz-coverage: deps
	swift build --scratch-path .build/fuzz --product notebook-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
		-Xswiftc -DNOTEBOOK_LIBFUZZER
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .build/fuzz/corpus/$$t .build/fuzz/found; \
		seeds=""; [ "$$t" = cell-syntax ] && seeds="fuzz/corpus/cell-parser Tests/Conformance/valid"; \
		[ "$$t" = cell-checker ] && seeds="Tests/Conformance/valid Tests/Conformance/invalid"; \
		echo "make fuzz-coverage: $$t for $(FUZZ_SECONDS) s from fuzz/corpus/$$t"; \
		NOTEBOOK_FUZZ_TARGET=$$t ASAN_OPTIONS=detect_leaks=0:symbolize=0 $(FUZZ_BIN) .build/fuzz/corpus/$$t fuzz/corpus/$$t $$seeds \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
			-artifact_prefix=fuzz/corpus/$$t/ $(FUZZ_ARGS) 2>&1 | tee .build/fuzz/found/$$t.log | grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|artifact_prefix|Test unit)' ; \
		status=$${PIPESTATUS[0]}; [ $$status -eq 0 ] || { echo "make fuzz-coverage: $$t found a crash (log: .build/fuzz/found/$$t.log)"; exit 1; }; \
	done

clean:
	rm -rf .build output/*.html

## spark: what the Spark ALS engine needs (idempotent): Java 17 from Debian and pyspark from PyPI
## in a git-ignored virtualenv, .venv-spark/. SPARK_EXTRAS=connect adds the Spark Connect client.
SPARK_VENV := .venv-spark
PYSPARK_VERSION := 4.3.0
SPARK_NUMPY_VERSION := 2.4.6
SPARK_APT_PACKAGES := openjdk-17-jre-headless python3-venv
SPARK_EXTRAS ?=
SPARK_STAMP := $(SPARK_VENV)/.installed-pyspark-$(PYSPARK_VERSION)-numpy-$(SPARK_NUMPY_VERSION)$(if $(SPARK_EXTRAS),-$(SPARK_EXTRAS))
spark: deps
	@missing=""; for p in $(SPARK_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "make spark: installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@if [ ! -f $(SPARK_STAMP) ]; then \
		echo "make spark: installing pyspark $(PYSPARK_VERSION)$(if $(SPARK_EXTRAS), [$(SPARK_EXTRAS)]) into $(SPARK_VENV)/"; \
		{ [ -x $(SPARK_VENV)/bin/python ] || python3 -m venv $(SPARK_VENV); } && \
		$(SPARK_VENV)/bin/pip install -q --disable-pip-version-check \
			"pyspark$(if $(SPARK_EXTRAS),[$(SPARK_EXTRAS)])==$(PYSPARK_VERSION)" "numpy==$(SPARK_NUMPY_VERSION)" && \
		touch $(SPARK_STAMP); \
	fi

## bench-scale: 10M synthetic ratings (100,000 users, 20,000 items, planted low-rank model, seeded)
## trained by the embedded ALS, the embedded row-sparse SGD learner and Spark ALS in local[2]:
## seconds, peak memory and validation RMSE side by side (release build; Spark needs `make spark`).
bench-scale: deps spark
	swift build -c release --product bench-scale
	.build/release/bench-scale

## bench: µs per training step (builtin path and cell-defined models) against PyTorch CPU with one
## thread, installed from the local wheel into the git-ignored .venv-bench/ on first use; then
## bench-collab.
TORCH_WHEEL ?= /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
BENCH_VENV := .venv-bench
BENCH_STEPS ?= 2000
bench: deps $(BENCH_VENV)/.installed bench-collab
	swift build -c release --product bench
	$(BENCH_VENV)/bin/python scripts/bench_torch.py --steps $(BENCH_STEPS) --out .build/bench-torch.json
	OPENBLAS_NUM_THREADS=1 .build/release/bench --steps $(BENCH_STEPS) --torch .build/bench-torch.json

## bench-collab: seconds per epoch and peak memory of the cell-14 recipe (ML-100K, nFactors 50,
## bs 64, Adam 1e-2, wd 2e-4, SGDR 1+2 epochs), ours (release) against PyTorch CPU single-threaded
## on the same recipe (scripts/bench_collab_torch.py, which also needs numpy).
bench-collab: deps data $(BENCH_VENV)/.numpy
	swift build -c release --product bench-collab
	@OPENBLAS_NUM_THREADS=1 .build/release/bench-collab data/ml-100k/ratings.csv | tee .build/bench-collab-ours.txt
	@$(BENCH_VENV)/bin/python scripts/bench_collab_torch.py data/ml-100k/ratings.csv | tee .build/bench-collab-torch.txt
	@ours=$$(sed -n 's/^ours-summary: seconds_per_epoch \([0-9.]*\).*/\1/p' .build/bench-collab-ours.txt); \
	torch=$$(sed -n 's/^torch-summary: seconds_per_epoch \([0-9.]*\).*/\1/p' .build/bench-collab-torch.txt); \
	awk -v o="$$ours" -v t="$$torch" 'BEGIN { printf "bench-collab: %.4f s/epoch ours, %.4f s/epoch PyTorch (1 thread): %.1fx faster\n", o, t, t / o }'

## bench-interp: CPU seconds of the statically typed cell interpreter (CellCore, `notebook exec`,
## release build) on the twelve kernels of bench/interp/, each also run by CPython and compiled with
## swiftc -O; prints a table of ratios and their geometric mean (scripts/bench_interp.py).
## BENCH_INTERP_ARGS passes options, e.g.
## BENCH_INTERP_ARGS="--filter fib,sieve --repeat 3 --json .build/bench-interp.json"
## (`--engine run` times the one-cell notebooks of the session's older interpreter instead).
BENCH_INTERP_ARGS ?=
bench-interp: build-release
	python3 scripts/bench_interp.py --notebook $(NOTEBOOK) --engine exec $(BENCH_INTERP_ARGS)

$(BENCH_VENV)/.installed:
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet "$(TORCH_WHEEL)"
	@touch $@

$(BENCH_VENV)/.numpy: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/pip install --quiet numpy
	@touch $@

## jupyter: what the Jupyter tests need (idempotent): python3-venv from Debian and, in the
## git-ignored .venv-jupyter/, jupyter_kernel_test, jupyter_client, nbformat, nbconvert, nbclient
## and papermill from PyPI (pinned).
JUPYTER_VENV := .venv-jupyter
JUPYTER_PACKAGES := jupyter_kernel_test==0.7.0 jupyter_client==8.10.0 nbformat==5.11.1 nbconvert==7.17.2 nbclient==0.11.0 \
	papermill==2.7.0
JUPYTER_STAMP := $(JUPYTER_VENV)/.installed-$(shell echo '$(JUPYTER_PACKAGES)' | cksum | cut -d' ' -f1)
jupyter: deps
	@dpkg -s python3-venv >/dev/null 2>&1 || { echo "make jupyter: installing python3-venv"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }
	@if [ ! -f $(JUPYTER_STAMP) ]; then \
		echo "make jupyter: installing $(JUPYTER_PACKAGES) into $(JUPYTER_VENV)/"; \
		{ [ -x $(JUPYTER_VENV)/bin/python ] || python3 -m venv $(JUPYTER_VENV); } && \
		$(JUPYTER_VENV)/bin/pip install -q --disable-pip-version-check $(JUPYTER_PACKAGES) && touch $(JUPYTER_STAMP); \
	fi

## jupyter-test: the Swift kernel and .ipynb conversion (Tests/Jupyter, docs/jupyter.md):
## jupyter_kernel_test's protocol suite with samples in our cell language, interruption (message
## and SIGINT), failing cells and malformed messages; a lesson converted to .ipynb executed on the
## kernel by nbclient (`jupyter nbconvert --execute`) and papermill, validated by nbformat. The
## kernelspec of the debug build is installed into the virtualenv, so nothing outside the clone changes.
jupyter-test: jupyter
	swift build --product notebook
	.build/debug/notebook kernel install --prefix $(JUPYTER_VENV)
	JUPYTER_PATH=$(CURDIR)/$(JUPYTER_VENV)/share/jupyter PATH="$(CURDIR)/$(JUPYTER_VENV)/bin:$$PATH" NOTEBOOK=$(CURDIR)/.build/debug/notebook \
		$(JUPYTER_VENV)/bin/python -m unittest -v Tests/Jupyter/test_kernel.py Tests/Jupyter/test_notebooks.py
