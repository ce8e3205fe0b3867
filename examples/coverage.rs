//! Prints how much of RFC 9110, 9111 and 9112 wirelint checks, from `spec/coverage.tsv`:
//! `cargo run -q --example coverage`.

#[path = "../tests/common/coverage.rs"]
mod coverage;

fn main() {
    let rows = coverage::rows();
    println!(
        "{:<6} {:>6} {:>7} {:>10} {:>9} {:>6} {:>8}",
        "RFC", "rows", "mapped", "checkable", "with rule", "todo", "share"
    );
    for rfc in ["9110", "9111", "9112"] {
        let of: Vec<_> = rows.iter().filter(|r| r.rfc() == rfc).collect();
        let mapped = of
            .iter()
            .filter(|r| !r.rules.is_empty() || !r.note.is_empty())
            .count();
        let checkable = of.iter().filter(|r| r.checkable()).count();
        let ruled = of.iter().filter(|r| !r.rules.is_empty()).count();
        let todo = checkable - ruled;
        // Counts of requirements: far below 2^52, so the casts are exact.
        #[allow(clippy::cast_precision_loss)]
        let share = if checkable == 0 {
            0.0
        } else {
            100.0 * f64::from(ruled as u32) / f64::from(checkable as u32)
        };
        println!(
            "{rfc:<6} {:>6} {mapped:>7} {checkable:>10} {ruled:>9} {todo:>6} {share:>7.1}%",
            of.len()
        );
    }
    let todos: Vec<_> = rows.iter().filter(|r| r.note.starts_with("todo")).collect();
    if !todos.is_empty() {
        println!("\nchecked from a message but without a rule yet:");
        for r in todos {
            println!("  {} {}", r.id, r.note);
        }
    }
}
