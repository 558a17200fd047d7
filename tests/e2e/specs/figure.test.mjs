// The figure in the browser: every region, tapped, selects exactly that region; screenshots
// of the three views at phone, tablet and desktop sizes with areas marked and a muscle shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, shot, useBrowser } from "../browser.mjs";

const env = useBrowser();

/** A point (client coordinates) where `id` is the topmost element, or null. */
function pointInRegion(page, id) {
  return page.evaluate((id) => {
    const root = document.querySelector("body-map").shadowRoot;
    const el = root.querySelector(`[data-region="${id}"]`);
    const r = el.getBoundingClientRect();
    for (let fy = 0.5, step = 0; step < 9; step++) {
      for (let fx = 0.5, k = 0; k < 9; k++) {
        const x = r.x + r.width * fx;
        const y = r.y + r.height * fy;
        if (root.elementFromPoint(x, y) === el) return { x, y };
        fx = 0.5 + ((k % 2 ? 1 : -1) * Math.ceil((k + 1) / 2)) / 10;
      }
      fy = 0.5 + ((step % 2 ? 1 : -1) * Math.ceil((step + 1) / 2)) / 10;
    }
    return null;
  }, id);
}

test("tapping any region selects exactly that region, in both views", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  for (const view of ["front", "back"]) {
    await page.evaluate((v) => document.querySelector("body-map").setAttribute("view", v), view);
    await page.waitForFunction(
      (v) => document.querySelector("body-map").shadowRoot.querySelector(`svg.bm-figure--${v}`),
      view,
    );
    const ids = await page.evaluate(() =>
      [...document.querySelector("body-map").shadowRoot.querySelectorAll("[data-region]")].map((e) => e.dataset.region),
    );
    assert.equal(ids.length, view === "front" ? 37 : 58);
    for (const id of ids) {
      const at = await pointInRegion(page, id);
      assert.ok(at, `${id} can be hit somewhere`);
      await page.mouse.click(at.x, at.y);
      const marked = await page.evaluate(() =>
        [...document.querySelector("body-map").shadowRoot.querySelectorAll('[aria-checked="true"]')].map((e) => e.dataset.region),
      );
      assert.deepEqual(marked, [id], `a tap on ${id} marks exactly ${id}`);
      await page.mouse.click(at.x, at.y);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

const SCENES = [
  { view: "front", regions: "temple-left,forehead-left,eye-left", muscle: "sternocleidomastoid" },
  { view: "back", regions: "neck-angle-left,scapula-medial-border-left", muscle: "levator_scapulae" },
  { view: "side", regions: "", muscle: "upper_trapezius", mode: "explore" },
];

test("screenshots: three views at phone, tablet and desktop, areas marked and a muscle shown", async () => {
  for (const viewport of ["phone", "tablet", "desktop"]) {
    for (const scene of SCENES) {
      const { context, page, problems } = await openPage(env.browser, viewport);
      await page.goto(`${env.server.url}/test/plain.html`);
      await ready(page);
      await page.evaluate((s) => {
        const el = document.querySelector("body-map");
        if (s.mode) el.setAttribute("mode", s.mode);
        el.setAttribute("view", s.view);
        if (s.regions) el.setAttribute("regions", s.regions);
        el.setAttribute("muscle", s.muscle);
      }, scene);
      await page.waitForFunction(
        (m) => document.querySelector("body-map").shadowRoot.querySelector(`[data-trigger-point^="${m}/"]`),
        scene.muscle,
      );
      const tps = await page.evaluate(
        (m) => document.querySelector("body-map").shadowRoot.querySelectorAll(`[data-trigger-point^="${m}/"]`).length,
        scene.muscle,
      );
      assert.ok(tps > 0, `${scene.muscle} shows its trigger points in the ${scene.view} view`);
      const zones = await page.evaluate(
        (m) => document.querySelector("body-map").shadowRoot.querySelectorAll(`[data-referral^="${m}/"]`).length,
        scene.muscle,
      );
      assert.ok(zones > 0, `referral zones are drawn in the ${scene.view} view`);
      await shot(page, `figure-${scene.view}-${viewport}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
