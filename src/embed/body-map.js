// Body Map: import this module once and <body-map> elements work on the page.
//   <script type="module" src="/body-map/body-map.js"></script>
//   <body-map view="back" lang="es"></body-map>
// It loads its wasm and stylesheet from beside itself, so any folder or CDN path works, and it
// needs no inline script or style (CSP: script-src 'self' 'wasm-unsafe-eval'; style-src 'self').
// Spanish texts (body-map-es.json) are fetched only when a widget shows Spanish.
const here = new URL(".", import.meta.url);
// The wasm, the longest download, is asked for first; it downloads while the rest loads.
const wasm = fetch(new URL("body-map-core_bg.wasm", here));
const css = new URL("body-map.css", here).href;
const spanish = new URL("body-map-es.json", here).href;

// Where the browser can share one parsed stylesheet among shadow roots, the stylesheet is
// fetched now and each widget shows styled from its first frame; elsewhere each shadow root
// links it (and the link is preloaded when widgets are already on the page).
const shared = "adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype;
const sheet = shared ? fetch(css).then(parse, () => null) : null;
if (!shared && document.querySelector("body-map")) preload(css, "style");
// Spanish is fetched early only for a widget already asking for it (an unused preload draws a
// console warning).
if (document.querySelector('body-map[lang^="es" i]')) preload(spanish, "fetch");

const core = await import("./body-map-core.js");
await core.default({ module_or_path: wasm });
const attributes = core.define(css, spanish, await sheet);

// <body-map>: a thin element that hands its attributes to the wasm side.
if (!customElements.get("body-map")) {
  customElements.define(
    "body-map",
    class extends HTMLElement {
      static get observedAttributes() {
        return attributes;
      }
      connectedCallback() {
        if (this._handle) return;
        try {
          this._handle = core.mount(this, null);
        } catch (error) {
          console.error(error);
        }
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
      get state() {
        return this._handle ? this._handle.state() : null;
      }
    },
  );
}

/** The stylesheet parsed once for every shadow root, or null (each then links it). */
async function parse(response) {
  if (!response.ok) return null;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  } catch {
    return null;
  }
}

function preload(href, as) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = as;
  link.href = href;
  if (as === "fetch") link.crossOrigin = "anonymous";
  (document.head ?? document.documentElement).append(link);
}

/**
 * Mounts a widget into `element` with `options` (the attribute names, camelCase or kebab-case:
 * mode, view, lang, layers, muscle, regions, bookingUrl, content, remember).
 * Returns a handle with update(options), destroy() and state().
 */
export function mount(element, options = {}) {
  return core.mount(element, options);
}
