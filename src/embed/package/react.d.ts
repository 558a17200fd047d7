// React's JSX typing for <body-map>: `import type {} from "<package>/react";` once in the app.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { BodyMapBookingTarget, BodyMapElement, BodyMapLang, BodyMapMode, BodyMapView } from "./body-map.js";

/** The attributes of <body-map> in JSX (React passes them to the element as they are). */
export interface BodyMapJsxAttributes extends DetailedHTMLProps<HTMLAttributes<BodyMapElement>, BodyMapElement> {
  mode?: BodyMapMode;
  view?: BodyMapView;
  lang?: BodyMapLang;
  layers?: string;
  muscle?: string;
  regions?: string;
  "booking-url"?: string;
  "booking-target"?: BodyMapBookingTarget;
  content?: string;
  remember?: boolean | "";
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "body-map": BodyMapJsxAttributes;
    }
  }
}
