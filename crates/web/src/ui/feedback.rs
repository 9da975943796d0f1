//! The explanation shown under an item after "Vérifier".

use super::{lang, read_aloud::ReadAloud};
use crate::content::Text;
use crate::kinds::Verdict;
use leptos::prelude::*;

#[component]
pub fn ItemFeedback(verdict: Verdict, text: Text) -> impl IntoView {
    let (class, icon, label) = match verdict {
        Verdict::Right => ("feedback right", "✓", crate::ui::t("verdict-right")),
        Verdict::Wrong => ("feedback wrong", "✗", crate::ui::t("verdict-wrong")),
        Verdict::Missed => ("feedback missed", "!", crate::ui::t("verdict-missed")),
        Verdict::Neutral => ("feedback neutral", "i", crate::ui::t("verdict-neutral")),
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
                <span>{crate::ui::local(&text)}</span>
            </p>
            <ReadAloud text=spoken/>
        </div>
    }
}
