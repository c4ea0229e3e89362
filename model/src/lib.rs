//! See You Soon's model: everything the game decides, in plain Rust with no engine, so it is
//! tested on its own in seconds and the compiler keeps the engine out (this crate has no Bevy
//! to import). The game crate above draws it, plays it and speaks it.
//!
//! - the games' rules: [`peekaboo`] (with its poses), [`journey`] (with its stories),
//!   [`calendar`], [`love`], [`morning`];
//! - what is said: [`lines`] (every line, per language) and [`speech_queue`] (when a line is
//!   heard);
//! - [`figure`]: the people and foxes of every scene, as posable bodies;
//! - [`play`]: the shape every game's rules share;
//! - [`pictures`]: the scene pictures by a name that cannot be mistyped;
//! - [`session_clock`]: play time against the session's length;
//! - the grown-ups' part: [`gate`] (the toddler-proof challenge), [`choices`] (what the parent
//!   picks), [`family`] (the grown-ups who come back) and [`names`] (how typed names are
//!   checked), and [`practice`] (the real separations that grow, off the screen).

pub mod calendar;
pub mod choices;
pub mod family;
pub mod figure;
pub mod gate;
pub mod journey;
pub mod lines;
pub mod love;
pub mod morning;
pub mod names;
pub mod peekaboo;
pub mod pictures;
pub mod plan;
pub mod play;
pub mod practice;
pub mod session_clock;
pub mod speech_queue;
