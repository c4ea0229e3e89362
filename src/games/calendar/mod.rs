//! The week calendar (preschool tier): school days and home days as pictures. So far its day
//! logic (`rules.rs`); the screen and the parent's week form come next.

pub mod rules;
