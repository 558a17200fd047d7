// The patient's flow on a phone (360 x 740, touch), one-handed: mark areas on the front and the
// back by tapping, read the ranking, open a muscle, open the safety panel, undo and clear, share
// the marked areas by link (and reject a changed link), print, book.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useBrowser,
  openPage,
  ready,
  shot,
  inShadow,
  waitInShadow,
  pointAt,
  tapRegion,
  recordEvents,
} from "../browser.mjs";

const env = useBrowser();

const PHONE_WIDTH = 360;

/** The marked regions, as the figure shows them (aria-checked), in the current view. */
const marked = (page) =>
  inShadow(page, (root) => [...root.querySelectorAll('[data-region][aria-checked="true"]')].map((e) => e.dataset.region));

/** The widget's own state (the element's `state` getter). */
const state = (page) => page.evaluate(() => document.querySelector("body-map").state);

/**
 * One-handed use at phone width: no horizontal scrolling, every button, link styled as a
 * button, checkbox (with its label) and text field at least 44 x 44 px, the figure inside the
 * screen and the answer panel reachable by scrolling down. Returns a list of problems.
 */
async function oneHanded(page, label) {
  const found = await page.evaluate((width) => {
    const problems = [];
    const scrollWidth = document.scrollingElement.scrollWidth;
    if (scrollWidth > width) problems.push(`horizontal scrolling: scrollWidth ${scrollWidth}`);
    const root = document.querySelector("body-map").shadowRoot;
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const targets = [
      ...root.querySelectorAll("button, a.bm-button, input:not([type=checkbox]), summary, [role=button]"),
      ...[...root.querySelectorAll("input[type=checkbox]")].map((c) => c.closest("label") ?? c),
    ];
    for (const el of targets.filter(visible)) {
      const r = el.getBoundingClientRect();
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        const name = (el.getAttribute("aria-label") || el.textContent || el.className).trim().slice(0, 40);
        problems.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(r.width)}x${Math.round(r.height)} px`);
      }
      if (r.right > width + 0.5 || r.left < -0.5) problems.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" sticks out sideways`);
    }
    const svg = root.querySelector("svg.bm-figure");
    const fig = svg.getBoundingClientRect();
    if (fig.left < -0.5 || fig.right > width + 0.5) problems.push(`figure is outside the screen (${fig.left}..${fig.right})`);
    if (fig.width < width * 0.6) problems.push(`figure is only ${Math.round(fig.width)} px wide`);
    if (fig.height < 300) problems.push(`figure is only ${Math.round(fig.height)} px high`);
    const panel = root.querySelector(".bm-panel");
    const p = panel.getBoundingClientRect();
    if (p.left < -0.5 || p.right > width + 0.5) problems.push("answer panel is outside the screen");
    const scrollable = document.scrollingElement.scrollHeight;
    if (p.top + window.scrollY > scrollable) problems.push("answer panel is below the end of the page");
    return problems;
  }, PHONE_WIDTH);
  return found.map((p) => `${label}: ${p}`);
}

/** Scrolls the figure (or `selector`) to the top of the screen before a screenshot. */
async function scrollTo(page, selector, block = "start") {
  await page.evaluate(
    ({ selector, block }) => document.querySelector("body-map").shadowRoot.querySelector(selector).scrollIntoView({ block }),
    { selector, block },
  );
}

test("phone: mark front and back by tapping, ranking, a muscle, safety, undo and clear, one-handed", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await recordEvents(page);
  const layout = [];
  layout.push(...(await oneHanded(page, "start")));

  // Front: the left temple.
  await tapRegion(page, "temple-left", { touch: true });
  await page.waitForFunction(() => window.bmEvents.length === 1);
  assert.deepEqual(await marked(page), ["temple-left"]);
  // Back, through the view switch: where the right side of the neck meets the shoulder.
  await pointAt(page, ".bm-view", { text: "Back", touch: true });
  await waitInShadow(page, 'svg.bm-figure--back [data-region="neck-angle-right"]');
  await tapRegion(page, "neck-angle-right", { touch: true });
  await page.waitForFunction(() => window.bmEvents.length === 2);
  assert.deepEqual(await marked(page), ["neck-angle-right"], "the back view shows its own marked area");
  const change = await page.evaluate(() => window.bmEvents[1]);
  assert.equal(change.type, "body-map-change");
  assert.deepEqual(change.detail.regions, ["temple-left", "neck-angle-right"]);
  await scrollTo(page, ".bm-figure-wrap");
  await shot(page, "patient-1-marked");
  layout.push(...(await oneHanded(page, "two areas marked")));

  // The ranking: one entry per muscle, in the event's order, each naming the areas it explains
  // and whether each is a main area or a sometimes area.
  const ranking = await inShadow(page, (root) =>
    [...root.querySelectorAll(".bm-ranking [data-muscle]")].map((e) => ({
      id: e.dataset.muscle,
      name: e.querySelector(".bm-rank-name")?.textContent,
      matches: [...e.querySelectorAll(".bm-match")].map((m) => ({
        essential: m.classList.contains("bm-match--essential"),
        spillover: m.classList.contains("bm-match--spillover"),
        text: m.textContent.trim(),
      })),
    })),
  );
  assert.ok(ranking.length >= 2, "several muscles are listed");
  assert.deepEqual(
    ranking.map((r) => r.id),
    change.detail.muscles.map((m) => m.id),
    "the list is the ranking of the event, in order",
  );
  assert.deepEqual(ranking.map((r) => r.name), change.detail.muscles.map((m) => m.name));
  for (const r of ranking) {
    assert.ok(r.matches.length >= 1, `${r.id} says which areas it explains`);
    for (const m of r.matches) {
      assert.ok(m.essential !== m.spillover, `${r.id}: each area is either main or sometimes`);
      assert.match(m.text, m.essential ? /^Main area:/ : /^Sometimes:/);
      assert.match(m.text, /Left temple|right neck/i, `${r.id} names one of the marked areas: ${m.text}`);
    }
  }
  const levator = ranking.find((r) => r.id === "levator_scapulae");
  assert.ok(levator, "levator scapulae explains the angle of the neck");
  assert.ok(levator.matches.some((m) => m.essential && /right neck/i.test(m.text)), "...as its main area");
  const explainsTemple = ranking.filter((r) => r.matches.some((m) => /Left temple/.test(m.text)));
  const explainsNeck = ranking.filter((r) => r.matches.some((m) => /right neck/i.test(m.text)));
  assert.ok(explainsTemple.length > 0 && explainsNeck.length > 0, "both areas are explained");
  await scrollTo(page, ".bm-results");
  await shot(page, "patient-2-ranking");

  // Open a muscle: its X marks and referral zones are drawn on the figure, and the page hears it.
  const before = await page.evaluate(() => window.bmEvents.length);
  await pointAt(page, '.bm-ranking [data-muscle="levator_scapulae"]', { touch: true });
  await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]');
  await page.waitForFunction((n) => window.bmEvents.length > n, before);
  const opened = await page.evaluate((n) => window.bmEvents.slice(n), before);
  assert.deepEqual(opened, [{ type: "body-map-muscle", from: "body-map", detail: { id: "levator_scapulae" } }]);
  const figure = await inShadow(page, (root) => {
    const svg = root.querySelector("svg.bm-figure");
    const tps = [...svg.querySelectorAll('[data-trigger-point^="levator_scapulae/"]')];
    const box = svg.getBoundingClientRect();
    return {
      tps: tps.length,
      others: svg.querySelectorAll('[data-trigger-point]:not([data-trigger-point^="levator_scapulae/"])').length,
      tpsInside: tps.every((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      }),
      essential: svg.querySelectorAll(".bm-zone--essential").length,
      spillover: svg.querySelectorAll(".bm-zone--spillover").length,
      shown: [...svg.querySelectorAll(".bm-muscle-shape--shown")].map((e) => e.dataset.muscle),
      detailTps: root.querySelectorAll("article.bm-muscle .bm-tps li").length,
    };
  });
  assert.ok(figure.tps >= 1, "trigger points of levator scapulae are marked with an X");
  assert.equal(figure.others, 0, "no other muscle's trigger points");
  assert.ok(figure.tpsInside, "the X marks lie on the figure");
  assert.ok(figure.essential >= 1, "the essential referral zone is drawn");
  assert.ok(figure.spillover >= 1, "the spillover referral zone is drawn");
  assert.deepEqual([...new Set(figure.shown)], ["levator_scapulae"], "the muscle itself is emphasised");
  assert.ok(figure.detailTps >= 1, "the detail lists where the trigger points are");
  await scrollTo(page, ".bm-figure-wrap");
  await shot(page, "patient-3-muscle");
  layout.push(...(await oneHanded(page, "muscle open")));

  // Safety, one tap away: the emergency section is there and visible.
  await pointAt(page, ".bm-button--safety", { touch: true });
  await waitInShadow(page, ".bm-safety");
  const safety = await inShadow(page, (root) => {
    const section = root.querySelector(".bm-safety .bm-safety--emergency");
    if (!section) return null;
    section.scrollIntoView({ block: "start" });
    const r = section.getBoundingClientRect();
    const style = getComputedStyle(section);
    return {
      visible: r.width > 0 && r.height > 0 && style.display !== "none" && style.visibility !== "hidden",
      inView: r.top >= -1 && r.top < innerHeight,
      top: r.top,
      height: r.height,
      title: section.querySelector("h4")?.textContent,
      items: section.querySelectorAll("li").length,
      pressed: root.querySelector(".bm-button--safety").getAttribute("aria-pressed"),
    };
  });
  assert.ok(safety, "the safety panel has an emergency section");
  assert.ok(safety.visible && safety.inView, `the emergency section is visible: ${JSON.stringify(safety)}`);
  assert.equal(safety.title, "Call your emergency number now");
  assert.ok(safety.items >= 3);
  assert.equal(safety.pressed, "true");
  await shot(page, "patient-4-safety");
  layout.push(...(await oneHanded(page, "safety open")));
  await pointAt(page, ".bm-safety .bm-back", { touch: true });
  await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]');

  // Undo takes back the last area; Clear unmarks everything.
  const n = await page.evaluate(() => window.bmEvents.length);
  await pointAt(page, ".bm-actions .bm-button", { text: "Undo", touch: true });
  await page.waitForFunction((n) => window.bmEvents.length > n, n);
  assert.deepEqual(await page.evaluate(() => window.bmEvents.at(-1).detail.regions), ["temple-left"]);
  assert.deepEqual((await state(page)).regions, ["temple-left"]);
  assert.deepEqual(await marked(page), [], "nothing is marked on the back any more");
  await pointAt(page, ".bm-actions .bm-button", { text: "Clear", touch: true });
  await page.waitForFunction((n) => window.bmEvents.length > n + 1, n);
  assert.deepEqual(await page.evaluate(() => window.bmEvents.at(-1).detail), { regions: [], muscles: [] });
  const cleared = await inShadow(page, (root) => ({
    hint: !!root.querySelector(".bm-results--empty .bm-hint"),
    muscle: !!root.querySelector("article.bm-muscle"),
    clear: [...root.querySelectorAll(".bm-actions .bm-button")].find((b) => b.textContent.includes("Clear")).disabled,
    zones: root.querySelectorAll(".bm-zone").length,
  }));
  assert.deepEqual(cleared, { hint: true, muscle: false, clear: true, zones: 0 }, "back to the start");
  await pointAt(page, ".bm-view", { text: "Front", touch: true });
  await waitInShadow(page, "svg.bm-figure--front");
  assert.deepEqual(await marked(page), []);

  // The areas of the figure are smaller than a fingertip at this width; the list picker is the
  // same choice with 44 px rows, reachable with the thumb.
  const frontCount = await inShadow(page, (root) => root.querySelectorAll("svg.bm-figure [data-region]").length);
  await pointAt(page, ".bm-actions .bm-button", { text: "Pick from a list", touch: true });
  await waitInShadow(page, ".bm-region-list");
  const boxes = await inShadow(page, (root) => root.querySelectorAll(".bm-region-list input[type=checkbox]").length);
  assert.ok(boxes > frontCount, `the list has every area, front and back (${boxes})`);
  layout.push(...(await oneHanded(page, "list picker")));
  const m = await page.evaluate(() => window.bmEvents.length);
  await pointAt(page, ".bm-region-list .bm-check", { text: "Left temple", touch: true });
  await page.waitForFunction((m) => window.bmEvents.length > m, m);
  assert.deepEqual((await state(page)).regions, ["temple-left"], "a row of the list marks its area");
  await pointAt(page, ".bm-region-list .bm-back", { touch: true });
  await waitInShadow(page, ".bm-ranking");
  assert.deepEqual(await marked(page), ["temple-left"]);

  assert.deepEqual(layout, [], "one-handed use at 360 px");
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), [], "no request leaves the page");
  assert.deepEqual(problems, []);
  await context.close();
});

/** Marks three areas (front and back) and returns the share link the widget gives. */
async function makeShareLink(page) {
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await tapRegion(page, "temple-left", { touch: true });
  await pointAt(page, ".bm-view", { text: "Back", touch: true });
  await tapRegion(page, "neck-angle-right", { touch: true });
  await tapRegion(page, "scapula-medial-border-right", { touch: true });
  await waitInShadow(page, ".bm-handout");
  await pointAt(page, ".bm-handout-actions .bm-button", { text: "Copy a share link", touch: true });
  await waitInShadow(page, ".bm-share-url");
  return inShadow(page, (root) => root.querySelector(".bm-share-url").value);
}

const SHARED = ["neck-angle-right", "scapula-medial-border-right", "temple-left"];

test("phone: share link round trip: the same areas are marked, with a notice", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  const url = await makeShareLink(page);
  assert.ok(url.startsWith(`${env.server.url}/test/plain.html#bm=`), `a link to this page: ${url}`);
  assert.match(url.split("#bm=")[1], /^[A-Za-z0-9_-]+$/, "the code is URL-safe");
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  if (copied !== null) assert.equal(copied, url, "the same link is on the clipboard");
  const share = await inShadow(page, (root) => root.querySelector(".bm-share").textContent);
  assert.match(share, /Link copied|Copy this link/);
  assert.deepEqual(await oneHanded(page, "share link shown"), []);
  assert.deepEqual(problems, []);
  await context.close();

  // Open the link in a new page: the same three areas are marked, and a notice says so.
  const other = await openPage(env.browser, "phone");
  await other.page.goto(url);
  await ready(other.page);
  await waitInShadow(other.page, ".bm-notice");
  await other.page.waitForTimeout(100);
  await other.page.evaluate(() => window.scrollTo(0, 0));
  await shot(other.page, "patient-6-shared");
  const notice = await inShadow(other.page, (root) => root.querySelector(".bm-notice").textContent);
  assert.match(notice, /areas from your link are marked/);
  const restored = await other.page.evaluate(() => document.querySelector("body-map").state);
  assert.deepEqual(restored.regions.slice().sort(), SHARED, "state() has the shared areas");
  const shownFirst = await marked(other.page);
  const otherView = restored.view === "front" ? "back" : "front";
  await pointAt(other.page, ".bm-view", { text: otherView === "back" ? "Back" : "Front", touch: true });
  await waitInShadow(other.page, `svg.bm-figure--${otherView}`);
  const shownSecond = await marked(other.page);
  assert.deepEqual([...shownFirst, ...shownSecond].sort(), SHARED, "the figure shows the same areas checked (aria-checked)");
  const ranked = await inShadow(other.page, (root) => root.querySelectorAll(".bm-ranking [data-muscle]").length);
  assert.ok(ranked > 0, "the ranking is shown again");
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test("phone: a changed share link marks nothing and says it could not be opened", async () => {
  const { context, page } = await openPage(env.browser, "phone");
  const url = await makeShareLink(page);
  await context.close();
  const code = url.split("#bm=")[1];
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const i = Math.floor(code.length / 2);
  const swapped = alphabet[(alphabet.indexOf(code[i]) + 1) % 64];
  const tampered = `${url.split("#bm=")[0]}#bm=${code.slice(0, i)}${swapped}${code.slice(i + 1)}`;
  assert.notEqual(tampered, url);
  const bad = await openPage(env.browser, "phone");
  await bad.page.goto(tampered);
  await ready(bad.page);
  await waitInShadow(bad.page, ".bm-notice");
  const refused = await inShadow(bad.page, (root) => ({
    notice: root.querySelector(".bm-notice").textContent,
    role: root.querySelector(".bm-notice").getAttribute("role"),
    checked: root.querySelectorAll('[aria-checked="true"]').length,
    ranking: root.querySelectorAll(".bm-ranking [data-muscle]").length,
  }));
  assert.match(refused.notice, /could not be opened/);
  assert.equal(refused.role, "status");
  assert.equal(refused.checked, 0, "nothing is marked");
  assert.equal(refused.ranking, 0);
  assert.deepEqual((await bad.page.evaluate(() => document.querySelector("body-map").state)).regions, []);
  assert.deepEqual(bad.problems, [], "no console error for a changed link");
  await bad.context.close();
});

test("phone: print view keeps the answer and drops the buttons", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await tapRegion(page, "temple-left", { touch: true });
  await tapRegion(page, "forehead-left", { touch: true });
  await waitInShadow(page, ".bm-ranking");
  // window.print() would block a headless page: check that the button exists, do not press it.
  assert.ok(await inShadow(page, (root) => [...root.querySelectorAll(".bm-handout-actions .bm-button")].some((b) => b.textContent === "Print")));
  // Printing fires beforeprint, when the widget writes the date (what Ctrl+P and the button do).
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const printed = await inShadow(page, (root) => {
    const shown = (sel) => {
      const el = root.querySelector(sel);
      return !!el && getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0;
    };
    return {
      figure: shown("svg.bm-figure"),
      ranking: shown(".bm-ranking"),
      disclaimer: shown(".bm-disclaimer"),
      printedOn: shown(".bm-print-only"),
      printedOnText: root.querySelector(".bm-print-only")?.textContent ?? "",
      actions: shown(".bm-toolbar .bm-actions"),
      handoutButtons: shown(".bm-handout-actions"),
      zoom: shown(".bm-zoom"),
    };
  });
  assert.deepEqual(
    { ...printed, printedOnText: undefined },
    { figure: true, ranking: true, disclaimer: true, printedOn: true, printedOnText: undefined, actions: false, handoutButtons: false, zoom: false },
  );
  assert.match(printed.printedOnText, /Prepared on .+ with Body Map/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "patient-5-print");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: booking-url shows a Book a session link; a javascript: address is refused with a warning", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/booking.html`);
  await ready(page);
  const book = () =>
    inShadow(page, (root) =>
      [...root.querySelectorAll("a")].filter((a) => a.textContent.trim() === "Book a session").map((a) => {
        const r = a.getBoundingClientRect();
        return { href: a.getAttribute("href"), w: r.width, h: r.height };
      }),
    );
  const links = await book();
  assert.equal(links.length, 1, "one booking link");
  assert.equal(links[0].href, "/book?from=body-map");
  assert.ok(links[0].w >= 44 && links[0].h >= 44, "the booking link is a big enough target");
  await tapRegion(page, "temple-left", { touch: true });
  await waitInShadow(page, ".bm-ranking");
  assert.equal((await book()).length, 1, "still offered next to the answer");
  assert.deepEqual(problems, []);
  await context.close();

  const bad = await openPage(env.browser, "phone");
  const warnings = [];
  bad.page.on("console", (msg) => {
    if (msg.type() === "warning") warnings.push(msg.text());
  });
  await bad.page.goto(`${env.server.url}/test/booking-unsafe.html`);
  await ready(bad.page);
  await tapRegion(bad.page, "temple-left", { touch: true });
  await waitInShadow(bad.page, ".bm-ranking");
  const hrefs = await inShadow(bad.page, (root) => [...root.querySelectorAll("a")].map((a) => a.getAttribute("href")));
  assert.ok(!hrefs.some((h) => /^\s*javascript:/i.test(h ?? "")), "no javascript: link");
  assert.equal(await inShadow(bad.page, (root) => root.querySelectorAll(".bm-book").length), 0, "no booking link at all");
  assert.ok(warnings.some((w) => w.includes("booking-url")), `a console warning names booking-url: ${JSON.stringify(warnings)}`);
  assert.deepEqual(bad.problems, [], "a warning, not an error");
  assert.equal(await bad.page.evaluate(() => window.pwned), undefined);
  await bad.context.close();
});
