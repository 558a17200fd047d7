// The JS API for the mount/destroy cycles: `window.bmMount` is the module's `mount`.
import { mount } from "/body-map/body-map.js";

window.bmMount = mount;
window.bmReady = true;
