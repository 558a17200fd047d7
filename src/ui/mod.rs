//! The Yew interface: one component per file, each placing what the model and geometry
//! computed. It never reaches the host page: what the host must hear leaves through
//! [`AppProps::on_change`].

mod app;
pub(crate) mod body_figure;
mod context;
mod explore_panel;
mod focus;
mod handout;
mod help_overlay;
mod hooks;
mod muscle_detail;
mod muscle_list;
mod region_list;
mod results;
mod safety_panel;
mod slot;
mod sources;
mod spine_panel;
mod store;
mod toolbar;
mod topic_view;
mod warnings;

pub use app::{App, AppProps};
pub use context::Ctx;
pub use slot::{Slot, SlotProps};
