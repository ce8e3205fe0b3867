//! Collects the rule files under `src/rules/<area>/<rule_id>.rs` into the registry.
//!
//! Every file there declares exactly one rule with `declare_rule!`, whose struct is the
//! PascalCase of the file name; a file that defines `pub(crate) fn check` is run once per
//! message, the others are reported by the parser. Generating the list means a rule file
//! cannot be forgotten in the registry.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let rules_dir = Path::new(&root).join("src/rules");
    println!("cargo:rerun-if-changed=src/rules");
    let mut areas: Vec<_> = fs::read_dir(&rules_dir)
        .expect("src/rules")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    let mut mods = String::new();
    let mut entries = String::new();
    for area in &areas {
        println!("cargo:rerun-if-changed={}", area.display());
        let area_name = area
            .file_name()
            .and_then(|n| n.to_str())
            .expect("area name");
        let mut files: Vec<_> = fs::read_dir(area)
            .expect("area dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        writeln!(
            mods,
            "/// Rules of the `{area_name}` area.\npub mod {area_name} {{"
        )
        .unwrap();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let stem = file
                .file_stem()
                .and_then(|n| n.to_str())
                .expect("file name");
            let text = fs::read_to_string(file).expect("rule file");
            let name = pascal(stem);
            assert!(
                text.contains(&format!(" {name} {{")),
                "{}: expected `declare_rule!` of `{name}`",
                file.display()
            );
            let check = if text.contains("pub(crate) fn check(") {
                format!("Some({area_name}::{stem}::check)")
            } else {
                "None".to_string()
            };
            writeln!(
                mods,
                "    /// The rule in `{stem}.rs`.\n    #[path = {:?}]\n    pub mod {stem};",
                file.display().to_string()
            )
            .unwrap();
            writeln!(
                entries,
                "    crate::registry::RuleEntry {{ meta: &{area_name}::{stem}::{name}::META, check: {check} }},"
            )
            .unwrap();
        }
        mods.push_str("}\n");
    }
    let out = format!(
        "{mods}\n/// Every rule, by area and id.\npub static RULES: &[crate::registry::RuleEntry] = &[\n{entries}];\n"
    );
    let out_path = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("rules.rs");
    fs::write(out_path, out).expect("write rules.rs");
}
