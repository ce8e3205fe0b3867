//! Bad input is our normal input: random bytes and mutated messages never panic, never
//! hang and keep every span in bounds. Bounded and seeded, so a failure reproduces.
//! Memory on huge inputs is measured in tests/memory.rs.

mod common;

use common::rng::Rng;
use common::{all_fixtures, lint_checked};
use wirelint::{LineEndings, Options};

const INTERESTING: &[&[u8]] = &[
    b"\r\n",
    b"\n",
    b"\r",
    b":",
    b" ",
    b"\t",
    b"\0",
    b"\xff",
    b"\xc3\xa9",
    b"0",
    b"ffffffffffffffffff",
    b"HTTP/1.1 ",
    b"GET / HTTP/1.1\r\n",
    b"Content-Length: ",
    b"Transfer-Encoding: chunked\r\n",
    b"\r\n\r\n",
    b";ext=\"v\"",
    b"Host: ",
    b"99999999999999999999999",
    b",",
    b"\"",
    b"(",
    b"HTTP/1.1 101 x\r\n\r\n",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let end = (at + rng.below(8)).min(out.len());
                out.drain(at.min(end)..end);
            }
            1 => {
                let s = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, s.iter().copied());
            }
            2 if at < out.len() => out[at] = rng.next() as u8,
            3 if !out.is_empty() => {
                let from = rng.below(out.len());
                let end = (from + rng.below(40)).min(out.len());
                let chunk = out[from..end].to_vec();
                out.splice(at..at, chunk);
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn options() -> [Options; 2] {
    [
        Options::default(),
        Options {
            line_endings: LineEndings::Strict,
            ..Options::default()
        },
    ]
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = rng.below(300);
        // Mostly printable with line breaks, so the parser gets past the first line.
        let input: Vec<u8> = (0..len)
            .map(|_| match rng.below(10) {
                0 => b'\n',
                1 => b'\r',
                2 => rng.next() as u8,
                3 => b':',
                4 => b' ',
                _ => b"GETHTP/1.0 ContenLgh:abcdef"[rng.below(27)],
            })
            .collect();
        for opts in options() {
            lint_checked(&input, &opts);
        }
    }
}

#[test]
fn mutated_fixtures_never_panic() {
    let mut rng = Rng(42);
    let seeds: Vec<Vec<u8>> = all_fixtures()
        .into_iter()
        .flat_map(|f| f.cases.into_iter().map(|c| c.input))
        .collect();
    assert!(!seeds.is_empty());
    for round in 0..30_000 {
        let seed = &seeds[round % seeds.len()];
        let input = mutate(&mut rng, seed);
        for opts in options() {
            lint_checked(&input, &opts);
        }
    }
}

#[test]
fn many_tiny_messages() {
    let input = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n".repeat(100_000);
    let report = lint_checked(&input, &Options::default());
    assert_eq!(report.messages.len(), 100_000);
}
