//! French, the default language, is compiled into every program
//! (`src/catalog.rs`): its Fluent files are copied into `OUT_DIR` without
//! their comments (notes for translators), which no learner reads. The other
//! languages are served as they are (`dist/locales/`).
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=locales/fr");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("fr");
    std::fs::create_dir_all(&out).expect("OUT_DIR/fr");
    for entry in std::fs::read_dir("locales/fr").expect("locales/fr").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).expect("a Fluent file");
            std::fs::write(out.join(entry.file_name()), without_comments(&text)).expect("written");
        }
    }
}

/// Drops comment lines (a `#` in the first column) and the blank lines that
/// end an entry; a pattern's own lines are indented, so they stay as written.
fn without_comments(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let next_is_entry = lines.get(i + 1).is_none_or(|n| !n.starts_with([' ', '\t']));
        if line.trim().is_empty() && next_is_entry {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
