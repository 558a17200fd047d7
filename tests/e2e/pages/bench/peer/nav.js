// Navigation to an interactive figure for the peer, measured as ../nav.js measures Body Map:
// performance.now() counts from the navigation start (performance.timeOrigin). Marks
//   regions:     the model's clickable muscles (`svg.rbh polygon`) are in the DOM;
//   interactive: the first muscle has answered a click with peer-change;
//   visible:     the figure is shown (the peer has no stylesheet: its svg has a layout box).
const host = document.getElementById("peer");
const marks = { regions: null, interactive: null, visible: null, clicks: 0 };
const DONE = "bench: navigation marked";
window.__peerNav = marks;

host.addEventListener(
  "peer-change",
  () => {
    if (marks.interactive === null) marks.interactive = performance.now();
  },
  { once: true },
);

function check() {
  const svg = host.querySelector("svg.rbh");
  if (marks.visible === null && svg) {
    const box = svg.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) marks.visible = performance.now();
  }
  if (marks.regions === null && host.querySelector("svg.rbh polygon")) {
    marks.regions = performance.now();
    setTimeout(clickFirst, 0);
  }
}

// Clicks the first muscle as soon as the page is free to; a click the peer does not answer
// (no event by the next frame) is repeated, and only the first answer counts.
function clickFirst() {
  if (marks.interactive !== null) return;
  marks.clicks += 1;
  const muscle = host.querySelector("svg.rbh polygon");
  muscle.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
  requestAnimationFrame(() => setTimeout(clickFirst, 0));
}

const observer = new MutationObserver(check);
observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
(function poll() {
  check();
  if (marks.interactive === null || marks.visible === null) requestAnimationFrame(poll);
  // The benchmark waits for this line rather than run its own script in the page while the
  // page loads, which would take the main thread from what is measured.
  else console.debug(DONE);
})();
