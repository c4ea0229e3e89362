//! The child's hands, in both games: the Love Connection (a heart drawn on the hand sends love
//! to the grown-up, who is zapped and sends some back) and the Kissing Hand (the kiss from the
//! goodbye ritual, kept in the palm). `rules` is the timing in plain Rust; `hands` draws them, `drawing` the heart drawn on the palm.

mod drawing;
pub mod hands;

pub use see_you_soon_model::love as rules;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(hands::plugin);
}
