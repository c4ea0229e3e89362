//! Headless tests of the whole game (no window, no renderer), driven frame by frame.

mod peekaboo;
mod screen_flow;
mod support;
