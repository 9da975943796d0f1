//! Embeds the release `dist/` in the program: every file once raw, once
//! gzip and once brotli (each kept only when smaller than the raw file),
//! written to OUT_DIR and listed in `embedded.rs` for `include_bytes!`.
//!
//! The folder is `$PAS_A_PAS_DIST`, or the workspace's `dist/`. When it is
//! missing, nothing is embedded and Cargo prints a warning: the workspace
//! still builds (checks, clippy), and the program itself says at start that
//! it was built without the app (`run scripts/build.sh first`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

struct Entry {
    path: String,
    raw: Vec<u8>,
}

fn main() {
    println!("cargo:rerun-if-env-changed=PAS_A_PAS_DIST");
    println!("cargo:rerun-if-changed=build.rs");
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let dist = env::var_os("PAS_A_PAS_DIST").map(PathBuf::from).unwrap_or_else(|| manifest.join("../../dist"));
    // A missing path makes Cargo run this again at each build, so the app
    // is embedded as soon as dist/ exists.
    println!("cargo:rerun-if-changed={}", dist.display());
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by Cargo"));

    let mut entries = Vec::new();
    if dist.join("index.html").is_file() {
        collect(&dist, &dist, &mut entries);
        entries.sort_by(|a, b| a.path.cmp(&b.path));
    } else {
        println!(
            "cargo:warning=no app to embed: {} has no index.html. Run scripts/build.sh first \
             (the program built now serves nothing and says so).",
            dist.display()
        );
    }
    let dist_abs = fs::canonicalize(&dist).unwrap_or(dist);
    println!("cargo:rustc-env=PAS_A_PAS_EMBEDDED_FROM={}", dist_abs.display());

    let store = out.join("embed");
    let _ = fs::remove_dir_all(&store);
    fs::create_dir_all(&store).expect("OUT_DIR is writable");
    let cache = cache_dir(&out);
    let compressed = compress_all(&entries, cache.as_deref());
    if let Some(cache) = &cache {
        prune_cache(cache, &entries);
    }

    let mut code = String::from("pub static FILES: &[Embedded] = &[\n");
    for (i, (entry, (gz, br))) in entries.iter().zip(compressed).enumerate() {
        let raw_path = write(&store, &format!("{i}.raw"), &entry.raw);
        let gz = gz.map(|b| write(&store, &format!("{i}.gz"), &b));
        let br = br.map(|b| write(&store, &format!("{i}.br"), &b));
        let csp = if entry.path.ends_with(".html") { meta_csp(&entry.raw) } else { None };
        writeln!(
            code,
            "    Embedded {{ path: {:?}, raw: include_bytes!({:?}), gzip: {}, br: {}, etag: \"\\\"{:016x}\\\"\", csp: {:?} }},",
            entry.path,
            raw_path,
            include(&gz),
            include(&br),
            fnv1a(&entry.raw),
            csp,
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    fs::write(out.join("embedded.rs"), code).expect("OUT_DIR is writable");
}

/// Every regular file under `dir`, with its path relative to `root` in `/` form.
fn collect(root: &Path, dir: &Path, entries: &mut Vec<Entry>) {
    let list = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for item in list {
        let item = item.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        let path = item.path();
        let kind = item.file_type().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if kind.is_dir() {
            collect(root, &path, entries);
        } else if kind.is_file() {
            let rel = path.strip_prefix(root).expect("under root");
            let parts: Vec<&str> = rel
                .components()
                .map(|c| c.as_os_str().to_str().unwrap_or_else(|| panic!("{}: not UTF-8", path.display())))
                .collect();
            let raw = fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            entries.push(Entry { path: parts.join("/"), raw });
        } else {
            println!("cargo:warning=not embedded (not a regular file): {}", path.display());
        }
    }
}

type Variants = (Option<Vec<u8>>, Option<Vec<u8>>);

/// A folder of compressed files by content, shared by the builds of this
/// target folder (release, tests, the Windows build each run this script on
/// the same dist/): `<target>/embed-cache`, beside Cargo's `CACHEDIR.TAG`.
fn cache_dir(out: &Path) -> Option<PathBuf> {
    let target = out.ancestors().find(|d| d.join("CACHEDIR.TAG").is_file())?;
    let dir = target.join("embed-cache");
    fs::create_dir_all(&dir).ok()?;
    Some(dir)
}

/// A file's name in the cache: its content's hash and length.
fn cache_stem(raw: &[u8]) -> String {
    format!("{:016x}-{}", fnv1a(raw), raw.len())
}

/// The cache keeps the current dist/'s files only.
fn prune_cache(cache: &Path, entries: &[Entry]) {
    let kept: std::collections::HashSet<String> = entries.iter().map(|e| cache_stem(&e.raw)).collect();
    for item in fs::read_dir(cache).into_iter().flatten().flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        if !kept.contains(name.split('.').next().unwrap_or_default()) {
            let _ = fs::remove_file(item.path());
        }
    }
}

/// `compress`, or what it gave for the same bytes before: each variant is
/// kept under the content's hash and length (an empty file when it was not
/// smaller than the raw one).
fn compress_cached(raw: &[u8], cache: Option<&Path>) -> Variants {
    let Some(cache) = cache else { return compress(raw) };
    let stem = cache_stem(raw);
    let (gz_path, br_path) = (cache.join(format!("{stem}.gz")), cache.join(format!("{stem}.br")));
    let found = |path: &Path| fs::read(path).ok().map(|v| (!v.is_empty()).then_some(v));
    if let (Some(gz), Some(br)) = (found(&gz_path), found(&br_path)) {
        return (gz, br);
    }
    let (gz, br) = compress(raw);
    // Written whole then renamed, so a build stopped midway leaves no half file.
    for (path, v) in [(&gz_path, &gz), (&br_path, &br)] {
        let part = PathBuf::from(format!("{}.part", path.display()));
        if fs::write(&part, v.as_deref().unwrap_or_default()).is_ok() {
            let _ = fs::rename(&part, path);
        }
    }
    (gz, br)
}

/// gzip and brotli of every entry, on every core (brotli at quality 11 is slow).
fn compress_all(entries: &[Entry], cache: Option<&Path>) -> Vec<Variants> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let mut results: Vec<Variants> = (0..entries.len()).map(|_| (None, None)).collect();
    // Largest files first, dealt round-robin, so the threads finish together.
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(entries[i].raw.len()));
    let shares: Vec<Vec<usize>> =
        (0..threads).map(|t| order.iter().copied().skip(t).step_by(threads).collect()).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = shares
            .iter()
            .map(|share| {
                s.spawn(move || share.iter().map(|&i| (i, compress_cached(&entries[i].raw, cache))).collect::<Vec<_>>())
            })
            .collect();
        for h in handles {
            for (i, v) in h.join().expect("compression thread") {
                results[i] = v;
            }
        }
    });
    results
}

fn compress(raw: &[u8]) -> Variants {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(raw).expect("in memory");
    let gz = gz.finish().expect("in memory");
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &raw[..], &mut br, &params).expect("in memory");
    let smaller = |v: Vec<u8>| (v.len() < raw.len()).then_some(v);
    (smaller(gz), smaller(br))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("OUT_DIR is writable");
    path.to_str().expect("OUT_DIR is UTF-8").to_string()
}

fn include(path: &Option<String>) -> String {
    match path {
        Some(p) => format!("Some(include_bytes!({p:?}))"),
        None => "None".to_string(),
    }
}

/// The policy of the page's `<meta http-equiv="Content-Security-Policy">`
/// (written by scripts/csp.mjs), to send as a header too. Only a plain
/// value is taken: one with an HTML entity or a control character is left
/// to the meta tag alone.
fn meta_csp(html: &[u8]) -> Option<String> {
    let html = std::str::from_utf8(html).ok()?;
    let tag = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html.find(tag)? + tag.len();
    let value = &html[start..start + html[start..].find('"')?];
    let plain = !value.is_empty() && value.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'&');
    plain.then(|| value.to_string())
}

/// FNV-1a, 64 bits: the ETag of a file (any change of content changes it).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
