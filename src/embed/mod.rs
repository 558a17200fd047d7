//! The `<body-map>` element and the JS API: attribute and option parsing, outbound events,
//! `mount`, and the panic hook.

pub mod events;
mod host_content;
mod instance;

pub use instance::{define, mount, Handle};
