//! Requests a browser would never send: traversal in every spelling, NUL,
//! backslashes, huge URLs and heads, other methods, bodies, raw garbage.
//! Each gets a 4xx (or the connection closed) and never a byte of a file
//! outside; the server answers normally afterwards.
//!
//! The server runs with an exercises folder (the only case where a URL
//! leads to the disk), beside a secret file and with a symbolic link out.

mod common;
use common::*;
use pas_a_pas_server::folder::Folder;
use pas_a_pas_server::{Limits, Site};
use std::net::SocketAddr;
use std::time::Duration;

const SECRET: &str = "TOP-SECRET-beside-the-folder";

/// The server, and the folder it serves from (removed when dropped).
fn server() -> (SocketAddr, TempDir) {
    let base = temp_dir("hostile");
    std::fs::write(base.join("secret.txt"), SECRET).unwrap();
    std::fs::write(base.join("secret.toml"), SECRET).unwrap();
    let dir = base.join("exercises");
    std::fs::create_dir_all(dir.join("cv")).unwrap();
    std::fs::write(dir.join("modules.toml"), "modules = []\n").unwrap();
    std::fs::write(dir.join("cv").join("module.toml"), "id = \"cv\"\n").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(base.join("secret.toml"), dir.join("link.toml")).unwrap();
        std::os::unix::fs::symlink(&base, dir.join("up")).unwrap();
    }
    let folder = Folder::open(&dir).unwrap();
    // Heads left unfinished (garbage that could still become a request) are let go after a second.
    let limits = Limits { header_timeout: Duration::from_secs(1), ..Limits::default() };
    (start(Site { exercises: Some(folder) }, limits), base)
}

fn assert_refused(addr: SocketAddr, request: &[u8]) -> u16 {
    let reply = raw(addr, request, Duration::from_secs(5));
    let text = String::from_utf8_lossy(&reply);
    assert!(!text.contains(SECRET), "{:?} got the secret:\n{text}", String::from_utf8_lossy(request));
    assert!(!text.contains("root:x:0"), "{:?} got /etc/passwd", String::from_utf8_lossy(request));
    // A refusal, or the connection closed without a response.
    let status = status_of(&reply).unwrap_or(400);
    assert!((400..500).contains(&status), "{:?} got {status}:\n{text}", String::from_utf8_lossy(request));
    status
}

fn get_line(target: &str) -> Vec<u8> {
    format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").into_bytes()
}

#[test]
fn traversal_in_every_spelling_is_refused() {
    let (addr, _dir) = server();
    let targets = [
        "/../secret.txt",
        "/exercises/../../secret.txt",
        "/exercises/../secret.toml",
        "/exercises/%2e%2e/secret.toml",
        "/exercises/%2E%2E/secret.toml",
        "/exercises/..%2fsecret.toml",
        "/exercises/%2e%2e%2fsecret.toml",
        "/exercises/..\\secret.toml",
        "/exercises/..%5csecret.toml",
        "/exercises/%5c..%5csecret.toml",
        "/exercises/cv/..%2f..%2fsecret.toml",
        "/exercises/%252e%252e/secret.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/exercises//etc/passwd",
        "/exercises/%2fetc%2fpasswd",
        "/exercises/cv%00.toml",
        "/exercises/cv/module.toml%00.html",
        "/%00",
        "/exercises/.%2e/secret.toml",
        "/exercises/./cv/module.toml",
        "/exercises/link.toml",
        "/exercises/up/secret.toml",
        "/exercises/C:%5cWindows%5cwin.ini",
        "/exercises/CON",
        "/exercises/cv/module.toml:stream",
        "/exercises/%c0%ae%c0%ae/secret.toml",
        "../secret.txt",
        "secret.txt",
        "http://x/../secret.txt",
        "/exercises/.hidden.toml",
        "/exercises/..",
    ];
    for t in targets {
        assert_refused(addr, &get_line(t));
    }
    // The folder's own files are served, and the embedded app beside them.
    assert_eq!(get(addr, "/exercises/cv/module.toml", &[]).body, b"id = \"cv\"\n");
    assert_eq!(get(addr, "/", &[]).status, 200);
    assert_eq!(server_panics(), 0, "the server panicked");
}

#[test]
fn huge_urls_and_heads_are_refused() {
    let (addr, _dir) = server();
    assert_eq!(assert_refused(addr, &get_line(&format!("/{}", "a".repeat(3000)))), 414);
    assert_refused(addr, &get_line(&format!("/{}", "a".repeat(20_000))));
    assert_refused(addr, &get_line(&format!("/exercises/{}", "../".repeat(30_000))));
    let many = (0..200).map(|i| format!("X-{i}: {}\r\n", "v".repeat(100))).collect::<String>();
    assert_refused(addr, format!("GET / HTTP/1.1\r\nHost: x\r\n{many}\r\n").as_bytes());
    let one_big = format!("GET / HTTP/1.1\r\nHost: x\r\nCookie: {}\r\n\r\n", "c".repeat(64 * 1024));
    assert_refused(addr, one_big.as_bytes());
    assert_eq!(get(addr, "/", &[]).status, 200);
}

#[test]
fn only_get_and_head_and_no_bodies() {
    let (addr, _dir) = server();
    for m in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"] {
        let req = format!("{m} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        assert_eq!(assert_refused(addr, req.as_bytes()), 405, "{m}");
    }
    assert_refused(addr, b"CONNECT x:443 HTTP/1.1\r\nHost: x:443\r\nConnection: close\r\n\r\n");
    let with_body = "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    assert_eq!(assert_refused(addr, with_body.as_bytes()), 413);
    let chunked = "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    assert_eq!(assert_refused(addr, chunked.as_bytes()), 413);
    let upload = format!(
        "POST /exercises/cv/module.toml HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n{}",
        "x".repeat(10_000)
    );
    assert_refused(addr, upload.as_bytes());
    assert_eq!(get(addr, "/exercises/cv/module.toml", &[]).body, b"id = \"cv\"\n");
}

#[test]
fn raw_garbage_gets_400_or_a_closed_connection() {
    let (addr, _dir) = server();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut samples: Vec<Vec<u8>> = vec![
        b"\r\n\r\n".to_vec(),
        b"GET\r\n\r\n".to_vec(),
        b"GET / HTTP/9.9\r\n\r\n".to_vec(),
        b"GET / HTTP/1.1\r\nHost x\r\n\r\n".to_vec(),
        b"GET /\0 HTTP/1.1\r\n\r\n".to_vec(),
        b"G\0T / HTTP/1.1\r\n\r\n".to_vec(),
        b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n".to_vec(),
        b"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n".to_vec(),
        b"GET /\xff\xfe HTTP/1.1\r\n\r\n".to_vec(),
        // The start of a TLS ClientHello (a browser trying https://).
        vec![0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03],
        // The HTTP/2 preface: this server speaks HTTP/1.1 only.
        b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec(),
    ];
    for len in [1, 7, 64, 512, 4096, 20_000] {
        samples.push((0..len).map(|_| (next() & 0xff) as u8).collect());
    }
    for sample in &samples {
        assert_refused(addr, sample);
    }
    assert_eq!(get(addr, "/", &[]).status, 200);
    assert_eq!(server_panics(), 0, "the server panicked");
}

#[test]
fn random_paths_never_crash_the_server() {
    let (addr, _dir) = server();
    let pieces = [
        "a",
        "cv",
        "module.toml",
        "é",
        "%C3%A9",
        "€",
        "%E2%82%AC",
        "%F0%9D%84%9E",
        ".",
        "..",
        "%2e",
        "%2E%2e",
        "/",
        "%2f",
        "\\",
        "%5c",
        "%",
        "%c3",
        "%zz",
        "%00",
        "%0a",
        ":",
        "con",
        "com1",
        "lpt",
        "CO%C3%A9",
        "~",
        "%20",
        "+",
        ";",
        "?x=1",
        "#f",
        "exercises",
        "index.html",
        "%ff",
        "%c0%af",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut client = Client::connect(addr);
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..3000 {
        let mut path = String::from(if i % 2 == 0 { "/exercises/" } else { "/" });
        for _ in 0..next(8) {
            path.push_str(pieces[next(pieces.len())]);
        }
        let r = match client.request("GET", &path, &[]) {
            Ok(r) => r,
            Err(_) => {
                // Refused by the parser (a bare `%`…): the connection was closed.
                client = Client::connect(addr);
                continue;
            }
        };
        assert!([200, 400, 403, 404, 414].contains(&r.status), "{path}: {}", r.status);
        let body = String::from_utf8_lossy(&r.body);
        assert!(!body.contains(SECRET) && !body.contains("root:x:0"), "{path}");
        seen.insert(r.status);
    }
    assert!(seen.contains(&400) && seen.contains(&403) && seen.contains(&404), "{seen:?}");
    assert_eq!(server_panics(), 0, "the server panicked");
}
