// Trunk's post-build step: turns Trunk's output into the shipped widget folder.
//   node scripts/bundle.mjs <staging dir> [release|debug]
// - the Spanish pack (written by build.rs to target/lang/) goes beside the wasm;
// - body-map.js (the loader) and body-map-core.js (the wasm-bindgen glue) become one module,
//   body-map.js, so one integrity hash on the script tag covers the whole widget;
// - the loader gets the release version (Cargo.toml), the attributes it watches
//   (src/embed/api.json) and the sha384 integrity of every file it fetches.
import { createHash } from "node:crypto";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// esbuild lives with the other npm tools in tests/e2e (scripts/setup.sh installs them).
const { build } = createRequire(join(root, "tests/e2e/package.json"))("esbuild");

/** The version in Cargo.toml's [package], the one source of the release version. */
export async function cargoVersion() {
  const toml = await readFile(join(root, "Cargo.toml"), "utf8");
  const version = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)?.[1];
  if (!version) throw new Error("Cargo.toml: no version in [package]");
  return version;
}

/** `sha384-…`, the Subresource Integrity hash of `bytes`. */
export function integrity(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/** The files the loader fetches, by the names it gives them. */
export const FETCHED = { wasm: "body-map-core_bg.wasm", css: "body-map.css", es: "body-map-es.json" };

async function main([dir = process.env.TRUNK_STAGING_DIR, profile = process.env.TRUNK_PROFILE ?? "release"]) {
  if (!dir) throw new Error("usage: node scripts/bundle.mjs <staging dir> [release|debug]");
  await copyFile(join(root, "target/lang/body-map-es.json"), join(dir, FETCHED.es));
  const hashes = {};
  for (const [name, file] of Object.entries(FETCHED)) hashes[name] = integrity(await readFile(join(dir, file)));
  const api = JSON.parse(await readFile(join(root, "src/embed/api.json"), "utf8"));
  const result = await build({
    entryPoints: [join(dir, "body-map.js")],
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: profile === "release",
    legalComments: "none",
    write: false,
    define: {
      __BODY_MAP_VERSION__: JSON.stringify(await cargoVersion()),
      __BODY_MAP_ATTRIBUTES__: JSON.stringify(api.attributes.map((a) => a.name)),
      __BODY_MAP_INTEGRITY__: JSON.stringify(hashes),
    },
    logLevel: "warning",
  });
  const [out] = result.outputFiles;
  const text = out.text;
  // Bundlers copy a file only when they see its literal `new URL("./file", import.meta.url)`.
  for (const file of Object.values(FETCHED)) {
    if (!text.includes(`new URL("./${file}",import.meta.url)`) && !text.includes(`new URL("./${file}", import.meta.url)`)) {
      throw new Error(`the bundled loader lost its literal new URL("./${file}", import.meta.url)`);
    }
  }
  await writeFile(join(dir, "body-map.js"), text);
  await rm(join(dir, "body-map-core.js"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`bundle: ${error.message}`);
    process.exit(1);
  });
}
