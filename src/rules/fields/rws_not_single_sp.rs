use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::product::{self, Part};
use crate::fields::{single_line, via};
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Required whitespace (RWS) that is not a single space: two spaces or a tab between
    /// the products and comments of User-Agent or Server, or between the parts of a Via
    /// member. The span is the whitespace.
    ///
    /// ## Why
    /// > A sender SHOULD generate RWS as a single SP.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: CERN-LineMode/2.15  libwww/2.17b3
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: CERN-LineMode/2.15 libwww/2.17b3
    /// ```
    ///
    /// ## Notes
    /// `User-Agent = product *( RWS ( product / comment ) )`, `Server` likewise, and
    /// `Via = #( received-protocol RWS received-by [ RWS comment ] )`.
    pub RwsNotSingleSp {
        id: "rws-not-single-sp",
        section: spec::RFC9110_5_6_3,
        severity: Severity::Warning,
    }
}

fn part_span(p: &Part) -> (usize, usize) {
    match *p {
        Part::Product { name, version } => (name.0, version.map_or(name.1, |v| v.1)),
        Part::Comment(c) => c,
    }
}

fn gap(cx: &mut Context<'_>, name: KnownField, value: Span, (a, b): (usize, usize)) {
    if cx.text(value).get(a..b) == Some(b" ") {
        return;
    }
    let span = value.sub(a, b);
    cx.report(RwsNotSingleSp, span, format!("{} separates its parts with \"{}\" instead of one space", name.name(), cx.quote(span)))
        .help("Use a single space");
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    for name in [KnownField::UserAgent, KnownField::Server, KnownField::Via] {
        for field in single_line(m, name) {
            let v = field.value.slice(input);
            if name == KnownField::Via {
                for mem in via::members(v).filter_map(Result::ok) {
                    gap(cx, name, field.value, (mem.protocol_version.1, mem.received_by.0));
                    if let Some(c) = mem.comment {
                        gap(cx, name, field.value, (mem.received_by.1, c.0));
                    }
                }
                continue;
            }
            let (parts, _) = product::parse(v);
            for pair in parts.windows(2) {
                let [a, b] = pair else { continue };
                gap(cx, name, field.value, (part_span(a).1, part_span(b).0));
            }
        }
    }
}
