//! The interface languages (Fluent files in `locales/<lang>/`).

use leptos::prelude::*;
use leptos_fluent::leptos_fluent;

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "fr",
        sync_html_tag_lang: true,
        // No Unicode isolation marks: they would end up in read-aloud text.
        customise: |bundle| bundle.set_use_isolating(false),
    }
}
