// Accessibility audits with axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practice) on the
// widget's states, and a keyboard-only pass through the patient flow.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, ready, shot, useBrowser } from "../browser.mjs";

const env = useBrowser();

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function audit(page, label) {
  const result = await new AxeBuilder({ page }).include("body-map").withTags(TAGS).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`,
  );
  assert.deepEqual(summary, [], `${label}: axe violations`);
}

function shadowClick(page, selector) {
  return page.evaluate(
    (sel) =>
      document
        .querySelector("body-map")
        .shadowRoot.querySelector(sel)
        .dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true })),
    selector,
  );
}

test("axe: patient front, back with a selection, a muscle open, the safety panel", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await audit(page, "patient front");
  await page.evaluate(() => document.querySelector("body-map").setAttribute("view", "back"));
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector('[data-region="neck-angle-left"]'));
  await shadowClick(page, '[data-region="neck-angle-left"]');
  await shadowClick(page, '[data-region="scapula-medial-border-left"]');
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-ranking"));
  await audit(page, "patient back with a selection");
  await shadowClick(page, '.bm-ranking [data-muscle="levator_scapulae"]');
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector("article.bm-muscle"));
  await audit(page, "a muscle open");
  await shadowClick(page, ".bm-button--safety");
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-safety"));
  await audit(page, "the safety panel");
  assert.deepEqual(problems, []);
  await context.close();
});

test("axe: explore mode with a topic shown on the body", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await page.evaluate(() => document.querySelector("body-map").setAttribute("mode", "explore"));
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-tabs"));
  await page.evaluate(() => {
    const root = document.querySelector("body-map").shadowRoot;
    [...root.querySelectorAll(".bm-tab")].find((b) => b.textContent.includes("Topics")).click();
  });
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-topic"));
  await shadowClick(page, ".bm-show");
  await audit(page, "explore with a topic");
  await shadowClick(page, '.bm-tab');
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-muscle-list"));
  await audit(page, "explore muscle list");
  assert.deepEqual(problems, []);
  await context.close();
});

test("axe: phone viewport and Spanish", async () => {
  const { context, page, problems } = await openPage(env.browser, "phone");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await audit(page, "phone");
  await page.evaluate(() => document.querySelector("body-map").setAttribute("lang", "es"));
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm[lang=es]"));
  await audit(page, "lang=es");
  await shot(page, "front-phone-es");
  assert.deepEqual(problems, []);
  await context.close();
});

test("forced colours keep the selection and the focus visible; reduced motion is honoured", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop", { forcedColors: "active", reducedMotion: "reduce" });
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await page.evaluate(() => document.querySelector("body-map").setAttribute("regions", "chest-left,temple-right"));
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelectorAll('[aria-checked="true"]').length === 2);
  const styles = await page.evaluate(() => {
    const root = document.querySelector("body-map").shadowRoot;
    const selected = getComputedStyle(root.querySelector('[aria-checked="true"]'));
    const plain = getComputedStyle(root.querySelector('[aria-checked="false"]'));
    return { selectedStroke: selected.stroke, plainStroke: plain.stroke, selectedWidth: selected.strokeWidth };
  });
  assert.notEqual(styles.selectedStroke, styles.plainStroke, "a selected area is outlined in a system colour");
  assert.equal(styles.selectedWidth, "3px");
  await page.keyboard.press("Tab");
  await shot(page, "forced-colors-desktop");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Spanish: the whole widget speaks Spanish, with the right lang", async () => {
  const { context, page, problems } = await openPage(env.browser, "tablet");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  await page.evaluate(() => {
    const el = document.querySelector("body-map");
    el.setAttribute("lang", "es");
    el.setAttribute("view", "back");
    el.setAttribute("regions", "neck-angle-left,low-back-right");
  });
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm[lang=es] .bm-ranking"));
  const texts = await page.evaluate(() => {
    const root = document.querySelector("body-map").shadowRoot;
    return {
      title: root.querySelector(".bm-title").textContent,
      heading: root.querySelector(".bm-results .bm-heading").textContent,
      region: root.querySelector('[data-region="neck-angle-left"]').getAttribute("aria-label"),
    };
  });
  assert.equal(texts.title, "¿Dónde le duele?");
  assert.match(texts.heading, /Músculos/);
  assert.match(texts.region, /izquierd/);
  await shot(page, "back-tablet-es");
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard only: reach the figure, move, select two areas, open a muscle, safety, clear", async () => {
  const { context, page, problems } = await openPage(env.browser, "desktop");
  await page.goto(`${env.server.url}/test/plain.html`);
  await ready(page);
  const active = () =>
    page.evaluate(() => document.querySelector("body-map").shadowRoot.activeElement?.getAttribute("data-region") ?? null);
  // Tab until a region has focus: one tab stop into the figure.
  for (let i = 0; i < 15 && !(await active()); i++) await page.keyboard.press("Tab");
  const first = await active();
  assert.ok(first, "a region has focus");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  const second = await active();
  assert.notEqual(second, first, "an arrow key moves to another region");
  await page.keyboard.press("Enter");
  // The widget renders the second mark on its next tick: wait for it before reading the marks.
  await page
    .waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelectorAll('[aria-checked="true"]').length >= 2, null, {
      timeout: 2000,
    })
    .catch(() => {});
  const marked = await page.evaluate(() =>
    [...document.querySelector("body-map").shadowRoot.querySelectorAll('[aria-checked="true"]')].map((e) => e.dataset.region),
  );
  assert.deepEqual(marked.sort(), [first, second].sort());
  // The ranking is reachable by Tab; Enter opens the first muscle.
  for (let i = 0; i < 30 && !(await page.evaluate(() => !!document.querySelector("body-map").shadowRoot.activeElement?.closest?.(".bm-ranking"))); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector("article.bm-muscle"));
  assert.equal(await page.evaluate(() => document.querySelector("body-map").shadowRoot.activeElement?.tagName), "H3", "focus moves to the muscle");
  assert.ok(await page.evaluate(() => document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-tp").length > 0), "trigger points shown");
  // Back to the answer, then the safety panel, then clear: all by keyboard.
  const focused = () => page.evaluate(() => document.querySelector("body-map").shadowRoot.activeElement?.textContent ?? "");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-ranking"));
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 40 && !(await focused()).includes("When to see a doctor"); i++) await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-safety"));
  for (let i = 0; i < 40 && (await focused()) !== "Clear"; i++) await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "Clear");
  await page.keyboard.press("Enter");
  const left = await page.evaluate(() => document.querySelector("body-map").shadowRoot.querySelectorAll('[aria-checked="true"]').length);
  assert.equal(left, 0, "clear unmarks every area");
  assert.deepEqual(problems, []);
  await context.close();
});
