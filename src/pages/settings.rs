//! `#/reglages`: the display settings, explained, and where they are kept.

use super::PageTitle;
use crate::ui::layout::SettingsControls;
use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let kept = if crate::storage::is_persistent() { move_tr!("settings-kept") } else { move_tr!("storage-not-persistent") };
    view! {
        <PageTitle text=move_tr!("settings-title")/>
        <p class="lead">{move_tr!("settings-intro")}</p>
        <div class="settings-panel">
            <SettingsControls/>
        </div>
        <p>{kept}</p>
    }
}
