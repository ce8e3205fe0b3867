use crate::context::Context;
use crate::fields::value;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field value, in the header or trailer section, that holds a control character:
    /// NUL or any other octet of `%x00-1F` or DEL (`%x7F`) but HTAB. The span is the
    /// first such character of the field line.
    ///
    /// ## Why
    /// > Field values containing CR, LF, or NUL characters are invalid and dangerous, due
    /// > to the varying ways that implementations might parse and interpret those
    /// > characters; a recipient of CR, LF, or NUL within a field value MUST either reject
    /// > the message or replace each of those characters with SP before further processing
    /// > or forwarding of that message. Field values containing other CTL characters are
    /// > also invalid;
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// X-Name: abc\x00def
    ///
    /// ```
    ///
    /// ## Notes
    /// An LF always ends the field line, and a CR that does not end one is reported as a
    /// `bare-cr`; line breaks inside a folded value are `obs-fold`'s.
    pub FieldValueInvalid {
        id: "field-value-invalid",
        section: spec::RFC9110_5_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        let text = cx.text(field.value);
        let mut bad = value::invalid_ctls(text);
        let Some(first) = bad.next() else { continue };
        let more = bad.count();
        let span = field.value.sub(first, first + 1);
        let what = match text.get(first) {
            Some(0) => "NUL".to_string(),
            Some(0x7f) => "DEL".to_string(),
            _ => format!("the control character \"{}\"", cx.quote(span)),
        };
        let name = cx.quote(field.name);
        let also = match more {
            0 => String::new(),
            1 => " (and 1 more)".to_string(),
            n => format!(" (and {n} more)"),
        };
        cx.report(
            FieldValueInvalid,
            span,
            format!("The value of {name} contains {what}{also}"),
        )
        .help("Send only visible characters, SP and HTAB in a field value; encode binary data, e.g. as base64");
    }
}
