//! What the server tests share: a server started in this process on a
//! loopback port, a small HTTP/1.1 client over a plain socket (so odd
//! requests can be sent as they are), decoding, and the files of dist/.
#![allow(dead_code)]

use pas_a_pas_server::{assets, run, Limits, Site};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const SERVER_THREAD: &str = "pas-a-pas-server";
static SERVER_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many panics the servers of this test program had. A test build
/// unwinds, so a panic would only drop its connection, which a test of
/// refusals could take for one; the release program aborts instead.
pub fn server_panics() -> usize {
    SERVER_PANICS.load(std::sync::atomic::Ordering::SeqCst)
}

/// Starts a server for `site` on 127.0.0.1, on a port the system picks.
pub fn start(site: Site, limits: Limits) -> SocketAddr {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(SERVER_THREAD) {
                SERVER_PANICS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            default(info);
        }));
    });
    assert!(
        assets::has_app(),
        "the server was built without the app: run scripts/build.sh first (dist/ at {})",
        assets::EMBEDDED_FROM
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name(SERVER_THREAD)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            run(vec![listener], Arc::new(site), limits).await;
        });
    });
    addr
}

pub fn start_default() -> SocketAddr {
    start(Site::default(), Limits::default())
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body with its `Content-Encoding` undone.
    pub fn decoded(&self) -> Vec<u8> {
        let mut out = Vec::new();
        match self.header("content-encoding") {
            None => out.extend_from_slice(&self.body),
            Some("gzip") => {
                flate2::read::GzDecoder::new(&self.body[..]).read_to_end(&mut out).unwrap();
            }
            Some("br") => {
                brotli::Decompressor::new(&self.body[..], 4096).read_to_end(&mut out).unwrap();
            }
            Some(other) => panic!("unexpected encoding {other}"),
        }
        out
    }
}

/// One connection, kept alive between requests.
pub struct Client {
    reader: BufReader<TcpStream>,
}

impl Client {
    pub fn connect(addr: SocketAddr) -> Client {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        Client { reader: BufReader::new(stream) }
    }

    /// `method path` with these extra header lines (`Name: value`).
    pub fn request(&mut self, method: &str, path: &str, headers: &[&str]) -> std::io::Result<Response> {
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: test\r\n");
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        self.reader.get_mut().write_all(req.as_bytes())?;
        read_response(&mut self.reader, method == "HEAD")
    }

    pub fn get(&mut self, path: &str, headers: &[&str]) -> Response {
        self.request("GET", path, headers).unwrap()
    }
}

/// GET on a new connection.
pub fn get(addr: SocketAddr, path: &str, headers: &[&str]) -> Response {
    Client::connect(addr).get(path, headers)
}

/// Reads one response: status line, headers, and a body of `Content-Length`.
pub fn read_response(r: &mut impl BufRead, head: bool) -> std::io::Result<Response> {
    let mut line = String::new();
    r.read_line(&mut line)?;
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line: {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (n, v) = l.split_once(':').ok_or_else(|| std::io::Error::other(format!("bad header {l:?}")))?;
        headers.push((n.trim().to_string(), v.trim().to_string()));
    }
    let mut resp = Response { status, headers, body: Vec::new() };
    let len: usize = resp.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    if !head && status != 304 {
        resp.body = vec![0; len];
        r.read_exact(&mut resp.body)?;
    }
    Ok(resp)
}

/// Sends raw bytes on a new connection and reads whatever comes back until
/// the server closes it (or `wait` passes).
pub fn raw(addr: SocketAddr, bytes: &[u8], wait: Duration) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(wait)).unwrap();
    let _ = s.write_all(bytes);
    let mut out = Vec::new();
    let mut buf = [0; 8192];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    out
}

/// The status code of the first response in `bytes`, if any.
pub fn status_of(bytes: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(bytes.get(..12)?).ok()?;
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

/// The dist/ folder the program embedded.
pub fn dist() -> PathBuf {
    PathBuf::from(assets::EMBEDDED_FROM)
}

/// Every file of dist/, as `/`-separated paths.
pub fn dist_files() -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap();
                out.push(rel.components().map(|c| c.as_os_str().to_str().unwrap()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(&dist(), &dist(), &mut out);
    out.sort();
    out
}

/// What a browser loads for the first screen: index.html, what it names
/// (style sheet, script, WebAssembly, icon), every exercise file (the home
/// page reads every module whole) and the icons.
pub fn first_load() -> Vec<String> {
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let mut files = vec!["index.html".to_string()];
    files.extend(references(&html));
    for f in dist_files() {
        if (f.starts_with("exercises/") && f.ends_with(".toml")) || f.starts_with("icons/") {
            files.push(f);
        }
    }
    files.sort();
    files.dedup();
    files
}

/// The local files a page names in `href="…"`, `src="…"` and its loader's `'./…'`.
pub fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [("href=\"", '"'), ("src=\"", '"'), ("'./", '\'')] {
        for part in html.split(open).skip(1) {
            let Some(end) = part.find(close) else { continue };
            let url = part[..end].trim_start_matches("./");
            if !url.is_empty() && !url.contains(':') && !url.starts_with('#') {
                out.push(url.to_string());
            }
        }
    }
    out
}

/// A fresh empty folder under the system's temporary folder, removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn temp_dir(name: &str) -> TempDir {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pas-a-pas-test-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}
