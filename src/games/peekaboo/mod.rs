//! Peekaboo, the toddler's game. `rules` holds everything that decides what happens; the
//! screen that draws it lands with the rest of the game.

pub mod rules;
