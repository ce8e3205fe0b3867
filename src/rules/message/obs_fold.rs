use crate::context::Context;
use crate::fields::value;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field line, in the header or trailer section, whose value continues on the next
    /// line, which starts with a space or tab (obsolete line folding). The span covers
    /// the first fold: the line break and the whitespace around it.
    ///
    /// ## Why
    /// > A sender MUST NOT generate a message that includes line folding (i.e., that has
    /// > any field line value that contains a match to the obs-fold rule) unless the
    /// > message is intended for packaging within the "message/http" media type.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// X-Long: first part,
    ///  second part
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// X-Long: first part, second part
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A server rejects a folded request with 400 (Bad Request) or replaces each fold with
    /// spaces; a user agent replaces them (RFC 9112 §5.2). Recipients that do neither
    /// read the continuation as a separate, invalid field line.
    pub ObsFold {
        id: "obs-fold",
        section: spec::RFC9112_5_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        if !field.folded {
            continue;
        }
        let Some((start, end, breaks)) = value::first_fold(cx.text(field.line)) else {
            continue;
        };
        let span = field.line.sub(start, end);
        let name = cx.quote(field.name);
        let lines = if breaks == 1 {
            "the next line".to_string()
        } else {
            format!("{breaks} more lines")
        };
        cx.report(
            ObsFold,
            span,
            format!("The value of {name} is folded onto {lines} (obs-fold)"),
        )
        .help("Send the whole field value on one line; replace each fold with a single space");
    }
}
