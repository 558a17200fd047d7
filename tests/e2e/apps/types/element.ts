// The element, its events and `mount` as a TypeScript app uses them.
import {
  mount,
  version,
  type BodyMapChangeDetail,
  type BodyMapElement,
  type BodyMapReferralHook,
} from "@body-map/widget";

const element: BodyMapElement = document.createElement("body-map");
element.setAttribute("view", "back");
element.addEventListener("body-map-change", (e) => {
  const first: string = e.detail.muscles[0].id;
  const match: "essential" | "spillover" = e.detail.muscles[0].match;
  const detail: BodyMapChangeDetail = e.detail;
  console.log(first, match, detail.regions.length);
});
element.addEventListener("body-map-muscle", (e) => console.log(e.detail.id.toUpperCase()));
const found: BodyMapElement | null = document.querySelector("body-map");
console.log(found?.state?.view, version.length);

const handle = mount(document.body, { view: "side", bookingTarget: "_blank", regions: ["neck-angle-left"] });
handle.update({ lang: "es" });
void handle.ready.then(() => handle.state()?.muscles.map((m) => m.score));
handle.destroy();

// @ts-expect-error: "sideways" is no view
mount(document.body, { view: "sideways" });

// The DOM hook of a drawn referral zone.
const zone: BodyMapReferralHook = "levator_scapulae/1/spillover";
console.log(element.shadowRoot?.querySelector(`[data-referral="${zone}"]`));
// @ts-expect-error: a zone is essential or spillover
const wrongZone: BodyMapReferralHook = "levator_scapulae/1/sometimes";
console.log(wrongZone);
