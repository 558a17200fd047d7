//! Custom hooks of [`super::App`].

mod host_options;
mod on_screen;
mod share_link;
mod shortcuts;

pub use host_options::use_host_options;
pub use on_screen::use_on_screen;
pub use share_link::use_share_link;
pub use shortcuts::use_shortcuts;
