//! The phone: home screen, contacts, a new contact's form, the call log,
//! the clock, a video call ringing, the permission dialog, a call. Thin:
//! every rule is in `state.rs` and `time.rs`.

use super::state::{Grant, LogKind, Perm, Phone, Said, Screen, GRANTS};
use super::{time, PhoneCall};
use cv_builder::rules::{PhoneError, Territory};
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::read_aloud::ReadAloud;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, text, tr_args, tr_now};
use std::sync::Arc;

const TITLE: &str = "pc-screen-title";

pub fn view(d: Arc<PhoneCall>, ctx: KindCtx) -> AnyView {
    let phone = RwSignal::new(Phone::new(&d));
    ctx.bind_mission(phone, &d.mission, |p| p.touched, {
        let d = d.clone();
        move |p, g| p.meets(&d, g)
    });
    let wrong = Signal::derive(move || phone.with(|p| p.wrong_moves));
    let place = Memo::new(move |_| phone.with(|p| p.screen));
    let screen = {
        let d = d.clone();
        dynamic(move || screen_view(&d, phone, ctx, place.get()))
    };
    let said = {
        let d = d.clone();
        text(move || phone.with(|p| p.said.as_ref().map(|s| said_text(&d, p, s)).unwrap_or_default()))
    };
    let home = d.home;
    let here = d.here.clone();
    let status = text(move || format!("{} · {}", here.get(lang()), phone.with(|p| p.time_in(home))));
    let note = d.new_contact.as_ref().map(|n| {
        view! {
            <div class="pc-note">
                <h2>{t("pc-note")}</h2>
                <p>{local(&n.note)}</p>
            </div>
        }
    });
    let busy = flag(move || {
        ctx.checked() || phone.with(|p| matches!(p.screen, Screen::Incoming | Screen::Ask(_) | Screen::Call))
    });
    view! {
        <div class="sim pc">
            <section class="pc-phone" aria-label=t("pc-phone")>
                <p class="pc-status"><span>{status}</span><span aria-hidden="true">"4G ▮▮▮"</span></p>
                <div class="pc-screen">{screen}</div>
            </section>
            <div class="pc-side">
                {note}
                <div class="pc-said" role="status">
                    {dynamic(move || (!said.get().is_empty()).then(|| view! {
                        <p>{said.get()}</p>
                        <ReadAloud text=said/>
                    }))}
                </div>
                <div class="pc-wait">
                    <p>{t("pc-time-passes")}</p>
                    <button type="button" class="button" disabled=busy on:click=move |_| phone.update(|p| p.wait())>
                        {t("pc-wait")}
                    </button>
                </div>
            </div>
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

fn go(phone: RwSignal<Phone>, f: impl FnOnce(&mut Phone)) {
    phone.update(f);
    focus_by_id(TITLE, TITLE);
}

fn territory_name(t: Territory) -> String {
    tr_now(match t {
        Territory::Mainland => "pc-terr-mainland",
        Territory::Reunion => "pc-terr-reunion",
        Territory::Mayotte => "pc-terr-mayotte",
        Territory::Guadeloupe => "pc-terr-guadeloupe",
        Territory::Martinique => "pc-terr-martinique",
        Territory::Guyane => "pc-terr-guyane",
    })
}

fn said_text(d: &PhoneCall, p: &Phone, s: &Said) -> String {
    match s {
        Said::NameMissing => tr_now("pc-said-name"),
        Said::NumberRefused(e) => match e {
            PhoneError::NotDigits => tr_now("pc-phone-not-digits"),
            PhoneError::TooShort => tr_now("pc-phone-short"),
            PhoneError::TooLong => tr_now("pc-phone-long"),
            PhoneError::BadStart => tr_now("pc-phone-start"),
            PhoneError::UnknownPrefix => tr_now("pc-phone-prefix"),
            PhoneError::WrongCode(c) => tr_args("pc-phone-code", &[("code", format!("+{c}").into())]),
        },
        Said::NotTheNote => tr_now("pc-said-not-note"),
        Said::Saved => {
            let c = p.contacts.last();
            let name = c.map(|c| c.name.clone()).unwrap_or_default();
            let place = c.map(|c| territory_name(c.territory)).unwrap_or_default();
            tr_args("pc-said-saved", &[("name", name.into()), ("place", place.into())])
        }
        Said::Declined => tr_now("pc-said-declined"),
        Said::Granted(perm, g) => tr_now(match (perm, g) {
            (_, Grant::WhileUsing) => "pc-said-while-using",
            (_, Grant::Once) => "pc-said-once",
            (Perm::Camera, Grant::Deny) => "pc-said-deny-camera",
            (Perm::Microphone, Grant::Deny) => "pc-said-deny-microphone",
        }),
        Said::Callee(good, hour) => {
            let Some(c) = &d.callee else { return String::new() };
            let t = if *good { &c.good_time } else { &c.bad_time };
            t.get(lang()).replace("{time}", hour)
        }
        Said::Waited => tr_args("pc-said-waited", &[("time", p.time_in(d.home).into())]),
        Said::HungUp => tr_now("pc-said-hung-up"),
    }
}

fn back(phone: RwSignal<Phone>, off: Signal<bool>) -> impl IntoView {
    view! {
        <button type="button" class="pc-back" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Home))>
            <span aria-hidden="true">"← "</span>{t("pc-back")}
        </button>
    }
}

fn screen_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, ctx: KindCtx, screen: Screen) -> AnyView {
    let off = flag(move || ctx.checked());
    match screen {
        Screen::Home => view! {
            <div class="pc-home">
                <h2 id=TITLE tabindex="-1">{t("pc-home")}</h2>
                <ul class="pc-apps">
                    <li><button type="button" class="pc-app" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Contacts))>
                        <span class="pc-icon pc-i-contacts" aria-hidden="true">"☺"</span>{t("pc-contacts")}
                    </button></li>
                    <li><button type="button" class="pc-app" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Log))>
                        <span class="pc-icon pc-i-log" aria-hidden="true">"✆"</span>{t("pc-log")}
                    </button></li>
                    <li><button type="button" class="pc-app" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Clock))>
                        <span class="pc-icon pc-i-clock" aria-hidden="true">"◷"</span>{t("pc-clock")}
                    </button></li>
                </ul>
            </div>
        }
        .into_any(),
        Screen::Contacts => contacts_view(d, phone, off),
        Screen::NewContact => new_contact_view(d, phone, off),
        Screen::Log => log_view(d, phone, off),
        Screen::Clock => clock_view(d, phone, off),
        Screen::Incoming => {
            let c = d.caller.as_ref().map(|c| (d.contacts[c.contact].clone(), c.app.clone()));
            let (contact, app) = c.unwrap_or_else(|| (d.contacts[0].clone(), String::new()));
            let d2 = d.clone();
            let d3 = d.clone();
            view! {
                <div class="pc-incoming">
                    <p class="pc-bar">{app.clone()}</p>
                    <h2 id=TITLE tabindex="-1">{tr_args("pc-incoming", &[("app", app.into())])}</h2>
                    <p class="pc-caller">{contact.name.clone()}</p>
                    <p class="pc-number">{contact.number.clone()}</p>
                    <div class="pc-ring">
                        <button type="button" class="pc-answer" disabled=off on:click=move |_| go(phone, |p| p.answer(&d2))>{t("pc-answer")}</button>
                        <button type="button" class="pc-decline" disabled=off on:click=move |_| go(phone, |p| p.decline(&d3))>{t("pc-decline")}</button>
                    </div>
                </div>
            }
            .into_any()
        }
        Screen::Ask(perm) => {
            let app = d.caller.as_ref().map(|c| c.app.clone()).unwrap_or_default();
            let question = tr_args(
                match perm {
                    Perm::Camera => "pc-ask-camera",
                    Perm::Microphone => "pc-ask-microphone",
                },
                &[("app", app.clone().into())],
            );
            let buttons = GRANTS
                .iter()
                .map(|&g| {
                    let label = match g {
                        Grant::WhileUsing => t("pc-while-using"),
                        Grant::Once => t("pc-once"),
                        Grant::Deny => t("pc-deny"),
                    };
                    view! { <button type="button" class="pc-choice" disabled=off on:click=move |_| go(phone, |p| p.grant(g))>{label}</button> }
                })
                .collect_view();
            view! {
                <div class="pc-dimmed"><p class="pc-bar">{app}</p></div>
                <div class="pc-dialog" role="group" aria-labelledby=TITLE>
                    <h2 id=TITLE tabindex="-1">{question}</h2>
                    <div class="pc-choices">{buttons}</div>
                </div>
            }
            .into_any()
        }
        Screen::Call => call_view(d, phone, off),
    }
}

fn place_of(d: &PhoneCall, p: &Phone, i: usize) -> String {
    let _ = d;
    let c = &p.contacts[i];
    match &c.place {
        Some(place) => format!("{}, {}", place.get(lang()), territory_name(c.territory)),
        None => territory_name(c.territory),
    }
}

fn call_button(
    d: &Arc<PhoneCall>,
    phone: RwSignal<Phone>,
    off: Signal<bool>,
    i: usize,
    name: &str,
    video: bool,
) -> impl IntoView {
    let d = d.clone();
    let label = tr_args(if video { "pc-call-back" } else { "pc-call" }, &[("name", name.to_string().into())]);
    view! {
        <button type="button" class="pc-call-button" disabled=off on:click=move |_| go(phone, |p| p.call(&d, i, video))>
            <span aria-hidden="true">"✆ "</span>{label}
        </button>
    }
}

fn contacts_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, off: Signal<bool>) -> AnyView {
    let p = phone.get_untracked();
    let rows = (0..p.contacts.len())
        .map(|i| {
            let c = &p.contacts[i];
            view! {
                <li class="pc-contact">
                    <p><strong>{c.name.clone()}</strong><br/>{c.number.clone()}<br/>
                        <span class="pc-where">{place_of(d, &p, i)}</span></p>
                    {call_button(d, phone, off, i, &c.name, false)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="pc-list-screen">
            {back(phone, off)}
            <h2 id=TITLE tabindex="-1">{t("pc-contacts")}</h2>
            <button type="button" class="button primary pc-wide" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::NewContact))>
                <span aria-hidden="true">"+ "</span>{t("pc-add")}
            </button>
            <ul class="pc-list">{rows}</ul>
        </div>
    }
    .into_any()
}

fn new_contact_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, off: Signal<bool>) -> AnyView {
    let name = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let d = d.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        phone.update(|p| p.save_contact(&d, &name.get_untracked(), &number.get_untracked()));
        if phone.with_untracked(|p| p.screen == Screen::Contacts) {
            focus_by_id(TITLE, TITLE);
        }
    };
    view! {
        <div class="pc-list-screen">
            <button type="button" class="pc-back" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Contacts))>
                <span aria-hidden="true">"← "</span>{t("pc-back")}
            </button>
            <h2 id=TITLE tabindex="-1">{t("pc-new-contact")}</h2>
            <form class="pc-form" on:submit=save>
                <label for="pc-name">{t("pc-name")}</label>
                <input id="pc-name" type="text" autocomplete="off" disabled=off
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <label for="pc-number">{t("pc-number")}</label>
                <input id="pc-number" type="tel" inputmode="tel" autocomplete="off" disabled=off
                    prop:value=move || number.get() on:input=move |ev| number.set(event_target_value(&ev))/>
                <button type="submit" class="button primary pc-wide" disabled=off>{t("pc-save")}</button>
            </form>
        </div>
    }
    .into_any()
}

fn log_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, off: Signal<bool>) -> AnyView {
    let p = phone.get_untracked();
    let rows = p
        .log
        .iter()
        .rev()
        .map(|e| {
            let c = &p.contacts[e.contact];
            let kind = t(match (e.kind, e.video) {
                (LogKind::Incoming, true) => "pc-log-video-in",
                (LogKind::Incoming, false) => "pc-log-in",
                (LogKind::Outgoing, true) => "pc-log-video-out",
                (LogKind::Outgoing, false) => "pc-log-out",
                (LogKind::Declined, _) => "pc-log-declined",
            });
            let at = time::hhmm(time::local(d.home, e.at));
            view! {
                <li class="pc-contact">
                    <p><strong>{c.name.clone()}</strong><br/>{kind}" · "{at}</p>
                    {call_button(d, phone, off, e.contact, &c.name, e.video)}
                </li>
            }
        })
        .collect_view();
    let empty = p.log.is_empty().then(|| view! { <p>{t("pc-log-empty")}</p> });
    view! {
        <div class="pc-list-screen">
            {back(phone, off)}
            <h2 id=TITLE tabindex="-1">{t("pc-log")}</h2>
            {empty}
            <ul class="pc-list">{rows}</ul>
        </div>
    }
    .into_any()
}

fn clock_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, off: Signal<bool>) -> AnyView {
    let p = phone.get_untracked();
    let home = d.home;
    let here = d.here.clone();
    let mine = text(move || {
        tr_args(
            "pc-clock-here",
            &[("place", here.get(lang()).to_string().into()), ("time", phone.with(|p| p.time_in(home)).into())],
        )
    });
    let rows = (0..p.contacts.len())
        .map(|i| {
            let c = &p.contacts[i];
            let there = c.territory;
            let time_there = text(move || phone.with(|p| p.time_in(there)));
            let diff = text(move || {
                let minutes = phone.with(|p| time::difference(home, there, p.now));
                let hours = minutes.abs() / 60;
                let id = match minutes {
                    0 => "pc-same-time",
                    m if m > 0 => "pc-ahead",
                    _ => "pc-behind",
                };
                let mut s = tr_args(id, &[("hours", hours.into())]);
                if there == Territory::Mainland {
                    let summer = phone.with(|p| time::summer(p.now));
                    s = format!("{s} · {}", tr_now(if summer { "pc-summer" } else { "pc-winter" }));
                }
                s
            });
            view! {
                <li class="pc-clock-row">
                    <p><span class="pc-where">{place_of(d, &p, i)}</span><br/>{c.name.clone()}</p>
                    <p class="pc-time"><strong>{time_there}</strong><br/><span>{diff}</span></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="pc-list-screen">
            {back(phone, off)}
            <h2 id=TITLE tabindex="-1">{t("pc-clock")}</h2>
            <p class="pc-here">{mine}</p>
            <ul class="pc-list">{rows}</ul>
        </div>
    }
    .into_any()
}

fn call_view(d: &Arc<PhoneCall>, phone: RwSignal<Phone>, off: Signal<bool>) -> AnyView {
    let p = phone.get_untracked();
    let Some(call) = p.call else { return ().into_any() };
    let name = p.contacts[call.contact].name.clone();
    let title = tr_args(if call.video { "pc-on-video" } else { "pc-on-call" }, &[("name", name.clone().into())]);
    let video = call.video.then(|| {
        let camera = p.camera.is_some_and(Grant::in_use);
        let mic = p.microphone.is_some_and(Grant::in_use);
        let heard = match (&d.caller, camera, mic) {
            (Some(c), true, true) => local(&c.says).get_untracked(),
            (_, false, _) => tr_now("pc-no-camera"),
            _ => tr_now("pc-no-microphone"),
        };
        view! {
            <div class="pc-video">
                <p class="pc-face" aria-hidden="true">{name.chars().next().map(String::from).unwrap_or_default()}</p>
                <p class="pc-me">{t(if camera { "pc-camera-on" } else { "pc-camera-off" })}" · "{t(if mic { "pc-mic-on" } else { "pc-mic-off" })}</p>
            </div>
            <p class="pc-heard">{heard}</p>
        }
    });
    view! {
        <div class="pc-call">
            <h2 id=TITLE tabindex="-1">{title}</h2>
            {video}
            <button type="button" class="pc-decline pc-wide" disabled=off on:click=move |_| go(phone, |p| p.hang_up())>{t("pc-hang-up")}</button>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::PhoneCall, view);
