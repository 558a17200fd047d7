// A developer's app: importing the package defines <body-map>; Vite copies its files.
import { version } from "@body-map/widget";

window.bodyMapVersion = version;
