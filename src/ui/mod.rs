//! The Yew interface: one component per file, each placing what the model and geometry
//! computed. It never reaches the host page: what the host must hear leaves through
//! [`AppProps::on_change`].

mod app;
pub(crate) mod body_figure;
mod book_link;
mod context;
mod depth_switch;
mod explore_panel;
mod figure_actions;
mod focus;
mod handout;
mod head_load;
mod help_overlay;
mod hooks;
mod muscle_detail;
mod muscle_list;
mod muscles;
mod open_muscle;
mod outline;
mod print;
mod referral;
mod referral_legend;
mod region_list;
mod regions;
mod results;
mod safety_panel;
mod screen;
mod side_labels;
mod slot;
mod sources;
mod spine;
mod spine_panel;
mod store;
mod summary_bar;
mod tap_offer;
mod toolbar;
mod topic_regions;
mod topic_view;
mod trigger_points;
mod warnings;
mod zoom_controls;

pub use app::{App, AppProps};
pub use context::Ctx;
pub use slot::{Slot, SlotProps};
