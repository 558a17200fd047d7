// The benchmark of the release build (`make bench`): transfer sizes, navigation to an
// interactive figure (side by side with the peer, React 19 + react-body-highlighter, which it
// bundles first), tap-to-results time, and wasm memory after many interactions and across
// mount/destroy cycles, in headless Chromium on loopback. It reports; it never fails on a
// budget. Writes docs/benchmarks.md.
//
//   BENCH_RUNS=9 node bench.mjs     runs per browser measurement (at least 7; navigation at least 15)
//   BENCH_ONLY=mount node bench.mjs  only the mount/destroy cycles; prints, writes no report
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";
import { startServer } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "../..");
// The release files (`make release`), the same bytes a clinic installs.
const dist = join(repo, "dist/release/package");
const peerDir = join(here, "pages/bench/peer");
const report = join(repo, "docs/benchmarks.md");

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7) || 7);
/** Navigation is cheap to repeat and the noisiest measurement: it gets more runs. */
const NAV_RUNS = Math.max(RUNS, 15);
const ONLY = process.env.BENCH_ONLY ?? "";
const TAPS = 50;
const INTERACTIONS = 1000;
const CYCLES = 100;
const KB = 1024;
const MB = 1024 * 1024;
const WASM_PAGE = 64 * KB;
/**
 * Across mount/destroy cycles, "flat" means that from 50 to 100 cycles the wasm memory grows by
 * at most one page (memory grows in 64 KB pages; a widget that frees what it takes settles after
 * its first cycles and then does not grow at all).
 */
const FLAT_TOLERANCE = WASM_PAGE;
/** The peer's JavaScript as design.md states it (a Vite build); this run measures its own. */
const PEER_DESIGN_GZIP_JS = 72 * KB;
/** The peer's packages, whose installed versions the report names. */
const PEER_PACKAGES = ["react", "react-dom", "react-body-highlighter", "esbuild"];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest rank: the smallest value with at least q of the values at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (v) => quantile(v, 0.5);
const p95 = (v) => quantile(v, 0.95);
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / KB).toFixed(1)} KB` : "n/a");
const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / MB).toFixed(2)} MB` : "n/a");
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 0)} ms` : "n/a");
const mark = (ok) => (ok === null ? "❔" : ok ? "✅" : "❌");
const sleep = (t) => new Promise((ok) => setTimeout(ok, t));
/** When a navigation run's figure was both shown and answering a click: the later of the two. */
const interactiveFigure = (run) => Math.max(run.visible, run.interactive);

/** A plain-text table for the console. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, j) => {
      const line = r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
      return j === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

/** A Markdown table. */
function md(rows) {
  const [head, ...body] = rows;
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** Retries `fn` when a run meets a half-built dist/ (a 404 or a widget that never starts). */
async function retry(what, fn, attempts = 3) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      last = err;
      console.error(`  ${what}: attempt ${i} failed (${err.message.split("\n")[0]}); retrying`);
      await sleep(5000);
    }
  }
  throw last;
}

// ---------------------------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------------------------

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue; // Trunk's staging folder during a build
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (/\.(js|mjs|css|wasm)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Waits (up to 5 minutes) for a complete dist/release/package/ while a rebuild is under way. */
async function waitForDist() {
  const needed = ["body-map.js", "body-map-core_bg.wasm", "body-map.css"];
  for (let i = 0; i < 60; i++) {
    const present = await Promise.all(needed.map((f) => stat(join(dist, f)).then(() => true, () => false)));
    let staging = false;
    try {
      staging = (await readdir(dist)).some((n) => n.startsWith("."));
    } catch {
      staging = true;
    }
    if (present.every(Boolean) && !staging) return;
    if (i === 0) console.error("dist/release/package/ is incomplete (a build is running?); waiting");
    await sleep(5000);
  }
  throw new Error("dist/release/package/ is incomplete: run `make release` first");
}

/** Raw, gzip -9 and brotli 11 sizes of `body`. */
function compressed(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

async function sizes() {
  const files = await listFiles(dist);
  const rows = [];
  for (const path of files) {
    rows.push({
      file: relative(dist, path),
      kind: path.endsWith(".wasm") ? "wasm" : path.endsWith(".css") ? "css" : "js",
      ...compressed(await readFile(path)),
    });
  }
  const total = (k) => rows.reduce((s, r) => s + r[k], 0);
  const byKind = (kind, k) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r[k], 0);
  return {
    rows,
    total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") },
    js: { raw: byKind("js", "raw"), gzip: byKind("js", "gzip"), brotli: byKind("js", "brotli") },
    wasmFile: files.find((f) => f.endsWith(".wasm")),
    mtime: (await stat(files.find((f) => f.endsWith(".wasm")))).mtimeMs,
  };
}

/**
 * Bundles the peer (`pages/bench/peer/peer.jsx`) as a production build would: esbuild, minified,
 * `process.env.NODE_ENV` "production", one ES module in `pages/bench/peer/build/`, which the
 * test server serves at /test/bench/peer/build/. Resolves to its sizes and package versions.
 */
async function buildPeer() {
  const { build } = await import("esbuild");
  const outfile = join(peerDir, "build/peer.js");
  await build({
    entryPoints: [join(peerDir, "peer.jsx")],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const versions = {};
  for (const name of PEER_PACKAGES) {
    const manifest = join(here, "node_modules", name, "package.json");
    versions[name] = JSON.parse(await readFile(manifest, "utf8")).version;
  }
  return { file: relative(repo, outfile), ...compressed(await readFile(outfile)), versions };
}

/** The wasm module's sections by size (code, data, ...), read from the binary itself. */
async function wasmSections(path) {
  const bytes = await readFile(path);
  const names = ["custom", "type", "import", "function", "table", "memory", "global", "export",
    "start", "element", "code", "data", "data count", "tag"];
  const leb = (at) => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at.i++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const sections = new Map();
  const at = { i: 8 };
  while (at.i < bytes.length) {
    const id = bytes[at.i++];
    const size = leb(at);
    let name = names[id] ?? `section ${id}`;
    if (id === 0) {
      const start = at.i;
      const len = leb(at);
      name = `custom "${bytes.subarray(at.i, at.i + len).toString()}"`;
      at.i = start;
    }
    const body = bytes.subarray(at.i, at.i + size);
    const seen = sections.get(name) ?? { raw: 0, parts: [] };
    seen.raw += size;
    seen.parts.push(body);
    sections.set(name, seen);
    at.i += size;
  }
  return [...sections.entries()]
    .map(([name, { raw, parts }]) => [name, raw, gzipSync(Buffer.concat(parts), { level: 9 }).length])
    .sort((a, b) => b[1] - a[1]);
}

/**
 * Code by crate, from a copy of the release module optimised as the shipped one is (wasm-bindgen,
 * then wasm-opt -Oz) but keeping function names, so each byte is counted where it ships. Yew
 * inlines each component's view into its own generic code, so those bytes are this crate's views.
 * Falls back to the module before wasm-bindgen (larger, but named) when the tools are missing.
 */
function codeByCrate() {
  const built = join(repo, "target/wasm32-unknown-unknown/release/body_map.wasm");
  const dir = join(repo, "target/bench-named");
  let named = built;
  let optimised = false;
  const bindgen = spawnSync("wasm-bindgen", ["--target", "web", "--out-dir", dir, built], { encoding: "utf8" });
  if (!bindgen.error && bindgen.status === 0) {
    const out = join(dir, "named.wasm");
    const flags = ["-Oz", "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"];
    const opt = spawnSync("wasm-opt", [...flags, join(dir, "body_map_bg.wasm"), "-o", out], { encoding: "utf8" });
    if (!opt.error && opt.status === 0) {
      named = out;
      optimised = true;
    }
  }
  const run = spawnSync("twiggy", ["top", "-n", "1000000", "-f", "json", named], {
    encoding: "utf8",
    maxBuffer: 256 * MB,
  });
  if (run.error || run.status !== 0) return null;
  const groups = new Map();
  let total = 0;
  for (const { name, shallow_size: size } of JSON.parse(run.stdout)) {
    if (!name.includes("::") || /^(custom section|data segment|"|type\[|import |export |elem|table|global)/.test(name)) continue;
    const bare = name.replace(/^(?:<|&mut |&|\*const |\*mut |dyn |\()+/, "");
    const parts = bare.split("::").map((p) => p.replace(/\[[0-9a-f]+\]$/, ""));
    let group = parts[0].match(/^[A-Za-z_][A-Za-z0-9_]*/)?.[0] ?? "other";
    if (group === "body_map" && parts[1]) group = `body_map::${parts[1].match(/^[a-z_]+/)?.[0] ?? parts[1]}`;
    if (/^[A-Z]$/.test(group)) group = "(generic impls, <T as …>)";
    if (/CompStateInner<COMP>|FunctionProvider>::run/.test(name)) group = "body_map::ui (component views, inlined by Yew)";
    groups.set(group, (groups.get(group) ?? 0) + size);
    total += size;
  }
  return { total, optimised, rows: [...groups.entries()].sort((a, b) => b[1] - a[1]) };
}

/**
 * The content as the widget carries it: the tape of English texts that `build.rs` writes (it
 * sits in the wasm's data section), and the Spanish pack beside the wasm, fetched only when a
 * widget shows Spanish.
 */
async function contentSize() {
  const measure = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  const build = join(repo, "target/wasm32-unknown-unknown/release/build");
  const tapes = [];
  for (const dir of (await readdir(build).catch(() => [])).filter((d) => d.startsWith("body-map-core-"))) {
    const path = join(build, dir, "out/content.tape");
    const info = await stat(path).catch(() => null);
    if (info) tapes.push({ path, mtime: info.mtimeMs });
  }
  tapes.sort((a, b) => b.mtime - a.mtime);
  const tape = tapes.length ? measure(await readFile(tapes[0].path)) : null;
  const pack = await readFile(join(dist, "body-map-es.json")).then(measure, () => null);
  return { tape, pack };
}

function twiggyTop(path) {
  const run = spawnSync("twiggy", ["top", "-n", "15", path], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  return run.stdout.trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Browser measurements
// ---------------------------------------------------------------------------------------------

/**
 * A new page (own context: nothing cached) at `path`, its problems recorded in `problems`. With
 * `until`, it resolves once the page has written that console line, which it waits for without
 * running anything in the page.
 */
async function freshPage(browser, server, path, problems, until = null) {
  const opened = await openPage(browser, "desktop");
  const said = until
    ? opened.page.waitForEvent("console", { predicate: (msg) => msg.text() === until, timeout: 20000 })
    : null;
  // Awaited below; a failed navigation must not leave it rejecting unheard.
  said?.catch(() => {});
  try {
    const response = await opened.page.goto(`${server.url}${path}`);
    if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response && response.status()}`);
    await said;
  } catch (error) {
    await opened.context.close();
    throw error;
  }
  opened.page.on("close", () => problems.push(...opened.problems.map((p) => `${path}: ${p}`)));
  return opened;
}

async function waitReady(page) {
  await page.waitForFunction(
    () => {
      const root = document.querySelector("body-map")?.shadowRoot;
      const wrap = root?.querySelector(".bm-root");
      return !!(wrap && !wrap.hidden && root.querySelector("[data-region]"));
    },
    null,
    { timeout: 20000 },
  );
}

/** The console line with which a navigation page says its marks are set. */
const NAV_DONE = "bench: navigation marked";

/** The pages of the navigation measurement: where the marks are and what the figure needs last. */
const NAV_PAGES = {
  ours: { path: "/test/bench/nav.html", marks: "__bmNav", resource: ".wasm" },
  peer: { path: "/test/bench/peer/peer.html", marks: "__peerNav", resource: "/peer.js" },
};

/** One navigation to `page` of NAV_PAGES: its marks, DOMContentLoaded, load and `resource` loaded. */
async function navigateOnce(browser, server, problems, { path, marks, resource }) {
  return retry(`navigation ${path}`, async () => {
    // The page says when its marks are set (a console line), so nothing of the benchmark runs
    // in the page until then: an evaluation while the page loads would compile and run the
    // driver's own script on the main thread being measured.
    const { context, page } = await freshPage(browser, server, path, problems, NAV_DONE);
    try {
      return await page.evaluate(
        ({ marks, resource }) => {
          const nav = performance.getEntriesByType("navigation")[0];
          const main = performance.getEntriesByType("resource").find((r) => r.name.endsWith(resource));
          return {
            ...window[marks],
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            loaded: main ? main.responseEnd : null,
          };
        },
        { marks, resource },
      );
    } finally {
      await context.close();
    }
  });
}

/**
 * Navigation runs of Body Map and, when `peer` is set, of the peer, interleaved so both see the
 * same machine load; which of the two goes first alternates from run to run. A peer that fails
 * is dropped (its error kept in `peerError`) without losing Body Map's runs.
 */
async function navigation(browser, server, problems, peer) {
  const ours = [];
  const theirs = [];
  let peerError = null;
  for (let i = 0; i < NAV_RUNS; i++) {
    const order = i % 2 === 0 ? ["ours", "peer"] : ["peer", "ours"];
    for (const which of order) {
      if (which === "ours") {
        ours.push(await navigateOnce(browser, server, problems, NAV_PAGES.ours));
      } else if (peer && peerError === null) {
        try {
          theirs.push(await navigateOnce(browser, server, problems, NAV_PAGES.peer));
        } catch (err) {
          peerError = err.message.split("\n")[0];
        }
      }
    }
  }
  return { ours, peer: peerError === null && theirs.length ? theirs : null, peerError };
}

/** Regions of the front view that some muscle refers pain to, from content/regions.json. */
async function frontRegions() {
  const { regions } = JSON.parse(await readFile(join(repo, "content/regions.json"), "utf8"));
  return regions.filter((r) => r.view === "front" && r.in_scope).map((r) => r.id);
}

async function taps(browser, server, problems, ids) {
  const all = [];
  const perRun = [];
  const wrong = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await retry("taps", async () => {
      const { context, page } = await freshPage(browser, server, "/test/bench/widget.html", problems);
      try {
        await waitReady(page);
        return await page.evaluate(
          async ({ ids, taps, seed }) => {
            const host = document.querySelector("body-map");
            const root = host.shadowRoot;
            const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
            // Half the regions on, then off again in another order: every tap changes the answer.
            let s = seed >>> 0;
            const rand = () => {
              s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
              return s / 4294967296;
            };
            const on = ids.slice(0, taps / 2);
            const off = [...on].sort(() => rand() - 0.5);
            const order = [...on, ...off];
            const times = [];
            const wrong = [];
            for (const id of order) {
              const el = root.querySelector(`[data-region="${id}"]`);
              if (!el) {
                wrong.push(`${id}: not drawn`);
                continue;
              }
              await frame();
              const before = el.getAttribute("aria-checked");
              let last = null;
              // Every DOM change until the next frame; the last one is when the results are done.
              const observer = new MutationObserver(() => {
                last = performance.now();
              });
              observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
              const t0 = performance.now();
              el.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
              await frame();
              observer.disconnect();
              if (last === null) {
                wrong.push(`${id}: no DOM change`);
                continue;
              }
              times.push(last - t0);
              // The answer must be the right one: the region flipped and the list is the ranking.
              await new Promise((ok) => setTimeout(ok, 0));
              const listed = [...root.querySelectorAll(".bm-ranking [data-muscle]")].map((b) => b.dataset.muscle);
              const ranked = host.state.muscles.map((m) => m.id);
              if (el.getAttribute("aria-checked") === before) wrong.push(`${id}: aria-checked did not change`);
              if (listed.join() !== ranked.join()) wrong.push(`${id}: list ${listed} is not the ranking ${ranked}`);
            }
            return { times, wrong };
          },
          { ids, taps: TAPS, seed: 1000 + i },
        );
      } finally {
        await context.close();
      }
    });
    all.push(...result.times);
    perRun.push(median(result.times));
    wrong.push(...result.wrong);
  }
  return { all, perRun, wrong };
}

/** Wasm memory in bytes (the hooked instance's memory), and the JS heap after a full GC. */
async function memoryOf(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__bmWasmBytes());
  let uaSpecific = null;
  try {
    uaSpecific = await page.evaluate(async () =>
      typeof performance.measureUserAgentSpecificMemory === "function" && self.crossOriginIsolated
        ? (await performance.measureUserAgentSpecificMemory()).bytes
        : null,
    );
  } catch {
    uaSpecific = null;
  }
  return { wasm, heap: heap.usedSize, uaSpecific };
}

async function interactions(browser, server, problems) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(
      await retry("interactions", async () => {
        const { context, page } = await freshPage(browser, server, "/test/bench/widget.html", problems);
        try {
          await waitReady(page);
          const cdp = await context.newCDPSession(page);
          const before = await memoryOf(page, cdp);
          const done = await page.evaluate(
            async ({ count, seed }) => {
              const host = document.querySelector("body-map");
              const root = host.shadowRoot;
              let s = seed >>> 0;
              const rand = () => {
                // mulberry32
                s = (s + 0x6d2b79f5) >>> 0;
                let t = s;
                t = Math.imul(t ^ (t >>> 15), t | 1);
                t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
                return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
              };
              const pick = (list) => list[Math.floor(rand() * list.length)];
              const channel = new MessageChannel();
              const yieldNow = () =>
                new Promise((ok) => {
                  channel.port1.onmessage = () => ok();
                  channel.port2.postMessage(0);
                });
              const click = (el) =>
                el && el.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
              const muscles = ["levator_scapulae", "upper_trapezius", "scalenes", "quadratus_lumborum",
                "piriformis", "suboccipitals", "rhomboids", "gluteus_medius"];
              const counts = {};
              for (let n = 0; n < count; n++) {
                const r = rand();
                let kind;
                if (r < 0.5) {
                  kind = "toggle";
                  click(pick([...root.querySelectorAll("[data-region]")]));
                } else if (r < 0.65) {
                  kind = "view";
                  click(pick([...root.querySelectorAll(".bm-view")]));
                } else if (r < 0.8) {
                  kind = "open";
                  const listed = [...root.querySelectorAll(".bm-ranking [data-muscle]")];
                  if (listed.length && rand() < 0.7) click(pick(listed));
                  else host.setAttribute("muscle", pick(muscles));
                } else if (r < 0.9) {
                  kind = "close";
                  const back = root.querySelector(".bm-back");
                  if (back && rand() < 0.5) click(back);
                  else
                    root.querySelector(".bm")?.dispatchEvent(
                      new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }),
                    );
                } else {
                  kind = "attribute";
                  if (rand() < 0.5) host.setAttribute("view", pick(["front", "back"]));
                  else host.setAttribute("regions", [pick(["neck-angle-left", "temple-right", "low-back-left"]),
                    pick(["scapula-left", "sternum", "chest-right"])].join(","));
                }
                counts[kind] = (counts[kind] ?? 0) + 1;
                await yieldNow();
              }
              await new Promise((ok) => setTimeout(ok, 50));
              return counts;
            },
            { count: INTERACTIONS, seed: 42 + i },
          );
          const after = await memoryOf(page, cdp);
          return { before, after, done };
        } finally {
          await context.close();
        }
      }),
    );
  }
  return runs;
}

async function mountCycles(browser, server, problems) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(
      await retry("mount/destroy", async () => {
        const { context, page } = await freshPage(browser, server, "/test/bench/mount.html", problems);
        try {
          await page.waitForFunction(() => window.bmReady === true, null, { timeout: 20000 });
          const cdp = await context.newCDPSession(page);
          const cycle = (n) =>
            page.evaluate(
              async ({ n, offset }) => {
                const slot = document.getElementById("slot");
                const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
                for (let k = 0; k < n; k++) {
                  const el = document.createElement("div");
                  slot.append(el);
                  const view = (offset + k) % 2 ? "back" : "front";
                  const handle = window.bmMount(el, {
                    view,
                    regions: view === "back" ? ["neck-angle-left", "scapula-left"] : ["temple-left"],
                    muscle: (offset + k) % 3 ? null : "levator_scapulae",
                  });
                  // The first mount of a page also loads the wasm.
                  await handle.ready;
                  await frame();
                  const region = el.shadowRoot.querySelector("[data-region]");
                  region?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
                  handle.update({ lang: (offset + k) % 2 ? "es" : "en" });
                  await frame();
                  if (!handle.state() || !Array.isArray(handle.state().regions)) throw new Error("no state()");
                  handle.destroy();
                  el.remove();
                }
                await frame();
              },
              { n, offset: 0 },
            );
          // One mount first, so the "before" point includes what every widget shares (the
          // parsed content, the stylesheet); then 50 and 50 more cycles.
          await cycle(1);
          const before = await memoryOf(page, cdp);
          await cycle(CYCLES / 2);
          const half = await memoryOf(page, cdp);
          await cycle(CYCLES / 2);
          const full = await memoryOf(page, cdp);
          return { before, half, full };
        } finally {
          await context.close();
        }
      }),
    );
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------------------------

async function machine(browser) {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const info = await readFile("/proc/cpuinfo", "utf8");
    cpu = info.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() is good enough
  }
  let distro = "";
  try {
    distro = (await readFile("/etc/os-release", "utf8")).match(/^PRETTY_NAME="?([^"\n]+)"?$/m)?.[1] ?? "";
  } catch {
    distro = "";
  }
  return {
    os: `${distro ? `${distro}, ` : ""}${os.type()} ${os.release()} (${os.arch()})`,
    cpu,
    cores: os.cpus().length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(", "),
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, " UTC").replace("T", " "),
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function measure() {
  await waitForDist();
  const size = await sizes();
  const errors = {};
  let peer = null;
  try {
    peer = await buildPeer();
  } catch (err) {
    errors["the peer's bundle"] = err.message.split("\n")[0];
    console.error(`  the peer's bundle failed: ${errors["the peer's bundle"]}`);
  }
  const server = await startServer();
  const browser = await launch();
  const problems = [];
  const attempt = async (name, fn) => {
    if (ONLY && !name.startsWith(ONLY)) return null;
    console.error(`measuring ${name} ...`);
    try {
      return await fn();
    } catch (err) {
      errors[name] = err.message.split("\n")[0];
      console.error(`  ${name} failed: ${errors[name]}`);
      return null;
    }
  };
  try {
    const host = await machine(browser);
    const navs = await attempt("navigation", () => navigation(browser, server, problems, peer));
    const nav = navs?.ours ?? null;
    const peerNav = navs?.peer ?? null;
    if (navs?.peerError) errors["the peer's navigation"] = navs.peerError;
    const tap = await attempt("taps", async () => taps(browser, server, problems, await frontRegions()));
    const inter = await attempt("interactions", () => interactions(browser, server, problems));
    const cycles = await attempt("mount/destroy", () => mountCycles(browser, server, problems));
    const after = await stat(size.wasmFile).then((s) => s.mtimeMs, () => NaN);
    return { size, peer, host, nav, peerNav, tap, inter, cycles, problems, errors, changed: after !== size.mtime };
  } finally {
    await browser.close();
    await server.close();
  }
}

function summarise(r) {
  const s = r.size;
  const budgets = [];
  const transferOk = s.total.gzip <= 120 * KB;
  budgets.push([
    "transfer: wasm + JS + CSS, gzip",
    "≤ 120 KB (stretch ≤ 90 KB)",
    `${kb(s.total.gzip)} (brotli ${kb(s.total.brotli)})`,
    `${mark(transferOk)}${transferOk ? (s.total.gzip <= 90 * KB ? " stretch met" : " stretch missed") : ""}`,
  ]);
  const navMedian = r.nav ? median(r.nav.map(interactiveFigure)) : NaN;
  const peerMedian = r.peerNav ? median(r.peerNav.map(interactiveFigure)) : NaN;
  const navOk = Number.isFinite(navMedian) && Number.isFinite(peerMedian) ? navMedian <= peerMedian : null;
  budgets.push([
    "navigation to interactive figure, loopback, headless Chromium",
    "≤ the peer's, same run",
    `${ms(navMedian)} median, the peer ${ms(peerMedian)}`,
    navOk === null
      ? `${mark(null)} the peer was not measured in this run`
      : `${mark(navOk)} ${(navMedian / peerMedian).toFixed(2)}× the peer's`,
  ]);
  const tapMedian = r.tap ? median(r.tap.all) : NaN;
  budgets.push([
    "tap on a region to ranked results in the DOM",
    "median ≤ 8 ms",
    `${ms(tapMedian)} median, ${ms(r.tap ? p95(r.tap.all) : NaN)} p95`,
    mark(Number.isFinite(tapMedian) ? tapMedian <= 8 : null),
  ]);
  const memAfter = r.inter ? median(r.inter.map((x) => x.after.wasm)) : NaN;
  budgets.push([
    "wasm memory after 1,000 interactions",
    "≤ 8 MB",
    `${mb(memAfter)} median`,
    mark(Number.isFinite(memAfter) ? memAfter <= 8 * MB : null),
  ]);
  const growth = r.cycles ? r.cycles.map((c) => c.full.wasm - c.half.wasm) : [];
  const flat = growth.length ? Math.max(...growth) <= FLAT_TOLERANCE : null;
  budgets.push([
    "wasm memory flat across 100 mount/destroy cycles",
    `flat (50 → 100 cycles grows ≤ ${FLAT_TOLERANCE / KB} KB)`,
    growth.length
      ? `+${kb(median(growth))} median, +${kb(Math.max(...growth))} worst (≈ ${(median(growth) / (CYCLES / 2) / KB).toFixed(1)} KB per cycle)`
      : "n/a",
    mark(flat),
  ]);
  return budgets;
}

/** The paragraph under the budgets that says what the peer is and how it was measured. */
function peerParagraph(r) {
  const reference = [
    "The design states the peer (React 19 + react-body-highlighter, 22 muscles, no text content) at",
    `${kb(PEER_DESIGN_GZIP_JS)} gzip of JavaScript.`,
  ];
  if (!r.peer || !r.peerNav) {
    return [...reference, "It could not be built or run here, so the navigation budget is not decided in this run (❔)."];
  }
  const v = r.peer.versions;
  return [
    ...reference,
    `This run builds it (React ${v.react}, react-body-highlighter ${v["react-body-highlighter"]}, a production bundle by`,
    `esbuild ${v.esbuild}: ${kb(r.peer.gzip)} gzip, ${kb(r.peer.brotli)} brotli) and measures its navigation side by side`,
    "with Body Map's, the runs interleaved, on the same loopback server.",
  ];
}

function render(r, budgets, sections, twiggy, crates, content) {
  const s = r.size;
  const h = r.host;
  const lines = [];
  const sizeRows = [
    ["file", "raw", "gzip -9", "brotli 11"],
    ...s.rows.map((x) => [x.file, kb(x.raw), kb(x.gzip), kb(x.brotli)]),
    ["**total**", `**${kb(s.total.raw)}**`, `**${kb(s.total.gzip)}**`, `**${kb(s.total.brotli)}**`],
    ["of which JavaScript", kb(s.js.raw), kb(s.js.gzip), kb(s.js.brotli)],
  ];
  const cols = (values, fmt = ms) => [fmt(median(values)), fmt(p95(values)), fmt(Math.min(...values)), fmt(Math.max(...values))];
  /** The marks of one page's navigation runs, `label` naming the page's own marks. */
  const navTable = (runs, label) => [
    md([
      ["mark", "median", "p95", "min", "max"],
      ["DOMContentLoaded", ...cols(runs.map((x) => x.domContentLoaded))],
      ...["loaded", "regions", "visible", "interactive"].map((k) => [label[k], ...cols(runs.map((x) => x[k]))]),
      ["**visible and answering (the later of the two)**", ...cols(runs.map(interactiveFigure)).map((v) => `**${v}**`)],
      ["load event", ...cols(runs.map((x) => x.load))],
    ]),
    "",
    `Clicks needed before the first answer: ${runs.map((x) => x.clicks).join(", ")}.`,
    "",
  ];
  lines.push(
    "# Benchmarks",
    "",
    "The release (`make release`) measured by `make bench` (`tests/e2e/bench.mjs`): transfer size,",
    "navigation to an interactive figure, tap-to-results time and wasm memory, in headless Chromium",
    "on loopback. Budgets are those of the design (section 5). These are measurements, not tests:",
    "nothing here fails a build. KB = 1,024 bytes, MB = 1,024 KB; p95 is the nearest-rank 95th",
    "percentile. Regenerate with `make bench`.",
    "",
    "## Machine",
    "",
    md([
      ["", ""],
      ["date", h.date],
      ["os", h.os],
      ["cpu", h.cpu],
      ["cores", String(h.cores)],
      ["memory", h.memory],
      ["load average at start (1, 5, 15 min)", h.load],
      ["browser", `Chromium ${h.chromium} (headless, Debian build)`],
      ["node", h.node],
      ["runs", `${RUNS} per browser measurement (${NAV_RUNS} for navigation), a new page (and context) each`],
    ]),
    "",
    "## Budgets",
    "",
    md([["what", "budget", "measured", ""], ...budgets]),
    "",
    ...peerParagraph(r),
    "",
    "## Transfer size",
    "",
    "Everything a page downloads for the widget: the release files (`dist/release/package/`, the npm package's and the CDN's):",
    "",
    md(sizeRows),
    "",
    r.peer
      ? `For comparison, the peer (\`${r.peer.file}\`, built in this run): ${kb(r.peer.raw)} of JavaScript, ` +
          `${kb(r.peer.gzip)} gzip, ${kb(r.peer.brotli)} brotli; the design's reference is ${kb(PEER_DESIGN_GZIP_JS)} gzip ` +
          `(a Vite build). Body Map's total is ${(s.total.gzip / r.peer.gzip).toFixed(2)}× the peer's gzip.`
      : `For comparison, the peer as the design states it: ${kb(PEER_DESIGN_GZIP_JS)} gzip of JavaScript (not built in this run).`,
    "",
    "### What dominates",
    "",
    "Sections of the wasm module, each also compressed on its own:",
    "",
    md([
      ["section", "raw", "share", "gzip -9 alone"],
      ...sections
        .slice(0, 6)
        .map(([n, b, g]) => [n, kb(b), `${((100 * b) / s.rows.find((x) => x.kind === "wasm").raw).toFixed(0)} %`, kb(g)]),
    ]),
    "",
    content.tape
      ? `The built-in content travels in the data section as a tape of its English texts (\`build.rs\` ` +
          `writes it from \`content/*.json\`; no JSON is parsed in the browser): ${kb(content.tape.raw)} raw, ` +
          `${kb(content.tape.gzip)} gzip on its own.`
      : "(The content tape was not found under `target/`: its size is not reported.)",
    content.pack
      ? `The Spanish texts are a separate file, \`body-map-es.json\` (${kb(content.pack.raw)} raw, ` +
          `${kb(content.pack.gzip)} gzip), fetched once per page only when a widget shows Spanish; the total ` +
          "above is what every page downloads, so it leaves the pack out."
      : "",
    "",
  );
  if (twiggy) {
    lines.push("`twiggy top -n 15` on the shipped wasm (it has no function names):", "", "```", twiggy, "```", "");
  } else {
    lines.push("(`twiggy` is not on PATH: the per-item breakdown is skipped.)", "");
  }
  if (crates) {
    lines.push(
      crates.optimised
        ? "Code by crate, from the release module optimised as the shipped one is but keeping function names; " +
            "this crate by module (Yew inlines each component's view into its own code, counted as this crate's views):"
        : "Code by crate, from `target/wasm32-unknown-unknown/release/body_map.wasm` (the same build before " +
            "wasm-bindgen and wasm-opt, so larger in all, but with names); this crate by module:",
      "",
      md([
        ["crate or module", crates.optimised ? "code" : "code before wasm-opt", "share of code"],
        ...crates.rows.slice(0, 14).map(([n, b]) => [n.startsWith("(") ? n : `\`${n}\``, kb(b), `${((100 * b) / crates.total).toFixed(0)} %`]),
      ]),
      "",
    );
  }
  if (r.nav) {
    const n = r.nav;
    lines.push(
      "## Navigation to an interactive figure",
      "",
      "`tests/e2e/pages/bench/nav.html` (Body Map) and `tests/e2e/pages/bench/peer/peer.html` (the peer),",
      "two pages of the same shape: a module that records the marks, then the widget's own module, and",
      "the element the widget draws into; nothing else loads (the wasm memory hook of the other pages is",
      `left out here, since it would hold up the page's parsing). ${NAV_RUNS} runs of each, interleaved (Body Map first in odd runs, the peer first in even ones), a new`,
      "page each run; times from the navigation start (`performance.timeOrigin`), measured in the page",
      "with `performance.now()`; the driver runs nothing in the page until the page says, with a console",
      "line, that its marks are set. *Answers a click*: the first region (the peer: the first muscle polygon)",
      "has answered a click with an event that the widget fires once its new state is rendered",
      "(`body-map-change`; the peer page's `peer-change`, from a React effect); the page clicks it as",
      "soon as it exists and again on each frame until it answers. *Visible*: the figure is shown (Body",
      "Map: its root is not hidden, which it is only while a linked stylesheet loads; the shared,",
      "parsed stylesheet applies from the first frame; the peer has no stylesheet: its svg has a layout box). The budget compares the medians of the later of the two, *visible and answering*.",
      "",
      ...navTable(n, {
        loaded: "wasm downloaded",
        regions: "regions in the shadow root",
        visible: "figure visible (styled)",
        interactive: "first region answers a click",
      }),
    );
    if (r.peerNav) {
      const p = r.peerNav;
      const v = r.peer.versions;
      lines.push(
        `### The peer: React ${v.react} + react-body-highlighter ${v["react-body-highlighter"]}`,
        "",
        "Its front (anterior) model, the 13 of its 22 muscles that face forward, with a few muscles",
        "highlighted and an `onClick` that toggles the clicked muscle: `tests/e2e/pages/bench/peer/peer.jsx`,",
        `bundled by esbuild ${v.esbuild} (minified, \`NODE_ENV=production\`) into one module before the runs.`,
        "",
        ...navTable(p, {
          loaded: "bundle downloaded",
          regions: "muscles in the DOM",
          visible: "figure visible (svg laid out)",
          interactive: "first muscle answers a click",
        }),
      );
    }
  }
  if (r.tap) {
    lines.push(
      "## Tap on a region to ranked results",
      "",
      `${TAPS} taps per run (${TAPS / 2} front regions marked one by one, then unmarked in another order),`,
      `${RUNS} runs, ${r.tap.all.length} taps in all. Time from dispatching the click (a bubbling`,
      "`MouseEvent`) to the last DOM change before the next animation frame (the widget renders in a",
      "microtask after the click); each answer is then checked: the region's `aria-checked` flipped and",
      "`.bm-ranking` lists `state().muscles` in order.",
      "",
      md([
        ["", "median", "p95", "min", "max"],
        ["every tap", ...cols(r.tap.all)],
        ["run medians", ...cols(r.tap.perRun)],
      ]),
      "",
      r.tap.wrong.length ? `Wrong answers: ${r.tap.wrong.length} (${r.tap.wrong.slice(0, 5).join("; ")}).` : "Every answer was right.",
      "",
    );
  }
  if (r.inter) {
    const i = r.inter;
    const counts = i[0].done;
    lines.push(
      "## Wasm memory after 1,000 interactions",
      "",
      `Per run a new page and ${INTERACTIONS.toLocaleString("en-US")} seeded random interactions (${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")} in the first run): region taps, view switches, muscles opened (from the ranking or`,
      "the `muscle` attribute) and closed (Back button or Escape), `view` and `regions` attribute changes.",
      "Wasm memory is the byte length of the instance's `WebAssembly.Memory`, captured by wrapping",
      "`WebAssembly.instantiate*` in the bench page (`performance.measureUserAgentSpecificMemory` needs",
      "a cross-origin-isolated page, which the test server does not make). JS heap is after a forced GC.",
      "",
      md([
        ["", "median", "p95", "min", "max"],
        ["wasm memory at start", ...cols(i.map((x) => x.before.wasm), mb)],
        ["**wasm memory after 1,000**", ...cols(i.map((x) => x.after.wasm), mb).map((v) => `**${v}**`)],
        ["JS heap at start", ...cols(i.map((x) => x.before.heap), mb)],
        ["JS heap after 1,000", ...cols(i.map((x) => x.after.heap), mb)],
      ]),
      "",
    );
  }
  if (r.cycles) {
    const c = r.cycles;
    lines.push(
      "## Memory across 100 mount/destroy cycles",
      "",
      "`tests/e2e/pages/bench/mount.html` with `import { mount } from \"/body-map/body-map.js\"`: each",
      "cycle mounts a widget into a new element (alternating views, preselected regions, sometimes a",
      "muscle), taps a region, calls `update({ lang })`, reads `state()`, then `destroy()`s it and removes",
      "the element. *Before* is after one first cycle (the shared parsed content is then in memory).",
      "",
      md([
        ["", "median", "p95", "min", "max"],
        ["wasm before", ...cols(c.map((x) => x.before.wasm), mb)],
        ["wasm after 50", ...cols(c.map((x) => x.half.wasm), mb)],
        ["**wasm after 100**", ...cols(c.map((x) => x.full.wasm), mb).map((v) => `**${v}**`)],
        ["JS heap before", ...cols(c.map((x) => x.before.heap), mb)],
        ["JS heap after 50", ...cols(c.map((x) => x.half.heap), mb)],
        ["JS heap after 100", ...cols(c.map((x) => x.full.heap), mb)],
      ]),
      "",
    );
    const growth = median(c.map((x) => x.full.wasm - x.half.wasm));
    const heapGrowth = median(c.map((x) => x.full.heap - x.half.heap));
    lines.push(
      growth > FLAT_TOLERANCE
        ? `Not flat: from 50 to 100 cycles the wasm memory grows by ${kb(growth)} (about ${(growth / (CYCLES / 2) / KB).toFixed(1)} KB ` +
            `per cycle) and the JS heap by ${kb(heapGrowth)}: each mount keeps something that \`destroy()\` does not free.`
        : `Flat: from 50 to 100 cycles the wasm memory grows by ${kb(growth)} (tolerance ${kb(FLAT_TOLERANCE)}, one wasm page).`,
      "",
    );
  }
  const notes = [];
  for (const [name, message] of Object.entries(r.errors)) notes.push(`- ${name} could not be measured: ${message}`);
  if (r.changed) notes.push("- dist/ was rebuilt while the benchmark ran; sizes are from the start of the run.");
  const unique = [...new Set(r.problems)];
  if (unique.length) notes.push(`- console errors or page errors during the runs: ${unique.slice(0, 10).join("; ")}`);
  if (notes.length) lines.push("## Notes", "", ...notes, "");
  return lines.join("\n");
}

function printConsole(r, budgets) {
  const s = r.size;
  console.log(`\nBody Map benchmark, ${r.host.date}: ${r.host.cpu}, ${r.host.cores} cores, Chromium ${r.host.chromium}\n`);
  console.log(
    table([
      ["file", "raw", "gzip -9", "brotli 11"],
      ...s.rows.map((x) => [x.file, kb(x.raw), kb(x.gzip), kb(x.brotli)]),
      ["total", kb(s.total.raw), kb(s.total.gzip), kb(s.total.brotli)],
    ]),
  );
  if (r.peer) {
    console.log(`peer bundle ${r.peer.file}: ${kb(r.peer.raw)}, gzip ${kb(r.peer.gzip)}, brotli ${kb(r.peer.brotli)} (design: ${kb(PEER_DESIGN_GZIP_JS)} gzip)`);
  }
  console.log();
  const rows = [["measurement", "median", "p95"]];
  if (r.nav) {
    rows.push(["navigation: regions in DOM", ms(median(r.nav.map((x) => x.regions))), ms(p95(r.nav.map((x) => x.regions)))]);
    rows.push(["navigation: figure visible", ms(median(r.nav.map((x) => x.visible))), ms(p95(r.nav.map((x) => x.visible)))]);
    rows.push(["navigation: interactive", ms(median(r.nav.map((x) => x.interactive))), ms(p95(r.nav.map((x) => x.interactive)))]);
    rows.push(["navigation: visible and answering", ms(median(r.nav.map(interactiveFigure))), ms(p95(r.nav.map(interactiveFigure)))]);
  }
  if (r.peerNav) {
    const p = r.peerNav;
    rows.push(["peer navigation: muscles in DOM", ms(median(p.map((x) => x.regions))), ms(p95(p.map((x) => x.regions)))]);
    rows.push(["peer navigation: interactive", ms(median(p.map((x) => x.interactive))), ms(p95(p.map((x) => x.interactive)))]);
    rows.push(["peer navigation: visible and answering", ms(median(p.map(interactiveFigure))), ms(p95(p.map(interactiveFigure)))]);
  }
  if (r.tap) rows.push([`tap to results (${r.tap.all.length} taps)`, ms(median(r.tap.all)), ms(p95(r.tap.all))]);
  if (r.inter) {
    rows.push(["wasm memory at start", mb(median(r.inter.map((x) => x.before.wasm))), mb(p95(r.inter.map((x) => x.before.wasm)))]);
    rows.push(["wasm memory after 1,000", mb(median(r.inter.map((x) => x.after.wasm))), mb(p95(r.inter.map((x) => x.after.wasm)))]);
  }
  if (r.cycles) {
    for (const kind of ["wasm", "heap"]) {
      for (const [label, key] of [["before", "before"], ["after 50", "half"], ["after 100", "full"]]) {
        const v = r.cycles.map((x) => x[key][kind]);
        rows.push([`mount/destroy: ${kind === "heap" ? "JS heap" : "wasm"} ${label}`, mb(median(v)), mb(p95(v))]);
      }
    }
  }
  console.log(table(rows));
  console.log();
  console.log(table([["budget", "limit", "measured", ""], ...budgets]));
  for (const [name, message] of Object.entries(r.errors)) console.log(`\n${name} could not be measured: ${message}`);
  if (r.tap?.wrong.length) console.log(`\nwrong answers after taps: ${r.tap.wrong.slice(0, 5).join("; ")}`);
}

let result;
for (let attempt = 1; attempt <= 3; attempt++) {
  result = await measure();
  if (!result.changed) break;
  console.error("dist/ was rebuilt during the run; measuring again");
}
const budgets = summarise(result);
if (ONLY) {
  printConsole(result, budgets);
  process.exit(0);
}
const sections = await wasmSections(result.size.wasmFile).catch(() => []);
const twiggy = twiggyTop(result.size.wasmFile);
const crates = twiggy ? codeByCrate() : null;
const content = await contentSize();
printConsole(result, budgets);
await writeFile(report, render(result, budgets, sections, twiggy, crates, content));
console.log(`\nwrote ${relative(repo, report)}`);
