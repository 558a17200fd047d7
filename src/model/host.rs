//! Host content: what a clinic adds to or changes in the built-in content, validated with the
//! same precise errors.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::Content;
use super::error::{ContentError, ErrorKind};
use super::ids::MuscleId;
use super::text::{Lang, Text};
use super::validate::parse;

/// A text where each language is optional: what is missing keeps the built-in wording.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialText {
    /// English.
    #[serde(default)]
    pub en: Option<String>,
    /// Spanish.
    #[serde(default)]
    pub es: Option<String>,
}

impl PartialText {
    fn apply_to(&self, text: &mut Text) {
        for (lang, value) in [(Lang::En, &self.en), (Lang::Es, &self.es)] {
            if let Some(v) = value.as_ref().filter(|v| !v.trim().is_empty()) {
                match lang {
                    Lang::En => text.en = v.clone(),
                    Lang::Es => text.es = v.clone(),
                }
            }
        }
    }

    fn is_empty(&self) -> bool {
        [&self.en, &self.es]
            .iter()
            .all(|v| v.as_ref().is_none_or(|s| s.trim().is_empty()))
    }
}

/// Texts of one muscle a host may change.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MuscleOverride {
    /// Common name.
    #[serde(default)]
    pub name: Option<PartialText>,
    /// Patient description.
    #[serde(default)]
    pub summary: Option<PartialText>,
    /// What the clinic's therapists do.
    #[serde(default)]
    pub therapist: Option<PartialText>,
}

/// The host's JSON.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostContent {
    /// A note from the clinic, shown with every answer.
    #[serde(default)]
    pub note: Option<PartialText>,
    /// Interface strings to change, by key.
    #[serde(default)]
    pub strings: BTreeMap<String, PartialText>,
    /// Muscle texts to change, by muscle id.
    #[serde(default)]
    pub muscles: BTreeMap<MuscleId, MuscleOverride>,
}

impl Content {
    /// This content with the host's additions from `json` (named `source` in errors).
    /// Errors name the path of the bad field; `self` is left as it was.
    pub fn with_host(&self, source: &str, json: &str) -> Result<Content, ContentError> {
        let host: HostContent = parse(source, json)?;
        let mut content = self.clone();
        if let Some(note) = &host.note {
            if note.is_empty() {
                let msg = "empty text".to_owned();
                return Err(ContentError::new(ErrorKind::Empty, source, "note", msg));
            }
            let mut text = Text::default();
            note.apply_to(&mut text);
            // A note in one language only is shown in every language.
            if text.en.is_empty() {
                text.en = text.es.clone();
            }
            if text.es.is_empty() {
                text.es = text.en.clone();
            }
            content.note = Some(text);
        }
        for (key, value) in &host.strings {
            let Some(text) = content.ui.get_mut(key) else {
                return Err(ContentError::new(
                    ErrorKind::UnknownId,
                    source,
                    format!("strings.{key}"),
                    format!("unknown interface string \"{key}\""),
                ));
            };
            value.apply_to(text);
        }
        for (id, o) in &host.muscles {
            let Some(muscle) = content.muscles.iter_mut().find(|m| &m.id == id) else {
                return Err(ContentError::new(
                    ErrorKind::UnknownId,
                    source,
                    format!("muscles.{id}"),
                    format!("unknown muscle \"{id}\""),
                ));
            };
            for (field, value) in [
                (&mut muscle.name, &o.name),
                (&mut muscle.summary, &o.summary),
                (&mut muscle.therapist, &o.therapist),
            ] {
                if let Some(v) = value {
                    v.apply_to(field);
                }
            }
        }
        Ok(content)
    }
}
