// The staff queue on a phone (320 px) as a shelter's desk uses it: a request made at the
// shelter's kiosk appears in the open queue without a reload, with a visible notice, under the
// page's own strict CSP (which fails the test on any violation); Cancel asks first on its own
// page; no page is wider than the phone. A reviewer marks a topic reviewed beside its English
// and the public and kiosk pages lose the "machine translated" notice; undoing brings it back.
// axe-core on every new or changed page: the queue, the cancel page, the figures, the
// translations list and a review page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  useFaro, baseUrl, dataFolder, newPage, shot, axeViolations, addUser, SHELTER, clickAndLoad,
} from "./support.mjs";

useFaro({ FARO_KIOSK_INTAKE_PER_ADDRESS: "0", FARO_KIOSK_INTAKE_PER_KIOSK: "0" });

const PASSWORD = "a long enough password";
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

function sql(query) {
  return execFileSync("sqlite3", ["-cmd", ".timeout 5000", join(dataFolder(), "faro.db"), query], {
    encoding: "utf8",
  }).trim();
}

async function signIn(page, name) {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.fill("#username", name);
  await page.fill("#password", PASSWORD);
  await clickAndLoad(page, page.locator('form.sign-in button[type="submit"]'));
}

/// A request made at the shelter's kiosk, as a person makes it; its reference.
async function kioskRequest() {
  const { context, page, problems } = await newPage();
  await page.goto(`${baseUrl()}/k/${SHELTER}/es/interpreter`);
  await clickAndLoad(page, page.locator('button[name="consent"]'));
  await clickAndLoad(page, page.locator('button[name="origin"][value="another"]'));
  await clickAndLoad(page, page.locator("button.done"));
  await clickAndLoad(page, page.locator('button[name="where"][value="skip"]'));
  const reference = (await page.locator(".reference").textContent()).trim();
  assert.deepEqual(problems, []);
  await context.close();
  return reference;
}

async function assertFitsThePhone(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${where}: ${width} px wide`);
}

async function assertAxeClean(page, name) {
  const violations = await axeViolations(page);
  await shot(page, name);
  assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 2)}`);
}

test("a staff member's queue on a phone gets a new request without a reload, and Cancel asks first", async () => {
  addUser("desk", "staff", PASSWORD, ["--shelter", SHELTER]);
  const { context, page, problems } = await newPage(PHONE);
  await signIn(page, "desk");
  await page.goto(`${baseUrl()}/staff`);
  // The script runs (the CSP lets it ask its own server) and says the list keeps itself current.
  await page.locator("#queue-live-on").waitFor({ state: "visible" });
  assert.equal(await page.locator("#queue-live-off").isVisible(), false);
  // The sound is the staff member's choice, off until they turn it on.
  assert.equal(await page.locator("#queue-sound").isChecked(), false);
  await assertFitsThePhone(page, "empty queue");
  // A mark that a reload would wipe.
  await page.evaluate(() => { window.stillTheSamePage = true; });

  const reference = await kioskRequest();
  const card = page.locator(".request-card", { hasText: reference });
  await card.waitFor({ state: "visible", timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, "reloaded");
  // The notice is emptied and then filled a moment later (so that a repeated sentence is
  // announced again): wait for it rather than read it in between.
  await page.waitForFunction(
    () => document.getElementById("queue-notice").textContent.trim() !== "",
    null,
    { timeout: 10_000 },
  );
  assert.equal((await page.locator("#queue-notice").textContent()).trim(), "A new request has arrived.");
  assert.equal(await page.locator("#queue-notice").getAttribute("aria-live"), "polite");
  await assertFitsThePhone(page, "queue with a request");
  await shot(page, "queue-phone-new-request");

  // Turning the sound on is a click, and makes no error (the chime is made by the script).
  await page.locator("#queue-sound").check();

  // Accept and Cancel are apart: the step forward is a full-width button, Cancel a link
  // below it.
  const accept = await card.locator("button.forward").boundingBox();
  const cancel = await card.locator("a.cancel-link").boundingBox();
  assert.ok(cancel.y >= accept.y + accept.height + 16, JSON.stringify({ accept, cancel }));

  // Cancel asks first; "No" keeps the request.
  await card.locator("a.cancel-link").click();
  await page.waitForURL(/\/staff\/requests\/\d+\/cancel$/);
  await assertFitsThePhone(page, "cancel page");
  await shot(page, "queue-phone-cancel-asks");
  assert.equal(sql(`SELECT status FROM interpreter_requests WHERE reference = '${reference}'`), "waiting");
  await page.locator("a.button", { hasText: "No, keep it in the queue" }).click();
  await page.waitForURL(`${baseUrl()}/staff`);
  await page.locator(".request-card", { hasText: reference }).waitFor();
  // "Yes" cancels it.
  await page.locator(".request-card", { hasText: reference }).locator("a.cancel-link").click();
  await page.waitForURL(/\/cancel$/);
  await page.locator("button.danger").click();
  await page.waitForURL(`${baseUrl()}/staff`);
  assert.equal(await page.locator(".request-card", { hasText: reference }).count(), 0);
  assert.equal(sql(`SELECT status FROM interpreter_requests WHERE reference = '${reference}'`), "cancelled");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the new and changed operator pages are axe-clean and fit a phone", async () => {
  addUser("desk2", "staff", PASSWORD, ["--shelter", SHELTER]);
  addUser("coordinator", "admin", PASSWORD);
  const reference = await kioskRequest();
  // axe is injected, which the CSP would refuse: these pages are read with it bypassed.
  const { context, page } = await newPage({ ...PHONE, bypassCSP: true });
  await signIn(page, "desk2");
  await page.goto(`${baseUrl()}/staff`);
  await page.locator(".request-card", { hasText: reference }).waitFor();
  await assertAxeClean(page, "queue-axe");
  await page.locator(".request-card", { hasText: reference }).locator("a.cancel-link").click();
  await page.waitForURL(/\/cancel$/);
  await assertAxeClean(page, "queue-cancel-axe");
  await context.close();

  const admin = await newPage({ bypassCSP: true });
  await signIn(admin.page, "coordinator");
  for (const [path, name] of [
    ["/admin/figures", "figures-axe"],
    ["/admin/translations", "translations-axe"],
    ["/admin/translations/fa/topic/asylum", "translation-review-axe"],
    ["/admin/translations/ht/ui/faro.ftl", "translation-review-ui-axe"],
  ]) {
    await admin.page.goto(`${baseUrl()}${path}`);
    await assertAxeClean(admin.page, name);
  }
  await admin.page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/admin/figures", "/admin/translations/fa/topic/asylum", "/admin/translations/ht/ui/faro.ftl"]) {
    await admin.page.goto(`${baseUrl()}${path}`);
    await assertFitsThePhone(admin.page, path);
  }
  await admin.context.close();
});

/// The machine notices on `url` for a reader with an empty browser cache (a browser may keep
/// a public page for its max-age of a minute; the server must not).
async function machineNotices(url) {
  const { context, page, problems } = await newPage();
  await page.goto(url);
  const count = await page.locator(".notice.machine").count();
  assert.deepEqual(problems, []);
  await context.close();
  return count;
}

test("a reviewer marks a text reviewed beside the English and readers lose the machine notice", async () => {
  addUser("reviewer", "admin", PASSWORD);
  const pages = [`${baseUrl()}/fa/topics/asylum`, `${baseUrl()}/k/${SHELTER}/fa/topics/asylum`];
  for (const url of pages) {
    assert.equal(await machineNotices(url), 1, url);
  }

  const { context, page, problems } = await newPage();
  await signIn(page, "reviewer");
  await page.goto(`${baseUrl()}/admin/translations`);
  await page.locator('a[href="/admin/translations/fa/topic/asylum"]').click();
  await page.waitForURL(`${baseUrl()}/admin/translations/fa/topic/asylum`);
  // The English and the Persian side by side.
  assert.equal(await page.locator('.review-side [lang="en"]').count(), 1);
  assert.equal(await page.locator('.review-side [lang="fa"][dir="rtl"]').count(), 1);
  await page.locator('form[action="/admin/translations/review"] button').click();
  await page.waitForURL(`${baseUrl()}/admin/translations/fa/topic/asylum`);
  await shot(page, "translation-reviewed");

  // The server does not keep the pages read before the review: the notice is gone at once.
  for (const url of pages) {
    assert.equal(await machineNotices(url), 0, url);
  }
  // Undo brings it back.
  await page.locator('form[action="/admin/translations/unreview"] button').click();
  await page.waitForURL(`${baseUrl()}/admin/translations/fa/topic/asylum`);
  for (const url of pages) {
    assert.equal(await machineNotices(url), 1, url);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
