# clreport build glue. `make report` and `make test` install missing Debian packages first.
APT_PACKAGES := libcmark-dev libopenblas-dev zlib1g-dev pkg-config dataset-fashion-mnist
# The one-node Slurm cluster of `make cluster-test` (issue 16).
CLUSTER_PACKAGES := slurm-wlm munge
SWIFT        ?= swift
CONFIG       := -c release
PROFILE      ?= default
BIN          := .build/release/clreport
# Flags of the test build; `cluster-test` builds clreport with them too, so `make test` compiles once.
TESTFLAGS    := -Xswiftc -enable-testing

.PHONY: deps cluster-deps build test cluster-test report bench clean

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

# Numeric tests are run optimised; -enable-testing keeps @testable imports working.
test: deps
	$(SWIFT) test $(CONFIG) $(TESTFLAGS)
	$(MAKE) cluster-test

# A real one-node Slurm cluster (munged + slurmctld + slurmd on localhost): the quick report in
# 4 shards through `clreport slurm --submit` must be byte-identical to a single-machine report.
cluster-test: deps cluster-deps
	$(SWIFT) build $(CONFIG) $(TESTFLAGS) --product clreport
	scripts/cluster-test.sh $(BIN)

report: build
	$(BIN) report --profile $(PROFILE) --out output/report

bench: build
	$(BIN) bench

clean:
	rm -rf .build
