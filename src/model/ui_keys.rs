//! The interface strings, as the enum [`UiKey`] that `build.rs` generates from `content/ui.json`:
//! a component asks for a string by variant, so a missing key fails to compile.

include!(concat!(env!("OUT_DIR"), "/ui_key.rs"));
