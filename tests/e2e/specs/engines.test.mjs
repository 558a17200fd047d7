// The release build in Firefox and WebKit (the engine of Safari on every iPhone): the demo page
// and a strict-CSP host page render without an error, real pointer clicks rank muscles and fire
// the event, views switch, a muscle shows its trigger points, Spanish explore mode, the
// keyboard, and the patient flow on an iPhone-sized screen. Screenshots per engine go to
// docs/screenshots/browsers/ (the fonts differ per engine; the layout must not).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { ready, inShadow, waitInShadow, pointAt, tapRegion, recordEvents, ranking, screenshots } from "../browser.mjs";
import { ENGINES, useEngine } from "../engines.mjs";

const folder = `${screenshots}browsers/`;
const ui = JSON.parse(await readFile(new URL("../../../content/ui.json", import.meta.url), "utf8")).strings;
const es = (key) => ui[key].es;

/** The regions marked on the figure (aria-checked), in the current view. */
const marked = (page) =>
  inShadow(page, (root) => [...root.querySelectorAll('[data-region][aria-checked="true"]')].map((e) => e.dataset.region));

for (const name of Object.keys(ENGINES)) {
  describe(name, () => {
    const env = useEngine(name);

    /**
     * Opens `path` at `size` and waits for the widget (or each of `hosts`) to draw its figure.
     * `check()` then asserts that nothing went wrong since: no error, no failed or foreign request.
     */
    async function open(path, size = "desktop", hosts = ["body-map"]) {
      const page = await env.engine.open(size);
      const failedBefore = env.server.failed.length;
      await page.goto(`${env.server.url}${path}`);
      for (const host of hosts) await ready(page, host);
      const check = async () => {
        const requests = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
        const foreign = requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith("data:"));
        assert.deepEqual(foreign, [], `${name}: no request leaves the page`);
        assert.deepEqual(env.server.failed.slice(failedBefore), [], `${name}: no request failed`);
        assert.deepEqual(await page.problems(), [], `${name}: no console error`);
      };
      return { page, check };
    }

    /** Saves the viewport as docs/screenshots/browsers/<engine>-<scene>.png, once it is painted. */
    async function shot(page, scene) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await mkdir(folder, { recursive: true });
      await page.screenshot({ path: `${folder}${name}-${scene}.png` });
    }

    test("the demo page renders with no console error and no failed request", async (t) => {
      t.diagnostic(env.engine.version);
      const { page, check } = await open("/");
      const drawn = await inShadow(page, (root) => ({
        regions: root.querySelectorAll("svg.bm-figure--front [data-region]").length,
        outline: root.querySelector("svg.bm-figure path.bm-outline").getBoundingClientRect().height,
        title: root.querySelector(".bm-title").textContent,
      }));
      assert.ok(drawn.regions > 30, `${name}: the front view's regions are drawn (${drawn.regions})`);
      assert.ok(drawn.outline > 300, `${name}: the body outline has its size (${drawn.outline} px)`);
      assert.equal(drawn.title, ui.prompt.en);
      await page.evaluate(() => document.querySelector("body-map").scrollIntoView());
      await shot(page, "front");
      await check();
      await page.close();
    });

    test("a strict-CSP host page with a hostile stylesheet: two widgets render, no violation", async () => {
      const { page, check } = await open("/test/csp-hostile.html", "desktop", ["#a", "#b"]);
      for (const host of ["#a", "#b"]) {
        const box = await inShadow(page, (root) => root.querySelector("svg.bm-figure").getBoundingClientRect().toJSON(), null, host);
        assert.ok(box.width > 200 && box.height > 300, `${name}: ${host} draws its figure: ${JSON.stringify(box)}`);
      }
      assert.equal(await inShadow(page, (root) => root.querySelector(".bm-title").textContent, null, "#b"), es("prompt"));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), [], `${name}: no CSP violation`);
      await check();
      await page.close();
    });

    test("pointer clicks: Back, a region ranks muscles and fires body-map-change, a muscle shows its trigger points", async () => {
      const { page, check } = await open("/test/plain.html");
      await recordEvents(page);
      await pointAt(page, ".bm-view", { text: "Back" });
      await waitInShadow(page, "svg.bm-figure--back");
      await tapRegion(page, "neck-angle-left");
      await page.waitForFunction(() => window.bmEvents.length === 1);
      const change = await page.evaluate(() => window.bmEvents[0]);
      assert.equal(change.type, "body-map-change");
      assert.deepEqual(change.detail.regions, ["neck-angle-left"]);
      assert.equal(change.detail.muscles[0].id, "levator_scapulae", `${name}: levator scapulae ranks first`);
      assert.equal(change.detail.muscles[0].match, "essential");
      assert.deepEqual(await marked(page), ["neck-angle-left"]);
      assert.deepEqual(await ranking(page), change.detail.muscles.map((m) => m.id), `${name}: the panel lists the event's ranking`);

      await pointAt(page, '.bm-ranking [data-muscle="levator_scapulae"]');
      await waitInShadow(page, 'article.bm-muscle[data-muscle="levator_scapulae"]');
      await page.waitForFunction(() => window.bmEvents.some((e) => e.type === "body-map-muscle"));
      const figure = await inShadow(page, (root) => ({
        tps: root.querySelectorAll('svg.bm-figure [data-trigger-point^="levator_scapulae/"]').length,
        zones: root.querySelectorAll("svg.bm-figure .bm-zone").length,
        listed: root.querySelectorAll("article.bm-muscle .bm-tps li").length,
      }));
      assert.ok(figure.tps >= 1 && figure.listed >= 1, `${name}: the trigger points are drawn and listed: ${JSON.stringify(figure)}`);
      assert.ok(figure.zones >= 1, `${name}: the referral zones are drawn`);

      await pointAt(page, ".bm-view", { text: "Front" });
      await waitInShadow(page, "svg.bm-figure--front");
      const state = await page.evaluate(() => document.querySelector("body-map").state);
      assert.equal(state.view, "front");
      assert.deepEqual(state.regions, ["neck-angle-left"], `${name}: the marked area survives the view switch`);
      await check();
      await page.close();
    });

    test("Spanish explore mode renders in Spanish; Back and Side views by pointer", async () => {
      const { page, check } = await open("/test/explore.html");
      await page.evaluate(() => document.querySelector("body-map").setAttribute("lang", "es"));
      await waitInShadow(page, '.bm[lang="es"]');
      await page.waitForFunction(
        (title) => document.querySelector("body-map").shadowRoot.querySelector(".bm-title")?.textContent === title,
        es("explore-title"),
      );
      const texts = await inShadow(page, (root) => ({
        views: [...root.querySelectorAll(".bm-view")].map((b) => b.textContent.trim()),
        muscle: root.querySelector('.bm-muscle-list [data-muscle="sternocleidomastoid"]')?.textContent ?? "",
      }));
      assert.deepEqual(texts.views, [es("view-front"), es("view-back"), es("view-side")]);
      assert.match(texts.muscle, /Esternocleidomastoideo/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, "spanish");
      for (const [view, label] of [["back", es("view-back")], ["side", es("view-side")]]) {
        await pointAt(page, ".bm-view", { text: label });
        await waitInShadow(page, `svg.bm-figure--${view} path.bm-outline`);
      }
      await check();
      await page.close();
    });

    test("keyboard: Tab reaches a region, an arrow moves, Space selects", async () => {
      const { page, check } = await open("/test/plain.html");
      await recordEvents(page);
      const focused = () => inShadow(page, (root) => root.activeElement?.getAttribute("data-region") ?? null);
      for (let i = 0; i < 15 && !(await focused()); i++) await page.keyboard.press("Tab");
      const first = await focused();
      assert.ok(first, `${name}: Tab reaches a region`);
      await page.keyboard.press("ArrowDown");
      const second = await focused();
      assert.ok(second && second !== first, `${name}: ArrowDown moves from ${first} to another region (${second})`);
      await page.keyboard.press("Space");
      await page.waitForFunction(() => window.bmEvents.length === 1);
      assert.deepEqual(await page.evaluate(() => window.bmEvents[0].detail.regions), [second]);
      assert.deepEqual(await marked(page), [second], `${name}: Space marks the focused region`);
      await check();
      await page.close();
    });

    test("390 x 844 (an iPhone's screen): the patient flow reaches the answer", async () => {
      const { page, check } = await open("/test/plain.html", "phone");
      const touch = env.engine.touch;
      await recordEvents(page);
      await tapRegion(page, "temple-left", { touch });
      await pointAt(page, ".bm-view", { text: "Back", touch });
      await tapRegion(page, "neck-angle-right", { touch });
      await page.waitForFunction(() => window.bmEvents.filter((e) => e.type === "body-map-change").length === 2);
      const last = await page.evaluate(() => window.bmEvents.at(-1).detail);
      assert.deepEqual(last.regions, ["temple-left", "neck-angle-right"]);
      assert.ok(last.muscles.length >= 2, `${name}: several muscles are ranked`);
      const answer = await inShadow(page, (root) => {
        const panel = root.querySelector(".bm-results");
        panel.scrollIntoView({ block: "start" });
        const r = panel.getBoundingClientRect();
        const warning = panel.querySelector("[data-safety]");
        const first = panel.querySelector(".bm-ranking [data-muscle]");
        return {
          left: r.left,
          right: r.right,
          width: document.scrollingElement.scrollWidth,
          warningFirst: !!warning && !!first && !!(warning.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
      assert.deepEqual(await ranking(page), last.muscles.map((m) => m.id), `${name}: the answer lists the ranking`);
      assert.ok(answer.warningFirst, `${name}: a headache's warning signs come before the first muscle`);
      const fits = answer.left >= 0 && answer.right <= 390 && answer.width <= 390;
      assert.ok(fits, `${name}: the answer fits the screen: ${JSON.stringify(answer)}`);
      await shot(page, "answer");
      await check();
      await page.close();
    });
  });
}
