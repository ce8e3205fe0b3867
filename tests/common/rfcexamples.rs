//! The example messages of RFC 9110, 9111 and 9112, extracted from their XML sources in
//! `spec/rfc/`, as the RFC means them: exact lines ending in CRLF.
//!
//! Every `<sourcecode>` or `<artwork>` block that is not ABNF, pseudocode or a drawing and
//! whose first line is a request-line or status-line is an example message; blocks of
//! field lines alone (`Accept: text/*`) or URIs are fragments and are left out.
//!
//! - Markup is resolved as xml2rfc renders it: `<x:length-of target="a"/>` becomes the
//!   octet count of `<x:span anchor="a">` with CRLF line endings, `<spanx>` is its text.
//! - The newline after the opening tag belongs to the markup. Indentation common to all
//!   lines is removed; `x:indent-with` only indents the rendering.
//! - A block that stops after its last field line, without the empty line that ends a
//!   header section, shows a message's header section ("would begin with:", "send the
//!   lines:"): [`Example::input`] adds that empty line, [`Example::exact`] has the block
//!   as written.
#![allow(dead_code)]

use super::rfctext::{section_rows, RFCS};
use std::path::Path;
use wirelint::parse::{classify, LineClass};

const EXT: &str = "http://purl.org/net/xml2rfc/ext";

/// One example message.
#[derive(Debug, Clone)]
pub struct Example {
    /// `RFC 9110 §8.8.3.3 #2`: the second example message of that section.
    pub key: String,
    pub rfc: u16,
    /// Section number, `8.8.3.3`.
    pub section: String,
    /// Line of the block in the XML source.
    pub xml_line: u32,
    /// A request (else a response).
    pub is_request: bool,
    /// The block as written, lines ending in CRLF.
    pub exact: Vec<u8>,
    /// The message as linted: `exact`, plus the empty line its header section lacks.
    pub input: Vec<u8>,
}

impl Example {
    /// True when the block lacks the empty line that ends the header section.
    pub fn completed(&self) -> bool {
        self.input != self.exact
    }

    /// The start line, for listings.
    pub fn start_line(&self) -> String {
        let end = self
            .exact
            .windows(2)
            .position(|w| w == b"\r\n")
            .unwrap_or(self.exact.len());
        String::from_utf8_lossy(&self.exact[..end]).into_owned()
    }
}

/// A request example followed, in the same section, by an example response to it.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// `RFC 9110 §8.8.3.3 #1 + #3`.
    pub key: String,
    pub input: Vec<u8>,
}

fn spec_path(rfc: u16) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("spec/rfc/rfc{rfc}.xml"))
}

/// Text of a block with `\u{1}target\u{1}` for each `x:length-of` and `\u{2}anchor\u{2}`,
/// `\u{3}anchor\u{3}` around each `x:span`.
fn marked_text(node: roxmltree::Node<'_, '_>, out: &mut String) {
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or(""));
            continue;
        }
        let tag = child.tag_name();
        let ext = tag.namespace() == Some(EXT);
        if ext && tag.name() == "length-of" {
            let target = child.attribute("target").expect("x:length-of has a target");
            out.push_str(&format!("\u{1}{target}\u{1}"));
        } else if ext && tag.name() == "span" && child.attribute("anchor").is_some() {
            let anchor = child.attribute("anchor").unwrap();
            out.push_str(&format!("\u{2}{anchor}\u{2}"));
            marked_text(child, out);
            out.push_str(&format!("\u{3}{anchor}\u{3}"));
        } else {
            marked_text(child, out);
        }
    }
}

/// The block's lines, dedented, joined with CRLF, markup resolved.
fn block_text(node: roxmltree::Node<'_, '_>) -> Vec<u8> {
    let mut marked = String::new();
    marked_text(node, &mut marked);
    let marked = marked.strip_prefix('\n').unwrap_or(&marked);
    let indent = marked
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = marked
        .split('\n')
        .map(|l| l.get(indent..).unwrap_or(""))
        .collect();
    let mut text = lines.join("\r\n");
    while let Some(open) = text.find('\u{2}') {
        let close = open + 1 + text[open + 1..].find('\u{2}').unwrap();
        let anchor = text[open + 1..close].to_string();
        let end_marker = format!("\u{3}{anchor}\u{3}");
        let end = text.find(&end_marker).expect("x:span is closed");
        let length = end - (close + 1);
        text.replace_range(end..end + end_marker.len(), "");
        text.replace_range(open..=close, "");
        text = text.replace(&format!("\u{1}{anchor}\u{1}"), &length.to_string());
    }
    assert!(
        !text.contains(['\u{1}', '\u{2}', '\u{3}']),
        "unresolved x:length-of in {text:?}"
    );
    text.into_bytes()
}

/// True when the header section of `text` (which starts with a start line) has no end.
fn header_section_open(text: &[u8]) -> bool {
    !text.windows(4).any(|w| w == b"\r\n\r\n")
}

/// Every example message of the three RFCs, in document order.
pub fn examples() -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    for rfc in RFCS {
        let rows = section_rows(rfc);
        let xml = std::fs::read_to_string(spec_path(rfc)).unwrap();
        let opts = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&xml, opts).unwrap();
        let blocks = doc
            .descendants()
            .filter(|n| n.has_tag_name("sourcecode") || n.has_tag_name("artwork"));
        for node in blocks {
            let ty = node.attribute("type").unwrap_or("");
            if ["abnf", "pseudocode", "drawing"]
                .iter()
                .any(|t| ty.contains(t))
            {
                continue;
            }
            let exact = block_text(node);
            let first = exact.split(|&b| b == b'\r').next().unwrap_or_default();
            let is_request = match classify(first) {
                LineClass::Request => true,
                LineClass::Status => false,
                LineClass::Field | LineClass::Other => continue,
            };
            let section = node
                .ancestors()
                .filter_map(|a| a.attribute("anchor"))
                .find_map(|a| rows.iter().find(|r| r.1 == a))
                .map(|r| r.0.clone())
                .expect("example in a numbered section");
            let nth = 1 + out
                .iter()
                .filter(|e| e.rfc == rfc && e.section == section)
                .count();
            let mut input = exact.clone();
            if header_section_open(&exact) {
                if !input.ends_with(b"\r\n") {
                    input.extend_from_slice(b"\r\n");
                }
                input.extend_from_slice(b"\r\n");
            }
            out.push(Example {
                key: format!("RFC {rfc} §{section} #{nth}"),
                rfc,
                section,
                xml_line: doc.text_pos_at(node.range().start).row,
                is_request,
                exact,
                input,
            });
        }
    }
    out
}

/// Each request example with each response example that follows it in its section
/// (before the next request), as one input: the RFC's exchanges, such as RFC 9110 §6's.
pub fn exchanges(examples: &[Example]) -> Vec<Exchange> {
    let mut out = Vec::new();
    for (i, request) in examples.iter().enumerate() {
        if !request.is_request {
            continue;
        }
        let same_section = examples[i + 1..]
            .iter()
            .take_while(|e| e.rfc == request.rfc && e.section == request.section);
        for response in same_section.take_while(|e| !e.is_request) {
            let nth = response.key.rsplit(' ').next().unwrap();
            let mut input = request.input.clone();
            input.extend_from_slice(&response.input);
            out.push(Exchange {
                key: format!("{} + {nth}", request.key),
                input,
            });
        }
    }
    out
}
