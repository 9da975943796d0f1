//! The CV builder's components: the six steps of the form, the live
//! preview (the page as printed), the tools (template, print, download,
//! open, erase) and the mission. State and rules live in `model` and
//! `rules`; this file only reads them and calls their methods.

use super::model::{goal_met, Cv, Entry, EntryField, Field, List, OpenError, Template};
use super::rules::{self, check_email, check_phone, DateError, EmailError, MonthYear, PhoneError};
use super::{CvBuilder, FieldText, STEPS};
use leptos::prelude::*;
use pas_a_pas_core::store::{ReadError, Trouble};
use pas_a_pas_web::kinds::KindCtx;
use pas_a_pas_web::mission::MissionPanel;
use pas_a_pas_web::storage;
use pas_a_pas_web::ui::read_aloud::ReadAloud;
use pas_a_pas_web::ui::{dynamic, files, flag, focus_by_id, lang, local, t, text, tr_args, tr_now};
use pas_a_pas_web::{AppState, Learner};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;

thread_local! {
    /// A guest's CV: kept while the page is open, never written to storage.
    static GUEST_CV: RefCell<Option<Cv>> = const { RefCell::new(None) };
}

/// What the learner must know about where their CV is kept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keeping {
    /// Saved for this learner as they type.
    Saved,
    /// A guest, or a browser that keeps nothing: only on this page.
    PageOnly,
    /// The stored CV could not be read: it was put aside, a new one starts.
    PutAside,
    /// The browser's storage is full: the last letters are not saved.
    Full,
    /// The browser refused to save.
    Refused,
    /// The saved CV comes from a newer version: left as it is.
    TooNew,
}

/// What the last file action did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FileNews {
    Opened,
    Refused(OpenError),
    Unreadable,
    Downloaded,
    Erased,
}

/// The CV and where it is saved; every change goes through [`Store::change`].
/// Storage itself is the state's: it writes only while the learner is listed.
#[derive(Clone, Copy)]
struct Store {
    cv: RwSignal<Cv>,
    keeping: RwSignal<Keeping>,
    /// Kept here: saves also happen in tasks (opening a file), outside any context.
    state: AppState,
}

/// The CV's own key among the learner's (`profile.<id>.cv`).
const CV_VALUE: &str = "cv";

fn read_cv(s: &str) -> Result<Cv, ReadError> {
    Cv::from_json(s).map_err(|e| if e == OpenError::Newer { ReadError::TooNew } else { ReadError::Damaged })
}

impl Store {
    fn open(state: &AppState) -> Self {
        let (cv, keeping) = match state.own_value(CV_VALUE, read_cv) {
            Some(Ok(cv)) => {
                let keeping = if storage::is_persistent() { Keeping::Saved } else { Keeping::PageOnly };
                (cv.unwrap_or_default(), keeping)
            }
            Some(Err(Trouble::Full)) => (Cv::default(), Keeping::Full),
            Some(Err(Trouble::TooNew)) => (Cv::default(), Keeping::TooNew),
            Some(Err(_)) => (Cv::default(), Keeping::PutAside),
            None => (GUEST_CV.with(|g| g.borrow().clone()).unwrap_or_default(), Keeping::PageOnly),
        };
        Store { cv: RwSignal::new(cv), keeping: RwSignal::new(keeping), state: *state }
    }

    fn change(&self, f: impl FnOnce(&mut Cv)) {
        self.cv.update(f);
        self.save();
    }

    fn save(&self) {
        let state = self.state;
        if state.current_profile().is_none() {
            GUEST_CV.with(|g| *g.borrow_mut() = Some(self.cv.get_untracked()));
            return;
        }
        // A CV saved by a newer version is never written over.
        if self.keeping.get_untracked() == Keeping::TooNew {
            return;
        }
        let json = self.cv.with_untracked(Cv::to_json);
        let now = match state.save_own_value(CV_VALUE, &json) {
            Ok(()) if storage::is_persistent() => Keeping::Saved,
            Ok(()) => Keeping::PageOnly,
            Err(Trouble::Full) => Keeping::Full,
            Err(_) => Keeping::Refused,
        };
        // "Put aside" stays said for the whole visit, unless a new problem comes.
        if self.keeping.try_get_untracked().is_some_and(|k| !(k == Keeping::PutAside && now == Keeping::Saved)) {
            let _ = self.keeping.try_set(now);
        }
    }

    fn erase(&self) {
        self.cv.set(Cv::default());
        let state = self.state;
        if state.current_profile().is_some() {
            state.remove_own_value(CV_VALUE);
            if self.keeping.get_untracked() == Keeping::TooNew {
                self.keeping.set(Keeping::Saved);
            }
        } else {
            GUEST_CV.with(|g| *g.borrow_mut() = None);
        }
    }
}

/// This month, in the computer's time zone.
fn this_month() -> MonthYear {
    let d = js_sys::Date::new_0();
    MonthYear { year: d.get_full_year(), month: d.get_month() + 1 }
}

fn phone_message(e: &PhoneError) -> String {
    match e {
        PhoneError::NotDigits => tr_now("cv-phone-not-digits"),
        PhoneError::TooShort => tr_now("cv-phone-short"),
        PhoneError::TooLong => tr_now("cv-phone-long"),
        PhoneError::BadStart => tr_now("cv-phone-start"),
        PhoneError::UnknownPrefix => tr_now("cv-phone-prefix"),
        PhoneError::WrongCode(code) => tr_args("cv-phone-code", &[("code", format!("+{code}").into())]),
    }
}

fn email_message(e: EmailError) -> String {
    match e {
        EmailError::Space => tr_now("cv-email-space"),
        EmailError::At => tr_now("cv-email-at"),
        EmailError::Characters => tr_now("cv-email-characters"),
        EmailError::Name => tr_now("cv-email-name"),
        EmailError::Domain => tr_now("cv-email-domain"),
    }
}

fn date_message(e: DateError) -> String {
    match e {
        DateError::Format => tr_now("cv-date-format"),
        DateError::Month => tr_now("cv-date-month"),
        DateError::TooOld => tr_args("cv-date-old", &[("year", rules::OLDEST_YEAR.to_string().into())]),
        DateError::Future => tr_now("cv-date-future"),
        DateError::EndBeforeStart => tr_now("cv-date-order"),
    }
}

fn open_message(e: OpenError) -> String {
    match e {
        OpenError::TooBig => tr_now("cv-open-too-big"),
        OpenError::NotJson => tr_now("cv-open-not-json"),
        OpenError::Foreign => tr_now("cv-open-foreign"),
        OpenError::Newer => tr_now("cv-open-newer"),
        OpenError::Damaged => tr_now("cv-open-damaged"),
    }
}

/// The problem with a field's value, if any (empty fields have none).
fn field_problem(cv: &Cv, f: Field) -> Option<String> {
    let v = cv.field(f);
    if v.trim().is_empty() {
        return None;
    }
    match f {
        Field::Phone => check_phone(v).err().map(|e| phone_message(&e)),
        Field::Email => check_email(v).err().map(email_message),
        _ => None,
    }
}

fn entry_problem(e: &Entry, f: EntryField) -> Option<String> {
    let (start, end) = rules::check_period(&e.start, &e.end, this_month());
    match f {
        EntryField::Start => start.map(date_message),
        EntryField::End => end.map(date_message),
        _ => None,
    }
}

/// What the button "Écouter" of a field reads: its label, help and example.
fn spoken(words: &FieldText) -> Signal<String> {
    let w = words.clone();
    text(move || {
        let l = lang();
        let mut s = format!("{}. {}", w.label.get(l), w.help.get(l));
        if let Some(e) = &w.example {
            s += &format!(" {} {}", tr_now("cv-example"), e.get(l));
        }
        s
    })
}

/// The label, help, example, read-aloud button and kind error of a field
/// around its input.
fn field_frame(
    input_id: String,
    words: &FieldText,
    problem: Signal<Option<String>>,
    shown: Signal<bool>,
    input: AnyView,
) -> AnyView {
    let help_id = format!("{input_id}-help");
    let error_id = format!("{input_id}-error");
    let example = words.example.clone();
    view! {
        <div class="cv-field" class:cv-invalid=flag(move || shown.get() && problem.with(Option::is_some))>
            <label for=input_id.clone()>{local(&words.label)}</label>
            <p class="cv-help" id=help_id>
                {local(&words.help)}
                {example.map(|e| view! { " "<span class="cv-example">{t("cv-example")}" "{local(&e)}</span> })}
            </p>
            {input}
            <ReadAloud text=spoken(words)/>
            <p class="cv-error" id=error_id aria-live="polite">
                {dynamic(move || (shown.get()).then(|| problem.get()).flatten().map(|p| view! {
                    <span class="cv-error-mark" aria-hidden="true">"!"</span>" "{p}
                }))}
            </p>
        </div>
    }
    .into_any()
}

/// Everything a field needs to record a change.
#[derive(Clone, Copy)]
struct Form {
    store: Store,
    /// Fields the learner has left once: their problems show from then on.
    touched: RwSignal<Vec<String>>,
    wrong_moves: RwSignal<u32>,
}

impl Form {
    /// Show the field's problem? Once it was left, or at once when it
    /// already held something (typed before, or opened from a file).
    fn shown(&self, id: &str, initial: &str) -> Signal<bool> {
        let (touched, id, filled) = (self.touched, id.to_string(), !initial.trim().is_empty());
        flag(move || filled || touched.with(|t| t.contains(&id)))
    }
    /// The learner left a field: show its problem, and count a wrong move.
    /// `None` when the field is already gone: a focused field removed from
    /// the page (the learner signed out in another tab) still sends "change".
    fn left(&self, id: &str, has_problem: Option<bool>) {
        let Some(has_problem) = has_problem else { return };
        if !self.touched.try_with_untracked(|t| t.iter().any(|x| x == id)).unwrap_or(true) {
            self.touched.update(|t| t.push(id.to_string()));
        }
        if has_problem {
            self.wrong_moves.update(|w| *w += 1);
        }
    }
}

fn text_field(form: Form, d: &CvBuilder, id: &'static str, f: Field) -> AnyView {
    let words = d.field(id);
    let input_id = format!("cv-{id}");
    let store = form.store;
    let initial = store.cv.with_untracked(|c| c.field(f).to_string());
    let problem = Signal::derive(move || store.cv.with(|c| field_problem(c, f)));
    let shown = form.shown(id, &initial);
    let invalid = pas_a_pas_web::ui::pressed(move || shown.get() && problem.with(Option::is_some));
    let described = format!("{input_id}-help {input_id}-error");
    let max = Cv::max_len(f).to_string();
    let on_input = move |ev: leptos::ev::Event| store.change(|c| c.set(f, &event_target_value(&ev)));
    let on_change = move |_| form.left(id, problem.try_with_untracked(Option::is_some));
    // Never the browser's autofill: on a shared computer it would offer the
    // previous person's name, phone and e-mail. The keyboard still fits.
    let (kind, inputmode) = match f {
        Field::Phone => ("tel", "tel"),
        Field::Email => ("email", "email"),
        _ => ("text", "text"),
    };
    let input = if Cv::is_multiline(f) {
        view! {
            <textarea id=input_id.clone() rows="3" maxlength=max autocomplete="off" aria-describedby=described aria-invalid=invalid
                prop:value=initial on:input=on_input on:change=on_change></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=input_id.clone() type=kind inputmode=inputmode autocomplete="off" maxlength=max aria-describedby=described
                aria-invalid=invalid prop:value=initial on:input=on_input on:change=on_change/>
        }
        .into_any()
    };
    field_frame(input_id, words, problem, shown, input)
}

fn entry_text(form: Form, d: &CvBuilder, list: List, key: u32, f: EntryField) -> AnyView {
    let prefix = if list == List::Experiences { "exp" } else { "training" };
    let suffix = match f {
        EntryField::Title => "title",
        EntryField::Place => "place",
        EntryField::Start => "start",
        EntryField::End => "end",
        EntryField::Details => "details",
    };
    let field_id = format!("{prefix}-{suffix}");
    let words = d.field(&field_id);
    let input_id = format!("cv-{field_id}-{key}");
    let store = form.store;
    let read = move |c: &Cv| {
        c.entry(list, key).map(|e| match f {
            EntryField::Title => e.title.clone(),
            EntryField::Place => e.place.clone(),
            EntryField::Start => e.start.clone(),
            EntryField::End => e.end.clone(),
            EntryField::Details => e.details.clone(),
        })
    };
    let initial = store.cv.with_untracked(read).unwrap_or_default();
    let problem = Signal::derive(move || store.cv.with(|c| c.entry(list, key).and_then(|e| entry_problem(e, f))));
    let shown = form.shown(&input_id, &initial);
    let invalid = pas_a_pas_web::ui::pressed(move || shown.get() && problem.with(Option::is_some));
    let described = format!("{input_id}-help {input_id}-error");
    let on_input = move |ev: leptos::ev::Event| store.change(|c| c.set_entry(list, key, f, &event_target_value(&ev)));
    let touched_id = input_id.clone();
    let on_change = move |_| form.left(&touched_id, problem.try_with_untracked(Option::is_some));
    let input = match f {
        EntryField::Details => view! {
            <textarea id=input_id.clone() rows="3" autocomplete="off" maxlength=super::model::MAX_TEXT.to_string() aria-describedby=described
                prop:value=initial on:input=on_input on:change=on_change></textarea>
        }
        .into_any(),
        EntryField::Start | EntryField::End => {
            let disabled = flag(move || {
                f == EntryField::End && store.cv.with(|c| c.entry(list, key).is_some_and(|e| e.current))
            });
            view! {
                <input id=input_id.clone() type="text" inputmode="numeric" autocomplete="off" maxlength="10" class="cv-date"
                    aria-describedby=described aria-invalid=invalid disabled=disabled
                    prop:value=move || store.cv.with(|c| read(c).unwrap_or_default())
                    on:input=on_input on:change=on_change/>
            }
            .into_any()
        }
        _ => view! {
            <input id=input_id.clone() type="text" autocomplete="off" maxlength=super::model::MAX_LINE.to_string()
                aria-describedby=described prop:value=initial on:input=on_input on:change=on_change/>
        }
        .into_any(),
    };
    field_frame(input_id, words, problem, shown, input)
}

fn entry_current(form: Form, d: &CvBuilder, list: List, key: u32) -> AnyView {
    let field_id = if list == List::Experiences { "exp-current" } else { "training-current" };
    let words = d.field(field_id).clone();
    let input_id = format!("cv-{field_id}-{key}");
    let help_id = format!("{input_id}-help");
    let store = form.store;
    let checked = flag(move || store.cv.with(|c| c.entry(list, key).is_some_and(|e| e.current)));
    view! {
        <div class="cv-field cv-check">
            <span class="check-line">
                <input type="checkbox" id=input_id.clone() aria-describedby=help_id.clone() prop:checked=checked
                    on:change=move |ev| store.change(|c| c.set_current(list, key, event_target_checked(&ev)))/>
                <label for=input_id>{local(&words.label)}</label>
            </span>
            <p class="cv-help" id=help_id>{local(&words.help)}</p>
            <ReadAloud text=spoken(&words)/>
        </div>
    }
    .into_any()
}

/// One experience or training: its fields and the buttons to move or remove it.
fn entry_view(form: Form, d: Arc<CvBuilder>, list: List, key: u32, position: usize, count: usize) -> AnyView {
    let store = form.store;
    let prefix = if list == List::Experiences { "exp" } else { "training" };
    let legend = if list == List::Experiences {
        tr_args("cv-experience-n", &[("n", (position + 1).into())])
    } else {
        tr_args("cv-training-n", &[("n", (position + 1).into())])
    };
    let (up_id, down_id, remove_id) =
        (format!("cv-{prefix}-{key}-up"), format!("cv-{prefix}-{key}-down"), format!("cv-{prefix}-{key}-remove"));
    let add_id = format!("cv-{prefix}-add");
    let moved = move |up: bool| {
        let (me, other) = if up {
            (format!("cv-{prefix}-{key}-up"), format!("cv-{prefix}-{key}-down"))
        } else {
            (format!("cv-{prefix}-{key}-down"), format!("cv-{prefix}-{key}-up"))
        };
        let mut done = false;
        store.change(|c| done = c.move_entry(list, key, up));
        if done {
            focus_by_id(&me, &other);
        }
    };
    let remove = move |_| {
        store.change(|c| c.remove(list, key));
        focus_by_id(&add_id, &add_id);
    };
    view! {
        <fieldset class="cv-entry">
            <legend>{legend.clone()}</legend>
            {entry_text(form, &d, list, key, EntryField::Title)}
            {entry_text(form, &d, list, key, EntryField::Place)}
            <div class="cv-dates">
                {entry_text(form, &d, list, key, EntryField::Start)}
                {entry_text(form, &d, list, key, EntryField::End)}
            </div>
            {entry_current(form, &d, list, key)}
            {entry_text(form, &d, list, key, EntryField::Details)}
            <div class="cv-entry-actions" role="group" aria-label=legend.clone()>
                <button type="button" class="button" id=up_id disabled={position == 0} on:click=move |_| moved(true)>
                    <span aria-hidden="true">"↑ "</span>{t("cv-move-up")}
                </button>
                <button type="button" class="button" id=down_id disabled={position + 1 >= count} on:click=move |_| moved(false)>
                    <span aria-hidden="true">"↓ "</span>{t("cv-move-down")}
                </button>
                <button type="button" class="button cv-remove" id=remove_id on:click=remove>{t("cv-remove")}</button>
            </div>
        </fieldset>
    }
    .into_any()
}

/// The step with experiences or trainings: "Ajouter…", then each entry.
fn list_step(form: Form, d: Arc<CvBuilder>, list: List) -> AnyView {
    let store = form.store;
    let prefix = if list == List::Experiences { "exp" } else { "training" };
    let add_id = format!("cv-{prefix}-add");
    let keys = Memo::new(move |_| store.cv.with(|c| c.list(list).iter().map(|e| e.key).collect::<Vec<_>>()));
    let full = flag(move || keys.with(|k| k.len() >= super::model::MAX_ENTRIES));
    let add = move |_| {
        let mut added = None;
        store.change(|c| added = c.add(list));
        if let Some(k) = added {
            let first = format!("cv-{prefix}-title-{k}");
            focus_by_id(&first, &first);
        }
    };
    let add_label = if list == List::Experiences { t("cv-add-experience") } else { t("cv-add-training") };
    let entries = dynamic(move || {
        let ks = keys.get();
        let count = ks.len();
        ks.into_iter().enumerate().map(|(i, k)| entry_view(form, d.clone(), list, k, i, count)).collect_view()
    });
    view! {
        <p class="cv-list-help">{t("cv-list-help")}</p>
        <p><button type="button" class="button" id=add_id disabled=full on:click=add>"+ "{add_label}</button></p>
        <p class="cv-full" role="status">{dynamic(move || full.get().then(|| t("cv-list-full")))}</p>
        {entries}
    }
    .into_any()
}

fn step_fields(form: Form, d: Arc<CvBuilder>, step: usize) -> AnyView {
    let f = |id, field| text_field(form, &d, id, field);
    match STEPS[step] {
        "identity" => {
            view! { {f("name", Field::Name)}{f("phone", Field::Phone)}{f("email", Field::Email)}{f("city", Field::City)} }
                .into_any()
        }
        "job" => view! { {f("job", Field::Job)}{f("summary", Field::Summary)} }.into_any(),
        "experiences" => list_step(form, d.clone(), List::Experiences),
        "trainings" => list_step(form, d.clone(), List::Trainings),
        "skills" => view! { {f("skills", Field::Skills)}{f("qualities", Field::Qualities)} }.into_any(),
        _ => view! { {f("languages", Field::Languages)}{f("licence", Field::Licence)}{f("interests", Field::Interests)} }
            .into_any(),
    }
}

/// Lines typed in a multi-line field, as the items of a list.
fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(|l| l.trim().trim_start_matches(['-', '•', '*']).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn period(e: &Entry) -> String {
    let show = |s: &str| {
        rules::parse_month_year(s, this_month()).map(MonthYear::display).unwrap_or_else(|_| s.trim().to_string())
    };
    let (start, end) = (show(&e.start), show(&e.end));
    match (start.is_empty(), end.is_empty(), e.current) {
        (false, _, true) => tr_args("cv-since", &[("start", start.into())]),
        (false, false, _) => tr_args("cv-period", &[("start", start.into()), ("end", end.into())]),
        (false, true, _) => start,
        (true, false, _) => end,
        (true, true, _) => String::new(),
    }
}

fn preview_entries(title: &'static str, entries: &[Entry]) -> Option<AnyView> {
    let items: Vec<_> = entries.iter().filter(|e| !e.is_blank()).cloned().collect();
    if items.is_empty() {
        return None;
    }
    let items = items
        .into_iter()
        .map(|e| {
            let when = period(&e);
            let details = lines(&e.details);
            view! {
                <li>
                    {(!when.is_empty()).then(|| view! { <p class="cv-when">{when}</p> })}
                    <p class="cv-what"><strong>{e.title.clone()}</strong>
                        {(!e.place.trim().is_empty()).then(|| view! { <span class="cv-where">" – "{e.place.clone()}</span> })}
                    </p>
                    {(!details.is_empty()).then(|| view! { <ul class="cv-details">{details.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })}
                </li>
            }
        })
        .collect_view();
    Some(view! { <section><h3>{t(title)}</h3><ul class="cv-entries">{items}</ul></section> }.into_any())
}

fn preview_lines(title: &'static str, s: &str) -> Option<AnyView> {
    let items = lines(s);
    (!items.is_empty()).then(|| {
        view! {
            <section><h3>{t(title)}</h3>
                <ul class="cv-list">{items.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </section>
        }
        .into_any()
    })
}

/// The CV as it will be printed. Every value is a text node: nothing the
/// learner types is read as HTML.
fn paper(cv: &Cv) -> AnyView {
    if cv.is_empty() {
        return view! { <p class="cv-empty">{t("cv-preview-empty")}</p> }.into_any();
    }
    let contact: Vec<String> =
        [&cv.phone, &cv.email, &cv.city].iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    let summary = cv.summary.trim().to_string();
    let licence = cv.licence.trim().to_string();
    view! {
        <header class="cv-head">
            <p class="cv-name">{cv.name.clone()}</p>
            {(!cv.job.trim().is_empty()).then(|| view! { <p class="cv-job">{cv.job.clone()}</p> })}
            {(!contact.is_empty()).then(|| view! {
                <ul class="cv-contact">{contact.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            })}
        </header>
        {(!summary.is_empty()).then(|| view! { <p class="cv-summary">{summary}</p> })}
        {preview_entries("cv-section-experiences", &cv.experiences)}
        {preview_entries("cv-section-trainings", &cv.trainings)}
        {preview_lines("cv-section-skills", &cv.skills)}
        {preview_lines("cv-section-qualities", &cv.qualities)}
        {preview_lines("cv-section-languages", &cv.languages)}
        {(!licence.is_empty()).then(|| view! { <section><h3>{t("cv-section-licence")}</h3><p>{licence}</p></section> })}
        {preview_lines("cv-section-interests", &cv.interests)}
    }
    .into_any()
}

/// Does the rendered CV fit in an A4 page as wide as it is? Measured on the
/// next frame, when the page may be gone (the learner signed out in another
/// tab): then there is nothing to measure.
fn measure(node: NodeRef<leptos::html::Article>, fits: RwSignal<bool>) {
    request_animation_frame(move || {
        if let Some(el) = node.try_get_untracked().flatten() {
            let width = f64::from(el.client_width());
            let height = f64::from(el.scroll_height());
            if width > 0.0 {
                let _ = fits.try_set(height <= width * 297.0 / 210.0 + 1.0);
            }
        }
    });
}

pub fn view(d: Arc<CvBuilder>, ctx: KindCtx) -> AnyView {
    let state = expect_context::<AppState>();
    let store = Store::open(&state);
    let is_guest = state.learner.with_untracked(|l| matches!(l, Some(Learner::Guest)));
    let step = RwSignal::new(0usize);
    let fits = RwSignal::new(true);
    let wrong_moves = RwSignal::new(0u32);
    let revision = RwSignal::new(0u32);
    let news = RwSignal::new(None::<FileNews>);
    let confirm_erase = RwSignal::new(false);
    let form = Form { store, touched: RwSignal::new(Vec::new()), wrong_moves };
    let mission = Arc::new(d.mission.clone());
    ctx.bind_mission(
        store.cv,
        &d.mission,
        |cv| !cv.is_empty(),
        move |cv, g| goal_met(g, cv, fits.get_untracked(), this_month()),
    );

    let paper_ref = NodeRef::<leptos::html::Article>::new();
    Effect::new(move |_| {
        store.cv.track();
        lang();
        paper_ref.get();
        measure(paper_ref, fits);
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure(paper_ref, fits));
    on_cleanup(move || on_resize.remove());

    let go = move |to: usize| {
        step.set(to);
        focus_by_id("cv-step-title", "cv-step-title");
    };
    let steps_nav = {
        let d = d.clone();
        (0..STEPS.len())
            .map(|i| {
                let title = d.steps[i].clone();
                let current = move || (step.get() == i).then_some("step");
                let name = text(move || {
                    tr_args("cv-step-name", &[("n", (i + 1).into()), ("title", title.get(lang()).to_string().into())])
                });
                view! {
                    <li>
                        <button type="button" class="cv-step-button" aria-current=current on:click=move |_| go(i)>
                            <span class="cv-step-number" aria-hidden="true">{(i + 1).to_string()}</span>
                            <span class="sr-only">{name}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let step_title = {
        let d = d.clone();
        text(move || d.steps[step.get()].get(lang()).to_string())
    };
    let form_fields = {
        let d = d.clone();
        dynamic(move || {
            revision.get();
            step_fields(form, d.clone(), step.get())
        })
    };

    let template_choice = |tpl: Template, id: &'static str, label: &'static str| {
        let checked = flag(move || store.cv.with(|c| c.template == tpl));
        view! {
            <span class="cv-template-choice">
                <input type="radio" name="cv-template" id=id prop:checked=checked
                    on:change=move |_| store.change(|c| c.template = tpl)/>
                <label for=id>{t(label)}</label>
            </span>
        }
    };

    let print = move |_| {
        let _ = window().print();
    };
    let download = move |_| {
        let json = store.cv.with_untracked(Cv::to_json);
        if store.state.download(&tr_now("cv-file-name"), &json) {
            news.set(Some(FileNews::Downloaded));
        }
    };
    let on_open = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let result = match files::read_chosen(&input, super::model::MAX_FILE_BYTES).await {
                None => return,
                Some(Err(files::ReadFileError::TooBig)) => Err(Some(OpenError::TooBig)),
                Some(Err(files::ReadFileError::Unreadable)) => Err(None),
                Some(Ok(bytes)) => Cv::from_file(&bytes).map_err(Some),
            };
            input.set_value("");
            match result {
                Ok(cv) => {
                    store.change(|c| *c = cv);
                    form.touched.set(Vec::new());
                    revision.update(|r| *r += 1);
                    news.set(Some(FileNews::Opened));
                }
                Err(Some(e)) => news.set(Some(FileNews::Refused(e))),
                Err(None) => news.set(Some(FileNews::Unreadable)),
            }
        });
    };
    let erase = move |_| {
        store.erase();
        confirm_erase.set(false);
        form.touched.set(Vec::new());
        revision.update(|r| *r += 1);
        step.set(0);
        news.set(Some(FileNews::Erased));
        focus_by_id("cv-erase", "cv-erase");
    };

    let keeping = move || {
        let (class, message) = match store.keeping.get() {
            Keeping::Saved => ("cv-keeping", tr_now("cv-saved")),
            Keeping::PageOnly if is_guest => ("cv-keeping cv-warning", tr_now("cv-guest")),
            Keeping::PageOnly => ("cv-keeping cv-warning", tr_now("cv-not-persistent")),
            Keeping::PutAside => ("cv-keeping cv-warning", tr_now("cv-put-aside")),
            Keeping::Full => ("cv-keeping cv-warning", tr_now("cv-quota-full")),
            Keeping::Refused => ("cv-keeping cv-warning", tr_now("cv-refused")),
            Keeping::TooNew => ("cv-keeping cv-warning", tr_now("cv-too-new")),
        };
        view! { <p class=class>{message}</p> }
    };
    let file_news = move || {
        news.get().map(|n| match n {
            FileNews::Opened => view! { <p class="cv-news">{tr_now("cv-opened")}</p> }.into_any(),
            FileNews::Downloaded => view! { <p class="cv-news">{tr_now("cv-downloaded")}</p> }.into_any(),
            FileNews::Erased => view! { <p class="cv-news">{tr_now("cv-erased")}</p> }.into_any(),
            FileNews::Unreadable => {
                view! { <p class="cv-news cv-warning">{tr_now("cv-open-refused")}" "{tr_now("cv-open-unreadable")}</p> }
                    .into_any()
            }
            FileNews::Refused(e) => {
                view! { <p class="cv-news cv-warning">{tr_now("cv-open-refused")}" "{open_message(e)}</p> }.into_any()
            }
        })
    };
    let fit_message = move || {
        if store.cv.with(Cv::is_empty) {
            None
        } else if fits.get() {
            Some(view! { <p class="cv-fit">{tr_now("cv-fits")}</p> }.into_any())
        } else {
            Some(view! { <p class="cv-fit cv-warning">{tr_now("cv-too-long")}</p> }.into_any())
        }
    };
    let paper_view = dynamic(move || store.cv.with(paper));
    let couleur = flag(move || store.cv.with(|c| c.template == Template::Couleur));

    view! {
        <div class="cv-builder">
            <div class="cv-status" role="status">{dynamic(keeping)}{dynamic(file_news)}</div>
            <div class="cv-work">
                <section class="cv-form" aria-labelledby="cv-step-title">
                    <nav class="cv-steps" aria-label=t("cv-steps")><ol>{steps_nav}</ol></nav>
                    <h2 id="cv-step-title" tabindex="-1">
                        <span class="cv-step-count">{dynamic(move || tr_args("cv-step-of", &[("step", (step.get() + 1).into()), ("total", STEPS.len().into())]))}</span>
                        " "<span class="cv-step-title">{step_title}</span>
                    </h2>
                    {form_fields}
                    <div class="cv-step-nav">
                        {move || (step.get() > 0).then(|| view! {
                            <button type="button" class="button" on:click=move |_| go(step.get_untracked() - 1)>
                                <span aria-hidden="true">"← "</span>{t("cv-previous")}
                            </button>
                        })}
                        {move || (step.get() + 1 < STEPS.len()).then(|| view! {
                            <button type="button" class="button primary" on:click=move |_| go(step.get_untracked() + 1)>
                                {t("cv-next")}<span aria-hidden="true">" →"</span>
                            </button>
                        })}
                    </div>
                </section>
                <section class="cv-preview" aria-labelledby="cv-preview-title">
                    <h2 id="cv-preview-title">{t("cv-preview")}</h2>
                    <div role="status">{dynamic(fit_message)}</div>
                    <div class="cv-sheet">
                        <article class="cv-paper" class:cv-couleur=couleur node_ref=paper_ref aria-label=t("cv-preview")>
                            {paper_view}
                        </article>
                        <div class="cv-page-end" aria-hidden="true"><span>{t("cv-page-end")}</span></div>
                    </div>
                </section>
            </div>
            <section class="cv-tools" aria-labelledby="cv-tools-title">
                <h2 id="cv-tools-title">{t("cv-tools")}</h2>
                <fieldset class="cv-templates">
                    <legend>{t("cv-template")}</legend>
                    {template_choice(Template::Sobre, "cv-template-sobre", "cv-template-sobre")}
                    {template_choice(Template::Couleur, "cv-template-couleur", "cv-template-couleur")}
                </fieldset>
                <div class="cv-tool-buttons">
                    <button type="button" class="button primary" on:click=print>{t("cv-print")}</button>
                    <button type="button" class="button" on:click=download>{t("cv-download")}</button>
                    <span class="import cv-open">
                        <input id="cv-open-file" type="file" accept=".json,application/json" on:change=on_open/>
                        <label for="cv-open-file" class="button">{t("cv-open")}</label>
                    </span>
                    <button type="button" class="button cv-remove" id="cv-erase" aria-expanded=pas_a_pas_web::ui::pressed(move || confirm_erase.get())
                        on:click=move |_| confirm_erase.update(|c| *c = !*c)>{t("cv-erase")}</button>
                </div>
                {dynamic(move || confirm_erase.get().then(|| view! {
                    <div class="cv-confirm" role="group" aria-labelledby="cv-confirm-text">
                        <p id="cv-confirm-text">{tr_now("cv-erase-confirm")}</p>
                        <button type="button" class="button cv-remove" on:click=erase>{t("cv-erase-yes")}</button>
                        <button type="button" class="button" on:click=move |_| { confirm_erase.set(false); focus_by_id("cv-erase", "cv-erase"); }>{t("cv-erase-no")}</button>
                    </div>
                }))}
            </section>
            <MissionPanel mission=mission ctx=ctx wrong_moves=wrong_moves/>
        </div>
    }
    .into_any()
}

pas_a_pas_web::sim_view!(crate::CvBuilder, view);
