//! The browser's two stores, through `gloo-storage`, as [`Store`]s:
//! - [`Local`]: local storage, shared by every tab of this address and kept
//!   after closing (profiles, progress, settings);
//! - [`Tab`]: session storage, this tab only, gone when the window closes
//!   (who is signed in).
//!
//! Each falls back to memory when the browser blocks it (`gloo-storage`'s
//! `raw()` throws then, so availability is checked first), and the app says
//! nothing will be kept. Every key starts with [`PREFIX`], so the app lists
//! and erases only its own keys.

use crate::store::MemoryStore;
pub use crate::store::{Store, WriteError};

pub const PREFIX: &str = "pas-a-pas.";

/// One of the browser's stores, as gloo-storage hands it over.
#[cfg(target_arch = "wasm32")]
struct Web(web_sys::Storage);

enum Backend {
    #[cfg(target_arch = "wasm32")]
    Web(Web),
    Memory(MemoryStore),
}

thread_local! {
    static LOCAL: Backend = Backend::detect(false);
    static TAB: Backend = Backend::detect(true);
}

impl Backend {
    #[cfg(target_arch = "wasm32")]
    fn detect(tab: bool) -> Self {
        use gloo_storage::{LocalStorage, SessionStorage, Storage};
        // Reading `window.localStorage` throws when storage is blocked, and a
        // write can still fail (Safari private mode): try both, then hand the
        // store to gloo-storage.
        let available = || -> Option<()> {
            let w = web_sys::window()?;
            let s = if tab { w.session_storage().ok()?? } else { w.local_storage().ok()?? };
            let key = format!("{PREFIX}probe");
            s.set_item(&key, "1").ok()?;
            s.remove_item(&key).ok()
        };
        match available() {
            Some(()) if tab => Backend::Web(Web(SessionStorage::raw())),
            Some(()) => Backend::Web(Web(LocalStorage::raw())),
            None => Backend::Memory(MemoryStore::new()),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn detect(_tab: bool) -> Self {
        Backend::Memory(MemoryStore::new())
    }

    fn store(&self) -> &dyn Store {
        match self {
            #[cfg(target_arch = "wasm32")]
            Backend::Web(w) => w,
            Backend::Memory(m) => m,
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Store for Web {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(&format!("{PREFIX}{key}")).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(&format!("{PREFIX}{key}"), value).map_err(|e| {
            use wasm_bindgen::JsCast;
            let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                WriteError::QuotaFull
            } else {
                WriteError::Refused
            }
        })
    }
    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(&format!("{PREFIX}{key}"));
    }
    fn keys(&self) -> Vec<String> {
        (0..self.0.length().unwrap_or(0))
            .filter_map(|i| self.0.key(i).ok().flatten())
            .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
            .collect()
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

macro_rules! browser_store {
    ($name:ident, $slot:ident) => {
        impl Store for $name {
            fn get(&self, key: &str) -> Option<String> {
                $slot.with(|b| b.store().get(key))
            }
            fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
                $slot.with(|b| b.store().set(key, value))
            }
            fn remove(&self, key: &str) {
                $slot.with(|b| b.store().remove(key))
            }
            fn keys(&self) -> Vec<String> {
                $slot.with(|b| b.store().keys())
            }
            fn is_persistent(&self) -> bool {
                $slot.with(|b| b.store().is_persistent())
            }
        }
    };
}

/// Local storage (or memory when blocked).
#[derive(Clone, Copy, Default)]
pub struct Local;
/// This tab's session storage (or memory when blocked).
#[derive(Clone, Copy, Default)]
pub struct Tab;
browser_store!(Local, LOCAL);
browser_store!(Tab, TAB);

/// Does what is written in local storage survive a reload?
pub fn is_persistent() -> bool {
    Local.is_persistent()
}
