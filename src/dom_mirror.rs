//! Mirrors what the canvas shows into the page: the current screen, the current caption and
//! where each tappable thing is. Screen readers read the captions; browser tests use all three
//! to tap where a child would and to check every target is big enough. It also counts frames,
//! so the benchmark can measure the game's own frame rate, and live entities, for the soak.

use bevy::{diagnostic::FrameCount, prelude::*, ui::UiSystems, window::PrimaryWindow};
use serde::Serialize;

use crate::platform;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DomMirror>();
    app.add_systems(
        PostUpdate,
        (collect_tap_targets, sync_to_page)
            .chain()
            .after(UiSystems::Layout)
            .after(crate::narration::BubblePlacement),
    );
    app.add_systems(
        Last,
        report_frames.after(bevy::diagnostic::update_frame_count),
    );
}

/// Frames between two counts of live entities (the count walks every entity slot).
const ENTITY_COUNT_EVERY: u32 = 60;

fn report_frames(frames: Option<Res<FrameCount>>, entities: &bevy::ecs::entity::Entities) {
    if let Some(frames) = frames {
        platform::note_frame(frames.0);
        // For the soak robot: entities that pile up over a long play are a leak.
        if frames.0 % ENTITY_COUNT_EVERY == 1 {
            platform::note_entities(entities.count_spawned());
        }
    }
}

/// What the page should currently say about the game.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct DomMirror {
    pub screen: &'static str,
    pub caption: String,
    /// A short description of what the screen is doing (e.g. `blanket:hidden`), for tests
    /// and for anyone inspecting the page.
    pub state: String,
    pub targets: Vec<TargetRect>,
    /// Where the current screen's speech bubble is, if it has one.
    pub bubble: Option<BubbleRect>,
    pub sound: SoundMirror,
    /// Whole seconds of play counted against the session.
    pub played_seconds: u32,
    /// The Love Connection's phase (`drawing-2`, `ready`, `zapped`…); empty off the games.
    pub love: String,
}

/// What is audible, so tests can check the parent's switches: `effects-N music-P`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SoundMirror {
    /// Sound effects started since launch (silenced ones are not counted).
    pub effects_played: u32,
    /// The music's volume now, in percent.
    pub music_percent: u8,
}

/// The speech bubble's box as fractions of the window, and its words' size in `vmin`.
#[derive(Serialize, Debug, Clone, Copy, PartialEq)]
pub struct BubbleRect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub size_vmin: f32,
}

/// Marks a UI node as something to tap, with a stable name for tests.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct TapTarget(pub &'static str);

/// A target's box as fractions of the window (0 to 1), so the page can place it over the
/// canvas as drawn, whatever the engine believes the pixel ratio to be.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct TargetRect {
    pub id: &'static str,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// A node's box as fractions of the window: left, top, width, height. Node size and
/// transform are both in physical pixels, so the fraction does not depend on the scale factor.
pub fn window_fraction(
    node: &ComputedNode,
    transform: &UiGlobalTransform,
    window_size: Vec2,
) -> [f32; 4] {
    let size = node.size() / window_size;
    let center = transform.translation / window_size;
    [
        center.x - size.x / 2.0,
        center.y - size.y / 2.0,
        size.x,
        size.y,
    ]
}

fn collect_tap_targets(
    targets: Query<(
        &TapTarget,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
    )>,
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    mut mirror: ResMut<DomMirror>,
) {
    let Some(window) = window else {
        return;
    };
    let window_size = window.physical_size().as_vec2().max(Vec2::ONE);
    let mut rects: Vec<TargetRect> = targets
        .iter()
        .filter(|(_, _, _, visible)| visible.get())
        .map(|(target, node, transform, _)| {
            let [x, y, w, h] = window_fraction(node, transform, window_size);
            TargetRect {
                id: target.0,
                x,
                y,
                w,
                h,
            }
        })
        .collect();
    rects.sort_by(|a, b| a.id.cmp(b.id));
    // Only touch the resource when something moved, so the page is written rarely.
    if mirror.targets != rects {
        mirror.targets = rects;
    }
}

fn sync_to_page(mirror: Res<DomMirror>, mut last: Local<DomMirror>) {
    if !mirror.is_changed() {
        return;
    }
    if mirror.screen != last.screen {
        platform::set_screen(mirror.screen);
    }
    if mirror.caption != last.caption {
        platform::announce(&mirror.caption);
    }
    if mirror.caption != last.caption || mirror.bubble != last.bubble {
        platform::show_bubble(&mirror.caption, mirror.bubble.as_ref());
    }
    if mirror.state != last.state {
        platform::set_state(&mirror.state);
    }
    if mirror.sound != last.sound {
        platform::set_sound_state(&format!(
            "effects-{} music-{}",
            mirror.sound.effects_played, mirror.sound.music_percent
        ));
    }
    if mirror.played_seconds != last.played_seconds {
        platform::set_played_seconds(mirror.played_seconds);
    }
    if mirror.love != last.love {
        platform::set_love_state(&mirror.love);
    }
    if mirror.targets != last.targets {
        platform::set_tap_targets(&mirror.targets);
    }
    *last = mirror.clone();
}
