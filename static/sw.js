// Rapport's service worker: keeps one build of the app (index.html and the files it names)
// so the app opens with no network after the first visit.
//
// One cache per build, filled whole at install: index.html always comes with the hashed
// files of its own build. A new deploy changes this file (Trunk's post_build hook in
// Trunk.toml stamps BUILD and FILES below), so the browser installs the new worker next to
// the old one; it waits until the page asks it to take over (the "new version" banner),
// then the page reloads onto the new build and the old cache is deleted.
//
// Every URL is relative to the worker's scope: the app works from any sub-path.
'use strict';

// Stamped by the build (Trunk.toml's post_build hook rewrites these two lines): a hash of
// the staged files, and their names relative to the scope.
const BUILD = 'unstamped';
const FILES = [];

const SCOPE = self.registration.scope;
const at = (path) => new URL(path, SCOPE).href;
// Two deployments under one origin (/a/ and /b/) keep apart: cache names carry the scope.
const PREFIX = `rapport ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const SHELL = at('./');
const INDEX = at('index.html');
const STAMPED = FILES.length > 0;
const PRECACHE = new Set([SHELL, INDEX, ...(STAMPED ? FILES.map(at) : [])]);
// Trunk's content-hashed names (filehash = true): name-0123456789abcdef.ext, never change.
// The hash is a 64-bit number in hex without leading zeros: usually 16 digits, sometimes
// fewer (one build in 16 has 15).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;
// The engine worker's files: Trunk never hashes a worker's names, so they are taken from
// this build's cache like hashed files, never a newer deploy's from the network.
const ENGINE = /\/rapport-engine(_bg|_loader)?\.(js|wasm)$/;
// How long a page load waits for the network before opening the copy kept here.
const NAVIGATION_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
    })(),
  );
});

// The page's "Reload" button: the waiting worker takes over, the page then reloads.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'rapport-activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate' || url.href === SHELL || url.href === INDEX) {
    event.respondWith(openShell(request));
  } else if (HASHED.test(url.pathname) || ENGINE.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/**
 * Fetches this build's files into a new cache, all or nothing. index.html is checked
 * against FILES: if the server already holds a newer deploy than this worker, installing
 * fails (the browser tries again later and then finds the newer worker) rather than
 * keeping an index.html with another build's files.
 */
async function precache() {
  const index = await fresh(INDEX);
  if (STAMPED) {
    const html = await index.clone().text();
    const missing = referencedFiles(html).filter((href) => !PRECACHE.has(href));
    if (missing.length > 0) {
      throw new Error(`index.html is from another build (${missing.join(', ')})`);
    }
  }
  const others = [...PRECACHE].filter((href) => href !== SHELL && href !== INDEX);
  const cache = await caches.open(CACHE);
  // addAll stores all or nothing, and fails on any answer but 200.
  await cache.addAll(others.map((href) => new Request(href, { cache: 'reload' })));
  await cache.put(SHELL, index.clone());
  await cache.put(INDEX, index);
}

/** The same-scope files an index.html names (src, href and the loader's data-rapport-*). */
function referencedFiles(html) {
  const out = [];
  for (const [, value] of html.matchAll(/\s(?:src|href|data-rapport-js|data-rapport-wasm)="([^"]*)"/g)) {
    const href = new URL(value.replaceAll('&amp;', '&'), INDEX);
    href.hash = '';
    if (href.href.startsWith(SCOPE) && href.href !== SHELL) out.push(href.href);
  }
  return out;
}

/** GET `href` from the server, past the HTTP cache; fails unless the answer is 200. */
async function fresh(href) {
  const response = await fetch(href, { cache: 'reload' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  // Read whole (an unread body holds a connection), and as a plain response: a redirected
  // one cannot answer a navigation.
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * index.html: the server's when it answers in time (so a new deploy is seen), else the
 * copy of this build. Never stored here: the cached copy must stay this build's own.
 */
async function openShell(request) {
  const network = fetch(request);
  network.catch(() => {}); // past the timeout nobody waits for it
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error('the network is too slow')), NAVIGATION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, timeout]);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const kept = (await cache.match(SHELL)) ?? (await cache.match(INDEX));
    if (kept) return kept;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Content-hashed files: the kept copy, else the server's, kept from then on. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

/**
 * Other files (manifest, icons, loader): the server's, else the kept copy. A file of this
 * build's list keeps its copy from install; anything else is kept as last seen.
 */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !PRECACHE.has(stripHash(request.url))) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

function stripHash(href) {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
