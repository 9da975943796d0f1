//! `#/animateur/projeter/<module>/<exercise>`: an exercise on the projector.
//! Very large text, high contrast, one item at a time. A presenter clicker
//! (→ space PageDown / ← PageUp) first reveals an item's answer, then moves
//! on; N shows the advisor's notes, which the room does not otherwise see.

use super::{Loading, PageTitle};
use crate::content::Exercise;
use crate::kinds::{self, slides, Answer, KindCtx, KindData, Slide};
use crate::loader::Loader;
use crate::route::Route;
use crate::ui::{dynamic, local, pressed, t, tr_args, tr_now};
use leptos::prelude::*;

/// Where the presentation is: slide 0 is the instruction, then one per item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub slide: usize,
    pub revealed: bool,
}

impl Position {
    /// Forward: reveal the answer of an item first, then go to the next one.
    pub fn next(self, items: usize) -> Self {
        match self {
            Position { slide: 0, .. } if items > 0 => Position { slide: 1, revealed: false },
            Position { slide, revealed: false } if slide > 0 => Position { slide, revealed: true },
            Position { slide, revealed: true } if slide < items => Position { slide: slide + 1, revealed: false },
            p => p,
        }
    }
    /// Back: hide a shown answer first, then go to the previous slide.
    pub fn previous(self) -> Self {
        match self {
            Position { slide, revealed: true } => Position { slide, revealed: false },
            Position { slide: 0, .. } => self,
            Position { slide, .. } => Position { slide: slide - 1, revealed: slide - 1 > 0 },
        }
    }
}

#[component]
pub fn Presenter(module: String, exercise: String) -> impl IntoView {
    let id = module.clone();
    let content = {
        let loader = Loader::here();
        LocalResource::new(move || loader.module(id.clone()))
    };
    dynamic(move || {
        let Some(c) = content.get() else { return view! { <Loading/> }.into_any() };
        match c.exercise(&exercise) {
            Some(Ok(ex)) => {
                view! { <Show exercise=ex.clone() back=crate::program::advisor_href(&Route::Advisor)/> }.into_any()
            }
            _ => view! { <super::not_found::NotFound/> }.into_any(),
        }
    })
}

#[component]
fn Show(exercise: Exercise, back: String) -> impl IntoView {
    let items: Vec<Slide> = slides(&exercise.data);
    let n = items.len();
    let pos = RwSignal::new(Position::default());
    let notes_open = RwSignal::new(false);
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        match ev.key().as_str() {
            "ArrowRight" | " " | "PageDown" => pos.update(|p| *p = p.next(n)),
            "ArrowLeft" | "PageUp" => pos.update(|p| *p = p.previous()),
            "n" | "N" => notes_open.update(|o| *o = !*o),
            _ => return,
        }
        // Keep space and arrows from scrolling or pressing a focused button twice.
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    let (title, instruction, notes) = (exercise.title.clone(), exercise.instruction.clone(), exercise.notes.clone());
    let data = exercise.data.clone();
    let slide_view = move || {
        let p = pos.get();
        if p.slide == 0 {
            // A document to examine is shown whole first, as the room will discuss it.
            let document = matches!(data, KindData::Spot(_)).then(|| kinds::view(&data, KindCtx::new()));
            return view! {
                <p class="slide-instruction" id=crate::ui::INSTRUCTION_ID>{local(&instruction)}</p>
                {document}
            }
            .into_any();
        }
        let s = items[p.slide - 1].clone();
        let answer = match &s.answer {
            Answer::Right => tr_now("present-right"),
            Answer::Wrong => tr_now("present-wrong"),
            Answer::Group(g) => tr_args("present-group", &[("group", g.get(crate::ui::lang()).to_string().into())]),
            Answer::Position(i) => tr_args("present-position", &[("position", (*i).into())]),
            Answer::Clue => tr_now("present-clue"),
            Answer::NotClue => tr_now("present-not-clue"),
        };
        let good = matches!(s.answer, Answer::Right | Answer::Clue);
        view! {
            <p class="slide-count">{tr_args("present-item", &[("item", p.slide.into()), ("total", n.into())])}</p>
            <p class="slide-prompt">{local(&s.prompt)}</p>
            {p.revealed.then(|| view! {
                <div class="slide-answer" class:good=good>
                    <p class="answer">{answer}</p>
                    <p class="explanation">{local(&s.explanation)}</p>
                </div>
            })}
        }
        .into_any()
    };
    let can_reveal = move || pos.with(|p| p.slide > 0 && !p.revealed);
    view! {
        <div class="presenter">
            <div class="presenter-bar">
                <a class="button" href=back>{t("present-quit")}</a>
                <button type="button" class="button" on:click=move |_| pos.update(|p| *p = p.previous())>{t("present-previous")}</button>
                <button type="button" class="button" on:click=move |_| pos.update(|p| *p = p.next(n))>{t("present-next")}</button>
                {dynamic(move || can_reveal().then(|| view! {
                    <button type="button" class="button primary" on:click=move |_| pos.update(|p| p.revealed = true)>{t("present-reveal")}</button>
                }))}
                <button type="button" class="button" aria-pressed=pressed(move || notes_open.get()) on:click=move |_| notes_open.update(|o| *o = !*o)>
                    {t("present-notes")}
                </button>
                <button type="button" class="button" on:click=|_| crate::ui::fullscreen()>{t("present-fullscreen")}</button>
            </div>
            <PageTitle text=local(&title)/>
            <div class="slide" aria-live="polite">{dynamic(slide_view)}</div>
            {dynamic(move || notes_open.get().then(|| {
                let text = notes.as_ref().map(local).unwrap_or_else(|| t("present-no-notes"));
                view! {
                    <aside class="presenter-notes" aria-labelledby="notes-title">
                        <h2 id="notes-title">{t("present-notes-title")}</h2>
                        <p>{text}</p>
                    </aside>
                }
            }))}
            <p class="presenter-keys">{t("present-keys")}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clicker_reveals_then_moves_on_and_back() {
        let mut p = Position::default();
        let mut seen = vec![p];
        for _ in 0..6 {
            p = p.next(2);
            seen.push(p);
        }
        let at = |slide, revealed| Position { slide, revealed };
        assert_eq!(
            seen,
            vec![at(0, false), at(1, false), at(1, true), at(2, false), at(2, true), at(2, true), at(2, true)]
        );
        assert_eq!(p.previous(), at(2, false));
        assert_eq!(at(2, false).previous(), at(1, true));
        assert_eq!(at(1, false).previous(), at(0, false));
        assert_eq!(at(0, false).previous(), at(0, false));
        assert_eq!(
            Position::default().next(0),
            Position::default(),
            "an exercise with no items stays on its instruction"
        );
    }
}
