//! One function per screen of the portal.

use super::state::{
    average, class_average, format_average, format_number, general_average, grades_of, rule_met, trend, Justification,
    Screen, Sent, Trend, RULES,
};
use super::view::{rule_text, screen_label, tx, Sim, SCREEN_TITLE};
use super::World;
use leptos::prelude::*;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, tr_args, tr_now};
use std::sync::Arc;

pub fn screen(s: Screen, sim: Sim) -> AnyView {
    match s {
        Screen::Login => login(sim),
        Screen::NewPassword => new_password(sim),
        Screen::Home => home(sim),
        Screen::Homework => homework(sim),
        Screen::Grades => grades(sim),
        Screen::Report => report(sim),
        Screen::Absences => absences(sim),
        Screen::Messages => messages(sim),
        Screen::Timetable => timetable(sim),
        Screen::LoggedOut => logged_out(),
    }
}

/// The screen's title, where focus goes when the screen changes.
fn title(s: Screen, sim: &Sim) -> impl IntoView {
    let state = sim.state;
    let world = sim.world.clone();
    let child = pas_a_pas_web::ui::text(move || {
        let id = state.with(|p| p.child.clone());
        world.child(&id).map(|c| format!(" — {}", c.name)).unwrap_or_default()
    });
    let with_child = !matches!(s, Screen::Home);
    view! {
        <h3 id=SCREEN_TITLE tabindex="-1">{t(screen_label(s))}{move || if with_child { child.get() } else { String::new() }}</h3>
    }
}

/// A screen about the chosen child: its title, an optional introduction,
/// then `body`, redrawn when the child (or what `body` reads) changes.
fn child_screen<V: IntoView + 'static>(
    s: Screen,
    sim: Sim,
    intro: Option<&'static str>,
    body: impl Fn(&Sim, String, Arc<World>) -> V + Send + Sync + 'static,
) -> AnyView {
    let content = {
        let sim = sim.clone();
        dynamic(move || body(&sim, sim.child(), sim.world.clone()))
    };
    view! {
        {title(s, &sim)}
        {intro.map(|id| view! { <p>{t(id)}</p> })}
        {content}
    }
    .into_any()
}

fn login(sim: Sim) -> AnyView {
    let (login, password) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let letter = sim.world.letter.clone();
    let state = sim.state;
    let world = sim.world.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let w = world.clone();
        state.update(|p| p.login(&w, &login.get_untracked(), &password.get_untracked()));
        focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
    };
    view! {
        <div class="portal-login">
            <article class="school-letter" aria-labelledby="letter-title">
                <h3 id="letter-title">{t("portal-letter")}</h3>
                <p class="school-letter-from">{sim.world.school.clone()}</p>
                <p>{local(&letter.text)}</p>
                <dl>
                    <dt>{t("portal-login")}</dt><dd class="code">{letter.login.clone()}</dd>
                    <dt>{t("portal-temporary-password")}</dt><dd class="code">{letter.password.clone()}</dd>
                </dl>
            </article>
            <form class="educonnect" on:submit=submit>
                <h3 id=SCREEN_TITLE tabindex="-1"><span class="educonnect-logo">"ÉduConnect"</span></h3>
                <p>{t("portal-profile")}</p>
                <label for="portal-login">{t("portal-login")}</label>
                <input id="portal-login" type="text" autocomplete="off" spellcheck="false" autocapitalize="none"
                    prop:value=login on:input=move |ev| login.set(event_target_value(&ev))/>
                <label for="portal-password">{t("portal-password")}</label>
                <input id="portal-password" type="text" class="masked" autocomplete="off" spellcheck="false" autocapitalize="none"
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <button type="submit" class="button primary">{t("portal-sign-in")}</button>
            </form>
        </div>
    }
    .into_any()
}

fn new_password(sim: Sim) -> AnyView {
    let (password, confirm) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let temporary = sim.world.letter.password.clone();
    let rules = RULES
        .iter()
        .map(|r| {
            let r = *r;
            let temporary = temporary.clone();
            let ok = flag(move || password.with(|p| rule_met(r, p, &temporary)));
            view! {
                <li class:met=ok>
                    <span aria-hidden="true">{move || if ok.get() { "✓ " } else { "○ " }}</span>
                    {rule_text(r)}
                    <span class="sr-only">{move || if ok.get() { tr_now("portal-rule-ok") } else { tr_now("portal-rule-todo") }}</span>
                </li>
            }
        })
        .collect_view();
    let state = sim.state;
    let world = sim.world.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let w = world.clone();
        state.update(|p| p.change_password(&w, &password.get_untracked(), &confirm.get_untracked()));
        if state.with_untracked(|p| p.prompt) {
            focus_by_id("portal-prompt-title", SCREEN_TITLE);
        }
    };
    view! {
        <form class="educonnect" on:submit=submit>
            <h3 id=SCREEN_TITLE tabindex="-1">{t("portal-new-password-title")}</h3>
            <p>{t("portal-new-password-why")}</p>
            <p id="portal-rules-title">{t("portal-rules")}</p>
            <ul class="password-rules" aria-labelledby="portal-rules-title">{rules}</ul>
            <label for="portal-new-password">{t("portal-new-password")}</label>
            <input id="portal-new-password" type="text" class="masked" autocomplete="off" spellcheck="false" autocapitalize="none" aria-describedby="portal-rules-title"
                prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
            <label for="portal-confirm-password">{t("portal-confirm-password")}</label>
            <input id="portal-confirm-password" type="text" class="masked" autocomplete="off" spellcheck="false" autocapitalize="none"
                prop:value=confirm on:input=move |ev| confirm.set(event_target_value(&ev))/>
            <button type="submit" class="button primary">{t("portal-validate")}</button>
        </form>
    }
    .into_any()
}

fn home(sim: Sim) -> AnyView {
    let news = sim
        .world
        .news
        .iter()
        .map(|n| view! { <li><h4>{local(&n.title)}</h4><p>{local(&n.text)}</p></li> })
        .collect_view();
    let today = sim.world.day(&sim.world.today).map(|d| d.label.clone()).unwrap_or_default();
    let unread = sim.world.messages.len();
    let state = sim.state;
    let unread_text = pas_a_pas_web::ui::text(move || {
        let read = state.with(|p| p.read.len());
        tr_args("portal-unread", &[("count", (unread.saturating_sub(read)).into())])
    });
    view! {
        {title(Screen::Home, &sim)}
        <p class="portal-today">{local(&today)}</p>
        <p>{unread_text}</p>
        <h4 class="portal-section">{t("portal-news")}</h4>
        <ul class="portal-news">{news}</ul>
    }
    .into_any()
}

fn homework(sim: Sim) -> AnyView {
    child_screen(Screen::Homework, sim, None, move |sim, child, w| {
        let days = w
                .week
                .iter()
                .filter_map(|day| {
                    let items: Vec<_> = w.homework.iter().filter(|h| h.child == child && h.day == *day).collect();
                    if items.is_empty() {
                        return None;
                    }
                    let mut label = w.day(day).map(|d| tx(&d.label)).unwrap_or_default();
                    if lang() == "fr" {
                        // « Pour jeudi 26 novembre » : a day's name is not capitalised within a sentence.
                        label = label.chars().take(1).flat_map(char::to_lowercase).chain(label.chars().skip(1)).collect();
                    }
                    let items = items
                        .into_iter()
                        .map(|h| {
                            let subject = w.subject(&h.subject).map(|s| tx(&s.name)).unwrap_or_default();
                            let doc = h.document.clone().map(|d| {
                                let (state, id) = (sim.state, h.id.clone());
                                let open = {
                                    let id = id.clone();
                                    flag(move || state.with(|p| p.documents.contains(&id)))
                                };
                                let doc_id = format!("doc-{}", h.id);
                                view! {
                                    <p><button type="button" class="button portal-doc" aria-expanded=pas_a_pas_web::ui::pressed(move || open.get())
                                        aria-controls=doc_id.clone()
                                        on:click={
                                            let id = id.clone();
                                            move |_| state.update(|p| p.open_document(&id))
                                        }>
                                        {tr_args("portal-open-doc", &[("name", d.name.clone().into())])}
                                    </button></p>
                                    <div id=doc_id>
                                        {move || open.get().then(|| view! {
                                            <figure class="portal-document">
                                                <figcaption>{d.name.clone()}</figcaption>
                                                <p>{tx(&d.text)}</p>
                                            </figure>
                                        })}
                                    </div>
                                }
                            });
                            view! {
                                <li>
                                    <p><strong>{subject}</strong>" : "{tx(&h.text)}</p>
                                    {doc}
                                </li>
                            }
                        })
                        .collect_view();
                    Some(view! {
                        <section class="portal-day">
                            <h4>{tr_args("portal-for-day", &[("day", label.into())])}</h4>
                            <ul>{items}</ul>
                        </section>
                    })
                })
                .collect_view();
        view! { <div class="portal-days">{days}</div> }
    })
}

fn trend_text(tr: Option<Trend>) -> String {
    match tr {
        Some(Trend::Up) => format!("↑ {}", tr_now("portal-trend-up")),
        Some(Trend::Down) => format!("↓ {}", tr_now("portal-trend-down")),
        Some(Trend::Same) => format!("= {}", tr_now("portal-trend-same")),
        None => String::new(),
    }
}

fn grades(sim: Sim) -> AnyView {
    child_screen(Screen::Grades, sim, Some("portal-grades-intro"), move |_, child, w| {
        let l = lang();
        let subjects = w
                .subjects
                .iter()
                .filter_map(|s| {
                    let g = grades_of(&w, &child, &s.id);
                    let avg = average(&g)?;
                    let class = class_average(&g).map(|c| format_average(c, l)).unwrap_or_default();
                    let tr = trend(&g);
                    let rows = g
                        .iter()
                        .map(|g| {
                            view! {
                                <tr>
                                    <td>{tx(&g.title)}<br/><span class="portal-muted">{tx(&g.date)}</span></td>
                                    <td class="num"><strong>{format_number(g.value, l)}</strong>"/"{format_number(g.out_of, l)}</td>
                                    <td class="num">{format_number(g.coefficient, l)}</td>
                                    <td class="num">{format_number(g.class_average, l)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    let subject = tx(&s.name);
                    Some(view! {
                        <section class="portal-subject">
                            <h4>{subject.clone()}</h4>
                            <p class="portal-average">
                                {tr_args("portal-average", &[("average", format_average(avg, l).into())])}
                                " "<span class=match tr { Some(Trend::Down) => "trend down", _ => "trend" }>{trend_text(tr)}</span>
                            </p>
                            <p class="portal-muted">{tr_args("portal-class-average", &[("average", class.into())])}</p>
                            <table class="portal-table">
                                <caption class="sr-only">{subject}</caption>
                                <thead><tr>
                                    <th scope="col">{tr_now("portal-col-test")}</th>
                                    <th scope="col">{tr_now("portal-col-grade")}</th>
                                    <th scope="col">{tr_now("portal-col-coefficient")}</th>
                                    <th scope="col">{tr_now("portal-col-class")}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </section>
                    })
                })
                .collect_view();
        view! { <div class="portal-subjects">{subjects}</div> }
    })
}

fn report(sim: Sim) -> AnyView {
    child_screen(Screen::Report, sim, None, move |_, child, w| {
        let l = lang();
        let Some(r) = w.reports.iter().find(|r| r.child == child) else {
            return view! { <p>{tr_now("portal-no-report")}</p> }.into_any();
        };
        let rows = w
            .subjects
            .iter()
            .filter_map(|s| {
                let g = grades_of(&w, &child, &s.id);
                let avg = average(&g)?;
                let class = class_average(&g).map(|c| format_average(c, l)).unwrap_or_default();
                let comment = r.comments.iter().find(|c| c.subject == s.id).map(|c| tx(&c.text)).unwrap_or_default();
                Some(view! {
                    <li class="portal-report-line">
                        <h5>{tx(&s.name)}</h5>
                        <p>{tr_args("portal-average", &[("average", format_average(avg, l).into())])}
                           " · "{tr_args("portal-class-average", &[("average", class.into())])}</p>
                        {(!comment.is_empty()).then(|| view! { <p class="portal-comment">{comment}</p> })}
                    </li>
                })
            })
            .collect_view();
        let general = general_average(&w, &child).map(|a| format_average(a, l)).unwrap_or_default();
        view! {
                <h4>{tx(&r.term)}</h4>
                <ul class="portal-report">{rows}</ul>
                <p class="portal-average"><strong>{tr_args("portal-general-average", &[("average", general.into())])}</strong></p>
                <h4>{tr_now("portal-general-comment")}</h4>
                <p class="portal-comment">{tx(&r.general)}</p>
            }
            .into_any()
    })
}

/// The form that justifies one absence.
fn justify_form(sim: Sim, absence: String, close: RwSignal<Option<String>>) -> AnyView {
    let (reason, comment, document) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(false));
    let reasons =
        sim.world.reasons.iter().map(|r| view! { <option value=r.id.clone()>{local(&r.text)}</option> }).collect_view();
    let state = sim.state;
    let (world, mission) = (sim.world.clone(), sim.mission.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let j = Justification {
            absence: absence.clone(),
            reason: reason.get_untracked(),
            comment: comment.get_untracked(),
            document: document.get_untracked(),
        };
        let (w, m) = (world.clone(), mission.clone());
        let mut done = false;
        state.update(|p| done = p.justify(&w, &m, j));
        if done {
            close.set(None);
            focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
        } else {
            focus_by_id("portal-reason", "portal-reason");
        }
    };
    view! {
        <form class="portal-form" on:submit=submit>
            <label for="portal-reason">{t("portal-reason")}</label>
            <select id="portal-reason" on:change=move |ev| reason.set(event_target_value(&ev))>
                <option value="">{t("portal-choose-reason")}</option>
                {reasons}
            </select>
            <label for="portal-comment">{t("portal-comment")}</label>
            <textarea id="portal-comment" rows="2" autocomplete="off" prop:value=comment on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            <p>
                <button type="button" class="button" aria-pressed=pas_a_pas_web::ui::pressed(move || document.get())
                    on:click=move |_| document.update(|d| *d = !*d)>
                    {t("portal-attach")}
                </button>
                " "{move || document.get().then(|| tr_now("portal-attached"))}
            </p>
            <div class="portal-form-actions">
                <button type="submit" class="button primary">{t("portal-send-justification")}</button>
                <button type="button" class="button" on:click=move |_| close.set(None)>{t("portal-cancel")}</button>
            </div>
        </form>
    }
    .into_any()
}

fn absences(sim: Sim) -> AnyView {
    let open: RwSignal<Option<String>> = RwSignal::new(None);
    child_screen(Screen::Absences, sim, None, move |sim, child, w| {
        let rows = w
                .absences
                .iter()
                .filter(|a| a.child == child)
                .map(|a| {
                    let day = w.day(&a.day).map(|d| tx(&d.label)).unwrap_or_default();
                    let kind = if a.kind == "retard" { tr_now("portal-lateness") } else { tr_now("portal-absence") };
                    let id = a.id.clone();
                    let justified = {
                        let (state, w, id) = (sim.state, w.clone(), id.clone());
                        flag(move || state.with(|p| p.is_justified(&w, &id)))
                    };
                    let is_open = {
                        let id = id.clone();
                        flag(move || open.with(|o| o.as_deref() == Some(id.as_str())))
                    };
                    let label = tr_args("portal-justify-label", &[("kind", kind.clone().into()), ("day", day.clone().into())]);
                    let form = {
                        let (sim, id) = (sim.clone(), id.clone());
                        move || is_open.get().then(|| justify_form(sim.clone(), id.clone(), open))
                    };
                    view! {
                        <li class="portal-absence" class:done=justified>
                            <p><strong>{kind}</strong>" — "{day}<br/>{tx(&a.time)}</p>
                            <p class="portal-absence-status">{move || if justified.get() { tr_now("portal-justified") } else { tr_now("portal-to-justify") }}</p>
                            {move || (!justified.get() && !is_open.get()).then(|| {
                                let id = id.clone();
                                view! {
                                    <button type="button" class="button primary" aria-label=label.clone() on:click=move |_| {
                                        open.set(Some(id.clone()));
                                        focus_by_id("portal-reason", "portal-reason");
                                    }>{t("portal-justify")}</button>
                                }
                            })}
                            {form}
                        </li>
                    }
                })
                .collect_view();
        view! { <ul class="portal-absences">{rows}</ul> }
    })
}

/// What the messages screen shows: the inbox, one message, a reply, a new message.
#[derive(Clone, PartialEq)]
enum Mail {
    Inbox,
    Read(String),
    Reply(String),
    Write,
}

fn message_form(sim: Sim, reply_to: Option<String>, mail: RwSignal<Mail>) -> AnyView {
    let w = sim.world.clone();
    let original = reply_to.as_ref().and_then(|id| w.message(id)).cloned();
    let to = RwSignal::new(original.as_ref().map(|m| m.from.clone()).unwrap_or_default());
    let subject = RwSignal::new(original.as_ref().map(|m| format!("Re : {}", tx(&m.subject))).unwrap_or_default());
    let body = RwSignal::new(String::new());
    let recipient = match &original {
        Some(m) => {
            let name = w.teacher(&m.from).map(|t| t.name.clone()).unwrap_or_default();
            view! {
                <p><strong>{t("portal-to")}</strong>" "{name.clone()}</p>
                <p><strong>{t("portal-subject")}</strong>" "{move || subject.get()}</p>
                <blockquote class="portal-quote">
                    <p class="portal-muted">{tr_args("portal-from", &[("name", name.into()), ("date", tx(&m.date).into())])}</p>
                    <p>{tx(&m.body)}</p>
                </blockquote>
            }
            .into_any()
        }
        None => {
            let teachers = w
                .teachers
                .iter()
                .map(|tch| view! { <option value=tch.id.clone()>{format!("{} — ", tch.name)}{local(&tch.role)}</option> })
                .collect_view();
            view! {
                <label for="portal-to">{t("portal-to")}</label>
                <select id="portal-to" on:change=move |ev| to.set(event_target_value(&ev))>
                    <option value="">{t("portal-choose-teacher")}</option>
                    {teachers}
                </select>
                <label for="portal-subject">{t("portal-subject")}</label>
                <input id="portal-subject" type="text" prop:value=subject on:input=move |ev| subject.set(event_target_value(&ev))/>
            }
            .into_any()
        }
    };
    let state = sim.state;
    let mission = sim.mission.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sent = Sent {
            reply_to: reply_to.clone(),
            to: to.get_untracked(),
            subject: subject.get_untracked(),
            body: body.get_untracked(),
        };
        if sent.to.is_empty() {
            focus_by_id("portal-to", "portal-to");
            return;
        }
        let m = mission.clone();
        let mut done = false;
        state.update(|p| done = p.send(&m, sent));
        if done {
            mail.set(Mail::Inbox);
            focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
        } else {
            focus_by_id("portal-body", "portal-body");
        }
    };
    view! {
        <form class="portal-form" on:submit=submit>
            <h4 id="portal-form-title" tabindex="-1">{if original.is_some() { t("portal-reply") } else { t("portal-write") }}</h4>
            {recipient}
            <label for="portal-body">{t("portal-body")}</label>
            <textarea id="portal-body" rows="5" autocomplete="off" prop:value=body on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            <div class="portal-form-actions">
                <button type="submit" class="button primary">{t("portal-send")}</button>
                <button type="button" class="button" on:click=move |_| mail.set(Mail::Inbox)>{t("portal-cancel")}</button>
            </div>
        </form>
    }
    .into_any()
}

fn messages(sim: Sim) -> AnyView {
    let mail = RwSignal::new(Mail::Inbox);
    let body = {
        let sim = sim.clone();
        dynamic(move || {
            let w = sim.world.clone();
            let state = sim.state;
            match mail.get() {
                Mail::Inbox => {
                    let items = w
                        .messages
                        .iter()
                        .map(|m| {
                            let id = m.id.clone();
                            let unread = {
                                let id = id.clone();
                                flag(move || !state.with(|p| p.read.contains(&id)))
                            };
                            let from = w.teacher(&m.from).map(|t| t.name.clone()).unwrap_or_default();
                            view! {
                                <li class:unread=unread>
                                    <button type="button" class="portal-mail" on:click=move |_| {
                                        state.update(|p| p.read_message(&id));
                                        mail.set(Mail::Read(id.clone()));
                                        focus_by_id("portal-mail-title", SCREEN_TITLE);
                                    }>
                                        <span class="portal-mail-from">{from}</span>
                                        <span class="portal-mail-subject">{tx(&m.subject)}</span>
                                        <span class="portal-mail-date">{tx(&m.date)}</span>
                                        {move || unread.get().then(|| view! { <span class="portal-badge">{tr_now("portal-unread-one")}</span> })}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    let sent = state.with(|p| p.sent.clone());
                    let sent = (!sent.is_empty()).then(|| {
                        let items = sent
                            .into_iter()
                            .map(|s| {
                                let to = w.teacher(&s.to).map(|t| t.name.clone()).unwrap_or_default();
                                view! { <li><strong>{to}</strong>" — "{s.subject}<br/><span class="portal-muted">{s.body}</span></li> }
                            })
                            .collect_view();
                        view! { <h4>{tr_now("portal-sent")}</h4><ul class="portal-sent">{items}</ul> }
                    });
                    view! {
                        <p><button type="button" class="button" on:click=move |_| {
                            mail.set(Mail::Write);
                            focus_by_id("portal-form-title", SCREEN_TITLE);
                        }>{t("portal-write")}</button></p>
                        <h4>{tr_now("portal-inbox")}</h4>
                        <ul class="portal-inbox">{items}</ul>
                        {sent}
                    }
                    .into_any()
                }
                Mail::Read(id) => {
                    let Some(m) = w.message(&id).cloned() else { return ().into_any() };
                    let from = w.teacher(&m.from).map(|t| format!("{} ({})", t.name, tx(&t.role))).unwrap_or_default();
                    view! {
                        <article class="portal-message" aria-labelledby="portal-mail-title">
                            <h4 id="portal-mail-title" tabindex="-1">{tx(&m.subject)}</h4>
                            <p class="portal-muted">{tr_args("portal-from", &[("name", from.into()), ("date", tx(&m.date).into())])}</p>
                            <p>{tx(&m.body)}</p>
                        </article>
                        <div class="portal-form-actions">
                            <button type="button" class="button primary" on:click=move |_| {
                                mail.set(Mail::Reply(id.clone()));
                                focus_by_id("portal-body", SCREEN_TITLE);
                            }>{t("portal-reply")}</button>
                            <button type="button" class="button" on:click=move |_| {
                                mail.set(Mail::Inbox);
                                focus_by_id(SCREEN_TITLE, SCREEN_TITLE);
                            }>{t("portal-back-inbox")}</button>
                        </div>
                    }
                    .into_any()
                }
                Mail::Reply(id) => message_form(sim.clone(), Some(id), mail),
                Mail::Write => message_form(sim.clone(), None, mail),
            }
        })
    };
    view! { {title(Screen::Messages, &sim)} {body} }.into_any()
}

fn timetable(sim: Sim) -> AnyView {
    child_screen(Screen::Timetable, sim, None, move |_, child, w| {
        let days = w
                .week
                .iter()
                .map(|day| {
                    let label = w.day(day).map(|d| tx(&d.label)).unwrap_or_default();
                    let lessons = w
                        .lessons
                        .iter()
                        .filter(|l| l.child == child && l.day == *day)
                        .map(|l| {
                            let subject = w.subject(&l.subject);
                            let name = subject.map(|s| tx(&s.name)).unwrap_or_default();
                            let teacher = subject.and_then(|s| w.teacher(&s.teacher)).map(|t| t.name.clone()).unwrap_or_default();
                            view! {
                                <li class="portal-lesson" class:cancelled=l.cancelled>
                                    <span class="portal-lesson-time">{format!("{} – {}", l.start, l.end)}</span>
                                    <span class="portal-lesson-subject">{name}</span>
                                    <span class="portal-muted">{format!("{teacher} · {}", l.room)}</span>
                                    {l.cancelled.then(|| view! { <strong class="portal-cancelled-note">{tx(&w.cancelled_note)}</strong> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="portal-tt-day">
                            <h4>{label}</h4>
                            <ul>{lessons}</ul>
                        </section>
                    }
                })
                .collect_view();
        view! { <div class="portal-timetable">{days}</div> }
    })
}

fn logged_out() -> AnyView {
    view! {
        <div class="portal-bye">
            <h3 id=SCREEN_TITLE tabindex="-1">{t("portal-logged-out")}</h3>
            <p>{t("portal-logged-out-text")}</p>
        </div>
    }
    .into_any()
}
