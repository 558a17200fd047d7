//! The Yew interface: one component per file, each placing what the model and geometry
//! computed.

mod app;
mod body_figure;
mod context;
mod muscle_detail;
mod region_list;
mod results;
mod safety_panel;
mod toolbar;

pub use app::{App, AppProps, Snapshot, SnapshotCell};
pub use context::Ctx;
