//! What the engine's fonts can draw. The game's own font has Latin and Cyrillic letters, and a
//! visit in Arabic or Chinese adds its script's font; a name typed in another script, or with
//! emoji, has letters none of them has. A caption the engine draws keeps only what they draw
//! (the page's bubble and captions, drawn by the browser, show every name whole).

use bevy::{ecs::system::SystemParam, prelude::*};
use see_you_soon_model::names::drawable_part;
use skrifa::{FontRef, MetadataProvider};

use crate::{assets::LaunchAssets, narration::WantedLanguage};

#[derive(SystemParam)]
pub struct GameLetters<'w> {
    fonts: Res<'w, Assets<Font>>,
    launch: Res<'w, LaunchAssets>,
    wanted: Res<'w, WantedLanguage>,
}

impl GameLetters<'_> {
    /// `text` as the engine can draw it: what no font of the game has is left out.
    pub fn drawable(&self, text: &str) -> String {
        let fonts: Vec<&Font> = std::iter::once(&self.launch.font)
            .chain(self.wanted.script_fonts())
            .filter_map(|handle| self.fonts.get(handle))
            .collect();
        let maps: Vec<_> = fonts
            .iter()
            .filter_map(|font| FontRef::new(font.data.as_ref()).ok())
            .map(|font| font.charmap())
            .collect();
        drawable_part(text, |c| maps.iter().any(|map| map.map(c).is_some()))
    }
}
