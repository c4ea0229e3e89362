//! Mirrors what the canvas shows into the page: the current screen, the current caption and
//! where each tappable thing is. Screen readers read the captions; browser tests use all three
//! to tap where a child would and to check every target is big enough. It also counts frames,
//! so the benchmark can measure the game's own frame rate, and live entities, for the soak.

use bevy::{diagnostic::FrameCount, prelude::*, ui::UiSystems, window::PrimaryWindow};
// The rectangles are the page's contract, so the platform owns them.
pub use crate::platform::page::{BubbleRect, TargetRect};
use crate::{flow::Screen, platform};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DomMirror>();
    // Between leaving a screen and entering the next, so a screen's own OnEnter may still
    // name a variant of itself (the gate, locked).
    app.add_systems(
        StateTransition,
        name_the_page.in_set(TransitionSchedules::<Screen>::default()),
    );
    app.configure_sets(
        PostUpdate,
        (MirrorSystems::Measure, MirrorSystems::Tell)
            .chain()
            .after(UiSystems::Layout),
    );
    app.add_systems(
        PostUpdate,
        (
            collect_tap_targets.in_set(MirrorSystems::Measure),
            sync_to_page.in_set(MirrorSystems::Tell),
        ),
    );
    app.add_systems(
        Last,
        report_frames.after(bevy::diagnostic::update_frame_count),
    );
}

/// The mirror's two steps each frame, after layout: parts that measure where things are drawn
/// (tap targets, the speech bubble) join `Measure`; the page is told in `Tell`.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MirrorSystems {
    Measure,
    Tell,
}

fn name_the_page(
    mut transitions: MessageReader<StateTransitionEvent<Screen>>,
    mut mirror: ResMut<DomMirror>,
) {
    if let Some(screen) = transitions.read().filter_map(|t| t.entered).last() {
        mirror.screen = screen.page_name();
    }
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
    /// The page's name for the screen showing: [`Screen::page_name`], set on every change of
    /// screen.
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

/// Marks a UI node as something to tap, with a stable name for tests.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct TapTarget(pub &'static str);

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
