//! The phone: app store pages, permission dialogs, apps, and the settings.

use super::state::{Grant, Permission, Phone, Screen, Step};
use super::PhonePermissions;
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::feedback::ItemFeedback;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, tr_args};
use std::sync::Arc;

const TITLE: &str = "ph-screen-title";

pub fn view(d: Arc<PhonePermissions>, ctx: KindCtx) -> AnyView {
    let phone = RwSignal::new(Phone::new(&d));
    ctx.bind_mission(phone, &d.mission, |p| p.touched, {
        let d = d.clone();
        move |p, g| p.meets(&d, g)
    });
    let wrong = Signal::derive(move || phone.with(|p| p.wrong_moves));
    // The screen is drawn again only when the learner goes somewhere else,
    // so the focus stays put while permissions change.
    let place = Memo::new(move |_| phone.with(|p| (p.step(), p.screen)));
    let screen = {
        let d = d.clone();
        dynamic(move || {
            let (step, screen) = place.get();
            screen_view(&d, phone, ctx, step, screen)
        })
    };
    let explained = {
        let d = d.clone();
        dynamic(move || ctx.checked().then(|| explanations(&d, phone)))
    };
    view! {
        <div class="sim ph">
            <section class="ph-phone" aria-label=t("ph-phone")>
                <p class="ph-status" aria-hidden="true"><span>"10:45"</span><span>"4G ▮▮▮ 80 %"</span></p>
                <div class="ph-screen">{screen}</div>
            </section>
            {explained}
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

fn go(phone: RwSignal<Phone>, f: impl FnOnce(&mut Phone)) {
    phone.update(f);
    focus_by_id(TITLE, TITLE);
}

fn icon(d: &PhonePermissions, a: usize) -> impl IntoView {
    let letter = d.apps[a].name.get("fr").chars().next().unwrap_or('?').to_string();
    view! { <span class=format!("ph-icon ph-c{}", a % 4) aria-hidden="true">{letter}</span> }
}

fn screen_view(d: &Arc<PhonePermissions>, phone: RwSignal<Phone>, ctx: KindCtx, step: Step, screen: Screen) -> AnyView {
    let off = flag(move || ctx.checked());
    match step {
        Step::Install(a) => {
            let app = &d.apps[a];
            view! {
                <div class="ph-store">
                    <p class="ph-bar">{t("ph-store")}</p>
                    <div class="ph-app-head">
                        {icon(d, a)}
                        <div>
                            <h2 id=TITLE tabindex="-1">{local(&app.name)}</h2>
                            <p class="ph-maker">{app.maker.clone()}</p>
                        </div>
                    </div>
                    <p>{local(&app.store)}</p>
                    <button type="button" class="primary ph-wide" disabled=off on:click=move |_| go(phone, |p| p.go_on())>
                        {t("ph-install")}
                    </button>
                </div>
            }
            .into_any()
        }
        Step::Use(a) => {
            let app = &d.apps[a];
            view! {
                <div class="ph-app">
                    <p class="ph-bar">{icon(d, a)}" "{local(&app.name)}</p>
                    <h2 id=TITLE tabindex="-1" class="sr-only">{local(&app.name)}</h2>
                    <button type="button" class="primary ph-wide ph-action" disabled=off on:click=move |_| go(phone, |p| p.go_on())>
                        {local(&app.action)}
                    </button>
                </div>
            }
            .into_any()
        }
        Step::Ask(i) => {
            let ask = &d.asks[i];
            let name = d.apps[ask.app].name.clone();
            let question = {
                let perm = ask.permission;
                pas_a_pas_web::ui::text(move || question(perm, name.get(lang()).to_string()))
            };
            let buttons = ask
                .permission
                .choices()
                .iter()
                .map(|&g| {
                    let d = d.clone();
                    view! {
                        <button type="button" class="ph-choice" disabled=off on:click=move |_| go(phone, |p| p.answer(&d, g))>
                            {dialog_label(ask.permission, g)}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="ph-app ph-dimmed">
                    <p class="ph-bar">{icon(d, ask.app)}" "{local(&d.apps[ask.app].name)}</p>
                    {ask.reason.as_ref().map(|r| view! { <p class="ph-reason">{local(r)}</p> })}
                </div>
                <div class="ph-dialog" role="group" aria-labelledby=TITLE>
                    <h2 id=TITLE tabindex="-1">{question}</h2>
                    <div class="ph-choices">{buttons}</div>
                </div>
            }
            .into_any()
        }
        Step::Settings => settings_view(d, phone, ctx, screen),
    }
}

fn settings_view(d: &Arc<PhonePermissions>, phone: RwSignal<Phone>, ctx: KindCtx, screen: Screen) -> AnyView {
    let off = flag(move || ctx.checked());
    let back = move |to: Screen| {
        view! {
            <button type="button" class="ph-back" disabled=off on:click=move |_| go(phone, |p| p.open(to))>
                <span aria-hidden="true">"← "</span>{t("ph-back")}
            </button>
        }
    };
    match screen {
        Screen::Home => {
            let icons = phone
                .with_untracked(|p| p.installed(d))
                .into_iter()
                .map(|a| view! { <li>{icon(d, a)}<span>{local(&d.apps[a].name)}</span></li> })
                .collect_view();
            view! {
                <div class="ph-home">
                    <h2 id=TITLE tabindex="-1">{t("ph-home")}</h2>
                    <p>{t("ph-home-hint")}</p>
                    <ul class="ph-icons">{icons}</ul>
                    <button type="button" class="ph-wide ph-settings-button" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Settings))>
                        <span class="ph-gear" aria-hidden="true">"⚙"</span>{t("ph-settings")}
                    </button>
                </div>
            }
            .into_any()
        }
        Screen::Settings => view! {
            <div class="ph-settings">
                {back(Screen::Home)}
                <h2 id=TITLE tabindex="-1">{t("ph-settings")}</h2>
                <ul class="ph-list">
                    <li class="ph-inert">{t("ph-network")}</li>
                    <li>
                        <button type="button" class="ph-row" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::Apps))>
                            {t("ph-apps")}
                        </button>
                    </li>
                    <li class="ph-inert">{t("ph-battery")}</li>
                    <li class="ph-inert">{t("ph-sound")}</li>
                </ul>
            </div>
        }
        .into_any(),
        Screen::Apps => {
            let rows = phone
                .with_untracked(|p| p.installed(d))
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <button type="button" class="ph-row" disabled=off on:click=move |_| go(phone, |p| p.open(Screen::App(a)))>
                                {icon(d, a)}
                                <span>{local(&d.apps[a].name)}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="ph-settings">
                    {back(Screen::Settings)}
                    <h2 id=TITLE tabindex="-1">{t("ph-apps")}</h2>
                    <ul class="ph-list">{rows}</ul>
                </div>
            }
            .into_any()
        }
        Screen::App(a) => {
            let name = d.apps[a].name.clone();
            let title = pas_a_pas_web::ui::text(move || tr_args("ph-permissions-of", &[("app", name.get(lang()).to_string().into())]));
            let perms = d
                .asks
                .iter()
                .enumerate()
                .filter(|(_, k)| k.app == a)
                .map(|(i, k)| permission_setting(d, phone, ctx, i, k.permission))
                .collect_view();
            view! {
                <div class="ph-settings">
                    {back(Screen::Apps)}
                    <h2 id=TITLE tabindex="-1">{title}</h2>
                    {perms}
                    <p class="ph-note">{t("ph-settings-note")}</p>
                </div>
            }
            .into_any()
        }
    }
}

fn permission_setting(
    d: &Arc<PhonePermissions>,
    phone: RwSignal<Phone>,
    ctx: KindCtx,
    i: usize,
    perm: Permission,
) -> impl IntoView {
    let options = perm
        .settings_choices()
        .iter()
        .map(|&g| {
            let id = format!("ph-{i}-{}", grant_key(g));
            let d = d.clone();
            view! {
                <span class="ph-radio">
                    <input
                        type="radio"
                        name=format!("ph-ask-{i}")
                        id=id.clone()
                        prop:checked=flag(move || phone.with(|p| p.grants[i] == Some(g)))
                        disabled=flag(move || ctx.checked())
                        on:change=move |_| phone.update(|p| p.set(&d, i, g))
                    />
                    <label for=id>{settings_label(perm, g)}</label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="ph-permission">
            <legend>{perm_name(perm)}</legend>
            {options}
        </fieldset>
    }
}

/// After "Vérifier": every permission, what was chosen, and why.
fn explanations(d: &Arc<PhonePermissions>, phone: RwSignal<Phone>) -> AnyView {
    let p = phone.get_untracked();
    let items = d
        .asks
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = d.apps[k.app].name.clone();
            let chosen = match p.grants[i] {
                Some(g) => dialog_label(k.permission, g),
                None => t("ph-not-asked"),
            };
            view! {
                <li>
                    <p class="ph-explained">
                        <strong>{local(&name)}" — "{perm_name(k.permission)}</strong>" : "{chosen}
                    </p>
                    <ItemFeedback verdict=p.verdict(d, i) text=k.explanation.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="ph-results" aria-labelledby="ph-results-title">
            <h2 id="ph-results-title">{t("ph-results")}</h2>
            <ul class="ph-results-list">{items}</ul>
        </section>
    }
    .into_any()
}

fn grant_key(g: Grant) -> &'static str {
    match g {
        Grant::Always => "always",
        Grant::WhileUsing => "while-using",
        Grant::Once => "once",
        Grant::Deny => "deny",
    }
}

/// A choice as the permission dialog words it (also in the explanations).
fn dialog_label(p: Permission, g: Grant) -> Signal<String> {
    match g {
        Grant::Always if p == Permission::Location => t("ph-always"),
        Grant::Always => t("ph-allow"),
        Grant::WhileUsing => t("ph-while-using"),
        Grant::Once => t("ph-once"),
        Grant::Deny => t("ph-deny"),
    }
}

/// A choice as Settings words it.
fn settings_label(p: Permission, g: Grant) -> Signal<String> {
    match g {
        Grant::WhileUsing => t("ph-settings-while-using"),
        Grant::Once => t("ph-settings-ask"),
        _ => dialog_label(p, g),
    }
}

fn perm_name(p: Permission) -> Signal<String> {
    match p {
        Permission::Contacts => t("ph-perm-contacts"),
        Permission::Location => t("ph-perm-location"),
        Permission::Camera => t("ph-perm-camera"),
        Permission::Microphone => t("ph-perm-microphone"),
        Permission::Photos => t("ph-perm-photos"),
        Permission::Sms => t("ph-perm-sms"),
    }
}

fn question(p: Permission, app: String) -> String {
    let args = [("app", app.into())];
    match p {
        Permission::Contacts => tr_args("ph-ask-contacts", &args),
        Permission::Location => tr_args("ph-ask-location", &args),
        Permission::Camera => tr_args("ph-ask-camera", &args),
        Permission::Microphone => tr_args("ph-ask-microphone", &args),
        Permission::Photos => tr_args("ph-ask-photos", &args),
        Permission::Sms => tr_args("ph-ask-sms", &args),
    }
}

pas_a_pas_web::sim_view!(crate::PhonePermissions, view);
