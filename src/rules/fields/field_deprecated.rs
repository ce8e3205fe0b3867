use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::registry::{self, Status};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field whose entry in the HTTP Field Name Registry has the status "deprecated"
    /// (such as Accept-Charset or Expect-CT) or "obsoleted" (such as Content-MD5, Digest,
    /// Cookie2, P3P). The message names the defining document and, where there is one, the
    /// field that replaces it. The span is the field name.
    ///
    /// ## Why
    /// > Status: "permanent", "provisional", "deprecated", or "obsoleted".
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Repr-Digest: sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Pragma and Warning have rules of their own (`pragma-deprecated`,
    /// `warning-obsolete`), citing RFC 9111. RFC 9110 §18.4 sets Content-MD5 to
    /// "obsoleted"; the other statuses are IANA's.
    pub FieldDeprecated {
        id: "field-deprecated",
        section: spec::RFC9110_16_3_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in &cx.message.fields {
        // Pragma and Warning are reported by rules of their own; of the other known
        // fields only these two are deprecated or obsoleted.
        if field
            .known
            .is_some_and(|k| !matches!(k, KnownField::AcceptCharset | KnownField::ContentMd5))
        {
            continue;
        }
        let Some(entry) = registry::lookup(cx.text(field.name)) else {
            continue;
        };
        if !matches!(entry.status, Status::Deprecated | Status::Obsoleted) {
            continue;
        }
        let help = match entry.replacement {
            Some(replacement) => format!("Send {replacement} instead"),
            None => "Remove it; no registered field takes its place".to_string(),
        };
        cx.report(
            FieldDeprecated,
            field.name,
            format!(
                "{} is {} in the HTTP Field Name Registry (defined by {})",
                entry.name,
                entry.status.as_str(),
                entry.reference
            ),
        )
        .help(help);
    }
}
