//! The passphrase field, its show/hide button and the strength meter. The
//! typed text stays in this view's signal and goes to the estimator of the
//! page (`estimator.rs`) only: it is never written or sent anywhere.

use super::estimator;
use super::model::{CrackTime, Level, PassphraseState, Strength, Tip, Warning};
use super::Passphrase;
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{flag, pressed, t, text, tr_args, tr_now};
use std::sync::Arc;

const INPUT_ID: &str = "pw-input";

fn level_word(l: Level) -> String {
    match l {
        Level::VeryWeak => tr_now("pw-level-1"),
        Level::Weak => tr_now("pw-level-2"),
        Level::Medium => tr_now("pw-level-3"),
        Level::Strong => tr_now("pw-level-4"),
        Level::VeryStrong => tr_now("pw-level-5"),
    }
}

/// What the level means, after the CNIL's recommendation (see `model.rs`).
fn level_says(l: Level) -> String {
    match l {
        Level::VeryWeak => tr_now("pw-says-1"),
        Level::Weak => tr_now("pw-says-2"),
        Level::Medium => tr_now("pw-says-3"),
        Level::Strong => tr_now("pw-says-4"),
        Level::VeryStrong => tr_now("pw-says-5"),
    }
}

fn time_words(time: CrackTime) -> String {
    match time {
        CrackTime::Instant => tr_now("pw-time-instant"),
        CrackTime::Seconds(n) => tr_args("pw-time-seconds", &[("n", n.into())]),
        CrackTime::Minutes(n) => tr_args("pw-time-minutes", &[("n", n.into())]),
        CrackTime::Hours(n) => tr_args("pw-time-hours", &[("n", n.into())]),
        CrackTime::Days(n) => tr_args("pw-time-days", &[("n", n.into())]),
        CrackTime::Months(n) => tr_args("pw-time-months", &[("n", n.into())]),
        CrackTime::Years(n) => tr_args("pw-time-years", &[("n", n.into())]),
        CrackTime::Centuries => tr_now("pw-time-centuries"),
    }
}

fn warning_words(w: Warning) -> String {
    match w {
        Warning::Keyboard => tr_now("pw-warn-keyboard"),
        Warning::Repeats => tr_now("pw-warn-repeats"),
        Warning::Common => tr_now("pw-warn-common"),
        Warning::Sequence => tr_now("pw-warn-sequence"),
        Warning::Years => tr_now("pw-warn-years"),
        Warning::Dates => tr_now("pw-warn-dates"),
        Warning::OneWord => tr_now("pw-warn-one-word"),
        Warning::Names => tr_now("pw-warn-names"),
        Warning::CommonHere => tr_now("pw-warn-common-here"),
    }
}

fn tip_words(tip: Tip) -> String {
    match tip {
        Tip::FewWords => tr_now("pw-tip-few-words"),
        Tip::AddWord => tr_now("pw-tip-add-word"),
        Tip::NoNeedForSymbols => tr_now("pw-tip-no-symbols"),
        Tip::Capitals => tr_now("pw-tip-capitals"),
        Tip::Reversed => tr_now("pw-tip-reversed"),
        Tip::Substitutions => tr_now("pw-tip-substitutions"),
        Tip::Repeats => tr_now("pw-tip-repeats"),
        Tip::Personal => tr_now("pw-tip-personal"),
    }
}

/// The meter for one measure: a bar of 5, the level in words, the time to
/// guess it, what is wrong and what would help.
fn meter(s: Option<Strength>) -> AnyView {
    let Some(s) = s else {
        return view! { <p class="pw-empty">{tr_now("pw-empty")}</p> }.into_any();
    };
    let rank = s.level.rank();
    let bars = (1..=5u8).map(|i| view! { <span class:on=i <= rank></span> }).collect_view();
    let level = tr_args("pw-level", &[("level", level_word(s.level).into()), ("rank", rank.into())]);
    let time = tr_args("pw-time", &[("time", time_words(s.time).into())]);
    let advice: Vec<String> =
        s.warning.map(warning_words).into_iter().chain(s.tips.iter().map(|t| tip_words(*t))).collect();
    let advice = (!advice.is_empty()).then(|| {
        view! { <ul class="pw-advice">{advice.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul> }
    });
    let words = tr_args("pw-words", &[("n", s.words.into()), ("chars", s.chars.into())]);
    view! {
        <div class=format!("pw-bar {}", s.level.class()) aria-hidden="true">{bars}</div>
        <p class=format!("pw-level {}", s.level.class())><strong>{level}</strong></p>
        <p class="pw-says">{level_says(s.level)}</p>
        <p class="pw-time">{time}</p>
        <p class="pw-count">{words}</p>
        {advice}
    }
    .into_any()
}

pub fn view(d: Arc<Passphrase>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(PassphraseState::default());
    // The password itself: in memory while the page is open, nowhere else.
    let password = RwSignal::new(String::new());
    ctx.bind_mission(state, &d.mission, |s| s.typed, |s, g| s.goal_met(g));
    // The estimator did not load (a file missing from the served folder).
    let broken = RwSignal::new(false);
    let common = d.common_words.clone();
    let on_input = move |ev| {
        let p = event_target_value(&ev);
        if p.is_empty() {
            state.update(|s| s.cleared());
        } else if let Some(e) = estimator::estimate(&p, &common) {
            state.update(|s| s.typed(&p, &e));
        } else {
            broken.set(true);
        }
        password.set(p);
    };
    let shown = flag(move || state.with(|s| s.shown));
    let wrong_moves = Signal::derive(move || state.with(|s| s.wrong_moves));
    view! {
        <div class="pw-layout">
            <section class="pw-sim" aria-labelledby="pw-title">
                <h2 id="pw-title">{t("pw-title")}</h2>
                <p class="pw-warning">{t("pw-not-kept")}</p>
                <label for=INPUT_ID class="pw-label">{t("pw-label")}</label>
                <div class="pw-field">
                    <input
                        id=INPUT_ID
                        type="text"
                        class=move || if shown.get() { "" } else { "masked" }
                        autocomplete="off"
                        autocapitalize="none"
                        spellcheck="false"
                        aria-describedby="pw-meter"
                        prop:value=move || password.get()
                        disabled=flag(move || ctx.checked())
                        on:input=on_input
                    />
                    <button
                        type="button"
                        class="pw-show"
                        aria-controls=INPUT_ID
                        aria-pressed=pressed(move || shown.get())
                        disabled=flag(move || ctx.checked())
                        on:click=move |_| state.update(|s| s.toggle_shown())
                    >
                        {t("pw-show")}
                    </button>
                </div>
                <div id="pw-meter" class="pw-meter" role="status">
                    {pas_a_pas_web::ui::dynamic(move || {
                        if broken.get() {
                            view! { <p class="pw-empty">{tr_now("pw-broken")}</p> }.into_any()
                        } else {
                            meter(state.with(|s| s.now.clone()))
                        }
                    })}
                </div>
                <p class="pw-shown-note">{text(move || if shown.get() { tr_now("pw-shown-note") } else { String::new() })}</p>
            </section>
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong_moves/>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::Passphrase, view);
