//! The HTTP Method Registry as data: every registered method with its safe and idempotent
//! properties (RFC 9110 §9.2.1, §9.2.2), defining document and a short explanation of our
//! own.
//!
//! ```
//! let get = wirelint::method::lookup(b"GET").unwrap();
//! assert!(get.safe && get.idempotent);
//! assert!(!wirelint::method::lookup(b"PATCH").unwrap().idempotent);
//! assert!(wirelint::method::lookup(b"get").is_none()); // methods are case-sensitive
//! ```

use crate::iana::{Reference, Registration};
use serde::Serialize;

/// One entry of the method registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Method {
    /// The method name, case-sensitive.
    pub name: &'static str,
    /// Read-only by definition: the client does not request a state change (RFC 9110
    /// §9.2.1).
    pub safe: bool,
    /// Repeating the request has the same intended effect as sending it once, so a
    /// client may retry it automatically (RFC 9110 §9.2.2).
    pub idempotent: bool,
    /// Active, or reserved (`*`).
    pub registration: Registration,
    /// The document and section that define it.
    pub reference: Reference,
    /// What the method asks for, in our words.
    pub description: &'static str,
}

/// The registered method named `name` (compared case-sensitively, as RFC 9110 §9.1 says
/// method names are).
pub fn lookup(name: &[u8]) -> Option<&'static Method> {
    let i = ALL.binary_search_by(|m| m.name.as_bytes().cmp(name)).ok()?;
    ALL.get(i)
}

/// The registered method whose name equals `name` ignoring ASCII case, such as `GET` for
/// `get`.
pub fn lookup_ignoring_case(name: &[u8]) -> Option<&'static Method> {
    ALL.iter()
        .find(|m| m.name.as_bytes().eq_ignore_ascii_case(name))
}

const fn r(rfc: u16, section: &'static str) -> Reference {
    Reference { rfc, section }
}

macro_rules! methods {
    ($( $name:literal $safe:literal $idem:literal $reg:ident ($rfc:literal, $sec:literal) $desc:literal ;)*) => {
        /// Every registered method, sorted by name (byte order).
        pub static ALL: &[Method] = &[
            $(Method {
                name: $name,
                safe: $safe,
                idempotent: $idem,
                registration: Registration::$reg,
                reference: r($rfc, $sec),
                description: $desc,
            },)*
        ];
    };
}

methods! {
    "*" false false Reserved (9110, "18.2")
        "Reserved so that it can never be a method: `*` stands for every method in fields such as Access-Control-Allow-Methods.";
    "ACL" false true Active (3744, "8.1")
        "WebDAV access control: replaces the access control list of a resource.";
    "BASELINE-CONTROL" false true Active (3253, "12.6")
        "WebDAV versioning: places a collection under baseline control, so that its versions can be recorded as baselines.";
    "BIND" false true Active (5842, "4")
        "WebDAV bindings: adds another name (binding) for an existing resource in a collection.";
    "CHECKIN" false true Active (3253, "4.4")
        "WebDAV versioning: creates a new version from a checked-out resource.";
    "CHECKOUT" false true Active (3253, "4.3")
        "WebDAV versioning: makes a version-controlled resource editable.";
    "CONNECT" false false Active (9110, "9.3.6")
        "Asks a proxy to open a tunnel to host:port (the target is in authority-form); after a 2xx response the connection carries raw bytes, usually TLS, in both directions.";
    "COPY" false true Active (4918, "9.8")
        "WebDAV: copies the resource (and, for a collection, its members) to the URI in the Destination field.";
    "DELETE" false true Active (9110, "9.3.5")
        "Removes the association between the target URI and its current resource. Idempotent: deleting twice has the same intended effect as once.";
    "GET" true true Active (9110, "9.3.1")
        "Retrieves a current representation of the target resource: the method behind almost every link. Safe and cacheable; content in a GET request has no defined meaning.";
    "HEAD" true true Active (9110, "9.3.2")
        "Like GET, but the response carries only the header section, never content: used to check a resource's metadata, such as its length or validators, without transferring it.";
    "LABEL" false true Active (3253, "8.2")
        "WebDAV versioning: adds, sets or removes a label on a version.";
    "LINK" false true Active (2068, "19.6.1.2")
        "From RFC 2068 (HTTP/1.1's first version): establishes relationships between resources; never widely implemented.";
    "LOCK" false false Active (4918, "9.10")
        "WebDAV: takes out a lock on a resource, so that other clients cannot change it until it is unlocked. Not idempotent: a second LOCK fails on the first one's lock.";
    "MERGE" false true Active (3253, "11.2")
        "WebDAV versioning: merges a version into a checked-in resource.";
    "MKACTIVITY" false true Active (3253, "13.5")
        "WebDAV versioning: creates a new activity resource (used by Subversion over HTTP).";
    "MKCALENDAR" false true Active (4791, "5.3.1")
        "CalDAV: creates a new calendar collection.";
    "MKCOL" false true Active (4918, "9.3")
        "WebDAV: creates a new collection (a directory) at the target URI.";
    "MKREDIRECTREF" false true Active (4437, "6")
        "WebDAV redirect references: creates a resource that redirects to another URI.";
    "MKWORKSPACE" false true Active (3253, "6.3")
        "WebDAV versioning: creates a new workspace resource.";
    "MOVE" false true Active (4918, "9.9")
        "WebDAV: moves the resource to the URI in the Destination field (a copy then a delete, done atomically).";
    "OPTIONS" true true Active (9110, "9.3.7")
        "Asks which communication options (such as allowed methods) apply to the target, or to the server as a whole with the target `*`. Also the CORS preflight request.";
    "ORDERPATCH" false true Active (3648, "7")
        "WebDAV ordered collections: changes the order of a collection's members.";
    "PATCH" false false Active (5789, "2")
        "Applies a set of changes, described by the content (a patch document), to the target resource. Unlike PUT, it need not be idempotent.";
    "POST" false false Active (9110, "9.3.3")
        "Asks the target resource to process the enclosed content according to its own semantics: submit a form, create a subordinate resource, append to a log. Neither safe nor idempotent.";
    "PRI" true true Active (9113, "3.4")
        "Not a real method: the first line of the HTTP/2 connection preface (PRI * HTTP/2.0), registered so that no HTTP/1.1 method can collide with it.";
    "PROPFIND" true true Active (4918, "9.1")
        "WebDAV: retrieves properties of a resource, or of a collection and its members.";
    "PROPPATCH" false true Active (4918, "9.2")
        "WebDAV: sets and removes properties of a resource in one atomic operation.";
    "PUT" false true Active (9110, "9.3.4")
        "Creates the target resource or replaces its state with the enclosed representation. Idempotent: sending the same PUT twice leaves the same state.";
    "REBIND" false true Active (5842, "6")
        "WebDAV bindings: moves a binding from one collection to another, atomically.";
    "REPORT" true true Active (3253, "3.6")
        "WebDAV versioning: asks for a report described by the request content, such as a version history.";
    "SEARCH" true true Active (5323, "2")
        "WebDAV search: runs a query, carried in the request content, over the target's scope.";
    "TRACE" true true Active (9110, "9.3.8")
        "Asks the final recipient to echo the request it received as the content of a 200 response, to see what intermediaries changed. A TRACE request carries no content and no credentials.";
    "UNBIND" false true Active (5842, "5")
        "WebDAV bindings: removes a binding from a collection.";
    "UNCHECKOUT" false true Active (3253, "4.5")
        "WebDAV versioning: cancels a checkout and restores the resource's previous state.";
    "UNLINK" false true Active (2068, "19.6.1.3")
        "From RFC 2068: removes relationships created with LINK; never widely implemented.";
    "UNLOCK" false true Active (4918, "9.11")
        "WebDAV: removes a lock identified by the Lock-Token field.";
    "UPDATE" false true Active (3253, "7.1")
        "WebDAV versioning: updates a version-controlled resource to the state of a given version.";
    "UPDATEREDIRECTREF" false true Active (4437, "7")
        "WebDAV redirect references: changes the target of a redirect reference.";
    "VERSION-CONTROL" false true Active (3253, "3.5")
        "WebDAV versioning: puts a resource under version control.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_and_described() {
        for w in ALL.windows(2) {
            assert!(w[0].name < w[1].name, "{} before {}", w[0].name, w[1].name);
        }
        for m in ALL {
            assert!(!m.description.is_empty(), "{}", m.name);
            // A safe method is idempotent (RFC 9110 §9.2.2: "PUT, DELETE, and safe
            // request methods are idempotent").
            assert!(!m.safe || m.idempotent, "{}", m.name);
        }
    }

    #[test]
    fn rfc_9110_properties() {
        // RFC 9110 §9.2.1 and §9.2.2.
        let table: &[(&str, bool, bool)] = &[
            ("GET", true, true),
            ("HEAD", true, true),
            ("OPTIONS", true, true),
            ("TRACE", true, true),
            ("PUT", false, true),
            ("DELETE", false, true),
            ("POST", false, false),
            ("CONNECT", false, false),
            ("PATCH", false, false),
        ];
        for &(name, safe, idempotent) in table {
            let m = lookup(name.as_bytes()).unwrap();
            assert_eq!((m.safe, m.idempotent), (safe, idempotent), "{name}");
        }
        assert_eq!(
            lookup_ignoring_case(b"pAtCh").map(|m| m.name),
            Some("PATCH")
        );
        assert!(lookup(b"FOO").is_none());
    }
}
