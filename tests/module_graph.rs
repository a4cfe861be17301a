//! The crate's module graph, read from the sources: no module reaches
//! itself through others (no import cycle), and the model and the store
//! use nothing of the words, the app or the screens. Test code is left out
//! (`tests.rs`, `*_tests.rs`, `#[cfg(test)] mod … { }`).
//!
//! A module is a file: `src/app/keymap.rs` is `app::keymap`. Edges come
//! from `use` trees and from `crate::…` / `super::…` paths in the code;
//! a child naming its parent (`super::Thing` from `mod.rs`'s child) is not
//! an edge, since a parent's items are the child's own namespace.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().unwrap().to_str().unwrap();
            if name != "tests.rs" && !name.ends_with("_tests.rs") {
                out.push(path);
            }
        }
    }
}

fn module_of(root: &Path, path: &Path) -> Module {
    let rel = path.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Module = rel
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The source without comments and without `#[cfg(test)] mod x { … }`.
fn strip(text: &str) -> String {
    let no_comments: String = text
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with("//") { "" } else { l }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::new();
    let mut rest = no_comments.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        // Further attributes (e.g. `#[path = …]`) may sit between.
        let mut item = trimmed;
        while item.starts_with("#[") {
            item = item[item.find(']').unwrap() + 1..].trim_start();
        }
        let is_mod_block = item.starts_with("mod ")
            && item
                .find(['{', ';'])
                .is_some_and(|i| item.as_bytes()[i] == b'{');
        if !is_mod_block {
            // A gated item that is not a test module: drop its first line.
            rest = after.find('\n').map_or("", |i| &after[i..]);
            continue;
        }
        let open = item.find('{').unwrap();
        let mut depth = 0usize;
        let mut end = item.len();
        for (i, ch) in item[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find("::{") else {
        return vec![tree];
    };
    let head = &tree[..open];
    let body = &tree[open + 3..tree.len().saturating_sub(1)];
    let (mut items, mut depth, mut cur) = (Vec::new(), 0, String::new());
    for ch in body.chars() {
        match ch {
            ',' if depth == 0 => items.push(std::mem::take(&mut cur)),
            _ => {
                depth += i32::from(ch == '{') - i32::from(ch == '}');
                cur.push(ch);
            }
        }
    }
    items.push(cur);
    items
        .into_iter()
        .filter(|i| !i.is_empty())
        .flat_map(|i| expand(&format!("{head}::{i}")))
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path the code names: `use` trees, then `crate::…`/`super::…`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let boundary = rest[..at].chars().last().is_none_or(|c| !is_ident(c));
        let after = &rest[at + 4..];
        match (boundary, after.find(';')) {
            (true, Some(end)) => {
                out.extend(expand(&after[..end]));
                rest = &after[end..];
            }
            _ => rest = after,
        }
    }
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let boundary = rest[..at]
                .chars()
                .last()
                .is_none_or(|c| !is_ident(c) && c != ':');
            let tail = &rest[at..];
            // Identifiers joined by `::`.
            let bytes = tail.as_bytes();
            let mut len = 0;
            while len < bytes.len() {
                if tail[len..].starts_with("::") {
                    len += 2;
                } else if bytes[len].is_ascii_alphanumeric() || bytes[len] == b'_' {
                    len += 1;
                } else {
                    break;
                }
            }
            // `crate::a::` before `{` is a use tree, read above.
            if boundary && !tail[..len].ends_with("::") {
                out.push(tail[..len].to_string());
            }
            rest = &tail[len.max(1)..];
        }
    }
    out
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let modules: BTreeMap<Module, PathBuf> = files
        .iter()
        .map(|f| (module_of(&root, f), f.clone()))
        .collect();
    let resolve = |parts: &[String]| -> Option<Module> {
        (1..=parts.len())
            .rev()
            .map(|k| parts[..k].to_vec())
            .find(|m| modules.contains_key(m))
    };
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let code = strip(&fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for path in paths(&code) {
            let path = path.split(" as ").next().unwrap().to_string();
            let mut parts: Vec<String> = path.split("::").map(str::to_string).collect();
            let mut base: Module = match parts.first().map(String::as_str) {
                Some("crate") => Vec::new(),
                Some("self") => module.clone(),
                Some("super") => module[..module.len().saturating_sub(1)].to_vec(),
                _ => continue,
            };
            parts.remove(0);
            while parts.first().is_some_and(|p| p == "super") {
                parts.remove(0);
                base.pop();
            }
            base.extend(parts);
            if let Some(target) = resolve(&base)
                && target != *module
                && !module.starts_with(&target)
            {
                targets.insert(target);
            }
        }
        edges.insert(module.clone(), targets);
    }
    edges
}

/// Groups of two modules or more that reach each other (Tarjan).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        out: Vec<Vec<Module>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in &self.edges[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    group.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    self.out.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.out
}

#[test]
fn no_module_reaches_itself_through_imports() {
    let edges = graph();
    assert!(edges.len() > 100, "{} modules found", edges.len());
    let found: Vec<String> = cycles(&edges)
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|m| m.join("::"))
                .collect::<Vec<_>>()
                .join(" ↔ ")
        })
        .collect();
    assert!(found.is_empty(), "import cycles: {found:#?}");
}

#[test]
fn model_and_store_use_no_words_app_or_screens() {
    let mut bad = Vec::new();
    for (module, targets) in graph() {
        if !matches!(module.first().map(String::as_str), Some("model" | "store")) {
            continue;
        }
        for t in targets {
            if matches!(
                t.first().map(String::as_str),
                Some("i18n" | "app" | "ui" | "tui" | "forms" | "commands")
            ) {
                bad.push(format!("{} → {}", module.join("::"), t.join("::")));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_reader_sees_cycles_and_test_code_is_left_out() {
    // The checks above are only worth what this reader sees.
    let code = strip(
        "use super::{a::B, c};\nfn f() { crate::x::y(); }\n// use crate::z;\n\
         #[cfg(test)]\nmod tests {\n    use crate::t;\n    fn g() { let _ = \"{}\"; }\n}\n",
    );
    let mut p = paths(&code);
    p.sort();
    assert_eq!(p, ["crate::x::y", "super::a::B", "super::c"]);
    let m = |s: &str| s.split("::").map(str::to_string).collect::<Module>();
    let edges: BTreeMap<Module, BTreeSet<Module>> = [
        (m("a"), [m("b")].into()),
        (m("b"), [m("a")].into()),
        (m("c"), [m("a")].into()),
    ]
    .into();
    assert_eq!(cycles(&edges).len(), 1);
}
