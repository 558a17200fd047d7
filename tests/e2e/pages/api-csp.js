// Mounts a widget through the JS API, the way a React or Vue component would.
import { mount } from "/body-map/body-map.js";

const element = document.getElementById("widget");
window.bmEvents = [];
element.addEventListener("body-map-change", (e) => window.bmEvents.push(e.detail));
window.bmHandle = mount(element, { regions: ["neck-angle-left"], lang: "en" });
window.bmMounted = true;
