//! The command line: `pas-a-pas [--port N] [--host ADDR] [--no-browser]
//! [--exercises DIR]` and `pas-a-pas export-exercises DIR`.

use std::ffi::OsString;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve(Options),
    Export(PathBuf),
    Help,
    Version,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    /// `None`: 8080 or the next free port.
    pub port: Option<u16>,
    pub host: IpAddr,
    pub browser: bool,
    pub exercises: Option<PathBuf>,
}

pub const USAGE: &str = "\
pas-a-pas                         sert l'atelier sur le port 8080 (ou le suivant libre) et ouvre le navigateur
                                  serves the workshop on port 8080 (or the next free one) and opens the browser
  --port N                        ce port-là / this port (0: any free port)
  --host ADRESSE                  une seule adresse, ex. 127.0.0.1 pour cet ordinateur seul
                                  one address only, e.g. 127.0.0.1 for this computer alone
  --no-browser                    sans ouvrir le navigateur / without opening the browser
  --exercises DOSSIER             sert les exercices de ce dossier, relus à chaque page
                                  serves the exercises of this folder, read again at each page
pas-a-pas export-exercises DOSSIER  écrit les exercices fournis dans ce dossier, pour les modifier
                                  writes the shipped exercises into this folder, to edit them
pas-a-pas --help | --version";

/// Reads the arguments (without the program's name). An error is a
/// sentence for the advisor, in French and English.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let mut options = Options { port: None, host: IpAddr::V4(Ipv4Addr::UNSPECIFIED), browser: true, exercises: None };
    let mut first = true;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let mut value = |name: &str| {
            args.next().ok_or_else(|| format!("{name} : il manque la valeur. / {name}: the value is missing."))
        };
        match text.as_str() {
            "-h" | "--help" | "/?" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "export-exercises" if first => {
                let dir = value("export-exercises")?;
                return match args.next() {
                    None => Ok(Command::Export(PathBuf::from(dir))),
                    Some(extra) => Err(unknown(&extra.to_string_lossy())),
                };
            }
            "--port" => {
                let v = value("--port")?;
                let v = v.to_string_lossy();
                options.port = Some(v.parse().map_err(|_| {
                    format!("--port {v} : un numéro de 0 à 65535, par exemple 8080. / --port {v}: a number from 0 to 65535, e.g. 8080.")
                })?);
            }
            "--host" => {
                let v = value("--host")?;
                let v = v.to_string_lossy();
                options.host = v.parse().map_err(|_| {
                    format!("--host {v} : une adresse comme 127.0.0.1 ou 0.0.0.0. / --host {v}: an address like 127.0.0.1 or 0.0.0.0.")
                })?;
            }
            "--no-browser" => options.browser = false,
            "--exercises" => options.exercises = Some(PathBuf::from(value("--exercises")?)),
            _ => return Err(unknown(&text)),
        }
        first = false;
    }
    Ok(Command::Serve(options))
}

fn unknown(arg: &str) -> String {
    format!("« {arg} » : option inconnue. / \"{arg}\": unknown option.\n\n{USAGE}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn options() {
        let Command::Serve(o) = p(&[]).unwrap() else { panic!() };
        assert_eq!((o.port, o.browser, o.host.to_string()), (None, true, "0.0.0.0".into()));
        let Command::Serve(o) =
            p(&["--port", "9000", "--no-browser", "--exercises", "mes exos", "--host", "127.0.0.1"]).unwrap()
        else {
            panic!()
        };
        assert_eq!(o.port, Some(9000));
        assert!(!o.browser);
        assert_eq!(o.exercises, Some(PathBuf::from("mes exos")));
        assert_eq!(p(&["export-exercises", "d"]).unwrap(), Command::Export("d".into()));
        assert_eq!(p(&["--help"]).unwrap(), Command::Help);
    }

    #[test]
    fn mistakes_are_sentences() {
        assert!(p(&["--port", "http"]).unwrap_err().contains("un numéro de 0 à 65535"));
        assert!(p(&["--port", "70000"]).is_err());
        assert!(p(&["--port"]).unwrap_err().contains("il manque la valeur"));
        assert!(p(&["--colour"]).unwrap_err().contains("option inconnue"));
        assert!(p(&["--no-browser", "export-exercises", "d"]).is_err());
        assert!(p(&["export-exercises"]).is_err());
        assert!(p(&["export-exercises", "a", "b"]).is_err());
    }
}
