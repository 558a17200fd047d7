// Body Map: import this module once and <body-map> elements work on the page.
//   <script type="module" src="/body-map/body-map.js"></script>
//   <body-map view="back" lang="es"></body-map>
// It loads its wasm and stylesheet from beside itself, so any folder or CDN path works, and it
// needs no inline script or style (CSP: script-src 'self' 'wasm-unsafe-eval'; style-src 'self').
import init, { define, mount as mountWidget } from "./body-map-core.js";

const here = new URL(".", import.meta.url);

await init({ module_or_path: new URL("body-map-core_bg.wasm", here) });
define(new URL("body-map.css", here).href);

/**
 * Mounts a widget into `element` with `options` (the attribute names, camelCase or kebab-case:
 * mode, view, lang, layers, muscle, regions, bookingUrl, content, remember).
 * Returns a handle with update(options), destroy() and state().
 */
export function mount(element, options = {}) {
  return mountWidget(element, options);
}
