//! The mission panel beside a simulation (its model is `pas_a_pas_core::mission`).

use crate::kinds::KindCtx;
use crate::ui::{feedback::ItemFeedback, lang, read_aloud::ReadAloud};
use leptos::prelude::*;
pub use pas_a_pas_core::mission::*;
use std::sync::Arc;

/// The mission beside the simulation: its goals, the hint once
/// [`HINT_AFTER`] wrong moves were made, and after "Vérifier" the verdict of
/// each goal and the debrief.
#[component]
pub fn MissionPanel(mission: Arc<Mission>, ctx: KindCtx, #[prop(into)] wrong_moves: Signal<u32>) -> impl IntoView {
    let goals = mission
        .goals
        .iter()
        .map(|g| {
            let (id, text, explanation) = (g.id.clone(), g.text.clone(), g.explanation.clone());
            view! {
                <li>
                    {crate::ui::local(&text)}
                    {move || ctx.verdict(&id).map(|v| view! { <ItemFeedback verdict=v text=explanation.clone()/> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let hint = mission.hint.clone();
    let spoken_hint = {
        let hint = hint.clone();
        Signal::derive(move || hint.get(lang()).to_string())
    };
    let debrief = mission.debrief.clone();
    let spoken_debrief = {
        let debrief = debrief.clone();
        Signal::derive(move || debrief.get(lang()).to_string())
    };
    view! {
        <aside class="mission" aria-labelledby="mission-title">
            <h2 id="mission-title">{crate::ui::t("mission-goals")}</h2>
            <ul class="mission-goals">{goals}</ul>
            <div role="status">
                {move || (show_hint(wrong_moves.get()) && !ctx.checked()).then(|| view! {
                    <div class="mission-hint">
                        <p><strong>{crate::ui::t("mission-hint")}</strong>" "{crate::ui::local(&hint)}</p>
                        <ReadAloud text=spoken_hint/>
                    </div>
                })}
            </div>
            {move || ctx.checked().then(|| view! {
                <section class="debrief" aria-labelledby="debrief-title">
                    <h3 id="debrief-title">{crate::ui::t("mission-debrief")}</h3>
                    <p>{crate::ui::local(&debrief)}</p>
                    <ReadAloud text=spoken_debrief/>
                </section>
            })}
        </aside>
    }
}
