//! A small JSON reader for what the widget reads at run time: host content and the Spanish
//! pack. It accepts the JSON that `serde_json` accepts (property tests hold them to it; at the
//! very edge of the double range it is exact where `serde_json` is not), keeps objects in
//! document order, and says where the text breaks. Numbers are kept as written, since nothing
//! the widget reads is a number.

use std::fmt;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object, its members in document order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The member `key` of an object (the last, if the key repeats).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// One step of the way to a value: a member of an object or an item of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The member with this key.
    Key(String),
    /// The item at this index.
    Index(usize),
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong.
    pub message: &'static str,
    /// The value being read when the text broke: the list item after the last comma read, the
    /// object member whose key was read (none after a comma). Empty at the top.
    pub path: Vec<Step>,
    /// Byte offset of the character that breaks the text (its length at the end of the text).
    pub offset: usize,
    /// Line of the break, from 1.
    pub line: usize,
    /// Column of the break, in characters from 1.
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = (self.line, self.column);
        write!(f, "{} at line {line} column {column}", self.message)
    }
}

/// Lists and objects may nest to one less than this, as in `serde_json`.
const DEPTH: usize = 128;

/// Reads `text` as one JSON value, with nothing after it but whitespace.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut r = Reader {
        text: text.as_bytes(),
        at: 0,
        depth: 0,
        path: Vec::new(),
    };
    let value = r.value()?;
    r.space();
    match r.at < r.text.len() {
        true => Err(r.error("trailing characters")),
        false => Ok(value),
    }
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    depth: usize,
    /// The way to the value being read.
    path: Vec<Step>,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        let at = self.at.min(self.text.len());
        let before = String::from_utf8_lossy(&self.text[..at]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        JsonError {
            message,
            path: self.path.clone(),
            offset: at,
            line,
            column,
        }
    }

    fn eof_or(&self, message: &'static str) -> JsonError {
        match self.at >= self.text.len() {
            true => self.error("EOF while parsing a value"),
            false => self.error(message),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => self.nested(|r| r.array()),
            Some(b'{') => self.nested(|r| r.object()),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn nested(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<Json, JsonError>,
    ) -> Result<Json, JsonError> {
        self.depth += 1;
        if self.depth >= DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1;
        let outer = self.path.len();
        let value = read(self);
        // A list or object read whole leaves the path as it found it.
        self.path.truncate(outer);
        self.depth -= 1;
        value
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        for &b in word.as_bytes() {
            match self.peek() {
                Some(c) if c == b => self.at += 1,
                None => return Err(self.error("EOF while parsing a value")),
                Some(_) => return Err(self.error("expected ident")),
            }
        }
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.eof_or("invalid number")),
        }
        let int = self.at - int_start;
        let mut frac = 0;
        if self.peek() == Some(b'.') {
            self.at += 1;
            frac = self.digits();
            if frac == 0 {
                return Err(self.eof_or("invalid number"));
            }
        }
        let mut exp: i64 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let negative = self.peek() == Some(b'-');
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            let digits_start = self.at;
            if self.digits() == 0 {
                return Err(self.eof_or("invalid number"));
            }
            for &d in &self.text[digits_start..self.at] {
                exp = (exp * 10 + i64::from(d - b'0')).min(1 << 40);
            }
            if negative {
                exp = -exp;
            }
        }
        let lexeme = &self.text[start..self.at];
        let digits: Vec<u8> = lexeme[int_start - start..][..int]
            .iter()
            .chain(lexeme[int_start - start + int..].iter().skip(1).take(frac))
            .copied()
            .collect();
        if too_large(&digits, int, exp) {
            return Err(self.error("number out of range"));
        }
        Ok(Json::Number(String::from_utf8_lossy(lexeme).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(c) => (c as char).to_digit(16),
            };
            match digit {
                Some(d) => n = n * 16 + d,
                None => return Err(self.error("invalid escape")),
            }
            self.at += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("EOF while parsing a string"));
            };
            match c {
                b'"' => {
                    self.at += 1;
                    // The text is a `str`, so what lies between quotes is UTF-8 as well.
                    return Ok(String::from_utf8(out).unwrap_or_default());
                }
                b'\\' => {
                    self.at += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.error("EOF while parsing a string"));
                    };
                    let simple = match e {
                        b'"' => Some(b'"'),
                        b'\\' => Some(b'\\'),
                        b'/' => Some(b'/'),
                        b'b' => Some(8),
                        b'f' => Some(12),
                        b'n' => Some(b'\n'),
                        b'r' => Some(b'\r'),
                        b't' => Some(b'\t'),
                        b'u' => None,
                        _ => return Err(self.error("invalid escape")),
                    };
                    self.at += 1;
                    let ch = match simple {
                        Some(b) => char::from(b),
                        None => self.unicode_escape()?,
                    };
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => {
                    return Err(self.error(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ));
                }
                _ => {
                    out.push(c);
                    self.at += 1;
                }
            }
        }
    }

    /// The character of a `\u` escape (the `\u` read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.peek() != Some(b'\\') || self.text.get(self.at + 1) != Some(&b'u') {
                    return Err(self.eof_or("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        let (eof, expected) = ("EOF while parsing a list", "expected `,` or `]`");
        self.path.push(Step::Index(0));
        self.items(b']', eof, expected, Self::value)
            .map(Json::Array)
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        let (eof, expected) = ("EOF while parsing an object", "expected `,` or `}`");
        self.items(b'}', eof, expected, Self::member)
            .map(Json::Object)
    }

    /// One `"key": value` of an object; its key goes on the path.
    fn member(&mut self) -> Result<(String, Json), JsonError> {
        match self.peek() {
            Some(b'"') => {}
            None => return Err(self.error("EOF while parsing an object")),
            Some(_) => return Err(self.error("key must be a string")),
        }
        let key = self.string()?;
        self.path.push(Step::Key(key.clone()));
        self.space();
        match self.peek() {
            Some(b':') => self.at += 1,
            None => return Err(self.error("EOF while parsing an object")),
            Some(_) => return Err(self.error("expected `:`")),
        }
        Ok((key, self.value()?))
    }

    /// The comma-separated items of a list or an object (its opening read) up to `close`. The
    /// item being read has its step on the path: a list's index (there from the opening,
    /// counted at each comma), an object's key (from when it is read to the next comma).
    fn items<T>(
        &mut self,
        close: u8,
        eof: &'static str,
        expected: &'static str,
        item: fn(&mut Self) -> Result<T, JsonError>,
    ) -> Result<Vec<T>, JsonError> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            self.space();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    match self.path.last_mut() {
                        Some(Step::Index(i)) => *i += 1,
                        _ => {
                            self.path.pop();
                        }
                    }
                    self.space();
                    if self.peek() == Some(close) {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(items);
                }
                None => return Err(self.error(eof)),
                Some(_) => return Err(self.error(expected)),
            }
        }
    }
}

/// Whether a number is too large for a double, as `serde_json` refuses it: `digits` are its
/// integer and fraction digits, the first `int` of them before the point, times 10^`exp`.
fn too_large(digits: &[u8], int: usize, exp: i64) -> bool {
    /// The smallest number that rounds to infinity (`f64::MAX` and half a unit), its digits;
    /// it has 309 digits before the point.
    const LIMIT: &[u8] = b"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    let significant = &digits[lead..];
    let end = significant.len() - significant.iter().rev().take_while(|&&d| d == b'0').count();
    let significant = &significant[..end];
    if significant.is_empty() {
        return false;
    }
    // The number is 0.<significant> times 10^before.
    let before = int as i64 - lead as i64 + exp;
    match before.cmp(&309) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => significant >= LIMIT,
    }
}
