// Headless Chromium for the end-to-end tests and the benchmark (Debian's build; Playwright
// never downloads a browser here).
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const screenshots = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

export const VIEWPORTS = {
  phone: { width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  tablet: { width: 820, height: 1180, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
};

export async function launch() {
  await mkdir(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
}

/**
 * A fresh context and page at `viewport`, collecting console errors, page errors, CSP
 * violations and requests to other origins.
 */
export async function openPage(browser, viewport = "desktop", extra = {}) {
  const { width, height, ...rest } = VIEWPORTS[viewport];
  const context = await browser.newContext({ viewport: { width, height }, ...rest, ...extra });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("request", (req) => requests.push(req.url()));
  return { context, page, problems, requests };
}

/** Waits until the widget inside `selector` has drawn its figure. */
export async function ready(page, selector = "body-map") {
  await page.waitForFunction(
    (sel) => {
      const host = document.querySelector(sel);
      const root = host && host.shadowRoot;
      const wrap = root && root.querySelector(".bm-root");
      return !!(wrap && !wrap.hidden && root.querySelector("svg.bm-figure path.bm-outline"));
    },
    selector,
    { timeout: 20000 },
  );
}

export async function shot(page, name) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: false });
}

/** Runs `fn(root, arg)` inside the shadow root of the widget `host` and returns its result. */
export async function inShadow(page, fn, arg, host = "body-map") {
  const root = await page.evaluateHandle((h) => document.querySelector(h).shadowRoot, host);
  try {
    return await root.evaluate(fn, arg);
  } finally {
    await root.dispose();
  }
}

/** The ranked muscle ids the answer of the widget `host` lists, in order. */
export const ranking = (page, host = "body-map") =>
  inShadow(page, (root) => [...root.querySelectorAll(".bm-ranking [data-muscle]")].map((e) => e.dataset.muscle), null, host);

/** Waits until `selector` matches inside the shadow root of `host`. */
export async function waitInShadow(page, selector, host = "body-map", timeout = 10000) {
  await page.waitForFunction(
    ({ selector, host }) => !!document.querySelector(host)?.shadowRoot?.querySelector(selector),
    { selector, host },
    { timeout },
  );
}

/** Clicks the element matching `selector` (and containing `text`, when given) in the shadow root. */
export async function clickInShadow(page, selector, { text, host = "body-map" } = {}) {
  const found = await page.evaluate(
    ({ selector, text, host }) => {
      const root = document.querySelector(host).shadowRoot;
      const el = [...root.querySelectorAll(selector)].find((e) => text === undefined || e.textContent.includes(text));
      if (!el) return false;
      el.click();
      return true;
    },
    { selector, text, host },
  );
  if (!found) throw new Error(`no ${selector}${text ? ` with "${text}"` : ""} in ${host}`);
}

/**
 * Taps (touch) or clicks (mouse) the element matching `selector` in the shadow root, at the
 * centre of its box, after scrolling it into view. Throws when something else is on top.
 */
export async function pointAt(page, selector, { touch = false, host = "body-map", text } = {}) {
  const box = await page.evaluate(
    ({ selector, host, text }) => {
      const root = document.querySelector(host).shadowRoot;
      const el = [...root.querySelectorAll(selector)].find((e) => text === undefined || e.textContent.includes(text));
      if (!el) return null;
      el.scrollIntoView({ block: "center", inline: "center" });
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const top = root.elementFromPoint(x, y);
      return { x, y, hit: !!top && (top === el || el.contains(top)) };
    },
    { selector, host, text },
  );
  if (!box) throw new Error(`no ${selector} in ${host}`);
  if (!box.hit) throw new Error(`${selector} in ${host} is covered at its centre`);
  if (touch) await page.touchscreen.tap(box.x, box.y);
  else await page.mouse.click(box.x, box.y);
}

/**
 * Taps or clicks the centre of the pain region `id` (which must be what lies there). A region
 * out of the figure's frame (a phone starts on the neck and back) is brought into sight first
 * with "Show the whole body", and an offer lying over it is closed, as a patient would.
 */
export async function tapRegion(page, id, { touch = false, host = "body-map" } = {}) {
  await waitInShadow(page, `[data-region="${id}"]`, host);
  const away = await page.evaluate(
    ({ id, host }) => {
      const root = document.querySelector(host).shadowRoot;
      const r = root.querySelector(`[data-region="${id}"]`).getBoundingClientRect();
      const f = root.querySelector("svg.bm-figure").getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      // A "Did you mean" offer over the region is dismissed first.
      const offer = root.querySelector(".bm-offer");
      if (offer && offer.contains(root.elementFromPoint(x, y))) offer.querySelector(".bm-offer-close").click();
      return x < f.left || x > f.right || y < f.top || y > f.bottom;
    },
    { id, host },
  );
  if (away) await pointAt(page, ".bm-zoom button:nth-child(3)", { touch, host });
  await pointAt(page, `[data-region="${id}"]`, { touch, host });
}

/** Records `body-map-change` and `body-map-muscle` events in `window.bmEvents`, per widget id. */
export async function recordEvents(page) {
  await page.evaluate(() => {
    window.bmEvents = [];
    for (const type of ["body-map-change", "body-map-muscle"]) {
      document.addEventListener(type, (e) =>
        window.bmEvents.push({ type, from: e.target.id || e.target.tagName.toLowerCase(), detail: e.detail }),
      );
    }
  });
}

/**
 * Starts the loopback server and Chromium before a spec's tests and stops them after; the
 * returned object holds `server` and `browser` once they run.
 */
export function useBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
