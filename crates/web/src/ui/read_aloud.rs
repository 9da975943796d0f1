//! "Écouter": reads a text aloud with the browser's speech synthesis, in the
//! interface language, with a voice of this computer only. Without such a
//! voice the button says so kindly; without speech synthesis it is not shown.

use super::lang;
use leptos::prelude::*;
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};

/// What the button reads, which names it for screen readers.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum What {
    Instruction,
    #[default]
    Feedback,
    Result,
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let w = window();
    let present = js_sys::Reflect::get(&w, &JsValue::from_str("speechSynthesis"))
        .ok()
        .is_some_and(|v| !v.is_undefined() && !v.is_null());
    if present {
        w.speech_synthesis().ok()
    } else {
        None
    }
}

/// A voice of this computer for `lang` ("fr" matches "fr-FR", "fr_CA"…).
/// Only local voices: a network voice would send the text away.
fn voice_for(synth: &web_sys::SpeechSynthesis, lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> =
        synth.get_voices().iter().filter_map(|v| v.dyn_into().ok()).collect();
    let matches = |v: &web_sys::SpeechSynthesisVoice| {
        let l = v.lang().to_ascii_lowercase().replace('_', "-");
        l == lang || l.starts_with(&format!("{lang}-"))
    };
    voices.into_iter().find(|v| matches(v) && v.local_service())
}

#[component]
pub fn ReadAloud(#[prop(into)] text: Signal<String>, #[prop(optional)] what: What) -> impl IntoView {
    let Some(synth) = synthesis() else { return ().into_any() };
    let speaking = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    let synth = StoredValue::new_local(synth);
    let on_click = move |_| {
        let synth = synth.get_value();
        if speaking.get_untracked() {
            synth.cancel();
            speaking.set(false);
            return;
        }
        let lang = lang();
        let Some(voice) = voice_for(&synth, lang) else {
            no_voice.set(true);
            return;
        };
        no_voice.set(false);
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text.get_untracked()) else { return };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        utterance.set_rate(0.9);
        let done = Closure::<dyn Fn()>::new(move || speaking.set(false)).into_js_value();
        utterance.set_onend(Some(done.unchecked_ref()));
        utterance.set_onerror(Some(done.unchecked_ref()));
        synth.cancel();
        synth.speak(&utterance);
        speaking.set(true);
    };
    let label = super::text(move || match (speaking.get(), what) {
        (true, _) => crate::ui::tr_now("read-stop"),
        (false, What::Instruction) => crate::ui::tr_now("read-instruction"),
        (false, What::Feedback) => crate::ui::tr_now("read-feedback"),
        (false, What::Result) => crate::ui::tr_now("read-result"),
    });
    view! {
        <span class="read-aloud">
            <button type="button" class="read-aloud-button" aria-pressed=super::pressed(move || speaking.get()) on:click=on_click>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>
                </svg>
                <span>{label}</span>
            </button>
            <span class="read-aloud-status" role="status">
                {crate::ui::dynamic(move || no_voice.get().then(|| crate::ui::t("read-no-voice")))}
            </span>
        </span>
    }
    .into_any()
}
