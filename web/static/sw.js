// Faro's service worker: keeps one language's pages on the phone. Registered by offline.js
// with the locale's pages as its scope (/fa/), only when the person taps "Keep". It saves what
// the pack's list names (/fa/offline/pack.json: every topic, the emergency numbers, the
// consulates, the directory by country, the audio only if chosen) in one cache, the day it was
// saved last, and from then on answers those addresses from the phone — in airplane mode too.
// It asks the server for nothing else but that list, to tell whether a newer version is
// online. Nothing about the person is kept: the pages, the day, whether audio was chosen.
// Pages, stylesheet and scripts are kept gzipped where the browser can (about a third of
// their size: what the pack's download is), and unpacked as they are read.
"use strict";

const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = "faro-pack:" + SCOPE + ":";
const MANIFEST = SCOPE + "offline/pack.json";
const SAVED = SCOPE + "offline/saved.json";
const AT_ONCE = 4;
const PACKED = "x-faro-gzip";
const LIST_WAIT_MS = 10000;

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The cache of the last complete save (a save cut short has no SAVED entry).
async function current() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    if (await cache.match(SAVED)) return cache;
  }
  return null;
}

async function saved() {
  const cache = await current();
  const found = cache && (await cache.match(SAVED));
  return found ? found.json() : null;
}

async function list() {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), LIST_WAIT_MS);
  try {
    const response = await fetch(MANIFEST, { cache: "no-store", signal: abort.signal });
    if (!response.ok) throw new Error("pack list: " + response.status);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
}

async function keep(audio) {
  const pack = await list();
  const name = PREFIX + pack.text.version + ":" + (audio ? pack.audio.version : "-") + ":" + Date.now();
  const cache = await caches.open(name);
  try {
    // A page comes from its "fetch" address (its copy without QR codes) and is kept under
    // its own, where the pages link to it.
    const items = pack.text.items.slice();
    if (audio) items.push(...pack.audio.items);
    let next = 0;
    const fetcher = async () => {
      while (next < items.length) {
        const item = items[next++];
        const response = await fetch(item.fetch || item.url, { cache: "no-cache" });
        if (!response.ok) throw new Error(response.status + " " + item.url);
        await store(cache, item.url, response);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, fetcher));
    const record = {
      date: today(),
      audio: Boolean(audio),
      text: pack.text.version,
      audioVersion: audio ? pack.audio.version : null,
    };
    await cache.put(
      SAVED,
      new Response(JSON.stringify(record), { headers: { "content-type": "application/json" } }),
    );
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  for (const other of await caches.keys()) {
    if (other.startsWith(PREFIX) && other !== name) await caches.delete(other);
  }
  return saved();
}

async function newer() {
  const record = await saved();
  if (!record) return false;
  try {
    const pack = await list();
    return pack.text.version !== record.text || (record.audio && pack.audio.version !== record.audioVersion);
  } catch (error) {
    return false; // Offline: nothing to compare with.
  }
}

async function clear() {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX)) await caches.delete(name);
  }
}

self.addEventListener("message", (event) => {
  const port = event.ports && event.ports[0];
  if (!port) return;
  const message = event.data || {};
  const work = (async () => {
    try {
      if (message.type === "status") port.postMessage({ saved: await saved() });
      else if (message.type === "newer") port.postMessage({ newer: await newer() });
      else if (message.type === "keep") port.postMessage({ saved: await keep(message.audio) });
      else if (message.type === "clear") port.postMessage({ cleared: await clear() });
    } catch (error) {
      port.postMessage({ error: String((error && error.message) || error) });
    }
  })();
  event.waitUntil(work);
});

// Text is kept gzipped where the browser has the streams for it; the rest as it came.
async function store(cache, url, response) {
  const type = response.headers.get("content-type") || "";
  if (!("CompressionStream" in self && "DecompressionStream" in self) || !/^text\//.test(type)) {
    return cache.put(url, response);
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  headers.set(PACKED, "1");
  const packed = await new Response(response.body.pipeThrough(new CompressionStream("gzip"))).blob();
  return cache.put(url, new Response(packed, { status: response.status, headers }));
}

function unpack(response) {
  if (response.headers.get(PACKED) !== "1") return response;
  const headers = new Headers(response.headers);
  headers.delete(PACKED);
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), {
    status: response.status,
    headers,
  });
}

// The address as saved: a directory filter's empty fields dropped.
function key(url) {
  const kept = [...url.searchParams].filter(([, value]) => value !== "");
  return url.pathname + (kept.length ? "?" + new URLSearchParams(kept) : "");
}

// Offline, an address that was not saved: the saved page nearest to it.
function nearest(url) {
  if (url.pathname === SCOPE + "directory") {
    const country = url.searchParams.get("country");
    return SCOPE + "directory" + (country ? "?country=" + encodeURIComponent(country) : "");
  }
  if (url.pathname === SCOPE + "consulates") return SCOPE + "consulates";
  return SCOPE + "offline";
}

// A player asks for byte ranges; the saved clip is whole.
async function ranged(response, range) {
  const found = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const body = await response.arrayBuffer();
  const total = body.byteLength;
  if (!found || (found[1] === "" && found[2] === "")) {
    return new Response(body, { status: 200, headers: response.headers });
  }
  let start;
  let end;
  if (found[1] === "") {
    start = Math.max(0, total - Number(found[2]));
    end = total - 1;
  } else {
    start = Number(found[1]);
    end = found[2] === "" ? total - 1 : Math.min(Number(found[2]), total - 1);
  }
  if (start > end || start >= total) {
    return new Response(null, { status: 416, headers: { "content-range": "bytes */" + total } });
  }
  const headers = new Headers(response.headers);
  headers.set("content-range", "bytes " + start + "-" + end + "/" + total);
  headers.set("content-length", String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, headers });
}

async function answer(request, url) {
  const cache = await current();
  if (!cache) return fetch(request);
  const hit = await cache.match(key(url), { ignoreVary: true });
  if (hit) {
    const range = request.headers.get("range");
    return range ? ranged(hit, range) : unpack(hit);
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === "navigate" && url.pathname.startsWith(SCOPE)) {
      const near = await cache.match(nearest(url), { ignoreVary: true });
      if (near) return unpack(near);
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === MANIFEST || url.pathname === "/sw.js") {
    return;
  }
  event.respondWith(answer(request, url));
});
