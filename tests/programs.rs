//! Each program of the catalog is one HTML file of the repository's root,
//! built by Trunk from its own bin with the same wasm-opt settings, and
//! each HTML file there is a program of the catalog (`scripts/build.sh`
//! builds them all).

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The value of `attr` in the `<link data-trunk rel="rust" …>` of `html`.
fn rust_link(html: &str, attr: &str) -> Option<String> {
    let link = &html[html.find("rel=\"rust\"")?..];
    let link = &link[..link.find('>')?];
    let start = link.find(&format!("{attr}=\""))? + attr.len() + 2;
    Some(link[start..start + link[start..].find('"')?].to_string())
}

#[test]
fn every_program_is_one_html_file_with_its_own_bin_and_the_same_wasm_opt() {
    let read = |file: &str| std::fs::read_to_string(root().join(file)).unwrap_or_else(|_| panic!("{file} is missing"));
    let params = rust_link(&read("index.html"), "data-wasm-opt-params").expect("index.html's wasm-opt settings");
    assert!(params.contains("--enable-bulk-memory"), "{params}");
    let mut listed = BTreeSet::new();
    for (file, _) in pas_a_pas::catalog::programs() {
        let html = read(file);
        let bin = rust_link(&html, "data-bin").unwrap_or_else(|| panic!("{file}: no rust link"));
        let expected = if file == "index.html" { "pas-a-pas" } else { file.trim_end_matches(".html") };
        assert_eq!(bin, expected, "{file} builds its own bin");
        if file != "index.html" {
            assert!(root().join("src/bin").join(format!("{bin}.rs")).is_file(), "src/bin/{bin}.rs");
        }
        assert_eq!(rust_link(&html, "data-wasm-opt").as_deref(), Some("z"), "{file}");
        assert_eq!(rust_link(&html, "data-wasm-opt-params").as_deref(), Some(params.as_str()), "{file}: same wasm-opt");
        assert!(
            html.contains("<link data-trunk rel=\"css\" href=\"assets/style.css\">"),
            "{file}: the shared style sheet"
        );
        listed.insert(file.to_string());
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(root())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html"))
        .collect();
    assert_eq!(on_disk, listed, "every HTML file of the root is a program of src/catalog.rs");
    let bins: BTreeSet<String> = std::fs::read_dir(root().join("src/bin"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.file_name().into_string().ok()?.trim_end_matches(".rs").to_string() + ".html"))
        .collect();
    assert_eq!(&bins, &listed.iter().filter(|f| *f != "index.html").cloned().collect(), "one bin per program");
}
