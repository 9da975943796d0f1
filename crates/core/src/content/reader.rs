//! Reads typed fields out of a parsed TOML tree, recording a located,
//! plain-language problem for anything missing or malformed instead of
//! stopping at the first one.

use super::tree::{self, path_to_string, Locator, Path, Seg};
use super::{Msg, Problem, Text, BASE_LANG};
use serde_json::Value;

pub type Map = serde_json::Map<String, Value>;

pub struct Reader {
    file: String,
    locator: Locator,
    pub problems: Vec<Problem>,
}

fn join(at: &[Seg], key: &str) -> Path {
    let mut p = at.to_vec();
    p.push(Seg::Key(key.into()));
    p
}

fn join_index(at: &[Seg], i: usize) -> Path {
    let mut p = at.to_vec();
    p.push(Seg::Index(i));
    p
}

pub use crate::ids::is_valid_id;

impl Reader {
    /// Parses `src` and hands its top table to `read`. Any problem, syntax or
    /// content, makes the whole file an error with every problem found.
    pub fn run<T>(file: &str, src: &str, read: impl FnOnce(&mut Reader, &Map) -> Option<T>) -> Result<T, Vec<Problem>> {
        // Size and depth first: a hostile file must not exhaust the page's stack.
        if let Err(limit) = tree::check_limits(src) {
            let (line, col, msg) = match limit {
                tree::Limit::TooBig { bytes } => (
                    1,
                    1,
                    Msg::new("check-too-big")
                        .arg("size", (bytes / 1024).to_string())
                        .arg("max", (tree::MAX_BYTES / 1024).to_string()),
                ),
                tree::Limit::TooDeep { line, col } => {
                    (line, col, Msg::new("check-too-deep").arg("max", tree::MAX_DEPTH.to_string()))
                }
            };
            return Err(vec![Problem { file: file.into(), line, col, msg }]);
        }
        let root = tree::parse(src).map_err(|e| {
            vec![Problem {
                file: file.into(),
                line: e.line,
                col: e.col,
                msg: Msg::new("check-syntax").arg("detail", e.detail),
            }]
        })?;
        let mut r = Reader { file: file.into(), locator: Locator::new(src), problems: Vec::new() };
        let empty = Map::new();
        let out = read(&mut r, root.as_object().unwrap_or(&empty));
        match (out, r.problems.is_empty()) {
            (Some(v), true) => Ok(v),
            (_, false) => Err(r.problems),
            (None, true) => {
                Err(vec![Problem { file: file.into(), line: 1, col: 1, msg: Msg::new("check-unreadable") }])
            }
        }
    }

    pub fn problem_at(&mut self, path: &[Seg], msg: Msg) {
        let (line, col) = self.locator.locate(path);
        self.problems.push(Problem { file: self.file.clone(), line, col, msg });
    }

    fn missing(&mut self, at: &[Seg], key: &str) {
        let path = join(at, key);
        self.problem_at(&path, Msg::new("check-missing-field").arg("field", path_to_string(&path)));
    }

    fn wrong_type(&mut self, path: &[Seg], expected: &str) {
        self.problem_at(
            path,
            Msg::new("check-wrong-type").arg("field", path_to_string(path)).arg("expected", expected),
        );
    }

    fn get<'m>(&mut self, map: &'m Map, at: &[Seg], key: &str, required: bool) -> Option<&'m Value> {
        let v = map.get(key);
        if v.is_none() && required {
            self.missing(at, key);
        }
        v
    }

    /// Reports keys that this kind of file does not know (often a typo).
    pub fn known_keys(&mut self, map: &Map, at: &[Seg], allowed: &[&str]) {
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                let path = join(at, key);
                self.problem_at(
                    &path,
                    Msg::new("check-unknown-field")
                        .arg("field", path_to_string(&path))
                        .arg("known", allowed.join(", ")),
                );
            }
        }
    }

    /// A non-empty string.
    pub fn string(&mut self, map: &Map, at: &[Seg], key: &str, required: bool) -> Option<String> {
        let v = self.get(map, at, key, required)?;
        let path = join(at, key);
        match v.as_str() {
            None => {
                self.wrong_type(&path, "text");
                None
            }
            Some(s) if s.trim().is_empty() => {
                self.problem_at(&path, Msg::new("check-empty-text").arg("field", path_to_string(&path)));
                None
            }
            Some(s) => Some(s.to_string()),
        }
    }

    pub fn number(&mut self, map: &Map, at: &[Seg], key: &str, required: bool) -> Option<u32> {
        let v = self.get(map, at, key, required)?;
        let n = v.as_u64().and_then(|n| u32::try_from(n).ok());
        if n.is_none() {
            self.wrong_type(&join(at, key), "number");
        }
        n
    }

    /// A `true`/`false` field; absent means `default`.
    pub fn boolean(&mut self, map: &Map, at: &[Seg], key: &str, default: bool) -> bool {
        match map.get(key) {
            None => default,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.wrong_type(&join(at, key), "boolean");
                default
            }
        }
    }

    /// A text in several languages: `key.fr = "…"` (French required), or a
    /// plain string, taken as French.
    pub fn text(&mut self, map: &Map, at: &[Seg], key: &str, required: bool) -> Option<Text> {
        let v = self.get(map, at, key, required)?;
        self.text_value(v, &join(at, key))
    }

    /// A text given as a value: a string, or a table of languages.
    pub fn text_value(&mut self, v: &Value, path: &[Seg]) -> Option<Text> {
        let path = path.to_vec();
        match v {
            Value::String(s) => {
                if s.trim().is_empty() {
                    self.problem_at(&path, Msg::new("check-empty-text").arg("field", path_to_string(&path)));
                    return None;
                }
                Some(Text::fr(s))
            }
            Value::Object(langs) => {
                let mut text = Vec::new();
                let mut ok = true;
                for (lang, t) in langs {
                    let lpath = join(&path, lang);
                    let valid_lang = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
                    if !valid_lang {
                        self.problem_at(&lpath, Msg::new("check-bad-language").arg("field", path_to_string(&lpath)));
                        ok = false;
                        continue;
                    }
                    match t.as_str() {
                        Some(s) if !s.trim().is_empty() => text.push((lang.clone(), s.to_string())),
                        Some(_) => {
                            self.problem_at(&lpath, Msg::new("check-empty-text").arg("field", path_to_string(&lpath)));
                            ok = false;
                        }
                        None => {
                            self.wrong_type(&lpath, "text");
                            ok = false;
                        }
                    }
                }
                if !langs.contains_key(BASE_LANG) {
                    self.problem_at(&path, Msg::new("check-missing-french").arg("field", path_to_string(&path)));
                    ok = false;
                }
                ok.then_some(Text(text))
            }
            _ => {
                self.wrong_type(&path, "text");
                None
            }
        }
    }

    /// A list value, with the path of each element.
    fn list<'v>(&mut self, v: &'v Value, path: &[Seg]) -> Option<Vec<(Path, &'v Value)>> {
        let Some(items) = v.as_array() else {
            self.wrong_type(path, "list");
            return None;
        };
        Some(items.iter().enumerate().map(|(i, item)| (join_index(path, i), item)).collect())
    }

    /// An optional list of texts: `tips = [ { fr = "…", en = "…" }, … ]`.
    pub fn text_list(&mut self, map: &Map, at: &[Seg], key: &str) -> Option<Vec<Text>> {
        let Some(v) = map.get(key) else { return Some(Vec::new()) };
        let items = self.list(v, &join(at, key))?;
        let out: Vec<Option<Text>> = items.iter().map(|(p, item)| self.text_value(item, p)).collect();
        out.into_iter().collect()
    }

    pub fn string_list(&mut self, map: &Map, at: &[Seg], key: &str, required: bool) -> Option<Vec<String>> {
        let v = self.get(map, at, key, required)?;
        let items = self.list(v, &join(at, key))?;
        let mut out = Vec::new();
        for (p, item) in &items {
            match item.as_str() {
                Some(s) => out.push(s.to_string()),
                None => self.wrong_type(p, "text"),
            }
        }
        (out.len() == items.len()).then_some(out)
    }

    /// A list of ids, each valid and none twice.
    pub fn id_list(&mut self, map: &Map, at: &[Seg], key: &str) -> Option<Vec<String>> {
        let list = self.string_list(map, at, key, true)?;
        let path = join(at, key);
        let mut ok = true;
        if list.is_empty() {
            self.problem_at(&path, Msg::new("check-too-few").arg("field", path_to_string(&path)).arg("min", "1"));
            ok = false;
        }
        for (i, id) in list.iter().enumerate() {
            let mut p = path.clone();
            p.push(Seg::Index(i));
            if !is_valid_id(id) {
                self.problem_at(&p, Msg::new("check-bad-id").arg("id", id.clone()));
                ok = false;
            } else if list[..i].contains(id) {
                self.problem_at(&p, Msg::new("check-duplicate-id").arg("id", id.clone()));
                ok = false;
            }
        }
        ok.then_some(list)
    }

    /// An id field; `expected` is what the file name says it must be.
    pub fn id_field(&mut self, map: &Map, at: &[Seg], key: &str, expected: Option<&str>) -> Option<String> {
        let id = self.string(map, at, key, true)?;
        let path = join(at, key);
        if !is_valid_id(&id) {
            self.problem_at(&path, Msg::new("check-bad-id").arg("id", id));
            return None;
        }
        if let Some(expected) = expected {
            if id != expected {
                self.problem_at(&path, Msg::new("check-id-mismatch").arg("id", id).arg("expected", expected));
                return None;
            }
        }
        Some(id)
    }

    /// An array of tables (`[[options]]`) with at least `min` entries.
    pub fn tables<'m>(&mut self, map: &'m Map, at: &[Seg], key: &str, min: usize) -> Vec<(Path, &'m Map)> {
        let Some(v) = self.get(map, at, key, true) else { return Vec::new() };
        let path = join(at, key);
        let Some(items) = v.as_array() else {
            self.wrong_type(&path, "tables");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let mut p = path.clone();
            p.push(Seg::Index(i));
            match item.as_object() {
                Some(m) => out.push((p, m)),
                None => self.wrong_type(&p, "tables"),
            }
        }
        if items.len() < min {
            self.problem_at(
                &path,
                Msg::new("check-too-few").arg("field", path_to_string(&path)).arg("min", min.to_string()),
            );
        }
        out
    }

    /// Reads the `id` of each table of a list, reporting invalid and repeated ones.
    pub fn item_ids(&mut self, items: &[(Path, &Map)]) -> Vec<Option<String>> {
        let mut seen: Vec<String> = Vec::new();
        items
            .iter()
            .map(|(p, m)| {
                let id = self.id_field(m, p, "id", None)?;
                if seen.contains(&id) {
                    self.problem_at(&join(p, "id"), Msg::new("check-duplicate-id").arg("id", id.clone()));
                    return None;
                }
                seen.push(id.clone());
                Some(id)
            })
            .collect()
    }

    /// Reads a value that must be one of `table`'s names; reports any other
    /// with the names it may be.
    pub fn one_of<T: Copy>(&mut self, m: &Map, at: &[Seg], key: &str, table: &[(&str, T)]) -> Option<T> {
        let s = self.string(m, at, key, true)?;
        if let Some((_, v)) = table.iter().find(|(n, _)| *n == s) {
            return Some(*v);
        }
        let known: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
        self.unknown_value(at, key, &s, &known);
        None
    }

    /// Reports `value`, at `at` + `key`, as not one of `known`.
    pub fn unknown_value(&mut self, at: &[Seg], key: &str, value: &str, known: &[&str]) {
        let mut p = at.to_vec();
        p.push(Seg::Key(key.into()));
        self.problem_at(
            &p,
            Msg::new("check-unknown-value").arg("field", key).arg("value", value).arg("known", known.join(", ")),
        );
    }

    /// A sub-table (`[profile]`), reported when missing or of another type.
    pub fn table<'m>(&mut self, root: &'m Map, key: &str) -> Option<(Vec<Seg>, &'m Map)> {
        let path = vec![Seg::Key(key.into())];
        match root.get(key) {
            Some(Value::Object(m)) => Some((path, m)),
            Some(_) => {
                self.problem_at(&path, Msg::new("check-wrong-type").arg("field", key).arg("expected", "tables"));
                None
            }
            None => {
                self.problem_at(&[], Msg::new("check-missing-field").arg("field", key));
                None
            }
        }
    }

    /// An explanation is owed for every option and item: say which one lacks it.
    pub fn explanation(&mut self, map: &Map, at: &[Seg], item: &str) -> Option<Text> {
        if !map.contains_key("explanation") {
            self.problem_at(at, Msg::new("check-missing-explanation").arg("item", item));
            return None;
        }
        self.text(map, at, "explanation", true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain() {
        assert!(is_valid_id("contenu-cv-2"));
        assert!(!is_valid_id("Contenu"));
        assert!(!is_valid_id("é"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("a b"));
    }
}
