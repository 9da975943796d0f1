//! The view of `classify` (its model is in `pas_a_pas_core::kinds::classify`).

use super::KindCtx;
use crate::ui::{feedback::ItemFeedback, lang};
use leptos::prelude::*;
use pas_a_pas_core::kinds::classify::*;
use std::collections::HashMap;
use std::sync::Arc;

pub fn view(d: Arc<Classify>, ctx: KindCtx) -> AnyView {
    let placed = RwSignal::new(HashMap::<String, String>::new());
    {
        let d = d.clone();
        ctx.set_checker(move || {
            let p = placed.get_untracked();
            (!p.is_empty()).then(|| d.check(&p))
        });
    }
    let cards = d
        .items
        .iter()
        .map(|card| {
            let text_id = format!("card-{}", card.id);
            let text = card.text.clone();
            let explanation = card.explanation.clone();
            let choices = d
                .groups
                .iter()
                .map(|g| {
                    let input_id = format!("card-{}-{}", card.id, g.id);
                    let label = g.label.clone();
                    let (card_id, group_id) = (card.id.clone(), g.id.clone());
                    let checked = {
                        let (card_id, group_id) = (card_id.clone(), group_id.clone());
                        move || placed.with(|p| p.get(&card_id) == Some(&group_id))
                    };
                    view! {
                        <span class="place">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=format!("card-{}", card.id)
                                prop:checked=checked
                                disabled=crate::ui::flag(move || ctx.checked())
                                on:change=move |_| placed.update(|p| {
                                    p.insert(card_id.clone(), group_id.clone());
                                })
                            />
                            <label for=input_id>{crate::ui::local(&label)}</label>
                        </span>
                    }
                })
                .collect_view();
            let id = card.id.clone();
            let placed_in = {
                let (d, id) = (d.clone(), id.clone());
                move || placed.with(|p| p.get(&id).and_then(|g| d.group_label(g)).map(|t| t.get(lang()).to_string()))
            };
            let labelled_by = text_id.clone();
            view! {
                <div class="card" role="group" aria-labelledby=labelled_by class:placed=crate::ui::flag(move || placed_in().is_some())>
                    <p class="card-text" id=text_id>{crate::ui::local(&text)}</p>
                    <div class="places">{choices}</div>
                    {crate::ui::dynamic(move || ctx.verdict(&id).map(|v| view! { <ItemFeedback verdict=v text=explanation.clone()/> }))}
                </div>
            }
        })
        .collect_view();
    view! { <div class="cards">{cards}</div> }.into_any()
}
