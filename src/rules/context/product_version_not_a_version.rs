use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::product::{self, Part};
use crate::fields::single_line;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A product version in User-Agent or Server with no digit at all, such as
    /// `Mozilla/compatible` or `Foo/latest`: something other than a version identifier.
    /// The span is the version.
    ///
    /// ## Why
    /// > A sender SHOULD NOT generate information in product-version that is not a version
    /// > identifier (i.e., successive versions of the same product name ought to differ
    /// > only in the product-version portion of the product identifier).
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: ExampleClient/latest
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: ExampleClient/2.3.1
    /// ```
    ///
    /// ## Notes
    /// A heuristic: every version scheme in use has a digit somewhere. Put other details
    /// in a comment: `ExampleClient/2.3.1 (nightly)`.
    pub ProductVersionNotAVersion {
        id: "product-version-not-a-version",
        section: spec::RFC9110_10_1_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::UserAgent, KnownField::Server] {
        for field in single_line(cx.message, name) {
            let v = cx.text(field.value);
            for part in product::parse(v).0 {
                let Part::Product { name: product_name, version: Some((a, b)) } = part else { continue };
                if v.get(a..b).is_some_and(|ver| ver.iter().any(u8::is_ascii_digit)) {
                    continue;
                }
                let span = field.value.sub(a, b);
                let product = cx.quote(field.value.sub(product_name.0, product_name.1));
                cx.report(ProductVersionNotAVersion, span, format!("{} product {product} has the version \"{}\", which is not a version number", name.name(), cx.quote(span)))
                    .help(format!("Send {product}/<version> and put other details in a comment"));
            }
        }
    }
}
