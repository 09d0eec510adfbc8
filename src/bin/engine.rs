//! The engine's wasm entry point: Trunk builds it for a dedicated Web Worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    rapport::engine::run_in_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rapport's engine runs in the browser: build it with `make run`.");
}
