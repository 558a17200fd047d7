// Navigation to an interactive figure, measured in the page: performance.now() counts from the
// navigation start (performance.timeOrigin). Marks
//   regions:     the shadow root has its [data-region] elements;
//   interactive: the first region has answered a click with body-map-change;
//   visible:     the figure is shown, styled (a root is hidden only while a linked stylesheet loads).
const host = document.querySelector("body-map");
const marks = { regions: null, interactive: null, visible: null, clicks: 0 };
const DONE = "bench: navigation marked";
window.__bmNav = marks;

host.addEventListener(
  "body-map-change",
  () => {
    if (marks.interactive === null) marks.interactive = performance.now();
  },
  { once: true },
);

function check() {
  const root = host.shadowRoot;
  if (!root) return;
  const wrap = root.querySelector(".bm-root");
  if (marks.visible === null && wrap && !wrap.hidden && root.querySelector("svg.bm-figure")) {
    marks.visible = performance.now();
  }
  if (marks.regions === null && root.querySelector("[data-region]")) {
    marks.regions = performance.now();
    setTimeout(clickFirst, 0);
  }
}

// Clicks the first region as soon as the page is free to; a click the widget does not answer
// (no event by the next frame) is repeated, and only the first answer counts.
function clickFirst() {
  if (marks.interactive !== null) return;
  marks.clicks += 1;
  const region = host.shadowRoot.querySelector("[data-region]");
  region.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
  requestAnimationFrame(() => setTimeout(clickFirst, 0));
}

// The shadow root is attached when the element upgrades; watch it from then on, and the
// document until then.
let watching = null;
const observer = new MutationObserver(() => {
  if (!watching && host.shadowRoot) {
    watching = host.shadowRoot;
    observer.observe(watching, { subtree: true, childList: true, attributes: true });
  }
  check();
});
observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
customElements.whenDefined("body-map").then(() => {
  if (!watching && host.shadowRoot) {
    watching = host.shadowRoot;
    observer.observe(watching, { subtree: true, childList: true, attributes: true });
  }
  check();
});
(function poll() {
  // A last resort for changes no observer sees (a linked stylesheet's load removes `hidden`, which
  // the shadow-root observer does see; this only guards against a missed upgrade).
  check();
  if (marks.interactive === null || marks.visible === null) requestAnimationFrame(poll);
  // The benchmark waits for this line rather than run its own script in the page while the
  // page loads, which would take the main thread from what is measured.
  else console.debug(DONE);
})();
