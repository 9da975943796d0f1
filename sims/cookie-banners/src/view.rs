//! A browser with one site at a time and its cookie banner.

use super::state::Browser;
use super::{CookieBanners, Layout};
use leptos::prelude::*;
use pas_a_pas_web::kinds::{KindCtx, Verdict};
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, local, t, tr_args};
use std::sync::Arc;

const BANNER_TITLE: &str = "ck-banner-title";
const NEXT: &str = "ck-next";
const PAGE_TITLE: &str = "ck-page-title";

pub fn view(d: Arc<CookieBanners>, ctx: KindCtx) -> AnyView {
    let b = RwSignal::new(Browser::new(&d));
    ctx.bind_mission(b, &d.mission, |s| s.touched, {
        let d = d.clone();
        move |s, g| s.meets(&d, g)
    });
    let wrong = Signal::derive(move || b.with(|s| s.wrong_moves));
    // Redrawn only when the site, the banner or its settings change, so the
    // focus stays on a switch while it is turned.
    let place = Memo::new(move |_| b.with(|s| (s.site, s.banner(), s.panel.is_some())));
    let total = d.sites.len();
    let screen = {
        let d = d.clone();
        dynamic(move || {
            let (site, banner, panel) = place.get();
            site_view(&d, b, ctx, site, banner, panel)
        })
    };
    let results = {
        let d = d.clone();
        dynamic(move || ctx.checked().then(|| results(&d, b)))
    };
    view! {
        <div class="sim ck">
            <p class="ck-count">{pas_a_pas_web::ui::text(move || tr_args("ck-site-of", &[("site", (b.with(|s| s.site) + 1).into()), ("total", total.into())]))}</p>
            <section class="ck-browser" aria-label=t("ck-browser")>{screen}</section>
            {results}
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

fn act(b: RwSignal<Browser>, focus: &'static str, f: impl FnOnce(&mut Browser)) {
    b.update(f);
    focus_by_id(focus, PAGE_TITLE);
}

fn site_view(
    d: &Arc<CookieBanners>,
    b: RwSignal<Browser>,
    ctx: KindCtx,
    i: usize,
    banner: bool,
    panel: bool,
) -> AnyView {
    let site = &d.sites[i];
    let off = flag(move || ctx.checked());
    let button = |label: &pas_a_pas_core::content::Text, class: &'static str, f: fn(&mut Browser, &CookieBanners)| {
        let d = d.clone();
        view! {
            <button type="button" class=class disabled=off on:click=move |_| act(b, NEXT, |s| f(s, &d))>
                {local(label)}
            </button>
        }
    };
    let accept = || button(&site.accept, "ck-accept", |s, d| s.accept_all(d));
    let refuse = || {
        site.refuse.as_ref().map(|r| {
            let class = if site.layout == Layout::Link { "ck-link" } else { "ck-refuse" };
            button(r, class, |s, d| s.refuse_all(d))
        })
    };
    let customise = {
        let d = d.clone();
        let class = if site.layout == Layout::Plain { "ck-refuse" } else { "ck-customise" };
        view! {
            <button type="button" class=class disabled=off on:click=move |_| act(b, "ck-panel-title", |s| s.customise(&d))>
                {local(&site.customise)}
            </button>
        }
    };
    let banner_view = banner.then(|| {
        let switches = panel.then(|| {
            let rows = d
                .purposes
                .iter()
                .enumerate()
                .map(|(p, purpose)| {
                    let id = format!("ck-{}", purpose.id);
                    let help = format!("ck-{}-help", purpose.id);
                    let dd = d.clone();
                    view! {
                        <li class="ck-purpose">
                            <input
                                type="checkbox"
                                role="switch"
                                id=id.clone()
                                aria-describedby=help.clone()
                                prop:checked=flag(move || b.with(|s| s.panel.as_ref().is_some_and(|v| v[p])))
                                disabled=purpose.required || ctx.checked()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    b.update(|s| s.toggle(&dd, p, on));
                                }
                            />
                            <label for=id>{local(&purpose.name)}</label>
                            {purpose.required.then(|| view! { <span class="ck-always">{t("ck-always-on")}</span> })}
                            <p class="ck-help" id=help>{local(&purpose.description)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 id="ck-panel-title" tabindex="-1">{local(&site.customise)}</h3>
                <ul class="ck-purposes">{rows}</ul>
            }
        });
        let buttons = if panel {
            let refuse_in_panel = (site.layout == Layout::Plain).then(refuse);
            view! {
                {refuse_in_panel}
                {button(&site.save, "ck-save", |s, d| s.save(d))}
                {accept()}
            }
            .into_any()
        } else {
            match site.layout {
                Layout::Plain => view! { {refuse()} {customise} {accept()} }.into_any(),
                _ => view! { {customise} {accept()} }.into_any(),
            }
        };
        let link = (site.layout == Layout::Link && !panel).then(refuse);
        view! {
            <section class=format!("ck-banner ck-{}", layout_key(site.layout)) aria-labelledby=BANNER_TITLE>
                <div class="ck-banner-head">
                    <h3 id=BANNER_TITLE tabindex="-1">{local(&site.title)}</h3>
                    {link}
                </div>
                <p class="ck-text">{local(&site.text)}</p>
                {switches}
                <div class="ck-buttons">{buttons}</div>
            </section>
        }
    });
    let after = (!banner).then(|| {
        let next = b.with_untracked(|s| s.has_next());
        view! {
            <div class="ck-after">
                <p class="ck-done">{t("ck-choice-saved")}</p>
                {if next {
                    // After "Vérifier", the walk is over: no way on.
                    dynamic(move || (!ctx.checked()).then(|| view! {
                        <button type="button" id=NEXT class="primary" on:click=move |_| act(b, BANNER_TITLE, |s| s.next())>
                            {t("ck-next")}
                        </button>
                    }))
                } else {
                    view! { <p id=NEXT tabindex="-1" class="ck-end">{t("ck-all-seen")}</p> }.into_any()
                }}
            </div>
        }
    });
    view! {
        <p class="ck-address">
            <span class="sr-only">{t("ck-address")}" "</span>
            <span class="ck-lock" aria-hidden="true"></span>
            {site.address.clone()}
        </p>
        <div class="ck-page" class:ck-covered=banner>
            <h2 id=PAGE_TITLE tabindex="-1">{local(&site.name)}</h2>
            <p>{local(&site.page)}</p>
        </div>
        {banner_view}
        {after}
    }
    .into_any()
}

fn layout_key(l: Layout) -> &'static str {
    match l {
        Layout::Plain => "plain",
        Layout::Settings => "settings",
        Layout::Link => "link",
    }
}

/// After "Vérifier": what was accepted on each site.
fn results(d: &Arc<CookieBanners>, b: RwSignal<Browser>) -> AnyView {
    let s = b.get_untracked();
    let items = d
        .sites
        .iter()
        .enumerate()
        .map(|(i, site)| {
            let (verdict, what) = match &s.choices[i] {
                None => (Verdict::Missed, t("ck-no-choice")),
                Some(c) if *c == d.refused() => (Verdict::Right, t("ck-refused")),
                Some(c) => {
                    let names: Vec<pas_a_pas_core::content::Text> = d
                        .purposes
                        .iter()
                        .zip(c)
                        .filter(|(p, on)| **on && !p.required)
                        .map(|(p, _)| p.name.clone())
                        .collect();
                    let what = pas_a_pas_web::ui::text(move || {
                        let l = pas_a_pas_web::ui::lang();
                        let list = names.iter().map(|n| n.get(l).to_string()).collect::<Vec<_>>().join(", ");
                        tr_args("ck-accepted", &[("list", list.into())])
                    });
                    (Verdict::Wrong, what)
                }
            };
            let icon = match verdict {
                Verdict::Right => "✓",
                Verdict::Wrong => "✗",
                _ => "!",
            };
            view! {
                <li class=format!("ck-result ck-{verdict:?}").to_lowercase()>
                    <span class="verdict-icon" aria-hidden="true">{icon}</span>
                    <strong>{local(&site.name)}</strong>" : "{what}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="ck-results" aria-labelledby="ck-results-title">
            <h2 id="ck-results-title">{t("ck-results")}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::CookieBanners, view);
