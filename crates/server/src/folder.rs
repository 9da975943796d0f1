//! `--exercises DIR`: an advisor's folder served instead of the embedded
//! exercises, read at each request; and `export-exercises DIR`, which
//! writes the embedded ones out to start from.
//!
//! A name from a URL reaches this folder only when each of its parts is a
//! plain file name (letters, digits, `-`, `_`, `.`, not starting with a dot,
//! no Windows device name), and the file it resolves to, symbolic links
//! followed, is still inside the folder.

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The largest exercise file served (the app refuses files over 256 KB).
pub const MAX_FILE: u64 = 4 * 1024 * 1024;

/// A folder of exercises, checked when the server starts.
#[derive(Debug, Clone)]
pub struct Folder {
    root: PathBuf,
}

/// Why a folder cannot be used (or written to): said to the advisor as is.
#[derive(Debug)]
pub enum FolderError {
    Missing(PathBuf),
    NotAFolder(PathBuf),
    Unreadable(PathBuf, io::Error),
    NoModuleList { dir: PathBuf, inner: Option<PathBuf> },
    NotEmpty(PathBuf),
    Unwritable(PathBuf, io::Error),
}

/// What reading one file gave.
#[derive(Debug)]
pub enum ReadError {
    /// No such file, or a folder (404).
    NotFound,
    /// A name that is not a plain file name, or a file outside the folder (403).
    Refused,
    /// Over [`MAX_FILE`] (500).
    TooLarge,
    /// The disk said no (500).
    Io(io::Error),
}

impl Folder {
    /// Checks that `dir` exists, is a folder this program can read, and holds `modules.toml`.
    pub fn open(dir: &Path) -> Result<Folder, FolderError> {
        let meta = fs::metadata(dir).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => FolderError::Missing(dir.to_path_buf()),
            _ => FolderError::Unreadable(dir.to_path_buf(), e),
        })?;
        if !meta.is_dir() {
            return Err(FolderError::NotAFolder(dir.to_path_buf()));
        }
        let root = fs::canonicalize(dir).map_err(|e| FolderError::Unreadable(dir.to_path_buf(), e))?;
        fs::read_dir(&root).map_err(|e| FolderError::Unreadable(dir.to_path_buf(), e))?;
        let folder = Folder { root };
        match folder.read("modules.toml") {
            Ok(_) => Ok(folder),
            Err(ReadError::Io(e)) => Err(FolderError::Unreadable(dir.join("modules.toml"), e)),
            Err(_) => {
                let inner = dir.join("exercises");
                let inner = inner.join("modules.toml").is_file().then_some(inner);
                Err(FolderError::NoModuleList { dir: dir.to_path_buf(), inner })
            }
        }
    }

    /// The file `name` (`cv/module.toml`) of the folder, read now.
    pub fn read(&self, name: &str) -> Result<Vec<u8>, ReadError> {
        // A folder's address (`cv/`): there is no listing.
        if name.is_empty() || name.ends_with('/') {
            return Err(ReadError::NotFound);
        }
        let mut path = self.root.clone();
        for part in name.split('/') {
            if !is_plain_name(part) {
                return Err(ReadError::Refused);
            }
            path.push(part);
        }
        let real = fs::canonicalize(&path).map_err(not_found_or_io)?;
        if !real.starts_with(&self.root) {
            return Err(ReadError::Refused);
        }
        let file = fs::File::open(&real).map_err(not_found_or_io)?;
        if !file.metadata().map_err(ReadError::Io)?.is_file() {
            return Err(ReadError::NotFound);
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
        if bytes.len() as u64 > MAX_FILE {
            return Err(ReadError::TooLarge);
        }
        Ok(bytes)
    }
}

fn not_found_or_io(e: io::Error) -> ReadError {
    match e.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => ReadError::NotFound,
        _ => ReadError::Io(e),
    }
}

/// A plain file name: no separator, no leading dot, no Windows device name
/// (`CON`, `NUL`, `COM1`…) or stream (`a:b`), no trailing dot.
fn is_plain_name(part: &str) -> bool {
    const DEVICES: [&str; 6] = ["con", "prn", "aux", "nul", "com", "lpt"];
    let stem = part.split('.').next().unwrap_or("").to_ascii_lowercase();
    let numbered = |s: &str| {
        s.len() == 4 && s.as_bytes()[3].is_ascii_digit() && s.get(..3).is_some_and(|d| DEVICES[4..].contains(&d))
    };
    let device = DEVICES[..4].contains(&stem.as_str()) || numbered(&stem);
    !part.is_empty()
        && !part.starts_with('.')
        && !part.ends_with('.')
        && part.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !device
}

/// Writes the embedded exercises into `dir` (created if missing, which
/// must be empty otherwise: nothing is ever overwritten). Returns how many files.
pub fn export(dir: &Path, files: impl Iterator<Item = (&'static str, &'static [u8])>) -> Result<usize, FolderError> {
    match fs::read_dir(dir) {
        Ok(mut list) => {
            if list.next().is_some() {
                return Err(FolderError::NotEmpty(dir.to_path_buf()));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => return Err(FolderError::NotAFolder(dir.to_path_buf())),
        Err(e) => return Err(FolderError::Unreadable(dir.to_path_buf(), e)),
    }
    let mut count = 0;
    for (name, bytes) in files {
        let path = name.split('/').fold(dir.to_path_buf(), |p, part| p.join(part));
        let write = |path: &Path| -> io::Result<()> {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            io::Write::write_all(&mut fs::OpenOptions::new().write(true).create_new(true).open(path)?, bytes)
        };
        write(&path).map_err(|e| FolderError::Unwritable(path.clone(), e))?;
        count += 1;
    }
    Ok(count)
}

impl fmt::Display for FolderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FolderError::Missing(p) => write!(
                f,
                "Le dossier {0} n'existe pas. Vérifiez son nom.\nThe folder {0} does not exist. Check its name.",
                p.display()
            ),
            FolderError::NotAFolder(p) => {
                write!(f, "{0} est un fichier, pas un dossier.\n{0} is a file, not a folder.", p.display())
            }
            FolderError::Unreadable(p, e) => write!(
                f,
                "Impossible de lire {0} ({1}). Vérifiez que vous avez le droit de l'ouvrir.\n\
                 Cannot read {0} ({1}). Check that you are allowed to open it.",
                p.display(),
                e
            ),
            FolderError::NoModuleList { dir, inner } => {
                write!(
                    f,
                    "Le dossier {0} ne contient pas modules.toml : ce n'est pas un dossier d'exercices.\n\
                     The folder {0} has no modules.toml: it is not a folder of exercises.",
                    dir.display()
                )?;
                match inner {
                    Some(inner) => write!(f, "\nEssayez / Try: pas-a-pas --exercises \"{}\"", inner.display()),
                    None => write!(f, "\nPour commencer / To start: pas-a-pas export-exercises \"{}\"", dir.display()),
                }
            }
            FolderError::NotEmpty(p) => write!(
                f,
                "Le dossier {0} n'est pas vide : rien n'a été écrit. Choisissez un dossier nouveau ou vide.\n\
                 The folder {0} is not empty: nothing was written. Choose a new or empty folder.",
                p.display()
            ),
            FolderError::Unwritable(p, e) => {
                write!(f, "Impossible d'écrire {0} ({1}).\nCannot write {0} ({1}).", p.display(), e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_name;

    #[test]
    fn names_with_letters_of_any_width_never_panic() {
        // Two-, three- and four-byte letters where a device number would be.
        for name in ["coé", "coé.toml", "cé1", "é", "com€", "lpt𝄞", "𝄞𝄞", "éééé", "coéé"] {
            let _ = is_plain_name(name);
        }
        assert!(is_plain_name("coé.toml"));
    }

    #[test]
    fn plain_names() {
        for ok in ["module.toml", "cv", "mot-de-passe.toml", "sécurité.toml", "a_b.toml", "console.toml", "com.toml"]
        {
            assert!(is_plain_name(ok), "{ok}");
        }
        for bad in [
            "",
            ".",
            "..",
            ".git",
            "a:b",
            "a b",
            "CON",
            "nul.toml",
            "com1",
            "LPT9.txt",
            "a.",
            "a\\b",
            "a\0",
            "co\u{e9}:",
        ] {
            assert!(!is_plain_name(bad), "{bad:?}");
        }
    }
}
