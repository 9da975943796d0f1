//! Reading a TOML file into a tree of values, and finding the line of any
//! value in the source so that every problem can point at `file:line:column`.
//!
//! The parser (`basic-toml`, chosen for its size) only reports positions of
//! syntax errors. For problems found later (a missing explanation, an answer
//! that names no option…) [`Locator`] scans the source text once and maps
//! each key path (`options[2].explanation.fr`) to the line where it is written.

use serde_json::Value;
use std::collections::HashMap;

/// One step in a path from the top of a file to a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

pub type Path = Vec<Seg>;

/// Renders a path the way an advisor sees it in the file: `options[2].text`.
pub fn path_to_string(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{}]", i + 1)),
        }
    }
    out
}

/// A syntax error, with 1-based line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub col: usize,
    pub detail: String,
}

/// A file larger than this is not read (a real exercise is a few kilobytes).
pub const MAX_BYTES: usize = 256 * 1024;
/// Values nested deeper than this are not read (real files nest 4 or 5 deep).
pub const MAX_DEPTH: usize = 32;

/// A file the parser must not be given: it could exhaust the page's stack.
#[derive(Clone, Debug, PartialEq)]
pub enum Limit {
    TooBig {
        bytes: usize,
    },
    /// Nesting deeper than [`MAX_DEPTH`] starts here (1-based).
    TooDeep {
        line: usize,
        col: usize,
    },
}

#[derive(Clone, Copy, PartialEq)]
enum Scan {
    Normal,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// Checks size and nesting depth *before* parsing, with a scan that keeps no
/// recursion of its own. Depth counts the segments of table headers
/// (`[a.b]`), of dotted keys (`a.b.c = …`) and every list or inline table.
pub fn check_limits(src: &str) -> Result<(), Limit> {
    if src.len() > MAX_BYTES {
        return Err(Limit::TooBig { bytes: src.len() });
    }
    let b = src.as_bytes();
    let (mut line, mut col) = (1usize, 0usize);
    let mut state = Scan::Normal;
    // Open lists and inline tables (`[` or `{`), each with the key segments that led to it.
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut nested_keys = 0usize;
    let (mut header, mut key, mut pending) = (0usize, 0usize, 0usize);
    let (mut in_key, mut line_has_text) = (true, false);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // Columns count characters, not the bytes of accented letters.
        if c & 0xC0 != 0x80 {
            col += 1;
        }
        let starts = |s: &[u8]| b[i..].starts_with(s);
        match state {
            Scan::Comment => {
                if c == b'\n' {
                    state = Scan::Normal;
                    continue; // the newline is handled as in normal text
                }
            }
            Scan::Basic | Scan::MultiBasic if c == b'\\' => {
                i += 1; // an escaped character, whatever it is
            }
            Scan::Basic if c == b'"' => state = Scan::Normal,
            Scan::Literal if c == b'\'' => state = Scan::Normal,
            Scan::MultiBasic if starts(b"\"\"\"") => {
                state = Scan::Normal;
                i += 2;
            }
            Scan::MultiLiteral if starts(b"\'\'\'") => {
                state = Scan::Normal;
                i += 2;
            }
            Scan::Basic | Scan::Literal | Scan::MultiBasic | Scan::MultiLiteral => {}
            Scan::Normal => match c {
                b'#' => state = Scan::Comment,
                b'"' | b'\'' => {
                    let triple: &[u8] = if c == b'"' { b"\"\"\"" } else { b"\'\'\'" };
                    if starts(triple) {
                        state = if c == b'"' { Scan::MultiBasic } else { Scan::MultiLiteral };
                        i += 2;
                    } else {
                        state = if c == b'"' { Scan::Basic } else { Scan::Literal };
                    }
                    if in_key && key == 0 {
                        key = 1;
                    }
                    line_has_text = true;
                }
                b'[' if stack.is_empty() && !line_has_text => {
                    // A table header: its segments, up to the end of the line.
                    let end = b[i..].iter().position(|&x| x == b'\n').map_or(b.len(), |n| i + n);
                    let text = &b[i..end];
                    let dots = count_outside_quotes(text, b'.');
                    header = dots + 1 + usize::from(text.starts_with(b"[["));
                    if header > MAX_DEPTH {
                        return Err(Limit::TooDeep { line, col });
                    }
                    line_has_text = true;
                    i = end;
                    continue;
                }
                b'[' | b'{' => {
                    let segs = if in_key { key } else { pending };
                    nested_keys += segs;
                    stack.push((c, segs));
                    pending = 0;
                    (in_key, key) = (c == b'{', 0);
                    line_has_text = true;
                }
                b']' | b'}' => {
                    nested_keys -= stack.pop().map_or(0, |(_, segs)| segs);
                    in_key = false;
                }
                b',' => {
                    if stack.is_empty() {
                        in_key = false;
                    } else if stack.last().is_some_and(|&(open, _)| open == b'{') {
                        (in_key, key) = (true, 0);
                    }
                }
                b'=' if in_key => {
                    (in_key, pending) = (false, key);
                }
                b'.' if in_key => key += 1,
                b'\n' => {
                    line += 1;
                    col = 0;
                    line_has_text = false;
                    if stack.is_empty() {
                        (in_key, key, pending) = (true, 0, 0);
                    }
                }
                b' ' | b'\t' | b'\r' => {}
                _ => {
                    if in_key && key == 0 {
                        key = 1;
                    }
                    line_has_text = true;
                }
            },
        }
        if state != Scan::Comment && c == b'\n' && state != Scan::Normal {
            line += 1;
            col = 0;
        }
        let depth = header + nested_keys + stack.len() + if in_key { key } else { pending };
        if depth > MAX_DEPTH {
            return Err(Limit::TooDeep { line, col: col.max(1) });
        }
        i += 1;
    }
    Ok(())
}

fn count_outside_quotes(text: &[u8], what: u8) -> usize {
    let mut quote = None;
    let mut n = 0;
    for &c in text {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'#') => break,
            (None, _) if c == what => n += 1,
            _ => {}
        }
    }
    n
}

/// Parses TOML text into a JSON-like tree.
pub fn parse(src: &str) -> Result<Value, SyntaxError> {
    basic_toml::from_str::<Value>(src).map_err(|e| {
        let (line, col) = e.line_col().map(|(l, c)| (l + 1, c + 1)).unwrap_or((1, 1));
        let mut detail = e.to_string();
        if let Some(cut) = detail.find(" at line ") {
            detail.truncate(cut);
        }
        SyntaxError { line, col, detail }
    })
}

/// Maps key paths to the (line, column) where they are written.
#[derive(Debug, Default)]
pub struct Locator {
    places: HashMap<Path, (usize, usize)>,
}

impl Locator {
    pub fn new(src: &str) -> Self {
        let mut places = HashMap::new();
        let mut current: Path = Vec::new();
        // How many times each array-of-tables header has been seen.
        let mut array_counts: HashMap<Vec<String>, usize> = HashMap::new();
        // How many tables each array of tables holds, by its full path.
        let mut table_counts: HashMap<Path, usize> = HashMap::new();
        let mut lines = src.lines().enumerate();
        while let Some((n, raw)) = lines.next() {
            let line_no = n + 1;
            let line = raw.trim_start();
            let indent = raw.len() - line.len() + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix("[[") {
                let name = rest.split("]]").next().unwrap_or("");
                let keys = split_keys(name);
                // `[[call.answers]]` is in the last [[call]] table, counted apart for each.
                current = Vec::new();
                for (i, k) in keys.iter().enumerate() {
                    current.push(Seg::Key(k.clone()));
                    if i + 1 < keys.len() {
                        if let Some(c) = array_counts.get(&keys[..=i]) {
                            current.push(Seg::Index(c.saturating_sub(1)));
                        }
                    }
                }
                let count = table_counts.entry(current.clone()).or_insert(0);
                let index = *count;
                *count += 1;
                array_counts.insert(keys, index + 1);
                places.entry(current.clone()).or_insert((line_no, indent));
                current.push(Seg::Index(index));
                places.entry(current.clone()).or_insert((line_no, indent));
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let name = rest.split(']').next().unwrap_or("");
                let keys = split_keys(name);
                // `[options.text]` means "in the last [[options]] table".
                current = Vec::new();
                for (i, k) in keys.iter().enumerate() {
                    current.push(Seg::Key(k.clone()));
                    if let Some(c) = array_counts.get(&keys[..=i]) {
                        current.push(Seg::Index(c.saturating_sub(1)));
                    }
                }
                places.entry(current.clone()).or_insert((line_no, indent));
                continue;
            }
            let Some(eq) = find_equals(line) else { continue };
            // `title.fr = …` also tells where `title` is written.
            let mut path = current.clone();
            for key in split_keys(&line[..eq]) {
                path.push(Seg::Key(key));
                places.entry(path.clone()).or_insert((line_no, indent));
            }
            let value = line[eq + 1..].trim_start();
            if let Some(delim) = ["\"\"\"", "'''"].into_iter().find(|d| value.starts_with(d)) {
                // A multi-line string: skip to its closing delimiter.
                if !value[3..].contains(delim) {
                    for (_, l) in lines.by_ref() {
                        if l.contains(delim) {
                            break;
                        }
                    }
                }
            } else if value.starts_with('[') && !closes_array(value) {
                // A list written over several lines: one element per line.
                let mut index = count_elements(&value[1..]);
                for (m, l) in lines.by_ref() {
                    let t = l.trim_start();
                    if t.starts_with(']') {
                        break;
                    }
                    if !t.is_empty() && !t.starts_with('#') {
                        let count = count_elements(t).max(1);
                        for i in index..index + count {
                            let mut p = path.clone();
                            p.push(Seg::Index(i));
                            places.entry(p).or_insert((m + 1, l.len() - t.len() + 1));
                        }
                        index += count;
                    }
                    if closes_array(t) {
                        break;
                    }
                }
            }
        }
        Locator { places }
    }

    /// The place of `path`, or of its nearest written ancestor; (1, 1) if none.
    pub fn locate(&self, path: &[Seg]) -> (usize, usize) {
        (0..=path.len()).rev().find_map(|n| self.places.get(&path[..n]).copied()).unwrap_or((1, 1))
    }
}

fn split_keys(s: &str) -> Vec<String> {
    s.split('.').map(|k| k.trim().trim_matches('"').trim_matches('\'').to_string()).filter(|k| !k.is_empty()).collect()
}

/// Position of the `=` that ends a key, outside quotes.
fn find_equals(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '=') => return Some(i),
            (None, '#') => return None,
            _ => {}
        }
    }
    None
}

/// Does this text close the list it is in (a `]` outside strings)?
fn closes_array(s: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            (None, '#') => break,
            _ => {}
        }
    }
    depth < 0 || (s.starts_with('[') && depth == 0)
}

/// Number of list elements that start on this piece of a line.
fn count_elements(s: &str) -> usize {
    let body = s.trim();
    if body.is_empty() || body.starts_with(']') || body.starts_with('#') {
        return 0;
    }
    let mut n = 1;
    let mut quote: Option<char> = None;
    // Commas inside an inline table (`{ fr = "…", en = "…" }`) separate its keys, not elements.
    let mut braces = 0i32;
    for c in body.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '{') => braces += 1,
            (None, '}') => braces -= 1,
            (None, ',') if braces == 0 => n += 1,
            (None, ']' | '#') => break,
            _ => {}
        }
    }
    // A trailing comma does not start a new element.
    if body.trim_end_matches(|c: char| c == ']' || c.is_whitespace()).ends_with(',') {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Seg {
        Seg::Key(s.into())
    }

    const SRC: &str = r#"id = "test"
kind = "choice"
title.fr = "Titre"

[instruction]
fr = """
Plusieurs
lignes
"""
en = "Lines"

[[options]]
id = "a"
text.fr = "A"

[[options]]
id = "b"
explanation.fr = "Parce que"
list = [
  "un",
  "deux", "trois",
  "quatre",
]
"#;

    #[test]
    fn finds_keys_tables_and_array_elements() {
        let loc = Locator::new(SRC);
        assert_eq!(loc.locate(&[k("kind")]), (2, 1));
        assert_eq!(loc.locate(&[k("title"), k("fr")]), (3, 1));
        assert_eq!(loc.locate(&[k("instruction"), k("en")]), (10, 1));
        assert_eq!(loc.locate(&[k("options"), Seg::Index(0), k("text"), k("fr")]), (14, 1));
        assert_eq!(loc.locate(&[k("options"), Seg::Index(1)]), (16, 1));
        assert_eq!(loc.locate(&[k("options"), Seg::Index(1), k("explanation"), k("fr")]), (18, 1));
        assert_eq!(loc.locate(&[k("options"), Seg::Index(1), k("list"), Seg::Index(2)]), (21, 3));
        assert_eq!(loc.locate(&[k("options"), Seg::Index(1), k("list"), Seg::Index(3)]), (22, 3));
    }

    #[test]
    fn nested_arrays_of_tables_are_counted_in_their_parent() {
        let src = "[[call]]\nsays = \"a\"\n[[call.answers]]\nid = \"x\"\n[[call.answers]]\nid = \"y\"\n\
                   [[call]]\nsays = \"b\"\n[[call.answers]]\nid = \"z\"\n";
        let loc = Locator::new(src);
        assert_eq!(loc.locate(&[k("call"), Seg::Index(0), k("answers"), Seg::Index(1), k("id")]), (6, 1));
        assert_eq!(loc.locate(&[k("call"), Seg::Index(1), k("says")]), (8, 1));
        assert_eq!(loc.locate(&[k("call"), Seg::Index(1), k("answers"), Seg::Index(0), k("id")]), (10, 1));
    }

    #[test]
    fn inline_tables_in_a_list_count_once_each() {
        let src = "tips = [\n  { fr = \"a\", en = \"b\" },\n  { fr = \"c\", en = \"d\" },\n]\n";
        let loc = Locator::new(src);
        assert_eq!(loc.locate(&[k("tips"), Seg::Index(1)]), (3, 3));
    }

    #[test]
    fn missing_key_points_at_its_table() {
        let loc = Locator::new(SRC);
        assert_eq!(loc.locate(&[k("options"), Seg::Index(1), k("text")]), (16, 1));
        assert_eq!(loc.locate(&[k("notes")]), (1, 1));
    }

    #[test]
    fn syntax_error_has_position() {
        let err = parse("id = \"a\"\nkind = \n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(!err.detail.contains("at line"));
    }

    #[test]
    fn path_renders_one_based() {
        assert_eq!(path_to_string(&[k("options"), Seg::Index(0), k("text")]), "options[1].text");
    }
}
