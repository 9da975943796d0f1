//! Checks every content file: the module list, each manifest and each
//! exercise it names. The same code runs in the native test (reading the
//! folder) and on the advisors' "Vérifier les exercices" page (fetching it).

use super::exercise::{parse_exercise, parse_summary, total_minutes, Exercise, Minutes, Summary};
use super::tree::{Locator, Seg};
use super::{exercise_file, module_file, module_list_file, parse_module, parse_module_list, Module, Msg, Problem};
use crate::kinds::KindData;
use crate::sim::Registry;
use std::future::Future;

/// Everything found in one module folder: each exercise read whole
/// ([`Exercise`]), or only summed up ([`Summary`]) for a list of them.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleContent<E = Exercise> {
    pub id: String,
    pub module: Result<Module, Vec<Problem>>,
    /// Each exercise the manifest lists, in order, read or with its problems.
    pub exercises: Vec<(String, Result<E, Vec<Problem>>)>,
}

impl<E: Clone> ModuleContent<E> {
    pub fn exercise(&self, id: &str) -> Option<&Result<E, Vec<Problem>>> {
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
/// lists, whole; the module's duration is then the sum of its exercises' minutes.
pub async fn load_module<F, Fut>(id: &str, read: &F, registry: &Registry) -> ModuleContent
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let (module, exercises) = load_files(id, read, |ex, text| parse_exercise(id, ex, text, registry)).await;
    // Data files shared by several exercises (a simulation's world), read once.
    let mut data_files: Vec<(String, Option<String>)> = Vec::new();
    let mut whole = Vec::new();
    for (ex, text, parsed) in exercises {
        let parsed = match parsed {
            Ok(exercise) => with_data_file(id, &ex, &text, exercise, read, &mut data_files).await,
            Err(p) => Err(p),
        };
        whole.push((ex, parsed));
    }
    with_minutes(id, module, whole)
}

/// Reads and checks a module manifest and the summary of every exercise it
/// lists (what the home page and the module's page show), with its duration.
pub async fn load_summaries<F, Fut>(id: &str, read: &F, registry: &Registry) -> ModuleContent<Summary>
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let (module, exercises) = load_files(id, read, |ex, text| parse_summary(id, ex, text, registry)).await;
    with_minutes(id, module, exercises.into_iter().map(|(ex, _, parsed)| (ex, parsed)).collect())
}

/// One exercise file as read: its id, its text and what `parse` made of it.
type Read<E> = (String, String, Result<E, Vec<Problem>>);

/// The manifest, then each exercise file it lists read with `parse`.
async fn load_files<E, F, Fut>(
    id: &str,
    read: &F,
    parse: impl Fn(&str, &str) -> Result<E, Vec<Problem>>,
) -> (Result<Module, Vec<Problem>>, Vec<Read<E>>)
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let file = module_file(id);
    let (module, src) = load_manifest(id, read).await;
    let src = src.unwrap_or_default();
    let mut exercises = Vec::new();
    if let Ok(m) = &module {
        // Fetch the exercise files one after the other: a static server on a
        // small laptop copes better, and each is only a few kilobytes.
        for (i, ex) in m.exercises.iter().enumerate() {
            let path = exercise_file(id, ex);
            let (text, parsed) = match read(path.clone()).await {
                Some(text) => {
                    let parsed = parse(ex, &text);
                    (text, parsed)
                }
                None => {
                    let msg = Msg::new("check-exercise-missing").arg("id", ex.clone()).arg("file", path);
                    (String::new(), Err(vec![missing(&file, &src, "exercises", i, msg)]))
                }
            };
            exercises.push((ex.clone(), text, parsed));
        }
    }
    (module, exercises)
}

/// The module with its duration: the sum of its exercises' minutes.
fn with_minutes<E: Minutes>(
    id: &str,
    mut module: Result<Module, Vec<Problem>>,
    exercises: Vec<(String, Result<E, Vec<Problem>>)>,
) -> ModuleContent<E> {
    if let Ok(m) = &mut module {
        m.minutes = total_minutes(exercises.iter().filter_map(|(_, r)| r.as_ref().ok()));
    }
    ModuleContent { id: id.into(), module, exercises }
}

/// An exercise whose simulation reads a data file besides its own: that file
/// read (once per module, kept in `data_files`) and attached.
async fn with_data_file<F, Fut>(
    module: &str,
    ex: &str,
    text: &str,
    mut exercise: Exercise,
    read: &F,
    data_files: &mut Vec<(String, Option<String>)>,
) -> Result<Exercise, Vec<Problem>>
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Option<String>>,
{
    let path = exercise_file(module, ex);
    let Some((key, data_path)) = sim_data_file(&exercise.data).map(|(k, d)| (k, exercise_file(module, d))) else {
        return Ok(exercise);
    };
    if !data_files.iter().any(|(p, _)| *p == data_path) {
        let src = read(data_path.clone()).await;
        data_files.push((data_path.clone(), src));
    }
    match data_files.iter().find(|(p, _)| *p == data_path).and_then(|(_, s)| s.as_deref()) {
        Some(src) => attach(&mut exercise.data, &path, text, &data_path, src).map(|()| exercise),
        None => {
            let (line, col) = Locator::new(text).locate(&[Seg::Key(key.into())]);
            let msg = Msg::new("check-file-missing").arg("file", data_path);
            Err(vec![Problem { file: path, line, col, msg }])
        }
    }
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
