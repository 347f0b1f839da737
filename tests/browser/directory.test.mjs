// The directory kept by the people who know the places: a focal point for Mexico, reading the
// operators' pages in Spanish (her browser's language), opens a shelter's entry, changes its
// opening hours, and the shelter's kiosk shows the new hours in Spanish at once; the entry's
// page is clean for axe-core and keeps to the site's CSP (no console error). On a 320-pixel phone
// the list of entries is readable (cards, nothing wider than the screen) and axe-clean; the
// kiosk lists the real places first and says when a place's location is only its city's.
// The same instance runs its Telegram bot against a fake Bot API (below): after the edit, a
// person who shares their location near the shelter reads the new hours in the bot.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { useFaro, baseUrl, newPage, shot, axeViolations, addUser, SHELTER, clickAndLoad } from "./support.mjs";

/// A Bot API on 127.0.0.1 with only what a polling bot calls, in the shapes of Telegram's
/// documentation: updates are queued by the test, and every call is kept for it to read.
async function startFakeTelegram() {
  const bot = { id: 987654321, is_bot: true, first_name: "Faro", username: "faro_demo_bot" };
  const calls = [];
  const queued = [];
  let nextUpdate = 1;
  let nextMessage = 100;
  let wake = () => {};
  const message = (body) => ({
    message_id: ++nextMessage,
    from: bot,
    chat: { id: Number(body.chat_id), first_name: "Ana", type: "private" },
    date: Math.floor(Date.now() / 1000),
    text: body.text ?? "",
  });
  const answer = async (method, body) => {
    switch (method) {
      case "getme":
        return {
          ...bot,
          can_join_groups: false,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
          can_connect_to_business: false,
          has_main_web_app: false,
        };
      case "getupdates": {
        const offset = Number(body.offset ?? 0);
        while (queued.length && queued[0].update_id < offset) queued.shift();
        if (!queued.length) {
          // Long polling, kept short so that the bot stops quickly.
          await new Promise((resolve) => {
            wake = resolve;
            setTimeout(resolve, 500);
          });
        }
        return queued.filter((update) => update.update_id >= offset);
      }
      case "sendmessage":
      case "editmessagetext":
        return message(body);
      default:
        return true;
    }
  };
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", async () => {
      // teloxide writes method names with a capital (SendMessage); Telegram ignores the case.
      const method = request.url.split("/").pop().split("?")[0].toLowerCase();
      let body = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        body = { raw };
      }
      const result = await answer(method, body);
      calls.push({ method, body, result });
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const person = { id: 4242, is_bot: false, first_name: "Ana", language_code: "es" };
  const chat = { id: 4242, first_name: "Ana", type: "private" };
  const date = () => Math.floor(Date.now() / 1000);
  const push = (update) => {
    queued.push({ update_id: nextUpdate++, ...update });
    wake();
  };
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    calls,
    close: () => server.close(),
    text: (text) => push({ message: { message_id: ++nextMessage, from: person, chat, date: date(), text } }),
    location: (latitude, longitude) =>
      push({ message: { message_id: ++nextMessage, from: person, chat, date: date(), location: { latitude, longitude } } }),
    press: (messageId, data) =>
      push({
        callback_query: {
          id: `cq${nextUpdate}`,
          from: person,
          chat_instance: "4242",
          data,
          message: { message_id: messageId, from: bot, chat, date: date(), text: "…" },
        },
      }),
    /// The first call after `from` (an index into `calls`) that `wanted` accepts, within 20 s.
    async waitFor(from, wanted, what) {
      const started = Date.now();
      while (Date.now() - started < 20_000) {
        const found = calls.slice(from).find(wanted);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.fail(
        `the bot did not ${what} within 20 s; it called ${calls.map((c) => c.method).join(", ")}`,
      );
    },
  };
}

const telegram = await startFakeTelegram();
useFaro({ FARO_TELEGRAM_TOKEN: "123456:TEST-token-for-the-fake", FARO_TELEGRAM_API_URL: telegram.url });

const PASSWORD = "a long enough password";

test("a Spanish-speaking focal point changes a shelter's hours and the kiosk and the bot show them", async () => {
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

  // The bot shows the new hours too: a person in Tapachula chooses Spanish and shares where
  // they are.
  const sent = (call) => call.method === "sendmessage" || call.method === "editmessagetext";
  let from = telegram.calls.length;
  telegram.text("/start");
  const picker = await telegram.waitFor(from, sent, "show the language picker");
  from = telegram.calls.length;
  telegram.press(picker.result.message_id, "l:es");
  const menu = await telegram.waitFor(from, sent, "show the menu in Spanish");
  from = telegram.calls.length;
  telegram.press(menu.result.message_id, "near");
  await telegram.waitFor(from, (c) => sent(c) && c.body.reply_markup?.keyboard, "ask for the location");
  from = telegram.calls.length;
  telegram.location(14.9057, -92.2636);
  const places = await telegram.waitFor(
    from,
    (c) => sent(c) && c.body.text.includes("09:30–13:15"),
    "list the shelter with its new hours",
  );
  assert.match(places.body.text, /de lunes a viernes, 09:30–13:15; sábado, 10:00–12:00/);
  assert.deepEqual(problems, []);
  await kiosk.context.close();
  await context.close();
  telegram.close();
});
