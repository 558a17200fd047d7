//! The figure: pure geometry.
