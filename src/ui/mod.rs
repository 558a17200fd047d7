//! The Yew interface: one component per file, each placing what the model and geometry
//! computed.

mod app;
pub(crate) mod body_figure;
mod context;
mod focus;
mod handout;
mod help_overlay;
mod lang_pack;
mod muscle_detail;
mod muscle_list;
mod region_list;
mod results;
mod safety_panel;
mod slot;
mod sources;
mod spine_panel;
mod toolbar;
mod topic_view;

pub use app::{App, AppProps, Snapshot, SnapshotCell};
pub use context::Ctx;
pub use lang_pack::set_loader as set_lang_pack_loader;
pub use slot::{Slot, SlotProps};
