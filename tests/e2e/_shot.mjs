import { launch, openPage, ready } from "./browser.mjs";
import { startServer } from "./server.mjs";
const server = await startServer();
const browser = await launch();
const { page } = await openPage(browser, "desktop");
await page.goto(`${server.url}/test/explore.html`);
await ready(page);
const layers = process.env.LAYERS ?? "spine,muscles,trigger-points,referral";
await page.evaluate((l) => document.querySelector("body-map").setAttribute("layers", l), layers);
for (const arg of process.argv.slice(2)) {
  const [view, muscle, fit] = arg.split(":");
  await page.evaluate(([v, m]) => { const el = document.querySelector("body-map"); el.setAttribute("view", v); if (m) el.setAttribute("muscle", m); else el.removeAttribute("muscle"); }, [view, muscle]);
  await page.waitForTimeout(300);
  if (fit) await page.evaluate(() => [...document.querySelector("body-map").shadowRoot.querySelectorAll(".bm-zoom button")].pop().click());
  await page.waitForTimeout(200);
  const fig = await page.evaluateHandle(() => document.querySelector("body-map").shadowRoot.querySelector(".bm-figure-wrap"));
  await fig.asElement().screenshot({ path: `/tmp/shot-${view}-${muscle || "none"}${fit ? "-fit" : ""}.png` });
}
await browser.close(); await server.close();
