// Body Map: import this module once and <body-map> elements work on the page.
//   <script type="module" src="…/body-map.js" integrity="sha384-…" crossorigin="anonymous"></script>
//   <body-map view="back" lang="es"></body-map>
//
// The shipped file is this module with the wasm-bindgen glue bundled in (scripts/bundle.mjs):
// one file, so one integrity hash on the script tag covers the whole widget. It pins the files
// it fetches (the wasm, the stylesheet, the Spanish texts) by their own hashes, written in at
// build time, and refuses any that do not match.
//
// Importing it touches no DOM and awaits nothing: it is safe in server-side rendering, in Node
// and in bundlers. It defines <body-map> when custom elements exist; the wasm loads when the
// first widget appears (or `mount` is first called). Its files are referenced as
// `new URL("./file", import.meta.url)`, so bundlers such as Vite copy them into the app, and it
// needs no inline script or style (CSP: script-src <here> 'wasm-unsafe-eval'; style-src <here>;
// connect-src <here>).
import init, * as core from "./body-map-core.js";

/** The release version (Cargo.toml's), written in at build time. */
export const version = __BODY_MAP_VERSION__;

/** The attributes <body-map> watches, from the public API description (src/embed/api.json). */
const ATTRIBUTES = __BODY_MAP_ATTRIBUTES__;

/** Each file's `sha384-…` integrity, written in at build time. */
const INTEGRITY = __BODY_MAP_INTEGRITY__;

// Literal `new URL("./…", import.meta.url)`, which bundlers recognise and copy.
const files = {
  wasm: new URL("./body-map-core_bg.wasm", import.meta.url),
  css: new URL("./body-map.css", import.meta.url),
  es: new URL("./body-map-es.json", import.meta.url),
};

const FAILURE = "Body Map could not start. Please reload the page. / Body Map no pudo iniciarse. Vuelva a cargar la página.";

/** Fetches `files[name]`, refusing it unless it matches its integrity hash. */
async function pinned(name) {
  const url = files[name];
  let response;
  try {
    response = await fetch(url, { integrity: INTEGRITY[name] });
  } catch (error) {
    throw new Error(
      `Body Map: ${url} was refused: it could not be loaded, or it does not match this release's ` +
        `integrity hash (${INTEGRITY[name]}), so it may have been changed. (${error.message})`,
    );
  }
  if (!response.ok) throw new Error(`Body Map: ${url} answered ${response.status} ${response.statusText}`.trim());
  return response;
}

let started = null;
let loaded = false;
let pack = null;

/** Loads the wasm and the stylesheet once; resolves when widgets can be mounted. */
function start() {
  started ??= load().then(
    () => {
      loaded = true;
    },
    (error) => {
      console.error(error.message);
      throw error;
    },
  );
  return started;
}

async function load() {
  // The wasm, the longest download, is asked for first.
  const wasm = pinned("wasm");
  // Where the browser can share one parsed stylesheet among shadow roots, it is fetched now
  // and each widget shows styled from its first frame; elsewhere each shadow root links it.
  const shared = "adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype;
  const sheet = shared ? pinned("css").then(parse) : null;
  // A widget already asking for Spanish gets its texts early.
  if (document.querySelector('body-map[lang^="es" i]')) loadSpanish().catch(() => {});
  // Let a refused stylesheet surface as its own error, not as an unhandled rejection.
  await Promise.all([init({ module_or_path: wasm }), sheet]);
  if (core.version() !== version) {
    throw new Error(`Body Map: the wasm is version ${core.version()}, the loader ${version}; serve files from one release`);
  }
  core.define(files.css.href, INTEGRITY.css, loadSpanish, await sheet);
}

/** The Spanish texts, fetched once (again after a failure), for the wasm side. */
function loadSpanish() {
  pack ??= pinned("es")
    .then((response) => response.text())
    .catch((error) => {
      pack = null;
      throw error;
    });
  return pack;
}

/** The stylesheet parsed once for every shadow root, or null (each then links it). */
async function parse(response) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  } catch {
    return null;
  }
}

/** Shows in `element` that the widget could not start (the console says why). */
function showFailure(element) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const note = document.createElement("p");
  note.setAttribute("role", "alert");
  note.textContent = FAILURE;
  root.replaceChildren(note);
}

/**
 * What `mount` returns: `update(options)`, `destroy()`, `state()`, and `ready`, a promise that
 * settles when the widget is drawn (or has failed to start). Before then, `update` keeps its
 * options for the start and `state()` is null.
 */
class Handle {
  #element;
  #options;
  #inner = null;
  #destroyed = false;

  constructor(element, options) {
    this.#element = element;
    this.#options = options;
    this.ready = loaded ? Promise.resolve(this.#mount()) : start().then(() => this.#mount());
    this.ready.catch(() => {
      if (!this.#destroyed) showFailure(element);
    });
  }

  #mount() {
    if (!this.#destroyed && !this.#inner) this.#inner = core.mount(this.#element, this.#options);
  }

  update(options) {
    if (this.#inner) this.#inner.update(options);
    else if (options && this.#options) Object.assign(this.#options, options);
  }

  /** Re-reads the element's attributes (for <body-map>, whose options are its attributes). */
  refresh() {
    this.#inner?.refresh();
  }

  destroy() {
    this.#destroyed = true;
    this.#inner?.destroy();
    this.#inner = null;
  }

  state() {
    return this.#inner ? this.#inner.state() : null;
  }
}

/**
 * Mounts a widget into `element` with `options` (the attribute names, camelCase or kebab-case:
 * mode, view, lang, layers, muscle, regions, bookingUrl, bookingTarget, content, remember).
 * Returns a handle with update(options), destroy(), state() and ready.
 */
export function mount(element, options = {}) {
  return new Handle(element, { ...options });
}

// Server-side rendering and Node have no HTMLElement: the class is then a plain one, never
// defined as an element.
const Base = globalThis.HTMLElement ?? class {};

/** `<body-map>`: a thin element that hands its attributes to the wasm side. */
export class BodyMapElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  /** The release version. */
  static get version() {
    return version;
  }

  connectedCallback() {
    if (!this._handle) this._handle = new Handle(this, null);
  }

  disconnectedCallback() {
    // A move within the page disconnects then reconnects at once: keep the widget then.
    queueMicrotask(() => {
      if (!this.isConnected && this._handle) {
        this._handle.destroy();
        this._handle = null;
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this._handle && oldValue !== newValue) this._handle.refresh();
  }

  /** `{ regions, muscles, muscle, view }`, as `body-map-change` reports them, or null. */
  get state() {
    return this._handle ? this._handle.state() : null;
  }
}

if (globalThis.customElements && !customElements.get("body-map")) {
  customElements.define("body-map", BodyMapElement);
}
