//! The view of `choice` (its model is in `pas_a_pas_core::kinds::choice`).

use super::KindCtx;
use crate::ui::{feedback::ItemFeedback, INSTRUCTION_ID};
use leptos::prelude::*;
use pas_a_pas_core::kinds::choice::*;
use std::sync::Arc;

pub fn view(d: Arc<Choice>, ctx: KindCtx) -> AnyView {
    let selected = RwSignal::new(Vec::<String>::new());
    {
        let d = d.clone();
        ctx.set_checker(move || {
            let s = selected.get_untracked();
            (!s.is_empty()).then(|| d.check(&s))
        });
    }
    let multiple = d.multiple;
    let options = d
        .options
        .iter()
        .map(|o| {
            let id = o.id.clone();
            let input_id = format!("option-{}", o.id);
            let text = o.text.clone();
            let explanation = o.explanation.clone();
            let toggle = {
                let id = id.clone();
                move |_| {
                    selected.update(|s| {
                        if multiple {
                            if let Some(i) = s.iter().position(|x| *x == id) {
                                s.remove(i);
                            } else {
                                s.push(id.clone());
                            }
                        } else {
                            *s = vec![id.clone()];
                        }
                    })
                }
            };
            let is_checked = {
                let id = id.clone();
                Signal::derive(move || selected.with(|s| s.contains(&id)))
            };
            let verdict = move || ctx.verdict(&id);
            view! {
                <div class="option" class:chosen=is_checked>
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        name="choice"
                        id=input_id.clone()
                        prop:checked=is_checked
                        disabled=crate::ui::flag(move || ctx.checked())
                        on:change=toggle
                    />
                    <label for=input_id>{crate::ui::local(&text)}</label>
                    {crate::ui::dynamic(move || verdict().map(|v| view! { <ItemFeedback verdict=v text=explanation.clone()/> }))}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="options" role="group" aria-labelledby=INSTRUCTION_ID>
            {options}
        </div>
    }
    .into_any()
}
