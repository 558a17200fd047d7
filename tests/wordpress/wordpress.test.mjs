// The WordPress plugin in a real WordPress (Debian's, on loopback; tests/wordpress/setup.sh
// starts it and writes target/wordpress/env.json): activation, the shortcode, the block, hostile
// values, the settings page, the block editor, PHP syntax. Screenshots for docs/install.md.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage, ready, tapRegion, inShadow, waitInShadow, screenshots } from "../e2e/browser.mjs";

const state = process.env.WORDPRESS_STATE ?? fileURLToPath(new URL("../../target/wordpress", import.meta.url));
// axe-core comes with the end-to-end tests' packages.
const { AxeBuilder } = createRequire(new URL("../e2e/package.json", import.meta.url))("@axe-core/playwright");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The axe-core violations inside `selector` (the plugin's own markup on an admin screen). */
async function audit(page, selector) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const env = JSON.parse(await readFile(join(state, "env.json"), "utf8"));
const origin = new URL(env.url).origin;
// The docs show Debian's WordPress, the one `make test` runs; another tree keeps its own.
const shots = process.env.WORDPRESS_STATE ? join(state, "screenshots/") : `${screenshots}wordpress/`;
const LOADER = /<script\b[^>]*\bsrc=['"][^'"]*\/plugins\/body-map\/widget\/body-map\.js[^'"]*['"][^>]*>/g;

let browser;
/** The administrator's session, shared by the tests that act in wp-admin. */
let admin;

before(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launch();
  admin = await openPage(browser, "desktop");
  await logIn(admin.page, "admin");
});

after(async () => {
  await browser?.close();
});

/**
 * Lines of the debug log that WordPress 6.1 itself writes on PHP 8.2 whenever wp-login.php is
 * opened (it passes null to trim() and preg_replace()); nothing to do with the plugin.
 */
const loginNoise = new Set();
const LOGIN_NOISE = /PHP Deprecated: {2}(trim|preg_replace)\(\): Passing null to parameter #\d \(\$\w+\) of type [\w|]+ is deprecated in \S+\/wp-includes\/(pluggable|formatting)\.php on line \d+$/;

async function logIn(page, user) {
  const before = await debugLog();
  // Once more if the first try stays on the login page (seen once on a cold machine); the
  // second failure reports what the page said.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${env.url}/wp-login.php`);
    await page.fill("#user_login", user);
    await page.fill("#user_pass", env.users[user]);
    try {
      await Promise.all([page.waitForURL(/\/wp-admin\//, { timeout: 20000 }), page.click("#wp-submit")]);
      break;
    } catch (err) {
      const said = await page.locator("#login_error").textContent().catch(() => "");
      if (attempt === 2) throw new Error(`${user} could not log in: ${said.trim() || err.message}`);
    }
  }
  for (const line of (await debugLog()).slice(before.length)) {
    assert.match(line, LOGIN_NOISE, "logging in writes nothing else to the debug log");
    loginNoise.add(line);
  }
}

/**
 * The lines of WordPress's debug log (WP_DEBUG_LOG: every PHP error, warning, notice or
 * deprecation), without the login noise.
 */
async function debugLog() {
  return (await readFile(env.log, "utf8")).split("\n").filter((line) => line.trim() !== "" && !loginNoise.has(line));
}

/** Opens `url` as a visitor; resolves to the page, its HTML and what it reported. */
async function visit(url, viewport = "desktop") {
  const visitor = await openPage(browser, viewport);
  const response = await visitor.page.goto(url);
  assert.equal(response.status(), 200, `${url} answers 200`);
  return { ...visitor, html: await response.text() };
}

/** Requests that left the site's origin. */
const foreign = (requests) => requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);

/** Asserts that a visitor's page logged no console error and asked no other origin; closes it. */
async function leave({ context, problems, requests }) {
  assert.deepEqual(problems, [], "no console error");
  assert.deepEqual(foreign(requests), [], "no request to another origin");
  await context.close();
}

/** The attributes of every <body-map> on the page, in order. */
const elements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body-map")].map((e) => Object.fromEntries(e.getAttributeNames().map((n) => [n, e.getAttribute(n)]))),
  );

/** Taps `region` in the widget `host` and waits for the ranked muscles; resolves to their ids. */
async function rank(page, region, host = "body-map") {
  await tapRegion(page, region, { host });
  await waitInShadow(page, ".bm-ranking [data-muscle]", host);
  return inShadow(page, (root) => [...root.querySelectorAll(".bm-ranking [data-muscle]")].map((e) => e.dataset.muscle), undefined, host);
}

/** The booking links of the widget: text and href. */
const bookingLinks = (page, host = "body-map") =>
  inShadow(page, (root) => [...root.querySelectorAll("a.bm-book")].map((a) => ({ text: a.textContent.trim(), href: a.getAttribute("href"), target: a.getAttribute("target") })), undefined, host);

test("every PHP file of the plugin passes php -l and uses PHP 7.4 syntax only", async () => {
  const files = (await readdir(env.plugin, { recursive: true })).filter((f) => f.endsWith(".php")).map((f) => join(env.plugin, f));
  assert.ok(files.length >= 6, `the plugin's PHP files: ${files}`);
  for (const file of files) {
    assert.match(execFileSync("php", ["-l", file], { encoding: "utf8" }), /No syntax errors detected/, file);
  }
  php("php74.php", ...files);
});

/** Runs a PHP script of this folder; fails with its output when it exits with an error. */
function php(script, ...args) {
  try {
    return execFileSync("php", [fileURLToPath(new URL(script, import.meta.url)), ...args], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`${script}: ${error.stdout}${error.stderr}`);
  }
}

test("shortcode and block values are cleaned, and fall back as the element's do", () => {
  php("attributes.php", env.site);
});

test("uninstalling removes the plugin's options", () => {
  assert.equal(env.uninstalled, true, "body_map_options is gone after uninstall.php ran");
});

test("an administrator activates the plugin without a PHP warning or notice", async () => {
  const { page } = admin;
  await page.goto(`${env.url}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/plugins\.php\?activate=true/), page.getByRole("link", { name: "Activate Body Map" }).click()]);
  assert.match(await page.textContent("#message"), /Plugin activated/);
  assert.equal(await page.getByRole("link", { name: "Deactivate Body Map" }).count(), 1);
  assert.deepEqual(await debugLog(), [], "the debug log stays empty");
});

test("a page with [body_map view=\"back\" lang=\"es\" booking_url=\"/book\"] shows a working widget", async () => {
  const visitor = await visit(env.pages.shortcode.url, "phone");
  const { page, html } = visitor;
  assert.equal(html.match(LOADER)?.length, 1, "the loader once");
  const tag = html.match(LOADER)[0];
  assert.match(tag, /type="module"/, "as a module");
  // Through the Script Modules API from WordPress 6.5 (its id ends in -js-module), else as a script.
  const modules = Number(env.wordpress.split(".")[0]) * 100 + Number(env.wordpress.split(".")[1]) >= 605;
  assert.match(tag, modules ? /id=['"]body-map-js-module['"]/ : /id=['"]body-map-js['"]/, `WordPress ${env.wordpress}: ${tag}`);
  assert.deepEqual(await elements(page), [{ view: "back", lang: "es", "booking-url": "/book" }]);
  await ready(page);
  await waitInShadow(page, "svg.bm-figure--back");
  const muscles = await rank(page, "neck-angle-right");
  assert.ok(muscles.includes("levator_scapulae"), `a tap ranks muscles: ${muscles}`);
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.textContent.includes("Reservar una sesión"));
  assert.deepEqual(
    (await bookingLinks(page)).map(({ text, href }) => ({ text, href })),
    [{ text: "Reservar una sesión", href: "/book" }],
  );
  await page.screenshot({ path: `${shots}page-shortcode.png` });
  await leave(visitor);
});

test("a post with the block shows a working widget", async () => {
  const visitor = await visit(env.pages.block.url);
  const { page, html } = visitor;
  assert.equal(html.match(LOADER)?.length, 1, "the loader once");
  assert.match(html, /<div class="wp-block-body-map-body-map"><body-map /);
  assert.deepEqual(await elements(page), [{ lang: "en", regions: "temple-left", "booking-target": "_blank" }]);
  await ready(page);
  const muscles = await rank(page, "temple-right");
  assert.ok(muscles.length >= 2, `a tap ranks muscles: ${muscles}`);
  await leave(visitor);
});

test("hostile attribute values render no script and no javascript: link", async () => {
  // What the shortcode received, as the test site's probe recorded it.
  const probe = async () => (await readFile(env.probe, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line));
  const earlier = (await probe()).length;
  const visitor = await visit(env.pages.hostile.url);
  const { page, html } = visitor;
  const received = (await probe()).slice(earlier);
  assert.ok(
    received.some((atts) => atts.view === '"><script>window.hacked="view"</script>' && atts.booking_url === 'javascript:window.hacked="url"'),
    `the hostile values reached the shortcode unchanged: ${JSON.stringify(received)}`,
  );
  assert.doesNotMatch(html, /hacked/, "no hostile value in the page");
  assert.doesNotMatch(html, /javascript:/i, "no javascript: address in the page");
  await page.waitForFunction(() => document.querySelectorAll("body-map").length === 3);
  for (const host of ["body-map:nth-of-type(1)", ".wp-block-body-map-body-map body-map"]) await ready(page, host);
  assert.deepEqual(await elements(page), [
    { lang: "en" },
    { lang: "en" },
    { view: "back", lang: "en" },
  ]);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll("body-map")].flatMap((e) => [...e.shadowRoot.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"))),
  );
  assert.ok(links.every((href) => !/^\s*javascript:/i.test(href)), `no javascript: link: ${links}`);
  assert.equal(await page.evaluate(() => window.hacked), undefined, "no hostile script ran");
  await leave(visitor);
});

test("the loader is enqueued only on pages that show the widget, once for several", async () => {
  const plain = await visit(env.pages.plain.url);
  assert.match(plain.html, /A page without the widget/);
  assert.doesNotMatch(plain.html, /body-map/, "nothing of the plugin on a page without the widget");
  await leave(plain);

  const visitor = await visit(env.pages.two.url);
  const { page, html } = visitor;
  assert.equal(html.match(LOADER)?.length, 1, "the loader once for two widgets");
  assert.deepEqual(await elements(page), [
    { view: "front", lang: "en" },
    { view: "back", lang: "en" },
  ]);
  await ready(page, "body-map");
  await ready(page, ".wp-block-body-map-body-map body-map");
  await waitInShadow(page, "svg.bm-figure--back", ".wp-block-body-map-body-map body-map");
  await leave(visitor);
});

test("the settings page saves defaults in an administrator's session; [body_map] then uses them", async () => {
  const { page } = admin;
  await page.goto(`${env.url}/wp-admin/options-general.php?page=body-map`);
  await page.fill("#body-map-booking_url", "/reservar");
  await page.selectOption("#body-map-booking_target", "_blank");
  await page.selectOption("#body-map-lang", "es");
  await page.selectOption("#body-map-view", "back");
  // WordPress's colour picker shows its text field after a click on its button.
  const accent = page.locator(".wp-picker-container", { has: page.locator("#body-map-colour-accent") });
  await accent.locator("button.wp-color-result").click();
  await page.fill("#body-map-colour-accent", "#0a6e4f");
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
  assert.match(await page.textContent("#setting-error-settings_updated"), /Settings saved/);
  assert.equal(await page.inputValue("#body-map-booking_url"), "/reservar");
  await ready(page);
  await page.screenshot({ path: `${shots}settings.png`, fullPage: true });
  assert.deepEqual(await audit(page, ".wrap"), [], "the settings page audits clean");

  const defaults = await visit(env.pages.defaults.url);
  const { page: visitor } = defaults;
  assert.deepEqual(await elements(visitor), [
    {
      view: "back",
      mode: "patient",
      lang: "es",
      "booking-url": "/reservar",
      "booking-target": "_blank",
      style: "--body-map-accent:#0a6e4f;",
    },
  ]);
  await ready(visitor);
  await waitInShadow(visitor, "svg.bm-figure--back");
  await rank(visitor, "neck-angle-left");
  await visitor.waitForFunction(() => document.querySelector("body-map").shadowRoot.textContent.includes("Reservar una sesión"));
  const [link] = await bookingLinks(visitor);
  assert.equal(link.href, "/reservar");
  if (await visitor.evaluate(() => customElements.get("body-map").observedAttributes.includes("booking-target"))) {
    assert.equal(link.target, "_blank", "the booking link opens where the settings say");
  }
  const paint = await inShadow(visitor, (root) => getComputedStyle(root.querySelector(".bm-book")).backgroundColor);
  assert.equal(paint, "rgb(10, 110, 79)", "the accent colour paints the booking button");
  await leave(defaults);
});

test("the settings refuse a javascript: address, a form without a valid nonce and a subscriber", async () => {
  const { page } = admin;
  await page.goto(`${env.url}/wp-admin/options-general.php?page=body-map`);
  await page.fill("#body-map-booking_url", "javascript:alert(1)");
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
  assert.match(await page.textContent(".notice-error, .error"), /booking address was not saved/);
  assert.equal(await page.inputValue("#body-map-booking_url"), "/reservar", "the saved address stays");

  const forged = await page.request.post(`${env.url}/wp-admin/options.php`, {
    form: {
      option_page: "body-map",
      action: "update",
      _wpnonce: "0123456789",
      _wp_http_referer: "/wp-admin/options-general.php?page=body-map",
      "body_map_options[booking_url]": "/forged",
    },
    maxRedirects: 0,
  });
  assert.equal(forged.status(), 403);
  assert.match(await forged.text(), /link you followed has expired/);
  await page.reload();
  assert.equal(await page.inputValue("#body-map-booking_url"), "/reservar", "nothing saved without the nonce");

  const reader = await openPage(browser, "desktop");
  await logIn(reader.page, "reader");
  const response = await reader.page.goto(`${env.url}/wp-admin/options-general.php?page=body-map`);
  assert.equal(response.status(), 403);
  assert.match(await reader.page.textContent("body"), /not allowed/);
  assert.equal(await reader.page.locator("#body-map-booking_url").count(), 0);
  await reader.context.close();
});

test("the block editor shows the block's options and a live preview", async () => {
  const { page, problems } = admin;
  problems.length = 0;
  await page.goto(`${env.url}/wp-admin/post.php?post=${env.pages.block.id}&action=edit`);
  const preview = ".editor-styles-wrapper body-map";
  // The editor's canvas is an iframe from WordPress 6.3 when every block allows it, else the page.
  await page.waitForSelector(`iframe[name="editor-canvas"], ${preview}`, { state: "attached", timeout: 20000 });
  const canvas = page.frame({ name: "editor-canvas" }) ?? page.mainFrame();
  await canvas.waitForSelector(preview, { state: "attached", timeout: 20000 });
  await ready(canvas, preview);
  await page.evaluate(() => {
    const block = wp.data.select("core/block-editor").getBlocks().find((b) => b.name === "body-map/body-map");
    wp.data.dispatch("core/block-editor").selectBlock(block.clientId);
    wp.data.dispatch("core/edit-post").openGeneralSidebar("edit-post/block");
  });
  const sidebar = page.locator(".block-editor-block-inspector");
  await sidebar.getByText("View at start").waitFor();
  for (const label of ["Mode", "Language", "Muscle shown at start", "Areas marked at start", "Booking address", "Booking link opens"]) {
    assert.equal(await sidebar.getByLabel(label, { exact: true }).count(), 1, `the sidebar offers ${label}`);
  }
  // A change in the sidebar re-renders the preview on the server.
  await sidebar.getByLabel("View at start").selectOption("back");
  await waitInShadow(canvas, "svg.bm-figure--back", preview, 20000);
  await ready(canvas, preview);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.evaluate(() => document.querySelector(".interface-interface-skeleton__content").scrollTo(0, 0));
  await canvas.evaluate(() => window.scrollTo(0, 0));
  console.log(`# editor canvas: ${canvas === page.mainFrame() ? "the page" : "an iframe"} (WordPress ${env.wordpress})`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${shots}block-editor.png` });
  assert.deepEqual(await audit(page, ".block-editor-block-inspector"), [], "the block's options audit clean");
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(problems, [], "no console error in the editor");
});

test("no PHP warning or notice in the debug log after every page above", async () => {
  assert.deepEqual(await debugLog(), []);
});
