use std::fmt;

/// What is wrong with a piece of content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Not valid JSON.
    Syntax,
    /// Valid JSON that does not fit the schema: a missing field, a wrong type, an unknown field.
    Schema,
    /// A reference to an id that does not exist.
    UnknownId,
    /// An id defined twice.
    DuplicateId,
    /// A required text, list or translation is empty.
    Empty,
    /// A value outside its allowed range or form.
    Invalid,
}

/// A content error, with the file and the path of the bad field, e.g.
/// `muscles-neck.json: muscles[3].trigger_points[1].essential[0]: unknown region "scapla-left"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// What kind of problem.
    pub kind: ErrorKind,
    /// File name, or the host's element id for host content.
    pub file: String,
    /// Path of the bad field inside the file (`.` for the whole file).
    pub path: String,
    /// Readable explanation.
    pub message: String,
}

impl ContentError {
    pub(super) fn new(
        kind: ErrorKind,
        file: &str,
        path: impl Into<String>,
        message: String,
    ) -> Self {
        ContentError {
            kind,
            file: file.to_owned(),
            path: path.into(),
            message,
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.message)
    }
}

impl std::error::Error for ContentError {}
