//! The built-in content and the Spanish pack of this build, as `build.rs` wrote them to
//! OUT_DIR: what the widget carries. (The schema and its checks, in `content`, `text`, `ids`,
//! `error` and `validate`, know nothing of OUT_DIR: the build script checks content with them.)

use super::content::Content;
use super::error::ContentError;
use super::json::{self, Json};
use super::tape;
use super::text::set_spanish;
use super::ui_keys::UiKey;
use super::validate;

/// `[(name, JSON)]` of the built-in content files, read from `$dir` in OUT_DIR.
macro_rules! content_files {
    ($dir:literal) => {
        content_files!($dir: "sources.json", "regions.json", "muscles-neck.json",
            "muscles-back.json", "muscles-hips.json", "spine.json", "topics.json", "safety.json",
            "ui.json")
    };
    ($dir:literal: $($name:literal),*) => {
        [$(($name, include_str!(concat!(env!("OUT_DIR"), $dir, $name)))),*]
    };
}

/// The built-in content files, in both languages, as the native tests validate them.
pub const BUILTIN_FILES: [(&str, &str); 9] = content_files!("/");

/// The built-in content files in the widget's form: English, each text pointing into the
/// Spanish pack ([`crate::model::spanish_pack`]). The widget carries them as a tape.
pub const ENGLISH_FILES: [(&str, &str); 9] = content_files!("/en/");

impl Content {
    /// The built-in content: in the browser read from its tape (English, Spanish on demand),
    /// natively parsed and validated from the content files.
    pub fn builtin() -> Result<Content, ContentError> {
        #[cfg(target_arch = "wasm32")]
        return Ok(Content::from_tape());
        #[cfg(not(target_arch = "wasm32"))]
        Content::from_files(&BUILTIN_FILES)
    }

    /// The built-in content as the widget reads it, from the tape `build.rs` writes from the
    /// English files ([`ENGLISH_FILES`]), which are validated by the native tests.
    pub fn from_tape() -> Content {
        tape::read(tape::TAPE)
    }

    /// Parses and validates content given as `(file name, JSON)` pairs; the names are those of
    /// [`BUILTIN_FILES`]. Errors name the file and the path of the bad field.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let keys = UiKey::ALL.map(UiKey::as_str);
        validate::load(files, &keys)
    }
}

/// The id of the Spanish pack that matches this build's English content.
pub const SPANISH_PACK_ID: &str = include_str!(concat!(env!("OUT_DIR"), "/es-pack-id"));

/// The Spanish pack of this build, as the widget fetches it (`body-map-es.json`).
pub fn spanish_pack() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/body-map-es.json"))
}

/// Loads the Spanish pack from its JSON (`{"id", "strings"}`). A pack of another build is
/// refused, since its strings would not line up with this build's texts.
pub fn install_spanish(json: &str) -> Result<(), String> {
    let unreadable = |why: &str| format!("the Spanish texts are unreadable: {why}");
    let pack = json::parse(json).map_err(|e| unreadable(&e.to_string()))?;
    let id = pack
        .get("id")
        .and_then(Json::as_str)
        .ok_or_else(|| unreadable("no id"))?;
    let strings = match pack.get("strings") {
        Some(Json::Array(list)) => list
            .iter()
            .map(|s| s.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>(),
        _ => None,
    }
    .ok_or_else(|| unreadable("no list of strings"))?;
    if id.trim() != SPANISH_PACK_ID.trim() {
        return Err(format!(
            "the Spanish texts are of another version ({id}, expected {})",
            SPANISH_PACK_ID.trim()
        ));
    }
    set_spanish(strings);
    Ok(())
}
