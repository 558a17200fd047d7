// The patient on a phone (360 x 740 and 390 x 844, touch), on the demo clinic page: the figure
// comes first and fits the screen, one finger scrolls the page, taps land (or offer the region
// meant), the answer bar names the areas in a correct sentence and never lies over a control,
// and an opened muscle is shown where its trigger points are. Screenshots of every step in
// English and Spanish go to docs/screenshots/phone/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { useBrowser, openPage, ready, inShadow, waitInShadow, pointAt, tapRegion, screenshots } from "../browser.mjs";

const env = useBrowser();

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

const shots = `${screenshots}phone/`;

async function shot(page, name) {
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

/** The demo clinic page at `size`, in `lang`, with the widget's top at the top of the screen. */
async function clinic(size, lang = "en") {
  const { context, page, problems } = await openPage(env.browser, "phone", { viewport: size });
  await page.goto(`${env.server.url}/index.html`);
  if (lang !== "en") await page.evaluate((l) => document.querySelector("body-map").setAttribute("lang", l), lang);
  await ready(page);
  if (lang !== "en") await waitInShadow(page, `.bm[lang="${lang}"]`);
  await widgetToTop(page);
  return { context, page, problems };
}

const widgetToTop = (page) => page.evaluate(() => document.querySelector("body-map").scrollIntoView({ block: "start" }));

const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** Where the stage's parts lie on screen. */
const layout = (page) =>
  inShadow(page, (root) => {
    const rect = (sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height };
    };
    return {
      host: rect(".bm"),
      figure: rect("svg.bm-figure"),
      bar: rect(".bm-summary"),
      barVisible: !!root.querySelector(".bm-summary") && getComputedStyle(root.querySelector(".bm-summary")).visibility === "visible",
      actions: rect(".bm-figure-actions"),
      screen: innerHeight,
    };
  });

/**
 * The visible controls and regions (clipped to the figure) that the answer bar lies over, by
 * bounding boxes.
 */
const underBar = (page) =>
  inShadow(page, (root) => {
    const bar = root.querySelector(".bm-summary");
    if (!bar || getComputedStyle(bar).visibility !== "visible") return [];
    const b = bar.getBoundingClientRect();
    const fig = root.querySelector("svg.bm-figure").getBoundingClientRect();
    const hits = [];
    for (const el of root.querySelectorAll("button, a, input, [data-region]")) {
      if (bar.contains(el)) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility !== "visible" || cs.display === "none") continue;
      let r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.dataset.region) {
        r = { left: Math.max(r.left, fig.left), right: Math.min(r.right, fig.right), top: Math.max(r.top, fig.top), bottom: Math.min(r.bottom, fig.bottom) };
        if (r.left >= r.right || r.top >= r.bottom) continue;
      }
      if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) {
        hits.push(el.dataset.region || el.getAttribute("aria-label") || el.textContent.trim().slice(0, 30));
      }
    }
    return hits;
  });

const barText = (page) => inShadow(page, (root) => root.querySelector(".bm-summary-text")?.textContent ?? "");
/** The names of the marked regions, in the order they were marked. */
const markedNames = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("body-map");
    return host.state.regions.map((id) => host.shadowRoot.querySelector(`[data-region="${id}"]`).getAttribute("aria-label"));
  });
const regionName = (page, id) => inShadow(page, (root, id) => root.querySelector(`[data-region="${id}"]`).getAttribute("aria-label"), id);
const rankCount = (page) => inShadow(page, (root) => root.querySelectorAll(".bm-ranking [data-muscle]").length);

/**
 * One finger swiping `dy` pixels from (`x`, `y`): real touch events through the browser's
 * input pipeline (Chromium's DevTools protocol), which scrolls the page unless the page stops it.
 */
async function swipe(context, page, x, y, dy) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= 12; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (dy * i) / 12 }] });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  // The page flings on; a tap during the fling only stops it, as on a phone. Wait it out.
  let last = -1;
  for (let y = await page.evaluate(() => scrollY); y !== last; y = await page.evaluate(() => scrollY)) {
    last = y;
    await page.waitForTimeout(200);
  }
}

/** Taps the answer bar where it is (the widget's top at the top of the screen). */
async function tapBar(page) {
  await widgetToTop(page);
  const r = await inShadow(page, (root) => {
    const b = root.querySelector(".bm-summary-go").getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.touchscreen.tap(r.x, r.y);
}

/** Taps region `id` at the centre of its area, in sight. */
async function tapArea(page, id) {
  const at = await aim(page, id, 0, 0);
  await page.touchscreen.tap(at.x, at.y);
}

/** The ten smallest pain regions of the view shown, by the area of their outline. */
const smallestRegions = (page) =>
  inShadow(page, (root) => {
    const area = (d) =>
      d
        .split("M")
        .filter((s) => s.trim())
        .map((sub) => {
          const pts = [...sub.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1], +m[2]]);
          let a = 0;
          for (let i = 0; i < pts.length; i++) {
            const [x1, y1] = pts[i];
            const [x2, y2] = pts[(i + 1) % pts.length];
            a += x1 * y2 - x2 * y1;
          }
          return Math.abs(a / 2);
        })
        .reduce((x, y) => x + y, 0);
    return [...root.querySelectorAll("[data-region]")]
      .map((p) => ({ id: p.dataset.region, area: area(p.getAttribute("d")) }))
      .sort((a, b) => a.area - b.area)
      .slice(0, 10)
      .map((r) => r.id);
  });

/**
 * The screen point `dx`, `dy` pixels from the centre of region `id` (a point inside it near
 * the centre of its area), with the figure scrolled into the middle of the screen, and whether
 * that centre is in the figure's sight; `null` when the point lies off the figure.
 */
const aim = (page, id, dx, dy) =>
  inShadow(
    page,
    (root, { id, dx, dy }) => {
      const path = root.querySelector(`[data-region="${id}"]`);
      const svg = root.querySelector("svg.bm-figure");
      const pts = [...path.getAttribute("d").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1], +m[2]]);
      let a = 0, cx = 0, cy = 0;
      for (let i = 0; i < pts.length; i++) {
        const [x1, y1] = pts[i];
        const [x2, y2] = pts[(i + 1) % pts.length];
        const c = x1 * y2 - x2 * y1;
        a += c;
        cx += (x1 + x2) * c;
        cy += (y1 + y2) * c;
      }
      let centre = new DOMPoint(cx / (3 * a), cy / (3 * a));
      if (!path.isPointInFill(centre)) {
        const bb = path.getBBox();
        centre = new DOMPoint(bb.x + bb.width / 2, bb.y + bb.height / 2);
      }
      const inside = (p, r) => p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1;
      svg.scrollIntoView({ block: "center" });
      const p = centre.matrixTransform(path.getScreenCTM());
      const at = { x: p.x + dx, y: p.y + dy };
      return inside(at, svg.getBoundingClientRect()) ? at : null;
    },
    { id, dx, dy },
  );

/** Clears the marks and any offer, as a patient would with Clear and the offer's close button. */
const reset = (page) =>
  inShadow(page, (root) => {
    root.querySelector(".bm-offer-close")?.click();
    const clear = [...root.querySelectorAll(".bm-edit")][1];
    if (clear && !clear.disabled) clear.click();
  });

/** After a tap meant for `id`: whether it was marked or offered ("Did you mean …"). */
const landed = (page, id) =>
  page
    .waitForFunction(
      (id) => {
        const root = document.querySelector("body-map").shadowRoot;
        return (
          root.querySelector(`[data-region="${id}"][aria-checked="true"]`) || root.querySelector(`.bm-offer [data-offer="${id}"]`)
        );
      },
      id,
      { timeout: 600, polling: "raf" },
    )
    .then(() => true)
    .catch(() => false);

/** The 17 taps of the precision measure: the centre, and 5 and 10 px away in 8 directions. */
const OFFSETS = [[0, 0]].concat(
  ...[5, 10].map((r) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [Math.round(r * Math.cos((k * Math.PI) / 4) * 10) / 10, Math.round(r * Math.sin((k * Math.PI) / 4) * 10) / 10]),
  ),
);

for (const size of SIZES) {
  const tag = `${size.width}`;

  test(`${tag}: the figure comes first, one finger scrolls the page, the bar never covers a control, a muscle opens where its trigger points are`, async () => {
    const { context, page, problems } = await clinic(size);
    // The figure first: only the title row and the one-line instruction above it, and the
    // stage (figure, the row under it, the bar's place) within the first screen.
    const start = await layout(page);
    assert.ok(start.figure.top < start.screen * 0.2, `the figure starts ${Math.round(start.figure.top)} px down`);
    assert.ok(start.actions.bottom <= start.screen, `the row under the figure ends at ${Math.round(start.actions.bottom)} of ${start.screen} px`);
    assert.ok(start.figure.right - start.figure.left >= size.width * 0.8, "the figure uses the width");
    await shot(page, `${tag}-en-1-start`);

    // One finger on the figure scrolls the page (a real touch scroll through the browser).
    const before = await page.evaluate(() => scrollY);
    const f = start.figure;
    await swipe(context, page, (f.left + f.right) / 2, f.top + (f.bottom - f.top) * 0.6, -250);
    const after = await page.evaluate(() => scrollY);
    assert.ok(after - before > 100, `a swipe on the figure scrolled the page by ${after - before} px`);
    assert.deepEqual(await page.evaluate(() => document.querySelector("body-map").state.regions), [], "a swipe marks nothing");
    await widgetToTop(page);

    // One area, then two, on the back: the bar names them in a correct sentence.
    await pointAt(page, ".bm-view:last-child", { touch: true });
    await waitInShadow(page, "svg.bm-figure--back");
    // A near miss: 4 px above the angle of the neck. The region is offered ("Did you mean"),
    // and choosing it leaves just that one marked, whatever the tap marked.
    const centre = await aim(page, "neck-angle-left", 0, 0);
    const above = await inShadow(page, (root) => root.querySelector('[data-region="neck-angle-left"]').getBoundingClientRect().top - 4);
    await page.touchscreen.tap(centre.x, above);
    await waitInShadow(page, '.bm-offer [data-offer="neck-angle-left"]');
    await shot(page, `${tag}-en-2-offer`);
    await pointAt(page, '.bm-offer [data-offer="neck-angle-left"]', { touch: true });
    await page.waitForFunction(() => !document.querySelector("body-map").shadowRoot.querySelector(".bm-offer"));
    assert.deepEqual(await page.evaluate(() => document.querySelector("body-map").state.regions), ["neck-angle-left"]);
    await waitInShadow(page, ".bm-summary");
    const one = await regionName(page, "neck-angle-left");
    await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-ranking [data-muscle]").length > 0);
    let n = await rankCount(page);
    assert.equal(await barText(page), `${n} muscle${n === 1 ? "" : "s"} may refer pain to this area: ${one.toLowerCase()}.`);
    await tapArea(page, "shoulder-top-left");
    await page.waitForFunction(() => document.querySelector("body-map").state.regions.length === 2);
    const [a, b] = await markedNames(page);
    n = await rankCount(page);
    assert.equal(await barText(page), `${n} muscles may refer pain to these areas: ${a.toLowerCase()} and ${b.toLowerCase()}.`);
    await inShadow(page, (root) => root.querySelector(".bm-offer-close")?.click());
    let at = await layout(page);
    assert.ok(at.bar.height <= 64, `the bar is ${at.bar.height} px high`);
    assert.ok(at.barVisible, "the bar shows while the answer is off screen");
    assert.deepEqual(await underBar(page), [], "the bar lies over nothing");
    await widgetToTop(page);
    at = await layout(page);
    assert.ok(at.bar.bottom <= at.screen, "with the widget at the top, the bar is on the first screen, within the thumb's reach");
    assert.deepEqual(await underBar(page), [], "the bar lies over nothing");
    await shot(page, `${tag}-en-3-marked`);

    // The bar leads to the answer and hides while it is on screen; back at the figure it offers
    // booking.
    await tapBar(page);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector("body-map").shadowRoot.querySelector(".bm-summary")).visibility === "hidden",
    );
    await shot(page, `${tag}-en-4-answer`);
    await widgetToTop(page);
    await waitInShadow(page, '.bm-summary a[part="book"]');
    assert.equal(await inShadow(page, (root) => root.querySelector('.bm-summary a[part="book"]').getAttribute("href")), "#book");
    assert.deepEqual(await underBar(page), [], "the bar lies over nothing");

    // A muscle opens where its trigger points are: each of them within the figure's frame.
    const first = await inShadow(page, (root) => root.querySelector(".bm-ranking [data-muscle]").dataset.muscle);
    await pointAt(page, `.bm-ranking [data-muscle="${first}"]`, { touch: true });
    await waitInShadow(page, `article.bm-muscle[data-muscle="${first}"]`);
    await page.waitForFunction(
      (id) => {
        const root = document.querySelector("body-map").shadowRoot;
        const svg = root.querySelector("svg.bm-figure").getBoundingClientRect();
        const tps = [...root.querySelectorAll(`[data-trigger-point^="${id}/"]`)];
        return (
          tps.length > 0 &&
          tps.every((tp) => {
            const r = tp.getBoundingClientRect();
            return r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
          })
        );
      },
      first,
      { timeout: 5000 },
    );
    await widgetToTop(page);
    await shot(page, `${tag}-en-5-muscle`);

    // Spine labels are shown only where they are at least 10 px high.
    const labels = await inShadow(page, (root) =>
      [...root.querySelectorAll(".bm-vertebra-label")]
        .filter((t) => getComputedStyle(t).display !== "none")
        .map((t) => t.getBoundingClientRect().height),
    );
    assert.ok(labels.every((h) => h >= 10), `spine labels ${labels.map(Math.round)} px high`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${tag}: taps land: ten smallest regions of each view, 17 taps each, hit or offered at least 16 times`, async () => {
    const { context, page, problems } = await clinic(size);
    const report = [];
    const failures = [];
    for (const view of ["front", "back"]) {
      if (view === "back") {
        await pointAt(page, ".bm-view:last-child", { touch: true });
        await waitInShadow(page, "svg.bm-figure--back");
      }
      for (const id of await smallestRegions(page)) {
        // A region out of the phone's first frame (the hands): the patient shows the whole
        // body, taps near it (closing any offer) and zooms in, which brings the tap to the
        // middle.
        await reset(page);
        if (!(await aim(page, id, 0, 0))) {
          await pointAt(page, ".bm-zoom button:nth-child(3)", { touch: true });
          await tapArea(page, id);
          await inShadow(page, (root) => root.querySelector(".bm-offer-close")?.click());
          await pointAt(page, ".bm-zoom button:nth-child(1)", { touch: true });
        }
        let good = 0;
        let taps = 0;
        for (const [dx, dy] of OFFSETS) {
          await reset(page);
          const point = await aim(page, id, dx, dy);
          if (!point) continue;
          taps += 1;
          await page.touchscreen.tap(point.x, point.y);
          if (await landed(page, id)) good += 1;
        }
        report.push(`${view.padEnd(5)} ${id.padEnd(30)} ${good}/${taps}`);
        if (taps !== 17 || good < 16) failures.push(`${id}: ${good} of ${taps}`);
      }
    }
    console.log(`tap precision at ${size.width} x ${size.height} (hit or offered / taps):\n${report.join("\n")}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${tag}: Spanish: the bar's sentence for one and for two areas, and every step on screen`, async () => {
    const { context, page, problems } = await clinic(size, "es");
    await shot(page, `${tag}-es-1-start`);
    await pointAt(page, ".bm-view:last-child", { touch: true });
    await waitInShadow(page, "svg.bm-figure--back");
    await tapRegion(page, "neck-angle-left", { touch: true });
    await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-ranking [data-muscle]").length > 0);
    const one = await regionName(page, "neck-angle-left");
    let n = await rankCount(page);
    assert.equal(await barText(page), `${n} ${n === 1 ? "músculo puede" : "músculos pueden"} referir dolor a esta zona: ${one.toLowerCase()}.`);
    await tapArea(page, "shoulder-top-left");
    await page.waitForFunction(() => document.querySelector("body-map").state.regions.length === 2);
    const [a, b] = await markedNames(page);
    n = await rankCount(page);
    assert.equal(await barText(page), `${n} músculos pueden referir dolor a estas zonas: ${a.toLowerCase()} ${/^(i|í|hi(?!e))/.test(b.toLowerCase()) ? "e" : "y"} ${b.toLowerCase()}.`);
    await widgetToTop(page);
    assert.deepEqual(await underBar(page), []);
    const at = await layout(page);
    assert.ok(at.bar.height <= 64 && at.bar.bottom <= at.screen, `the bar: ${JSON.stringify(box(at.bar))}`);
    await shot(page, `${tag}-es-2-marked`);
    await tapBar(page);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector("body-map").shadowRoot.querySelector(".bm-summary")).visibility === "hidden",
    );
    await shot(page, `${tag}-es-3-answer`);
    const first = await inShadow(page, (root) => root.querySelector(".bm-ranking [data-muscle]").dataset.muscle);
    await pointAt(page, `.bm-ranking [data-muscle="${first}"]`, { touch: true });
    await waitInShadow(page, `article.bm-muscle[data-muscle="${first}"]`);
    await widgetToTop(page);
    await shot(page, `${tag}-es-4-muscle`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
