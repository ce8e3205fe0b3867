//! The rules, one file each under `src/rules/<area>/`, grouped by the part of the RFCs
//! they enforce: `message` (RFC 9112), `fields` (RFC 9110 §5), `routing` (§7),
//! `content` (§8), `meta` (about the run itself) and so on. `build.rs` lists them.

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
