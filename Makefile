# Rapport build and test entry points. `make test` is what CI runs (via .ci/run).
# Tools come from scripts/setup.sh: npm's binaryen in tools/ (never Debian's), cargo-installed
# trunk and wasm-bindgen-cli in ~/.cargo/bin.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

WASM := --target wasm32-unknown-unknown
# The e2e tests get their own release build: `trunk serve` keeps rewriting dist/.
E2E_DIST := target/e2e-dist

.PHONY: setup run build test lint unit e2e-dist e2e bench bench-browser soak fuzz crash clean
# Steps share cargo's target dir and 2 cores: always one at a time, in order, even under -j.
.NOTPARALLEL:

setup:
	bash scripts/setup.sh

run: setup
	trunk serve --release --address 127.0.0.1 --port 8080

build: setup
	trunk build --release --dist dist

test: setup lint unit e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --all-targets -- -D warnings
	# The page's binary alone, as Trunk builds it: without the engine (no Automerge).
	cargo clippy $(WASM) --no-default-features --lib --bin rapport -- -D warnings

unit:
	cargo test -- --skip seeded_worlds
	# The seeded simulator: 2,000 worlds, and what they did (tests/simulator/; `make soak`).
	SEEDS=2000 cargo test --test simulator -- --nocapture
	# Browser APIs only: the host tests above already cover domain and document.
	cargo test $(WASM) --test web --test web_peer_link --test engine_protocol

e2e-dist:
	trunk build --release --dist $(E2E_DIST)

e2e: e2e-dist
	RAPPORT_DIST=$(CURDIR)/$(E2E_DIST) node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist

# Benchmarks print figures; they are never assertions. Sizes: RAPPORT_BENCH_CUSTOMERS,
# RAPPORT_BENCH_INTERACTIONS (defaults 10,000 and 100,000).
bench:
	cargo bench --bench import
	cargo bench --bench document

# Browser figures on a release build (prints numbers; asserts nothing).
bench-browser: setup e2e-dist
	RAPPORT_DIST=$(CURDIR)/$(E2E_DIST) node tests/bench/browser.mjs
	RAPPORT_DIST=$(CURDIR)/$(E2E_DIST) node tests/bench/import.mjs

# The seeded simulator at length (tests/simulator/; `make test` runs 2,000 worlds).
SOAK_SEEDS ?= 100000
soak:
	SEEDS=$(SOAK_SEEDS) cargo test --release --test simulator -- --nocapture

# Every reader of outside bytes, fuzzed at length (tests/fuzz/; `make test` runs 2,000
# mutations of each). Prints executions, outcomes, slowest input and peak memory per reader.
FUZZ_RUNS ?= 1000000
fuzz:
	FUZZ_RUNS=$(FUZZ_RUNS) cargo test --release --test fuzz -- --nocapture --test-threads=2

# The crash and kill campaign at length (tests/e2e/crash-campaign.mjs; `make test` runs 21
# cycles): page crashes, browser kills, closed tabs and reloads in the middle of work.
CRASH_PAGE ?= 500
CRASH_KILLS ?= 200
crash: setup e2e-dist
	RAPPORT_DIST=$(CURDIR)/$(E2E_DIST) CRASH_PAGE=$(CRASH_PAGE) CRASH_KILLS=$(CRASH_KILLS) \
		node tests/e2e/crash-campaign.mjs
