//! The `<body-map>` element and the JS API: attribute and option parsing, outbound events,
//! `mount`, fetching language packs, and the panic hook.

pub mod events;
mod host_content;
mod instance;
mod lang_pack;
mod start;
mod stylesheet;

pub use instance::{mount, Handle};
pub use start::{define, version};
