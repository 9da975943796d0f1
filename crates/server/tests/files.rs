//! Every file of dist/ as the browser gets it: byte for byte after
//! decoding, in every encoding; its type, cache policy and security
//! headers; ETag and 304; HEAD; the 404 page.

mod common;
use common::*;
use pas_a_pas_server::assets;

/// The type each file must have, written out here rather than taken from the server.
fn expected_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "toml" | "md" | "ftl" | "txt" => "text/plain; charset=utf-8",
        other => panic!("dist/ has a file of a kind this test does not know: .{other} ({path})"),
    }
}

#[test]
fn the_program_embeds_exactly_the_files_of_dist() {
    let embedded: Vec<&str> = assets::FILES.iter().map(|f| f.path).collect();
    let on_disk = dist_files();
    assert!(on_disk.len() > 20, "dist/ looks empty: {on_disk:?}");
    assert_eq!(embedded, on_disk, "rebuild the server after scripts/build.sh");
}

#[test]
fn every_file_comes_back_byte_identical_in_every_encoding() {
    let addr = start_default();
    let mut client = Client::connect(addr);
    let mut compressed = 0;
    for path in dist_files() {
        let disk = std::fs::read(dist().join(&path)).unwrap();
        for accept in ["", "gzip", "br", "gzip, deflate, br, zstd", "identity", "br;q=0, gzip"] {
            let r = if accept.is_empty() {
                client.get(&format!("/{path}"), &[])
            } else {
                client.get(&format!("/{path}"), &[&format!("Accept-Encoding: {accept}")])
            };
            assert_eq!(r.status, 200, "{path} ({accept})");
            assert_eq!(r.header("content-length").unwrap(), r.body.len().to_string());
            assert_eq!(r.header("content-type"), Some(expected_type(&path)), "{path}");
            let encoding = r.header("content-encoding");
            match accept {
                "" | "identity" => assert_eq!(encoding, None, "{path}"),
                "gzip" | "br;q=0, gzip" => assert!(matches!(encoding, None | Some("gzip")), "{path}: {encoding:?}"),
                _ => assert!(matches!(encoding, None | Some("br")), "{path}: {encoding:?}"),
            }
            if encoding.is_some() {
                compressed += 1;
                assert!(r.body.len() < disk.len(), "{path}: compressed is not smaller");
            }
            assert!(r.decoded() == disk, "{path} ({accept}): not the file of dist/");
        }
    }
    // The large files are sent compressed: the app's WebAssembly shrinks
    // to well under half.
    assert!(compressed > dist_files().len() * 2, "only {compressed} compressed responses");
    let wasm = dist_files().into_iter().find(|f| f.ends_with("_bg.wasm")).unwrap();
    let raw = std::fs::metadata(dist().join(&wasm)).unwrap().len() as usize;
    let br = client.get(&format!("/{wasm}"), &["Accept-Encoding: br"]);
    assert!(br.body.len() * 2 < raw, "{wasm}: {} bytes in brotli for {raw}", br.body.len());
}

#[test]
fn cache_policy_and_security_headers() {
    let addr = start_default();
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let hashed = references(&html).into_iter().filter(|r| !r.starts_with("icons/")).collect::<Vec<_>>();
    assert!(hashed.iter().any(|f| f.ends_with(".js")) && hashed.iter().any(|f| f.ends_with("_bg.wasm")));
    assert!(hashed.iter().any(|f| f.ends_with(".css")), "{hashed:?}");
    for f in &hashed {
        let r = get(addr, &format!("/{f}"), &[]);
        assert_eq!(r.header("cache-control"), Some("public, max-age=31536000, immutable"), "{f}");
    }
    let mut unhashed = vec!["/".to_string(), "/index.html".into(), "/atelier-cv.html".into()];
    unhashed.extend(["/exercises/modules.toml", "/exercises/cv/module.toml", "/icons/logo.svg"].map(String::from));
    for f in &unhashed {
        let r = get(addr, f, &[]);
        assert_eq!(r.status, 200, "{f}");
        assert_eq!(r.header("cache-control"), Some("no-cache"), "{f}");
    }
    for f in hashed.iter().map(|f| format!("/{f}")).chain(unhashed) {
        let r = get(addr, &f, &["Accept-Encoding: br"]);
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{f}");
        assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{f}");
        if r.header("content-encoding").is_some() {
            assert_eq!(r.header("vary"), Some("Accept-Encoding"), "{f}");
        }
    }
    // Each page's policy header is its meta tag's, word for word.
    for page in dist_files().into_iter().filter(|f| f.ends_with(".html")) {
        let text = std::fs::read_to_string(dist().join(&page)).unwrap();
        let tag = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
        let start = text.find(tag).map(|i| i + tag.len()).expect("scripts/csp.mjs wrote a policy");
        let meta = &text[start..start + text[start..].find('"').unwrap()];
        assert_eq!(get(addr, &format!("/{page}"), &[]).header("content-security-policy"), Some(meta), "{page}");
    }
    assert_eq!(get(addr, &format!("/{}", hashed[0]), &[]).header("content-security-policy"), None);
}

#[test]
fn an_unchanged_file_costs_a_304() {
    let addr = start_default();
    let mut c = Client::connect(addr);
    for path in ["/", "/exercises/cv/module.toml", "/icons/logo.svg"] {
        let first = c.get(path, &["Accept-Encoding: br"]);
        let etag = first.header("etag").unwrap().to_string();
        assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
        let again = c.get(path, &["Accept-Encoding: br", &format!("If-None-Match: {etag}")]);
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty());
        assert_eq!(again.header("etag"), Some(etag.as_str()));
        assert_eq!(again.header("cache-control"), Some("no-cache"));
        // A weak form, or a list, or the tag of another encoding of the same file.
        let weak = c.get(path, &[&format!("If-None-Match: \"x\", W/{etag}")]);
        assert_eq!(weak.status, 304, "{path}");
        let other = c.get(path, &["If-None-Match: \"0000000000000000\""]);
        assert_eq!(other.status, 200, "{path}");
        assert!(!other.body.is_empty());
    }
    // Each encoding has its own tag: a cache never mixes their bytes up.
    let plain = c.get("/index.html", &[]);
    let br = c.get("/index.html", &["Accept-Encoding: br"]);
    let gz = c.get("/index.html", &["Accept-Encoding: gzip"]);
    let tags = [plain.header("etag"), br.header("etag"), gz.header("etag")];
    assert!(tags[0] != tags[1] && tags[1] != tags[2] && tags[0] != tags[2], "{tags:?}");
    // Another file's tag does not match.
    let module = c.get("/exercises/cv/module.toml", &[]);
    let cross = c.get("/index.html", &[&format!("If-None-Match: {}", module.header("etag").unwrap())]);
    assert_eq!(cross.status, 200);
}

#[test]
fn head_says_what_get_would_send() {
    let addr = start_default();
    let mut c = Client::connect(addr);
    for path in ["/", "/icons/logo.svg"] {
        let got = c.get(path, &["Accept-Encoding: gzip"]);
        let head = c.request("HEAD", path, &["Accept-Encoding: gzip"]).unwrap();
        assert_eq!(head.status, 200);
        for h in ["content-length", "content-type", "etag", "cache-control", "content-encoding"] {
            assert_eq!(head.header(h), got.header(h), "{path}: {h}");
        }
        assert!(head.body.is_empty());
    }
    // No body bytes follow a HEAD: the next response starts right away.
    let after = c.get("/exercises/modules.toml", &[]);
    assert_eq!(after.status, 200);
    assert_eq!(after.body, std::fs::read(dist().join("exercises/modules.toml")).unwrap());
}

#[test]
fn missing_pages_and_folders_get_the_404_page() {
    let addr = start_default();
    for path in
        ["/nulle-part.html", "/exercises/", "/exercises", "/icons/", "/exercises/cv", "/index.html/", "/INDEX.HTML"]
    {
        let r = get(addr, path, &[]);
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        let text = String::from_utf8(r.body).unwrap();
        assert!(text.contains("Page introuvable") && text.contains("Page not found"), "{text}");
        assert!(text.contains("<a href=\"/\">Retour à l'accueil</a>"), "{text}");
        assert!(!text.contains("modules.toml"), "no listing");
    }
}
