//! The view of `order` (its model is in `pas_a_pas_core::kinds::order`).

use super::KindCtx;
use crate::ui::{feedback::ItemFeedback, focus_by_id, lang, INSTRUCTION_ID};
use leptos::prelude::*;
use pas_a_pas_core::kinds::order::*;
use std::sync::Arc;

pub fn view(d: Arc<Order>, ctx: KindCtx) -> AnyView {
    let order = RwSignal::new(d.initial_order());
    let moved = RwSignal::new(false);
    let announce = RwSignal::new(String::new());
    {
        let d = d.clone();
        // Checking the order as shown is always an answer, but say so only
        // once the learner has moved something.
        ctx.set_checker(move || moved.get_untracked().then(|| d.check(&order.get_untracked())));
    }
    let n = d.items.len();
    let rows = move || {
        let d = d.clone();
        order
            .get()
            .into_iter()
            .enumerate()
            .map(|(pos, i)| {
                let step = d.items[i].clone();
                let id = step.id.clone();
                let text = step.text.clone();
                let text2 = step.text.clone();
                let go = move |delta: isize| {
                    let mut new_pos = None;
                    order.update(|o| new_pos = move_entry(o, pos, delta));
                    if let Some(p) = new_pos {
                        moved.set(true);
                        let t = text2.get(lang()).to_string();
                        announce.set(crate::ui::tr_args("order-moved", &[("item", (t).into()), ("position", (p + 1).into()), ("total", (n).into())]));
                        let up = delta < 0;
                        let (first, second) = if (up && p > 0) || (!up && p + 1 == n) { ("up", "down") } else { ("down", "up") };
                        focus_by_id(&format!("{first}-{}", step.id), &format!("{second}-{}", step.id));
                    }
                };
                let label_text = text.clone();
                view! {
                    <li class="step">
                        <span class="step-number" aria-hidden="true">{pos + 1}</span>
                        <span class="step-text">{crate::ui::local(&text)}</span>
                        <span class="step-moves">
                            <button
                                type="button"
                                class="move"
                                id=format!("up-{id}")
                                disabled=crate::ui::flag(move || pos == 0 || ctx.checked())
                                aria-label={
                                    let t = label_text.clone();
                                    move || crate::ui::tr_args("order-up", &[("item", (t.get(lang()).to_string()).into())])
                                }
                                on:click={
                                    let go = go.clone();
                                    move |_| go(-1)
                                }
                            >
                                "↑"
                            </button>
                            <button
                                type="button"
                                class="move"
                                id=format!("down-{id}")
                                disabled=crate::ui::flag(move || pos + 1 == n || ctx.checked())
                                aria-label={
                                    let t = label_text.clone();
                                    move || crate::ui::tr_args("order-down", &[("item", (t.get(lang()).to_string()).into())])
                                }
                                on:click=move |_| go(1)
                            >
                                "↓"
                            </button>
                        </span>
                        {
                            let (id, e) = (id.clone(), step.explanation.clone());
                            move || ctx.verdict(&id).map(|v| view! { <ItemFeedback verdict=v text=e.clone()/> })
                        }
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="steps" aria-labelledby=INSTRUCTION_ID>{crate::ui::dynamic(rows)}</ol>
        <p class="sr-only" aria-live="polite">{crate::ui::dynamic(move || announce.get())}</p>
    }
    .into_any()
}
