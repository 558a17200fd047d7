// The embedding contract: two widgets on a page with a strict CSP and a hostile stylesheet, host
// content that is broken or carries markup, attribute changes on a live element, and the JS API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, screenshots, inShadow, waitInShadow, tapRegion, recordEvents, useBrowser } from "../browser.mjs";

const env = useBrowser();

const foreign = (requests) => requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith("data:"));

/** Text styles of a few elements inside the widget `host`. */
const textStyles = (page, host) =>
  inShadow(
    page,
    (root) => {
      const out = {};
      for (const sel of [".bm", ".bm-title", ".bm-view", ".bm-button--safety", ".bm-hint", ".bm-disclaimer", ".bm-side-label"]) {
        const el = root.querySelector(sel);
        if (!el) {
          out[sel] = null;
          continue;
        }
        const cs = getComputedStyle(el);
        out[sel] = {
          fontFamily: cs.fontFamily,
          lineHeight: cs.lineHeight,
          letterSpacing: cs.letterSpacing,
          fontSize: cs.fontSize,
          fontStyle: cs.fontStyle,
          textTransform: cs.textTransform,
          color: cs.color,
        };
      }
      return out;
    },
    null,
    host,
  );

test("strict CSP and a hostile stylesheet: two widgets render, stay visible and independent", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  const response = await page.goto(`${env.server.url}/test/csp-hostile.html`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await ready(page, "#a");
  await ready(page, "#b");
  await recordEvents(page);

  for (const host of ["#a", "#b"]) {
    const seen = await inShadow(
      page,
      (root) => {
        const box = (el) => {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return { w: r.width, h: r.height, shown: cs.display !== "none" && cs.visibility !== "hidden" && cs.opacity !== "0" };
        };
        return {
          host: box(root.host),
          figure: box(root.querySelector("svg.bm-figure")),
          outline: box(root.querySelector("svg.bm-figure path.bm-outline")),
          regions: root.querySelectorAll("[data-region]").length,
          buttons: [...root.querySelectorAll(".bm-stage button")].map((b) => box(b)).filter((b) => b.w >= 44 && b.h >= 44).length,
        };
      },
      null,
      host,
    );
    assert.ok(seen.host.shown && seen.host.w > 300 && seen.host.h > 400, `${host} is visible: ${JSON.stringify(seen.host)}`);
    assert.ok(seen.figure.shown && seen.figure.w > 200 && seen.figure.h > 300, `${host} figure keeps its size: ${JSON.stringify(seen.figure)}`);
    assert.ok(seen.outline.shown && seen.outline.h > 200, `${host} body outline is drawn`);
    assert.ok(seen.regions > 20, `${host} regions are there`);
    assert.ok(seen.buttons >= 4, `${host} toolbar buttons keep their size`);
  }
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm").getAttribute("lang"), null, "#b"), "es", "the second widget is in Spanish");

  // A tap in the second widget is reported by that widget only, and changes only its state.
  await tapRegion(page, "neck-angle-left", { host: "#b" });
  await page.waitForFunction(() => window.bmEvents.length > 0);
  await page.waitForTimeout(100);
  const events = await page.evaluate(() => window.bmEvents.map((e) => ({ type: e.type, from: e.from, regions: e.detail.regions })));
  assert.deepEqual(events, [{ type: "body-map-change", from: "b", regions: ["neck-angle-left"] }]);
  assert.deepEqual(await page.evaluate(() => document.getElementById("a").state.regions), []);
  assert.deepEqual(await page.evaluate(() => document.getElementById("b").state.regions), ["neck-angle-left"]);
  assert.equal(await inShadow(page, (root) => root.querySelectorAll(".bm-ranking").length, null, "#a"), 0);
  assert.ok((await inShadow(page, (root) => root.querySelectorAll(".bm-ranking [data-muscle]").length, null, "#b")) > 0);

  // The widget's text keeps its own font, line height and spacing under the hostile sheet.
  const hostileA = await textStyles(page, "#a");
  const hostileB = await textStyles(page, "#b");
  await page.screenshot({ path: `${screenshots}embed-hostile-csp.png`, fullPage: true });
  await page.evaluate(() => (document.getElementById("hostile").disabled = true));
  await page.waitForFunction(() => getComputedStyle(document.body).fontFamily !== '"Courier New", Courier, monospace');
  const plainA = await textStyles(page, "#a");
  const plainB = await textStyles(page, "#b");
  assert.deepEqual(hostileA, plainA, "widget a: text styles with and without the hostile sheet");
  assert.deepEqual(hostileB, plainB, "widget b: text styles with and without the hostile sheet");
  assert.doesNotMatch(hostileA[".bm"].fontFamily, /Courier/);
  assert.notEqual(hostileA[".bm"].lineHeight, "48px");

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "no CSP violation");
  assert.deepEqual(foreign(requests), [], "no request to another origin");
  assert.deepEqual(problems, [], "no console error");
  await context.close();
});

test("the stylesheet: parsed once and shared by every widget, or linked where a browser cannot share it", async () => {
  const styled = (page) =>
    inShadow(page, (root) => ({
      adopted: root.adoptedStyleSheets ? root.adoptedStyleSheets.length : null,
      links: root.querySelectorAll('link[rel="stylesheet"]').length,
      hidden: root.querySelector(".bm-root").hidden,
      // Set only by body-map.css: a toolbar button is at least 44 px high.
      buttonHeight: root.querySelector(".bm-toolbar button").getBoundingClientRect().height,
    }));

  const shared = await openPage(env.browser, "desktop");
  await shared.page.goto(`${env.server.url}/test/plain.html`);
  await ready(shared.page);
  const seen = await styled(shared.page);
  assert.deepEqual({ ...seen, buttonHeight: seen.buttonHeight >= 44 }, { adopted: 1, links: 0, hidden: false, buttonHeight: true });
  const cssFetches = shared.requests.filter((u) => u.endsWith("/body-map.css")).length;
  assert.equal(cssFetches, 1, "the stylesheet is fetched once");
  assert.deepEqual(shared.problems, []);
  await shared.context.close();

  const linked = await openPage(env.browser, "desktop");
  await linked.page.goto(`${env.server.url}/test/no-shared-sheet.html`);
  await ready(linked.page);
  const fallback = await styled(linked.page);
  assert.deepEqual(
    { ...fallback, buttonHeight: fallback.buttonHeight >= 44 },
    { adopted: null, links: 1, hidden: false, buttonHeight: true },
  );
  assert.deepEqual(linked.problems, [], "no console error");
  await linked.context.close();
});

test("broken host content: the figure still renders, an alert names the path, built-in content works", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/content-broken.html`);
  const expected = {
    "#syntax": [/clinic/, /muscles\.levator_scapulae\.name/, /not valid JSON/],
    "#schema": [/clinic-schema/, /note\.en/, /expected a string/],
    "#unknown": [/clinic-unknown/, /muscles\.levator_scapula\b/, /unknown muscle/],
    "#missing": [/no-such-element/],
  };
  for (const [host, patterns] of Object.entries(expected)) {
    await ready(page, host);
    await waitInShadow(page, "[role=alert]", host);
    const alert = await inShadow(
      page,
      (root) => {
        const el = root.querySelector("[role=alert]");
        const r = el.getBoundingClientRect();
        return { text: el.textContent, visible: r.width > 0 && r.height > 0, figure: !!root.querySelector("svg.bm-figure path.bm-outline") };
      },
      null,
      host,
    );
    assert.ok(alert.visible && alert.figure, `${host}: the alert is shown and the figure drawn`);
    for (const p of patterns) assert.match(alert.text, p, `${host}: "${alert.text}"`);
  }
  // The built-in content keeps working in the widget whose JSON is broken.
  await recordEvents(page);
  await inShadow(page, (root) => [...root.querySelectorAll(".bm-view")].find((b) => b.textContent === "Back").click(), null, "#syntax");
  await tapRegion(page, "neck-angle-left", { host: "#syntax" });
  await page.waitForFunction(() => window.bmEvents.length > 0);
  const detail = await page.evaluate(() => window.bmEvents[0]);
  assert.equal(detail.from, "syntax");
  assert.equal(detail.detail.muscles[0].id, "levator_scapulae");
  assert.equal(detail.detail.muscles[0].name, "Levator scapulae", "the built-in name, not the broken override");
  // One console error per problem: expected, counted, not a failure.
  const errors = problems.filter((p) => p.startsWith("console: <body-map>:"));
  assert.equal(errors.length, 4, JSON.stringify(problems));
  assert.ok(errors.some((e) => e.includes("muscles.levator_scapulae.name")));
  assert.deepEqual(problems.filter((p) => !p.startsWith("console: <body-map>:")), [], "no other error");
  assert.deepEqual(foreign(requests), []);
  await context.close();
});

test("host content with markup and script in its strings shows them as text and runs nothing", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  const before = env.server.requests.length;
  await page.goto(`${env.server.url}/test/host-payload.html`);
  await ready(page);
  await waitInShadow(page, ".bm-clinic-note");
  const seen = await inShadow(page, (root) => ({
    alert: root.querySelector("[role=alert]")?.textContent ?? null,
    note: root.querySelector(".bm-clinic-note p")?.textContent,
    title: root.querySelector(".bm-title")?.textContent,
    book: root.querySelector(".bm-book")?.textContent,
    bookHref: root.querySelector(".bm-book")?.getAttribute("href"),
    rank: root.querySelector('.bm-ranking [data-muscle="levator_scapulae"] .bm-rank-name')?.textContent,
    injected: [...root.querySelectorAll("*")]
      .filter(
        (e) =>
          ["img", "script", "iframe", "style", "b"].includes(e.localName) ||
          [...e.attributes].some((a) => a.name.startsWith("on") || /^\s*javascript:/i.test(a.value)),
      )
      .map((e) => e.outerHTML.slice(0, 80)),
  }));
  assert.equal(seen.alert, null, "the host content is valid");
  assert.equal(seen.note, "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>");
  assert.equal(seen.title, "<b onclick=window.pwned=3>Where?</b><svg onload=window.pwned=4></svg>");
  assert.equal(seen.book, "<a href=javascript:window.pwned=5>Book</a>");
  assert.equal(seen.bookHref, "/book");
  assert.equal(seen.rank, "<img src=y onerror=window.pwned=6>Levator");
  assert.deepEqual(seen.injected, [], "no element was made from the strings");
  await inShadow(page, (root) => root.querySelector('.bm-ranking [data-muscle="levator_scapulae"]').click());
  await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]');
  const detail = await inShadow(page, (root) => {
    const article = root.querySelector("article.bm-muscle");
    return {
      heading: article.querySelector("h3").textContent,
      text: article.textContent,
      injected: article.querySelectorAll("img, script, iframe, style, b").length,
    };
  });
  assert.equal(detail.heading, "<img src=y onerror=window.pwned=6>Levator");
  assert.ok(detail.text.includes("<iframe src=javascript:window.pwned=7></iframe>Summary"));
  assert.ok(detail.text.includes("<style>*{display:none}</style><script>window.pwned=8</script>Therapist"));
  assert.equal(detail.injected, 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined, "window.pwned stays undefined");
  const fetched = env.server.requests.slice(before);
  assert.ok(!fetched.some((p) => /\/(x|y)$/.test(p)), `no image was requested: ${fetched.join(", ")}`);
  assert.deepEqual(foreign(requests), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("attribute changes on a live element: view, lang, regions, muscle; bad values fall back with a warning", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop");
  const warnings = [];
  page.on("console", (msg) => {
    if (msg.type() === "warning") warnings.push(msg.text());
  });
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  const set = (name, value) => page.evaluate(([n, v]) => document.querySelector("body-map").setAttribute(n, v), [name, value]);
  const state = () => page.evaluate(() => document.querySelector("body-map").state);

  await set("view", "back");
  await waitInShadow(page, "svg.bm-figure--back");
  assert.equal((await state()).view, "back");

  await set("lang", "es");
  await waitInShadow(page, '.bm[lang="es"]');
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm-title").textContent), "¿Dónde le duele?");
  assert.equal(
    await inShadow(page, (root) => root.querySelector('[data-region="neck-angle-left"]').getAttribute("aria-label")),
    "Ángulo izquierdo entre cuello y hombro",
  );

  await set("regions", "neck-angle-left, scapula-medial-border-left");
  await page.waitForFunction(() => document.querySelector("body-map").state.regions.length === 2);
  assert.deepEqual((await state()).regions, ["neck-angle-left", "scapula-medial-border-left"]);
  const checked = await inShadow(page, (root) => [...root.querySelectorAll('[aria-checked="true"]')].map((e) => e.dataset.region).sort());
  assert.deepEqual(checked, ["neck-angle-left", "scapula-medial-border-left"]);
  assert.ok((await inShadow(page, (root) => root.querySelectorAll(".bm-ranking [data-muscle]").length)) > 0);

  await set("muscle", "levator_scapulae");
  await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]');
  assert.equal((await state()).muscle, "levator_scapulae");
  assert.ok((await inShadow(page, (root) => root.querySelectorAll('[data-trigger-point^="levator_scapulae/"]').length)) > 0);
  assert.equal(await inShadow(page, (root) => root.querySelector("article.bm-muscle h3").textContent), "Elevador de la escápula");

  await set("lang", "en");
  await waitInShadow(page, '.bm[lang="en"]');
  assert.equal(await inShadow(page, (root) => root.querySelector("article.bm-muscle h3").textContent), "Levator scapulae");

  // Unknown values: a warning naming the attribute, and the default.
  await set("view", "upside-down");
  await waitInShadow(page, "svg.bm-figure--front");
  await set("lang", "klingon");
  await waitInShadow(page, '.bm[lang="en"]');
  await set("regions", "neck-angle-left,not-a-region");
  await page.waitForFunction(() => document.querySelector("body-map").state.regions.length === 1);
  assert.deepEqual((await state()).regions, ["neck-angle-left"]);
  for (const name of ["view", "lang", "regions"]) {
    assert.ok(warnings.some((w) => w.includes(`${name}=`)), `a warning for ${name}: ${JSON.stringify(warnings)}`);
  }
  assert.deepEqual(problems, [], "warnings, not errors");
  await context.close();
});

test("JS API under a strict CSP: mount, update, state, destroy", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/api-csp.html`);
  await page.waitForFunction(() => window.bmMounted === true, null, { timeout: 20000 });
  await ready(page, "#widget");
  const first = await page.evaluate(() => window.bmHandle.state());
  assert.deepEqual(Object.keys(first).sort(), ["muscle", "muscles", "regions", "view"]);
  assert.deepEqual(first.regions, ["neck-angle-left"]);
  assert.equal(first.view, "front");
  assert.equal(first.muscle, null);
  assert.ok(first.muscles.length > 0 && first.muscles.every((m) => typeof m.id === "string" && typeof m.name === "string" && m.score > 0));
  assert.ok(first.muscles.every((m) => m.match === "essential" || m.match === "spillover"));

  await page.evaluate(() => window.bmHandle.update({ view: "back" }));
  await waitInShadow(page, "svg.bm-figure--back", "#widget");
  const second = await page.evaluate(() => window.bmHandle.state());
  assert.equal(second.view, "back");
  assert.deepEqual(second.regions, ["neck-angle-left"], "update keeps the other options");
  assert.equal(await inShadow(page, (root) => root.querySelector('[data-region="neck-angle-left"]').getAttribute("aria-checked"), null, "#widget"), "true");

  await page.evaluate(() => window.bmHandle.update({ muscle: "levator_scapulae", lang: "es" }));
  await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]', "#widget");
  assert.equal((await page.evaluate(() => window.bmHandle.state())).muscle, "levator_scapulae");
  await waitInShadow(page, '.bm[lang="es"]', "#widget");

  // Events from a mounted element bubble from it.
  await tapRegion(page, "scapula-medial-border-left", { host: "#widget" });
  await page.waitForFunction(() => window.bmEvents.length > 0);
  assert.deepEqual(await page.evaluate(() => window.bmEvents.at(-1).regions), ["neck-angle-left", "scapula-medial-border-left"]);

  await page.evaluate(() => window.bmHandle.destroy());
  const after = await page.evaluate(() => ({
    children: document.getElementById("widget").shadowRoot.childNodes.length,
    state: window.bmHandle.state(),
  }));
  assert.deepEqual(after, { children: 0, state: null }, "destroy empties the shadow root");
  await page.evaluate(() => {
    window.bmHandle.update({ view: "side" });
    window.bmHandle.destroy();
  });
  assert.equal(await page.evaluate(() => document.getElementById("widget").shadowRoot.childNodes.length), 0, "a destroyed handle stays quiet");

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "no CSP violation");
  assert.deepEqual(foreign(requests), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Spanish texts load only when asked for; a failed load says so, keeps English and is tried again", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  let fail = true;
  await page.route("**/body-map-es.json", (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  const packs = () => requests.filter((u) => u.endsWith("/body-map-es.json")).length;
  assert.equal(packs(), 0, "an English page does not fetch the Spanish texts");
  const set = (name, value) => page.evaluate(([n, v]) => document.querySelector("body-map").setAttribute(n, v), [name, value]);
  const notice = () => inShadow(page, (root) => root.querySelector('.bm-notice[lang="es"]')?.textContent ?? null);

  await set("lang", "es");
  await page.waitForFunction(() =>
    document.querySelector("body-map").shadowRoot.querySelector('.bm-notice[lang="es"]')?.textContent.startsWith("No se pudieron"),
  );
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm").getAttribute("lang")), "en", "stays in English");
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm-title").textContent), "Where does it hurt?");

  fail = false;
  await set("lang", "en");
  await set("lang", "es");
  await waitInShadow(page, '.bm[lang="es"]');
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm-title").textContent), "¿Dónde le duele?");
  assert.equal(await notice(), null, "the notice goes once Spanish is shown");
  assert.equal(packs(), 2, "tried again after the failure, once");
  const unexpected = problems.filter((p) => !p.includes("Failed to load resource"));
  assert.deepEqual(unexpected, [], "no console error but the refused request");
  await context.close();
});
