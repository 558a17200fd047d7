//! Custom hooks of [`super::App`].

mod host_options;
mod share_link;
mod shortcuts;

pub use host_options::use_host_options;
pub use share_link::use_share_link;
pub use shortcuts::use_shortcuts;
