// Types of the Body Map package: the <body-map> element, its events, `mount` and `version`.
// React's JSX typing for <body-map> is in "./react" (import type {} from "<package>/react").

/** The release version (the same as the package's). */
export declare const version: string;

/** Who the widget is for. */
export type BodyMapMode = "patient" | "explore";
/** A view of the body. */
export type BodyMapView = "front" | "back" | "side";
/** A language the widget speaks. */
export type BodyMapLang = "en" | "es";
/** Where the booking link opens. */
export type BodyMapBookingTarget = "_self" | "_blank" | "_top";
/** A layer of the figure. */
export type BodyMapLayer = "regions" | "spine" | "muscles" | "trigger-points" | "referral";

/**
 * The DOM hooks inside the widget's (open) shadow root, for tests and host scripts:
 * `[data-region="<region id>"]` on each pain region, `[data-muscle="<muscle id>"]` on each muscle
 * shape, `[data-trigger-point="<muscle id>/<n>"]` on each trigger point (n from 1, as the content
 * numbers them), `[data-referral="<muscle id>/<n>/essential|spillover"]` on each drawn referral
 * zone, `[data-safety="<red flag id>"]` on a warning tied to a marked area.
 */
export type BodyMapTriggerPointHook = `${string}/${number}`;
/** The value of a drawn referral zone's `data-referral`; see {@link BodyMapTriggerPointHook}. */
export type BodyMapReferralHook = `${string}/${number}/${"essential" | "spillover"}`;

/** A muscle that commonly sends pain to the marked areas. */
export interface BodyMapRankedMuscle {
  /** The muscle's id, e.g. "levator_scapulae" (stable across releases). */
  id: string;
  /** Its plain name in the widget's language. */
  name: string;
  /** How well it explains the marked areas: higher first. */
  score: number;
  /** Whether the marked areas lie in its main (essential) or its occasional (spillover) zone. */
  match: "essential" | "spillover";
}

/** `detail` of `body-map-change`: the marked areas and the ranked muscles. */
export interface BodyMapChangeDetail {
  /** Marked pain region ids, e.g. "neck-angle-left". */
  regions: string[];
  /** The muscles that commonly send pain there, ranked. */
  muscles: BodyMapRankedMuscle[];
}

/** `detail` of `body-map-muscle`: the opened muscle. */
export interface BodyMapMuscleDetail {
  id: string;
}

/** What `state()` returns. */
export interface BodyMapState extends BodyMapChangeDetail {
  /** The open muscle's id, or null. */
  muscle: string | null;
  view: BodyMapView;
}

/** Options of `mount` and `update`: the attributes, camelCase or kebab-case. */
export interface BodyMapOptions {
  mode?: BodyMapMode;
  view?: BodyMapView;
  lang?: BodyMapLang;
  layers?: string | BodyMapLayer[];
  muscle?: string;
  regions?: string | string[];
  bookingUrl?: string;
  bookingTarget?: BodyMapBookingTarget;
  /** The id of a `<script type="application/json">` with the clinic's own texts. */
  content?: string;
  remember?: boolean;
}

/** What `mount` returns. */
export interface BodyMapHandle {
  /** Merges `options` into the widget's options and updates it. */
  update(options: BodyMapOptions): void;
  /** Removes the widget. */
  destroy(): void;
  /** The current state, or null before the widget is drawn and after `destroy`. */
  state(): BodyMapState | null;
  /** Settles once the widget is drawn; rejects if it could not start. */
  readonly ready: Promise<void>;
}

/** Renders a widget into `element` (in an open shadow root) with `options`. */
export declare function mount(element: HTMLElement, options?: BodyMapOptions): BodyMapHandle;

/** The `<body-map>` element. */
export declare class BodyMapElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The release version. */
  static readonly version: string;
  /** The current state, or null before the widget is drawn. */
  readonly state: BodyMapState | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "body-map": BodyMapElement;
  }
  interface HTMLElementEventMap {
    "body-map-change": CustomEvent<BodyMapChangeDetail>;
    "body-map-muscle": CustomEvent<BodyMapMuscleDetail>;
  }
}
