//! The files of `dist/` embedded at build time (see build.rs), and what each
//! one is: its type and how long a browser may keep it.

/// One file of the app, as built into the program.
#[derive(Debug)]
pub struct Embedded {
    /// Its path in `dist/`, with `/` separators and no leading slash.
    pub path: &'static str,
    pub raw: &'static [u8],
    /// Present only when smaller than `raw`.
    pub gzip: Option<&'static [u8]>,
    pub br: Option<&'static [u8]>,
    /// A strong validator, quoted: `"0123456789abcdef"`.
    pub etag: &'static str,
    /// For a page: the policy of its CSP meta tag, also sent as a header.
    pub csp: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Where the embedded files came from at build time (for the tests).
pub const EMBEDDED_FROM: &str = env!("PAS_A_PAS_EMBEDDED_FROM");

/// The embedded file at `path` (`index.html`, `exercises/cv/module.toml`).
pub fn find(path: &str) -> Option<&'static Embedded> {
    FILES.binary_search_by(|f| f.path.cmp(path)).ok().map(|i| &FILES[i])
}

/// Whether the program carries the app (it does not when built without dist/).
pub fn has_app() -> bool {
    find("index.html").is_some()
}

/// The embedded exercise files, with their path under `exercises/`.
pub fn exercises() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    FILES.iter().filter_map(|f| f.path.strip_prefix("exercises/").map(|rest| (rest, f.raw)))
}

/// The `Content-Type` of a file, from its name.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "toml" | "ftl" | "md" | "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// `Cache-Control`: a file whose name carries the hash of its content
/// (Trunk names them `<name>-<16 hex>.js`, `…_bg.wasm`, `….css`) never
/// changes, so browsers keep it a year without asking; every other file
/// (pages, exercises, icons) is asked for again, and an unchanged one costs
/// a `304 Not Modified`.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// `name-<hex>.js`, `name-<hex>_bg.wasm`, `name-<hex>.css`, with 8 hex digits at least.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = [".js", "_bg.wasm", ".css"].iter().find_map(|ext| name.strip_suffix(ext));
    let Some((base, hash)) = stem.and_then(|s| s.rsplit_once('-')) else {
        return false;
    };
    !base.is_empty() && hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_trunks() {
        assert!(is_hashed("pas-a-pas-1f370ef85d2ff82e.js"));
        assert!(is_hashed("pas-a-pas-1f370ef85d2ff82e_bg.wasm"));
        assert!(is_hashed("scolarite-e66d4ad5e122bfa.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("style.css"));
        assert!(!is_hashed("atelier-cv.js"));
        assert!(!is_hashed("-1f370ef85d2ff82e.js"));
        assert!(!is_hashed("exercises/cv/module-1f370ef85d2ff82e.toml"));
        assert!(!is_hashed("x-1f370ef85d2ff82g.js"));
        assert_eq!(cache_control("icons/logo.svg"), "no-cache");
    }

    #[test]
    fn types() {
        assert_eq!(content_type("a_bg.wasm"), "application/wasm");
        assert_eq!(content_type("exercises/cv/module.toml"), "text/plain; charset=utf-8");
        assert_eq!(content_type("locales/fr/main.ftl"), "text/plain; charset=utf-8");
        assert_eq!(content_type("INDEX.HTML"), "text/html; charset=utf-8");
        assert_eq!(content_type("noextension"), "application/octet-stream");
    }

    #[test]
    fn the_table_is_sorted_so_find_works() {
        assert!(FILES.windows(2).all(|w| w[0].path < w[1].path));
        for f in FILES {
            assert!(std::ptr::eq(find(f.path).unwrap(), f));
        }
    }
}
