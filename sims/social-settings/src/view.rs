//! The settings screen of the fictional network and the stranger's preview.

use super::state::{Audience, Field, Social, StrangerView, Switch};
use super::{Profile, SocialSettings};
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::ui::{dynamic, flag, local, t, tr_args};
use std::sync::Arc;

pub fn view(d: Arc<SocialSettings>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(Social::new(d.start));
    let saved = RwSignal::new(false);
    ctx.bind_mission(state, &d.mission, |s| s.touched, |s, g| s.now.meets(g));
    let wrong = Signal::derive(move || state.with(|s| s.wrong_moves));
    let profile = Arc::new(d.profile.clone());
    let now = {
        let p = profile.clone();
        dynamic(move || preview(&p, state.with(|s| s.now.stranger_view())))
    };
    let before = {
        let (p, start) = (profile.clone(), d.start.stranger_view());
        dynamic(move || {
            ctx.checked().then(|| {
                view! {
                    <div class="sn-preview-col">
                        <h3>{t("sn-before")}</h3>
                        {preview(&p, start)}
                    </div>
                }
            })
        })
    };
    view! {
        <div class="sim sn">
            <section class="sn-app" aria-labelledby="sn-title">
                <div class="sn-bar">
                    <span class="sn-logo" aria-hidden="true">{d.network.chars().next().unwrap_or('K').to_string()}</span>
                    <span class="sn-name">{d.network.clone()}</span>
                </div>
                <h2 id="sn-title">{t("sn-title")}</h2>
                <h3>{t("sn-who-sees")}</h3>
                {audience(Field::Posts, state, saved, ctx)}
                {audience(Field::Phone, state, saved, ctx)}
                {audience(Field::Email, state, saved, ctx)}
                {audience(Field::Findable, state, saved, ctx)}
                <h3>{t("sn-posts-tags")}</h3>
                {switch(Switch::Location, state, saved, ctx)}
                {switch(Switch::TagReview, state, saved, ctx)}
                <h3>{t("sn-ads")}</h3>
                {switch(Switch::Ads, state, saved, ctx)}
                <p class="sn-saved" role="status">{dynamic(move || saved.get().then(|| t("sn-saved")))}</p>
            </section>
            <section class="sn-preview" aria-labelledby="sn-preview-title">
                <h2 id="sn-preview-title">{t("sn-preview")}</h2>
                <p class="sn-preview-intro">{t("sn-preview-intro")}</p>
                <div class="sn-preview-cols">
                    {before}
                    <div class="sn-preview-col">
                        {dynamic(move || ctx.checked().then(|| view! { <h3>{t("sn-after")}</h3> }))}
                        {now}
                    </div>
                </div>
            </section>
            <MissionPanel mission=d.mission.clone() ctx=ctx wrong_moves=wrong/>
        </div>
    }
    .into_any()
}

fn field_key(f: Field) -> &'static str {
    match f {
        Field::Posts => "posts",
        Field::Phone => "phone",
        Field::Email => "email",
        Field::Findable => "findable",
    }
}

fn audience_key(a: Audience) -> &'static str {
    match a {
        Audience::Public => "public",
        Audience::FriendsOfFriends => "friends-of-friends",
        Audience::Friends => "friends",
        Audience::OnlyMe => "only-me",
    }
}

fn audience_label(f: Field, a: Audience) -> Signal<String> {
    match (f, a) {
        (Field::Findable, Audience::Public) => t("sn-aud-everyone"),
        (Field::Findable, Audience::OnlyMe) => t("sn-aud-nobody"),
        (_, Audience::Public) => t("sn-aud-public"),
        (_, Audience::FriendsOfFriends) => t("sn-aud-fof"),
        (_, Audience::Friends) => t("sn-aud-friends"),
        (_, Audience::OnlyMe) => t("sn-aud-only-me"),
    }
}

fn audience(f: Field, state: RwSignal<Social>, saved: RwSignal<bool>, ctx: KindCtx) -> impl IntoView {
    let legend = match f {
        Field::Posts => t("sn-field-posts"),
        Field::Phone => t("sn-field-phone"),
        Field::Email => t("sn-field-email"),
        Field::Findable => t("sn-field-findable"),
    };
    let name = format!("sn-{}", field_key(f));
    let options = Audience::ALL
        .iter()
        .map(|&a| {
            let id = format!("{name}-{}", audience_key(a));
            view! {
                <span class="sn-choice">
                    <input
                        type="radio"
                        name=name.clone()
                        id=id.clone()
                        prop:checked=flag(move || state.with(|s| s.now.get(f) == a))
                        disabled=flag(move || ctx.checked())
                        on:change=move |_| {
                            state.update(|s| s.set(f, a));
                            saved.set(true);
                        }
                    />
                    <label for=id>{audience_label(f, a)}</label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sn-setting">
            <legend>{legend}</legend>
            <div class="sn-choices">{options}</div>
        </fieldset>
    }
}

fn switch(sw: Switch, state: RwSignal<Social>, saved: RwSignal<bool>, ctx: KindCtx) -> impl IntoView {
    let (key, label, help) = match sw {
        Switch::Location => ("location", t("sn-switch-location"), t("sn-switch-location-help")),
        Switch::TagReview => ("tag-review", t("sn-switch-tag-review"), t("sn-switch-tag-review-help")),
        Switch::Ads => ("ads", t("sn-switch-ads"), t("sn-switch-ads-help")),
    };
    let id = format!("sn-{key}");
    let help_id = format!("sn-{key}-help");
    view! {
        <div class="sn-switch">
            <input
                type="checkbox"
                role="switch"
                id=id.clone()
                aria-describedby=help_id.clone()
                prop:checked=flag(move || state.with(|s| s.now.switch(sw)))
                disabled=flag(move || ctx.checked())
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.update(|s| s.toggle(sw, on));
                    saved.set(true);
                }
            />
            <label for=id>{label}</label>
            <p class="sn-help" id=help_id>{help}</p>
        </div>
    }
}

/// The profile card as a stranger sees it.
fn preview(p: &Profile, v: StrangerView) -> AnyView {
    let line = |show: bool, text: Signal<String>| show.then(|| view! { <li>{text}</li> });
    let phone = p.phone.clone();
    let email = p.email.clone();
    let post = p.post.clone();
    let place = p.place.clone();
    let tagged = p.tagged.clone();
    let count = v.count();
    view! {
        <div class="sn-card">
            <p class="sn-card-name">
                <span class="sn-avatar" aria-hidden="true">{p.name.chars().next().unwrap_or('?').to_string()}</span>
                <span>
                    <strong>{p.name.clone()}</strong>
                    <br/>
                    {local(&p.city)}
                </span>
            </p>
            <p class="sn-count">{pas_a_pas_web::ui::text(move || tr_args("sn-count", &[("count", count.into())]))}</p>
            <ul class="sn-seen">
                {line(v.phone, pas_a_pas_web::ui::text(move || tr_args("sn-seen-phone", &[("phone", phone.clone().into())])))}
                {line(v.email, pas_a_pas_web::ui::text(move || tr_args("sn-seen-email", &[("email", email.clone().into())])))}
                {v.post.then(|| view! {
                    <li class="sn-post">
                        <span>{t("sn-seen-post")}</span>" "
                        <q>{local(&post)}</q>
                        {v.place.then(|| view! { <span class="sn-place">" — "{t("sn-seen-place")}" "{local(&place)}</span> })}
                    </li>
                })}
                {v.tagged.then(|| view! { <li><span>{t("sn-seen-tagged")}</span>" "{local(&tagged)}</li> })}
                {line(v.found_by_phone, t("sn-seen-found"))}
            </ul>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::SocialSettings, view);
