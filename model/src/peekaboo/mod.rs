//! Peekaboo: `rules` decides what happens and when, `pose` where every part is at each moment.

mod bones;
pub mod pose;
pub mod rules;
