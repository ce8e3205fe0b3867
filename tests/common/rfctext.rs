//! The text of RFC sections, from the XML sources in `spec/rfc/`, rendered as the RFC
//! reads: cross-references become "Section 7.2", "Section 5.6.1 of [HTTP]" or
//! "[RFC5322]", markup is dropped, whitespace is collapsed to single spaces. Subsections
//! are not part of a section's text. A rule's quote must occur in this text.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// One section: number, anchor, title (from the TSV) and text (from the XML).
#[derive(Debug, Clone)]
pub struct SectionText {
    pub rfc: u16,
    pub number: String,
    pub anchor: String,
    pub title: String,
    pub text: String,
}

pub const RFCS: [u16; 3] = [9110, 9111, 9112];

fn spec_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/rfc")
}

/// `(number, anchor, title)` rows of `rfcNNNN-sections.tsv`.
pub fn section_rows(rfc: u16) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(spec_dir().join(format!("rfc{rfc}-sections.tsv"))).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.split('\t');
            let n = parts.next().unwrap().to_string();
            let a = parts.next().unwrap().to_string();
            let t = parts.next().unwrap().to_string();
            (n, a, t)
        })
        .collect()
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Renderer {
    /// This RFC's anchors → section numbers.
    own: HashMap<String, String>,
    /// Anchors of referenced RFCs (x:has) → (reference anchor, section number).
    external: HashMap<String, (String, String)>,
    /// Reference anchor → RFC number, for x:rel.
    reference_rfc: HashMap<String, u16>,
    /// Every RFC's anchors → section numbers.
    by_rfc: HashMap<u16, HashMap<String, String>>,
}

const EXT: &str = "http://purl.org/net/xml2rfc/ext";

impl Renderer {
    fn section_word(num: &str) -> &'static str {
        if num.starts_with(|c: char| c.is_ascii_uppercase()) {
            "Appendix"
        } else {
            "Section"
        }
    }

    fn xref(&self, node: roxmltree::Node<'_, '_>, out: &mut String) {
        let content: String = node
            .descendants()
            .filter(roxmltree::Node::is_text)
            .map(|n| n.text().unwrap_or(""))
            .collect();
        let target = node.attribute("target").unwrap_or("");
        let fmt = node
            .attribute((EXT, "fmt"))
            .or(node.attribute("sectionFormat"));
        let format = node.attribute("format");
        let sec = node
            .attribute((EXT, "sec"))
            .or(node.attribute("section"))
            .map(String::from)
            .or_else(|| {
                let rel = node.attribute((EXT, "rel"))?.trim_start_matches('#');
                let rfc = self.reference_rfc.get(target)?;
                self.by_rfc.get(rfc)?.get(rel).cloned()
            });
        if !content.trim().is_empty() {
            out.push_str(&content);
            return;
        }
        if let Some(sec) = sec {
            let word = Self::section_word(&sec);
            match fmt {
                Some("," | "comma") => _ = write!(out, "[{target}], {word} {sec}"),
                Some("()") => _ = write!(out, "[{target}] ({word} {sec})"),
                Some("sec" | "bare") => _ = write!(out, "{word} {sec}"),
                Some("number") => out.push_str(&sec),
                _ => _ = write!(out, "{word} {sec} of [{target}]"),
            }
            return;
        }
        if let Some(num) = self.own.get(target) {
            match format {
                Some("counter") => out.push_str(num),
                Some("none") => {}
                _ => _ = write!(out, "{} {num}", Self::section_word(num)),
            }
            return;
        }
        if let Some((reference, num)) = self.external.get(target) {
            match format {
                Some("counter") => out.push_str(num),
                Some("none") => {}
                _ => _ = write!(out, "{} {num} of [{reference}]", Self::section_word(num)),
            }
            return;
        }
        if format != Some("none") {
            _ = write!(out, "[{target}]");
        }
    }

    fn render(&self, node: roxmltree::Node<'_, '_>, out: &mut String) {
        for child in node.children() {
            if child.is_text() {
                out.push_str(child.text().unwrap_or(""));
                continue;
            }
            if !child.is_element() {
                continue;
            }
            match child.tag_name().name() {
                "section" | "name" | "iref" | "cref" | "x:source" => {}
                "xref" => self.xref(child, out),
                "t" | "li" | "dt" | "dd" | "artwork" | "sourcecode" | "blockquote" | "aside"
                | "td" | "th" => {
                    out.push(' ');
                    self.render(child, out);
                    out.push(' ');
                }
                _ => self.render(child, out),
            }
        }
    }
}

/// Every section of the three RFCs, with its text.
pub fn all_sections() -> Vec<SectionText> {
    let mut by_rfc = HashMap::new();
    for rfc in RFCS {
        by_rfc.insert(
            rfc,
            section_rows(rfc)
                .into_iter()
                .map(|(n, a, _)| (a, n))
                .collect::<HashMap<_, _>>(),
        );
    }
    let mut out = Vec::new();
    for rfc in RFCS {
        let xml = std::fs::read_to_string(spec_dir().join(format!("rfc{rfc}.xml"))).unwrap();
        let opts = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&xml, opts).unwrap();
        let mut external = HashMap::new();
        let mut reference_rfc = HashMap::new();
        for reference in doc.descendants().filter(|n| n.has_tag_name("reference")) {
            let name = reference.attribute("anchor").unwrap_or("").to_string();
            if let Some(num) = reference
                .descendants()
                .find(|n| n.has_tag_name("seriesInfo") && n.attribute("name") == Some("RFC"))
                .and_then(|n| n.attribute("value"))
                .and_then(|v| v.parse::<u16>().ok())
            {
                reference_rfc.insert(name.clone(), num);
            }
            let src_rfc = reference
                .descendants()
                .find(|n| n.has_tag_name((EXT, "source")))
                .and_then(|n| n.attribute("basename"))
                .and_then(|b| b.trim_start_matches("rfc").parse::<u16>().ok());
            if let Some(src) = src_rfc {
                reference_rfc.insert(name.clone(), src);
                for has in reference
                    .descendants()
                    .filter(|n| n.has_tag_name((EXT, "has")))
                {
                    let anchor = has.attribute("anchor").unwrap_or("").to_string();
                    if let Some(num) = by_rfc.get(&src).and_then(|m| m.get(&anchor)) {
                        external.insert(anchor, (name.clone(), num.clone()));
                    }
                }
            }
        }
        let renderer = Renderer {
            own: by_rfc[&rfc].clone(),
            external,
            reference_rfc,
            by_rfc: by_rfc.clone(),
        };
        let rows = section_rows(rfc);
        let titles: HashMap<_, _> = rows
            .iter()
            .map(|(n, a, t)| (a.clone(), (n.clone(), t.clone())))
            .collect();
        for node in doc.descendants().filter(|n| n.has_tag_name("section")) {
            let Some(anchor) = node.attribute("anchor") else {
                continue;
            };
            let Some((number, title)) = titles.get(anchor) else {
                continue;
            };
            let mut text = String::new();
            renderer.render(node, &mut text);
            out.push(SectionText {
                rfc,
                number: number.clone(),
                anchor: anchor.to_string(),
                title: title.clone(),
                text: collapse(&text),
            });
        }
    }
    out
}
