// Firefox and WebKit for the end-to-end tests, driven through W3C protocols with the browsers
// Debian ships (no driver ever downloads a browser here):
// - Firefox ESR with puppeteer-core over WebDriver BiDi, headless;
// - WebKitGTK's MiniBrowser with its WebKitWebDriver and selenium-webdriver, on a private Xvfb
//   display (MiniBrowser has no headless mode).
// Each engine's page offers the part of Playwright's page that the helpers of browser.mjs use
// (goto, evaluate, evaluateHandle, waitForFunction, mouse, keyboard, screenshot; touchscreen in
// Firefox), so those helpers serve every engine.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { before, after } from "node:test";
import puppeteer from "puppeteer-core";
import { Builder, Key, Origin } from "selenium-webdriver";
import { startServer } from "./server.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Sizes of the engine layer: a laptop, and an iPhone's screen (CSS pixels). */
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

function need(path, what) {
  if (!existsSync(path)) throw new Error(`${what} is missing (${path}): run \`make setup-browser\``);
}

/** Adds `record` to the query, so the server puts the problem recorder first in the page. */
function recorded(url) {
  const u = new URL(url);
  u.searchParams.set("record", "");
  return u.href;
}

/** What the page's own recorder (pages/record-problems.js) saw. */
async function recordedProblems(page) {
  const seen = await page.evaluate(() => window.bmProblems ?? null);
  return seen ?? ["the page has no problem recorder (was it opened with ?record?)"];
}

/** Waits for `waiting`; when it fails, the error also tells what the page reported. */
async function explained(page, waiting) {
  try {
    return await waiting;
  } catch (error) {
    const problems = await page.problems().catch(() => []);
    if (problems.length) error.message += `\nThe page reported:\n  ${problems.join("\n  ")}`;
    throw error;
  }
}

/** Runs `fn` until it returns something truthy, every 50 ms, for at most `timeout` ms. */
async function poll(fn, what, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

class FirefoxPage {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    this.mouse = page.mouse;
    // WebDriver BiDi names the space bar " ".
    this.keyboard = { press: (key) => page.keyboard.press(key === "Space" ? " " : key) };
    this.touchscreen = page.touchscreen;
    this.seen = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") this.seen.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (err) => this.seen.push(`pageerror: ${err.message}`));
    page.on("requestfailed", (req) => this.seen.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ""}`));
    page.on("response", (res) => {
      if (res.status() >= 400) this.seen.push(`HTTP ${res.status()}: ${res.url()}`);
    });
  }

  async goto(url) {
    await this.page.goto(recorded(url), { waitUntil: "load" });
  }

  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  evaluateHandle(fn, arg) {
    return this.page.evaluateHandle(fn, arg);
  }

  waitForFunction(fn, arg, { timeout = 10000 } = {}) {
    return explained(this, this.page.waitForFunction(fn, { timeout, polling: 50 }, arg));
  }

  screenshot({ path }) {
    return this.page.screenshot({ path });
  }

  async problems() {
    return [...this.seen, ...(await recordedProblems(this))];
  }

  close() {
    return this.context.close();
  }
}

async function launchFirefox() {
  need(FIREFOX, "Firefox ESR");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
  });
  return {
    name: "firefox",
    version: `Firefox ${(await browser.version()).split("/")[1]}`,
    touch: true,
    async open(size) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...SIZES[size], deviceScaleFactor: 1, hasTouch: size === "phone" });
      return new FirefoxPage(context, page);
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver and MiniBrowser on Xvfb, through selenium-webdriver.

const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT };

/** The source of a call of the function `fn` with the expressions `args`. */
const apply = (fn, ...args) => `(${fn})(${args.join(", ")})`;

class WebKitPage {
  constructor(driver) {
    this.driver = driver;
    this.mouse = {
      click: (x, y) =>
        driver
          .actions({ async: true })
          .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT, duration: 0 })
          .press()
          .release()
          .perform(),
    };
    this.keyboard = {
      press: (key) => {
        const k = KEYS[key] ?? key;
        if (k.length !== 1) throw new Error(`no WebDriver key for ${key}`);
        return driver.actions({ async: true }).keyDown(k).keyUp(k).perform();
      },
    };
  }

  goto(url) {
    return this.driver.get(recorded(url));
  }

  /** Runs `fn(arg)` in the page; a promise it returns is awaited (W3C Execute Script). */
  evaluate(fn, arg) {
    return this.driver.executeScript(`return ${apply(fn, "arguments[0]")};`, arg);
  }

  /** A handle to `fn(arg)`, evaluated anew whenever the handle is used. */
  evaluateHandle(fn, arg) {
    const driver = this.driver;
    const handle = apply(fn, "arguments[0]");
    return {
      evaluate: (inner, innerArg) => driver.executeScript(`return ${apply(inner, handle, "arguments[1]")};`, arg, innerArg),
      dispose: async () => {},
    };
  }

  waitForFunction(fn, arg, { timeout = 10000 } = {}) {
    return explained(this, poll(() => this.evaluate(fn, arg), String(fn).slice(0, 200), timeout));
  }

  async screenshot({ path }) {
    await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), "base64"));
  }

  problems() {
    return recordedProblems(this);
  }

  async close() {
    await this.driver.get("about:blank");
  }
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Starts `command` and ends it with this process, however the process ends. */
function child(command, args, options) {
  const proc = spawn(command, args, options);
  const stop = () => proc.exitCode === null && proc.kill();
  process.once("exit", stop);
  proc.stop = () => {
    process.off("exit", stop);
    stop();
  };
  return proc;
}

async function launchWebKit() {
  need(WEBKIT_DRIVER, "WebKitGTK's WebDriver (Debian package webkit2gtk-driver)");
  need(MINIBROWSER, "WebKitGTK's MiniBrowser (Debian package libwebkit2gtk-4.1-0)");
  // A private X display: Xvfb picks a free display number and writes it to descriptor 3.
  const xvfb = child("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  const display = await new Promise((ok, fail) => {
    let err = "";
    xvfb.stderr.on("data", (d) => (err += d));
    xvfb.stdio[3].once("data", (d) => ok(`:${String(d).trim()}`));
    xvfb.once("error", (e) => fail(new Error(`Xvfb could not start (${e.message}): run \`make setup-browser\``)));
    xvfb.once("exit", (code) => fail(new Error(`Xvfb ended with ${code}: ${err}`)));
  });
  const port = await freePort();
  const driverProc = child(WEBKIT_DRIVER, [`--port=${port}`, "--host=127.0.0.1"], {
    env: { ...process.env, DISPLAY: display },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await poll(() => fetch(`${url}/status`).then((r) => r.ok, () => false), "WebKitWebDriver", 10000);
  // Full screen: MiniBrowser shows no toolbar, so the window's size is the page's viewport.
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", "--full-screen"] },
    })
    .build();
  const caps = await driver.getCapabilities();
  const page = new WebKitPage(driver);
  return {
    name: "webkit",
    version: `WebKitGTK ${caps.get("browserVersion")}`,
    touch: false, // WebKitWebDriver turns touch pointers into a mouse
    async open(size) {
      const { width, height } = SIZES[size];
      await driver.manage().window().setRect({ width, height });
      const inner = await driver.executeScript("return [innerWidth, innerHeight]");
      if (inner[0] !== width || inner[1] !== height) throw new Error(`WebKit's viewport is ${inner.join("x")}, not ${width}x${height}`);
      return page;
    },
    async close() {
      await driver.quit().catch(() => {});
      driverProc.stop();
      xvfb.stop();
    },
  };
}

export const ENGINES = { firefox: launchFirefox, webkit: launchWebKit };

/**
 * Starts the loopback server and the engine `name` before a suite's tests and stops them after;
 * the returned object holds `server` and `engine` once they run.
 */
export function useEngine(name) {
  const env = { server: null, engine: null };
  before(async () => {
    env.server = await startServer();
    env.engine = await ENGINES[name]();
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}
