// A topic read aloud, in Debian's headless Chromium against the real `faro` binary: Persian
// synthetic speech made in the background by espeak-ng (this file's server speaks Persian
// only), one player per section, labelled as a computer's voice, nothing played before a tap,
// the players within a 320-pixel phone in right-to-left, the emergency page's player, a
// person's recording of a whole page (Haitian Creole) as one player not labelled, none for
// Pashto, and the kiosk's idle reset stopping what plays.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { after } from "node:test";
import { useFaro, baseUrl, newPage, shot, SHELTER } from "./support.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const IDLE = 10;

// The shipped pack, with a person's recording of the Haitian Creole asylum page (the test
// fixture stands in for it) and the speaker's consent in its front matter.
const content = mkdtempSync(join(tmpdir(), "faro-audio-content-"));
cpSync(join(root, "content"), content, { recursive: true });
const htPage = join(content, "topics", "asylum", "ht.md");
writeFileSync(
  htPage,
  readFileSync(htPage, "utf8").replace(/\n\+\+\+\n/, "\n[recording]\nconsent = 2026-12-01\n+++\n"),
);
cpSync(join(root, "tests", "fixtures", "recording-ht.opus"), join(content, "topics", "asylum", "ht.opus"));
after(() => rmSync(content, { recursive: true, force: true }));

useFaro({
  FARO_CONTENT_DIR: content,
  FARO_TTS_LOCALES: "fa",
  FARO_KIOSK_IDLE_SECONDS: String(IDLE),
});

/// Waits until the page at `path` offers its audio (made in the background after start).
async function withAudio(page, path) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    await page.goto(`${baseUrl()}${path}`);
    if ((await page.locator("audio").count()) > 0) return;
    assert.ok(Date.now() < deadline, `no audio on ${path} after 5 minutes`);
    await page.waitForTimeout(1000);
  }
}

test("a Persian topic offers its computer voice, plays only when asked, and fits a phone", async () => {
  const { context, page, problems } = await newPage({ viewport: { width: 320, height: 640 } });
  const audioResponses = [];
  page.on("response", (response) => {
    if (response.url().includes("/audio/")) audioResponses.push(response);
  });
  await withAudio(page, "/fa/topics/asylum");
  // One player per section: the page's sections are its "##" headings and its opening.
  const players = page.locator("figure.listen audio");
  assert.equal(await players.count(), (await page.locator("article h2").count()) + 1);
  const player = players.first();
  assert.equal(await player.getAttribute("preload"), "none");
  assert.equal(await player.getAttribute("autoplay"), null);
  assert.equal(await player.evaluate((audio) => audio.controls), true);
  assert.equal(await player.evaluate((audio) => audio.paused), true);
  assert.match(await page.locator("figure.listen figcaption").first().innerText(), /صدای رایانه/);
  assert.equal(await page.locator("article").getAttribute("dir"), "rtl");
  // Nothing fetched before a tap.
  assert.equal(audioResponses.length, 0);
  // Large, and within the 320-pixel screen.
  for (const one of await players.all()) {
    const box = await one.boundingBox();
    assert.ok(box.height >= 48, `player ${box.height}px high`);
    assert.ok(box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  await shot(page, "fa-topic-audio-320");

  await player.evaluate((audio) => audio.play());
  await page.waitForFunction(() => document.querySelector("audio").currentTime > 0);
  assert.ok(audioResponses.length > 0);
  assert.equal(audioResponses[0].headers()["content-type"], "audio/ogg");
  assert.ok(new URL(audioResponses[0].url()).origin === baseUrl());
  assert.deepEqual(problems, []);
  await context.close();
});

test("the emergency page can be heard", async () => {
  const { context, page, problems } = await newPage({ viewport: { width: 320, height: 640 } });
  await withAudio(page, "/fa/emergency");
  assert.equal(await page.locator("figure.listen audio").count(), 1);
  const src = await page.locator("figure.listen audio").getAttribute("src");
  const response = await page.request.get(`${baseUrl()}${src}`);
  assert.equal(response.headers()["content-type"], "audio/ogg");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a person's recording is not labelled, and Pashto gets no voice", async () => {
  const { context, page, problems } = await newPage();
  await page.goto(`${baseUrl()}/ht/topics/asylum`);
  assert.equal(await page.locator("figure.listen audio").count(), 1);
  assert.equal(await page.locator(".computer-voice").count(), 0);
  await page.goto(`${baseUrl()}/ps/topics/asylum`);
  assert.equal(await page.locator("audio").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the kiosk's idle reset stops the audio and goes back to the picker", async () => {
  const { context, page, problems } = await newPage();
  await withAudio(page, `/k/${SHELTER}/fa/topics/asylum`);
  // Recorded synchronously, in the page's own session storage, the moment the reset calls
  // pause(): the "pause" event is queued and may not run (or reach the test) before the
  // navigation that follows it on a loaded machine; session storage outlives that navigation.
  await page.locator("audio").first().evaluate((audio) => {
    const pause = audio.pause.bind(audio);
    audio.pause = () => {
      pause();
      sessionStorage.setItem("paused-before-reset", JSON.stringify({ paused: audio.paused }));
    };
  });
  await page.locator("audio").first().evaluate((audio) => audio.play());
  await page.waitForFunction(() => document.querySelector("audio").currentTime > 0);
  await page.waitForURL(`${baseUrl()}/k/${SHELTER}/`, { timeout: (IDLE + 10) * 1000 });
  const record = await page.evaluate(() => sessionStorage.getItem("paused-before-reset"));
  assert.deepEqual(JSON.parse(record), { paused: true }, "the audio was paused before the reset");
  assert.equal(await page.locator("audio").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
