//! Kozé's screens: the conversations list, a conversation (write, reply,
//! voice, photo, leave, block, report), the gallery and a new group. Thin:
//! every rule is in `state`; the draft texts of the fields live here.

use super::state::{Body, GroupProblem, Koze, Said, Screen};
use super::world::{From, World};
use super::Messaging;
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::read_aloud::ReadAloud;
use pas_a_pas_web::ui::{dynamic, flag, focus_by_id, lang, local, t, text, tr_args, tr_now};
use std::sync::Arc;

type State = RwSignal<Koze>;

fn title_focus() {
    focus_by_id("kz-screen-title", "kz-screen-title");
}

pub fn view(d: Arc<Messaging>, ctx: KindCtx) -> AnyView {
    let Some(w) = d.world.clone() else { return ().into_any() };
    let state: State = RwSignal::new(Koze::new(&w, &d));
    ctx.bind_mission(state, &d.mission, |k| k.started, |k, g| k.meets(g));
    let wrong = Signal::derive(move || state.with(|k| k.wrong_moves));
    let screen = Memo::new(move |_| state.with(|k| k.screen));
    let off = flag(move || ctx.checked());
    let body = {
        let w = w.clone();
        dynamic(move || match screen.get() {
            Screen::List => list(w.clone(), state),
            Screen::Chat(c) => chat(w.clone(), state, c),
            Screen::Gallery(c) => gallery(w.clone(), state, c),
            Screen::NewGroup => new_group(w.clone(), state),
        })
    };
    let said = {
        let w = w.clone();
        text(move || state.with(|k| k.said.as_ref().map(|s| said_text(&w, k, s)).unwrap_or_default()))
    };
    let wrong_said = flag(move || {
        state.with(|k| {
            matches!(
                k.said,
                Some(
                    Said::WrongChat(_)
                        | Said::PrivatePhoto
                        | Said::OtherPhoto
                        | Said::ToUnknown
                        | Said::ExtraMember(_)
                        | Said::WrongLeave(_)
                )
            )
        })
    });
    view! {
        <div class="sim kz">
            <section class="kz-phone" aria-label="Kozé">
                <fieldset class="kz-frame" disabled=off>
                    <legend class="kz-bar"><span class="kz-logo" aria-hidden="true">"K"</span>" Kozé"</legend>
                    {body}
                </fieldset>
                <div role="status" class="kz-said-region">
                    {dynamic(move || (!said.get().is_empty()).then(|| view! {
                        <div class="kz-said" class:kz-said-wrong=wrong_said>
                            <p>{said.get()}</p>
                            <ReadAloud text=said/>
                        </div>
                    }))}
                </div>
            </section>
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

fn said_text(w: &World, k: &Koze, s: &Said) -> String {
    let l = lang();
    let name = |c: usize| k.chat_name(w, c, l);
    match s {
        Said::Sent(c) => tr_args("kz-said-sent", &[("name", name(*c).into())]),
        Said::WrongChat(c) => tr_args("kz-said-wrong-chat", &[("name", name(*c).into())]),
        Said::PrivatePhoto => tr_now("kz-said-private"),
        Said::OtherPhoto => tr_now("kz-said-other-photo"),
        Said::ToUnknown => tr_now("kz-said-unknown"),
        Said::GroupCreated(c) => tr_args("kz-said-group", &[("name", name(*c).into())]),
        Said::ExtraMember(p) => tr_args("kz-said-extra", &[("name", w.contacts[*p].name.clone().into())]),
        Said::Left(c) => tr_args("kz-said-left", &[("name", name(*c).into())]),
        Said::WrongLeave(c) => tr_args("kz-said-wrong-leave", &[("name", name(*c).into())]),
        Said::Blocked => tr_now("kz-said-blocked"),
        Said::Unblocked => tr_now("kz-said-unblocked"),
        Said::Reported => tr_now("kz-said-reported"),
    }
}

fn initial(name: &str) -> String {
    match name.chars().find(|c| c.is_alphanumeric()) {
        Some(c) if !c.is_numeric() => c.to_uppercase().to_string(),
        _ => "?".into(),
    }
}

/// The last line of a conversation, for the list.
fn preview(w: &World, k: &Koze, c: usize) -> (String, String) {
    let conv = &k.chats[c];
    if conv.left {
        return (tr_now("kz-left"), String::new());
    }
    if conv.blocked {
        return (tr_now("kz-blocked"), String::new());
    }
    if let Some(s) = conv.sent.last() {
        return (format!("{} {}", tr_now("kz-you-prefix"), body_text(w, &s.body)), tr_now("kz-now"));
    }
    match conv.world.and_then(|i| w.chats[i].messages.last()) {
        Some(m) => (m.text.get(lang()).to_string(), m.time.clone()),
        None => (tr_now("kz-group-new"), String::new()),
    }
}

fn body_text(w: &World, b: &Body) -> String {
    match b {
        Body::Text(s) => s.clone(),
        Body::Voice(s) => tr_args("kz-voice-message", &[("seconds", (*s).into())]),
        Body::Photo(p) => tr_args("kz-photo-sent", &[("label", w.photos[*p].label.get(lang()).to_string().into())]),
    }
}

fn list(w: Arc<World>, state: State) -> AnyView {
    let rows = move || {
        state.with(|k| {
            k.list_order()
                .into_iter()
                .map(|c| {
                    let name = k.chat_name(&w, c, lang());
                    let (last, time) = preview(&w, k, c);
                    view! {
                        <li>
                            <button type="button" class="kz-row" id=format!("kz-chat-{c}") on:click=move |_| {
                                state.update(|k| k.open(c));
                                title_focus();
                            }>
                                <span class="kz-avatar" aria-hidden="true">{initial(&name)}</span>
                                <span class="kz-row-text">
                                    <strong class="kz-row-name">{name}</strong>
                                    <span class="kz-row-last">{last}</span>
                                </span>
                                <span class="kz-time">{time}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h2 id="kz-screen-title" tabindex="-1">{t("kz-chats")}</h2>
        <ul class="kz-list">{rows}</ul>
        <p class="kz-actions">
            <button type="button" class="button" id="kz-new-group" on:click=move |_| {
                state.update(|k| k.new_group());
                title_focus();
            }>{t("kz-new-group")}</button>
        </p>
    }
    .into_any()
}

fn head(title: String, back: Signal<String>, state: State) -> impl IntoView {
    view! {
        <div class="kz-head">
            <button type="button" class="button kz-back" id="kz-back" on:click=move |_| {
                state.update(|k| k.back());
                title_focus();
            }>
                <span aria-hidden="true">"← "</span>{back}
            </button>
            <h2 id="kz-screen-title" tabindex="-1">{title}</h2>
        </div>
    }
}

fn chat(w: Arc<World>, state: State, c: usize) -> AnyView {
    let (name, group, unknown, members) = state.with_untracked(|k| {
        let members: Vec<String> = k.members(&w, c).iter().map(|p| w.contacts[*p].name.clone()).collect();
        (k.chat_name(&w, c, lang()), k.is_group(c), k.is_unknown(c), members.join(", "))
    });
    let status = Memo::new(move |_| state.with(|k| (k.chats[c].left, k.chats[c].blocked, k.chats[c].reported)));
    let group_bar = move || {
        let members = members.clone();
        group.then(|| {
            let left = status.get().0;
            view! {
                <p class="kz-members">{tr_args("kz-members", &[("names", members.into())])}</p>
                {(!left).then(|| view! {
                    <p class="kz-actions">
                        <button type="button" class="button" id="kz-leave" on:click=move |_| {
                            state.update(|k| k.leave(c));
                            title_focus();
                        }>{t("kz-leave")}</button>
                    </p>
                })}
            }
        })
    };
    let unknown_bar = move || {
        unknown.then(|| {
            let (_, blocked, reported) = status.get();
            view! {
                <div class="kz-unknown">
                    <p>{t("kz-unknown-banner")}</p>
                    <p class="kz-actions">
                        {if blocked {
                            view! { <button type="button" class="button" id="kz-block" on:click=move |_| {
                                state.update(|k| k.unblock(c));
                                focus_by_id("kz-block", "kz-screen-title");
                            }>{t("kz-unblock")}</button> }.into_any()
                        } else {
                            view! { <button type="button" class="button kz-danger" id="kz-block" on:click=move |_| {
                                state.update(|k| k.block(c));
                                focus_by_id("kz-block", "kz-screen-title");
                            }>{t("kz-block")}</button> }.into_any()
                        }}
                        {if reported {
                            view! { <span class="kz-done" id="kz-report">{t("kz-reported-note")}</span> }.into_any()
                        } else {
                            view! { <button type="button" class="button kz-danger" id="kz-report" on:click=move |_| {
                                state.update(|k| k.report(c));
                                focus_by_id("kz-block", "kz-screen-title");
                            }>{t("kz-report")}</button> }.into_any()
                        }}
                    </p>
                </div>
            }
        })
    };
    let world_msgs = {
        let chat_world = state.with_untracked(|k| k.chats[c].world);
        chat_world
            .map(|i| {
                w.chats[i]
                    .messages
                    .iter()
                    .enumerate()
                    .map(|(m, msg)| {
                        let mine = msg.from == From::Me;
                        let author = match msg.from {
                            From::Me => tr_now("kz-you"),
                            From::Contact(p) => w.contacts[p].name.clone(),
                            From::Number => name.clone(),
                        };
                        let text_id = format!("kz-m-{m}");
                        view! {
                            <li class="kz-msg" class:kz-out=mine class:kz-in=!mine>
                                <span class="kz-from">{author}</span>
                                <span class="kz-text" id=text_id.clone()>{local(&msg.text)}</span>
                                <span class="kz-time">{msg.time.clone()}</span>
                                {(!mine).then(|| view! {
                                    <button type="button" class="button kz-reply" id=format!("kz-reply-{m}") aria-describedby=text_id on:click=move |_| {
                                        state.update(|k| k.reply_to(m));
                                        focus_by_id("kz-input", "kz-input");
                                    }>{t("kz-reply")}</button>
                                })}
                            </li>
                        }
                    })
                    .collect_view()
            })
            .unwrap_or_default()
    };
    let sent = {
        let w = w.clone();
        move || {
            state.with(|k| {
                let wc = k.chats[c].world;
                k.chats[c]
                    .sent
                    .iter()
                    .map(|s| {
                        let quote = s.reply_to.and_then(|m| wc.map(|i| &w.chats[i].messages[m])).map(|m| {
                            view! { <span class="kz-quote">{local(&m.text)}</span> }
                        });
                        let photo = match s.body {
                            Body::Photo(p) => Some(view! { <span class=format!("kz-pic kz-pic-{}", p % 4) class:kz-pic-card=w.photos[p].private aria-hidden="true"></span> }),
                            _ => None,
                        };
                        view! {
                            <li class="kz-msg kz-out">
                                <span class="kz-from">{tr_now("kz-you")}</span>
                                {quote}
                                {photo}
                                <span class="kz-text">{body_text(&w, &s.body)}</span>
                                <span class="kz-time">{tr_now("kz-now")}</span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let back = t("kz-back");
    view! {
        {head(name.clone(), back, state)}
        {group_bar}
        {unknown_bar}
        <ol class="kz-messages" aria-label=tr_now("kz-messages")>{world_msgs}{sent}</ol>
        {composer(w, state, c)}
    }
    .into_any()
}

fn composer(w: Arc<World>, state: State, c: usize) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let mode = Memo::new(move |_| state.with(|k| (k.replying, k.recording, k.can_send(c))));
    move || {
        let (replying, recording, can_send) = mode.get();
        if !can_send {
            return view! { <p class="kz-closed">{state.with_untracked(|k| if k.chats[c].left { tr_now("kz-left") } else { tr_now("kz-blocked") })}</p> }.into_any();
        }
        let reply = replying.and_then(|m| {
            let msg = state.with_untracked(|k| k.chats[c].world).map(|i| w.chats[i].messages[m].clone())?;
            let who = match msg.from {
                From::Contact(p) => w.contacts[p].name.clone(),
                From::Me => tr_now("kz-you"),
                From::Number => state.with_untracked(|k| k.chat_name(&w, c, lang())),
            };
            Some(view! {
                <div class="kz-replying">
                    <p>{tr_args("kz-replying", &[("name", who.into())])}" "<q>{local(&msg.text)}</q></p>
                    <button type="button" class="button" id="kz-cancel-reply" on:click=move |_| {
                        state.update(|k| k.cancel_reply());
                        focus_by_id("kz-input", "kz-input");
                    }>{t("kz-cancel-reply")}</button>
                </div>
            })
        });
        if recording {
            return view! {
                <div class="kz-recording">
                    <p><span class="kz-dot" aria-hidden="true"></span>" "{t("kz-recording")}</p>
                    <p class="kz-actions">
                        <button type="button" class="button primary" id="kz-send-voice" on:click=move |_| {
                            state.update(|k| { k.send_voice(); });
                            focus_by_id("kz-voice", "kz-input");
                        }>{t("kz-send-voice")}</button>
                        <button type="button" class="button" id="kz-cancel-voice" on:click=move |_| {
                            state.update(|k| k.cancel_voice());
                            focus_by_id("kz-voice", "kz-input");
                        }>{t("kz-cancel")}</button>
                    </p>
                </div>
            }
            .into_any();
        }
        let send = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = draft.get_untracked();
            if state.try_update(|k| k.send_text(&typed)).unwrap_or(false) {
                draft.set(String::new());
            }
            focus_by_id("kz-input", "kz-input");
        };
        view! {
            {reply}
            <form class="kz-compose" on:submit=send>
                <label for="kz-input">{t("kz-message-label")}</label>
                <span class="kz-compose-line">
                    <input id="kz-input" type="text" autocomplete="off" spellcheck="false"
                        prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))/>
                    <button type="submit" class="button primary" id="kz-send">{t("kz-send")}</button>
                </span>
            </form>
            <p class="kz-actions">
                <button type="button" class="button" id="kz-voice" on:click=move |_| {
                    state.update(|k| k.start_voice());
                    focus_by_id("kz-send-voice", "kz-input");
                }>{t("kz-voice")}</button>
                <button type="button" class="button" id="kz-photo" on:click=move |_| {
                    state.update(|k| k.open_gallery());
                    title_focus();
                }>{t("kz-photo")}</button>
            </p>
        }
        .into_any()
    }
}

fn gallery(w: Arc<World>, state: State, c: usize) -> AnyView {
    let name = state.with_untracked(|k| k.chat_name(&w, c, lang()));
    let photos = w
        .photos
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <li>
                    <button type="button" class="kz-pick" id=format!("kz-photo-{i}") on:click=move |_| {
                        state.update(|k| { k.send_photo(i); });
                        title_focus();
                    }>
                        <span class=format!("kz-pic kz-pic-{}", i % 4) class:kz-pic-card=p.private aria-hidden="true"></span>
                        <span class="kz-pick-label">{local(&p.label)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        {head(tr_now("kz-gallery"), t("kz-back-chat"), state)}
        <p class="kz-gallery-intro">{tr_args("kz-gallery-intro", &[("name", name.into())])}</p>
        <ul class="kz-gallery">{photos}</ul>
    }
    .into_any()
}

fn new_group(w: Arc<World>, state: State) -> AnyView {
    let name = RwSignal::new(String::new());
    let members: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let problem: RwSignal<Option<GroupProblem>> = RwSignal::new(None);
    let boxes = w
        .contacts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let id = format!("kz-member-{}", p.id);
            view! {
                <span class="check-line kz-member">
                    <input type="checkbox" id=id.clone() prop:checked=move || members.with(|m| m.contains(&i)) on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        members.update(|m| {
                            m.retain(|x| *x != i);
                            if on { m.push(i); }
                        });
                    }/>
                    <label for=id>{p.name.clone()}</label>
                </span>
            }
        })
        .collect_view();
    let first = format!("kz-member-{}", w.contacts.first().map(|c| c.id.as_str()).unwrap_or_default());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, m) = (name.get_untracked(), members.get_untracked());
        match state.try_update(|k| k.create_group(&n, &m)) {
            Some(Err(p)) => {
                problem.set(Some(p));
                focus_by_id(if p == GroupProblem::NoName { "kz-group-name" } else { &first }, "kz-group-name");
            }
            _ => title_focus(),
        }
    };
    view! {
        {head(tr_now("kz-new-group"), t("kz-back"), state)}
        <form class="kz-group-form" on:submit=create>
            <p>
                <label for="kz-group-name">{t("kz-group-name")}</label>
                <input id="kz-group-name" type="text" autocomplete="off" spellcheck="false"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </p>
            <fieldset class="kz-members-pick">
                <legend>{t("kz-group-who")}</legend>
                {boxes}
            </fieldset>
            <p class="kz-problem" role="alert">{move || problem.get().map(|p| match p {
                GroupProblem::NoName => tr_now("kz-no-name"),
                GroupProblem::NoMember => tr_now("kz-no-member"),
            })}</p>
            <p class="kz-actions"><button type="submit" class="button primary" id="kz-create">{t("kz-create")}</button></p>
        </form>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::Messaging, view);
