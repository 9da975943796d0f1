//! `#/reglages`: the display settings, explained, and where they are kept.

use super::PageTitle;
use crate::ui::layout::SettingsControls;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let kept = if crate::storage::is_persistent() {
        crate::ui::t("settings-kept")
    } else {
        crate::ui::t("storage-not-persistent")
    };
    view! {
        <PageTitle text=crate::ui::t("settings-title")/>
        <p class="lead">{crate::ui::t("settings-intro")}</p>
        <div class="settings-panel">
            <SettingsControls labelled=true/>
        </div>
        <p>{kept}</p>
    }
}
