// The figure as a trigger-point chart: every muscle, opened in each view where it is drawn with
// all the chart's layers on, shows its own referral zones ([data-referral]) and trigger points
// while every other muscle fades to at most a third of its opacity (computed style); axe finds
// nothing. Contact sheets of all the muscles opened go to docs/screenshots/muscles/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { inShadow, openPage, ready, screenshots, useBrowser } from "../browser.mjs";

const env = useBrowser();
const LAYERS = "spine,muscles,trigger-points,referral";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The opened muscle's shapes and zones, and the opacity of every muscle shape as drawn. */
const measure = (root, m) => {
  const svg = root.querySelector("svg.bm-figure");
  // What the eye sees: a shape's opacity times its ancestors' up to the figure.
  const drawn = (el) => {
    let o = 1;
    for (let e = el; e && e !== svg; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    const hidden = getComputedStyle(el).display === "none" || getComputedStyle(el).visibility === "hidden";
    return hidden ? 0 : o;
  };
  const shapes = [...svg.querySelectorAll("[data-muscle]")];
  const own = shapes.filter((e) => e.dataset.muscle === m);
  const others = shapes.filter((e) => e.dataset.muscle !== m);
  const zones = [...svg.querySelectorAll("[data-referral]")].map((e) => e.dataset.referral);
  const marks = [...svg.querySelectorAll("[data-trigger-point]")].map((e) => e.dataset.triggerPoint);
  // Zones and marks lie above every muscle shape.
  const last = (sel) => [...svg.querySelectorAll(sel)].pop();
  const lastMuscle = last("[data-muscle]");
  const above = (sel) => {
    const el = svg.querySelector(sel);
    return !el || !lastMuscle || !!(lastMuscle.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  };
  return {
    own: own.map(drawn),
    others: others.map((e) => ({ id: e.dataset.muscle, o: drawn(e) })),
    zones,
    marks,
    onTop: above("[data-referral]") && above("[data-trigger-point]"),
    legend: root.querySelector(".bm-figure-wrap > .bm-legend")?.textContent ?? "",
  };
};

/** A desktop page with the widget in explore mode and the chart's layers on. */
async function openExplore() {
  const opened = await openPage(env.browser, "desktop");
  await opened.page.goto(`${env.server.url}/test/explore.html`);
  await ready(opened.page);
  await opened.page.evaluate((l) => document.querySelector("body-map").setAttribute("layers", l), LAYERS);
  return opened;
}

async function openIn(page, view, muscle) {
  await page.evaluate(
    ([v, m]) => {
      const el = document.querySelector("body-map");
      el.setAttribute("view", v);
      el.setAttribute("muscle", m);
    },
    [view, muscle],
  );
  await page.waitForFunction(
    ([v, m]) => {
      const root = document.querySelector("body-map").shadowRoot;
      return root.querySelector(`svg.bm-figure--${v}`) && root.querySelector(`[data-referral^="${m}/"]`);
    },
    [view, muscle],
    { timeout: 5000 },
  );
}

test("desktop: each muscle opened in each view where it is drawn shows its referral zones, the others faded", async () => {
  const { context, page, problems } = await openExplore();
  await mkdir(`${screenshots}muscles`, { recursive: true });
  const wrong = [];
  const sheets = {};
  let checked = 0;
  for (const view of ["front", "back", "side"]) {
    await page.evaluate((v) => {
      const el = document.querySelector("body-map");
      el.removeAttribute("muscle");
      el.setAttribute("view", v);
    }, view);
    await page.waitForFunction((v) => document.querySelector("body-map").shadowRoot.querySelector(`svg.bm-figure--${v} [data-muscle]`), view);
    const drawn = await inShadow(page, (root) => [...new Set([...root.querySelectorAll("svg.bm-figure [data-muscle]")].map((e) => e.dataset.muscle))]);
    assert.ok(drawn.length >= (view === "back" ? 25 : 3), `${view}: the muscles are drawn`);
    sheets[view] = [];
    for (const m of drawn) {
      try {
        await openIn(page, view, m);
      } catch {
        wrong.push(`${view} ${m}: no [data-referral] zone appeared`);
        continue;
      }
      const got = await inShadow(page, measure, m);
      checked += 1;
      const open = Math.min(...got.own);
      if (!(got.own.length > 0 && open > 0.9)) wrong.push(`${view} ${m}: the open muscle is drawn at opacity ${got.own}`);
      const bright = got.others.filter((o) => o.o > open / 3 + 1e-6);
      if (bright.length) wrong.push(`${view} ${m}: not faded: ${bright.map((b) => `${b.id} ${b.o.toFixed(2)}`).join(", ")}`);
      const foreign = got.zones.filter((z) => !z.startsWith(`${m}/`));
      if (foreign.length) wrong.push(`${view} ${m}: zones of other muscles: ${foreign.join(", ")}`);
      const numbers = new Set(got.marks.map((t) => t.split("/")[1]));
      for (const z of got.zones) {
        const [, n, kind] = z.split("/");
        if (!/^(essential|spillover)$/.test(kind)) wrong.push(`${view} ${m}: bad zone name ${z}`);
        if (view !== "side" || numbers.size) {
          // Trigger points are numbered from 1 in both hooks.
          if (!(Number(n) >= 1)) wrong.push(`${view} ${m}: zone ${z} is not numbered from 1`);
        }
      }
      if (!got.onTop) wrong.push(`${view} ${m}: referral or trigger points drawn under the muscles`);
      if (!/Solid/.test(got.legend) || !/Dotted/.test(got.legend)) wrong.push(`${view} ${m}: no key beside the figure`);
      // The body without the empty sides and the feet, where no zone lies.
      const box = await inShadow(page, (root) => {
        const r = root.querySelector("svg.bm-figure").getBoundingClientRect();
        return { x: r.x + r.width * 0.2, y: r.y, width: r.width * 0.6, height: r.height * 0.78 };
      });
      sheets[view].push({ m, png: (await page.screenshot({ clip: box })).toString("base64") });
    }
  }
  // The back with every layer on and one muscle open, to compare with the same view before the
  // figure read like a chart (back-all-layers-before.png).
  await page.evaluate(() => {
    const el = document.querySelector("body-map");
    el.setAttribute("layers", "regions,spine,muscles,trigger-points,referral");
    el.setAttribute("view", "back");
    el.setAttribute("muscle", "levator_scapulae");
  });
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector('svg.bm-figure--back [data-referral^="levator_scapulae/"]'));
  const wrap = await page.evaluateHandle(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-figure-wrap"));
  await wrap.asElement().screenshot({ path: `${screenshots}muscles/back-all-layers-after.png` });
  await wrap.dispose();
  assert.deepEqual(wrong, []);
  assert.ok(checked >= 42, `every muscle view was checked (${checked})`);
  assert.deepEqual(problems, []);
  // One contact sheet per view, for looking at beside a published chart.
  const sheet = await context.newPage();
  for (const [view, shots] of Object.entries(sheets)) {
    const cells = shots
      .map((s) => `<figure><img src="data:image/png;base64,${s.png}"><figcaption>${s.m}</figcaption></figure>`)
      .join("");
    await sheet.setViewportSize({ width: 1600, height: 800 });
    await sheet.setContent(
      `<style>body{margin:0;font:14px sans-serif;display:grid;grid-template-columns:repeat(5,1fr);gap:4px}
       figure{margin:0}img{width:100%;display:block}figcaption{text-align:center}</style>${cells}`,
    );
    await sheet.screenshot({ path: `${screenshots}muscles/${view}.png`, fullPage: true });
  }
  await context.close();
});

test("axe: a muscle open in each view with the chart's layers on", async () => {
  const { context, page, problems } = await openExplore();
  for (const [view, m] of [["front", "sternocleidomastoid"], ["back", "infraspinatus"], ["side", "upper_trapezius"]]) {
    await openIn(page, view, m);
    const result = await new AxeBuilder({ page }).include("body-map").withTags(TAGS).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), [], `${view} ${m}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("explore: the surface / deep choice draws the deep muscles in full and the surface ones as outlines", async () => {
  const { context, page, problems } = await openExplore();
  await page.evaluate(() => document.querySelector("body-map").setAttribute("view", "back"));
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector("svg.bm-figure--back") && document.querySelector("body-map").shadowRoot.querySelector(".bm-depth"));
  const outlined = () =>
    inShadow(page, (root) => {
      const state = (id) => root.querySelector(`svg.bm-figure [data-muscle="${id}"]`).classList.contains("bm-muscle-shape--outline");
      const pressed = [...root.querySelectorAll(".bm-depth button")].map((b) => `${b.textContent.trim()}:${b.getAttribute("aria-pressed")}`);
      return { rhomboids: state("rhomboids"), trapezius: state("upper_trapezius"), iliopsoas: state("iliopsoas"), pressed };
    });
  assert.deepEqual(await outlined(), {
    rhomboids: true,
    trapezius: false,
    iliopsoas: true,
    pressed: ["Surface:true", "Deep:false"],
  });
  // Keyboard: tab to the "Deep" button and press it.
  await inShadow(page, (root) => root.querySelectorAll(".bm-depth button")[1].focus());
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.querySelector("body-map").shadowRoot.querySelector('svg.bm-figure [data-muscle="upper_trapezius"].bm-muscle-shape--outline'),
  );
  const deep = await outlined();
  assert.equal(deep.rhomboids, false, "the rhomboids are drawn in full");
  assert.equal(deep.iliopsoas, false);
  assert.equal(deep.trapezius, true, "the trapezius lies over them as an outline");
  assert.deepEqual(deep.pressed, ["Surface:false", "Deep:true"]);
  const result = await new AxeBuilder({ page }).include("body-map").withTags(TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), [], "axe with the deep muscles shown");
  assert.deepEqual(problems, []);
  await context.close();
});

test("back muscles whose pain shows in front draw those zones in the front view", async () => {
  const { context, page, problems } = await openExplore();
  const front = ["infraspinatus", "upper_trapezius", "splenius_cervicis", "iliocostalis_thoracis", "latissimus_dorsi", "serratus_posterior_superior"];
  const missing = [];
  for (const m of front) {
    await openIn(page, "back", m);
    await inShadow(page, (root) => [...root.querySelectorAll(".bm-views button")].find((b) => b.textContent.includes("Front")).click());
    await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector("svg.bm-figure--front"));
    const zones = await inShadow(page, (root, id) => root.querySelectorAll(`svg.bm-figure--front [data-referral^="${id}/"]`).length, m);
    if (!zones) missing.push(m);
  }
  assert.deepEqual(missing, [], "front-view referral zones");
  assert.deepEqual(problems, []);
  await context.close();
});
