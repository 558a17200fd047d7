// Safety first, on a phone (360 x 740, touch): an area where pain can mean an emergency puts
// its warning, with the words to act on, above the first ranked muscle; the same warnings are
// printed and come back with a share link; the referral fixes show in the ranking.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useBrowser,
  openPage,
  ready,
  shot,
  screenshots,
  inShadow,
  waitInShadow,
  pointAt,
  tapRegion,
  ranking,
} from "../browser.mjs";

const env = useBrowser();

/**
 * The warnings shown and whether each lies above the first ranked muscle, in the DOM and on
 * the screen.
 */
const warnings = (page) =>
  inShadow(page, (root) => {
    const first = root.querySelector(".bm-ranking [data-muscle]");
    const top = first?.getBoundingClientRect().top ?? Infinity;
    return [...root.querySelectorAll(".bm-results [data-safety]")].map((w) => {
      const r = w.getBoundingClientRect();
      return {
        id: w.dataset.safety,
        text: w.textContent,
        visible: r.height > 0 && getComputedStyle(w).display !== "none",
        above: !!first && r.bottom <= top && !!(w.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
  });


/** Taps `id` and waits until the answer shows it marked (or unmarked). */
async function toggle(page, id) {
  const before = await page.evaluate(() => document.querySelector("body-map").state.regions.length);
  await tapRegion(page, id, { touch: true });
  await page.waitForFunction((n) => document.querySelector("body-map").state.regions.length !== n, before);
}

async function showView(page, view) {
  await pointAt(page, ".bm-view", { text: view === "back" ? "Back" : "Front", touch: true });
  await waitInShadow(page, `svg.bm-figure--${view}`);
}

/** [view, area, the warning it must show]. */
const LINKED = [
  ["front", "chest-left", "chest-heart", /Call your emergency number now/],
  ["front", "temple-left", "sudden-headache", /Call your emergency number now/],
  ["back", "flank-left", "belly-pulsing-lump", /Call your emergency number now/],
  ["back", "flank-left", "flank-fever", /Call your doctor or a health advice line today/],
  ["back", "neck-back-upper-left", "neck-stroke-signs", /Call your emergency number now/],
];

test("phone: each area where pain can mean an emergency shows its warning above the first muscle", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  let view = "front";
  for (const [where, area, flag, words] of LINKED) {
    if (where !== view) {
      await showView(page, where);
      view = where;
    }
    await toggle(page, area);
    await waitInShadow(page, `.bm-results [data-safety="${flag}"]`);
    const shown = await warnings(page);
    const w = shown.find((x) => x.id === flag);
    assert.ok(w, `${area} shows ${flag}: ${JSON.stringify(shown.map((x) => x.id))}`);
    assert.ok(w.visible, `${flag} is visible`);
    assert.ok(w.above, `${flag} lies above the first ranked muscle`);
    assert.match(w.text, words, `${flag} says what to do`);
    assert.ok(shown.every((x) => x.above), "every warning comes before the ranking");
    const summary = await inShadow(page, (root) => root.querySelector(".bm-summary span")?.textContent ?? "");
    assert.match(summary, /^First, read the warning signs in the answer\. /, "the phone's summary bar says so first");
    await toggle(page, area);
    await page.waitForFunction(
      () => !document.querySelector("body-map").shadowRoot.querySelector(".bm-results [data-safety]"),
    );
  }
  // An area with no sign of its own shows the ranking with no warning.
  await toggle(page, "outer-hip-left");
  await waitInShadow(page, ".bm-ranking [data-muscle]");
  assert.deepEqual(await warnings(page), []);
  const plain = await inShadow(page, (root) => root.querySelector(".bm-summary span")?.textContent ?? "");
  assert.match(plain, /^\d+ muscles? may refer pain to this area: outer left hip\.$/, "no warning line without a warning");
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the inner edge of the shoulder blade ranks rhomboids, levator scapulae or scalenes in the top three; the back of the thigh does not rank quadratus lumborum first", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await showView(page, "back");
  await toggle(page, "scapula-medial-border-left");
  await waitInShadow(page, ".bm-ranking [data-muscle]");
  const border = await ranking(page);
  assert.ok(
    border.slice(0, 3).some((m) => ["rhomboids", "levator_scapulae", "scalenes"].includes(m)),
    `top three: ${border.slice(0, 3)}`,
  );
  assert.notEqual(border[0], "infraspinatus");
  await toggle(page, "scapula-medial-border-left");
  await toggle(page, "thigh-back-left");
  await waitInShadow(page, ".bm-ranking [data-muscle]");
  const thigh = await ranking(page);
  assert.ok(thigh.length > 0);
  assert.notEqual(thigh[0], "quadratus_lumborum", `first: ${thigh[0]}`);
  await toggle(page, "thigh-back-left");
  // The spine of the low back is its own area, and the lumbar multifidi lead for it.
  await toggle(page, "lumbar-spine");
  await waitInShadow(page, ".bm-ranking [data-muscle]");
  assert.equal((await ranking(page))[0], "lumbar_multifidi");
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the warning in English and Spanish, printed, and back from a share link", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await toggle(page, "chest-left");
  await waitInShadow(page, '.bm-results [data-safety="chest-heart"]');
  const scrollToAnswer = () =>
    page.evaluate(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-results").scrollIntoView({ block: "start" }));
  await scrollToAnswer();
  await shot(page, "safety-warning-en");

  await page.evaluate(() => document.querySelector("body-map").setAttribute("lang", "es"));
  await page.waitForFunction(() =>
    document
      .querySelector("body-map")
      .shadowRoot.querySelector('.bm[lang="es"] [data-safety="chest-heart"]')
      ?.textContent.includes("Llame ahora a su número de emergencias"),
  );
  const es = (await warnings(page)).find((w) => w.id === "chest-heart");
  assert.match(es.text, /Dolor en el pecho/);
  assert.ok(es.above);
  await scrollToAnswer();
  await shot(page, "safety-warning-es");
  await page.evaluate(() => document.querySelector("body-map").setAttribute("lang", "en"));
  await waitInShadow(page, '.bm[lang="en"]');

  // The printed handout keeps the warning, before the ranking.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const printed = await warnings(page);
  assert.deepEqual(
    printed.map((w) => [w.id, w.visible, w.above]),
    [["chest-heart", true, true]],
    "printed before the muscles",
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshots}safety-warning-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The share view: the link brings back the areas, and with them the warning.
  await pointAt(page, ".bm-handout-actions .bm-button", { text: "Copy a share link", touch: true });
  await waitInShadow(page, ".bm-share-url");
  const url = await inShadow(page, (root) => root.querySelector(".bm-share-url").value);
  assert.deepEqual(problems, []);
  await context.close();

  const other = await openPage(env.browser, "phone");
  await other.page.goto(url);
  await ready(other.page);
  await waitInShadow(other.page, '.bm-results [data-safety="chest-heart"]');
  const shared = await warnings(other.page);
  assert.deepEqual(
    shared.map((w) => [w.id, w.visible, w.above]),
    [["chest-heart", true, true]],
  );
  assert.deepEqual(other.problems, []);
  await other.context.close();
});
