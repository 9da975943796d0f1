//! A bounded load on 127.0.0.1: 100 clients at once, each fetching the
//! whole first load (index.html, what it names, the exercises and icons)
//! on its own connection, as a browser would (br or gzip). Every response
//! must be a 200 with the exact file: no error allowed.

mod common;
use common::*;
use std::sync::{Arc, Barrier};
use std::time::Instant;

const CLIENTS: usize = 100;

#[test]
fn a_hundred_learners_load_the_first_screen_at_once() {
    let addr = start_default();
    let files = first_load();
    assert!(files.len() > 30, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with("_bg.wasm")) && files.iter().any(|f| f.ends_with(".js")));
    let expected: Arc<Vec<(String, Vec<u8>)>> =
        Arc::new(files.iter().map(|f| (f.clone(), std::fs::read(dist().join(f)).unwrap())).collect());
    let start = Arc::new(Barrier::new(CLIENTS));
    let t0 = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let (expected, start) = (expected.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                let accept = if i % 3 == 0 { "gzip, deflate" } else { "gzip, deflate, br, zstd" };
                let mut client = Client::connect(addr);
                let mut errors = Vec::new();
                let mut bytes = 0;
                for (path, content) in expected.iter() {
                    match client.request("GET", &format!("/{path}"), &[&format!("Accept-Encoding: {accept}")]) {
                        Ok(r) if r.status == 200 && r.decoded() == *content => bytes += r.body.len(),
                        Ok(r) => errors.push(format!("{path}: {} ({} bytes)", r.status, r.body.len())),
                        Err(e) => errors.push(format!("{path}: {e}")),
                    }
                }
                (errors, bytes)
            })
        })
        .collect();
    let mut errors = Vec::new();
    let mut bytes = 0;
    for c in clients {
        let (e, b) = c.join().unwrap();
        errors.extend(e);
        bytes += b;
    }
    let took = t0.elapsed();
    eprintln!(
        "{CLIENTS} clients × {} files: {} requests, {:.1} MB on the wire, in {took:.2?}, {} errors",
        files.len(),
        CLIENTS * files.len(),
        bytes as f64 / 1e6,
        errors.len()
    );
    assert!(errors.is_empty(), "{} errors, first: {:?}", errors.len(), &errors[..errors.len().min(5)]);
}
