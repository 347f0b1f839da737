// The kiosk's interpreter request in Debian's headless Chromium, as people use a shared screen:
// each step answered, then Back, reload and the step's form posted again; the same after
// "Delete my data" and after the idle reset. Nothing of an earlier person may come back (no
// reference, no answer, no delete button) and nothing may be made again in any table of the
// database (read with the sqlite3 command-line tool). Also: the "Back" buttons, a skip that
// lands in the shelter's queue (seen by its staff), the delete page, and axe-core on every step.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  useFaro, baseUrl, dataFolder, newPage, shot, axeViolations, addUser, SHELTER, IDLE_SECONDS,
  clickAndLoad,
} from "./support.mjs";

// Many people in a row from one address: the per-address and per-kiosk budgets (tested in the
// router tests) would soon turn them away.
useFaro({ FARO_KIOSK_INTAKE_PER_ADDRESS: "0", FARO_KIOSK_INTAKE_PER_KIOSK: "0" });

const kiosk = () => `${baseUrl()}/k/${SHELTER}/ar`;

/// One query on the test's database; the server keeps writing to it meanwhile (WAL).
function sql(query) {
  return execFileSync("sqlite3", ["-cmd", ".timeout 5000", join(dataFolder(), "faro.db"), query], {
    encoding: "utf8",
  }).trim();
}

/// Rows in every table, to show that an action changed nothing anywhere.
function rowCounts() {
  const tables = sql(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).split("\n");
  const counts = sql(tables.map((table) => `SELECT '${table}', COUNT(*) FROM "${table}"`).join(" UNION ALL "));
  return Object.fromEntries(counts.split("\n").map((line) => line.split("|")).map(([t, n]) => [t, Number(n)]));
}

/// The page's intake form as the browser would post it with `answer` pressed.
async function formBody(page, answer) {
  const fields = await page.locator("form.intake").first().evaluate((form) =>
    [...new FormData(form).entries()].map(([name, value]) => [name, String(value)]),
  );
  return new URLSearchParams([...fields, ...answer]).toString();
}

/// What must never be on a page another person may see: the reference, a delete button, or an
/// answer of theirs ticked.
async function assertNothingOf(page, person, where) {
  const html = await page.content();
  assert.equal(html.includes(person.reference ?? "\u0000"), false, `${where}: reference`);
  assert.equal(await page.locator(".reference").count(), 0, `${where}: reference`);
  assert.equal(await page.locator('input[name="secret"][type="hidden"]').count(), 0, `${where}: delete button`);
  assert.equal(await page.locator('input[name="language"][value="ku"]:checked').count(), 0, `${where}: answer`);
}

/// Posts each recorded form again, as "Confirm Form Resubmission" or a saved page would:
/// every one is refused in the person's language and changes nothing in any table.
async function resubmit(context, posts, person, when) {
  const before = rowCounts();
  for (const { url, body, name } of posts) {
    const response = await context.request.post(url, {
      data: body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      maxRedirects: 0,
    });
    const text = await response.text();
    assert.ok([403, 410].includes(response.status()), `${when}: ${name} resubmitted gave ${response.status()}`);
    assert.match(text, /<html lang="ar" dir="rtl"/, `${when}: ${name}`);
    assert.equal(text.includes(person.reference), false, `${when}: ${name}`);
  }
  assert.deepEqual(rowCounts(), before, `${when}: nothing made again`);
}

/// One person's request at the Arabic kiosk. At every step, after answering: reload the new
/// page, go Back to the one answered and forward again, and post the answered form again.
async function askAtKiosk(page, context, person, { where = SHELTER } = {}) {
  const posts = [];
  const answer = async (name, selector, pairs) => {
    const url = page.url();
    const body = await formBody(page, pairs);
    await clickAndLoad(page, page.locator(selector));
    posts.push({ url: `${kiosk()}/interpreter`, body, name, from: url });
    const countsAfter = rowCounts();
    await page.reload();
    await page.goBack();
    await page.waitForLoadState();
    await assertNothingOf(page, person, `back after ${name}`);
    await page.goForward();
    await page.waitForLoadState();
    await resubmit(context, posts.slice(-1), person, `after ${name}`);
    assert.deepEqual(rowCounts(), countsAfter, `after ${name}`);
  };
  await page.goto(`${kiosk()}/interpreter`);
  await answer("consent", 'button[name="consent"]', [["consent", await page.locator('button[name="consent"]').getAttribute("value")]]);
  await answer("origin", 'button[name="origin"][value="SY"]', [["origin", "SY"]]);
  await page.locator('input[name="language"][value="ku"]').check();
  await answer("languages", "button.done", [["language", "ku"]]);
  await answer("where", `button[name="where"][value="${where}"]`, [["where", where]]);
  // The last answer makes the request: its reference page is shown once.
  const body = await formBody(page, [["share", "no"]]);
  await clickAndLoad(page, page.locator('button[name="share"][value="no"]'));
  posts.push({ url: `${kiosk()}/interpreter`, body, name: "share" });
  person.reference = (await page.locator(".reference").textContent()).trim();
  assert.match(person.reference, /^[A-Z0-9]{6}$/);
  assert.equal(sql("SELECT COUNT(*) FROM interpreter_requests WHERE reference = '" + person.reference + "'"), "1");
  return posts;
}

test("Back, reload and resubmit at every step, after deletion and after the idle reset, show and make nothing", async () => {
  const { context, page, problems } = await newPage();
  await page.clock.install();
  const first = {};
  const posts = await askAtKiosk(page, context, first);
  // The reference page tells what to do next and carries the secret only in its QR code.
  assert.equal(await page.locator("p.next").count(), 2);
  const qr = await page.locator(".reference-qr").getAttribute("data-qr");
  assert.match(qr, /\?start=ar_k-[0-9a-f]{32}$/);
  assert.equal(qr.includes(first.reference), false);
  const declarations = sql("SELECT COUNT(*) FROM declarations");
  // Reload: the reference was shown once.
  await page.reload();
  await assertNothingOf(page, first, "reload of the reference");
  await resubmit(context, posts, first, "after the reference");
  assert.equal(sql("SELECT COUNT(*) FROM declarations"), declarations);
  assert.deepEqual(problems.filter((problem) => !/status of 410/.test(problem)), []);

  // A second person, who deletes their request on the reference page.
  const second = {};
  const secondPosts = await askAtKiosk(page, context, second);
  const before = rowCounts();
  await page.locator(".intake-delete button").click();
  await page.waitForURL(`${kiosk()}/delete/done`);
  const after = rowCounts();
  assert.equal(after.declarations, before.declarations - 1);
  assert.equal(after.interpreter_requests, before.interpreter_requests - 1);
  assert.equal(sql(`SELECT COUNT(*) FROM interpreter_requests WHERE reference = '${second.reference}'`), "0");
  for (let back = 0; back < 8; back += 1) {
    if (!(await page.goBack())) break;
    await page.waitForLoadState();
    await assertNothingOf(page, second, `back ${back} after deletion`);
    await page.reload();
    await assertNothingOf(page, second, `reload ${back} after deletion`);
  }
  await resubmit(context, secondPosts, second, "after deletion");
  assert.equal(sql("SELECT COUNT(*) FROM declarations"), String(after.declarations));

  // A third person walks away; the screen resets to the picker, and the history holds
  // nothing of them.
  const third = {};
  const thirdPosts = await askAtKiosk(page, context, third);
  await page.clock.runFor((IDLE_SECONDS + 5) * 1000);
  await page.waitForURL(`${baseUrl()}/k/${SHELTER}/`);
  const settled = rowCounts();
  for (let back = 0; back < 8; back += 1) {
    if (!(await page.goBack())) break;
    await page.waitForLoadState();
    await assertNothingOf(page, third, `back ${back} after the idle reset`);
    await page.reload();
    await assertNothingOf(page, third, `reload ${back} after the idle reset`);
  }
  await resubmit(context, thirdPosts, third, "after the idle reset");
  assert.deepEqual(rowCounts(), settled);
  await context.close();
});

test("Back on each question goes one step back, and a skip at the kiosk reaches its shelter's staff", async () => {
  const { context, page, problems } = await newPage();
  await page.goto(`${kiosk()}/interpreter`);
  await clickAndLoad(page, page.locator('button[name="consent"]'));
  // Back from the first question: the consent again, with a new token.
  await clickAndLoad(page, page.locator('button[name="back"]'));
  assert.equal(await page.locator('button[name="consent"]').count(), 1);
  await clickAndLoad(page, page.locator('button[name="consent"]'));
  await clickAndLoad(page, page.locator('button[name="origin"][value="AF"]'));
  await clickAndLoad(page, page.locator('button[name="back"]'));
  // "Another country" is there, at the end of the list, never a field to type in.
  assert.equal(await page.locator('input[name="origin"]').count(), 0);
  await clickAndLoad(page, page.locator('button[name="origin"][value="another"]'));
  await clickAndLoad(page, page.locator('button[name="languages"][value="undisclosed"]'));
  await clickAndLoad(page, page.locator('button[name="back"]'));
  // The page's own language is ticked for the person; they choose Pashto instead.
  await page.locator('input[name="language"][value="ar"]').uncheck();
  await page.locator('input[name="language"][value="ps"]').check();
  await clickAndLoad(page, page.locator("button.done"));
  await clickAndLoad(page, page.locator('button[name="where"][value="skip"]'));
  // No country was named, so nobody asks whether to share it: the reference is next.
  const reference = (await page.locator(".reference").textContent()).trim();
  assert.equal(
    sql(`SELECT d.origin || '|' || d.shelter_id FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id WHERE r.reference = '${reference}'`),
    `another|${SHELTER}`,
  );
  assert.equal(
    sql(`SELECT group_concat(l.language) FROM declaration_languages l JOIN interpreter_requests r ON r.declaration_id = l.declaration_id WHERE r.reference = '${reference}'`),
    "ps",
  );
  assert.deepEqual(problems, []);
  await context.close();

  // The shelter's staff see it in their queue.
  addUser("desk", "staff", "a long enough password", ["--shelter", SHELTER]);
  const staff = await newPage();
  await staff.page.goto(`${baseUrl()}/sign-in`);
  await staff.page.fill("#username", "desk");
  await staff.page.fill("#password", "a long enough password");
  await clickAndLoad(staff.page, staff.page.locator('form.sign-in button[type="submit"]'));
  await staff.page.goto(`${baseUrl()}/staff`);
  assert.equal(await staff.page.locator(`.request-card .reference:text-is("${reference}")`).count(), 1);
  await shot(staff.page, "intake-staff-queue-after-skip");
  await staff.context.close();
});

test("the delete page works on a phone with the QR code's link, and a reference alone deletes nothing", async () => {
  const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
  const person = {};
  await askAtKiosk(page, context, person);
  const link = await page.locator(".reference-qr").getAttribute("data-qr");
  await context.close();

  const phone = await newPage({ viewport: { width: 390, height: 844 } });
  await phone.page.goto(`${baseUrl()}/ar/`);
  await phone.page.locator('footer a[href="/ar/delete"]').click();
  await phone.page.waitForURL(`${baseUrl()}/ar/delete`);
  await phone.page.fill("#delete-secret", person.reference);
  await phone.page.locator("form.intake-delete button").click();
  await phone.page.waitForURL(`${baseUrl()}/ar/delete/done`);
  const answer = await phone.page.locator("main").textContent();
  assert.equal(sql(`SELECT COUNT(*) FROM interpreter_requests WHERE reference = '${person.reference}'`), "1");
  await phone.page.goto(`${baseUrl()}/ar/delete`);
  await phone.page.fill("#delete-secret", link);
  await phone.page.locator("form.intake-delete button").click();
  await phone.page.waitForURL(`${baseUrl()}/ar/delete/done`);
  assert.equal(await phone.page.locator("main").textContent(), answer, "the same answer either way");
  assert.equal(sql(`SELECT COUNT(*) FROM interpreter_requests WHERE reference = '${person.reference}'`), "0");
  assert.deepEqual(phone.problems, []);
  await phone.context.close();
});

test("no WCAG 2.1 A or AA violation on any step of the request, its Back pages or the delete pages", async () => {
  // axe is injected by the test, which the page's own policy rightly forbids.
  const { context, page } = await newPage({ bypassCSP: true });
  const check = async (name) => {
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl", name);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 2)}`);
    await shot(page, `intake-ar-${name}`);
  };
  const click = async (selector) => {
    await clickAndLoad(page, page.locator(selector));
  };
  await page.goto(`${kiosk()}/interpreter`);
  await check("consent");
  await click('button[name="consent"]');
  await check("origin");
  await click('button[name="origin"][value="SY"]');
  await check("languages");
  await click('button[name="back"]');
  await check("origin-again");
  await click('button[name="origin"][value="SY"]');
  await click('button[name="languages"][value="undisclosed"]');
  await check("where");
  await click(`button[name="where"][value="${SHELTER}"]`);
  await check("share");
  await click('button[name="share"][value="no"]');
  await check("reference");
  await page.reload();
  await check("used");
  await page.goto(`${kiosk()}/delete`);
  await check("delete");
  await page.fill("#delete-secret", "K7M4QX");
  await click("form.intake-delete button");
  await check("delete-done");
  await context.close();
});
