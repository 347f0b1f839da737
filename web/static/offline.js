// Keeping this language's pages on the phone (the web crate's public/offline/). On the page
// that states the pack's size, "Keep" registers this server's service worker (/sw.js) for the
// locale's pages and asks it to save them; on every public page, once they are kept, this
// says on which day, says when a newer version is online, and offers to clear them in one
// tap. It never fetches anything itself (the page's policy only lets it register the worker;
// the worker asks the server). Without JavaScript the pages work as before, and the page that
// saves says saving needs it.
(function () {
  "use strict";
  const box = document.querySelector("aside.keep[data-offline-scope]");
  if (!box) return;
  const scope = box.dataset.offlineScope;
  const status = box.querySelector(".offline-status");
  const form = document.querySelector("form.keep");
  const needsJs = document.querySelector(".needs-js");
  const rtl = document.documentElement.dir === "rtl";

  function line(text, className) {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    status.append(p);
    return p;
  }

  function button(text, className, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "button " + className;
    b.textContent = text;
    b.addEventListener("click", onClick);
    status.append(b);
    return b;
  }

  if (!("serviceWorker" in navigator) || !("caches" in window) || !window.isSecureContext) {
    if (form) {
      if (needsJs) needsJs.hidden = true;
      line(box.dataset.unsupported, "unsupported");
    }
    return;
  }

  // The worker of this locale's pages once it runs (a new one installs, then activates).
  async function activeWorker(registration) {
    const coming = registration.installing || registration.waiting;
    if (!registration.active && coming) {
      await new Promise((resolve) => {
        const settled = () => coming.state === "activated" || coming.state === "redundant";
        if (settled()) return resolve();
        coming.addEventListener("statechange", () => settled() && resolve());
      });
    }
    return registration.active;
  }

  function ask(worker, message) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data || {});
      worker.postMessage(message, [channel.port2]);
    });
  }

  async function worker() {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    return registration ? activeWorker(registration) : null;
  }

  // "Saved on this phone on 2026-12-07", the way dates read elsewhere on these pages.
  function savedOn(saved) {
    const date = rtl ? "\u2066" + saved.date + "\u2069" : saved.date;
    const text = box.dataset.savedOn.replace("{date}", date);
    return saved.audio ? text + " " + box.dataset.withAudio : text;
  }

  function show(saved) {
    status.replaceChildren();
    if (!saved) return;
    line(savedOn(saved), "saved");
    button(box.dataset.clear, "clear", clear);
  }

  function showNewer(saved) {
    line(box.dataset.newer, "newer");
    button(box.dataset.update, "update", () => keep(saved.audio));
  }

  async function keep(audio) {
    status.replaceChildren();
    line(box.dataset.saving, "saving");
    const submit = form && form.querySelector("button");
    if (submit) submit.disabled = true;
    try {
      const registration = await navigator.serviceWorker.register("/sw.js", { scope });
      const running = await activeWorker(registration);
      if (!running) throw new Error("no service worker");
      const answer = await ask(running, { type: "keep", audio: Boolean(audio) });
      if (answer.error || !answer.saved) throw new Error(answer.error || "not saved");
      show(answer.saved);
    } catch (error) {
      status.replaceChildren();
      line(box.dataset.failed, "failed");
    } finally {
      if (submit) submit.disabled = false;
    }
  }

  // Everything kept for this locale goes, and the worker with it.
  async function clear() {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    if (registration) {
      const running = await activeWorker(registration);
      if (running) await ask(running, { type: "clear" });
      await registration.unregister();
    }
    for (const name of await caches.keys()) {
      if (name.startsWith("faro-pack:" + scope)) await caches.delete(name);
    }
    status.replaceChildren();
    line(box.dataset.cleared, "cleared");
  }

  if (needsJs) needsJs.hidden = true;
  if (form) {
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const audio = form.elements.namedItem("audio");
      keep(audio ? audio.checked : false);
    });
  }

  (async () => {
    const running = await worker();
    if (!running) return;
    const { saved } = await ask(running, { type: "status" });
    show(saved);
    if (!saved) return;
    const { newer } = await ask(running, { type: "newer" });
    if (newer) showNewer(saved);
  })().catch(() => {});
})();
