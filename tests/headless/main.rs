//! Headless tests of the whole game (no window, no renderer), driven frame by frame.

mod parent;
mod peekaboo;
mod screen_flow;
mod support;
