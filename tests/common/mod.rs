//! Renders Fluent messages natively, from the same `locales/` files the app uses.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use pas_a_pas::content::Msg;
use std::path::Path;

pub fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
    bundle.set_use_isolating(false);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let res = FluentResource::try_new(std::fs::read_to_string(&f).unwrap()).expect("valid Fluent file");
        bundle.add_resource(res).expect("no message defined twice");
    }
    bundle
}

#[allow(dead_code)]
pub fn render(lang: &str, msg: &Msg) -> String {
    let bundle = bundle(lang);
    let pattern =
        bundle.get_message(msg.id).and_then(|m| m.value()).unwrap_or_else(|| panic!("no message {} in {lang}", msg.id));
    let mut args = FluentArgs::new();
    for (k, v) in &msg.args {
        args.set(*k, v.clone());
    }
    let mut errors = vec![];
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors).to_string();
    assert!(errors.is_empty(), "{}: {errors:?}", msg.id);
    out
}
