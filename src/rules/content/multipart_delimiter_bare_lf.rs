use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{media_type, single_line};
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::span::Span;
use crate::{spec, LineEndings};

crate::declare_rule! {
    /// ## What it checks
    /// A multipart body whose boundary delimiter lines end or begin with a bare LF
    /// instead of CRLF. The span is the LF. Checked when the whole body is in the input
    /// and framed by Content-Length or by the end of the connection.
    ///
    /// ## Why
    /// > The message body is itself a protocol element; a sender MUST generate only CRLF to
    /// > represent line breaks between body parts.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=xyz\r\nContent-Length: 19\r\n\r\n--xyz\r\n\r\nhi\n--xyz--
    /// ```
    ///
    /// ## Notes
    /// When the input has no CR at all and line endings are read as pasted text, every LF
    /// stands for CRLF and this rule stays silent.
    pub MultipartDelimiterBareLf {
        id: "multipart-delimiter-bare-lf",
        section: spec::RFC9110_8_3_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !matches!(m.body.framing, Framing::ContentLength(_) | Framing::UntilClose) {
        return;
    }
    let Some(field) = single_line(m, KnownField::ContentType).next() else { return };
    let v = cx.text(field.value);
    let Ok(media) = media_type::parse(v) else { return };
    if !media.type_name(v).eq_ignore_ascii_case(b"multipart") {
        return;
    }
    let Some(boundary) = media.param(v, "boundary").map(|p| p.value(v)) else { return };
    if boundary.is_empty() {
        return;
    }
    // Pasted text without any CR: each LF is read as CRLF.
    if cx.options.line_endings == LineEndings::Auto && !cx.input.contains(&b'\r') {
        return;
    }
    let body = m.body.span;
    let text = cx.text(body);
    let mut delimiter = Vec::with_capacity(boundary.len() + 2);
    delimiter.extend_from_slice(b"--");
    delimiter.extend_from_slice(&boundary);
    let mut i = 0;
    while let Some(found) = text
        .get(i..)
        .and_then(|t| t.windows(delimiter.len()).position(|w| w == delimiter.as_slice()))
    {
        let at = i + found;
        i = at + delimiter.len();
        // A delimiter starts the body or follows CRLF.
        let before_lf = at > 0 && text.get(at - 1) == Some(&b'\n');
        let bare_before = before_lf && (at < 2 || text.get(at - 2) != Some(&b'\r'));
        // It ends with CRLF (after an optional "--" and transport padding).
        let mut e = i;
        if text.get(e..e + 2) == Some(b"--") {
            e += 2;
        }
        while text.get(e).is_some_and(|&b| b == b' ' || b == b'\t') {
            e += 1;
        }
        let bare_after = text.get(e) == Some(&b'\n');
        let lf = if bare_before {
            at - 1
        } else if bare_after {
            e
        } else {
            continue;
        };
        let span = Span::new(body.start as usize + lf, body.start as usize + lf + 1);
        let shown = crate::context::quote(&delimiter);
        cx.report(MultipartDelimiterBareLf, span, format!("Bare LF at the multipart delimiter {shown}"))
            .help("End every line of a multipart body, delimiters included, with CRLF");
        return;
    }
}
