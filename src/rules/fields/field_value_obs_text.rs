use crate::context::Context;
use crate::fields::value;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field value, in the header or trailer section, with octets above `%x7F`
    /// (`obs-text`), such as UTF-8 text. The span is the first run of such octets in the
    /// field line.
    ///
    /// ## Why
    /// > Field values are usually constrained to the range of US-ASCII characters
    /// > [USASCII]. Fields needing a greater range of characters can use an encoding, such
    /// > as the one defined in [RFC8187].
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Disposition: attachment; filename="café.txt"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Disposition: attachment; filename*=UTF-8''caf%C3%A9.txt
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The grammar allows `obs-text`, but a recipient treats it as opaque data
    /// (RFC 9110 §5.5): it may read the octets as ISO-8859-1, as UTF-8, or reject them.
    pub FieldValueObsText {
        id: "field-value-obs-text",
        section: spec::RFC9110_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        let Some((start, end, total)) = value::obs_text(cx.text(field.value)) else {
            continue;
        };
        let span = field.value.sub(start, end);
        let name = cx.quote(field.name);
        let count = if total == 1 {
            "1 octet".to_string()
        } else {
            format!("{total} octets")
        };
        cx.report(
            FieldValueObsText,
            span,
            format!("The value of {name} has {count} outside US-ASCII, first \"{}\"", cx.quote(span)),
        )
        .help("Keep field values to US-ASCII; encode other text, e.g. with RFC 8187 (filename*=UTF-8''…) or percent-encoding");
    }
}
