// The directory kept by the people who know the places: a focal point for Mexico, reading the
// operators' pages in Spanish (her browser's language), opens a shelter's entry, changes its
// opening hours, and the shelter's kiosk shows the new hours in Spanish at once; the entry's
// page is clean for axe-core and keeps to the site's CSP (no console error). On a 320-pixel phone
// the list of entries is readable (cards, nothing wider than the screen) and axe-clean; the
// kiosk lists the real places first and says when a place's location is only its city's.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useFaro, baseUrl, newPage, shot, axeViolations, addUser, SHELTER, clickAndLoad } from "./support.mjs";

useFaro();

const PASSWORD = "a long enough password";

test("a Spanish-speaking focal point changes a shelter's hours and its kiosk shows them", async () => {
  addUser("focal-mx", "publisher", PASSWORD, ["--country", "MX"]);
  const { context, page, problems } = await newPage({ locale: "es-MX" });
  await page.goto(`${baseUrl()}/sign-in`);
  await page.fill("#username", "focal-mx");
  await page.fill("#password", PASSWORD);
  await clickAndLoad(page, page.locator('form.sign-in button[type="submit"]'));

  await page.goto(`${baseUrl()}/directory`);
  assert.equal((await page.locator("h1").textContent()).trim(), "Directorio");

  // The list on a 320-pixel phone: no column clipped, nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await page.locator(`a[href="/directory/${SHELTER}"]`).waitFor();
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    cards: [...document.querySelectorAll(".directory-cards > li")].filter(
      (card) => card.getBoundingClientRect().right > 320 || card.scrollWidth > card.clientWidth,
    ).length,
  }));
  assert.ok(overflow.page <= 320, `page ${overflow.page} px wide`);
  assert.equal(overflow.cards, 0, "cards wider than the screen");
  assert.ok((await page.locator(".directory-cards > li").count()) > 10);
  await shot(page, "directory-list-320-es");
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await clickAndLoad(page, page.locator(`a[href="/directory/${SHELTER}"]`));
  assert.equal(
    (await page.locator('label[for="hours"]').textContent()).trim(),
    "Horario",
  );
  await page.fill("#hours", "mon-fri 09:30-13:15\nsat 10:00-12:00");
  await clickAndLoad(page, page.locator('form.admin-form button[type="submit"]'));
  assert.match(await page.locator("p.notice").textContent(), /Guardado/);
  await shot(page, "directory-entry-es");
  assert.deepEqual(await axeViolations(page), []);

  const kiosk = await newPage();
  await kiosk.page.goto(`${baseUrl()}/k/${SHELTER}/es/directory`);
  const entry = await kiosk.page.locator(`#${SHELTER}`).textContent();
  assert.match(entry, /de lunes a viernes, 09:30–13:15; sábado, 10:00–12:00/);
  // Real places come first, and the one in Tapachula says its point is the city's centre.
  const first = kiosk.page.locator("li.entry").first();
  assert.equal(await first.evaluate((li) => li.classList.contains("demo")), false);
  assert.match(
    await kiosk.page.locator("#mx-comar-tapachula p.approximate").textContent(),
    /Ubicación aproximada/,
  );
  await shot(kiosk.page, "directory-kiosk-new-hours-es");
  assert.deepEqual(kiosk.problems, []);
  assert.deepEqual(problems, []);
  await kiosk.context.close();
  await context.close();
});
