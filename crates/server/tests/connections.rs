//! Clients that misbehave with time: they leave mid-download, send their
//! request a byte at a time, open connections and say nothing, or stop
//! reading. The server lets them go within its limits and goes on serving.

mod common;
use common::*;
use pas_a_pas_server::{Limits, Site};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn biggest_file() -> String {
    dist_files().into_iter().max_by_key(|f| std::fs::metadata(dist().join(f)).unwrap().len()).unwrap()
}

#[test]
fn clients_leaving_mid_download_cost_only_their_connection() {
    let addr = start_default();
    let big = biggest_file();
    let expected = std::fs::read(dist().join(&big)).unwrap();
    for round in 0..40 {
        let mut s = TcpStream::connect(addr).unwrap();
        let accept = if round % 2 == 0 { "identity" } else { "br" };
        write!(s, "GET /{big} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\n\r\n").unwrap();
        let mut buf = vec![0; 1000 + round * 500];
        s.read_exact(&mut buf).unwrap();
        // Dropped with unread data: the system resets the connection.
    }
    // Cut in the middle of the request too.
    for _ in 0..20 {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"GET /index.ht").unwrap();
    }
    let r = get(addr, &format!("/{big}"), &["Accept-Encoding: gzip"]);
    assert_eq!(r.status, 200);
    assert!(r.decoded() == expected, "{big} damaged after the cut downloads");
}

#[test]
fn silent_and_slow_clients_are_let_go_and_the_limit_holds() {
    let limits = Limits { max_connections: 4, header_timeout: Duration::from_millis(1500), ..Limits::default() };
    let addr = start(Site::default(), limits);
    let t0 = Instant::now();
    // Four connections take every place: two silent, two sending a byte
    // every 200 ms (a "slowloris").
    let mut silent: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(addr).unwrap()).collect();
    let slow: Vec<_> = (0..2)
        .map(|_| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(addr).unwrap();
                for b in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
                    if s.write_all(&[*b]).is_err() {
                        return Instant::now();
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
                Instant::now()
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    // A fifth client waits: every place is taken.
    let waiting = std::thread::spawn(move || {
        let r = get(addr, "/", &[]);
        (r.status, Instant::now())
    });
    std::thread::sleep(Duration::from_millis(700));
    assert!(!waiting.is_finished(), "served beyond the connection limit");
    // The silent ones are closed by the server after the head timeout.
    for s in &mut silent {
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut buf = [0; 64];
        let n = s.read(&mut buf).unwrap_or(0);
        assert!(n == 0 || String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 408"), "{:?}", &buf[..n]);
    }
    let (status, served_at) = waiting.join().unwrap();
    assert_eq!(status, 200);
    let waited = served_at - t0;
    assert!(waited >= Duration::from_millis(1400) && waited < Duration::from_secs(8), "served after {waited:?}");
    // The slow senders were cut off long before they finished (70 bytes at 200 ms = 14 s).
    for h in slow {
        let cut = h.join().unwrap() - t0;
        assert!(cut < Duration::from_secs(8), "a slow client kept its place {cut:?}");
    }
}

#[test]
fn a_client_that_stops_reading_is_let_go() {
    let limits = Limits { max_connections: 2, write_timeout: Duration::from_secs(1), ..Limits::default() };
    let addr = start(Site::default(), limits);
    let big = biggest_file();
    // Two clients ask for the largest file twenty times over (more than
    // any socket buffer holds) and never read.
    let stuck: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = TcpStream::connect(addr).unwrap();
            let req = format!("GET /{big} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n").repeat(20);
            s.write_all(req.as_bytes()).unwrap();
            s
        })
        .collect();
    let t0 = Instant::now();
    let r = get(addr, "/exercises/modules.toml", &[]);
    assert_eq!(r.status, 200);
    let waited = t0.elapsed();
    assert!(waited >= Duration::from_millis(700) && waited < Duration::from_secs(10), "served after {waited:?}");
    drop(stuck);
}
