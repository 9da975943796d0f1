//! The bank's site beside a simulated phone (below it on small screens).
//! Components read the state and call its methods; the clock is read here.

use super::model::{Said, Sms, Stage, TwoStepState};
use super::TwoStep;
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, tr_args, tr_now};
use std::sync::Arc;

fn now() -> f64 {
    js_sys::Date::now()
}

/// The explanation of the last move, if any.
fn said_text(d: &TwoStep, said: &Said) -> String {
    let l = lang();
    match said {
        Said::WrongPassword => d.wrong_password.get(l).to_string(),
        Said::WrongCode => d.wrong_code.get(l).to_string(),
        Said::OldCode => d.old_code.get(l).to_string(),
        Said::ExpiredCode => d.expired_code.get(l).to_string(),
        Said::Answer(id) => d
            .call
            .iter()
            .flat_map(|t| t.answers.iter())
            .find(|a| a.id == *id)
            .map(|a| a.explanation.get(l).to_string())
            .unwrap_or_default(),
        Said::Callback(id) => {
            d.callback.iter().find(|c| c.id == *id).map(|c| c.explanation.get(l).to_string()).unwrap_or_default()
        }
    }
}

fn site(d: Arc<TwoStep>, state: RwSignal<TwoStepState>, ctx: KindCtx) -> AnyView {
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let off = flag(move || ctx.checked());
    let login = {
        let d = d.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            state.update(|s| s.submit_password(&d, &password.get_untracked(), now()));
            if state.with_untracked(|s| s.stage == Stage::Code) {
                focus_by_id("ts-code", "ts-code");
            }
        }
    };
    let validate = {
        let d = d.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            state.update(|s| s.submit_code(&d, &code.get_untracked(), now()));
            if state.with_untracked(|s| s.logged_in) {
                focus_by_id("ts-pick-up", "ts-pick-up");
            }
        }
    };
    let resend = {
        let d = d.clone();
        move |_| {
            state.update(|s| {
                s.send_code(&d, now());
                s.said = None;
            });
            code.set(String::new());
            focus_by_id("ts-code", "ts-code");
        }
    };
    let site_said = {
        let d = d.clone();
        move || {
            state.with(|s| match &s.said {
                Some(x @ (Said::WrongPassword | Said::WrongCode | Said::OldCode | Said::ExpiredCode)) => {
                    Some(view! { <p class="ts-error">{said_text(&d, x)}</p> })
                }
                _ => None,
            })
        }
    };
    let body = {
        let d = d.clone();
        move || {
            match state.with(|s| s.stage) {
            Stage::Password => view! {
                <form class="ts-form" on:submit=login.clone()>
                    <p>{t("ts-user")}" "<strong>{d.user.clone()}</strong></p>
                    <label for="ts-password">{t("ts-password")}</label>
                    <input id="ts-password" type="text" class="masked" autocomplete="off" spellcheck="false" autocapitalize="none" disabled=off
                        prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
                    <button type="submit" class="button primary" disabled=off>{t("ts-login")}</button>
                </form>
            }
            .into_any(),
            Stage::Code => view! {
                <form class="ts-form" on:submit=validate.clone()>
                    <p>{t("ts-code-sent")}</p>
                    <label for="ts-code">{t("ts-code-label")}</label>
                    <input id="ts-code" type="text" inputmode="numeric" autocomplete="off" disabled=off
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                    <button type="submit" class="button primary" disabled=off>{t("ts-validate")}</button>
                    <button type="button" class="button" disabled=off on:click=resend.clone()>{t("ts-resend")}</button>
                </form>
            }
            .into_any(),
            _ => view! {
                <p class="ts-logged"><strong>{t("ts-logged")}</strong></p>
                <p>{local(&d.welcome)}</p>
            }
            .into_any(),
        }
        }
    };
    view! {
        <section class="ts-site" aria-labelledby="ts-site-title">
            <p class="ts-address" aria-hidden="true">{t("ts-site-kind")}</p>
            <h2 id="ts-site-title">{local(&d.site)}</h2>
            {dynamic(body)}
            <div role="status">{dynamic(site_said)}</div>
        </section>
    }
    .into_any()
}

fn phone(d: Arc<TwoStep>, state: RwSignal<TwoStepState>, ctx: KindCtx) -> AnyView {
    let off = flag(move || ctx.checked());
    let messages = {
        let d = d.clone();
        move || {
            let l = lang();
            let list = state.with(|s| s.phone.clone());
            if list.is_empty() {
                return view! { <p class="ts-none">{tr_now("ts-no-sms")}</p> }.into_any();
            }
            let items = list
                .into_iter()
                .map(|m| {
                    let text = match m {
                        Sms::Code(i) => d.code_sms(i, l),
                        Sms::Turn(t) => d.call[t].sms.as_ref().map(|s| s.get(l).to_string()).unwrap_or_default(),
                    };
                    view! {
                        <li class="ts-sms">
                            <span class="ts-from">{d.caller.get(l).to_string()}</span>
                            <span>{text}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="ts-inbox">{items}</ol> }.into_any()
        }
    };
    let pick_up = {
        let d = d.clone();
        move |_| {
            state.update(|s| s.pick_up(&d));
            focus_by_id("ts-answer-0", "ts-answer-0");
        }
    };
    // What the learner hears, said once in the live region below.
    let call_status = {
        let d = d.clone();
        move || {
            let l = lang();
            match state.with(|s| s.stage) {
                Stage::Ringing => Some(
                    view! {
                        <div class="ts-ringing">
                            <p><strong>{tr_now("ts-incoming")}</strong></p>
                            <p class="ts-caller">{d.caller.get(l).to_string()}<br/>{d.caller_number.clone()}</p>
                        </div>
                    }
                    .into_any(),
                ),
                Stage::Callback => {
                    let said = state.with(|s| match &s.said {
                        Some(x @ Said::Callback(_)) => Some(said_text(&d, x)),
                        _ => None,
                    });
                    Some(
                        view! {
                            <p class="ts-ended"><strong>{tr_now("ts-hung-up")}</strong></p>
                            {said.map(|s| view! { <p class="ts-why">{s}</p> })}
                        }
                        .into_any(),
                    )
                }
                Stage::Done => {
                    let said = state.with(|s| match &s.said {
                        Some(x @ Said::Callback(_)) => Some(said_text(&d, x)),
                        _ => None,
                    });
                    Some(view! {
                        <p class="ts-ended" id="ts-done" tabindex="-1"><strong>{tr_now("ts-calling-bank")}</strong></p>
                        {said.map(|s| view! { <p class="ts-why ts-good">{s}</p> })}
                    }
                    .into_any())
                }
                _ => None,
            }
        }
    };
    // The conversation, line by line: a log, so that only new lines are read out.
    let lines = {
        let d = d.clone();
        Memo::new(move |_| {
            let l = lang();
            let caller = d.caller.get(l).to_string();
            let (heard, chosen) = state.with(|s| (s.turns_heard(), s.chosen.clone()));
            let mut out: Vec<(&'static str, String, String)> = Vec::new();
            for (t, turn) in d.call.iter().enumerate().take(heard) {
                out.push(("ts-them", caller.clone(), turn.says.get(l).to_string()));
                for (_, id) in chosen.iter().filter(|(ct, _)| *ct == t) {
                    if let Some(a) = turn.answers.iter().find(|a| a.id == *id) {
                        out.push(("ts-me", tr_now("ts-you"), a.text.get(l).to_string()));
                        out.push(("ts-why", String::new(), a.explanation.get(l).to_string()));
                    }
                }
            }
            out
        })
    };
    type Line = (usize, (&'static str, String, String));
    let each_line = move || lines.get().into_iter().enumerate().collect::<Vec<Line>>();
    let line_key = |(i, line): &Line| (*i, line.2.clone());
    let line_view = |(_, (class, who, text)): Line| {
        let who = (!who.is_empty()).then(|| view! { <span class="ts-who">{who}</span> });
        view! { <p class=class>{who}{text}</p> }
    };
    let call_title = {
        let d = d.clone();
        move || {
            (state.with(|s| s.turns_heard()) > 0).then(|| {
                let caller = d.caller.get(lang()).to_string();
                view! { <h3 class="ts-call-title">{tr_args("ts-on-call", &[("caller", caller.into())])}</h3> }
            })
        }
    };
    let choices = {
        let d = d.clone();
        move || {
            let l = lang();
            match state.with(|s| s.stage) {
                Stage::Ringing => view! {
                    <button type="button" id="ts-pick-up" class="button primary ts-pick" disabled=off on:click=pick_up.clone()>
                        {tr_now("ts-pick-up")}
                    </button>
                }
                .into_any(),
                Stage::Call(t) => {
                    let buttons = d.call[t]
                        .answers
                        .iter()
                        .enumerate()
                        .map(|(i, a)| {
                            let (d, id) = (d.clone(), a.id.clone());
                            view! {
                                <li><button type="button" id=format!("ts-answer-{i}") class="button ts-choice" disabled=off on:click=move |_| {
                                    state.update(|s| s.answer(&d, &id));
                                    // A wrong answer keeps the focus where it was; a new turn starts at its first answer.
                                    let next = match state.with_untracked(|s| s.stage) {
                                        Stage::Callback => "ts-callback-0".to_string(),
                                        Stage::Call(now) if now == t => format!("ts-answer-{i}"),
                                        _ => "ts-answer-0".to_string(),
                                    };
                                    focus_by_id(&next, &next);
                                }>{a.text.get(l).to_string()}</button></li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3 class="ts-ask">{tr_now("ts-your-answer")}</h3>
                        <ul class="ts-choices">{buttons}</ul>
                    }
                    .into_any()
                }
                Stage::Callback => {
                    let buttons = d
                        .callback
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let (d, id) = (d.clone(), c.id.clone());
                            view! {
                                <li><button type="button" id=format!("ts-callback-{i}") class="button ts-choice" disabled=off on:click=move |_| {
                                    state.update(|s| s.call_back(&d, &id));
                                    let next = format!("ts-callback-{i}");
                                    focus_by_id(&next, "ts-done");
                                }>{c.text.get(l).to_string()}</button></li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3 class="ts-ask">{tr_now("ts-callback")}</h3>
                        <ul class="ts-choices">{buttons}</ul>
                    }
                    .into_any()
                }
                _ => ().into_any(),
            }
        }
    };
    view! {
        <section class="ts-phone" aria-labelledby="ts-phone-title">
            <h2 id="ts-phone-title">{t("ts-phone")}</h2>
            <div class="ts-screen">
                <h3 class="ts-inbox-title">{t("ts-messages")}</h3>
                <div role="status">{dynamic(messages)}</div>
                {dynamic(call_title)}
                <div class="ts-dialogue" role="log">
                    <For each=each_line key=line_key children=line_view/>
                </div>
                <div role="status">{dynamic(call_status)}</div>
                {dynamic(choices)}
            </div>
        </section>
    }
    .into_any()
}

pub fn view(d: Arc<TwoStep>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(TwoStepState::default());
    ctx.bind_mission(state, &d.mission, |s| s.started, |s, g| s.goal_met(g));
    let wrong_moves = Signal::derive(move || state.with(|s| s.wrong_moves));
    let notebook = view! {
        <aside class="ts-notebook" aria-labelledby="ts-notebook-title">
            <h2 id="ts-notebook-title">{local(&d.notebook)}</h2>
            <p>{local(&d.site)}" : "<code>{d.password.clone()}</code></p>
        </aside>
    };
    view! {
        // Site, notebook and mission on the left, the phone on the right;
        // one column on phones, the phone right after the site.
        <div class="ts-layout">
            {site(d.clone(), state, ctx)}
            {notebook}
            {phone(d.clone(), state, ctx)}
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong_moves/>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::TwoStep, view);
