//! Where the app keeps things, as rules see it: a [`Store`] of text values
//! under short keys (`profiles`, `profile.p1.progress`…). The browser's
//! stores (`crate::storage`) and [`MemoryStore`] (tests, blocked storage)
//! implement it; nothing here knows about the browser.
//!
//! [`read`] is the one way to read a stored value: a damaged value is copied
//! to `<key>.corrupt` *before* it is removed (and stays when the copy cannot
//! be written), and a value written by a newer version is left untouched.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a write failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's quota is full: what was saved before is still there.
    QuotaFull,
    /// Any other refusal by the browser.
    Refused,
}

/// Text values under keys. Keys are given without the app's prefix.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str);
    /// Every key of the app, without the prefix.
    fn keys(&self) -> Vec<String>;
    /// Does what is written survive closing the page?
    fn is_persistent(&self) -> bool;

    fn keys_starting_with(&self, start: &str) -> Vec<String> {
        self.keys().into_iter().filter(|k| k.starts_with(start)).collect()
    }
    fn remove_all_starting_with(&self, start: &str) {
        for k in self.keys_starting_with(start) {
            self.remove(&k);
        }
    }
}

/// A store in memory: the tests' store, and the app's when the browser
/// blocks storage. `with_quota` makes one that fills up like a browser's.
#[derive(Default)]
pub struct MemoryStore {
    values: RefCell<BTreeMap<String, String>>,
    /// Bytes of keys and values it accepts in all, when set.
    quota: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore { values: RefCell::default(), quota: Some(bytes) }
    }
    fn used_without(&self, key: &str) -> usize {
        self.values.borrow().iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.values.borrow().get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(q) = self.quota {
            if self.used_without(key) + key.len() + value.len() > q {
                return Err(WriteError::QuotaFull);
            }
        }
        self.values.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) {
        self.values.borrow_mut().remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.values.borrow().keys().cloned().collect()
    }
    fn is_persistent(&self) -> bool {
        false
    }
}

/// Why a stored value could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, cut short, or not the expected shape.
    Damaged,
    /// Written by a newer version of Pas à pas.
    TooNew,
}

/// What went wrong with a stored value, to tell the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// It could not be read: a copy is kept under `<key>.corrupt`, the app starts that part clean.
    PutAside,
    /// Written by a newer version of the app: left as it is, not used.
    TooNew,
    /// The browser's storage is full (nothing was removed).
    Full,
    /// The browser refused to write.
    Refused,
}

impl From<WriteError> for Trouble {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::QuotaFull => Trouble::Full,
            WriteError::Refused => Trouble::Refused,
        }
    }
}

/// Keeps `raw` for a person to look at under `<key>.corrupt` (or `.corrupt.2`,
/// `.corrupt.3`… when an older copy is there), and only then removes `key`.
/// When the copy cannot be written, `key` stays as it was.
pub fn put_aside(store: &dyn Store, key: &str, raw: &str) -> Result<(), WriteError> {
    let first = format!("{key}.corrupt");
    let free = std::iter::once(first.clone())
        .chain((2..100).map(|n| format!("{first}.{n}")))
        .find(|k| store.get(k).is_none_or(|old| old == raw))
        .unwrap_or_else(|| format!("{first}.99"));
    store.set(&free, raw)?;
    store.remove(key);
    Ok(())
}

/// Reads `key` with `parse`. `Ok(None)` when nothing is stored.
/// A damaged value is put aside ([`Trouble::PutAside`], or [`Trouble::Full`]
/// when the copy could not be written and the value stayed); a newer one
/// is left untouched ([`Trouble::TooNew`]).
pub fn read<T>(
    store: &dyn Store,
    key: &str,
    parse: impl Fn(&str) -> Result<T, ReadError>,
) -> Result<Option<T>, Trouble> {
    let Some(raw) = store.get(key) else { return Ok(None) };
    match parse(&raw) {
        Ok(v) => Ok(Some(v)),
        Err(ReadError::TooNew) => Err(Trouble::TooNew),
        Err(ReadError::Damaged) => match put_aside(store, key, &raw) {
            Ok(()) => Err(Trouble::PutAside),
            Err(e) => Err(e.into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(s: &str) -> Result<u32, ReadError> {
        if s.starts_with('9') {
            return Err(ReadError::TooNew);
        }
        s.parse().map_err(|_| ReadError::Damaged)
    }

    #[test]
    fn a_damaged_value_is_copied_aside_before_it_is_removed() {
        let s = MemoryStore::new();
        s.set("x", "bad").unwrap();
        assert_eq!(read(&s, "x", number), Err(Trouble::PutAside));
        assert_eq!(s.get("x"), None);
        assert_eq!(s.get("x.corrupt").as_deref(), Some("bad"));
        // A second damage keeps the first copy too.
        s.set("x", "worse").unwrap();
        assert_eq!(read(&s, "x", number), Err(Trouble::PutAside));
        assert_eq!(s.get("x.corrupt").as_deref(), Some("bad"));
        assert_eq!(s.get("x.corrupt.2").as_deref(), Some("worse"));
        assert_eq!(read(&s, "x", number), Ok(None));
    }

    #[test]
    fn when_the_copy_cannot_be_written_the_original_stays() {
        let s = MemoryStore::with_quota(12);
        s.set("x", "damaged").unwrap();
        assert_eq!(read(&s, "x", number), Err(Trouble::Full));
        assert_eq!(s.get("x").as_deref(), Some("damaged"));
        assert_eq!(s.keys(), vec!["x".to_string()]);
    }

    #[test]
    fn a_newer_value_is_left_untouched() {
        let s = MemoryStore::new();
        s.set("x", "9000").unwrap();
        assert_eq!(read(&s, "x", number), Err(Trouble::TooNew));
        assert_eq!(s.get("x").as_deref(), Some("9000"));
        assert_eq!(s.keys().len(), 1);
        s.set("x", "7").unwrap();
        assert_eq!(read(&s, "x", number), Ok(Some(7)));
    }

    #[test]
    fn keys_by_prefix_and_quota() {
        let s = MemoryStore::with_quota(40);
        s.set("profile.p1.progress", "{}").unwrap();
        s.set("profile.p10.cv", "{}").unwrap();
        assert_eq!(s.keys_starting_with("profile.p1."), vec!["profile.p1.progress".to_string()]);
        assert_eq!(s.set("big", &"x".repeat(40)), Err(WriteError::QuotaFull));
        s.remove_all_starting_with("profile.");
        assert!(s.keys().is_empty());
    }
}
