//! The interface languages. Each program carries the Fluent files of the
//! messages it shows (the catalog lists them per program), so a program never
//! carries another's; a language's files are parsed the first time it is shown.
//! No Unicode isolation marks: they would end up in read-aloud text.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use leptos::prelude::*;
use std::cell::RefCell;

/// One language of a program: its id, its name in itself, and its Fluent files.
pub struct Language {
    pub id: &'static str,
    pub name: &'static str,
    pub files: &'static [&'static str],
}

/// The languages a program speaks, the first being the default.
pub type Messages = &'static [Language];

type Bundle = FluentBundle<FluentResource>;

/// The current language and its messages, in context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<&'static str>,
    messages: Messages,
    bundles: StoredValue<RefCell<Vec<(&'static str, Bundle)>>, LocalStorage>,
}

impl I18n {
    pub fn new(messages: Messages) -> Self {
        let first = messages.first().map(|l| l.id).unwrap_or("fr");
        let i18n =
            I18n { lang: RwSignal::new(first), messages, bundles: StoredValue::new_local(RefCell::new(Vec::new())) };
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

    /// Switches to `id` when this program speaks it.
    pub fn set(&self, id: &str) {
        if let Some(l) = self.messages.iter().find(|l| l.id == id) {
            self.lang.set(l.id);
        }
    }

    /// Message `id` in the current language (reactive), or its id when missing.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn tr_with_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let lang = self.lang.get();
        self.with_bundle(lang, |bundle| {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                return id.to_string();
            };
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, args, &mut errors).into_owned()
        })
    }

    fn with_bundle<T>(&self, lang: &'static str, f: impl FnOnce(&Bundle) -> T) -> T {
        self.bundles.with_value(|cell| {
            let mut bundles = cell.borrow_mut();
            if !bundles.iter().any(|(l, _)| *l == lang) {
                bundles.push((lang, build(self.messages, lang)));
            }
            let (_, bundle) = bundles.iter().find(|(l, _)| *l == lang).unwrap_or_else(|| unreachable!("just built"));
            f(bundle)
        })
    }
}

/// A language's bundle from its files; a file that does not parse gives the
/// messages it could read (the native test refuses such a file).
fn build(messages: Messages, lang: &'static str) -> Bundle {
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    for file in messages.iter().filter(|l| l.id == lang).flat_map(|l| l.files) {
        let res = FluentResource::try_new(file.to_string()).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(res);
    }
    bundle
}
