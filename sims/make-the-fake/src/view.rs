//! The game as the learner sees it: make the story, watch it spread, learn
//! each trick, then recognise tricks in new posts. Thin: every rule is in
//! [`super::model`].

use super::model::{self, FakeState};
use super::{Example, MakeTheFake, NONE};
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{dynamic, feedback::ItemFeedback, flag, local, pressed, t, text, tr_args};
use std::sync::Arc;

pub fn view(game: Arc<MakeTheFake>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(FakeState::default());
    {
        let game = game.clone();
        ctx.set_checker(move || state.with_untracked(|s| model::check(&game, s)));
    }
    // Memos, so that opening an explanation or answering an example does not
    // redraw the sections around (focus stays put).
    let is_published = Memo::new(move |_| state.with(|s| s.is_published()));
    let chosen_now = Memo::new(move |_| state.with(|s| s.chosen().to_vec()));
    let published = flag(move || is_published.get());
    let tricks = game
        .techniques
        .iter()
        .map(|tech| {
            let id = tech.id.clone();
            let chosen = {
                let id = id.clone();
                pressed(move || state.with(|s| s.is_chosen(&id)))
            };
            view! {
                <li>
                    <button type="button" class="toggle trick-choice" aria-pressed=chosen disabled=published
                        on:click=move |_| state.update(|s| s.toggle_technique(&id))>{local(&tech.name)}</button>
                </li>
            }
        })
        .collect_view();
    // The draft: the story and what each chosen trick adds to it.
    let draft = {
        let game = game.clone();
        move || {
            chosen_now
                .get()
                .iter()
                .filter_map(|id| game.technique(id))
                .map(|t| view! { <p class="draft-add">{local(&t.adds)}</p> })
                .collect_view()
        }
    };
    let message = RwSignal::new(None::<bool>);
    let publish = move |_| {
        let ok = state.try_update(|s| s.publish()).unwrap_or(false);
        message.set(Some(ok));
        if ok {
            pas_a_pas_web::ui::focus_by_id("fake-spread-title", "fake-spread-title");
        }
    };
    let unpublish = move |_| {
        state.update(|s| s.unpublish());
        message.set(None);
    };
    let spread = {
        let game = game.clone();
        move || {
            is_published.get().then(|| {
                let sp = model::spread(&game, &chosen_now.get());
                let most = model::most(&game);
                let rows = sp
                    .timeline
                    .iter()
                    .map(|(h, n)| {
                        let width = format!("{}%", (*n * 100 / most.max(1)).max(1));
                        view! {
                            <li>
                                <span>{tr_args("fake-after-hours", &[("hours", (*h).into()), ("shares", (*n).into())])}</span>
                                <span class="spread-bar" aria-hidden="true"><span class="spread-fill" style:width=width></span></span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="fake-spread" aria-labelledby="fake-spread-title">
                        <h2 id="fake-spread-title" tabindex="-1">{t("fake-step-spread")}</h2>
                        <p class="spread-total">{tr_args("fake-spread-total", &[("shares", sp.shares.into()), ("reactions", sp.reactions.into())])}</p>
                        <ul class="timeline">{rows}</ul>
                        <p class="spread-note">{local(&game.spread_note)}</p>
                        <button type="button" class="button" on:click=unpublish>{t("fake-change")}</button>
                    </section>
                }
            })
        }
    };
    let learn = {
        let game = game.clone();
        move || {
            is_published.get().then(|| {
                let cards = game
                    .techniques
                    .iter()
                    .map(|tech| {
                        let id = tech.id.clone();
                        let open = {
                            let id = id.clone();
                            flag(move || state.with(|s| s.is_open(&id)))
                        };
                        let used = {
                            let id = id.clone();
                            flag(move || state.with(|s| s.is_chosen(&id)))
                        };
                        let (how, spot) = (tech.how.clone(), tech.spot.clone());
                        view! {
                            <li class="trick">
                                <h3>{local(&tech.name)}</h3>
                                {move || used.get().then(|| view! { <p class="trick-used">{t("fake-you-used")}</p> })}
                                <button type="button" class="button" aria-expanded=pressed(move || open.get())
                                    on:click=move |_| state.update(|s| s.toggle_open(&id))>{t("fake-how-to-spot")}</button>
                                {dynamic(move || open.get().then(|| view! {
                                    <div class="trick-explained">
                                        <p><strong>{t("fake-how-it-works")}</strong>" "{local(&how)}</p>
                                        <p><strong>{t("fake-spot-it")}</strong>" "{local(&spot)}</p>
                                    </div>
                                }))}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section aria-labelledby="fake-learn-title">
                        <h2 id="fake-learn-title">{t("fake-step-learn")}</h2>
                        <ul class="tricks">{cards}</ul>
                    </section>
                }
            })
        }
    };
    let examples = game.examples.iter().map(|e| example_view(&game, e, state, ctx)).collect_view();
    let wrong_moves = Signal::derive(move || state.with(|s| s.wrong_moves));
    let status = move || match message.get() {
        Some(true) => t("fake-published").get(),
        Some(false) => t("fake-too-few").get(),
        None => String::new(),
    };
    view! {
        <div class="fake-game">
            <MissionPanel mission=Arc::new(game.mission.clone()) ctx=ctx wrong_moves=wrong_moves/>
            <section aria-labelledby="fake-make-title">
                <h2 id="fake-make-title">{t("fake-step-make")}</h2>
                <div class="draft">
                    <p class="draft-label">{t("fake-draft")}</p>
                    <p class="draft-story">{local(&game.story)}</p>
                    {dynamic(draft)}
                </div>
                <h3 id="fake-tricks-title">{t("fake-choose")}</h3>
                <ul class="trick-choices" aria-labelledby="fake-tricks-title">{tricks}</ul>
                <button type="button" class="button primary" disabled=published on:click=publish>{t("fake-publish")}</button>
                <p class="fake-status" role="status">{text(status)}</p>
            </section>
            {dynamic(spread)}
            {dynamic(learn)}
            <section aria-labelledby="fake-examples-title">
                <h2 id="fake-examples-title">{t("fake-step-examples")}</h2>
                <p>{t("fake-examples-intro")}</p>
                {examples}
            </section>
        </div>
    }
    .into_any()
}

fn example_view(game: &MakeTheFake, e: &Example, state: RwSignal<FakeState>, ctx: KindCtx) -> impl IntoView {
    let mut choices: Vec<(String, Signal<String>)> =
        game.techniques.iter().map(|t| (t.id.clone(), local(&t.name))).collect();
    choices.push((NONE.to_string(), t("fake-no-trick")));
    let name = format!("example-{}", e.id);
    let radios = choices
        .into_iter()
        .map(|(tech, label)| {
            let input_id = format!("example-{}-{}", e.id, tech);
            let checked = {
                let (ex, tech) = (e.id.clone(), tech.clone());
                flag(move || state.with(|s| s.answer_of(&ex) == Some(tech.as_str())))
            };
            let ex = e.id.clone();
            view! {
                <div class="option">
                    <input type="radio" name=name.clone() id=input_id.clone() prop:checked=checked
                        disabled=flag(move || ctx.checked())
                        on:change=move |_| state.update(|s| s.answer(&ex, &tech))/>
                    <label for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let item = model::example_item(&e.id);
    let explanation = e.explanation.clone();
    let legend = {
        let author = e.author.clone();
        text(move || {
            tr_args("fake-which-trick", &[("author", author.get(pas_a_pas_web::ui::lang()).to_string().into())])
        })
    };
    view! {
        <fieldset class="example">
            <legend>{legend}</legend>
            <div class="mini-post">
                <p class="post-author">{local(&e.author)}</p>
                <p>{local(&e.text)}</p>
            </div>
            <div class="options">{radios}</div>
            {dynamic(move || ctx.verdict(&item).map(|v| view! { <ItemFeedback verdict=v text=explanation.clone()/> }))}
        </fieldset>
    }
}

pas_a_pas_web::sim_view!(crate::MakeTheFake, view);
