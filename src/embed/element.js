// The <body-map> custom element: a thin class that hands its attributes to the wasm side.
// Imported by the wasm-bindgen glue; `defineElement` is called once the module has started.

export function defineElement(mountFn, attributes) {
  if (customElements.get("body-map")) return;
  class BodyMapElement extends HTMLElement {
    static get observedAttributes() {
      return attributes;
    }
    connectedCallback() {
      if (!this._handle) this._handle = mountFn(this, null);
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
  }
  customElements.define("body-map", BodyMapElement);
}

export function optionValue(options, name) {
  if (options === null || options === undefined || typeof options !== "object") return undefined;
  const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  let value = options[camel] ?? options[name];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) value = value.join(",");
  return String(value);
}
