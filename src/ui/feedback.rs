//! The explanation shown under an item after "Vérifier".

use super::{lang, read_aloud::ReadAloud};
use crate::content::Text;
use crate::kinds::Verdict;
use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn ItemFeedback(verdict: Verdict, text: Text) -> impl IntoView {
    let (class, icon, label) = match verdict {
        Verdict::Right => ("feedback right", "✓", move_tr!("verdict-right")),
        Verdict::Wrong => ("feedback wrong", "✗", move_tr!("verdict-wrong")),
        Verdict::Missed => ("feedback missed", "!", move_tr!("verdict-missed")),
        Verdict::Neutral => ("feedback neutral", "i", move_tr!("verdict-neutral")),
    };
    let spoken = {
        let text = text.clone();
        Signal::derive(move || format!("{}. {}", label.get(), text.get(lang())))
    };
    view! {
        <div class=class>
            <p>
                <span class="verdict-icon" aria-hidden="true">{icon}</span>
                <strong class="verdict">{label}</strong>" "
                <span>{move || text.get(lang()).to_string()}</span>
            </p>
            <ReadAloud text=spoken/>
        </div>
    }
}
