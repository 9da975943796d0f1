//! The e-mail client's components: folders, the inbox, a message, the draft
//! with its "Documents" folder, "Envoyés", and the mission. The state and its
//! rules are in `state`; this file reads them and calls their methods.

use super::state::{Draft, Mail, Said, Screen};
use super::{DocKind, Email, OwnCv};
use cv_builder::model::Cv;
use leptos::prelude::*;
use pas_a_pas_core::store::ReadError;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::read_aloud::ReadAloud;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, text, tr_args, tr_now};
use pas_a_pas_web::AppState;
use std::sync::Arc;

const TITLE: &str = "em-screen-title";

/// The CV the learner saved in the CV module (`profile.<id>.cv`), if any.
fn own_cv() -> Option<OwnCv> {
    let state = use_context::<AppState>()?;
    let read = |s: &str| Cv::from_json(s).map_err(|_| ReadError::Damaged);
    state.own_value("cv", read)?.ok().flatten().and_then(|cv| OwnCv::of(&cv))
}

#[derive(Clone)]
struct Ctx {
    d: Arc<Email>,
    own: Option<OwnCv>,
    state: RwSignal<Mail>,
    ctx: KindCtx,
}

impl Ctx {
    fn doc_name(&self, i: usize) -> String {
        let doc = &self.d.documents[i];
        match (&self.own, doc.kind) {
            (Some(own), DocKind::Cv) => own.file.clone(),
            _ => doc.name.clone(),
        }
    }

    fn doc_about(&self, i: usize) -> String {
        match (self.d.documents[i].kind, &self.own) {
            (DocKind::Cv, Some(own)) if own.job.is_empty() => tr_now("em-own-cv"),
            (DocKind::Cv, Some(own)) => {
                format!("{} {}", tr_now("em-own-cv"), tr_args("em-cv-job", &[("job", own.job.clone().into())]))
            }
            (DocKind::Cv, None) => tr_now("em-sample-cv"),
            (DocKind::Pdf, _) => tr_now("em-kind-pdf"),
            (DocKind::Photo, _) => tr_now("em-kind-photo"),
        }
    }

    fn off(&self) -> Signal<bool> {
        let ctx = self.ctx;
        flag(move || ctx.checked())
    }

    fn act(
        &self,
        f: impl Fn(&mut Mail, &Email) + Clone + Send + Sync + 'static,
        focus: &'static str,
    ) -> impl Fn() + Clone + Send + Sync + 'static {
        let (d, state) = (self.d.clone(), self.state);
        move || {
            state.update(|s| f(s, &d));
            focus_by_id(focus, TITLE);
        }
    }
}

/// What the last move said, with its explanation read aloud.
fn said(c: &Ctx) -> AnyView {
    let c = c.clone();
    dynamic(move || {
        let l = lang();
        let (class, words) = match c.state.with(|s| s.said)? {
            Said::Address(i) => {
                let a = &c.d.addresses[i];
                (if a.correct { "em-said good" } else { "em-said warn" }, a.explanation.get(l).to_string())
            }
            Said::Document(i) => {
                let doc = &c.d.documents[i];
                (if doc.correct { "em-said good" } else { "em-said warn" }, doc.explanation.get(l).to_string())
            }
            Said::NoRecipient => ("em-said warn", tr_now("em-no-recipient")),
            Said::BadAddress => ("em-said warn", tr_now("em-bad-address")),
            Said::EmptyBody => ("em-said warn", tr_now("em-empty-body")),
            Said::NoSubject => ("em-said warn", tr_now("em-no-subject")),
            Said::Sent => ("em-said good", tr_now("em-sent-ok")),
        };
        let spoken = Signal::derive({
            let w = words.clone();
            move || w.clone()
        });
        Some(view! { <div class=class><p>{words}</p><ReadAloud text=spoken/></div> })
    })
}

fn folders(c: &Ctx, screen: Memo<Screen>) -> impl IntoView {
    let off = c.off();
    let inbox = c.act(|s, _| s.open_inbox(), TITLE);
    let sent = c.act(|s, _| s.open_sent(), TITLE);
    let new = c.act(|s, _| s.new_message(), "em-to");
    let current = move |is: fn(Screen) -> bool| move || is(screen.get()).then_some("page");
    let count = c.d.inbox.len();
    view! {
        <nav class="em-folders" aria-label=t("em-folders")>
            <button type="button" class="button primary em-new" disabled=off on:click=move |_| new()>{t("em-new")}</button>
            <button type="button" class="button em-folder" disabled=off aria-current=current(|s| matches!(s, Screen::Inbox | Screen::Read(_)))
                on:click=move |_| inbox()>{t("em-inbox")}" ("{count}")"</button>
            <button type="button" class="button em-folder" disabled=off aria-current=current(|s| s == Screen::Sent)
                on:click=move |_| sent()>{t("em-sent")}</button>
        </nav>
    }
}

fn inbox(c: &Ctx) -> AnyView {
    let off = c.off();
    let items = c
        .d
        .inbox
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let open = c.act(move |s, d| s.open_message(d, i), TITLE);
            view! {
                <li><button type="button" class="em-item" id=format!("em-msg-{i}") disabled=off on:click=move |_| open()>
                    <strong class="em-item-from">{m.from_name.clone()}</strong>
                    <span class="em-item-subject">{local(&m.subject)}</span>
                    <span class="em-item-date">{local(&m.date)}</span>
                </button></li>
            }
        })
        .collect_view();
    view! {
        <h3 id=TITLE tabindex="-1">{t("em-inbox")}</h3>
        <ul class="em-list">{items}</ul>
    }
    .into_any()
}

fn read(c: &Ctx, i: usize) -> AnyView {
    let m = &c.d.inbox[i];
    let (d, state) = (c.d.clone(), c.state);
    let reply = move |_| {
        let re = tr_now("em-re");
        state.update(|s| s.reply(&d, lang(), &re));
        focus_by_id("em-body", TITLE);
    };
    view! {
        <h3 id=TITLE tabindex="-1">{local(&m.subject)}</h3>
        <dl class="em-head">
            <dt>{t("em-from")}</dt><dd><strong>{m.from_name.clone()}</strong>" "<span class="em-address">"<"{m.from.clone()}">"</span></dd>
            <dt>{t("em-date")}</dt><dd>{local(&m.date)}</dd>
        </dl>
        <p class="em-text">{local(&m.body)}</p>
        <button type="button" id="em-reply" class="button primary" disabled=c.off() on:click=reply>{t("em-reply")}</button>
    }
    .into_any()
}

fn draft_text(state: RwSignal<Mail>, f: fn(&Draft) -> &str) -> Signal<String> {
    text(move || state.with(|s| s.draft.as_ref().map(|d| f(d).to_string()).unwrap_or_default()))
}

fn compose(c: &Ctx) -> AnyView {
    let (d, state, off) = (c.d.clone(), c.state, c.off());
    let reply_to = state.with_untracked(|s| s.draft.as_ref().and_then(|d| d.reply_to));
    let suggestions = {
        let c = c.clone();
        dynamic(move || {
            let to = c.state.with(|s| s.draft.as_ref().map(|d| d.to.clone()).unwrap_or_default());
            let list = c.d.suggestions(&to);
            if list.is_empty() || c.d.addresses.iter().any(|a| super::normalise(&a.address) == super::normalise(&to)) {
                return None;
            }
            let buttons = list
                .into_iter()
                .map(|i| {
                    let pick = c.act(move |s, d| s.pick_address(d, i), "em-subject");
                    view! { <li><button type="button" class="button em-suggestion" id=format!("em-sug-{i}") disabled=c.off()
                        on:click=move |_| pick()>{c.d.addresses[i].address.clone()}</button></li> }
                })
                .collect_view();
            Some(view! {
                <div class="em-suggestions">
                    <p id="em-sug-title">{t("em-suggestions")}</p>
                    <ul aria-labelledby="em-sug-title">{buttons}</ul>
                </div>
            })
        })
    };
    let attachments = {
        let c = c.clone();
        dynamic(move || {
            let list = c.state.with(|s| s.draft.as_ref().map(|d| d.attachments.clone()).unwrap_or_default());
            if list.is_empty() {
                return view! { <p class="em-none">{t("em-no-attachment")}</p> }.into_any();
            }
            let items = list
                .into_iter()
                .map(|i| {
                    let name = c.doc_name(i);
                    let remove = c.act(move |s, _| s.detach(i), "em-attach");
                    let label = tr_args("em-remove-label", &[("file", name.clone().into())]);
                    view! { <li><span class="em-file">{name}</span>
                        <button type="button" class="button em-remove" aria-label=label disabled=c.off() on:click=move |_| remove()>{t("em-remove")}</button></li> }
                })
                .collect_view();
            view! { <ul class="em-attached">{items}</ul> }.into_any()
        })
    };
    let picking = Memo::new(move |_| state.with(|s| s.picking));
    let documents = {
        let c = c.clone();
        dynamic(move || {
            picking.get().then(|| {
                let files = (0..c.d.documents.len())
                    .map(|i| {
                        let attach = c.act(move |s, d| s.attach(d, i), "em-attach");
                        view! { <li><button type="button" class="em-doc" id=format!("em-doc-{i}") disabled=c.off() on:click=move |_| attach()>
                            <strong>{c.doc_name(i)}</strong><span class="em-doc-about">{c.doc_about(i)}</span>
                        </button></li> }
                    })
                    .collect_view();
                let close = c.act(|s, _| s.open_documents(false), "em-attach");
                view! {
                    <section class="em-documents" aria-labelledby="em-documents-title">
                        <h4 id="em-documents-title" tabindex="-1">{t("em-documents")}</h4>
                        <ul class="em-list">{files}</ul>
                        <button type="button" class="button" disabled=c.off() on:click=move |_| close()>{t("em-close")}</button>
                    </section>
                }
            })
        })
    };
    let open_docs = move |_| {
        state.update(|s| s.open_documents(true));
        focus_by_id("em-documents-title", "em-attach");
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.update(Mail::send);
        if state.with_untracked(|s| s.screen == Screen::Inbox) {
            focus_by_id(TITLE, TITLE);
        }
    };
    let original = reply_to.map(|i| {
        let m = &d.inbox[i];
        view! {
            <div class="em-original">
                <p><strong>{t("em-original")}</strong>" "{m.from_name.clone()}</p>
                <p class="em-text">{local(&m.body)}</p>
            </div>
        }
    });
    let title = if reply_to.is_some() { t("em-reply") } else { t("em-new") };
    view! {
        <h3 id=TITLE tabindex="-1">{title}</h3>
        <form class="em-form" on:submit=send>
            <label for="em-to">{t("em-to")}</label>
            <input id="em-to" type="text" inputmode="email" autocomplete="off" spellcheck="false" autocapitalize="none" disabled=off
                prop:value=draft_text(state, |d| &d.to) on:input=move |ev| state.update(|s| s.set_to(&event_target_value(&ev)))/>
            {suggestions}
            <label for="em-subject">{t("em-subject")}</label>
            <input id="em-subject" type="text" autocomplete="off" disabled=off
                prop:value=draft_text(state, |d| &d.subject) on:input=move |ev| state.update(|s| s.set_subject(&event_target_value(&ev)))/>
            <label for="em-body">{t("em-body")}</label>
            <textarea id="em-body" rows="5" autocomplete="off" disabled=off
                prop:value=draft_text(state, |d| &d.body) on:input=move |ev| state.update(|s| s.set_body(&event_target_value(&ev)))></textarea>
            <h4>{t("em-attachments")}</h4>
            {attachments}
            <button type="button" id="em-attach" class="button" disabled=off on:click=open_docs>{t("em-attach")}</button>
            {documents}
            <button type="submit" id="em-send" class="button primary em-send" disabled=off>{t("em-send")}</button>
        </form>
        {original}
    }
    .into_any()
}

fn sent(c: &Ctx) -> AnyView {
    let list = c.state.with_untracked(|s| s.sent.clone());
    if list.is_empty() {
        return view! { <h3 id=TITLE tabindex="-1">{t("em-sent")}</h3><p class="em-none">{t("em-none-sent")}</p> }
            .into_any();
    }
    let items = list
        .into_iter()
        .rev()
        .map(|m| {
            let files = m.attachments.iter().map(|i| c.doc_name(*i)).collect::<Vec<_>>().join(", ");
            let files = if files.is_empty() { tr_now("em-no-attachment") } else { files };
            view! {
                <li class="em-sent-item">
                    <dl class="em-head">
                        <dt>{t("em-to")}</dt><dd class="em-address">{m.to.clone()}</dd>
                        <dt>{t("em-subject")}</dt><dd>{m.subject.clone()}</dd>
                        <dt>{t("em-attachments")}</dt><dd class="em-file">{files}</dd>
                    </dl>
                    <p class="em-text">{m.body.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! { <h3 id=TITLE tabindex="-1">{t("em-sent")}</h3><ol class="em-sent-list">{items}</ol> }.into_any()
}

pub fn view(d: Arc<Email>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(Mail::default());
    ctx.bind_mission(state, &d.mission, |s| s.started, {
        let d = d.clone();
        move |s, g| s.goal_met(&d, g)
    });
    let c = Ctx { d: d.clone(), own: own_cv(), state, ctx };
    let wrong = Signal::derive(move || state.with(|s| s.wrong_moves));
    let screen = Memo::new(move |_| state.with(|s| s.screen));
    // A reply and a new message are two drafts: each gets its own form.
    let shown = Memo::new(move |_| state.with(|s| (s.screen, s.draft.as_ref().and_then(|d| d.reply_to))));
    let body = {
        let c = c.clone();
        dynamic(move || match shown.get().0 {
            Screen::Inbox => inbox(&c),
            Screen::Read(i) => read(&c, i),
            Screen::Compose => compose(&c),
            Screen::Sent => sent(&c),
        })
    };
    let note = d.note.as_ref().map(|(title, note)| {
        view! {
            <aside class="em-note" aria-labelledby="em-note-title">
                <h2 id="em-note-title">{local(title)}</h2>
                <p>{local(note)}</p>
            </aside>
        }
    });
    view! {
        // The note (the letter, the job ad) first on phones: it gives the address.
        <div class="em">
            {note}
            <section class="em-app" aria-labelledby="em-app-title">
                <div class="em-bar">
                    <h2 id="em-app-title">{t("em-app")}</h2>
                    <span class="em-me">{d.me.clone()}</span>
                </div>
                {folders(&c, screen)}
                <div role="status">{said(&c)}</div>
                <div class="em-screen">{body}</div>
            </section>
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::Email, view);
