//! `pas-a-pas`: double-click it (Windows) or start it from a terminal; it
//! serves the workshop to the room until its window is closed.

use pas_a_pas_server::banner::{self, Reach};
use pas_a_pas_server::cli::{self, Command, Options};
use pas_a_pas_server::folder::{self, Folder};
use pas_a_pas_server::{assets, net, run, Limits, Site};
use std::io::IsTerminal;
use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    // Nothing from outside should panic; if something still does, a plain
    // sentence instead of a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "Pas à pas s'est arrêté sur une erreur inattendue. Relancez-le.\n\
             Pas à pas stopped on an unexpected error. Start it again.\n({info})"
        );
    }));
    let result = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Command::Serve(options)) => serve(options),
        Ok(Command::Export(dir)) => export(&dir),
        Ok(Command::Help) => {
            println!("{}", cli::USAGE);
            Ok(())
        }
        Ok(Command::Version) => {
            println!("pas-a-pas {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\n{message}\n");
            // A double-clicked window would close before the sentence is read.
            if cfg!(windows) && std::io::stdin().is_terminal() {
                eprintln!("Appuyez sur Entrée pour fermer. / Press Enter to close.");
                let _ = std::io::stdin().read_line(&mut String::new());
            }
            ExitCode::FAILURE
        }
    }
}

fn serve(options: Options) -> Result<(), String> {
    if !assets::has_app() {
        return Err("Ce programme a été construit sans l'application (le dossier dist/ manquait) : \
                    lancez scripts/build.sh, qui le construit à nouveau.\n\
                    This program was built without the app (the dist/ folder was missing): \
                    run scripts/build.sh, which builds it again."
            .into());
    }
    let exercises = options.exercises.as_deref().map(Folder::open).transpose().map_err(|e| e.to_string())?;
    let listeners = net::bind(options.host, options.port).map_err(|e| e.to_string())?;
    let port = listeners[0].local_addr().map_err(|e| e.to_string())?.port();
    let host = options.host;
    let local =
        // `localhost` only when both loopbacks are ours (see net::bind).
        if host.is_unspecified() || host.is_loopback() {
            format!("http://{}:{port}/", if listeners.len() > 1 { "localhost" } else { "127.0.0.1" })
        } else {
            url(host, port)
        };
    let lan: Vec<String> = net::lan_addresses(&net::interfaces()).into_iter().map(|ip| url(ip.into(), port)).collect();
    let reach = if host.is_unspecified() {
        Reach::Room(&lan)
    } else if host.is_loopback() {
        Reach::ThisComputer
    } else {
        Reach::One(&local)
    };
    // The folder as the advisor typed it (Windows spells the resolved one \\?\C:\…).
    let text = banner::banner(&local, reach, options.exercises.as_deref());

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("Impossible de démarrer : {e}\nCannot start: {e}"))?;
    runtime.block_on(async move {
        let mut async_listeners = Vec::new();
        for l in listeners {
            let l = l.set_nonblocking(true).and_then(|()| tokio::net::TcpListener::from_std(l));
            async_listeners.push(l.map_err(|e| format!("Impossible d'écouter : {e}\nCannot listen: {e}"))?);
        }
        print!("{text}");
        if options.browser {
            open_browser(local.clone());
        }
        let site = Arc::new(Site { exercises });
        tokio::select! {
            () = run(async_listeners, site, Limits::default()) => {}
            _ = tokio::signal::ctrl_c() => println!("\nPas à pas est arrêté. / Pas à pas has stopped."),
        }
        Ok(())
    })
}

fn url(ip: IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(ip) => format!("http://{ip}:{port}/"),
        IpAddr::V6(ip) => format!("http://[{ip}]:{port}/"),
    }
}

/// Opens the advisor's browser on the app with the system's own opener
/// (`start` on Windows, `open` on macOS, `xdg-open` elsewhere). On Linux
/// only in a desktop session, so that no text browser takes the terminal over.
fn open_browser(url: String) {
    let desktop = !cfg!(target_os = "linux")
        || std::env::var_os("DISPLAY").is_some()
        || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if !desktop {
        return;
    }
    let mut command = if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    let opened = command
        .arg(&url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let said = move || println!("Ouvrez vous-même le navigateur sur / Open your browser yourself at: {url}\n");
    match opened {
        // Waited for on its own thread (no zombie left), said when it failed.
        Ok(mut child) => drop(std::thread::spawn(move || {
            if !child.wait().is_ok_and(|status| status.success()) {
                said();
            }
        })),
        Err(_) => said(),
    }
}

fn export(dir: &std::path::Path) -> Result<(), String> {
    let count = folder::export(dir, assets::exercises()).map_err(|e| e.to_string())?;
    if count == 0 {
        return Err("Ce programme a été construit sans exercices : lancez scripts/build.sh.\n\
                    This program was built without exercises: run scripts/build.sh."
            .into());
    }
    let dir = dir.display();
    println!(
        "{count} fichiers écrits dans {dir}. Modifiez-les, puis lancez : pas-a-pas --exercises \"{dir}\"\n\
         {count} files written in {dir}. Edit them, then start: pas-a-pas --exercises \"{dir}\""
    );
    Ok(())
}
