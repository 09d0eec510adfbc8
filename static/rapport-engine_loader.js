// Starts Rapport's engine in this dedicated worker: loads the wasm-bindgen glue and the
// wasm file Trunk built for the `rapport-engine` binary (a worker's file names are never
// hashed; the service worker serves them from the page's own build). A failure is
// thrown, so the page hears the worker's error event and runs the engine itself.
importScripts('./rapport-engine.js');
wasm_bindgen({ module_or_path: './rapport-engine_bg.wasm' })
  // The engine's memory, for the browser benchmark to read.
  .then((engine) => { self.rapportEngineMemory = engine.memory; })
  .catch((error) => {
  setTimeout(() => {
    throw error;
  });
});
