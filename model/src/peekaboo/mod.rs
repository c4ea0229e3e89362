//! Peekaboo: `rules` decides what happens and when, `pose` where every part is at each moment.

pub mod pose;
pub mod rules;
