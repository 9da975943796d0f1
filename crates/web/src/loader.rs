//! Fetches content files from the served `exercises/` folder, once per visit
//! (kept in memory), and fresh on each reload so an advisor's edit shows.

use crate::content::check::{self, ModuleContent};
use crate::content::{Module, Problem, Summary};
use crate::sim::Registry;
use leptos::prelude::expect_context;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static MODULES: RefCell<HashMap<String, Rc<ModuleContent>>> = RefCell::new(HashMap::new());
    static SUMMARIES: RefCell<HashMap<String, Rc<ModuleContent<Summary>>>> = RefCell::new(HashMap::new());
    static CATALOG: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
}

/// `exercises/<path>` as text, or `None` if it cannot be had.
pub async fn fetch_text(path: String) -> Option<String> {
    fetch_file(&format!("exercises/{path}")).await
}

/// A file served beside the program (a relative address), as text.
pub async fn fetch_file(url: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    // Always read the file itself, never a cached copy: an advisor's edit (to an
    // exercise or a message) shows on reload. (Revalidating is not enough: static servers date files to the
    // second, so an edit within the same second would be missed.)
    init.set_cache(web_sys::RequestCache::NoStore);
    let request = web_sys::Request::new_with_str_and_init(url, &init).ok()?;
    let response: web_sys::Response =
        JsFuture::from(web_sys::window()?.fetch_with_request(&request)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The modules shown on the home page, from `modules.toml` and each manifest,
/// with their duration: the sum of their exercises' minutes, so each module's
/// exercises are summed up (and kept, so opening the module next costs nothing).
#[derive(Debug)]
pub struct Catalog {
    pub modules: Vec<Result<Module, Vec<Problem>>>,
    pub problems: Vec<Problem>,
}

/// Reads content for this program, with the simulations it knows.
#[derive(Clone, Copy)]
pub struct Loader {
    registry: Registry,
}

impl Loader {
    /// The loader of the program on this page.
    pub fn here() -> Loader {
        Loader { registry: expect_context::<crate::Program>().registry }
    }

    pub async fn catalog(self) -> Rc<Catalog> {
        if let Some(c) = CATALOG.with(|c| c.borrow().clone()) {
            return c;
        }
        let (ids, problems, _) = check::load_module_list(&fetch_text).await;
        let mut modules = Vec::new();
        for id in ids {
            modules.push(self.summaries(id).await.module.clone());
        }
        let c = Rc::new(Catalog { modules, problems });
        CATALOG.with(|slot| *slot.borrow_mut() = Some(c.clone()));
        c
    }

    /// A module with all its exercises, fetched when the module is opened.
    pub async fn module(self, id: String) -> Rc<ModuleContent> {
        if let Some(m) = MODULES.with(|m| m.borrow().get(&id).cloned()) {
            return m;
        }
        let content = Rc::new(check::load_module(&id, &fetch_text, &self.registry).await);
        MODULES.with(|m| m.borrow_mut().insert(id, content.clone()));
        content
    }

    /// A module with the summary of each exercise (title, duration, kind),
    /// for the lists of them: no kind's reader needed.
    pub async fn summaries(self, id: String) -> Rc<ModuleContent<Summary>> {
        if let Some(m) = SUMMARIES.with(|m| m.borrow().get(&id).cloned()) {
            return m;
        }
        let content = Rc::new(check::load_summaries(&id, &fetch_text, &self.registry).await);
        SUMMARIES.with(|m| m.borrow_mut().insert(id, content.clone()));
        content
    }

    /// Checks every file, fresh from the server (for the advisors' check page).
    pub async fn check_everything(self) -> check::Report {
        check::check_all(fetch_text, &self.registry).await
    }
}
