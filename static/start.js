// Starts Rapport: loads the wasm-bindgen module and the wasm file that Trunk built. Their
// content-hashed names are on this script's own tag (Trunk.toml's pattern_script), so the
// page needs no inline script and its Content-Security-Policy no 'unsafe-inline'.
// The colour theme the user chose, before anything is painted (the app keeps it after).
try {
  const { theme } = JSON.parse(localStorage.getItem('rapport.preferences') ?? '{}') ?? {};
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Unreadable preferences: the system's colours.
}
const tag = document.querySelector('script[data-rapport-wasm]');
const { default: init } = await import(tag.dataset.rapportJs);
await init({ module_or_path: tag.dataset.rapportWasm });
