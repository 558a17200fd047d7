use std::cell::Cell;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A language Body Map speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every supported language, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code, as used by the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads a `lang` attribute value; regional variants (`es-MX`) map to their language.
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// One user-visible string in every supported language.
///
/// The widget carries its content in English only; each text then knows where its Spanish
/// lies in the Spanish pack, which is loaded when Spanish is first asked for
/// ([`install_spanish`]). Until then [`Text::get`] answers in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: String,
    /// Spanish; empty while it waits in the Spanish pack.
    pub es: String,
    /// Index of the Spanish in the pack.
    packed: Option<u32>,
}

impl Text {
    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, self.packed) {
            (Lang::En, _) => &self.en,
            (Lang::Es, Some(i)) if self.es.is_empty() => spanish(i).unwrap_or(&self.en),
            (Lang::Es, _) => &self.es,
        }
    }

    /// A text read from the content tape: Spanish given, or at `packed` in the Spanish pack.
    pub(super) fn read(en: String, es: String, packed: Option<u32>) -> Text {
        Text { en, es, packed }
    }

    /// Every translation with its language.
    pub fn all(&self) -> [(Lang, &str); 2] {
        [(Lang::En, &self.en), (Lang::Es, self.get(Lang::Es))]
    }
}

/// `s` in lower case, for the languages Body Map speaks: ASCII and the Latin-1 letters (Á, É,
/// Ñ, Ü…). Other letters are kept as they are, which spares the widget the Unicode case tables.
pub fn lowercase(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
            c => c,
        })
        .collect()
}

thread_local! {
    /// The Spanish pack, once loaded. Loaded once per page and kept for its life.
    static SPANISH: Cell<Option<&'static [String]>> = const { Cell::new(None) };
}

fn spanish(index: u32) -> Option<&'static str> {
    let pack = SPANISH.with(Cell::get)?;
    pack.get(index as usize).map(String::as_str)
}

/// Whether the Spanish pack is loaded.
pub fn spanish_ready() -> bool {
    SPANISH.with(Cell::get).is_some()
}

/// Keeps `strings` as the Spanish pack for the page's life (the first pack only).
pub(super) fn set_spanish(strings: Vec<String>) {
    if !spanish_ready() {
        let strings: &'static [String] = Box::leak(strings.into_boxed_slice());
        SPANISH.with(|s| s.set(Some(strings)));
    }
}

/// Reads `{"en": …, "es": …}`, or `["English", n]` with the Spanish at `n` in the pack.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

const FIELDS: &[&str] = &["en", "es"];

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text: an object with \"en\" and \"es\" strings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let (mut en, mut es) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "en" => &mut en,
                "es" => &mut es,
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        Ok(Text {
            en: en.ok_or_else(|| de::Error::missing_field("en"))?,
            es: es.ok_or_else(|| de::Error::missing_field("es"))?,
            packed: None,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        let en: String = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let index: u32 = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(3, &self));
        }
        Ok(Text {
            en,
            es: String::new(),
            packed: Some(index),
        })
    }
}
