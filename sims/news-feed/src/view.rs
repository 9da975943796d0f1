//! The feed as the learner sees it: posts, the three answers, the tools, and
//! after « Vérifier » the two halves of discernment with each post's clue.
//! Thin: every rule is in [`super::model`].

use super::model::{self, FeedState, Tool, TOOLS};
use super::{NewsFeed, Post};
use leptos::prelude::*;
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::ui::{dynamic, feedback::ItemFeedback, flag, local, pressed, t, tr_args};
use std::sync::Arc;

pub fn view(feed: Arc<NewsFeed>, ctx: KindCtx) -> AnyView {
    let state = RwSignal::new(FeedState::default());
    {
        let feed = feed.clone();
        ctx.set_checker(move || state.with_untracked(|s| model::check(&feed, s)));
    }
    let posts = feed.posts.iter().map(|p| post_view(p.clone(), state, ctx)).collect_view();
    let remaining = {
        let feed = feed.clone();
        move || tr_args("feed-undecided", &[("count", state.with(|s| s.undecided(&feed)).into())])
    };
    let halves = {
        let feed = feed.clone();
        move || {
            ctx.checked().then(|| {
                let d = state.with_untracked(|s| model::discernment(&feed, s));
                view! {
                    <section class="feed-halves" aria-labelledby="feed-halves-title">
                        <h2 id="feed-halves-title">{t("feed-halves-title")}</h2>
                        <p class="half">{tr_args("feed-true-found", &[("found", d.true_found.into()), ("total", d.true_total.into())])}</p>
                        <p class="half">{tr_args("feed-false-found", &[("found", d.false_found.into()), ("total", d.false_total.into())])}</p>
                        <p>{t("feed-halves-why")}</p>
                    </section>
                }
            })
        }
    };
    view! {
        <div class="feed">
            <p class="feed-brand" aria-hidden="true">{t("feed-brand")}</p>
            <ol class="feed-posts" aria-label=t("feed-label")>{posts}</ol>
            <p class="feed-remaining" role="status">{dynamic(remaining)}</p>
            {dynamic(halves)}
        </div>
    }
    .into_any()
}

fn post_view(p: Post, state: RwSignal<FeedState>, ctx: KindCtx) -> impl IntoView {
    let id = p.id.clone();
    let author_id = format!("post-{}-author", p.id);
    let labelled_by = author_id.clone();
    let initial: String = p.author.get("fr").chars().next().unwrap_or('?').to_ascii_uppercase().to_string();
    let author = p.author.clone();
    let group_label = pas_a_pas_web::ui::text(move || {
        tr_args("feed-opinion-on", &[("author", author.get(pas_a_pas_web::ui::lang()).to_string().into())])
    });
    let decided = |want: bool| {
        let id = id.clone();
        pressed(move || state.with(|s| s.decision(&id) == Some(want)))
    };
    let decide = |want: bool| {
        let id = id.clone();
        move |_| state.update(|s| s.decide(&id, want))
    };
    // A memo, so that opening a tool does not redraw the tools (focus stays put).
    let is_checking = {
        let id = id.clone();
        Memo::new(move |_| state.with(|s| s.is_checking(&id)))
    };
    let checking = pressed(move || is_checking.get());
    let toggle_checking = {
        let id = id.clone();
        move |_| state.update(|s| s.toggle_checking(&id))
    };
    let locked = flag(move || ctx.checked());
    let picture = p.picture.clone().map(|pic| {
        view! { <div class=format!("pic pic-{}", pic.kind) role="img" aria-label=local(&pic.alt)></div> }
    });
    let link = p.link.clone().map(|l| {
        view! { <p class="post-link"><span class="sr-only">{t("feed-link")}" "</span><span class="link-domain">{l}</span></p> }
    });
    let (likes, shares) = (p.likes, p.shares);
    let stats =
        pas_a_pas_web::ui::text(move || tr_args("feed-stats", &[("likes", likes.into()), ("shares", shares.into())]));
    let tools = {
        let p = p.clone();
        move || {
            is_checking.get().then(|| {
                let items = TOOLS
                    .iter()
                    .filter_map(|tool| p.tool(*tool).map(|found| tool_view(&p.id, *tool, found.clone(), state)))
                    .collect_view();
                view! {
                    <div class="tools">
                        <h4>{t("feed-tools-title")}</h4>
                        <ul class="tool-list">{items}</ul>
                    </div>
                }
            })
        }
    };
    let verdict = {
        let p = p.clone();
        move || {
            ctx.verdict(&p.id).map(|v| {
                let truth = if p.reliable { t("feed-was-true") } else { t("feed-was-false") };
                view! {
                    <div class="post-verdict">
                        {(v == pas_a_pas_web::kinds::Verdict::Missed).then(|| view! { <p class="post-undecided"><strong>{t("feed-no-answer")}</strong></p> })}
                        <ItemFeedback verdict=v text=p.explanation.clone()/>
                        <p class="post-truth"><strong>{truth}</strong></p>
                        <p class="post-clue"><strong>{t("feed-clue")}</strong>" "{local(&p.clue)}</p>
                    </div>
                }
            })
        }
    };
    view! {
        <li class="post" aria-labelledby=labelled_by>
            <div class="post-head">
                <span class="avatar" aria-hidden="true">{initial}</span>
                <div>
                    <h3 id=author_id class="post-author">{local(&p.author)}</h3>
                    <p class="post-time">{local(&p.time)}</p>
                </div>
            </div>
            <p class="post-text">{local(&p.text)}</p>
            {picture}
            {link}
            <p class="post-stats">{stats}</p>
            <div class="judge" role="group" aria-label=group_label>
                <button type="button" class="toggle judge-yes" aria-pressed=decided(true) disabled=locked on:click=decide(true)>{t("feed-reliable")}</button>
                <button type="button" class="toggle judge-no" aria-pressed=decided(false) disabled=locked on:click=decide(false)>{t("feed-not-reliable")}</button>
                <button type="button" class="judge-check" aria-expanded=checking on:click=toggle_checking>{t("feed-check-first")}</button>
            </div>
            {dynamic(tools)}
            {dynamic(verdict)}
        </li>
    }
}

fn tool_view(
    post: &str,
    tool: Tool,
    found: pas_a_pas_core::content::Text,
    state: RwSignal<FeedState>,
) -> impl IntoView {
    let open = {
        let post = post.to_string();
        flag(move || state.with(|s| s.is_open(&post, tool)))
    };
    let toggle = {
        let post = post.to_string();
        move |_| state.update(|s| s.toggle_tool(&post, tool))
    };
    let label = match tool {
        Tool::Who => t("feed-tool-who"),
        Tool::Search => t("feed-tool-search"),
        Tool::Photo => t("feed-tool-photo"),
        Tool::Address => t("feed-tool-address"),
        Tool::When => t("feed-tool-when"),
    };
    let result = move || {
        open.get().then(|| {
            // One line of the data per paragraph: a search shows several results.
            let lines = pas_a_pas_web::ui::text({
                let found = found.clone();
                move || found.get(pas_a_pas_web::ui::lang()).to_string()
            });
            view! {
                <div class=format!("tool-result tool-{}", tool.key())>
                    {move || lines.get().split('\n').map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}
                </div>
            }
        })
    };
    view! {
        <li>
            <button type="button" class="tool" aria-expanded=pas_a_pas_web::ui::pressed(move || open.get()) on:click=toggle>{label}</button>
            {dynamic(result)}
        </li>
    }
}

pas_a_pas_web::sim_view!(crate::NewsFeed, view);
