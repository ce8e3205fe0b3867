//! Every rule cites a section that exists, with the right title, and its quote occurs in
//! that section's text (from the RFC XML in `spec/rfc/`). The generated section table in
//! `src/spec.rs` matches the TSVs.

mod common;

use common::rfctext::{all_sections, collapse, section_rows, RFCS};

#[test]
fn every_quote_is_in_its_section() {
    let sections = all_sections();
    let mut errors = Vec::new();
    for meta in wirelint::registry::all() {
        let s = meta.section;
        let Some(text) = sections
            .iter()
            .find(|t| t.rfc == s.rfc && t.number == s.number)
        else {
            errors.push(format!(
                "{}: RFC {} has no section {}",
                meta.id, s.rfc, s.number
            ));
            continue;
        };
        if text.title != s.title {
            errors.push(format!(
                "{}: RFC {} §{} is titled {:?}, not {:?}",
                meta.id, s.rfc, s.number, text.title, s.title
            ));
        }
        let quote = collapse(&meta.quote());
        if quote.len() < 20 {
            errors.push(format!(
                "{}: quote {:?} is missing or too short",
                meta.id, quote
            ));
        } else if !text.text.contains(&quote) {
            errors.push(format!(
                "{}: quote not found in RFC {} §{} ({}):\n    {}\n  see: cargo run -q --example section_text -- {} {}",
                meta.id, s.rfc, s.number, s.title, quote, s.rfc, s.number
            ));
        }
        let url = s.url();
        let kind = if s.number.starts_with(|c: char| c.is_ascii_uppercase()) {
            "appendix"
        } else {
            "section"
        };
        assert_eq!(
            url,
            format!(
                "https://www.rfc-editor.org/rfc/rfc{}#{kind}-{}",
                s.rfc, s.number
            )
        );
    }
    assert!(
        errors.is_empty(),
        "{} citation problem(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn section_table_matches_the_rfcs() {
    let mut expected = Vec::new();
    for rfc in RFCS {
        for (number, anchor, title) in section_rows(rfc) {
            expected.push((rfc, number, anchor, title));
        }
    }
    let got: Vec<_> = wirelint::spec::ALL
        .iter()
        .map(|s| {
            (
                s.rfc,
                s.number.to_string(),
                s.anchor.to_string(),
                s.title.to_string(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    // Every section of the table exists in the XML (but the reference lists, which have
    // no anchor and no prose to cite).
    let sections = all_sections();
    for s in wirelint::spec::ALL
        .iter()
        .filter(|s| !s.anchor.is_empty() && !s.title.ends_with("References"))
    {
        assert!(
            sections
                .iter()
                .any(|t| t.rfc == s.rfc && t.number == s.number),
            "RFC {} §{} not in the XML",
            s.rfc,
            s.number
        );
    }
}

/// The text rendering itself: known sentences come out as the RFC prints them.
#[test]
fn section_text_reads_like_the_rfc() {
    let sections = all_sections();
    let find = |rfc: u16, n: &str| {
        sections
            .iter()
            .find(|s| s.rfc == rfc && s.number == n)
            .unwrap()
            .text
            .clone()
    };
    let s = find(9112, "3.2");
    assert!(s.contains("A client MUST send a Host header field (Section 7.2 of [HTTP]) in all HTTP/1.1 request messages."));
    let s = find(9110, "8.6");
    assert!(s.contains("A server MUST NOT send a Content-Length header field in any response with a status code of 1xx (Informational) or 204 (No Content)."));
    // Subsections are not part of their parent's text.
    let s = find(9112, "3");
    assert!(!s.contains("A client MUST send a Host header field"));
}
