// Writes the release into dist/release/ from the release build in dist/body-map/:
//   package/                    the npm package, unpacked (also the self-hosted folder)
//   <name>-<version>.tgz        `npm pack` of it
//   snippet.html                the two lines a clinic pastes for the CDN, pinned by integrity
// Run by `make release` after `make dist`; idempotent (it starts from an empty folder).
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { FETCHED, cargoVersion, integrity } from "./bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "dist/body-map");
const out = join(root, "dist/release");
const pkg = join(out, "package");

/** The npm package's name; the CDN serves it at /<name>@<version>/. */
export const NAME = "@body-map/widget";
/** Where the snippet loads the package from: a public npm CDN. */
export const CDN = "https://cdn.jsdelivr.net/npm";

const ENTRY = "body-map.js";
const TYPES = ["body-map.d.ts", "react.d.ts"];
const MANIFEST = "custom-elements.json";

/** Every `--body-map-*` property the stylesheet reads, with its default. */
function cssProperties(css) {
  const found = new Map();
  for (const [, name, fallback] of css.matchAll(/var\((--body-map-[a-z0-9-]+),\s*([^;]*?)\)\s*;/g)) {
    if (!found.has(name)) found.set(name, fallback.trim());
  }
  return found;
}

/** The Custom Elements Manifest (schema 2.1) of the element, from src/embed/api.json. */
export function manifest(api, css, version) {
  const properties = cssProperties(css);
  for (const name of properties.keys()) {
    if (!(name in api.cssProperties)) throw new Error(`src/embed/api.json: cssProperties: ${name} (used in styles/body-map.css) has no description`);
  }
  for (const name of Object.keys(api.cssProperties)) {
    if (!properties.has(name)) throw new Error(`src/embed/api.json: cssProperties: ${name} is not used in styles/body-map.css`);
  }
  const ref = (name) => ({ name, module: ENTRY });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: ENTRY,
        description: `Body Map ${version}. Importing it defines <${api.tag}>; the wasm loads when the first widget appears.`,
        declarations: [
          {
            kind: "class",
            name: api.class,
            description: api.summary,
            tagName: api.tag,
            customElement: true,
            superclass: { name: "HTMLElement", package: "global:" },
            attributes: api.attributes.map((a) => ({
              name: a.name,
              type: { text: a.type },
              ...(a.default ? { default: a.default } : {}),
              description: a.description,
            })),
            members: [
              { kind: "field", name: "state", readonly: true, type: { text: "BodyMapState | null" }, description: "The marked areas, the ranked muscles, the open muscle and the view; null before the widget is drawn." },
              { kind: "field", name: "version", static: true, readonly: true, type: { text: "string" }, description: "The release version." },
            ],
            events: api.events.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
            cssProperties: [...properties].map(([name, fallback]) => ({ name, default: fallback, description: api.cssProperties[name] })),
            cssParts: api.parts,
          },
          {
            kind: "function",
            name: "mount",
            description: "Renders a widget into an element (in an open shadow root); returns a handle with update(options), destroy(), state() and ready.",
            parameters: [
              { name: "element", type: { text: "HTMLElement" } },
              { name: "options", optional: true, type: { text: "BodyMapOptions" }, description: "The attributes, camelCase or kebab-case." },
            ],
            return: { type: { text: "BodyMapHandle" } },
          },
          { kind: "variable", name: "version", type: { text: "string" }, default: JSON.stringify(version), description: "The release version." },
        ],
        exports: [
          { kind: "js", name: api.class, declaration: ref(api.class) },
          { kind: "custom-element-definition", name: api.tag, declaration: ref(api.class) },
          { kind: "js", name: "mount", declaration: ref("mount") },
          { kind: "js", name: "version", declaration: ref("version") },
        ],
      },
    ],
  };
}

/** package.json of the npm package. */
function packageJson(version, description) {
  const files = [ENTRY, ...Object.values(FETCHED), ...TYPES, MANIFEST, "README.md", "LICENSE"];
  const entry = { types: "./body-map.d.ts", default: `./${ENTRY}` };
  return {
    name: NAME,
    version,
    description,
    keywords: ["web-component", "custom-element", "webassembly", "anatomy", "trigger-points", "massage", "back-pain", "neck-pain"],
    license: "MIT",
    type: "module",
    main: `./${ENTRY}`,
    module: `./${ENTRY}`,
    types: "./body-map.d.ts",
    exports: {
      ".": entry,
      [`./${ENTRY}`]: entry,
      "./react": { types: "./react.d.ts" },
      ...Object.fromEntries(Object.values(FETCHED).map((f) => [`./${f}`, `./${f}`])),
      [`./${MANIFEST}`]: `./${MANIFEST}`,
      "./package.json": "./package.json",
    },
    files,
    customElements: MANIFEST,
    jsdelivr: ENTRY,
    unpkg: ENTRY,
    // Importing the entry defines <body-map>.
    sideEffects: [`./${ENTRY}`],
  };
}

/** The two lines a clinic pastes: the pinned script and the element. */
export function snippet(version, hash) {
  return (
    `<script type="module" src="${CDN}/${NAME}@${version}/${ENTRY}" integrity="${hash}" crossorigin="anonymous"></script>\n` +
    `<body-map booking-url="/book"></body-map>\n`
  );
}

async function main() {
  const version = await cargoVersion();
  const cargo = await readFile(join(root, "Cargo.toml"), "utf8");
  const description = cargo.match(/^description\s*=\s*"([^"]+)"/m)[1];
  await rm(out, { recursive: true, force: true });
  await mkdir(pkg, { recursive: true });
  for (const file of [ENTRY, ...Object.values(FETCHED)]) await copyFile(join(built, file), join(pkg, file));
  for (const file of TYPES) await copyFile(join(root, "src/embed/package", file), join(pkg, file));
  const readme = await readFile(join(root, "src/embed/package/README.md"), "utf8");
  await writeFile(join(pkg, "README.md"), readme.replaceAll("@VERSION/", `@${version}/`));
  await copyFile(join(root, "LICENSE"), join(pkg, "LICENSE"));
  const api = JSON.parse(await readFile(join(root, "src/embed/api.json"), "utf8"));
  const css = await readFile(join(pkg, "body-map.css"), "utf8");
  await writeFile(join(pkg, MANIFEST), `${JSON.stringify(manifest(api, css, version), null, 2)}\n`);
  await writeFile(join(pkg, "package.json"), `${JSON.stringify(packageJson(version, description), null, 2)}\n`);
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: pkg, encoding: "utf8" });
  const [{ filename }] = JSON.parse(packed);
  const hash = integrity(await readFile(join(pkg, ENTRY)));
  await writeFile(join(out, "snippet.html"), snippet(version, hash));
  console.log(`release ${version}: dist/release/${filename.replace(/^.*\//, "")}, dist/release/snippet.html (${hash})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`release: ${error.message}`);
    process.exit(1);
  });
}
