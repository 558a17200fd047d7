//! The printed handout: one page, whatever the host page is and whatever the widget shows.
//!
//! Printing is the one thing the widget does to the whole page: a browser prints documents, not
//! elements. So, for the time of printing only, the handout gets a host element of its own,
//! `<body-map-print>`, appended to the page's body with its own shadow root, and a stylesheet on
//! the document hides every other child of the body from print. Both are constructed
//! stylesheets (`CSSStyleSheet` with `replaceSync`), which a strict CSP (`style-src 'self'`)
//! allows, and both go on `afterprint`. The handout's texts are set as text, never as HTML.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::context::Ctx;
use crate::geometry::Viewport;
use crate::model::{handout, Level, MuscleId, RegionId, UiKey};

/// The handout's host element.
const TAG: &str = "body-map-print";

/// The document's rules while the handout is there: on paper only the handout, on screen
/// never the handout.
const PAGE_CSS: &str = "@media screen { body-map-print { display: none !important; } }
@media print {
  html, body { height: auto !important; min-height: 0 !important; max-height: none !important;
    overflow: visible !important; margin: 0 !important; padding: 0 !important;
    background: #ffffff !important; }
  body > :not(body-map-print) { display: none !important; }
  body-map-print { display: block !important; position: static !important; }
}
@page { margin: 12mm; }";

/// Attributes of the on-screen figure that have no place on paper: the widget's DOM hooks
/// (a host script counting `[data-region]` must not count the handout's) and what makes a
/// shape a control.
fn is_screen_only(name: &str) -> bool {
    name.starts_with("data-") || name.starts_with("aria-") || name == "tabindex" || name == "role"
}

/// What the handout shows and where it comes from.
pub struct PrintRequest<'a> {
    /// Any element of the widget: its shadow root gives the stylesheet and the figure.
    pub from: &'a Element,
    /// Content and language.
    pub ctx: &'a Ctx,
    /// The marked areas.
    pub selected: &'a [RegionId],
    /// The muscle open, if any.
    pub muscle: Option<&'a MuscleId>,
    /// The clinic's booking address, already checked as safe.
    pub booking: Option<&'a str>,
}

/// Builds the handout, prints it, and removes it once printed.
pub fn print(request: &PrintRequest) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    // Without constructed stylesheets on documents (browsers before 2023) the page prints as it
    // is, with the widget's own print rules.
    let page = CssStyleSheet::new()
        .ok()
        .filter(|page| page.replace_sync(PAGE_CSS).is_ok());
    let adopts = Reflect::has(&document, &"adoptedStyleSheets".into()).unwrap_or(false);
    let Some(page) = page.filter(|_| adopts) else {
        return window.print();
    };
    // A handout left by a print that never finished goes first.
    while let Some(old) = document.query_selector(TAG)? {
        old.remove();
    }
    let host = document.create_element(TAG)?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let widget = request.from.get_root_node().dyn_into::<ShadowRoot>().ok();
    if let Some(widget) = &widget {
        // The widget's own stylesheet: adopted where the loader shares it, linked elsewhere.
        shadow.set_adopted_style_sheets(&widget.adopted_style_sheets());
        for link in node_list(&widget.query_selector_all("link[rel=stylesheet]")?) {
            shadow.append_child(&link.clone_node()?)?;
        }
    }
    let handout = sheet(&document, widget.as_ref(), request)?;
    shadow.append_child(&handout)?;
    body.append_child(&host)?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&page);
    document.set_adopted_style_sheets(&sheets);
    let cleanup = {
        let document = document.clone();
        move || {
            host.remove();
            let kept: Array = document
                .adopted_style_sheets()
                .iter()
                .filter(|s| s != &JsValue::from(&page))
                .collect();
            document.set_adopted_style_sheets(&kept);
        }
    };
    gloo::events::EventListener::once(&window, "afterprint", move |_| cleanup()).forget();
    window.print()
}

fn node_list(list: &web_sys::NodeList) -> Vec<Element> {
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The whole figure of the current view, with its marked areas, as it is on screen but not
/// zoomed, and inert.
fn figure(widget: &ShadowRoot) -> Result<Option<Element>, JsValue> {
    let Some(svg) = widget.query_selector("svg.bm-figure")? else {
        return Ok(None);
    };
    let copy = svg.clone_node_with_deep(true)?.dyn_into::<Element>()?;
    copy.set_attribute("viewBox", &Viewport::WHOLE.view_box())?;
    copy.remove_attribute("part")?;
    let mut all = node_list(&copy.query_selector_all("*")?);
    all.push(copy.clone());
    for e in &all {
        let names = e.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            if is_screen_only(&name) {
                e.remove_attribute(&name)?;
            }
        }
    }
    copy.set_attribute("aria-hidden", "true")?;
    Ok(Some(copy))
}

/// The handout as a list of elements, each with the index of its parent among those before it
/// (0 is the root): built as plain data, then made into elements in one loop.
#[derive(Default)]
struct Outline(Vec<(usize, &'static str, &'static str, String)>);

impl Outline {
    /// Adds a `tag` element under `parent` with a class and a text (none when empty); returns
    /// its index.
    fn add(&mut self, parent: usize, tag: &'static str, class: &'static str, text: &str) -> usize {
        self.0.push((parent, tag, class, text.to_owned()));
        self.0.len()
    }

    /// A section with a heading and a list under `parent`; returns the list.
    fn section(
        &mut self,
        parent: usize,
        class: &'static str,
        heading: &str,
        list: &'static str,
    ) -> usize {
        let s = self.add(parent, "section", class, "");
        self.add(s, "h2", "", heading);
        self.add(s, list, "", "")
    }
}

/// The handout itself.
fn sheet(
    document: &Document,
    widget: Option<&ShadowRoot>,
    PrintRequest {
        ctx,
        selected,
        muscle,
        booking,
        ..
    }: &PrintRequest,
) -> Result<Element, JsValue> {
    let lang = ctx.lang;
    let h = handout(&ctx.content, selected, *muscle);
    let mut o = Outline::default();
    let head = o.add(0, "header", "bm-sheet-head", "");
    o.add(head, "h1", "", ctx.t(UiKey::HandoutTitle));
    let today = js_sys::Date::new_0()
        .to_locale_date_string(lang.code(), &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default();
    let date = ctx.fill(UiKey::PrintedOn, &[("date", &today)]);
    o.add(head, "p", "bm-sheet-date", &date);
    let body = o.add(0, "div", "bm-sheet-body", "");
    let fig = o.add(body, "div", "bm-sheet-figure", "");
    let text = o.add(body, "div", "bm-sheet-text", "");
    const SECTION: &str = "bm-sheet-section";
    if !h.areas.is_empty() {
        let list = o.section(text, SECTION, ctx.t(UiKey::HandoutAreas), "ul");
        for area in &h.areas {
            o.add(list, "li", "", area.get(lang));
        }
    }
    if !h.muscles.is_empty() {
        let list = o.section(text, SECTION, ctx.t(UiKey::HandoutMuscles), "ol");
        for m in &h.muscles {
            let li = o.add(list, "li", "", "");
            o.add(li, "strong", "", m.name.get(lang));
            o.add(li, "span", "", &format!(" – {}", m.position.get(lang)));
        }
    }
    if !h.self_care.is_empty() {
        let list = o.section(text, SECTION, ctx.t(UiKey::SelfCare), "ul");
        for line in &h.self_care {
            o.add(list, "li", "", line.get(lang));
        }
    }
    let safety = "bm-sheet-section bm-sheet-safety";
    let list = o.section(text, safety, ctx.t(UiKey::SafetyTitle), "ul");
    for (level, flags) in &h.levels {
        let li = o.add(list, "li", level_class(level.level), "");
        o.add(li, "strong", "", level.title.get(lang));
        if !flags.is_empty() {
            let signs = o.add(li, "ul", "", "");
            for flag in flags {
                o.add(signs, "li", "", flag.sign.get(lang));
            }
        }
    }
    let link = booking.map(|url| {
        let p = o.add(text, "p", "bm-sheet-book", "");
        o.add(p, "span", "", &format!("{} ", ctx.t(UiKey::HandoutBook)));
        (o.add(p, "a", "", ""), url)
    });
    o.add(
        text,
        "p",
        "bm-sheet-note",
        ctx.content.safety.disclaimer.get(lang),
    );

    let root = document.create_element("div")?;
    root.set_class_name("bm bm-sheet");
    root.set_attribute("lang", lang.code())?;
    let mut made = vec![root];
    for (parent, tag, class, text) in o.0 {
        let e = document.create_element(tag)?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(&text));
        }
        made[parent].append_child(&e)?;
        made.push(e);
    }
    if let Some(svg) = widget.map(figure).transpose()?.flatten() {
        made[fig].append_child(&svg)?;
    }
    if let Some((a, url)) = link {
        // Written out in full: on paper the address is all there is.
        let a = &made[a];
        a.set_attribute("href", url)?;
        let full = Reflect::get(a, &"href".into())?.as_string();
        a.set_text_content(Some(full.as_deref().unwrap_or(url)));
    }
    Ok(made.swap_remove(0))
}

/// The class of a triage level's line.
fn level_class(level: Level) -> &'static str {
    match level {
        Level::Emergency => "bm-sheet-level bm-sheet-level--emergency",
        Level::Urgent => "bm-sheet-level bm-sheet-level--urgent",
        Level::Soon => "bm-sheet-level bm-sheet-level--soon",
    }
}
