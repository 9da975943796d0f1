//! Checks every content file: the module list, each manifest and each
//! exercise it names. The same code runs in the native test (reading the
//! folder) and on the advisors' "Vérifier les exercices" page (fetching it).

use super::tree::{Locator, Seg};
use super::{
    exercise_file, module_file, module_list_file, parse_exercise, parse_module, parse_module_list, Exercise, Module,
    Msg, Problem,
};
use crate::kinds::KindData;
use crate::sim::Registry;
use std::future::Future;

/// Everything found in one module folder.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleContent {
    pub id: String,
    pub module: Result<Module, Vec<Problem>>,
    /// Each exercise the manifest lists, in order, parsed or with its problems.
    pub exercises: Vec<(String, Result<Exercise, Vec<Problem>>)>,
}

impl ModuleContent {
    pub fn exercise(&self, id: &str) -> Option<&Result<Exercise, Vec<Problem>>> {
        self.exercises.iter().find(|(e, _)| e == id).map(|(_, r)| r)
    }
    pub fn problems(&self) -> Vec<Problem> {
        let mut all = self.module.clone().err().unwrap_or_default();
        for (_, r) in &self.exercises {
            if let Err(p) = r {
                // A data file shared by several exercises reports its problems once.
                all.extend(p.iter().filter(|p| !all.contains(p)).cloned().collect::<Vec<_>>());
            }
        }
        all
    }
}

/// The problem for a file that a list names but that cannot be read.
fn missing(list_file: &str, list_src: &str, key: &str, index: usize, msg: Msg) -> Problem {
    let (line, col) = Locator::new(list_src).locate(&[Seg::Key(key.into()), Seg::Index(index)]);
    Problem { file: list_file.into(), line, col, msg }
}

/// The problem for a file that cannot be read at all.
pub fn file_missing(file: String) -> Problem {
    let msg = Msg::new("check-file-missing").arg("file", file.clone());
    Problem { file, line: 1, col: 1, msg }
}

/// Reads and checks a module manifest alone (its duration is still 0: see
/// [`load_module`]). Also returns its text, to locate problems about the
/// exercises it lists.
pub async fn load_manifest<F, Fut>(id: &str, read: &F) -> (Result<Module, Vec<Problem>>, Option<String>)
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    match read(module_file(id)).await {
        Some(src) => (parse_module(id, &src), Some(src)),
        None => (Err(vec![file_missing(module_file(id))]), None),
    }
}

/// Reads and checks a module manifest and, when it reads, every exercise it
/// lists; the module's duration is then the sum of its exercises' minutes.
pub async fn load_module<F, Fut>(id: &str, read: &F, registry: &Registry) -> ModuleContent
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let file = module_file(id);
    let (mut module, src) = load_manifest(id, read).await;
    let src = src.unwrap_or_default();
    let mut exercises = Vec::new();
    if let Ok(m) = &module {
        // Fetch the exercise files one after the other: a static server on a
        // small laptop copes better, and each is only a few kilobytes.
        // Data files shared by several exercises (a simulation's world), read once.
        let mut data_files: Vec<(String, Option<String>)> = Vec::new();
        for (i, ex) in m.exercises.iter().enumerate() {
            let path = exercise_file(id, ex);
            let parsed = match read(path.clone()).await {
                Some(text) => match parse_exercise(id, ex, &text, registry) {
                    Ok(mut exercise) => match sim_data_file(&exercise.data).map(|(k, d)| (k, exercise_file(id, d))) {
                        None => Ok(exercise),
                        Some((key, data_path)) => {
                            if !data_files.iter().any(|(p, _)| *p == data_path) {
                                let src = read(data_path.clone()).await;
                                data_files.push((data_path.clone(), src));
                            }
                            match data_files.iter().find(|(p, _)| *p == data_path).and_then(|(_, s)| s.as_deref()) {
                                Some(src) => {
                                    attach(&mut exercise.data, &path, &text, &data_path, src).map(|()| exercise)
                                }
                                None => {
                                    let (line, col) = Locator::new(&text).locate(&[Seg::Key(key.into())]);
                                    let msg = Msg::new("check-file-missing").arg("file", data_path);
                                    Err(vec![Problem { file: path.clone(), line, col, msg }])
                                }
                            }
                        }
                    },
                    Err(p) => Err(p),
                },
                None => Err(vec![missing(
                    &file,
                    &src,
                    "exercises",
                    i,
                    Msg::new("check-exercise-missing").arg("id", ex.clone()).arg("file", path),
                )]),
            };
            exercises.push((ex.clone(), parsed));
        }
    }
    if let Ok(m) = &mut module {
        m.minutes = super::total_minutes(exercises.iter().filter_map(|(_, r)| r.as_ref().ok()));
    }
    ModuleContent { id: id.into(), module, exercises }
}

/// The data file a simulation reads besides its exercise file, if any.
fn sim_data_file(data: &KindData) -> Option<(&'static str, &str)> {
    match data {
        KindData::Sim(sim) => sim.data_file(),
        _ => None,
    }
}

fn attach(
    data: &mut KindData,
    ex_file: &str,
    ex_src: &str,
    data_file: &str,
    data_src: &str,
) -> Result<(), Vec<Problem>> {
    match data {
        KindData::Sim(sim) => sim.attach(ex_file, ex_src, data_file, data_src),
        _ => Ok(()),
    }
}

/// Reads `modules.toml`: the module ids, or the problems that stop the app
/// from knowing which modules exist.
pub async fn load_module_list<F, Fut>(read: &F) -> (Vec<String>, Vec<Problem>, Option<String>)
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let Some(src) = read(module_list_file()).await else {
        return (Vec::new(), vec![file_missing(module_list_file())], None);
    };
    match parse_module_list(&src) {
        Ok(list) => (list.modules, Vec::new(), Some(src)),
        Err(p) => (Vec::new(), p, Some(src)),
    }
}

/// The result of checking all content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub modules: usize,
    pub exercises: usize,
}

/// Checks every file reachable from `modules.toml`.
pub async fn check_all<F, Fut>(read: F, registry: &Registry) -> Report
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let (ids, mut problems, list_src) = load_module_list(&read).await;
    let mut report = Report::default();
    for (i, id) in ids.iter().enumerate() {
        let content = load_module(id, &read, registry).await;
        if let Err(p) = &content.module {
            if p.iter().any(|p| p.msg.id == "check-file-missing") {
                // Point at the line of modules.toml that names the missing folder.
                let src = list_src.as_deref().unwrap_or("");
                problems.push(missing(
                    &module_list_file(),
                    src,
                    "modules",
                    i,
                    Msg::new("check-module-missing").arg("id", id.clone()).arg("file", module_file(id)),
                ));
                continue;
            }
        }
        report.modules += 1;
        report.exercises += content.exercises.len();
        problems.extend(content.problems());
    }
    report.problems = problems;
    report
}
