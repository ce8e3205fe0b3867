//! Native lint throughput over the benchmark corpus, one `lint` call per message:
//! `cargo run --release --example bench -- target/bench/corpus.txt` (scripts/bench.sh
//! writes the corpus and runs this, then the same corpus through wasm and llhttp in node).
//!
//! Prints the median of several timed rounds after warm-up rounds, for the full lint and
//! for the parser alone, so that time spent in rules shows as the difference.

// Byte and message counts of the corpus are far below 2^52: f64 holds them exactly.
#![allow(clippy::cast_precision_loss)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};
use std::{env, fs, process};

use wirelint::context::Sink;
use wirelint::Options;

/// Reads the corpus format of `scripts/bench/corpus.mjs`: `Q <len>\n` or `S <len>\n`,
/// then that many bytes.
fn read_corpus(data: &[u8]) -> Result<Vec<&[u8]>, String> {
    let mut messages = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let newline = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("record header without newline")?;
        let (head, tail) = rest.split_at(newline);
        let head = std::str::from_utf8(head).map_err(|e| e.to_string())?;
        let len: usize = match head.split_once(' ') {
            Some(("Q" | "S", n)) => n.parse().map_err(|_| format!("bad length in {head:?}"))?,
            _ => return Err(format!("bad record header {head:?}")),
        };
        let tail = tail.get(1..).unwrap_or_default();
        if tail.len() < len {
            return Err("truncated record".into());
        }
        let (message, next) = tail.split_at(len);
        messages.push(message);
        rest = next;
    }
    Ok(messages)
}

fn rounds() -> (usize, usize) {
    let measured = env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(9);
    (2, measured)
}

/// Runs `round` over the corpus, returns the median duration of the measured rounds.
fn time(mut round: impl FnMut() -> usize) -> Duration {
    let (warmup, measured) = rounds();
    for _ in 0..warmup {
        black_box(round());
    }
    let mut times: Vec<Duration> = (0..measured.max(1))
        .map(|_| {
            let start = Instant::now();
            black_box(round());
            start.elapsed()
        })
        .collect();
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn report(name: &str, bytes: usize, messages: usize, median: Duration) {
    let secs = median.as_secs_f64();
    println!(
        "  {name:<28} {:>9.1} MB/s {:>12.0} messages/s   (median round {:.1} ms)",
        bytes as f64 / 1e6 / secs,
        messages as f64 / secs,
        secs * 1e3
    );
}

fn main() {
    let path = env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/corpus.txt".into());
    let data = fs::read(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e} (run scripts/bench.sh to generate it)");
        process::exit(1);
    });
    let messages = read_corpus(&data).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        process::exit(1);
    });
    let bytes: usize = messages.iter().map(|m| m.len()).sum();
    let options = Options::default();

    // The corpus is meant to be clean: list what it triggers, so a noisy corpus shows.
    let mut found: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &messages {
        for f in wirelint::lint(m, &options).findings {
            *found.entry(f.id()).or_default() += 1;
        }
    }
    let (_, measured) = rounds();
    println!(
        "native (release, {} messages, {:.2} MB, median of {measured} rounds)",
        messages.len(),
        bytes as f64 / 1e6
    );
    let findings: Vec<String> = found.iter().map(|(id, n)| format!("{id}×{n}")).collect();
    println!(
        "  corpus findings: {}",
        if findings.is_empty() {
            "none".to_string()
        } else {
            findings.join(", ")
        }
    );

    let lint = time(|| {
        messages
            .iter()
            .map(|m| wirelint::lint(black_box(m), &options).findings.len())
            .sum()
    });
    report("lint", bytes, messages.len(), lint);
    let parse = time(|| {
        messages
            .iter()
            .map(|m| {
                let mut sink = Sink::new(&options);
                wirelint::parse::parse(black_box(m), &options, &mut sink).len()
            })
            .sum()
    });
    report("parse only", bytes, messages.len(), parse);
}
