// Explore mode, for a therapist at a tablet or a desk: search and open muscles with their
// trigger points and anatomy, step through the topics and show each on the body, the posture
// topic's head angles, keyboard shortcuts, larger type, and attribute changes on a live element.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, ready, shot, inShadow, waitInShadow, pointAt, recordEvents, useBrowser } from "../browser.mjs";

const env = useBrowser();
let topics;

before(async () => {
  const file = new URL("../../../content/topics.json", import.meta.url);
  topics = JSON.parse(await readFile(file, "utf8")).topics;
});

const state = (page) => page.evaluate(() => document.querySelector("body-map").state);

/** The muscles drawn emphasised on the figure (`.bm-muscle-shape--shown`), without repeats. */
const shownMuscles = (page) =>
  inShadow(page, (root) => [...new Set([...root.querySelectorAll("svg.bm-figure .bm-muscle-shape--shown")].map((e) => e.dataset.muscle))].sort());

const trigger = (page, muscle) =>
  inShadow(page, (root, m) => root.querySelectorAll(`svg.bm-figure [data-trigger-point^="${m}/"]`).length, muscle);

async function open(viewport, page = "explore.html") {
  const opened = await openPage(env.browser, viewport);
  await opened.page.goto(`${env.server.url}/test/${page}`);
  await ready(opened.page);
  return opened;
}

/** Puts the focus inside the widget without changing anything: the current view button. */
async function focusWidget(page) {
  await inShadow(page, (root) => root.querySelector('.bm-view[aria-pressed="true"]').focus());
}

for (const viewport of ["tablet", "desktop"]) {
  test(`${viewport}: search "trap" lists the three trapezius parts; a muscle shows its trigger points and anatomy`, async () => {
    const { context, page, problems } = await open(viewport);
    await recordEvents(page);
    const touch = viewport === "tablet";
    await pointAt(page, ".bm-search-input", { touch });
    await page.keyboard.type("trap");
    await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-list-button").length < 10);
    const listed = await inShadow(page, (root) => [...root.querySelectorAll(".bm-muscle-list [data-muscle]")].map((b) => b.dataset.muscle));
    assert.deepEqual(listed.sort(), ["lower_trapezius", "middle_trapezius", "upper_trapezius"]);
    const count = await inShadow(page, (root) => root.querySelector(".bm-muscle-list [aria-live]").textContent);
    assert.match(count, /^3 muscles found/);
    if (viewport === "desktop") {
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, "explore-search-desktop");
    }

    // Choose one from the list, in the view the widget starts with (front).
    await pointAt(page, '.bm-list-button[data-muscle="middle_trapezius"]', { touch });
    await waitInShadow(page, 'article.bm-muscle[data-muscle="middle_trapezius"]');
    const detail = await inShadow(page, (root) => {
      const dl = root.querySelector("article.bm-muscle .bm-detail dl");
      if (!dl) return null;
      const pairs = {};
      const dts = [...dl.querySelectorAll("dt")];
      for (const dt of dts) pairs[dt.textContent] = dt.nextElementSibling?.textContent ?? "";
      return pairs;
    });
    assert.ok(detail, "therapist detail is shown in explore mode");
    assert.deepEqual(Object.keys(detail), ["Attachments", "Spinal levels", "Action"]);
    for (const [k, v] of Object.entries(detail)) assert.ok(v.trim().length > 2, `${k} has text`);
    assert.match(detail["Spinal levels"], /T\d/);
    const therapist = await inShadow(page, (root) =>
      [...root.querySelectorAll("article.bm-muscle h4")].some((h) => h.textContent === "What a massage therapist does"),
    );
    assert.ok(therapist, "what a massage therapist does");
    const events = await page.evaluate(() => window.bmEvents.filter((e) => e.type === "body-map-muscle").map((e) => e.detail));
    assert.deepEqual(events, [{ id: "middle_trapezius" }]);
    const view = (await state(page)).view;
    const marks = await trigger(page, "middle_trapezius");
    assert.ok(
      marks > 0,
      `choosing middle trapezius from the list shows its trigger points on the figure (view: ${view}, X marks: ${marks})`,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("desktop: a muscle chosen in the back view shows its X marks and referral zones", async () => {
  const { context, page, problems } = await open("desktop");
  await page.evaluate(() => document.querySelector("body-map").setAttribute("view", "back"));
  await waitInShadow(page, "svg.bm-figure--back");
  await inShadow(page, (root) => root.querySelector('.bm-list-button[data-muscle="upper_trapezius"]').click());
  await waitInShadow(page, 'article.bm-muscle[data-muscle="upper_trapezius"]');
  const figure = await inShadow(page, (root) => ({
    tps: root.querySelectorAll('svg.bm-figure [data-trigger-point^="upper_trapezius/"]').length,
    others: root.querySelectorAll('svg.bm-figure [data-trigger-point]:not([data-trigger-point^="upper_trapezius/"])').length,
    zones: root.querySelectorAll("svg.bm-figure .bm-zone").length,
    pressed: root.querySelector('.bm-list-button[data-muscle="upper_trapezius"]')?.getAttribute("aria-pressed") ?? null,
  }));
  assert.ok(figure.tps >= 2, "both sides' trigger points");
  assert.equal(figure.others, 0);
  assert.deepEqual(await shownMuscles(page), ["upper_trapezius"]);
  assert.ok(figure.zones > 0, "its referral zones are drawn");
  assert.deepEqual(problems, []);
  await context.close();
});

for (const viewport of ["tablet", "desktop"]) {
  test(`${viewport}: every topic's "Show on the body" switches the view and highlights its muscles`, async () => {
    const { context, page, problems } = await open(viewport);
    await pointAt(page, ".bm-tab", { text: "Topics", touch: viewport === "tablet" });
    await waitInShadow(page, "article.bm-topic");
    const wrong = [];
    for (const [i, topic] of topics.entries()) {
      const id = await inShadow(page, (root) => root.querySelector("article.bm-topic").dataset.topic);
      assert.equal(id, topic.id, `topic ${i + 1} is ${topic.id}`);
      const count = await inShadow(page, (root) => root.querySelector(".bm-topic-count").textContent);
      assert.equal(count, `Topic ${i + 1} of ${topics.length}`);
      await inShadow(page, (root) => root.querySelector("article.bm-topic .bm-show").click());
      await waitInShadow(page, `svg.bm-figure--${topic.show.view}`);
      const s = await state(page);
      if (s.view !== topic.show.view) wrong.push(`${topic.id}: view ${s.view}, expected ${topic.show.view}`);
      const shown = await shownMuscles(page);
      const expected = [...topic.show.muscles].sort();
      if (JSON.stringify(shown) !== JSON.stringify(expected)) {
        const missing = expected.filter((m) => !shown.includes(m));
        const extra = shown.filter((m) => !expected.includes(m));
        wrong.push(`${topic.id} (${topic.show.view} view): not highlighted ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
      }
      const segments = await inShadow(page, (root) =>
        [...new Set([...root.querySelectorAll(".bm-vertebra--highlight")].map((v) => [...v.classList].find((c) => c.startsWith("bm-vertebra--") && c !== "bm-vertebra--highlight").slice(13)))].sort(),
      );
      if (JSON.stringify(segments) !== JSON.stringify([...topic.show.spine].sort())) {
        wrong.push(`${topic.id}: spine highlighted ${JSON.stringify(segments)}, expected ${JSON.stringify(topic.show.spine)}`);
      }
      const regions = await inShadow(page, (root) => root.querySelectorAll(".bm-topic-region").length);
      if (topic.show.regions.length > 0 && regions === 0) wrong.push(`${topic.id}: its regions are not outlined`);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector("body-map").shadowRoot.querySelector(".bm-panel").scrollTop = 0;
      });
      await shot(page, `topic-${topic.id}-${viewport}`);
      if (i + 1 < topics.length) {
        await inShadow(page, (root) => [...root.querySelectorAll(".bm-topic-nav .bm-button")].find((b) => b.textContent === "Next").click());
        await page.waitForFunction(
          (next) => document.querySelector("body-map").shadowRoot.querySelector("article.bm-topic")?.dataset.topic === next,
          topics[i + 1].id,
        );
      }
    }
    const nextDisabled = await inShadow(page, (root) => [...root.querySelectorAll(".bm-topic-nav .bm-button")].find((b) => b.textContent === "Next").disabled);
    assert.ok(nextDisabled, "Next is disabled on the last topic");
    assert.deepEqual(wrong, [], "each topic shows its own view, muscles and spine");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("desktop: posture topic: head angles give 27/40/49/60 lb and the side view draws the head line", async () => {
  const { context, page, problems } = await open("desktop");
  const posture = topics.find((t) => t.id === "posture-forward-head");
  assert.deepEqual(posture.head_loads.map((l) => [l.angle, l.lb]), [[0, 12], [15, 27], [30, 40], [45, 49], [60, 60]]);
  await inShadow(page, (root) => [...root.querySelectorAll(".bm-tab")].find((b) => b.textContent === "Topics").click());
  await waitInShadow(page, "article.bm-topic");
  while ((await inShadow(page, (root) => root.querySelector("article.bm-topic").dataset.topic)) !== posture.id) {
    await inShadow(page, (root) => [...root.querySelectorAll(".bm-topic-nav .bm-button")].find((b) => b.textContent === "Next").click());
    await page.waitForTimeout(20);
  }
  await inShadow(page, (root) => root.querySelector("article.bm-topic .bm-show").click());
  await waitInShadow(page, "svg.bm-figure--side .bm-head-load .bm-head-line");
  const lines = new Set();
  for (const { angle, kg, lb } of posture.head_loads) {
    await inShadow(page, (root, a) => root.querySelector(`.bm-angles [data-angle="${a}"]`).click(), angle);
    await page.waitForFunction(
      (a) => document.querySelector("body-map").shadowRoot.querySelector(`.bm-angles [data-angle="${a}"]`)?.getAttribute("aria-pressed") === "true",
      angle,
    );
    const seen = await inShadow(page, (root) => ({
      load: root.querySelector(".bm-load")?.textContent ?? "",
      line: root.querySelector("svg.bm-figure--side .bm-head-load .bm-head-line")?.getAttribute("d") ?? null,
      label: root.querySelector("svg.bm-figure--side .bm-head-angle")?.textContent ?? null,
      pressed: [...root.querySelectorAll(".bm-angles [aria-pressed=true]")].map((b) => b.dataset.angle),
    }));
    assert.ok(seen.load.includes(`${lb} lb`), `${angle}°: "${seen.load}" says ${lb} lb`);
    assert.ok(seen.load.includes(`${kg} kg`) && seen.load.includes(`${angle}°`), seen.load);
    assert.ok(seen.line, `${angle}°: the side view shows the head line`);
    assert.equal(seen.label, `${angle}°`);
    assert.deepEqual(seen.pressed, [String(angle)]);
    lines.add(seen.line);
  }
  assert.equal(lines.size, posture.head_loads.length, "the head line moves with the angle");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "topic-posture-forward-head-60-desktop");
  assert.deepEqual(problems, []);
  await context.close();
});

const topicShown = (page, id) =>
  page.waitForFunction((id) => document.querySelector("body-map").shadowRoot.querySelector("article.bm-topic")?.dataset.topic === id, id);

/** The focused element in the shadow root and the search field's text. */
const searchFocus = (page) =>
  inShadow(page, (root) => ({
    focused: root.activeElement?.className ?? null,
    value: root.querySelector(".bm-search-input")?.value ?? null,
  }));

test("desktop: keyboard shortcuts f/b/s switch views, / focuses the search, typing there is not a shortcut", async () => {
  const { context, page, problems } = await open("desktop");
  await focusWidget(page);
  for (const [key, view] of [["b", "back"], ["s", "side"], ["f", "front"], ["B", "back"]]) {
    await page.keyboard.press(key);
    await waitInShadow(page, `svg.bm-figure--${view}`);
    assert.equal((await state(page)).view, view, `${key} shows the ${view} view`);
  }
  await page.keyboard.press("/");
  await page.waitForTimeout(50);
  assert.deepEqual(await searchFocus(page), { focused: "bm-search-input", value: "" }, '"/" focuses the search field, and is not typed');
  await page.keyboard.type("sb");
  assert.equal((await searchFocus(page)).value, "sb");
  assert.equal((await state(page)).view, "back", "letters typed in the search do not switch views");
  assert.deepEqual(problems, []);
  await context.close();
});

test("desktop: keyboard shortcuts n/p step through the topics; / from a topic goes to the search", async () => {
  const { context, page, problems } = await open("desktop");
  await focusWidget(page);
  await page.keyboard.press("n");
  await topicShown(page, topics[0].id);
  await page.keyboard.press("n");
  await topicShown(page, topics[1].id);
  await page.keyboard.press("n");
  await topicShown(page, topics[2].id);
  await page.keyboard.press("p");
  await topicShown(page, topics[1].id);
  assert.equal(await inShadow(page, (root) => root.querySelector(".bm-tab[aria-pressed=true]").textContent), "Topics");
  await page.keyboard.press("/");
  await waitInShadow(page, ".bm-search-input");
  await page.waitForTimeout(50);
  assert.deepEqual(await searchFocus(page), { focused: "bm-search-input", value: "" }, '"/" pressed while reading a topic focuses the search field');
  assert.deepEqual(problems, []);
  await context.close();
});

test("desktop: ? opens the shortcuts help, Escape closes it; larger type by button and by L", async () => {
  const { context, page, problems } = await open("desktop");
  // "?" opens the help listing the shortcuts; Escape closes it.
  await focusWidget(page);
  await page.keyboard.press("?");
  await waitInShadow(page, ".bm-help");
  const help = await inShadow(page, (root) => {
    const el = root.querySelector(".bm-help");
    const r = el.getBoundingClientRect();
    return {
      role: el.getAttribute("role"),
      visible: r.width > 0 && r.height > 0,
      keys: [...el.querySelectorAll("kbd")].map((k) => k.textContent),
      text: el.textContent,
    };
  });
  assert.equal(help.role, "dialog");
  assert.ok(help.visible);
  for (const k of ["F", "B", "S", "/", "?", "Esc", "L"]) assert.ok(help.keys.some((t) => t.includes(k)), `the help lists ${k}`);
  assert.ok(help.keys.some((t) => t.includes("N")) && help.keys.some((t) => t.includes("P")), "the help lists n and p");
  for (const words of ["Front view", "Back view", "Side view", "Next topic", "Previous topic", "Search the muscles"]) {
    assert.ok(help.text.includes(words), `the help says "${words}"`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "explore-help-desktop");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("body-map").shadowRoot.querySelector(".bm-help"));

  // Larger type: the button and the L key.
  const size = () => inShadow(page, (root) => parseFloat(getComputedStyle(root.querySelector(".bm-title")).fontSize));
  const normal = await size();
  await inShadow(page, (root) => [...root.querySelectorAll(".bm-actions .bm-button")].find((b) => b.textContent === "Larger type").click());
  await waitInShadow(page, ".bm.bm--large");
  const large = await size();
  assert.ok(large > normal * 1.15, `larger type: ${normal}px -> ${large}px`);
  assert.equal(
    await inShadow(page, (root) => [...root.querySelectorAll(".bm-actions .bm-button")].find((b) => b.textContent.includes("Larger type")).getAttribute("aria-pressed")),
    "true",
  );
  await focusWidget(page);
  await page.keyboard.press("l");
  await page.waitForFunction(() => !document.querySelector("body-map").shadowRoot.querySelector(".bm--large"));
  assert.equal(await size(), normal);
  assert.deepEqual(problems, []);
  await context.close();
});

test("tablet: changing mode, view and muscle on a live element updates it", async () => {
  const { context, page, problems } = await open("tablet");
  const set = (name, value) => page.evaluate(([n, v]) => document.querySelector("body-map").setAttribute(n, v), [name, value]);
  await set("view", "back");
  await waitInShadow(page, "svg.bm-figure--back");
  await set("muscle", "rhomboids");
  await waitInShadow(page, 'article.bm-muscle[data-muscle="rhomboids"]');
  assert.ok((await trigger(page, "rhomboids")) > 0, "the rhomboids' trigger points are drawn");
  assert.equal((await state(page)).muscle, "rhomboids");
  await set("view", "side");
  await waitInShadow(page, "svg.bm-figure--side");
  await set("mode", "patient");
  await waitInShadow(page, ".bm.bm--patient");
  const patient = await inShadow(page, (root) => ({
    title: root.querySelector(".bm-title").textContent,
    views: [...root.querySelectorAll(".bm-view")].map((b) => b.textContent),
    tabs: root.querySelectorAll(".bm-tab").length,
    layers: root.querySelectorAll(".bm-layers").length,
  }));
  assert.equal(patient.title, "Where does it hurt?");
  assert.equal(patient.tabs, 0);
  assert.equal(patient.layers, 0);
  assert.deepEqual(patient.views, ["Front", "Back"]);
  // Patient mode has no side view: the figure is one the patient can mark.
  await set("view", "front");
  await waitInShadow(page, 'svg.bm-figure--front [data-region="temple-left"]');
  await set("mode", "explore");
  await waitInShadow(page, ".bm.bm--explore .bm-layers");
  assert.equal((await state(page)).muscle, "rhomboids", "the open muscle stays open across mode changes");
  assert.equal(await inShadow(page, (root) => root.querySelectorAll("[data-region]").length), 0, "explore mode hides the pain areas");
  await set("view", "back");
  await set("muscle", "piriformis");
  await waitInShadow(page, 'article.bm-muscle[data-muscle="piriformis"]');
  assert.ok((await trigger(page, "piriformis")) > 0, "the piriformis trigger points are drawn");
  assert.equal(await trigger(page, "rhomboids"), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
