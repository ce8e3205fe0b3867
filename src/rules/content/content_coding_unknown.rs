use crate::context::Context;
use crate::fields::coding::{self, named_codings};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A content coding in Content-Encoding or Accept-Encoding that is not in the IANA
    /// "HTTP Content Coding Registry" (aes128gcm, br, compress, dcb, dcz, deflate, exi,
    /// gzip, identity, pack200-gzip, x-compress, x-gzip, zstd). The span is the coding.
    ///
    /// ## Why
    /// > All content codings are case-insensitive and ought to be registered within the
    /// > "HTTP Content Coding Registry", as described in Section 16.6
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: lzma
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A recipient that does not know a coding cannot decode the content. Common
    /// misspellings such as `gz`, `brotli` or `zstandard` land here.
    pub ContentCodingUnknown {
        id: "content-coding-unknown",
        section: spec::RFC9110_8_4_1,
        severity: Severity::Info,
    }
}

fn suggestion(name: &[u8]) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_slice() {
        b"gz" | b"gunzip" | b"gzipped" => "gzip",
        b"brotli" => "br",
        b"zstandard" | b"zst" => "zstd",
        b"zlib" => "deflate",
        b"none" | b"plain" => "identity",
        _ => return None,
    })
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (name, span) in named_codings(cx.message, cx.input) {
        let text = cx.text(span);
        if coding::is_registered(text) {
            continue;
        }
        let shown = cx.quote(span);
        let help = match suggestion(text) {
            Some(s) => format!("The registered name is {s}"),
            None => "Use a registered content coding, such as gzip, br or zstd".to_string(),
        };
        cx.report(ContentCodingUnknown, span, format!("{} names \"{shown}\", which is not a registered content coding", name.name()))
            .help(help);
    }
}
