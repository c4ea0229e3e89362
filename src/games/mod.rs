//! The mini-games.

pub mod peekaboo;
