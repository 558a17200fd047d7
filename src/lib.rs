//! Body Map: the spine and the neck, back and hip muscles, their common myofascial trigger
//! points and where each refers pain, as an embeddable widget.
//!
//! Data flows one way: [`model`] (content, ranking, state) feeds [`geometry`] (the figure),
//! which the browser-only `ui` renders and `embed` exposes as the `<body-map>` element.

pub mod geometry;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
