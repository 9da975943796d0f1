//! `#/profils` ("Qui êtes-vous ?" and "Mon profil") and `#/fin` ("J'ai fini").

use super::PageTitle;
use crate::progress::session::Refusal;
use crate::progress::{self, Export, ImportError};
use crate::route::Route;
use crate::ui::files::{self, ReadFileError};
use crate::ui::{navigate, picture_name, picture_src};
use crate::{AppState, Farewell, Learner};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `#/profils`: who is here, or this learner's page.
#[component]
pub fn Profiles() -> impl IntoView {
    let state = expect_context::<AppState>();
    crate::ui::dynamic(move || match state.learner.get() {
        None => view! { <Chooser/> }.into_any(),
        Some(l) => view! { <MyProfile learner=l/> }.into_any(),
    })
}

/// "Qui êtes-vous ?": the learners of this computer as big picture tiles.
#[component]
pub fn Chooser() -> impl IntoView {
    let state = expect_context::<AppState>();
    let creating = RwSignal::new(false);
    // Signing in keeps the page asked for; from `#/profils`, go home.
    let after_sign_in = move || {
        state.focus_title.set_value(true);
        if state.route.get_untracked() == Route::Profiles {
            navigate(&Route::Home);
        }
    };
    let farewell = move || {
        state.farewell.get().map(|f| {
            let text = match f {
                Farewell::Kept => crate::ui::tr_now("farewell-kept"),
                Farewell::Erased => crate::ui::tr_now("farewell-erased"),
                Farewell::Idle => crate::ui::tr_args("farewell-idle", &[("minutes", (state.idle_minutes()).into())]),
            };
            view! { <p class="farewell" role="status">{text}</p> }
        })
    };
    let tiles = move || {
        state
            .directory
            .get()
            .profiles
            .into_iter()
            .map(|p| {
                let id = p.id.clone();
                view! {
                    <li>
                        <button type="button" class="profile-tile" on:click=move |_| {
                            state.sign_in(&id);
                            after_sign_in();
                        }>
                            <img src=picture_src(&p.picture) alt="" width="96" height="96"/>
                            <span class="profile-name">{p.name.clone()}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <PageTitle text=crate::ui::t("who-title")/>
        {crate::ui::dynamic(farewell)}
        <p class="lead">{crate::ui::t("who-intro")}</p>
        <p class="privacy-note">{crate::ui::t("who-no-password")}</p>
        <ul class="profile-tiles">
            {crate::ui::dynamic(tiles)}
            <li>
                <button type="button" class="profile-tile new" aria-expanded=crate::ui::pressed(move || creating.get())
                    on:click=move |_| {
                        creating.set(true);
                        crate::ui::focus_by_id("new-profile-title", "new-profile-title");
                    }>
                    <span class="plus" aria-hidden="true">"+"</span>
                    <span class="profile-name">{crate::ui::t("who-new")}</span>
                </button>
            </li>
        </ul>
        {crate::ui::dynamic(move || creating.get().then(|| view! { <CreateProfile on_done=Callback::new(move |created: bool| {
            creating.set(false);
            if created { after_sign_in(); }
        })/> }))}
        <p>
            <button type="button" class="button" on:click=move |_| {
                state.sign_in_guest();
                after_sign_in();
            }>{crate::ui::t("who-guest")}</button>
        </p>
        <p class="hint">{crate::ui::t("who-guest-hint")}</p>
        <h2>{crate::ui::t("import-title")}</h2>
        <p>{crate::ui::t("import-intro-new")}</p>
        <ImportBox on_imported=Callback::new(move |_| after_sign_in())/>
    }
}

#[component]
fn CreateProfile(on_done: Callback<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let picture = RwSignal::new(None::<&'static str>);
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match (picture.get_untracked(), progress::is_valid_name(&name.get_untracked())) {
            (None, _) => error.set(Some("new-need-picture")),
            (_, false) => error.set(Some("new-need-name")),
            (Some(p), true) => match state.create_profile(&name.get_untracked(), p) {
                Ok(_) => on_done.run(true),
                Err(Refusal::TooMany) => error.set(Some("new-too-many")),
                Err(_) => error.set(Some("new-not-saved")),
            },
        }
    };
    let pictures = progress::PICTURES
        .iter()
        .map(|&p| {
            let id = format!("picture-{p}");
            view! {
                <span class="picture-choice">
                    <input type="radio" name="picture" id=id.clone() value=p
                        prop:checked=crate::ui::flag(move || picture.get() == Some(p))
                        on:change=move |_| picture.set(Some(p))/>
                    <label for=id>
                        <img src=picture_src(p) alt="" width="64" height="64"/>
                        <span class="sr-only">{crate::ui::dynamic(move || picture_name(p))}</span>
                    </label>
                </span>
            }
        })
        .collect_view();
    view! {
        <form class="new-profile" on:submit=submit novalidate>
            <h2 id="new-profile-title" tabindex="-1">{crate::ui::t("new-title")}</h2>
            <fieldset>
                <legend>{crate::ui::t("new-picture")}</legend>
                <div class="pictures">{pictures}</div>
            </fieldset>
            <p>
                <label for="profile-name">{crate::ui::t("new-name")}</label>
                <input id="profile-name" type="text" maxlength="40" autocomplete="off" aria-describedby="profile-name-help"
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
            </p>
            <p id="profile-name-help" class="hint">{crate::ui::t("new-name-help")}</p>
            <p class="form-error" role="alert">
                {crate::ui::dynamic(move || error.get().map(crate::ui::tr_now))}
            </p>
            <p class="form-actions">
                <button type="submit" class="button primary">{crate::ui::t("new-create")}</button>
                <button type="button" class="button" on:click=move |_| on_done.run(false)>{crate::ui::t("cancel")}</button>
            </p>
        </form>
    }
}

/// Reads a progress file chosen by the learner and merges it.
#[component]
pub fn ImportBox(#[prop(optional)] on_imported: Option<Callback<()>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = RwSignal::new(None::<Result<usize, &'static str>>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let result = match files::read_chosen(&input, progress::MAX_IMPORT_BYTES).await {
                None => return,
                Some(Err(ReadFileError::TooBig)) => Err(ImportError::TooBig.message_id()),
                Some(Err(ReadFileError::Unreadable)) => Err(ImportError::NotJson.message_id()),
                Some(Ok(bytes)) => Export::parse(&bytes).map_err(ImportError::message_id),
            };
            input.set_value("");
            let result = result.and_then(|e| match state.import(&e) {
                Ok(()) => Ok(e.progress.records.values().filter(|r| r.is_done()).count()),
                Err(Refusal::TooMany) => Err("new-too-many"),
                Err(_) => Err("import-not-saved"),
            });
            status.set(Some(result));
            if matches!(status.get_untracked(), Some(Ok(_))) {
                if let Some(cb) = on_imported {
                    cb.run(());
                }
            }
        });
    };
    let message = move || {
        status.get().map(|s| match s {
            Ok(done) => view! { <p class="import-ok" role="status">{crate::ui::tr_args("import-ok", &[("done", (done).into())])}</p> }.into_any(),
            Err(id) => view! {
                <p class="form-error" role="alert">{crate::ui::tr_now("import-refused")}" "{crate::ui::msg_text(&crate::content::Msg::new(id))}</p>
            }
            .into_any(),
        })
    };
    view! {
        <div class="import">
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_change/>
            <label for="import-file" class="button">{crate::ui::t("import-label")}</label>
            {crate::ui::dynamic(message)}
        </div>
    }
}

#[component]
fn MyProfile(learner: Learner) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exported = RwSignal::new(false);
    let export = move |_| {
        if let Some(e) = state.export() {
            exported.set(state.download(&e.file_name(), &e.to_json()));
        }
    };
    let (title, picture, is_guest) = match &learner {
        Learner::Profile(p) => (
            Signal::derive({
                let n = p.name.clone();
                move || n.clone()
            }),
            Some(p.picture.clone()),
            false,
        ),
        Learner::Guest => (crate::ui::t("guest-name"), None, true),
    };
    let new_name = RwSignal::new(match &learner {
        Learner::Profile(p) => p.name.clone(),
        Learner::Guest => String::new(),
    });
    let renamed = RwSignal::new(false);
    view! {
        <div class="profile-head">
            {picture.map(|p| view! { <img src=picture_src(&p) alt="" width="80" height="80"/> })}
            <PageTitle text=title window=crate::ui::t("profile-window-title")/>
        </div>
        <p class="lead">{if is_guest { crate::ui::t("profile-guest-intro") } else { crate::ui::t("profile-intro") }}</p>
        <p><a class="button primary big" href=Route::Home.href()>{crate::ui::t("profile-continue")}</a></p>

        <h2>{crate::ui::t("export-title")}</h2>
        <p>{crate::ui::t("export-intro")}</p>
        <p class="hint">{crate::ui::t("export-address")}</p>
        <p>
            <button type="button" class="button" on:click=export>{crate::ui::t("export-button")}</button>
        </p>
        <p role="status">{crate::ui::dynamic(move || exported.get().then(|| crate::ui::tr_now("export-done")))}</p>

        <h2>{crate::ui::t("import-title")}</h2>
        <p>{crate::ui::t("import-intro")}</p>
        <ImportBox/>

        {(!is_guest).then(|| view! {
            <h2>{crate::ui::t("rename-title")}</h2>
            <form class="rename" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if progress::is_valid_name(&new_name.get_untracked()) {
                    state.rename(&new_name.get_untracked());
                    renamed.set(true);
                }
            }>
                <p>
                    <label for="rename">{crate::ui::t("rename-label")}</label>
                    <input id="rename" type="text" maxlength="40" autocomplete="off"
                        prop:value=new_name on:input=move |ev| { renamed.set(false); new_name.set(event_target_value(&ev)) }/>
                </p>
                <p><button type="submit" class="button">{crate::ui::t("rename-button")}</button></p>
                <p role="status">{crate::ui::dynamic(move || renamed.get().then(|| crate::ui::tr_now("rename-done")))}</p>
            </form>
        })}

        <h2>{crate::ui::t("leave-title")}</h2>
        <p class="form-actions">
            <a class="button primary" href=Route::Finish.href()>{crate::ui::t("finish-button")}</a>
            {(!is_guest).then(|| view! {
                <button type="button" class="button" on:click=move |_| {
                    state.sign_out(Farewell::Kept);
                    navigate(&Route::Home);
                }>{crate::ui::t("switch-person")}</button>
            })}
        </p>
    }
}

/// `#/fin`: keep my progress on this computer, or erase everything.
#[component]
pub fn Finish() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let leave = move |why: Farewell| {
        // The next person starts at home: the route changes before the
        // sign-out, or this program would send "#/fin" on to the learners'
        // app, and the next learner would land on "Vous avez fini ?".
        state.route.set(Route::Home);
        if why == Farewell::Erased {
            state.erase_current();
        } else {
            state.sign_out(why);
        }
        state.focus_title.set_value(true);
        navigate(&Route::Home);
    };
    let is_guest = state.learner.with_untracked(|l| matches!(l, Some(Learner::Guest)));
    view! {
        <PageTitle text=crate::ui::t("finish-title")/>
        <DownloadsReminder/>
        {if is_guest {
            view! {
                <p class="lead">{crate::ui::t("finish-guest")}</p>
                <p><button type="button" class="button primary big" on:click=move |_| leave(Farewell::Erased)>{crate::ui::t("finish-guest-button")}</button></p>
            }
            .into_any()
        } else {
            view! {
                <p class="lead">{crate::ui::t("finish-intro")}</p>
                <div class="finish-choices">
                    <section class="choice-card" aria-labelledby="keep-title">
                        <h2 id="keep-title">{crate::ui::t("finish-keep-title")}</h2>
                        <p>{crate::ui::t("finish-keep-text")}</p>
                        <button type="button" class="button primary big" on:click=move |_| leave(Farewell::Kept)>{crate::ui::t("finish-keep")}</button>
                    </section>
                    <section class="choice-card" aria-labelledby="erase-title">
                        <h2 id="erase-title">{crate::ui::t("finish-erase-title")}</h2>
                        <p>{crate::ui::t("finish-erase-text")}</p>
                        <p><a href=Route::Profiles.href()>{crate::ui::t("finish-export-first")}</a></p>
                        {crate::ui::dynamic(move || if confirming.get() {
                            view! {
                                <p class="confirm" role="alert">{crate::ui::tr_now("finish-erase-confirm")}</p>
                                <p class="form-actions">
                                    <button type="button" id="erase-yes" class="button danger" on:click=move |_| leave(Farewell::Erased)>{crate::ui::tr_now("finish-erase-yes")}</button>
                                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{crate::ui::tr_now("finish-erase-no")}</button>
                                </p>
                            }
                            .into_any()
                        } else {
                            view! {
                                <button type="button" class="button danger" on:click=move |_| {
                                    confirming.set(true);
                                    crate::ui::focus_by_id("erase-yes", "erase-yes");
                                }>{crate::ui::tr_now("finish-erase")}</button>
                            }
                            .into_any()
                        })}
                    </section>
                </div>
            }
            .into_any()
        }}
    }
}

/// "J'ai fini" after a download: the file stays in this computer's
/// Downloads folder, where the next person could open it.
#[component]
fn DownloadsReminder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let how = RwSignal::new(false);
    crate::ui::dynamic(move || {
        let names = state.downloads.get();
        (!names.is_empty()).then(|| {
            let files = names.into_iter().map(|n| view! { <li class="file-name">{n}</li> }).collect_view();
            view! {
                <section class="downloads-reminder" aria-labelledby="downloads-title">
                    <h2 id="downloads-title">{crate::ui::t("downloads-title")}</h2>
                    <p>{crate::ui::t("downloads-text")}</p>
                    <ul>{files}</ul>
                    <p>
                        <button type="button" class="button" aria-expanded=crate::ui::pressed(move || how.get())
                            aria-controls="downloads-how" on:click=move |_| how.update(|h| *h = !*h)>
                            {crate::ui::t("downloads-how-button")}
                        </button>
                    </p>
                    <ol id="downloads-how" hidden=crate::ui::flag(move || !how.get())>
                        <li>{crate::ui::t("downloads-how-1")}</li>
                        <li>{crate::ui::t("downloads-how-2")}</li>
                        <li>{crate::ui::t("downloads-how-3")}</li>
                        <li>{crate::ui::t("downloads-how-4")}</li>
                    </ol>
                </section>
            }
        })
    })
}
