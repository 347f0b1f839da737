// End-to-end test of the kiosk in Debian's headless Chromium: the real `faro` binary on a
// random port, a person's path from the language picker to a right-to-left topic, the idle
// reset of kiosk mode, and axe-core's WCAG 2.1 A and AA rules on the main pages.
// Screenshots go to tests/browser/screenshots/ for a person to look at.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useFaro, baseUrl, newPage, shot, axeSource, axeViolations, addUser, SHELTER, IDLE_SECONDS,
} from "./support.mjs";

useFaro();

test("a person picks فارسی, opens a topic and reads it right to left", async () => {
  const { context, page, problems } = await newPage();
  await page.goto(`${baseUrl()}/`);
  assert.equal(await page.locator(".languages a").count(), 16);
  await shot(page, "picker");

  await page.getByRole("link", { name: "فارسی" }).click();
  await page.waitForURL(`${baseUrl()}/fa/`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await shot(page, "fa-home");

  await page.locator(".topics a").first().click();
  await page.waitForURL(/\/fa\/topics\//);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fa");
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.equal(await page.locator("article").getAttribute("dir"), "rtl");
  // Logical properties: in RTL the navigation starts at the right edge.
  const nav = await page.locator("nav li").first().boundingBox();
  const width = page.viewportSize().width;
  assert.ok(nav.x + nav.width > width / 2, `first menu item should sit on the right: ${JSON.stringify(nav)}`);
  assert.equal(await page.locator("footer figure svg").count(), 2);
  await shot(page, "fa-topic");
  assert.deepEqual(problems, []);
  await context.close();
});

test("kiosk mode goes back to its picker after the idle time", async () => {
  const { context, page, problems } = await newPage();
  await page.clock.install();
  await page.goto(`${baseUrl()}/k/${SHELTER}/fa/directory`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await shot(page, "kiosk-fa-directory");
  // A link to another site in a topic cannot be followed on the shared screen.
  await page.goto(`${baseUrl()}/k/${SHELTER}/en/topics/asylum`);
  const outside = page.locator('article a[href^="https://"]').first();
  assert.equal(await outside.evaluate((a) => getComputedStyle(a).pointerEvents), "none");
  await page.goto(`${baseUrl()}/en/topics/asylum`);
  assert.equal(
    await page.locator('article a[href^="https://"]').first().evaluate((a) => getComputedStyle(a).pointerEvents),
    "auto",
  );
  await page.goto(`${baseUrl()}/k/${SHELTER}/fa/directory`);
  await page.clock.runFor((IDLE_SECONDS - 5) * 1000);
  assert.match(page.url(), /\/fa\/directory$/);
  await page.clock.runFor(10 * 1000);
  await page.waitForURL(`${baseUrl()}/k/${SHELTER}/`);
  assert.equal(await page.locator(".languages a").count(), 16);
  assert.deepEqual(problems, []);
  await context.close();
});

const AXE_PAGES = [
  ["picker", "/"],
  ["fa-topic-axe", "/fa/topics/asylum"],
  ["zh-Hans-topic", "/zh-Hans/topics/asylum"],
  ["directory", "/en/directory"],
  ["consulates", "/es/consulates?for=HT"],
  ["kiosk-ar-home", `/k/${SHELTER}/ar/`],
];

for (const [name, path] of AXE_PAGES) {
  test(`no WCAG 2.1 A or AA violation on ${path}`, async () => {
    // axe is injected by the test, which the page's own policy rightly forbids.
    const { context, page } = await newPage({ bypassCSP: true });
    const response = await page.goto(`${baseUrl()}${path}`);
    assert.equal(response.status(), 200);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      globalThis.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    );
    await shot(page, name);
    const violations = result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await context.close();
  });
}

test("a focal point signs in and previews the pack's campaign in sixteen languages", async () => {
  addUser("focal", "admin", "a long enough password");
  const { context, page } = await newPage({ bypassCSP: true });
  await page.goto(`${baseUrl()}/sign-in`);
  let violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await page.fill("#username", "focal");
  await page.fill("#password", "a long enough password");
  await page.locator('form.sign-in button[type="submit"]').click();
  await page.waitForURL(`${baseUrl()}/admin`);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === "faro_session");
  assert.ok(session, JSON.stringify(cookies));
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, "Strict");

  await page.goto(`${baseUrl()}/admin/campaigns/smuggling-deadly-business`);
  // Every locale's preview in its own language and direction.
  for (const [tag, dir] of [["fa", "rtl"], ["ar", "rtl"], ["zh-Hans", "ltr"], ["ti", "ltr"]]) {
    assert.ok((await page.locator(`[lang="${tag}"][dir="${dir}"]`).count()) > 0, tag);
  }
  violations = await axeViolations(page);
  await shot(page, "admin-campaign-previews");
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await page.goto(`${baseUrl()}/admin/translations`);
  violations = await axeViolations(page);
  await shot(page, "admin-translations");
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await context.close();
});
