//! `--exercises DIR` and `export-exercises DIR`, through the library: an
//! advisor's edit shows at the next request; a folder that cannot serve is
//! said plainly; an export never overwrites.

mod common;
use common::*;
use pas_a_pas_server::folder::{self, Folder, FolderError};
use pas_a_pas_server::{assets, Limits, Site};

#[test]
fn an_edit_shows_at_the_next_request() {
    let dir = temp_dir("edit");
    let count = folder::export(&dir, assets::exercises()).unwrap();
    assert_eq!(count, dist_files().iter().filter(|f| f.starts_with("exercises/")).count());
    let addr = start(Site { exercises: Some(Folder::open(&dir).unwrap()) }, Limits::default());
    let file = dir.join("cv").join("module.toml");
    let before = get(addr, "/exercises/cv/module.toml", &[]);
    assert_eq!(before.status, 200);
    assert_eq!(before.body, std::fs::read(dist().join("exercises/cv/module.toml")).unwrap());
    assert_eq!(before.header("cache-control"), Some("no-cache"));
    assert_eq!(before.header("content-type"), Some("text/plain; charset=utf-8"));
    let etag = before.header("etag").unwrap().to_string();
    assert_eq!(get(addr, "/exercises/cv/module.toml", &[&format!("If-None-Match: {etag}")]).status, 304);

    std::fs::write(&file, "title.fr = \"Mon CV à Saint-Pierre\"\n").unwrap();
    let after = get(addr, "/exercises/cv/module.toml", &[&format!("If-None-Match: {etag}")]);
    assert_eq!(after.status, 200);
    assert_eq!(after.body, "title.fr = \"Mon CV à Saint-Pierre\"\n".as_bytes());
    assert_ne!(after.header("etag"), Some(etag.as_str()));

    // A new file is served, a removed one is gone; the app itself stays embedded.
    std::fs::write(dir.join("cv").join("nouveau.toml"), "id = \"nouveau\"\n").unwrap();
    assert_eq!(get(addr, "/exercises/cv/nouveau.toml", &[]).status, 200);
    std::fs::remove_file(dir.join("cv").join("erreurs-cv.toml")).unwrap();
    assert_eq!(get(addr, "/exercises/cv/erreurs-cv.toml", &[]).status, 404);
    assert_eq!(get(addr, "/exercises/cv/", &[]).status, 404);
    assert_eq!(get(addr, "/index.html", &[]).body, std::fs::read(dist().join("index.html")).unwrap());
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_folder_is_followed_one_going_out_is_not() {
    let base = temp_dir("links");
    let dir = base.join("mes-exercices");
    std::fs::create_dir_all(dir.join("cv")).unwrap();
    std::fs::write(dir.join("modules.toml"), "modules = [\"cv\"]\n").unwrap();
    std::fs::write(dir.join("cv").join("a.toml"), "a = 1\n").unwrap();
    std::fs::write(base.join("dehors.toml"), "dehors = 1\n").unwrap();
    std::os::unix::fs::symlink(dir.join("cv").join("a.toml"), dir.join("cv").join("b.toml")).unwrap();
    std::os::unix::fs::symlink(base.join("dehors.toml"), dir.join("cv").join("c.toml")).unwrap();
    let addr = start(Site { exercises: Some(Folder::open(&dir).unwrap()) }, Limits::default());
    assert_eq!(get(addr, "/exercises/cv/b.toml", &[]).body, b"a = 1\n");
    let out = get(addr, "/exercises/cv/c.toml", &[]);
    assert_eq!(out.status, 403);
    assert!(!String::from_utf8_lossy(&out.body).contains("dehors"));
}

#[test]
fn a_folder_that_cannot_serve_is_said_plainly() {
    let base = temp_dir("bad-folders");
    let err = Folder::open(&base.join("absent")).unwrap_err();
    assert!(matches!(err, FolderError::Missing(_)));
    assert!(err.to_string().contains("n'existe pas") && err.to_string().contains("does not exist"));

    std::fs::write(base.join("fichier.toml"), "").unwrap();
    let err = Folder::open(&base.join("fichier.toml")).unwrap_err();
    assert!(err.to_string().contains("est un fichier, pas un dossier"), "{err}");

    // The folder above the exercises: the message names the right one.
    std::fs::create_dir_all(base.join("copie").join("exercises")).unwrap();
    std::fs::write(base.join("copie").join("exercises").join("modules.toml"), "").unwrap();
    let err = Folder::open(&base.join("copie")).unwrap_err().to_string();
    assert!(err.contains("ne contient pas modules.toml"), "{err}");
    assert!(err.contains(&format!("--exercises \"{}\"", base.join("copie").join("exercises").display())), "{err}");

    std::fs::create_dir_all(base.join("vide")).unwrap();
    let err = Folder::open(&base.join("vide")).unwrap_err().to_string();
    assert!(err.contains("export-exercises"), "{err}");
}

#[test]
fn an_export_never_overwrites() {
    let dir = temp_dir("export");
    let n = folder::export(&dir.join("neuf"), assets::exercises()).unwrap();
    for f in dist_files().iter().filter_map(|f| f.strip_prefix("exercises/")) {
        let written = std::fs::read(dir.join("neuf").join(f)).unwrap();
        assert_eq!(written, std::fs::read(dist().join("exercises").join(f)).unwrap(), "{f}");
    }
    std::fs::write(dir.join("neuf").join("modules.toml"), "mine").unwrap();
    let err = folder::export(&dir.join("neuf"), assets::exercises()).unwrap_err();
    assert!(matches!(err, FolderError::NotEmpty(_)), "{err:?}");
    assert!(err.to_string().contains("rien n'a été écrit"));
    assert_eq!(std::fs::read_to_string(dir.join("neuf").join("modules.toml")).unwrap(), "mine");
    assert!(n > 10);
}
