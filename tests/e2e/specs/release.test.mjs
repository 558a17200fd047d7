// The release as clinics and developers install it (`make release` output in dist/release/):
// the npm tarball in a Vite app, Node and TypeScript; the CDN snippet on a clinic page of another
// origin under a strict CSP, pinned by integrity; the same inside a site builder's sandboxed iframe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { launch, openPage, ready, recordEvents, shot, tapRegion, inShadow, waitInShadow } from "../browser.mjs";
import { startServer } from "../server.mjs";

const run = promisify(execFile);
const here = fileURLToPath(new URL("..", import.meta.url));
const repo = join(here, "../..");
const release = join(repo, "dist/release");
const bin = (name) => join(here, "node_modules/.bin", name);

const pkg = JSON.parse(await readFile(join(release, "package/package.json"), "utf8"));
const cargo = (await readFile(join(repo, "Cargo.toml"), "utf8")).match(/^version\s*=\s*"([^"]+)"/m)[1];
const tarball = join(release, (await readdir(release)).find((f) => f.endsWith(".tgz")));
const snippet = await readFile(join(release, "snippet.html"), "utf8");

let browser;
let work;
before(async () => {
  browser = await launch();
  // Inside tests/e2e, so the apps find the test tools (vite, @types/react) as a project would
  // find its own; the package itself only in the app's node_modules.
  await mkdir(join(here, ".work"), { recursive: true });
  work = await mkdtemp(join(here, ".work/release-"));
});
after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A project that installed the tarball with npm, as a developer would. */
async function project(name, files) {
  const dir = join(work, name);
  await cp(join(here, "apps", name), dir, { recursive: true });
  for (const [file, text] of Object.entries(files ?? {})) await writeFile(join(dir, file), text);
  await run("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: dir });
  return dir;
}

test("package.json: version from Cargo.toml, the fields bundlers and CDNs read", () => {
  assert.equal(pkg.version, cargo, "one source of the version");
  assert.equal(pkg.type, "module");
  for (const field of ["exports", "files", "types", "customElements", "jsdelivr", "unpkg", "sideEffects", "license"]) {
    assert.ok(pkg[field], `package.json has ${field}`);
  }
  for (const sub of [".", "./body-map-core_bg.wasm", "./body-map.css", "./body-map-es.json", "./custom-elements.json"]) {
    assert.ok(pkg.exports[sub], `exports ${sub}`);
  }
  assert.match(snippet, new RegExp(`/${pkg.name.replace("/", "\\/")}@${pkg.version}/body-map\\.js" integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"`));
});

test("custom-elements.json lists the attributes, events, CSS properties and parts", async () => {
  const cem = JSON.parse(await readFile(join(release, "package", pkg.customElements), "utf8"));
  assert.match(cem.schemaVersion, /^2\./);
  const element = cem.modules.flatMap((m) => m.declarations).find((d) => d.customElement);
  assert.equal(element.tagName, "body-map");
  const names = (list) => list.map((x) => x.name);
  assert.ok(names(element.attributes).includes("booking-target"));
  assert.deepEqual(names(element.events), ["body-map-change", "body-map-muscle"]);
  assert.ok(names(element.cssProperties).includes("--body-map-accent"));
  assert.deepEqual(names(element.cssParts).sort(), ["book", "figure", "toolbar"]);
  const css = await readFile(join(release, "package/body-map.css"), "utf8");
  for (const p of element.cssProperties) assert.ok(css.includes(`var(${p.name},`), `${p.name} is read by the stylesheet`);
});

test("Node imports the installed package without a DOM; TypeScript checks it strictly", async () => {
  const dir = await project("types");
  const { stdout } = await run(
    "node",
    ["-e", `import("${pkg.name}").then((m) => console.log(JSON.stringify({ version: m.version, mount: typeof m.mount })))`],
    { cwd: dir },
  );
  assert.deepEqual(JSON.parse(stdout), { version: pkg.version, mount: "function" });
  // The types must be strict: a wrong attribute value fails to compile (the file says where).
  await run(bin("tsc"), ["-p", dir]);
  await writeFile(join(dir, "wrong.ts"), 'document.createElement("body-map").addEventListener("body-map-change", (e) => e.detail.muscles[0].nope);\n');
  const failed = await run(bin("tsc"), ["-p", dir]).then(() => "", (e) => e.stdout);
  assert.match(failed, /wrong\.ts.*'nope' does not exist/s, "a wrong detail field fails to type-check");
});

test("a Vite app installs the tarball, builds, and the built app answers a tap", async () => {
  const dir = await project("vite");
  await run(bin("vite"), ["build", "--logLevel", "warn"], { cwd: dir });
  const assets = await readdir(join(dir, "dist/assets"));
  for (const ext of [".wasm", ".css", ".json"]) assert.ok(assets.some((f) => f.endsWith(ext)), `vite emitted the ${ext} file: ${assets}`);
  const server = await startServer({ roots: { "/": join(dir, "dist") }, headers: () => ({}) });
  try {
    const { context, page, problems, requests } = await openPage(browser, "desktop");
    await page.goto(`${server.url}/`);
    await ready(page);
    assert.equal(await page.evaluate(() => window.bodyMapVersion), pkg.version, "the app reads the named export");
    await recordEvents(page);
    await tapRegion(page, "neck-front-left");
    await waitInShadow(page, ".bm-ranking [data-muscle]");
    assert.ok((await page.evaluate(() => window.bmEvents.at(-1)?.detail.muscles.length)) > 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], "no request leaves the app");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

/** The package on a loopback "CDN" at /<name>@<version>/, with CORS, from `folder`. */
function cdn(folder) {
  return startServer({
    roots: { [`/${pkg.name}@${pkg.version}/`]: folder },
    headers: () => ({ "access-control-allow-origin": "*" }),
  });
}

/** A clinic's site on its own origin: `/` holds the snippet, under the strict CSP for `cdnUrl`. */
async function clinic(cdnUrl, pages) {
  const dir = await mkdtemp(join(work, "clinic-"));
  for (const [name, html] of Object.entries(pages)) await writeFile(join(dir, name), html);
  const csp = `default-src 'none'; script-src ${cdnUrl} 'wasm-unsafe-eval'; style-src ${cdnUrl}; connect-src ${cdnUrl}; frame-src 'self'; img-src data:`;
  return startServer({ roots: { "/": dir }, headers: () => ({ "content-security-policy": csp }) });
}

/** The release snippet with the public CDN's address replaced by the loopback one. */
function pasted(cdnUrl, attributes = "") {
  const [script, element] = snippet.trim().split("\n");
  return `${script.replace(/https:\/\/[^/]+\/npm/, cdnUrl)}\n${element.replace("<body-map ", `<body-map ${attributes} `)}`;
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
}

test("CDN snippet on another origin under a strict CSP: pinned, drawn, answers; a changed wasm is refused", async () => {
  const good = await cdn(join(release, "package"));
  const tamperedDir = join(work, "tampered");
  await cp(join(release, "package"), tamperedDir, { recursive: true });
  const wasmFile = join(tamperedDir, "body-map-core_bg.wasm");
  const bytes = await readFile(wasmFile);
  bytes[bytes.length - 1] ^= 1;
  await writeFile(wasmFile, bytes);
  const bad = await cdn(tamperedDir);
  const site = await clinic(good.url, { "index.html": page("Clinic", pasted(good.url)) });
  const badSite = await clinic(bad.url, { "index.html": page("Clinic", pasted(bad.url)) });
  try {
    const { context, page: tab, problems, requests } = await openPage(browser, "phone");
    const violations = [];
    tab.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
    await tab.goto(`${site.url}/`);
    await ready(tab);
    assert.equal(await tab.evaluate(() => customElements.get("body-map").version), pkg.version);
    await tapRegion(tab, "neck-front-left", { touch: true });
    await waitInShadow(tab, ".bm-ranking [data-muscle]");
    await shot(tab, "release-cdn-phone");
    assert.deepEqual(problems, [], "no console error");
    assert.deepEqual(violations, []);
    const origins = new Set(requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].sort(), [good.url, site.url].sort(), "only the clinic page and the CDN");
    await context.close();

    const refused = await openPage(browser, "desktop");
    await refused.page.goto(`${badSite.url}/`);
    await refused.page.waitForFunction(() => document.querySelector("body-map").shadowRoot?.querySelector('[role="alert"]'));
    const message = await inShadow(refused.page, (root) => root.querySelector('[role="alert"]').textContent);
    assert.match(message, /could not start/);
    assert.equal(await inShadow(refused.page, (root) => root.querySelector("svg")), null, "nothing of the widget runs");
    assert.ok(
      refused.problems.some((p) => p.includes("body-map-core_bg.wasm was refused") && p.includes("integrity")),
      `a clear console error: ${refused.problems.join(" | ")}`,
    );
    await refused.context.close();
  } finally {
    await Promise.all([good.close(), bad.close(), site.close(), badSite.close()]);
  }
});

test("the CDN snippet in a sandboxed iframe (opaque origin): works, remembers nothing, books in a new tab", async () => {
  const good = await cdn(join(release, "package"));
  const inner = page("Embed", pasted(good.url, 'remember booking-target="_blank"').replace('booking-url="/book"', 'booking-url="https://clinic.invalid/book"'));
  const site = await clinic(good.url, {
    "index.html": page("Site builder", '<iframe src="/frame.html" sandbox="allow-scripts allow-popups" title="Body Map" width="400" height="900"></iframe>'),
    "frame.html": inner,
  });
  try {
    const { context, page: tab, problems } = await openPage(browser, "desktop");
    await context.route("https://clinic.invalid/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "booked" }));
    await tab.goto(`${site.url}/`);
    const frame = tab.frameLocator("iframe");
    const host = frame.locator("body-map");
    await host.locator("svg.bm-figure path.bm-outline").first().waitFor({ timeout: 20000 });
    assert.equal(await tab.frames()[1].evaluate(() => self.origin), "null", "the frame's origin is opaque");
    await host.locator('[data-region="neck-front-left"]').click();
    await host.locator(".bm-ranking [data-muscle]").first().waitFor();
    const link = host.locator("a.bm-book").first();
    assert.equal(await link.getAttribute("target"), "_blank");
    const [popup] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await popup.waitForLoadState();
    assert.equal(popup.url(), "https://clinic.invalid/book");
    assert.deepEqual(problems, [], "no console error, storage refused quietly");
    await context.close();
  } finally {
    await Promise.all([good.close(), site.close()]);
  }
});
