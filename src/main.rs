//! The wasm entry point Trunk builds.

#[cfg(target_arch = "wasm32")]
fn main() {
    rapport::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rapport runs in the browser: build it with `make run`.");
}
