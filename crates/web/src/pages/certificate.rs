//! `#/attestation`: a printable "Attestation de suivi" (A4 landscape).

use super::{Loading, PageTitle};
use crate::attestation::{self, Which};
use crate::content::{crcn, Module};
use crate::loader::Loader;
use crate::ui::{format_date, lang, msg_text};
use crate::{AppState, Learner};
use leptos::prelude::*;

#[component]
pub fn Certificate() -> impl IntoView {
    let state = expect_context::<AppState>();
    let catalog = {
        let loader = Loader::here();
        LocalResource::new(move || loader.catalog())
    };
    let name = RwSignal::new(match state.learner.get_untracked() {
        Some(Learner::Profile(p)) => p.name,
        _ => String::new(),
    });
    let which = RwSignal::new(None::<Which>);
    view! {
        <div class="no-print">
            <PageTitle text=crate::ui::t("certificate-title")/>
            <p class="lead">{crate::ui::t("certificate-intro")}</p>
        </div>
        {crate::ui::dynamic(move || {
            let Some(c) = catalog.get() else { return view! { <Loading/> }.into_any() };
            let modules: Vec<Module> = c.modules.iter().filter_map(|m| m.as_ref().ok().cloned()).collect();
            let choices = state.progress.with(|p| attestation::available(p, &modules));
            if choices.is_empty() {
                return view! { <p class="no-print">{crate::ui::t("certificate-none")}</p> }.into_any();
            }
            if which.with_untracked(|w| w.as_ref().is_none_or(|w| !choices.contains(w))) {
                which.set(choices.first().cloned());
            }
            let buttons = choices
                .iter()
                .map(|w| {
                    let label = match w {
                        Which::Module(id) => {
                            let t = modules.iter().find(|m| m.id == *id).map(|m| m.title.clone()).unwrap_or_default();
                            Signal::derive(move || crate::ui::tr_args("certificate-for-module", &[("module", (t.get(lang()).to_string()).into())]))
                        }
                        Which::All => crate::ui::t("certificate-for-all"),
                    };
                    let w = w.clone();
                    let w2 = w.clone();
                    view! {
                        <button type="button" class="toggle" aria-pressed=crate::ui::pressed(move || which.get().as_ref() == Some(&w))
                            on:click=move |_| which.set(Some(w2.clone()))>{label}</button>
                    }
                })
                .collect_view();
            let modules2 = modules.clone();
            view! {
                <div class="no-print certificate-controls">
                    <p class="setting-label" id="certificate-which">{crate::ui::t("certificate-which")}</p>
                    <div class="setting" role="group" aria-labelledby="certificate-which">{buttons}</div>
                    <p>
                        <label for="certificate-name">{crate::ui::t("certificate-name-label")}</label>
                        <input id="certificate-name" type="text" maxlength="60" autocomplete="off"
                            prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                    </p>
                    <p class="hint">{crate::ui::t("certificate-name-help")}</p>
                    <p>
                        <button type="button" class="button primary big" on:click=move |_| { let _ = window().print(); }>
                            {crate::ui::t("certificate-print")}
                        </button>
                    </p>
                </div>
                {move || which.get().and_then(|w| {
                    let a = state.progress.with(|p| attestation::build(p, &modules2, &w))?;
                    Some(view! { <Sheet attestation=a name=name.into()/> })
                })}
            }
            .into_any()
        })}
    }
}

/// The page that is printed.
#[component]
fn Sheet(attestation: attestation::Attestation, name: Signal<String>) -> impl IntoView {
    let today = crate::today();
    let w = expect_context::<AppState>().workshop.get_untracked();
    let reference = {
        let (a, today) = (attestation.clone(), today.clone());
        crate::ui::text(move || a.reference(&name.get(), &today))
    };
    let rows = attestation
        .lines
        .iter()
        .map(|l| {
            let title = l.title.clone();
            let when = match &l.done_on {
                Some(d) => {
                    let d = format_date(d);
                    Signal::derive(move || crate::ui::tr_args("certificate-done-on", &[("date", (d.clone()).into())]))
                }
                None => {
                    let (done, total) = (l.done, l.total);
                    Signal::derive(move || crate::ui::tr_args("certificate-in-progress", &[("done", (done).into()), ("total", (total).into())]))
                }
            };
            let (score, max) = (l.score, l.max);
            view! {
                <tr>
                    <td>{crate::ui::local(&title)}</td>
                    <td>{when}</td>
                    <td>{crate::ui::dynamic(move || crate::ui::tr_args("result-score", &[("score", (score).into()), ("max", (max).into())]))}</td>
                </tr>
            }
        })
        .collect_view();
    let competences = attestation
        .competences
        .iter()
        .filter_map(|c| {
            let msg = crcn(c)?;
            let code = c.clone();
            Some(view! { <li><strong>{code}</strong>" "{crate::ui::dynamic(move || msg_text(&msg))}</li> })
        })
        .collect_view();
    view! {
        <article class="attestation" aria-labelledby="attestation-title">
            <header class="attestation-head">
                <img src="icons/logo.svg" alt="" width="56" height="56"/>
                <div>
                    <h2 id="attestation-title">{crate::ui::t("certificate-title")}</h2>
                    <p class="attestation-not-diploma">{crate::ui::t("certificate-not-diploma")}</p>
                </div>
            </header>
            <p class="attestation-statement">
                {crate::ui::t("certificate-statement-before")}" "
                <strong class="attestation-name">{crate::ui::dynamic(move || {
                    let n = name.get();
                    if n.trim().is_empty() { "……………………………………".to_string() } else { n }
                })}</strong>" "
                {crate::ui::t("certificate-statement-after")}
            </p>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{crate::ui::t("certificate-col-module")}</th>
                        <th scope="col">{crate::ui::t("certificate-col-when")}</th>
                        <th scope="col">{crate::ui::t("certificate-col-result")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="attestation-crcn-title">{crate::ui::t("certificate-competences")}</p>
            <ul class="attestation-crcn">{competences}</ul>
            <dl class="attestation-fill">
                <div><dt>{crate::ui::t("certificate-structure")}</dt><dd>{w.structure}</dd></div>
                <div><dt>{crate::ui::t("certificate-advisor")}</dt><dd>{w.advisor}</dd></div>
                <div><dt>{crate::ui::t("certificate-place")}</dt><dd>{w.town}</dd></div>
                <div><dt>{crate::ui::t("certificate-signature")}</dt><dd></dd></div>
            </dl>
            <p class="attestation-foot">
                {crate::ui::dynamic(move || crate::ui::tr_args("certificate-date", &[("date", (format_date(&today)).into())]))}
                " · "
                {crate::ui::dynamic(move || crate::ui::tr_args("certificate-reference", &[("reference", (reference.get()).into())]))}
            </p>
        </article>
    }
}
