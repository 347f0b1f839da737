// A Spanish-speaking focal point works a campaign through in Debian's headless Chromium, on the
// real `faro` binary: she signs in, keeps Spanish for her account, writes a draft (a refused
// title comes back with her text kept and the reason beside the field), submits it, a second
// person approves it, she publishes it, its banner appears on the shelter's kiosk, she stops
// it, and the banner is gone from the kiosk within seconds. axe-core runs on every page she
// sees; the pages must read Spanish.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useFaro,
  baseUrl,
  newPage,
  shot,
  axeViolations,
  addUser,
  SHELTER,
  clickAndLoad,
  serverLogTail,
} from "./support.mjs";

// The instance's setting, which the publish page quotes back ("en 2 segundos como máximo").
const CHECK_SECONDS = 2;
useFaro({ FARO_BANNER_CHECK_SECONDS: String(CHECK_SECONDS) });

const PASSWORD = "a long enough password";
const SLUG = "citas-comar-tapachula";
const TITLE = "COMAR Tapachula: las citas son gratuitas";
const BODY =
  "Las citas para pedir refugio en COMAR son **gratuitas**. Nadie puede cobrarte por una cita.\n\n" +
  "Si alguien te pide dinero, no pagues y avisa al personal del albergue.";
const KIOSK = () => `${baseUrl()}/k/${SHELTER}/es/`;

async function axeClean(page, what) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
}

async function signIn(page, name) {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.fill("#username", name);
  await page.fill("#password", PASSWORD);
  await page.locator('form.sign-in button[type="submit"]').click();
  await page.waitForURL(`${baseUrl()}/admin`);
}

/// Reloads the kiosk's Spanish home until `wanted(bannerShown)` holds or `seconds` pass; how
/// long it took, in milliseconds. Polling with a bound, never a fixed sleep.
async function pollKiosk(page, wanted, seconds) {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    await page.goto(KIOSK());
    const shown = (await page.locator(`.banner a[href$="/campaigns/${SLUG}"]`).count()) > 0;
    if (wanted(shown)) return Date.now() - started;
    await page.waitForTimeout(250);
  }
  assert.fail(`the kiosk did not change within ${seconds} s; the server's last lines:\n${serverLogTail()}`);
}

test("a focal point writes, publishes and stops a campaign in Spanish; its banner leaves the kiosk within seconds", async () => {
  addUser("focal.mx", "publisher", PASSWORD, ["--country", "MX"]);
  addUser("revisora", "admin", PASSWORD);
  const focal = await newPage({ locale: "es-MX", bypassCSP: true });
  const { page } = focal;

  // Signed in with a Spanish browser; she keeps Spanish for her account.
  await signIn(page, "focal.mx");
  await page.goto(`${baseUrl()}/account`);
  await page.selectOption("#language", "es");
  await clickAndLoad(page, page.locator('form.preferences button[type="submit"]'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  await axeClean(page, "account");

  // A new campaign: the form is in Spanish, her country filled in.
  await page.goto(`${baseUrl()}/admin/campaigns/new`);
  assert.equal(await page.inputValue("#countries"), "MX");
  await axeClean(page, "new campaign");
  await page.fill("#slug", SLUG);
  await page.locator('form.admin-form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl()}/admin/campaigns/${SLUG}`);
  assert.match(await page.locator(".campaign-status").innerText(), /Borrador/);

  // A title the server refuses (an invisible direction override): the long text she typed
  // comes back, with what to change beside the title, in Spanish.
  await page.locator("#text-es summary").click();
  await page.fill("#title-es", `${TITLE}\u202e`);
  await page.fill("#body-es", BODY);
  await page.selectOption("#translation-es", "original");
  await clickAndLoad(page, page.locator("#text-es form.admin-form button[type=submit]"));
  assert.equal(await page.inputValue("#body-es"), BODY);
  assert.equal(await page.getAttribute("#title-es", "aria-invalid"), "true");
  assert.match(await page.locator("#title-es-error").innerText(), /\S/);
  assert.match(await page.locator("#text-es .form-error").innerText(), /No se guardó nada/);
  await shot(page, "campaign-refused-title");
  await axeClean(page, "refused text");

  await page.fill("#title-es", TITLE);
  await clickAndLoad(page, page.locator("#text-es form.admin-form button[type=submit]"));
  await page.waitForURL(`${baseUrl()}/admin/campaigns/${SLUG}`);
  await clickAndLoad(page, page.locator(`form[action="/admin/campaigns/${SLUG}/submit"] button`));
  assert.match(await page.locator(".campaign-status").innerText(), /En revisión/);
  // She submitted it, so someone else approves.
  assert.equal(await page.locator(`form[action="/admin/campaigns/${SLUG}/approve"]`).count(), 0);
  await axeClean(page, "in review");

  const reviewer = await newPage({ locale: "es-MX", bypassCSP: true });
  await signIn(reviewer.page, "revisora");
  await reviewer.page.goto(`${baseUrl()}/admin/campaigns/${SLUG}`);
  const approve = reviewer.page.locator(`form[action="/admin/campaigns/${SLUG}/approve"] button`);
  await clickAndLoad(reviewer.page, approve);
  assert.match(await reviewer.page.locator(".campaign-status").innerText(), /Aprobada/);
  await reviewer.context.close();

  // The publish page says when the banner will show, from the instance's real setting.
  await page.goto(`${baseUrl()}/admin/campaigns/${SLUG}`);
  assert.match(
    await page.locator(".banner-timing").innerText(),
    new RegExp(`en ${CHECK_SECONDS} segundos como máximo`),
  );
  await axeClean(page, "approved");
  await clickAndLoad(page, page.locator(`form[action="/admin/campaigns/${SLUG}/publish"] button`));
  const publishedAt = Date.now();
  assert.match(await page.locator(".campaign-status").innerText(), /Publicada/);
  assert.match(await page.locator(".banner-timing").innerText(), /El aviso está en los quioscos/);
  await shot(page, "campaign-published");
  await axeClean(page, "published");

  // The shelter's kiosk shows the banner.
  const kiosk = await newPage();
  const shownAfter = await pollKiosk(kiosk.page, (shown) => shown, 15);
  assert.match(await kiosk.page.locator(".banner").innerText(), /las citas son gratuitas/);
  await shot(kiosk.page, "kiosk-banner");

  // She stops it: one step behind "Detener esta campaña…", which says what happens.
  await page.locator("details.stop summary").click();
  assert.match(
    await page.locator("details.stop p").innerText(),
    new RegExp(`en ${CHECK_SECONDS} segundos como máximo`),
  );
  await axeClean(page, "stop explained");
  await clickAndLoad(page, page.locator(`form[action="/admin/campaigns/${SLUG}/stop"] button`));
  const stoppedAfter = Date.now() - publishedAt;
  assert.match(await page.locator(".campaign-status").innerText(), /Detenida/);
  assert.match(await page.locator("main").innerText(), /Detenida por focal\.mx/);
  await shot(page, "campaign-stopped");
  await axeClean(page, "stopped");

  // Gone from the kiosk within seconds: the instance looks every CHECK_SECONDS, and the
  // page is revalidated at every load.
  const goneAfter = await pollKiosk(kiosk.page, (shown) => !shown, CHECK_SECONDS + 8);
  console.log(
    `banner shown after ${shownAfter} ms, stopped ${stoppedAfter} ms after publication, gone ${goneAfter} ms after the stop`,
  );
  await shot(kiosk.page, "kiosk-banner-gone");
  const { status, headers } = await kiosk.page.goto(KIOSK()).then((r) => ({
    status: r.status(),
    headers: r.headers(),
  }));
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "public, no-cache");

  assert.deepEqual(kiosk.problems, []);
  await kiosk.context.close();
  await focal.context.close();
});
