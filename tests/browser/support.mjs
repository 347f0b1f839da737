// What every browser test file shares: the real `faro` binary started on a random port with a
// temporary SQLite database, Debian's headless Chromium, pages that fail on any request to
// another host or any console error, screenshots, axe-core and accounts made with the CLI.
// A test file calls `useFaro()` once at its top; each file gets its own server and database.

import { before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const screenshots = join(here, "screenshots");
export const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// A shelter of the shipped content pack (a sample entry).
export const SHELTER = "demo-tapachula-shelter-1";
export const IDLE_SECONDS = 30;

const binary =
  process.env.FARO_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug", "faro");

let server;
let serverLog = "";
let base;
let browser;
let dataDir;

function startServer(extraEnv) {
  dataDir = mkdtempSync(join(tmpdir(), "faro-browser-"));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("FARO_")),
  );
  env.RUST_LOG = "info";
  env.NO_COLOR = "1";
  env.FARO_TELEGRAM_BOT_USERNAME = "faro_demo_bot";
  env.FARO_KIOSK_IDLE_SECONDS = String(IDLE_SECONDS);
  // A free port for /metrics, so that servers started side by side do not meet on 9464.
  env.FARO_METRICS_LISTEN = "127.0.0.1:0";
  // No synthetic speech unless a test file asks for it (espeak-ng for the whole pack takes
  // minutes); kept in the temporary folder when it does.
  env.FARO_TTS_LOCALES = "";
  env.FARO_AUDIO_CACHE_DIR = join(dataDir, "audio");
  Object.assign(env, extraEnv);
  const child = spawn(
    binary,
    ["serve", "--listen", "127.0.0.1:0", "--database-url", `sqlite://${dataDir}/faro.db`],
    { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`faro serve did not start:\n${log}`)), 60_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${binary} (build it with cargo build --bin faro): ${error.message}`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`faro serve exited with ${code}:\n${log}`));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      log += chunk;
      serverLog = log;
      const found = log.replace(/\x1b\[[0-9;]*m/g, "").match(/kiosk on (http:\/\/[0-9.:]+)/);
      if (found) {
        clearTimeout(timer);
        resolve({ child, url: found[1] });
      }
    });
  });
}

/// Starts Faro and Chromium before the file's tests and stops them after; `extraEnv` adds
/// FARO_* settings for this file's server, `browserEnv` variables for Chromium's (such as a
/// FONTCONFIG_FILE that hides a font).
export function useFaro(extraEnv = {}, { browserEnv = {} } = {}) {
before(async () => {
  mkdirSync(screenshots, { recursive: true });
  ({ child: server, url: base } = await startServer(extraEnv));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    env: { ...process.env, ...browserEnv },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.removeAllListeners("exit");
    server.kill("SIGTERM");
  }
  if (dataDir && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
});
}

/// The running server's address, such as http://127.0.0.1:41234.
export function baseUrl() {
  return base;
}

/// The last `lines` lines the server wrote, for a failure's message.
export function serverLogTail(lines = 30) {
  return serverLog.replace(/\x1b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-lines).join("\n");
}

/// The temporary database's folder.
export function dataFolder() {
  return dataDir;
}

/// A page that fails the test on any request to another host or any console error (such as
/// a Content-Security-Policy violation).
export async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith("data:")) {
      problems.push(`external request: ${request.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/// Clicks what submits a form or follows a link, and waits until the page it leads to has
/// loaded. A click does not wait for the navigation it starts, and `waitForLoadState()` right
/// after it may see the old page, already loaded: on a loaded machine the next line would then
/// read the page before the click.
export async function clickAndLoad(page, locator) {
  const navigated = page.waitForEvent("framenavigated", {
    predicate: (frame) => frame === page.mainFrame(),
    timeout: 30_000,
  });
  await locator.click();
  await navigated;
  await page.waitForLoadState("load");
}

/// The whole page, cut at a height a person can still look at (the directory is long).
export async function shot(page, name) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width } = page.viewportSize();
  await page.screenshot({
    path: join(screenshots, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, 2400) },
  });
}

/// axe-core's WCAG 2.1 A and AA violations on the page as it is now.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}

/// `faro <args>` on the test server's database, as an operator runs it; its standard output.
export function runFaro(args, input = "") {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("FARO_")),
  );
  env.FARO_DATABASE_URL = `sqlite://${dataDir}/faro.db`;
  const result = spawnSync(binary, args, { cwd: root, env, input, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/// An account made with `faro user add`, the way an operator makes one; `extraArgs` such as
/// `["--shelter", id]` for a shelter's staff.
export function addUser(name, role, password, extraArgs = []) {
  runFaro(["user", "add", name, "--role", role, ...extraArgs], `${password}\n`);
}

