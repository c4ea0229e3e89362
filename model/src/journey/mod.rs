//! The journey home: `rules` decides what happens and when, `story` gives each theme its words
//! and pictures.

pub mod rules;
pub mod story;
