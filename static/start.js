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
// Trusted Types (the CSP requires them at every DOM sink that could run code). The only
// HTML the app writes through innerHTML is its own: Leptos's static templates, compiled
// in, and the QR code's SVG squares; what users type is always set as text. So the one
// policy lets HTML through unless it holds something that runs, and script URLs only for
// this site's engine and offline workers: a future slip that hands user text to innerHTML
// is refused, not run.
if (self.trustedTypes?.createPolicy) {
  self.trustedTypes.createPolicy('default', {
    createHTML(html) {
      if (/<(script|iframe|object|embed|frame)\b|\son[a-z]+\s*=|javascript:/i.test(html)) {
        throw new TypeError('Rapport refused HTML that could run code');
      }
      return html;
    },
    createScriptURL(url) {
      const at = new URL(url, document.baseURI);
      if (at.origin === location.origin && /\/(rapport-engine_loader|sw)\.js$/.test(at.pathname)) return url;
      throw new TypeError(`Rapport refused to run a script from ${at.href}`);
    },
  });
}
const tag = document.querySelector('script[data-rapport-wasm]');
const { default: init } = await import(tag.dataset.rapportJs);
await init({ module_or_path: tag.dataset.rapportWasm });
