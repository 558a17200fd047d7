// Loaded (as a classic script) before the widget: remembers the wasm instance's memory so the
// benchmark can read its size, without any change to the widget itself.
(() => {
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    const memory = instance && instance.exports && instance.exports.memory;
    if (memory instanceof WebAssembly.Memory) window.__bmMemory = memory;
    return result;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then(keep);
  };
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return instantiateStreaming.apply(this, args).then(keep);
    };
  }
  window.__bmWasmBytes = () => (window.__bmMemory ? window.__bmMemory.buffer.byteLength : null);
})();
