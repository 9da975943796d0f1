//! Where the app keeps things: the browser's local storage when it can be
//! used, otherwise memory (nothing survives a reload, and the app says so).
//!
//! Every key starts with [`PREFIX`], so the app can list and erase its own
//! keys without touching other sites' data served from the same address.

use std::cell::RefCell;
use std::collections::BTreeMap;

pub const PREFIX: &str = "pas-a-pas.";

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's quota is full: what was saved before is still there.
    QuotaFull,
    /// Any other refusal by the browser.
    Refused,
}

enum Backend {
    #[cfg(target_arch = "wasm32")]
    Local(web_sys::Storage),
    Memory(BTreeMap<String, String>),
}

thread_local! {
    static BACKEND: RefCell<Backend> = RefCell::new(Backend::detect());
}

impl Backend {
    #[cfg(target_arch = "wasm32")]
    fn detect() -> Self {
        // Reading `window.localStorage` throws when storage is blocked, and a
        // write can still fail (Safari private mode): try both.
        let probe = || -> Option<web_sys::Storage> {
            let s = web_sys::window()?.local_storage().ok()??;
            let key = format!("{PREFIX}probe");
            s.set_item(&key, "1").ok()?;
            s.remove_item(&key).ok()?;
            Some(s)
        };
        match probe() {
            Some(s) => Backend::Local(s),
            None => Backend::Memory(BTreeMap::new()),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn detect() -> Self {
        Backend::Memory(BTreeMap::new())
    }
}

/// Does what is written survive a reload?
pub fn is_persistent() -> bool {
    BACKEND.with(|b| !matches!(*b.borrow(), Backend::Memory(_)))
}

pub fn get(key: &str) -> Option<String> {
    let key = format!("{PREFIX}{key}");
    BACKEND.with(|b| match &*b.borrow() {
        #[cfg(target_arch = "wasm32")]
        Backend::Local(s) => s.get_item(&key).ok().flatten(),
        Backend::Memory(m) => m.get(&key).cloned(),
    })
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let key = format!("{PREFIX}{key}");
    BACKEND.with(|b| match &mut *b.borrow_mut() {
        #[cfg(target_arch = "wasm32")]
        Backend::Local(s) => s.set_item(&key, value).map_err(|e| {
            use wasm_bindgen::JsCast;
            let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                WriteError::QuotaFull
            } else {
                WriteError::Refused
            }
        }),
        Backend::Memory(m) => {
            m.insert(key, value.to_string());
            Ok(())
        }
    })
}

pub fn remove(key: &str) {
    let key = format!("{PREFIX}{key}");
    BACKEND.with(|b| match &mut *b.borrow_mut() {
        #[cfg(target_arch = "wasm32")]
        Backend::Local(s) => {
            let _ = s.remove_item(&key);
        }
        Backend::Memory(m) => {
            m.remove(&key);
        }
    })
}

/// Every key of the app (without the prefix) that starts with `start`.
pub fn keys_starting_with(start: &str) -> Vec<String> {
    let full = format!("{PREFIX}{start}");
    BACKEND.with(|b| match &*b.borrow() {
        #[cfg(target_arch = "wasm32")]
        Backend::Local(s) => (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(&full))
            .map(|k| k[PREFIX.len()..].to_string())
            .collect(),
        Backend::Memory(m) => {
            m.keys().filter(|k| k.starts_with(&full)).map(|k| k[PREFIX.len()..].to_string()).collect()
        }
    })
}

/// Removes every key of the app that starts with `start`.
pub fn remove_all_starting_with(start: &str) {
    for k in keys_starting_with(start) {
        remove(&k);
    }
}

/// A stored value could not be read: it was kept aside under `<key>.corrupt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PutAside;

/// Reads a stored value; when it is not what `parse` accepts, keeps it under
/// `<key>.corrupt` for a person to look at, removes it and returns `Err`.
pub fn get_or_quarantine<T>(key: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, PutAside> {
    let Some(raw) = get(key) else { return Ok(None) };
    match parse(&raw) {
        Some(v) => Ok(Some(v)),
        None => {
            let _ = set(&format!("{key}.corrupt"), &raw);
            remove(key);
            Err(PutAside)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_backend_round_trip_and_quarantine() {
        assert!(!is_persistent());
        set("x", "1").unwrap();
        assert_eq!(get("x").as_deref(), Some("1"));
        remove("x");
        assert_eq!(get("x"), None);
        set("bad", "{not json").unwrap();
        let r = get_or_quarantine("bad", |s| s.parse::<u32>().ok());
        assert_eq!(r, Err(PutAside));
        assert_eq!(get("bad"), None);
        assert_eq!(get("bad.corrupt").as_deref(), Some("{not json"));
        set("good", "7").unwrap();
        set("profile.p1.progress", "{}").unwrap();
        set("profile.p1.cv", "{}").unwrap();
        set("profile.p10.progress", "{}").unwrap();
        let mut keys = keys_starting_with("profile.p1.");
        keys.sort();
        assert_eq!(keys, vec!["profile.p1.cv", "profile.p1.progress"]);
        remove_all_starting_with("profile.p1.");
        assert!(keys_starting_with("profile.p1.").is_empty());
        assert_eq!(keys_starting_with("profile.").len(), 1);
        assert_eq!(get_or_quarantine("good", |s| s.parse::<u32>().ok()), Ok(Some(7)));
    }
}
