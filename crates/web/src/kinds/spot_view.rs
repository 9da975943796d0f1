//! The view of `spot` (its model is in `pas_a_pas_core::kinds::spot`).

use super::KindCtx;
use crate::ui::{feedback::ItemFeedback, INSTRUCTION_ID};
use leptos::prelude::*;
use pas_a_pas_core::kinds::spot::*;
use pas_a_pas_core::kinds::Verdict;
use std::sync::Arc;

pub fn view(d: Arc<Spot>, ctx: KindCtx) -> AnyView {
    let marked = RwSignal::new(Vec::<String>::new());
    {
        let d = d.clone();
        ctx.set_checker(move || {
            let m = marked.get_untracked();
            (!m.is_empty()).then(|| d.check(&m))
        });
    }
    let segment_view = move |s: &Segment| -> AnyView {
        let text = s.text.clone();
        match &s.mark {
            None => view! { <span>{crate::ui::local(&text)}</span> }.into_any(),
            Some(m) => {
                let id = m.id.clone();
                let is_marked = {
                    let id = id.clone();
                    move || marked.with(|v| v.contains(&id))
                };
                let verdict_class = {
                    let id = id.clone();
                    move || match ctx.verdict(&id) {
                        Some(Verdict::Right) => "segment found",
                        Some(Verdict::Wrong) => "segment wrong",
                        Some(Verdict::Missed) => "segment missed",
                        _ => "segment",
                    }
                };
                view! {
                    <button
                        type="button"
                        class=verdict_class
                        aria-pressed=crate::ui::pressed(is_marked)
                        disabled=crate::ui::flag(move || ctx.checked())
                        on:click=move |_| marked.update(|v| {
                            if let Some(i) = v.iter().position(|x| *x == id) { v.remove(i); } else { v.push(id.clone()); }
                        })
                    >
                        {crate::ui::local(&text)}
                    </button>
                }
                .into_any()
            }
        }
    };
    // On a CV or a letter, "from" is the author's name at the top, not a "De :" line.
    let paper = matches!(d.document.as_str(), "cv" | "letter");
    let zone = |name: &'static str| {
        let parts: Vec<AnyView> = d.segments.iter().filter(|s| s.zone == name).map(segment_view).collect();
        (!parts.is_empty()).then(|| {
            let label = match name {
                "from" => crate::ui::t("spot-zone-from"),
                "subject" => crate::ui::t("spot-zone-subject"),
                "address" => crate::ui::t("spot-zone-address"),
                "date" => crate::ui::t("spot-zone-date"),
                _ => crate::ui::t("spot-zone-body"),
            };
            let class = format!("zone zone-{name}");
            if name == "body" || (paper && name == "from") {
                view! { <div class=class class:zone-name=paper>{parts}</div> }.into_any()
            } else {
                view! { <div class=class><span class="zone-label">{label}</span>" "{parts}</div> }.into_any()
            }
        })
    };
    let doc_label = match d.document.as_str() {
        "sms" => crate::ui::t("spot-doc-sms"),
        "email" => crate::ui::t("spot-doc-email"),
        "web" => crate::ui::t("spot-doc-web"),
        "post" => crate::ui::t("spot-doc-post"),
        "cv" => crate::ui::t("spot-doc-cv"),
        _ => crate::ui::t("spot-doc-letter"),
    };
    let feedback = d
        .markables()
        .map(|m| {
            let id = m.id.clone();
            let explanation = m.explanation.clone();
            let text = d.segments.iter().find(|s| s.mark.as_ref().is_some_and(|x| x.id == m.id)).map(|s| s.text.clone()).unwrap_or_default();
            move || {
                ctx.verdict(&id).filter(|v| *v != Verdict::Neutral).map(|v| {
                    let text = text.clone();
                    view! {
                        <li>
                            <p class="quote">{crate::ui::dynamic(move || crate::ui::tr_args("spot-quote", &[("text", text.get(crate::ui::lang()).to_string().into())]))}</p>
                            <ItemFeedback verdict=v text=explanation.clone()/>
                        </li>
                    }
                })
            }
        })
        .collect_view();
    let marked_count =
        crate::ui::text(move || crate::ui::tr_args("spot-marked-count", &[("count", (marked.with(Vec::len)).into())]));
    view! {
        <figure class=format!("document document-{}", d.document) aria-labelledby=INSTRUCTION_ID>
            <figcaption class="document-kind">{doc_label}</figcaption>
            {zone("from")}
            {zone("address")}
            {zone("subject")}
            {zone("date")}
            {zone("body")}
        </figure>
        <p class="marked-count" aria-live="polite">{marked_count}</p>
        <ul class="spot-feedback">{feedback}</ul>
    }
    .into_any()
}
