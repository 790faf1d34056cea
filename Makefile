# clreport build glue. `make report` and `make test` install missing Debian packages first.
# librsvg2-bin: rsvg-convert draws `clreport figure --format pdf|png`; fonts-liberation: the font
# its PDFs embed (Liberation Sans for the charts' Helvetica/Arial); poppler-utils: pdfinfo/pdffonts.
APT_PACKAGES := libcmark-dev libopenblas-dev zlib1g-dev pkg-config dataset-fashion-mnist chromium poppler-utils librsvg2-bin fonts-liberation
# The one-node Slurm cluster of `make cluster-test` (issue 16).
CLUSTER_PACKAGES := slurm-wlm munge
SWIFT        ?= swift
CONFIG       := -c release
PROFILE      ?= default
BIN          := .build/release/clreport
# Flags of the test build; `cluster-test` builds clreport with them too, so `make test` compiles once.
TESTFLAGS    := -Xswiftc -enable-testing

.PHONY: deps cluster-deps build test browser-test cluster-test report bench clean fuzz fuzz-build fails-without-fix

deps cluster-deps:
	@missing=""; \
	for p in $(if $(filter cluster-deps,$@),$(CLUSTER_PACKAGES),$(APT_PACKAGES)); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make $@: installing$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(CONFIG)

# First the cheap checks: every `import` is declared in Package.swift (scripts/check-imports.sh),
# and `swift format lint` with .swift-format, strict (scripts/lint-swift.sh says what it checks).
# Numeric tests are run optimised; -enable-testing keeps @testable imports working. The tests run
# with TMPDIR set to a fresh empty folder and fail the target if they leave anything in it
# (scripts/run-in-clean-tmp.sh; Tests/TestSupport's `TemporaryDirectory` removes what it makes).
test: deps
	scripts/check-imports.sh --self-test
	scripts/check-imports.sh
	SWIFT=$(SWIFT) scripts/lint-swift.sh
	$(SWIFT) build $(CONFIG) $(TESTFLAGS) --build-tests
	scripts/run-in-clean-tmp.sh $(SWIFT) test $(CONFIG) $(TESTFLAGS) --skip-build
	$(MAKE) browser-test
	$(MAKE) cluster-test

# Real-browser check (headless Chromium, issue 14): the quick report at 1280 px and 420 px (no
# horizontal overflow, figures drawn, figure text legible on a phone), and the committed default
# report printed to A4 in at most 20 pages. Screenshots, PDF and page PNGs stay in $(BROWSER_OUT).
BROWSER_OUT ?= $(shell mktemp -d /tmp/clreport-browser.XXXXXX)
# Built with the test flags so that, after `swift test`, this is not a rebuild of every module.
browser-test: deps
	$(SWIFT) build $(CONFIG) $(TESTFLAGS) --product clreport
	@out="$(BROWSER_OUT)"; echo "browser-test: output in $$out"; \
	$(BIN) report --profile quick --out "$$out/quick" --cache "$$out/cache" --quiet && \
	scripts/browser-check.sh --layout "$$out/quick" "$$out/quick-check" && \
	scripts/browser-check.sh --layout --max-pages 20 output/reference "$$out/reference-check"

# A real one-node Slurm cluster (munged + slurmctld + slurmd on localhost): the quick report in
# 4 shards through `clreport slurm --submit` must be byte-identical to a single-machine report.
cluster-test: deps cluster-deps
	$(SWIFT) build $(CONFIG) $(TESTFLAGS) --product clreport
	scripts/cluster-test.sh $(BIN)

report: build
	$(BIN) report --profile $(PROFILE) --out output/report

bench: build
	$(BIN) bench

# libFuzzer targets (Fuzz/ package, built with -sanitize=fuzzer,address): each runs FUZZ_SECONDS
# on its seed corpus Tests/FuzzCorpus/<name>/ (new inputs go to .fuzz/corpus-<name>/, crashes to
# .fuzz/<name>-crash-*). Fails on the first crash.
FUZZ_TARGETS := idx cifar results template config cache-entry args
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz-build: deps
	$(SWIFT) build --package-path Fuzz $(FUZZ_FLAGS)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .fuzz/corpus-$$t; \
	  echo "make fuzz: fuzz-$$t for $(FUZZ_SECONDS) s"; \
	  Fuzz/.build/release/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=.fuzz/$$t- .fuzz/corpus-$$t Tests/FuzzCorpus/$$t || exit 1; \
	done

# Mutation check of the reliability fixes (issue 15, slow: one incremental build per patch, not
# part of `make test`): each Tests/Reliability/mutations/*.patch undoes one fix in a private copy
# of the tree (.build/mutants) and the tests named in its header must then fail. Exit 1 if any
# mutation is MISSED. `make fails-without-fix MUTATIONS="05 11"` runs a subset.
fails-without-fix: deps
	scripts/fails-without-fix.sh $(MUTATIONS)

clean:
	rm -rf .build
