// The public pages on every screen: no page wider than a 320-pixel phone in any of the sixteen
// locales, axe-core's WCAG 2.1 A and AA rules on every page type, and the topic icons drawn
// from Faro's own SVG files on a machine without an emoji font (fontconfig is told to hide Noto
// Color Emoji from this file's Chromium, so nothing here may rely on it).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useFaro, baseUrl, newPage, shot, axeViolations, runFaro, SHELTER } from "./support.mjs";

const LOCALES = [
  "am", "ar", "bn", "en", "es", "fa", "fr", "hi", "ht", "ne", "ps", "pt", "so", "ti", "ur", "zh-Hans",
];
const CAMPAIGN = "smuggling-deadly-business";

// The system's fonts, less the colour emoji font.
const fontconfig = join(mkdtempSync(join(tmpdir(), "faro-fonts-")), "fonts.conf");
writeFileSync(
  fontconfig,
  `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*NotoColorEmoji*</glob></rejectfont></selectfont>
</fontconfig>
`,
);

// One person approves and publishes the pack's campaign, so its page is live.
useFaro({ FARO_REQUIRE_SECOND_APPROVER: "false" }, { browserEnv: { FONTCONFIG_FILE: fontconfig } });

/// Every public page type of one locale: the public site and a shelter's kiosk.
function pagesOf(locale) {
  const kiosk = `/k/${SHELTER}/${locale}`;
  return [
    ["home", `/${locale}/`],
    ["topic", `/${locale}/topics/asylum`],
    ["directory", `/${locale}/directory`],
    ["directory-country", `/${locale}/directory?country=MX`],
    ["consulates", `/${locale}/consulates`],
    ["consulates-for", `/${locale}/consulates?for=HT`],
    ["emergency", `/${locale}/emergency`],
    ["campaign", `/${locale}/campaigns/${CAMPAIGN}`],
    ["kiosk-home", `${kiosk}/`],
    ["kiosk-topic", `${kiosk}/topics/trafficking`],
    ["kiosk-directory", `${kiosk}/directory`],
    ["kiosk-consulates", `${kiosk}/consulates?for=HT`],
    ["kiosk-emergency", `${kiosk}/emergency`],
    ["kiosk-not-set-up", `/k/no-such-shelter/${locale}/`],
  ];
}

const PICKERS = [
  ["picker", "/"],
  ["kiosk-picker", `/k/${SHELTER}/`],
  ["kiosk-not-set-up-picker", "/k/no-such-shelter/"],
];

let published = false;
async function publishCampaign() {
  if (published) return;
  runFaro(["user", "add", "pages-admin", "--role", "admin"], "a long enough password\n");
  const token = runFaro(["user", "token", "pages-admin"]).trim();
  for (const step of ["submit", "approve", "publish"]) {
    const response = await fetch(`${baseUrl()}/api/v1/campaigns/${CAMPAIGN}/${step}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    assert.ok(response.ok, `${step}: ${response.status} ${await response.text()}`);
  }
  published = true;
}

/// What sticks out of a 320-pixel page, to say why it is too wide.
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ""}`;
        wide.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}] ${element.textContent.trim().slice(0, 40)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 8) };
  });
}

const STATUS = { "kiosk-not-set-up": 404, "kiosk-not-set-up-picker": 404 };

test("no page is wider than a 320-pixel phone, in any of the sixteen locales", async () => {
  await publishCampaign();
  const { context, page, problems } = await newPage({
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  const tooWide = [];
  const visit = async (name, path) => {
    const response = await page.goto(`${baseUrl()}${path}`);
    assert.equal(response.status(), STATUS[name] ?? 200, path);
    const { scrollWidth, wide } = await overflow(page);
    if (scrollWidth > 320) {
      tooWide.push(`${path}: ${scrollWidth} px: ${wide.join(" | ")}`);
      await shot(page, `too-wide-${path.replace(/[^a-zA-Z0-9-]+/g, "_")}`);
    }
  };
  for (const [name, path] of PICKERS) await visit(name, path);
  for (const locale of LOCALES) {
    for (const [name, path] of pagesOf(locale)) await visit(name, path);
  }
  await page.goto(`${baseUrl()}/fa/directory?country=MX`);
  await shot(page, "phone-fa-directory");
  assert.deepEqual(tooWide, []);
  // The "not set up" pages are 404s on purpose (their status is checked above).
  assert.deepEqual(problems.filter((problem) => !problem.includes("status of 404")), []);
  await context.close();
});

for (const locale of ["en", "fa"]) {
  test(`no WCAG 2.1 A or AA violation on any page type in ${locale}`, async () => {
    await publishCampaign();
    // axe is injected by the test, which the page's own policy rightly forbids.
    const { context, page } = await newPage({ bypassCSP: true });
    const found = {};
    for (const [name, path] of [...PICKERS, ...pagesOf(locale)]) {
      const response = await page.goto(`${baseUrl()}${path}`);
      assert.equal(response.status(), STATUS[name] ?? 200, path);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
    await context.close();
  });
}

test("topic icons are Faro's SVGs and draw without an emoji font", async () => {
  // The browser of this file cannot see the emoji font.
  const fonts = spawnSync("fc-list", [], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfig },
    encoding: "utf8",
  });
  if (fonts.status === 0) assert.doesNotMatch(fonts.stdout, /NotoColorEmoji/);

  const { context, page, problems } = await newPage();
  for (const locale of ["en", "am", "fa"]) {
    await page.goto(`${baseUrl()}/k/${SHELTER}/${locale}/`);
    const icons = page.locator(".topics img.icon");
    assert.equal(await icons.count(), 10, locale);
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".topics img.icon")].every((img) => img.complete),
    );
    const drawn = await icons.evaluateAll((images) =>
      images.map((img) => {
        const box = img.getBoundingClientRect();
        return {
          src: img.getAttribute("src"),
          alt: img.getAttribute("alt"),
          naturalWidth: img.naturalWidth,
          width: box.width,
          height: box.height,
        };
      }),
    );
    for (const icon of drawn) {
      assert.match(icon.src, /^\/static\/icon-[a-z]+\.[0-9a-f]{16}\.svg$/, JSON.stringify(icon));
      // Decorative beside the title: the link's name is the title alone.
      assert.equal(icon.alt, "", JSON.stringify(icon));
      assert.ok(icon.naturalWidth > 0 && icon.width >= 40 && icon.height >= 40, JSON.stringify(icon));
    }
    const response = await page.request.get(`${baseUrl()}${drawn[0].src}`);
    assert.equal(response.headers()["content-type"], "image/svg+xml");
    assert.match(response.headers()["cache-control"], /max-age=31536000, immutable/);
  }
  // A pixel that is not white inside each icon: the drawing itself, not an empty box.
  const painted = await page.locator(".topics img.icon").evaluateAll((images) =>
    images.map((img) => {
      const canvas = document.createElement("canvas");
      canvas.width = 48;
      canvas.height = 48;
      const context2d = canvas.getContext("2d");
      context2d.drawImage(img, 0, 0, 48, 48);
      const { data } = context2d.getImageData(0, 0, 48, 48);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) inked += 1;
      }
      return inked;
    }),
  );
  for (const inked of painted) assert.ok(inked > 100, `painted pixels: ${painted}`);
  await shot(page, "icons-without-emoji-font");
  assert.deepEqual(problems, []);
  await context.close();
});

test("no language's name on the picker is broken inside a word, on the kiosk or a phone", async () => {
  for (const viewport of [{ width: 1080, height: 1920 }, { width: 320, height: 640 }]) {
    const { context, page, problems } = await newPage({ viewport, hasTouch: true });
    for (const path of [`/k/${SHELTER}/`, "/"]) {
      await page.goto(`${baseUrl()}${path}`);
      const broken = await page.evaluate(() => {
        const found = [];
        for (const link of document.querySelectorAll(".languages a")) {
          const name = link.querySelector(".native")?.firstChild;
          if (!name) continue;
          const text = name.textContent;
          for (const word of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(name, word.index);
            range.setEnd(name, word.index + word[0].length);
            if (range.getClientRects().length > 1) found.push(word[0]);
          }
        }
        return found;
      });
      assert.deepEqual(broken, [], `${path} at ${viewport.width} px`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
