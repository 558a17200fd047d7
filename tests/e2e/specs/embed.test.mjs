// The release build from dist/, loaded the way a clinic embeds it: one module script and one
// <body-map> element. Taps a region, receives the event, and sees no console error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, shot, useBrowser } from "../browser.mjs";

const env = useBrowser();

/** Clicks (or taps) the centre of a region inside the shadow root. */
export async function tapRegion(page, id, { touch = false, host = "body-map" } = {}) {
  const box = await page.evaluate(
    ({ id, host }) => {
      const el = document.querySelector(host).shadowRoot.querySelector(`[data-region="${id}"]`);
      if (!el) return null;
      el.scrollIntoView({ block: "center" });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { id, host },
  );
  assert.ok(box, `region ${id} is drawn`);
  const hit = await page.evaluate(
    ({ x, y, host }) => {
      const root = document.querySelector(host).shadowRoot;
      const el = root.elementFromPoint(x, y);
      return el && el.getAttribute("data-region");
    },
    { ...box, host },
  );
  assert.equal(hit, id, `the centre of ${id} lands on ${id}`);
  if (touch) await page.touchscreen.tap(box.x, box.y);
  else await page.mouse.click(box.x, box.y);
}

test("plain embed: a tap fires body-map-change with ranked muscles, no console error", async () => {
  const { context, page, problems, requests } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await page.evaluate(() => {
    window.events = [];
    document.addEventListener("body-map-change", (e) => window.events.push(e.detail));
  });
  await page.evaluate(() => {
    const root = document.querySelector("body-map").shadowRoot;
    [...root.querySelectorAll(".bm-view")].find((b) => b.textContent.includes("Back")).click();
  });
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector('[data-region="neck-angle-left"]'));
  await tapRegion(page, "neck-angle-left");
  await page.waitForFunction(() => window.events.length === 1);
  const detail = await page.evaluate(() => window.events[0]);
  assert.deepEqual(detail.regions, ["neck-angle-left"]);
  assert.equal(detail.muscles[0].id, "levator_scapulae");
  assert.equal(detail.muscles[0].match, "essential");
  assert.equal(typeof detail.muscles[0].name, "string");
  assert.ok(detail.muscles[0].score > 0);
  const checked = await page.evaluate(
    () => document.querySelector("body-map").shadowRoot.querySelector('[data-region="neck-angle-left"]').getAttribute("aria-checked"),
  );
  assert.equal(checked, "true");
  const listed = await page.evaluate(() =>
    [...document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-ranking [data-muscle]")].map((e) => e.dataset.muscle),
  );
  assert.deepEqual(listed, detail.muscles.map((m) => m.id), "the panel lists the ranking in order");
  // Tapping again unmarks.
  await tapRegion(page, "neck-angle-left");
  await page.waitForFunction(() => window.events.length === 2);
  assert.deepEqual(await page.evaluate(() => window.events[1].regions), []);
  const foreign = requests.filter((u) => !u.startsWith(env.server.url));
  assert.deepEqual(foreign, [], "no request leaves the page");
  assert.deepEqual(problems, []);
  await context.close();
});

test("screenshots of the demo page at phone, tablet and desktop sizes", async () => {
  for (const [viewport, regions] of [
    ["phone", ["temple-left", "neck-front-right"]],
    ["tablet", ["chest-left", "shoulder-front-left"]],
    ["desktop", ["forehead-left", "temple-left"]],
  ]) {
    const { context, page, problems } = await openPage(env.browser, viewport);
    await page.goto(`${env.server.url}/`);
    await ready(page);
    for (const id of regions) await tapRegion(page, id, { touch: viewport !== "desktop" });
    await page.evaluate(() => document.querySelector("body-map").scrollIntoView());
    await shot(page, `front-${viewport}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
