use crate::context::Context;
use crate::fields::accept::{self, Kind, Member};
use crate::fields::known::KnownField;
use crate::fields::{coding, single_line};
use crate::finding::Severity;
use crate::parse::message::Message;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose Content-Encoding uses a coding that the request's non-empty
    /// Accept-Encoding does not accept (not listed and no `*`, or listed with `q=0`),
    /// while the request still accepts `identity`: the server should have sent the content
    /// without a coding. Needs the request in the input. The span is the coding; a label
    /// marks the request's Accept-Encoding.
    ///
    /// ## Why
    /// > If a non-empty Accept-Encoding header field is present in a request and none of
    /// > the available representations for the response have a content coding that is
    /// > listed as acceptable, the origin server SHOULD send a response without any content
    /// > coding unless the identity coding is indicated as unacceptable.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Encoding: gzip
    ///
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: br
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// `x-gzip` and `x-compress` count as `gzip` and `compress` (RFC 9110 §8.4.1). A client
    /// that did not ask for the coding may be unable to decode it.
    pub ContentCodingNotAcceptable {
        id: "content-coding-not-acceptable",
        section: spec::RFC9110_12_5_3,
        severity: Severity::Warning,
    }
}

/// A coding of the request's Accept-Encoding and its weight (`None` when invalid).
type Accepted = (Vec<u8>, Option<u16>);

fn canonical(name: &[u8]) -> &[u8] {
    if name.eq_ignore_ascii_case(b"x-gzip") {
        b"gzip"
    } else if name.eq_ignore_ascii_case(b"x-compress") {
        b"compress"
    } else {
        name
    }
}

/// The weight the request gives a coding: listed, else `*`, else `None` (unacceptable,
/// RFC 9110 §12.4.3).
fn weight(members: &[Accepted], name: &[u8]) -> Option<u16> {
    let name = canonical(name);
    let listed = members.iter().find(|(n, _)| canonical(n).eq_ignore_ascii_case(name));
    let star = members.iter().find(|(n, _)| n == b"*");
    listed.or(star).and_then(|(_, q)| *q)
}

/// The request's Accept-Encoding members (coding, weight), and the span of its value,
/// when the field is present and not empty.
fn accepted(req: &Message, input: &[u8]) -> Option<(Vec<Accepted>, Span)> {
    let mut out = Vec::new();
    let mut span = None;
    for f in single_line(req, KnownField::AcceptEncoding) {
        let v = f.value.slice(input);
        span = Some(span.map_or(f.value, |s: Span| s.to(f.value)));
        out.extend(
            accept::members(v, Kind::Coding)
                .map(|r| r.ok())
                .collect::<Option<Vec<Member>>>()?
                .into_iter()
                .map(|m| (m.item(v).to_vec(), m.q())),
        );
    }
    if out.is_empty() {
        return None;
    }
    Some((out, span?))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    let Some(req) = cx.request else { return };
    if !m.is_response() || !m.has(KnownField::ContentEncoding) {
        return;
    }
    // Only requests whose every Accept-Encoding member parses: a broken field is
    // accept-encoding-invalid's.
    let Some((members, ae_span)) = accepted(req, input) else { return };
    let identity_ok = match members.iter().find(|(n, _)| n.eq_ignore_ascii_case(b"identity")) {
        Some((_, q)) => q.is_some_and(|q| q > 0),
        // Not listed: acceptable unless "*;q=0".
        None => weight(&members, b"identity").is_none_or(|q| q > 0),
    };
    if !identity_ok {
        return;
    }
    for (field, span) in coding::named_codings(m, input) {
        if field != KnownField::ContentEncoding {
            continue;
        }
        let name = span.slice(input);
        if name.eq_ignore_ascii_case(b"identity") || weight(&members, name).is_some_and(|q| q > 0) {
            continue;
        }
        let shown = cx.quote(span);
        let asked = cx.quote(ae_span);
        cx.report(ContentCodingNotAcceptable, span, format!("Content-Encoding {shown} is not acceptable to the request (Accept-Encoding: {asked})"))
            .label(ae_span, "request's Accept-Encoding")
            .help("Send the content without a coding, or with one the request lists");
    }
}
