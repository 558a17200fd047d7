use std::rc::Rc;

use crate::model::{Content, Lang};

/// What every component reads: the validated content and the language.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Built-in content, with the host's additions when it gave any.
    pub content: Rc<Content>,
    /// The language shown.
    pub lang: Lang,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content) && self.lang == other.lang
    }
}

impl Ctx {
    /// An interface string from `ui.json`.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.content.ui(key, self.lang)
    }

    /// An interface string with `{name}` placeholders filled in; an unknown placeholder is
    /// kept as it is.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        crate::model::fill(self.t(key), values)
    }
}
