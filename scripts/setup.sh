#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently, on a fresh Debian machine.
# Only the package registries are used: crates.io, npm, Debian's archive (and rustup for the
# wasm32 target). Nothing here downloads a prebuilt binary or a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI (and its test runner) must match the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[" ]/,"",$0); sub("version=","",$0); print; exit}' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }

export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log() { printf '[setup] %s\n' "$*"; }

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || { log "adding $c"; rustup component add "$c"; }
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  log "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" ||
   ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes once)"
  # Not --locked: one of its locked dependencies is not served by the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm's binaryen, pinned by tools/package-lock.json; Trunk.toml requires
# version_132. Debian's binaryen is too old and builds a wasm that crashes: never use it.
if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "(version_132)"; then
  log "installing binaryen (wasm-opt) from npm into tools/"
  npm ci --prefix tools --no-audit --no-fund --silent
fi

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  log "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# playwright-core (no browser download) and the stock automerge-repo sync server with its
# JavaScript client: reinstall when the lockfile changed. npm 11's `ci` refuses this lock
# (it lists cbor-extract's optional per-platform builds without versions), so `install`,
# which keeps to the lock's versions, is the fallback.
if [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ] ||
   ! [ -d tests/e2e/node_modules/playwright-core ] ||
   ! [ -d tests/e2e/node_modules/@automerge/automerge-repo-sync-server ]; then
  log "installing the end-to-end test dependencies"
  npm ci --prefix tests/e2e --no-audit --no-fund --silent 2>/dev/null ||
    npm install --prefix tests/e2e --no-audit --no-fund --silent
fi

# Trunk.toml sets offline = true (cargo --offline), so every crate must be in the local cache.
cargo fetch --quiet
log "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
