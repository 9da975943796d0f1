//! Every shipped content file parses and validates, and the validator
//! reports malformed files with the expected `file:line` message.

use pas_a_pas::catalog::{EVERYTHING, LEARNERS};
use pas_a_pas::content::check::{check_all, Report};
use pas_a_pas::content::{parse_module, Problem};

fn parse_exercise(module: &str, id: &str, src: &str) -> Result<pas_a_pas::content::Exercise, Vec<Problem>> {
    pas_a_pas::content::parse_exercise(module, id, src, &EVERYTHING)
}
use std::path::{Path, PathBuf};

mod common;
use common::render;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    futures::executor::block_on(f)
}

fn check_dir(dir: &Path) -> Report {
    let dir = dir.to_path_buf();
    block_on(check_all(
        move |p: String| {
            let path: PathBuf = dir.join(p);
            async move { std::fs::read_to_string(path).ok() }
        },
        &EVERYTHING,
    ))
}

fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}:{}:{}: {}", p.file, p.line, p.col, render("fr", &p.msg)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_shipped_file_validates() {
    let report = check_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises").as_path());
    assert!(report.problems.is_empty(), "problems in exercises/:\n{}", describe(&report.problems));
    assert_eq!(report.modules, 5, "the five modules");
    assert!(report.exercises >= 8, "at least two exercises of each kind");
}

#[test]
fn every_kind_has_at_least_two_shipped_exercises() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let mut counts = std::collections::BTreeMap::new();
    for module in std::fs::read_dir(&root).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(module.path()).unwrap().flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap();
            if let Some(kind) = text.lines().find_map(|l| l.strip_prefix("kind = ")) {
                *counts.entry(kind.trim_matches('"').to_string()).or_insert(0) += 1;
            }
        }
    }
    for kind in pas_a_pas::kinds::all_kind_names(&EVERYTHING) {
        // A simulation is one exercise of its own at least; the generic kinds have two at least.
        let min = if pas_a_pas::kinds::KIND_NAMES.contains(&kind) { 2 } else { 1 };
        assert!(counts.get(kind).copied().unwrap_or(0) >= min, "kind {kind}: {counts:?}");
    }
}

/// Validates `src` as exercise `cv/test.toml` and returns its problems as
/// "line: message" in French.
fn exercise_problems(src: &str) -> Vec<String> {
    match parse_exercise("cv", "test", src) {
        Ok(_) => Vec::new(),
        Err(p) => {
            assert!(p.iter().all(|p| p.file == "cv/test.toml"));
            p.iter().map(|p| format!("{}: {}", p.line, render("fr", &p.msg))).collect()
        }
    }
}

const GOOD_CHOICE: &str = r#"id = "test"
kind = "choice"
minutes = 3
title.fr = "Titre"
instruction.fr = "Choisissez."

[[options]]
id = "a"
text.fr = "A"
correct = true
explanation.fr = "Oui."

[[options]]
id = "b"
text.fr = "B"
explanation.fr = "Non."
"#;

#[test]
fn good_file_has_no_problem() {
    assert_eq!(exercise_problems(GOOD_CHOICE), Vec::<String>::new());
}

#[test]
fn syntax_error_points_at_its_line() {
    let src = GOOD_CHOICE.replace("text.fr = \"B\"", "text.fr = \"B");
    let p = exercise_problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("15: Le texte est mal écrit"), "{p:?}");
}

#[test]
fn unknown_kind() {
    let p = exercise_problems(&GOOD_CHOICE.replace("kind = \"choice\"", "kind = \"quiz\""));
    assert_eq!(
        p,
        vec![format!(
            "2: Le type d'exercice « quiz » n'existe pas. Types possibles : choice, classify, order, spot, {}.",
            pas_a_pas::catalog::ENTRIES.iter().map(|k| k.kind).collect::<Vec<_>>().join(", ")
        )]
    );
}

#[test]
fn missing_explanation_names_the_option_and_its_line() {
    let p = exercise_problems(&GOOD_CHOICE.replace("explanation.fr = \"Non.\"\n", ""));
    assert_eq!(p, vec!["13: « b » n'a pas d'explication. Chaque réponse doit expliquer pourquoi."]);
}

#[test]
fn empty_explanation() {
    let p = exercise_problems(&GOOD_CHOICE.replace("\"Non.\"", "\"  \""));
    assert_eq!(p, vec!["16: « options[2].explanation.fr » est vide."]);
}

#[test]
fn missing_field_and_missing_french() {
    let src = GOOD_CHOICE.replace("title.fr = \"Titre\"\n", "").replace("instruction.fr", "instruction.en");
    let p = exercise_problems(&src);
    assert!(p.contains(&"1: Il manque « title ».".to_string()), "{p:?}");
    assert!(
        p.contains(&"4: « instruction » n'a pas de texte en français (fr). Le français est obligatoire.".to_string()),
        "{p:?}"
    );
}

#[test]
fn duplicate_option_id() {
    let p = exercise_problems(&GOOD_CHOICE.replace("id = \"b\"", "id = \"a\""));
    assert_eq!(p, vec!["14: L'identifiant « a » est utilisé deux fois."]);
}

#[test]
fn id_must_match_file_name() {
    let p = exercise_problems(&GOOD_CHOICE.replace("id = \"test\"", "id = \"autre\""));
    assert_eq!(p, vec!["1: L'identifiant « autre » doit être « test », comme le nom du fichier ou du dossier."]);
}

#[test]
fn unknown_field_is_reported() {
    let p = exercise_problems(&GOOD_CHOICE.replace("explanation.fr = \"Oui.\"", "explication.fr = \"Oui.\""));
    assert!(p.iter().any(|m| m.starts_with("11: « options[1].explication » n'est pas connu.")), "{p:?}");
}

#[test]
fn choice_without_right_answer_or_with_two() {
    let p = exercise_problems(&GOOD_CHOICE.replace("correct = true\n", ""));
    assert_eq!(p, vec!["7: Aucune réponse n'est marquée juste (correct = true)."]);
    let p = exercise_problems(&GOOD_CHOICE.replace("text.fr = \"B\"", "text.fr = \"B\"\ncorrect = true"));
    assert_eq!(
        p,
        vec!["7: Plusieurs réponses sont justes. Ajoutez multiple = true, ou gardez une seule bonne réponse."]
    );
}

#[test]
fn wrong_type() {
    let p = exercise_problems(&GOOD_CHOICE.replace("correct = true", "correct = \"oui\""));
    assert!(p.contains(&"10: « options[1].correct » doit être true (oui) ou false (non).".to_string()), "{p:?}");
}

#[test]
fn classify_answer_naming_a_missing_group() {
    let src = r#"id = "test"
kind = "classify"
minutes = 4
title.fr = "T"
instruction.fr = "I"
[[groups]]
id = "oui"
label.fr = "Oui"
[[groups]]
id = "non"
label.fr = "Non"
[[items]]
id = "a"
text.fr = "A"
group = "peut-etre"
explanation.fr = "E"
[[items]]
id = "b"
text.fr = "B"
group = "non"
explanation.fr = "E"
"#;
    let p = exercise_problems(src);
    assert_eq!(
        p,
        vec!["15: « items[1].group » nomme le groupe « peut-etre », qui n'existe pas. Groupes possibles : oui, non."]
    );
}

#[test]
fn spot_needs_a_clue_and_ids_for_explained_parts() {
    let src = r#"id = "test"
kind = "spot"
minutes = 4
document = "sms"
title.fr = "T"
instruction.fr = "I"
[[segments]]
text.fr = "Bonjour"
explanation.fr = "E"
[[segments]]
id = "b"
text.fr = "B"
explanation.fr = "E"
"#;
    let p = exercise_problems(src);
    assert_eq!(
        p,
        vec![
            "7: Ce passage a un indice ou une explication, mais pas d'identifiant (id).",
            "7: Aucun passage n'est un indice (clue = true). Il faut au moins un indice à trouver.",
        ]
    );
}

#[test]
fn order_needs_three_steps() {
    let src = "id = \"test\"\nkind = \"order\"\nminutes = 2\ntitle.fr = \"T\"\ninstruction.fr = \"I\"\n[[items]]\nid = \"a\"\ntext.fr = \"A\"\nexplanation.fr = \"E\"\n";
    let p = exercise_problems(src);
    assert_eq!(p, vec!["6: « items » doit en avoir au moins 3."]);
}

#[test]
fn broken_manifest_and_missing_exercise_file() {
    let dir = std::env::temp_dir().join(format!("pas-a-pas-content-{}", std::process::id()));
    let m = dir.join("cv");
    std::fs::create_dir_all(&m).unwrap();
    std::fs::write(dir.join("modules.toml"), "modules = [\"cv\", \"absent\"]\n").unwrap();
    std::fs::write(
        m.join("module.toml"),
        "id = \"cv\"\nicon = \"cv\"\nexercises = [\n  \"test\",\n  \"perdu\",\n]\ntitle.fr = \"T\"\ndescription.fr = \"D\"\n",
    )
    .unwrap();
    std::fs::write(m.join("test.toml"), GOOD_CHOICE).unwrap();
    let report = check_dir(&dir);
    let d = describe(&report.problems);
    assert_eq!(
        d,
        "cv/module.toml:5:3: L'exercice « perdu » est dans la liste, mais son fichier cv/perdu.toml est introuvable.\n\
         modules.toml:1:1: Le thème « absent » est dans la liste, mais son fichier absent/module.toml est introuvable."
    );
    assert_eq!((report.modules, report.exercises), (1, 2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn module_manifest_problems() {
    let p = parse_module(
        "cv",
        "id = \"cv\"\nicon = \"fusee\"\nminutes = \"5\"\nexercises = []\ntitle.fr = \"T\"\ndescription.fr = \"D\"\n",
    )
    .unwrap_err();
    let d = describe(&p);
    assert!(d.contains("cv/module.toml:2:1: L'icône « fusee » n'existe pas."), "{d}");
    assert!(
        d.contains("cv/module.toml:3:1: « minutes » ne s'écrit pas dans module.toml : la durée du thème est calculée"),
        "{d}"
    );
    assert!(!d.contains("n'est pas connu"), "one plain message for minutes, not « unknown field » too: {d}");
    assert!(d.contains("cv/module.toml:4:1: « exercises » doit en avoir au moins 1."), "{d}");
}

#[test]
fn never_panics_on_odd_input() {
    let samples = [
        "",
        "=",
        "[[",
        "id = 3",
        "kind = [1,2]",
        "[[options]]\n[[options]]",
        "\u{0}\u{1}",
        "title = { fr = 1 }",
        "kind = \"choice\"\noptions = 5",
        "kind = \"spot\"\nsegments = [1]",
        "kind = \"order\"\n[items]\nid=\"a\"",
    ];
    for s in samples {
        let _ = parse_exercise("cv", "test", s);
        let _ = parse_module("cv", s);
    }
    // Every prefix of a good file: never a panic, always a located problem.
    for n in 0..GOOD_CHOICE.len() {
        if let Some(prefix) = GOOD_CHOICE.get(..n) {
            if let Err(p) = parse_exercise("cv", "test", prefix) {
                assert!(!p.is_empty() && p.iter().all(|p| p.line >= 1));
            }
        }
    }
}

/// The advisors' guide shows a complete example of each kind and of a
/// manifest: each must be valid, so that copying it works.
#[test]
fn examples_in_the_advisors_guide_are_valid() {
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/README.md")).unwrap();
    let blocks: Vec<&str> = guide.split("```toml").skip(1).filter_map(|b| b.split("```").next()).collect();
    let id_of =
        |b: &str| b.lines().find_map(|l| l.strip_prefix("id = \"")).map(|r| r.trim_end_matches('"').to_string());
    let mut kinds = Vec::new();
    let mut manifests = 0;
    for block in &blocks {
        let Some(id) = id_of(block) else { continue };
        if block.contains("\nkind = ") || block.starts_with("kind = ") {
            let ex = parse_exercise("exemple", &id, block)
                .unwrap_or_else(|p| panic!("example {id} in exercises/README.md:\n{}", describe(&p)));
            kinds.push(format!("{:?}", ex.data).split('(').next().unwrap().to_string());
        } else if block.contains("exercises = ") {
            parse_module(&id, block).unwrap_or_else(|p| panic!("manifest example {id}:\n{}", describe(&p)));
            manifests += 1;
        }
    }
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, vec!["Choice", "Classify", "Order", "Spot"], "one complete example of each kind");
    assert!(manifests >= 1, "a module.toml example");
}

/// A copy of `exercises/` where `edit` changed some files, checked like the advisor's page does.
fn check_edited(name: &str, edit: impl Fn(&Path)) -> Report {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let dir = std::env::temp_dir().join(format!("pas-a-pas-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for module in std::fs::read_dir(&src).unwrap().flatten() {
        let to = dir.join(module.file_name());
        if module.path().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
            for f in std::fs::read_dir(module.path()).unwrap().flatten() {
                std::fs::copy(f.path(), to.join(f.file_name())).unwrap();
            }
        } else {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::copy(module.path(), to).unwrap();
        }
    }
    edit(&dir);
    let report = check_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    report
}

#[test]
fn a_shared_data_file_is_checked_once_with_its_lines() {
    // Broken world: one problem, in the data file, on its line, though seven missions read it.
    let report = check_edited("world", |dir| {
        let f = dir.join("scolarite/portail.toml");
        let text = std::fs::read_to_string(&f)
            .unwrap()
            .replace("id = \"inaya-poesie\"\nchild = \"inaya\"", "id = \"inaya-poesie\"\nchild = \"lina\"");
        std::fs::write(f, text).unwrap();
    });
    let text = describe(&report.problems);
    assert_eq!(report.problems.len(), 1, "{text}");
    let p = &report.problems[0];
    let line = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/scolarite/portail.toml"))
        .unwrap()
        .lines()
        .position(|l| l == "id = \"inaya-poesie\"")
        .unwrap()
        + 2;
    assert_eq!((p.file.as_str(), p.line), ("scolarite/portail.toml", line), "{text}");
    assert!(text.contains("« lina »"), "{text}");
    // Missing world: each mission says so on its `world` line.
    let report = check_edited("no-world", |dir| std::fs::remove_file(dir.join("scolarite/portail.toml")).unwrap());
    let missions: Vec<_> = report.problems.iter().filter(|p| p.msg.id == "check-file-missing").collect();
    assert!(missions.len() >= 6, "{}", describe(&report.problems));
    // Each on the line of its `world = "portail"`.
    let world_line = |file: &str| {
        let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises").join(file)).unwrap();
        src.lines().position(|l| l.starts_with("world = ")).unwrap() + 1
    };
    assert!(
        missions.iter().all(|p| p.file != "scolarite/portail.toml" && p.line == world_line(&p.file)),
        "{}",
        describe(&report.problems)
    );
}

#[test]
fn an_exercise_says_how_long_it_takes_from_1_to_60_minutes() {
    let p = exercise_problems(&GOOD_CHOICE.replace("minutes = 3\n", ""));
    assert_eq!(p, vec!["1: Il manque « minutes »."]);
    for bad in ["0", "61", "600"] {
        let p = exercise_problems(&GOOD_CHOICE.replace("minutes = 3", &format!("minutes = {bad}")));
        assert_eq!(
            p,
            vec![format!(
                "3: « minutes » vaut {bad}. Écrivez un nombre entier de 1 à 60 : le temps que met un débutant pour faire cet exercice, sans se presser."
            )],
        );
    }
    for bad in ["\"5\"", "-2", "2.5"] {
        let p = exercise_problems(&GOOD_CHOICE.replace("minutes = 3", &format!("minutes = {bad}")));
        assert_eq!(p, vec!["3: « minutes » doit être un nombre entier."], "{bad}");
    }
    for good in ["1", "60"] {
        let ex =
            parse_exercise("cv", "test", &GOOD_CHOICE.replace("minutes = 3", &format!("minutes = {good}"))).unwrap();
        assert_eq!(ex.minutes.to_string(), good);
    }
}

#[test]
fn a_simulation_file_takes_minutes_like_any_exercise() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/cv/mon-cv.toml");
    let src = std::fs::read_to_string(path).unwrap();
    let ex = parse_exercise("cv", "mon-cv", &src).unwrap();
    assert!(ex.minutes > 0);
    let Err(p) = parse_exercise("cv", "mon-cv", &src.replace(&format!("minutes = {}\n", ex.minutes), "")) else {
        panic!("a simulation without minutes is refused")
    };
    assert_eq!(describe(&p), "cv/mon-cv.toml:1:1: Il manque « minutes ».");
}

#[test]
fn a_modules_duration_is_the_sum_of_its_exercises_minutes() {
    let dir = std::env::temp_dir().join(format!("pas-a-pas-minutes-{}", std::process::id()));
    let m = dir.join("cv");
    std::fs::create_dir_all(&m).unwrap();
    std::fs::write(dir.join("modules.toml"), "modules = [\"cv\"]\n").unwrap();
    std::fs::write(
        m.join("module.toml"),
        "id = \"cv\"\nicon = \"cv\"\nexercises = [\"a\", \"b\", \"c\"]\ntitle.fr = \"T\"\ndescription.fr = \"D\"\n",
    )
    .unwrap();
    std::fs::write(m.join("a.toml"), GOOD_CHOICE.replace("id = \"test\"", "id = \"a\"")).unwrap();
    std::fs::write(
        m.join("b.toml"),
        GOOD_CHOICE.replace("id = \"test\"", "id = \"b\"").replace("minutes = 3", "minutes = 7"),
    )
    .unwrap();
    // A broken exercise shows its problem and adds nothing.
    std::fs::write(
        m.join("c.toml"),
        GOOD_CHOICE.replace("id = \"test\"", "id = \"c\"").replace("minutes = 3", "minutes = 0"),
    )
    .unwrap();
    let read = |p: String| {
        let path = dir.join(p);
        async move { std::fs::read_to_string(path).ok() }
    };
    let content = block_on(pas_a_pas::content::check::load_module("cv", &read, &EVERYTHING));
    assert_eq!(content.module.as_ref().unwrap().minutes, 10);
    assert_eq!(content.problems().len(), 1);
    // The manifest alone does not know it.
    let (manifest, _) = block_on(pas_a_pas::content::check::load_manifest("cv", &read));
    assert_eq!(manifest.unwrap().minutes, 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every shipped exercise says its minutes; each module's duration is their sum.
#[test]
fn shipped_durations_are_per_exercise_and_summed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let read = |p: String| {
        let path = root.join(p);
        async move { std::fs::read_to_string(path).ok() }
    };
    let (ids, problems, _) = block_on(pas_a_pas::content::check::load_module_list(&read));
    assert!(problems.is_empty());
    for id in ids {
        let manifest = std::fs::read_to_string(root.join(&id).join("module.toml")).unwrap();
        assert!(!manifest.lines().any(|l| l.starts_with("minutes")), "{id}: no minutes typed in module.toml");
        let content = block_on(pas_a_pas::content::check::load_module(&id, &read, &EVERYTHING));
        let mut sum = 0;
        for (ex, parsed) in &content.exercises {
            let ex_minutes = parsed.as_ref().unwrap_or_else(|p| panic!("{id}/{ex}:\n{}", describe(p))).minutes;
            assert!((1..=60).contains(&ex_minutes), "{id}/{ex}: {ex_minutes} minutes");
            sum += ex_minutes;
        }
        assert_eq!(content.module.as_ref().unwrap().minutes, sum, "{id}");
        // The home page and the module's page read summaries only (no kind's
        // reader, no simulation): the same durations, titles and kinds.
        let summaries = block_on(pas_a_pas::content::check::load_summaries(&id, &read, &LEARNERS.registry));
        assert_eq!(summaries.module, content.module, "{id}");
        for ((ex, whole), (_, summary)) in content.exercises.iter().zip(&summaries.exercises) {
            let (whole, summary) = (whole.as_ref().unwrap(), summary.as_ref().unwrap());
            assert_eq!(
                (&summary.id, &summary.title, summary.minutes),
                (&whole.id, &whole.title, whole.minutes),
                "{id}/{ex}"
            );
            let kind = std::fs::read_to_string(root.join(&id).join(format!("{ex}.toml"))).unwrap();
            assert!(kind.contains(&format!("kind = \"{}\"", summary.kind)), "{id}/{ex}: {}", summary.kind);
        }
    }
}
