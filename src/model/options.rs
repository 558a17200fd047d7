//! The public options of a widget (attributes of `<body-map>` or the `mount` options), parsed
//! with a warning for every value that falls back to its default.

use super::content::Content;
use super::ids::{MuscleId, RegionId, View};
use super::text::Lang;

/// Who the widget is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A person in pain: "Where does it hurt?"
    #[default]
    Patient,
    /// A therapist explaining muscles, the spine and the topics.
    Explore,
}

impl Mode {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Patient => "patient",
            Mode::Explore => "explore",
        }
    }
}

/// Where the booking link opens (`booking-target`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BookingTarget {
    /// In the same frame: the page with the widget is left.
    #[default]
    Same,
    /// In a new tab (a site builder's sandboxed iframe cannot navigate itself away).
    Blank,
    /// In the whole window, out of any frame.
    Top,
}

impl BookingTarget {
    /// The attribute value, also the link's `target`.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingTarget::Same => "_self",
            BookingTarget::Blank => "_blank",
            BookingTarget::Top => "_top",
        }
    }
}

/// A drawing layer of the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// The tappable pain regions.
    Regions,
    /// The 33 vertebrae and the discs.
    Spine,
    /// The muscle shapes.
    Muscles,
    /// X marks of trigger points.
    TriggerPoints,
    /// Referral zones of the shown muscle.
    Referral,
}

impl Layer {
    /// Every layer, in the order the layer switches list them.
    pub const ALL: [Layer; 5] = [
        Layer::Regions,
        Layer::Spine,
        Layer::Muscles,
        Layer::TriggerPoints,
        Layer::Referral,
    ];

    /// The value in the `layers` attribute, also the `ui.json` key suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Regions => "regions",
            Layer::Spine => "spine",
            Layer::Muscles => "muscles",
            Layer::TriggerPoints => "trigger-points",
            Layer::Referral => "referral",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers(u8);

impl Layers {
    /// Every layer on.
    pub const ALL: Layers = Layers(0b1_1111);

    /// No layer on.
    pub const NONE: Layers = Layers(0);

    /// The layers a mode starts with: a patient sees the tappable areas and the spine (a
    /// muscle appears when opened); a therapist points at muscles, not at pain areas.
    pub fn default_for(mode: Mode) -> Layers {
        match mode {
            Mode::Patient => Layers::ALL.toggled(Layer::Muscles),
            Mode::Explore => Layers::ALL.toggled(Layer::Regions),
        }
    }

    /// Whether `layer` is on.
    pub fn has(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// The set with `layer` switched.
    pub fn toggled(self, layer: Layer) -> Layers {
        Layers(self.0 ^ layer.bit())
    }

    /// The set with `layer` added.
    pub fn with(self, layer: Layer) -> Layers {
        Layers(self.0 | layer.bit())
    }
}

impl Default for Layers {
    fn default() -> Self {
        Layers::default_for(Mode::Patient)
    }
}

/// Everything a host can set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `mode`.
    pub mode: Mode,
    /// `view`.
    pub view: View,
    /// `lang`.
    pub lang: Lang,
    /// `layers`.
    pub layers: Layers,
    /// `muscle`: shown at start.
    pub muscle: Option<MuscleId>,
    /// `regions`: marked at start.
    pub regions: Vec<RegionId>,
    /// `booking-url`: shows a "Book a session" link.
    pub booking_url: Option<String>,
    /// `booking-target`: where the booking link opens.
    pub booking_target: BookingTarget,
    /// `content`: id of the host's `<script type="application/json">`.
    pub content: Option<String>,
    /// `remember`: keep the selection on this device.
    pub remember: bool,
}

/// The attributes a `<body-map>` element watches.
pub const ATTRIBUTES: [&str; 10] = [
    "mode",
    "view",
    "lang",
    "layers",
    "muscle",
    "regions",
    "booking-url",
    "booking-target",
    "content",
    "remember",
];

impl Options {
    /// Reads options through `get` (attribute name to value). Unknown or invalid values fall
    /// back to their defaults; each such value gives one readable warning.
    pub fn parse(
        get: impl Fn(&str) -> Option<String>,
        content: &Content,
    ) -> (Options, Vec<String>) {
        let mut o = Options::default();
        let mut warnings = Vec::new();
        let mut warn = |name: &str, value: &str, expected: &str| {
            warnings.push(format!(
                "<body-map>: ignoring {name}=\"{}\"; expected {expected}",
                value.chars().take(80).collect::<String>()
            ));
        };
        if let Some(v) = get("mode") {
            match v.trim().to_ascii_lowercase().as_str() {
                "patient" | "" => o.mode = Mode::Patient,
                "explore" => o.mode = Mode::Explore,
                _ => warn("mode", &v, "\"patient\" or \"explore\""),
            }
        }
        if let Some(v) = get("view") {
            match View::parse(&v) {
                Some(view) => o.view = view,
                None if v.trim().is_empty() => {}
                None => warn("view", &v, "\"front\", \"back\" or \"side\""),
            }
        }
        if let Some(v) = get("lang") {
            match Lang::parse(&v) {
                Some(lang) => o.lang = lang,
                None if v.trim().is_empty() => {}
                None => warn("lang", &v, "\"en\" or \"es\""),
            }
        }
        o.layers = Layers::default_for(o.mode);
        if let Some(v) = get("layers") {
            let mut layers = Layers::NONE;
            for word in v.split([',', ' ']).filter(|w| !w.is_empty()) {
                match Layer::ALL
                    .iter()
                    .find(|l| l.as_str().eq_ignore_ascii_case(word))
                {
                    Some(&l) => layers = layers.with(l),
                    None => warn(
                        "layers",
                        word,
                        "regions, spine, muscles, trigger-points, referral",
                    ),
                }
            }
            if layers != Layers::NONE {
                o.layers = layers;
            }
        }
        if let Some(v) = get("muscle") {
            let id = MuscleId::new(v.trim());
            if content.muscle(&id).is_some() {
                o.muscle = Some(id);
            } else if !v.trim().is_empty() {
                warn("muscle", &v, "a muscle id such as \"levator_scapulae\"");
            }
        }
        if let Some(v) = get("regions") {
            for word in v.split([',', ' ']).map(str::trim).filter(|w| !w.is_empty()) {
                let id = RegionId::new(word);
                if content.region(&id).is_some() {
                    if !o.regions.contains(&id) {
                        o.regions.push(id);
                    }
                } else {
                    warn("regions", word, "region ids such as \"neck-angle-left\"");
                }
            }
        }
        if let Some(v) = get("booking-url") {
            let url = v.trim();
            if is_safe_url(url) {
                o.booking_url = Some(url.to_owned());
            } else if !url.is_empty() {
                warn("booking-url", &v, "an http(s) or relative address");
            }
        }
        if let Some(v) = get("booking-target") {
            match v.trim().to_ascii_lowercase().as_str() {
                "" | "_self" => o.booking_target = BookingTarget::Same,
                "_blank" => o.booking_target = BookingTarget::Blank,
                "_top" => o.booking_target = BookingTarget::Top,
                _ => warn("booking-target", &v, "\"_self\", \"_blank\" or \"_top\""),
            }
        }
        if let Some(v) = get("content") {
            let id = v.trim();
            if !id.is_empty() {
                o.content = Some(id.to_owned());
            }
        }
        if let Some(v) = get("remember") {
            o.remember = !matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "false" | "no" | "off" | "0"
            );
        }
        (o, warnings)
    }
}

/// Whether a link target is safe to put in `href`: http(s), or a relative address; never a
/// `javascript:` or `data:` address.
pub fn is_safe_url(url: &str) -> bool {
    if url.is_empty() || url.chars().any(char::is_control) {
        return false;
    }
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            let scheme = scheme.to_ascii_lowercase();
            scheme == "https" || scheme == "http" || scheme == "mailto" || scheme == "tel"
        }
        _ => true,
    }
}
