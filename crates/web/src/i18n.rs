//! The interface languages. Each program has the Fluent files of the
//! messages it shows (the catalog lists them per program), so a program never
//! carries another's. The default language (French) is compiled in and shown
//! at once; the others are fetched from `locales/<lang>/` the first time a
//! learner chooses one, so no program carries their text. A message missing
//! from a language, or a file that could not be fetched, shows in the default
//! language. No Unicode isolation marks: they would end up in read-aloud text.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use leptos::prelude::*;
use std::cell::RefCell;

/// One language of a program: its id, its name in itself, and its Fluent files.
pub struct Language {
    pub id: &'static str,
    pub name: &'static str,
    pub files: Files,
}

/// Where a language's Fluent files are.
pub enum Files {
    /// Compiled into the program: their text.
    Built(&'static [&'static str]),
    /// Served beside it, fetched when the language is chosen: their names,
    /// `locales/<lang>/<name>.ftl`.
    Served(&'static [&'static str]),
}

/// The languages a program speaks, the first being the default.
pub type Messages = &'static [Language];

type Bundle = FluentBundle<FluentResource>;

/// The current language and its messages, in context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<&'static str>,
    /// False while the language the learner chose at start is being fetched:
    /// the shell shows nothing rather than another language for an instant.
    pub ready: RwSignal<bool>,
    messages: Messages,
    bundles: StoredValue<RefCell<Vec<(&'static str, Bundle)>>, LocalStorage>,
}

impl I18n {
    pub fn new(messages: Messages) -> Self {
        let first = messages.first().map(|l| l.id).unwrap_or("fr");
        let i18n = I18n {
            lang: RwSignal::new(first),
            ready: RwSignal::new(true),
            messages,
            bundles: StoredValue::new_local(RefCell::new(Vec::new())),
        };
        // `<html lang>` follows the language, for screen readers and read-aloud.
        Effect::new(move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", i18n.lang.get());
            }
        });
        i18n
    }

    pub fn languages(&self) -> Messages {
        self.messages
    }

    /// Switches to `id` when this program speaks it: at once, or once its
    /// files are fetched (the current language stays until then).
    pub fn set(&self, id: &str) {
        let Some(l) = self.messages.iter().find(|l| l.id == id) else { return };
        let names = match l.files {
            Files::Served(names) if !self.has_bundle(l.id) => names,
            _ => {
                self.lang.set(l.id);
                self.mark_ready();
                return;
            }
        };
        let (this, lang) = (*self, l.id);
        leptos::task::spawn_local(async move {
            let mut texts = Vec::new();
            for name in names {
                texts.extend(crate::loader::fetch_file(&format!("locales/{lang}/{name}.ftl")).await);
            }
            if !this.has_bundle(lang) {
                this.bundles.with_value(|cell| cell.borrow_mut().push((lang, bundle_of(lang, texts))));
            }
            this.lang.set(lang);
            this.mark_ready();
        });
    }

    /// The language to start in (the saved one): the page waits for its files,
    /// if they must be fetched, for at most 3 seconds.
    pub fn start(&self, id: &str) {
        let served = self.messages.iter().any(|l| l.id == id && matches!(l.files, Files::Served(_)));
        if served && !self.has_bundle(id) {
            self.ready.set(false);
            let this = *self;
            set_timeout(move || this.mark_ready(), std::time::Duration::from_secs(3));
        }
        self.set(id);
    }

    /// The shell shows once `ready`: set it once only, or every page would
    /// be built again.
    fn mark_ready(&self) {
        if !self.ready.get_untracked() {
            self.ready.set(true);
        }
    }

    fn default(&self) -> &'static str {
        self.messages.first().map(|l| l.id).unwrap_or("fr")
    }

    fn has_bundle(&self, lang: &str) -> bool {
        self.bundles.with_value(|cell| cell.borrow().iter().any(|(l, _)| *l == lang))
    }

    /// Message `id` in the current language (reactive), or its id when missing.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn tr_with_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// In the current language, or else in the default one, or else its id.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let lang = self.lang.get();
        let default = self.default();
        self.bundles.with_value(|cell| {
            let mut bundles = cell.borrow_mut();
            for l in [lang, default] {
                if !bundles.iter().any(|(b, _)| *b == l) {
                    if let Some(Files::Built(texts)) = self.messages.iter().find(|m| m.id == l).map(|m| &m.files) {
                        bundles.push((l, bundle_of(l, texts.iter().map(|t| t.to_string()))));
                    }
                }
            }
            for l in [lang, default] {
                let Some((_, bundle)) = bundles.iter().find(|(b, _)| *b == l) else { continue };
                if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                    let mut errors = Vec::new();
                    return bundle.format_pattern(pattern, args, &mut errors).into_owned();
                }
            }
            id.to_string()
        })
    }
}

/// A language's bundle from its files' text; a file that does not parse gives
/// the messages it could read (the native test refuses such a file).
fn bundle_of(lang: &'static str, texts: impl IntoIterator<Item = String>) -> Bundle {
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    for text in texts {
        let res = FluentResource::try_new(text).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(res);
    }
    bundle
}
