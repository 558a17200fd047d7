// Headless Chromium for the end-to-end tests and the benchmark (Debian's build; Playwright
// never downloads a browser here).
import { chromium } from "playwright-core";
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
