//! The journey home: `rules` decides what happens and when, `story` gives each theme its words
//! and pictures, `pose` where the goodbye's and the reunion's characters stand.

pub mod pose;
pub mod rules;
pub mod story;
mod terms;
