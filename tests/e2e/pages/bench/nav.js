// Navigation to an interactive figure, measured in the page: performance.now() counts from
// the navigation start (performance.timeOrigin). Marks when the shadow root has its regions,
// when the first region answers a click with body-map-change, and when the widget is visible.
const host = document.querySelector("body-map");
const marks = { regions: null, interactive: null, visible: null };
window.__bmNav = marks;

function check() {
  const root = host.shadowRoot;
  if (!root) return false;
  const wrap = root.querySelector(".bm-root");
  if (marks.visible === null && wrap && !wrap.hidden && root.querySelector("svg.bm-figure")) {
    marks.visible = performance.now();
  }
  if (marks.regions === null) {
    const region = root.querySelector("[data-region]");
    if (!region) return false;
    marks.regions = performance.now();
    host.addEventListener(
      "body-map-change",
      () => {
        marks.interactive = performance.now();
      },
      { once: true },
    );
    clickFirst();
  }
  return marks.interactive !== null && marks.visible !== null;
}

// A click before the widget listens is lost: click the first region again on every frame
// until it answers (only the first answer counts).
marks.clicks = 0;
function clickFirst() {
  if (marks.interactive !== null) return;
  const region = host.shadowRoot.querySelector("[data-region]");
  marks.clicks += 1;
  region.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
  requestAnimationFrame(() => setTimeout(clickFirst, 0));
}

// Observe every change until done; the shadow root is attached when the element upgrades.
const seen = new WeakSet();
const observer = new MutationObserver(() => {
  watchRoot();
  if (check()) observer.disconnect();
});
function watchRoot() {
  const root = host.shadowRoot;
  if (root && !seen.has(root)) {
    seen.add(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  }
}
observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
customElements.whenDefined("body-map").then(() => {
  watchRoot();
  check();
});
