//! Host content: what a clinic adds to or changes in the built-in content, validated with the
//! same precise errors. Its small schema is read by hand from the widget's own JSON reader
//! ([`super::json`]), so the widget carries no general deserializer.

use std::collections::BTreeMap;

use super::content::Content;
use super::error::{ContentError, ErrorKind};
use super::ids::MuscleId;
use super::json::{self, Json, Step};
use super::text::{Lang, Text};

/// A text where each language is optional: what is missing keeps the built-in wording.
#[derive(Clone, Debug, Default)]
pub struct PartialText {
    /// English.
    pub en: Option<String>,
    /// Spanish.
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
#[derive(Clone, Debug, Default)]
pub struct MuscleOverride {
    /// Common name.
    pub name: Option<PartialText>,
    /// Patient description.
    pub summary: Option<PartialText>,
    /// What the clinic's therapists do.
    pub therapist: Option<PartialText>,
}

/// The host's JSON.
#[derive(Clone, Debug, Default)]
pub struct HostContent {
    /// A note from the clinic, shown with every answer.
    pub note: Option<PartialText>,
    /// Interface strings to change, by key.
    pub strings: BTreeMap<String, PartialText>,
    /// Muscle texts to change, by muscle id.
    pub muscles: BTreeMap<MuscleId, MuscleOverride>,
}

/// Where a value lies, for error messages: `strings.prompt.en`; the top is `.`.
fn join(path: &str, key: &str) -> String {
    let plain =
        !key.is_empty() && !key.contains(|c: char| c == '.' || c.is_whitespace() || c.is_control());
    let key = match plain {
        true => key.to_owned(),
        false => quoted(key),
    };
    match path {
        "." => key,
        _ => format!("{path}.{key}"),
    }
}

/// `key` in quotes, its control characters escaped, so an error stays on one clean line.
fn quoted(key: &str) -> String {
    let mut out = String::from("\"");
    for c in key.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn found(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "true or false",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

/// Reads host content, naming the file (`source`) and the path of the first bad field.
struct Reader<'a> {
    source: &'a str,
}

impl Reader<'_> {
    fn error(&self, path: impl Into<String>, message: String) -> ContentError {
        ContentError::new(ErrorKind::Schema, self.source, path, message)
    }

    fn object<'v>(
        &self,
        path: &str,
        value: &'v Json,
        what: &str,
    ) -> Result<&'v [(String, Json)], ContentError> {
        match value {
            Json::Object(members) => Ok(members),
            other => Err(self.error(path, format!("expected {what}, found {}", found(other)))),
        }
    }

    /// Each field of the object at `path`, refusing any name but `fields`.
    fn fields<'v>(
        &self,
        path: &str,
        value: &'v Json,
        what: &str,
        fields: &[&str],
    ) -> Result<Vec<(&'v str, &'v Json, String)>, ContentError> {
        let map = self.object(path, value, what)?;
        map.iter()
            .map(|(key, value)| {
                let at = join(path, key);
                match fields.contains(&key.as_str()) {
                    true => Ok((key.as_str(), value, at)),
                    false => {
                        let expected = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>();
                        let message = format!(
                            "unknown field {}, expected {}",
                            quoted(key),
                            expected.join(" or ")
                        );
                        Err(self.error(at, message))
                    }
                }
            })
            .collect()
    }

    fn text(&self, path: &str, value: &Json) -> Result<PartialText, ContentError> {
        let mut text = PartialText::default();
        let what = "a text, an object with \"en\" and \"es\"";
        for (key, value, at) in self.fields(path, value, what, &["en", "es"])? {
            let slot = if key == "en" {
                &mut text.en
            } else {
                &mut text.es
            };
            *slot = match value {
                Json::Null => None,
                Json::String(s) => Some(s.clone()),
                other => {
                    return Err(self.error(at, format!("expected a string, found {}", found(other))))
                }
            };
        }
        Ok(text)
    }

    fn optional_text(&self, path: &str, value: &Json) -> Result<Option<PartialText>, ContentError> {
        match value {
            Json::Null => Ok(None),
            value => self.text(path, value).map(Some),
        }
    }

    fn host(&self, value: &Json) -> Result<HostContent, ContentError> {
        let mut host = HostContent::default();
        let what = "a JSON object at the top";
        for (key, value, at) in self.fields(".", value, what, &["note", "strings", "muscles"])? {
            match key {
                "note" => host.note = self.optional_text(&at, value)?,
                "strings" if *value != Json::Null => {
                    for (key, text) in self.object(&at, value, "an object of interface strings")? {
                        host.strings
                            .insert(key.clone(), self.text(&join(&at, key), text)?);
                    }
                }
                "muscles" if *value != Json::Null => {
                    for (id, texts) in self.object(&at, value, "an object of muscles by id")? {
                        let path = join(&at, id);
                        let mut o = MuscleOverride::default();
                        let fields = ["name", "summary", "therapist"];
                        for (field, value, at) in
                            self.fields(&path, texts, "an object of muscle texts", &fields)?
                        {
                            let text = self.optional_text(&at, value)?;
                            match field {
                                "name" => o.name = text,
                                "summary" => o.summary = text,
                                _ => o.therapist = text,
                            }
                        }
                        host.muscles.insert(MuscleId::new(id.as_str()), o);
                    }
                }
                _ => {}
            }
        }
        Ok(host)
    }
}

impl HostContent {
    /// Reads the host's JSON; errors name `source` and the path of the bad field.
    pub fn parse(source: &str, json: &str) -> Result<HostContent, ContentError> {
        let value = json::parse(json).map_err(|err| {
            let message = format!("not valid JSON: {err}");
            // Name the field being read where the text broke.
            let path = err
                .path
                .iter()
                .fold(".".to_owned(), |path, step| match step {
                    Step::Key(key) => join(&path, key),
                    Step::Index(i) if path == "." => format!("[{i}]"),
                    Step::Index(i) => format!("{path}[{i}]"),
                });
            ContentError::new(ErrorKind::Syntax, source, path, message)
        })?;
        Reader { source }.host(&value)
    }
}

impl Content {
    /// This content with the host's additions from `json` (named `source` in errors).
    /// Errors name the path of the bad field; `self` is left as it was.
    pub fn with_host(&self, source: &str, json: &str) -> Result<Content, ContentError> {
        let host = HostContent::parse(source, json)?;
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
