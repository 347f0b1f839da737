// Keeping the Farsi pages on a phone, in Debian's headless Chromium against the real `faro`
// binary: the page the kiosk's phone QR opens offers it, the size is stated before saving,
// the service worker saves the pack, and with the network cut (Chromium's offline emulation)
// a topic, the emergency numbers, the consulates and the directory still open, with the day
// they were saved; a newer version online is announced and taken; clearing takes one tap and
// leaves nothing. At 320 px, right to left, with the site's own security policy (any CSP
// violation is a console error, which fails the test), and axe-clean.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useFaro, baseUrl, newPage, shot, axeViolations } from "./support.mjs";

useFaro();

const PHONE = { viewport: { width: 320, height: 640 }, serviceWorkers: "allow" };

/// Polls `check` (a function of the page) until it holds or `seconds` pass.
async function until(page, check, arg, seconds = 60) {
  await page.waitForFunction(check, arg, { timeout: seconds * 1000, polling: 100 });
}

async function fitsThePhone(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${what}: ${width}px wide`);
}

async function keepThePack(page) {
  await page.goto(`${baseUrl()}/fa/topics/asylum`);
  // The page the phone QR opens offers to keep the language.
  const offer = page.locator("aside.keep a[href='/fa/offline']");
  assert.equal(await offer.count(), 1);
  await offer.click();
  await page.waitForURL(`${baseUrl()}/fa/offline`);
  // The size, before anything is saved.
  const size = await page.locator(".pack-size .text-size").innerText();
  assert.match(size, /[0-9]+/);
  assert.equal(await page.locator(".needs-js").isVisible(), false);
  const keep = page.locator("form.keep button[type=submit]");
  await keep.waitFor({ state: "visible" });
  await fitsThePhone(page, "the keep page");
  await keep.click();
  await until(page, () => document.querySelector(".offline-status .saved") !== null, null, 120);
}

function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

test("the Farsi pack is kept, opens offline with the day it was saved, and clears in one tap", async () => {
  const { context, page, problems } = await newPage(PHONE);
  await keepThePack(page);
  const saved = await page.locator(".offline-status .saved").innerText();
  assert.ok(saved.includes(today()), saved);
  // Pages are kept gzipped: what the phone keeps is about what it downloaded.
  const kept = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("faro-pack:/fa/:"));
    const stored = await (await caches.open(name)).match("/fa/topics/asylum");
    return { packed: stored.headers.get("x-faro-gzip"), bytes: (await stored.blob()).size };
  });
  const raw = (await (await page.request.get(`${baseUrl()}/fa/topics/asylum`)).body()).length;
  assert.equal(kept.packed, "1");
  assert.ok(kept.bytes < raw / 2, `${kept.bytes} kept of ${raw}`);
  await shot(page, "fa-offline-saved-320");

  await context.setOffline(true);
  // Airplane mode: nothing reaches the server any more.
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  for (const [path, check] of [
    ["/fa/topics/asylum", "article h1"],
    ["/fa/emergency", "ul.entries li"],
    ["/fa/consulates", "main h1"],
    ["/fa/directory", "section.choose a"],
  ]) {
    const response = await page.goto(`${baseUrl()}${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl", path);
    assert.ok((await page.locator(check).count()) > 0, `${path}: no ${check}`);
    // Kept without the QR codes: a phone cannot scan its own screen.
    assert.equal(await page.locator("[data-qr]").count(), 0, path);
    // Every saved page says when it was saved.
    await until(page, () => document.querySelector(".offline-status .saved") !== null, null, 30);
    assert.ok((await page.locator(".offline-status .saved").innerText()).includes(today()), path);
    await fitsThePhone(page, path);
  }
  await shot(page, "fa-offline-directory-320");
  // A country of the directory, chosen offline, lists its places.
  await page.locator("section.choose a").first().click();
  await until(page, () => document.querySelectorAll("ul.entries li").length > 0, null, 30);
  // A filter that was not saved as such shows its country's saved list.
  const country = new URL(page.url()).searchParams.get("country");
  await page.goto(`${baseUrl()}/fa/directory?country=${country}&city=&kind=&service=health`);
  assert.ok((await page.locator("ul.entries li").count()) > 0);
  // The emergency numbers can be dialled from the saved page.
  await page.goto(`${baseUrl()}/fa/emergency`);
  assert.ok((await page.locator("a[href^='tel:']").count()) > 0);

  // One tap clears everything, offline too, and the worker goes with it.
  await page.goto(`${baseUrl()}/fa/topics/asylum`);
  const clear = page.locator(".offline-status button.clear");
  await clear.waitFor({ state: "visible" });
  await clear.click();
  await until(page, () => document.querySelector(".offline-status .cleared") !== null);
  assert.equal(await page.evaluate(async () => (await caches.keys()).length), 0);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/fa/")) === undefined), true);
  await assert.rejects(page.goto(`${baseUrl()}/fa/emergency`));
  await context.setOffline(false);
  // Offline navigations that failed are the browser's, not the page's.
  assert.deepEqual(problems.filter((problem) => !problem.includes("ERR_INTERNET_DISCONNECTED")), []);
  await context.close();
});

test("a newer version online is announced and taken with Update", async () => {
  const { context, page, problems } = await newPage(PHONE);
  await keepThePack(page);
  // As if the pages had been saved before the server's last change.
  await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("faro-pack:/fa/:"));
    const cache = await caches.open(name);
    const record = await (await cache.match("/fa/offline/saved.json")).json();
    record.text = "0000000000000000";
    await cache.put("/fa/offline/saved.json", new Response(JSON.stringify(record)));
  });
  await page.goto(`${baseUrl()}/fa/`);
  await until(page, () => document.querySelector(".offline-status .newer") !== null);
  await fitsThePhone(page, "the newer notice");
  await page.locator(".offline-status button.update").click();
  await until(
    page,
    () => document.querySelector(".offline-status .saved") !== null && !document.querySelector(".offline-status .newer"),
  );
  await page.reload();
  await until(page, () => document.querySelector(".offline-status .saved") !== null);
  // Give the check for a newer version its answer, then see it stayed quiet.
  await page.waitForTimeout(1000);
  assert.equal(await page.locator(".offline-status .newer").count(), 0);
  await page.locator(".offline-status button.clear").click();
  await until(page, () => document.querySelector(".offline-status .cleared") !== null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without JavaScript the pages work and the keep page says saving needs it", async () => {
  const { context, page } = await newPage({ ...PHONE, javaScriptEnabled: false });
  await page.goto(`${baseUrl()}/fa/offline`);
  assert.equal(await page.locator(".needs-js").isVisible(), true);
  assert.equal(await page.locator("form.keep").isVisible(), false);
  assert.match(await page.locator(".pack-size .text-size").innerText(), /[0-9]+/);
  await page.goto(`${baseUrl()}/fa/topics/asylum`);
  assert.ok((await page.locator("article h1").count()) > 0);
  await context.close();
});

test("the keep page and the saved notice have no WCAG 2.1 A or AA violation", async () => {
  // axe is injected by the test, which the page's own policy rightly forbids.
  const { context, page } = await newPage({ ...PHONE, bypassCSP: true });
  await page.goto(`${baseUrl()}/fa/offline`);
  await page.locator("form.keep button[type=submit]").waitFor({ state: "visible" });
  assert.deepEqual(await axeViolations(page), []);
  await keepThePack(page);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${baseUrl()}/fa/topics/asylum`);
  await until(page, () => document.querySelector(".offline-status .saved") !== null);
  assert.deepEqual(await axeViolations(page), []);
  await page.locator(".offline-status button.clear").click();
  await until(page, () => document.querySelector(".offline-status .cleared") !== null);
  await context.close();
});
