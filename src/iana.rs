//! What the IANA registries of status codes ([`crate::status`]) and methods
//! ([`crate::method`]) share: where an entry is defined, and the state of its registration.

use crate::spec::Section;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// The document and section that define a registry entry, such as RFC 9110 §15.3.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The RFC number.
    pub rfc: u16,
    /// The section number as printed in the RFC, such as `"15.3.1"`.
    pub section: &'static str,
}

impl Reference {
    /// The document's name, such as `"RFC 9110"`.
    pub fn document(&self) -> String {
        format!("RFC {}", self.rfc)
    }

    /// The URL of the section on rfc-editor.org.
    pub fn url(&self) -> String {
        format!(
            "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
            self.rfc, self.section
        )
    }

    /// The section as a [`Section`] of RFC 9110, 9111 or 9112; `None` for other documents.
    pub fn spec_section(&self) -> Option<Section> {
        spec_section(self.rfc, self.section)
    }
}

/// The section `number` of RFC `rfc` when it is one of RFC 9110, 9111 and 9112.
pub fn spec_section(rfc: u16, number: &str) -> Option<Section> {
    crate::spec::ALL
        .iter()
        .find(|s| s.rfc == rfc && s.number == number)
        .copied()
}

/// Serialized as `{ document, section, url }`, so that a page can link to it as is.
impl Serialize for Reference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Reference", 3)?;
        s.serialize_field("document", &self.document())?;
        s.serialize_field("section", self.section)?;
        s.serialize_field("url", &self.url())?;
        s.end()
    }
}

/// The state of a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Registration {
    /// In use, as defined by its reference.
    Active,
    /// Still registered, but its defining document deprecates it (305 Use Proxy).
    Deprecated,
    /// Its defining document has been moved to Historic (510 Not Extended).
    Obsoleted,
    /// Reserved: not to be assigned or used (306, 418, the method name `*`).
    Reserved,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let r = Reference {
            rfc: 9110,
            section: "15.3.1",
        };
        assert_eq!(r.document(), "RFC 9110");
        assert_eq!(
            r.url(),
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1"
        );
        assert_eq!(r.spec_section().map(|s| s.title), Some("200 OK"));
        let other = Reference {
            rfc: 4918,
            section: "11.1",
        };
        assert_eq!(other.spec_section(), None);
    }
}
