//! Entry point: install the panic hook and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    astana_atlas::web::install_panic_hook();
    astana_atlas::web::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Astana Atlas runs in the browser: use `make serve`.");
}
