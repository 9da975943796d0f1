//! The frame of the portal: a browser window (address, the "Enregistrer le
//! mot de passe ?" prompt), the portal's header and menu, the kind messages
//! of the last move, the mission's question and the mission panel. Each
//! screen is in `screens`. Components only read the state and call its methods.

use super::goals::met;
use super::screens;
use super::state::{Notice, PasswordProblem, Portal, Rule, Screen};
use super::{SchoolPortal, World};
use leptos::prelude::*;
use pas_a_pas_core::content::Text;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{dynamic, focus_by_id, lang, local, t, tr_now};
use std::sync::Arc;

pub const SCREEN_TITLE: &str = "portal-screen-title";
const PROMPT_TITLE: &str = "portal-prompt-title";

/// What every screen needs: the state, the world and the mission.
#[derive(Clone)]
pub struct Sim {
    pub state: RwSignal<Portal>,
    pub world: Arc<World>,
    pub mission: Arc<SchoolPortal>,
    /// Parts of the state that redraw a whole screen, notified only when they change.
    pub screen: Memo<Screen>,
    pub child: Memo<String>,
    pub logged_in: Memo<bool>,
    pub prompt: Memo<bool>,
}

impl Sim {
    pub fn go(&self, screen: Screen) {
        let m = self.mission.clone();
        self.state.update(|p| p.open(screen, &m));
        focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
    }
    pub fn child(&self) -> String {
        self.child.get()
    }
}

/// A content text now, in the current language.
pub fn tx(t: &Text) -> String {
    t.get(lang()).to_string()
}

pub fn screen_label(s: Screen) -> &'static str {
    match s {
        Screen::Home => "portal-menu-home",
        Screen::Homework => "portal-menu-homework",
        Screen::Grades => "portal-menu-grades",
        Screen::Report => "portal-menu-report",
        Screen::Absences => "portal-menu-absences",
        Screen::Messages => "portal-menu-messages",
        Screen::Timetable => "portal-menu-timetable",
        Screen::Login | Screen::NewPassword => "portal-educonnect",
        Screen::LoggedOut => "portal-logged-out",
    }
}

fn rule_label(r: Rule) -> &'static str {
    match r {
        Rule::Length => "portal-rule-length",
        Rule::Upper => "portal-rule-upper",
        Rule::Lower => "portal-rule-lower",
        Rule::Digit => "portal-rule-digit",
        Rule::Special => "portal-rule-special",
        Rule::NotTemporary => "portal-rule-not-temporary",
    }
}

pub fn rule_text(r: Rule) -> Signal<String> {
    t(rule_label(r))
}

/// The kind message after a move, or nothing.
/// `answers`: the messages about the mission's question (shown under it), or the others.
fn notice_view(sim: Sim, answers: bool) -> AnyView {
    let mission = sim.mission.clone();
    dynamic(move || {
        let n = sim.state.with(|p| p.notice.clone())?;
        if matches!(n, Notice::RightAnswer(_) | Notice::WrongAnswer(_)) != answers {
            return None;
        }
        let (class, text) = match n {
            Notice::WrongLogin => ("portal-notice wrong", tr_now("portal-notice-wrong-login")),
            Notice::Password(PasswordProblem::Confirmation) => {
                ("portal-notice wrong", tr_now("portal-notice-confirmation"))
            }
            Notice::Password(PasswordProblem::Rule(r)) => {
                ("portal-notice wrong", format!("{} {}", tr_now("portal-notice-rule"), tr_now(rule_label(r))))
            }
            Notice::PasswordChanged => ("portal-notice right", tr_now("portal-notice-password-changed")),
            Notice::SavedPassword => ("portal-notice wrong", tr_now("portal-notice-saved")),
            Notice::NotSaved => ("portal-notice right", tr_now("portal-notice-not-saved")),
            Notice::Justified => ("portal-notice right", tr_now("portal-notice-justified")),
            Notice::Sent => ("portal-notice right", tr_now("portal-notice-sent")),
            Notice::EmptyMessage => ("portal-notice wrong", tr_now("portal-notice-empty")),
            Notice::NoReason => ("portal-notice wrong", tr_now("portal-notice-no-reason")),
            Notice::RightAnswer(id) | Notice::WrongAnswer(id) => {
                let o = mission.question.as_ref()?.options.iter().find(|o| o.id == id)?;
                let head = if o.correct { tr_now("portal-answer-right") } else { tr_now("portal-answer-wrong") };
                (
                    if o.correct { "portal-notice right" } else { "portal-notice wrong" },
                    format!("{head} {}", tx(&o.explanation)),
                )
            }
        };
        Some(view! { <p class=class>{text}</p> })
    })
}

/// The browser's own question, above the page, right after logging in.
fn prompt_view(sim: Sim) -> impl IntoView {
    let login = sim.world.letter.login.clone();
    dynamic(move || {
        sim.prompt.get().then(|| {
            let state = sim.state;
            view! {
                <section class="browser-prompt" aria-labelledby=PROMPT_TITLE>
                    <h3 id=PROMPT_TITLE tabindex="-1">{t("portal-prompt-title")}</h3>
                    <p>{t("portal-prompt-site")}</p>
                    <p class="browser-prompt-login">{login.clone()}<span aria-hidden="true">" · ••••••••"</span></p>
                    <div class="browser-prompt-actions">
                        <button type="button" class="button" on:click=move |_| {
                            state.update(|p| p.answer_prompt(true));
                            focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
                        }>{t("portal-prompt-save")}</button>
                        <button type="button" class="button" on:click=move |_| {
                            state.update(|p| p.answer_prompt(false));
                            focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
                        }>{t("portal-prompt-never")}</button>
                    </div>
                </section>
            }
        })
    })
}

/// The portal's header (school, child chosen, log out) and menu.
fn header_view(sim: Sim) -> impl IntoView {
    let state = sim.state;
    let children = sim
        .world
        .children
        .iter()
        .map(|c| {
            let id = c.id.clone();
            let selected = {
                let id = id.clone();
                pas_a_pas_web::ui::flag(move || state.with(|p| p.child == id))
            };
            view! { <option value=id prop:selected=selected>{format!("{} ({})", c.name, c.class)}</option> }
        })
        .collect_view();
    let menu = Screen::MENU
        .iter()
        .map(|s| {
            let s = *s;
            let sim = sim.clone();
            let current = pas_a_pas_web::ui::text(move || {
                if state.with(|p| p.screen == s) {
                    "page".to_string()
                } else {
                    "false".to_string()
                }
            });
            view! {
                <li><button type="button" class="portal-menu-item" aria-current=current on:click=move |_| sim.go(s)>
                    {t(screen_label(s))}
                </button></li>
            }
        })
        .collect_view();
    view! {
        <div class="portal-header">
            <p class="portal-school">{sim.world.school.clone()}<span class="portal-space">{t("portal-space")}</span></p>
            <p class="portal-parent">{sim.world.parent.clone()}</p>
            <div class="portal-child">
                <label for="portal-child">{t("portal-child")}</label>
                <select id="portal-child" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.update(|p| p.choose_child(&v));
                }>{children}</select>
            </div>
            <button type="button" class="button portal-logout" on:click=move |_| {
                state.update(|p| p.logout());
                focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
            }>{t("portal-logout")}</button>
        </div>
        <nav class="portal-menu" aria-label=t("portal-menu")>
            <ul>{menu}</ul>
        </nav>
    }
}

/// The mission's question, answered inside the simulation.
fn question_view(sim: Sim) -> Option<AnyView> {
    let q = sim.mission.question.clone()?;
    let chosen = RwSignal::new(String::new());
    let state = sim.state;
    let options = q
        .options
        .iter()
        .map(|o| {
            let id = o.id.clone();
            let input_id = format!("portal-answer-{}", o.id);
            let checked = {
                let id = id.clone();
                pas_a_pas_web::ui::flag(move || chosen.with(|c| *c == id))
            };
            view! {
                <div class="option">
                    <input type="radio" name="portal-answer" id=input_id.clone() prop:checked=checked
                        on:change=move |_| chosen.set(id.clone())/>
                    <label for=input_id>{local(&o.text)}</label>
                </div>
            }
        })
        .collect_view();
    let mission = sim.mission.clone();
    let answer = move |_| {
        let c = chosen.get_untracked();
        if !c.is_empty() {
            let m = mission.clone();
            state.update(|p| p.answer(&m, &c));
        }
    };
    let notice = notice_view(sim.clone(), true);
    Some(
        view! {
            <section class="portal-question" aria-labelledby="portal-question-title">
                <h2 id="portal-question-title">{t("portal-question")}</h2>
                <fieldset>
                    <legend>{local(&q.text)}</legend>
                    {options}
                </fieldset>
                <button type="button" class="button primary" on:click=answer>{t("portal-answer")}</button>
                <div role="status">{notice}</div>
            </section>
        }
        .into_any(),
    )
}

pub fn view(d: Arc<SchoolPortal>, ctx: KindCtx) -> AnyView {
    let Some(world) = d.world.clone() else {
        return view! { <p>{t("portal-no-world")}</p> }.into_any();
    };
    let state = RwSignal::new(Portal::new(&world, &d));
    ctx.bind_mission(state, &d.mission, |p| p.moved, {
        let (w, m) = (world.clone(), d.clone());
        move |p, g| met(g, p, &w, &m)
    });
    let sim = Sim {
        state,
        world: world.clone(),
        mission: d.clone(),
        screen: Memo::new(move |_| state.with(|p| p.screen)),
        child: Memo::new(move |_| state.with(|p| p.child.clone())),
        logged_in: Memo::new(move |_| state.with(|p| p.logged_in)),
        prompt: Memo::new(move |_| state.with(|p| p.prompt)),
    };
    let wrong = Signal::derive(move || state.with(|p| p.wrong));
    let logged_in = sim.logged_in;
    let current = sim.screen;
    let address = pas_a_pas_web::ui::text(move || {
        if matches!(current.get(), Screen::Login | Screen::NewPassword) {
            "https://educonnect.education.gouv.fr".to_string()
        } else {
            "https://parents.college-les-flamboyants.fr".to_string()
        }
    });
    let header = {
        let sim = sim.clone();
        move || logged_in.get().then(|| header_view(sim.clone()))
    };
    let screen_notice = notice_view(sim.clone(), false);
    let screen = {
        let sim = sim.clone();
        dynamic(move || {
            let s = sim.screen.get();
            screens::screen(s, sim.clone())
        })
    };
    view! {
        <div class="portal-sim">
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
            <div class="browser">
                <div class="browser-bar">
                    <span class="browser-dots" aria-hidden="true">"● ● ●"</span>
                    <span class="browser-address"><span class="sr-only">{t("portal-address")}" "</span>{address}</span>
                </div>
                {prompt_view(sim.clone())}
                <section class="portal" aria-labelledby="portal-title">
                    <h2 id="portal-title" class="sr-only">{t("portal-title")}</h2>
                    {dynamic(header)}
                    <div class="portal-page">
                        <div role="status" class="portal-status">{screen_notice}</div>
                        {screen}
                    </div>
                </section>
            </div>
            {question_view(sim)}
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::SchoolPortal, view);
