//! The few files every screen needs, loaded once before the Start screen.
//!
//! A file that fails to load does not stop the game: the loading screen moves on and the
//! widgets draw a plain shape where the picture would be.

use bevy::{
    asset::{LoadState, UntypedAssetId},
    prelude::*,
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<GameAssets>();
}

/// Paths below `assets/`. Kept in one place so tests can check that every one exists.
pub mod paths {
    pub const FONT: &str = "fonts/NotoSans-Bold-subset.ttf";
    pub const START: &str = "images/start.png";
    pub const PEEKABOO: &str = "images/peekaboo.png";
    pub const JOURNEY: &str = "images/journey.png";
    pub const HOME: &str = "images/home.png";
    pub const PARENT: &str = "images/parent.png";
    pub const TAP_CHIME: &str = "audio/tap-chime.ogg";

    pub const ALL: [&str; 7] = [FONT, START, PEEKABOO, JOURNEY, HOME, PARENT, TAP_CHIME];
}

#[derive(Resource, Clone)]
pub struct GameAssets {
    pub font: Handle<Font>,
    pub start: Handle<Image>,
    pub peekaboo: Handle<Image>,
    pub journey: Handle<Image>,
    pub home: Handle<Image>,
    pub parent: Handle<Image>,
    pub tap_chime: Handle<AudioSource>,
}

impl FromWorld for GameAssets {
    fn from_world(world: &mut World) -> Self {
        let server = world.resource::<AssetServer>();
        Self {
            font: server.load(paths::FONT),
            start: server.load(paths::START),
            peekaboo: server.load(paths::PEEKABOO),
            journey: server.load(paths::JOURNEY),
            home: server.load(paths::HOME),
            parent: server.load(paths::PARENT),
            tap_chime: server.load(paths::TAP_CHIME),
        }
    }
}

impl GameAssets {
    fn untyped(&self) -> [UntypedAssetId; 7] {
        [
            self.font.id().untyped(),
            self.start.id().untyped(),
            self.peekaboo.id().untyped(),
            self.journey.id().untyped(),
            self.home.id().untyped(),
            self.parent.id().untyped(),
            self.tap_chime.id().untyped(),
        ]
    }

    /// True once every file has either loaded or failed for good.
    pub fn settled(&self, server: &AssetServer) -> bool {
        self.untyped().into_iter().all(|id| {
            matches!(
                server.get_load_state(id),
                Some(LoadState::Loaded | LoadState::Failed(_))
            )
        })
    }

    /// How many files failed, so the parent-facing log can say so.
    pub fn failures(&self, server: &AssetServer) -> usize {
        self.untyped()
            .into_iter()
            .filter(|id| matches!(server.get_load_state(*id), Some(LoadState::Failed(_))))
            .count()
    }
}
