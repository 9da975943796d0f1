//! The program as the advisor starts it: what it prints, and how it
//! refuses (a sentence, an exit code, never a panic or a backtrace).

mod common;
use common::*;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_pas-a-pas");

/// A running server, stopped when dropped.
struct Running {
    child: Child,
    banner: String,
    port: u16,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the program and reads its banner up to "To stop".
fn launch(args: &[&str]) -> Running {
    let mut child = Command::new(BIN).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    while !banner.contains("To stop") {
        if out.read_line(&mut banner).unwrap() == 0 {
            panic!("the program ended early:\n{banner}");
        }
    }
    let here = banner.split("On this computer:\n    http://").nth(1).unwrap();
    let port = here.split(['/', '\n']).next().and_then(|h| h.rsplit(':').next()).unwrap().parse().unwrap();
    Running { child, banner, port }
}

fn fails(args: &[&str]) -> (i32, String) {
    let Output { status, stderr, stdout } = Command::new(BIN).args(args).stdin(Stdio::null()).output().unwrap();
    let err = String::from_utf8(stderr).unwrap();
    assert!(!status.success(), "{args:?} succeeded:\n{}", String::from_utf8_lossy(&stdout));
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE") && !err.contains("stack backtrace"), "{err}");
    (status.code().unwrap(), err)
}

#[test]
fn it_says_where_to_open_it_and_how_to_stop() {
    let server = launch(&["--port", "0", "--host", "127.0.0.1", "--no-browser"]);
    let b = &server.banner;
    assert!(b.contains("Pas à pas est prêt. / Pas à pas is ready."), "{b}");
    let here = [format!("    http://localhost:{}/\n", server.port), format!("    http://127.0.0.1:{}/\n", server.port)];
    assert!(here.iter().any(|h| b.contains(h.as_str())), "{b}");
    assert!(b.contains("Seul cet ordinateur peut l'ouvrir"), "{b}");
    assert!(b.contains("Pour arrêter : fermez cette fenêtre, ou appuyez sur Ctrl+C."), "{b}");
    let addr = ([127, 0, 0, 1], server.port).into();
    assert_eq!(get(addr, "/", &[]).body, std::fs::read(dist().join("index.html")).unwrap());
}

#[test]
fn on_every_interface_it_lists_the_room_addresses_with_a_qr_code() {
    let server = launch(&["--port", "0", "--no-browser"]);
    let b = &server.banner;
    let lan = pas_a_pas_server::net::lan_addresses(&pas_a_pas_server::net::interfaces());
    if lan.is_empty() {
        assert!(b.contains("Aucun réseau trouvé"), "{b}");
    } else {
        let first = format!("http://{}:{}/", lan[0], server.port);
        assert!(b.contains("Scannez ce code"), "{b}");
        assert!(b.contains(&pas_a_pas_server::banner::qr(&first).unwrap()), "{b}");
        for ip in &lan {
            assert!(b.contains(&format!("    http://{ip}:{}/\n", server.port)), "{b}");
        }
    }
    let addr = ([127, 0, 0, 1], server.port).into();
    assert_eq!(get(addr, "/icons/logo.svg", &[]).status, 200);
}

#[test]
fn a_port_in_use_is_a_sentence_not_a_backtrace() {
    let taken = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (code, err) = fails(&["--port", &port, "--no-browser"]);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("Le port {port} est déjà pris")) && err.contains("is already taken"), "{err}");
}

#[test]
fn wrong_options_and_folders_are_sentences() {
    let (code, err) = fails(&["--colour"]);
    assert_eq!(code, 2);
    assert!(err.contains("option inconnue") && err.contains("--exercises"), "{err}");
    let (code, err) = fails(&["--port", "huit"]);
    assert_eq!(code, 2);
    assert!(err.contains("un numéro de 0 à 65535"), "{err}");
    let (code, err) = fails(&["--host", "192.0.2.250", "--port", "0", "--no-browser"]);
    assert_eq!(code, 1);
    assert!(err.contains("n'est pas celle de cet ordinateur"), "{err}");
    let missing = temp_dir("cli-missing").join("absent");
    let (code, err) = fails(&["--exercises", missing.to_str().unwrap(), "--no-browser"]);
    assert_eq!(code, 1);
    assert!(err.contains("n'existe pas"), "{err}");
}

#[test]
fn export_then_serve_the_exported_folder() {
    let base = temp_dir("cli-export");
    let dir = base.join("mes-exercices");
    let out = Command::new(BIN).args(["export-exercises", dir.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("fichiers écrits dans") && said.contains("--exercises"), "{said}");
    let (code, err) = fails(&["export-exercises", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("n'est pas vide"), "{err}");

    std::fs::write(dir.join("cv").join("module.toml"), "id = \"cv\"\n# modifié\n").unwrap();
    let server = launch(&["--port", "0", "--host", "127.0.0.1", "--no-browser", "--exercises", dir.to_str().unwrap()]);
    assert!(server.banner.contains("Exercices lus dans"), "{}", server.banner);
    let addr = ([127, 0, 0, 1], server.port).into();
    assert_eq!(get(addr, "/exercises/cv/module.toml", &[]).body, b"id = \"cv\"\n# modifi\xc3\xa9\n");
}
