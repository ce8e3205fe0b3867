use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{product, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A User-Agent value that is not a list of products (`name/version`) and comments
    /// (`(…)`) separated by whitespace: a comment first, a second `/`, a comma or `;`
    /// between products, an unclosed parenthesis, an empty value. The span is where the
    /// value stops matching.
    ///
    /// ## Why
    /// > User-Agent = product *( RWS ( product / comment ) )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: MyCrawler/1.0 (+http://example.org/bot
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: MyCrawler/1.0 (+http://example.org/bot)
    /// ```
    pub UserAgentInvalid {
        id: "user-agent-invalid",
        section: spec::RFC9110_10_1_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::UserAgent) {
        let (_, Some(err)) = product::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(UserAgentInvalid, field.value.sub(err.start, err.end), format!("User-Agent \"{shown}\" is not a product list: expected {}", err.expected))
            .help("Send name/version products and (comments) separated by spaces, e.g. User-Agent: curl/8.5.0");
    }
}
