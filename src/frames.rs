//! Drawing only when something moves: a still screen costs no frames.
//!
//! On the web the engine sleeps between frames (Bevy's reactive low-power mode) until a tap, a
//! key or a window change, a wake from the page (a line's voice ended, a photo was kept, the
//! parent typed, the tab came back), or the game's own next due moment ([`NextDue`], which
//! anything with a timer fills each frame). One rule keeps frames coming while something
//! moves: a frame in which the picture changed asks for the next one. So an animation needs
//! nothing but to change what it moves, and stops costing anything when it settles.
//!
//! Promises are kept in real seconds: the rules are caught up on the whole sleep before a tap
//! reaches them (`games::play_loop`), while animations step by virtual time, which never jumps
//! more than [`LONGEST_ANIMATION_STEP`] in a frame (the first frame after a long sleep).

use std::time::Duration;

use bevy::{
    prelude::*, text::TextLayoutInfo, time::TimeSystems, ui::ComputedNode, window::RequestRedraw,
};

use crate::platform;

/// This frame's real seconds with the tab shown, for the rules' timers: `step` is the frame
/// (at most [`LONGEST_ANIMATION_STEP`]), `slept` what the engine slept before it, which the
/// rules catch up on before any tap reaches them.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct PlayTime {
    pub slept: f32,
    pub step: f32,
}

/// Counts the shown time since the last frame: a hidden tab's time is skipped (the game
/// pauses with it), and a frame longer than any sleep (a laptop lid closed without the tab
/// being hidden) counts as one sleep. On the web the page's own shown-time clock is read
/// rather than the engine's frame time, which is taken a frame late: the first frame back
/// from a hidden tab would otherwise still carry the time away.
fn measure_play_time(
    real: Res<Time<Real>>,
    mut play: ResMut<PlayTime>,
    mut shown_before: Local<Option<f64>>,
) {
    let shown = if platform::page_hidden() {
        0.0
    } else {
        match (platform::shown_seconds(), *shown_before) {
            (Some(now), Some(before)) => (now - before) as f32,
            (Some(_), None) => 0.0,
            (None, _) => real.delta_secs(),
        }
    };
    *shown_before = platform::shown_seconds();
    let shown = shown.clamp(0.0, LONGEST_SLEEP.as_secs_f32() + 1.0);
    play.step = shown.min(LONGEST_ANIMATION_STEP.as_secs_f32());
    play.slept = shown - play.step;
}

/// The longest the engine sleeps with nothing due: a safety net, so a moment nobody said was
/// due comes at most this late. Finite: Bevy 0.19 redraws forever on an unbounded wait
/// (bevy#24989).
pub const LONGEST_SLEEP: Duration = Duration::from_secs(5);

/// The most an animation moves in one frame, however long the engine slept before it.
pub const LONGEST_ANIMATION_STEP: Duration = Duration::from_millis(100);

/// Due sooner than this: simply draw the next frame.
const NEXT_FRAME_SECONDS: f32 = 1.0 / 60.0;
/// A timer is late by this much on purpose, so the moment has passed when the engine wakes.
const WAKE_MARGIN_SECONDS: f32 = 0.005;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NextDue>();
    app.init_resource::<PlayTime>();
    // Without a window (the headless tests) nobody else adds these.
    app.add_message::<RequestRedraw>();
    app.add_message::<bevy::window::WindowResized>();
    app.insert_resource(Time::<Virtual>::from_max_delta(LONGEST_ANIMATION_STEP));
    #[cfg(target_arch = "wasm32")]
    app.insert_resource(bevy::winit::WinitSettings {
        focused_mode: bevy::winit::UpdateMode::reactive_low_power(LONGEST_SLEEP),
        unfocused_mode: bevy::winit::UpdateMode::reactive_low_power(LONGEST_SLEEP),
    });
    app.add_systems(Startup, let_the_page_wake_the_engine);
    app.add_systems(
        First,
        (
            forget_what_was_due,
            forget_last_frames_redraw_requests,
            step_animations_whole_only_after_a_due_moment.before(TimeSystems),
            measure_play_time.after(TimeSystems),
        ),
    );
    app.add_systems(
        Last,
        (
            look_again_while_pictures_load,
            draw_again_while_the_picture_changes,
        )
            .chain(),
    );
}

/// The soonest moment, in seconds from this frame, at which time alone changes something:
/// the engine is woken for it. Systems with a timer call [`NextDue::within`] every frame.
#[derive(Resource, Debug, Default)]
pub struct NextDue {
    soonest: Option<f32>,
    /// Who asked for the soonest, for `?frames-debug`.
    asked_by: Option<&'static std::panic::Location<'static>>,
}

impl NextDue {
    /// Something happens in `seconds` by itself.
    #[track_caller]
    pub fn within(&mut self, seconds: f32) {
        if seconds.is_finite()
            && self
                .soonest
                .is_none_or(|soonest| seconds.max(0.0) < soonest)
        {
            self.soonest = Some(seconds.max(0.0));
            self.asked_by = Some(std::panic::Location::caller());
        }
    }

    pub fn seconds(&self) -> Option<f32> {
        self.soonest
    }
}

/// A wake runs one frame. Bevy 0.19's `WakeUp` runs two (the woken update, then a redraw it
/// asks for), and each frame draws the whole picture; `WindowAdded` wakes the loop for one
/// update and looks for new windows, of which there are none.
fn let_the_page_wake_the_engine(proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    if let Some(proxy) = proxy {
        let proxy = (**proxy).clone();
        platform::when_woken(move || {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WindowAdded);
        });
    }
}

/// Animation time never jumps after a sleep that a tap or the page ended: what starts now
/// starts from its beginning. Woken for a due moment, it takes the whole sleep, so a timer
/// kept in animation time (a finger that stays a moment) is on time.
fn step_animations_whole_only_after_a_due_moment(mut time: ResMut<Time<Virtual>>) {
    time.set_max_delta(if platform::woke_for_due() {
        LONGEST_SLEEP + Duration::from_secs(1)
    } else {
        LONGEST_ANIMATION_STEP
    });
}

fn forget_what_was_due(mut due: ResMut<NextDue>) {
    *due = NextDue::default();
}

/// Bevy's loop reads every redraw request still kept, this frame's and the last: one asked for
/// in the last frame would draw this one again. Only this frame's count.
fn forget_last_frames_redraw_requests(mut requests: ResMut<Messages<RequestRedraw>>) {
    requests.clear();
}

/// A file that arrives does not wake the engine: while a picture on screen is still loading,
/// look again a few times a second.
fn look_again_while_pictures_load(
    images: Query<&ImageNode>,
    sprites: Query<&Sprite>,
    server: Res<AssetServer>,
    mut due: ResMut<NextDue>,
) {
    let loading = images
        .iter()
        .map(|image| image.image.id())
        .chain(sprites.iter().map(|sprite| sprite.image.id()))
        .any(|id| {
            server
                .get_load_state(id)
                .is_some_and(|state| state.is_loading())
        });
    if loading {
        due.within(PICTURES_LOADING_LOOK_AGAIN_SECONDS);
    }
}

/// How often to look again while a picture on screen is loading.
const PICTURES_LOADING_LOOK_AGAIN_SECONDS: f32 = 0.1;

/// On a part that changes only at moments it asked to be woken for (a blink): its change is
/// drawn in that frame, and asks for no frame after it.
#[derive(Component, Debug, Default)]
pub struct ChangesOnlyWhenDue;

/// Anything that moves, resizes, shows, hides or changes what it is drawn above.
type Moved = Or<(
    Changed<Transform>,
    Changed<UiTransform>,
    Changed<Node>,
    Changed<ComputedNode>,
    Changed<Visibility>,
    Changed<Sprite>,
    Changed<ZIndex>,
    Changed<GlobalZIndex>,
)>;

/// Anything whose colour, picture or words changed.
type Repainted = Or<(
    Changed<BackgroundColor>,
    Changed<BorderColor>,
    Changed<ImageNode>,
    Changed<Text>,
    Changed<TextColor>,
    Changed<TextLayoutInfo>,
    Changed<Outline>,
)>;

/// The one rule: a frame that changed the picture asks for the next; otherwise the engine
/// sleeps until the next due moment (or a tap, or the page).
#[allow(clippy::too_many_arguments)]
fn draw_again_while_the_picture_changes(
    moved: Query<Entity, (Moved, Without<ChangesOnlyWhenDue>)>,
    repainted: Query<Entity, (Repainted, Without<ChangesOnlyWhenDue>)>,
    names: Query<(NameOrEntity, Option<&ChildOf>)>,
    mut debugging: Local<Option<bool>>,
    mut nodes_gone: RemovedComponents<Node>,
    mut sprites_gone: RemovedComponents<Sprite>,
    mut raised_gone: RemovedComponents<GlobalZIndex>,
    mut resized: MessageReader<bevy::window::WindowResized>,
    mut hidden_before: Local<bool>,
    mut images: MessageReader<AssetEvent<Image>>,
    clear_colour: Option<Res<ClearColor>>,
    due: Res<NextDue>,
    play: Res<PlayTime>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut cameras: Query<&mut Camera>,
) {
    let nodes_gone = nodes_gone.read().count();
    let sprites_gone = sprites_gone.read().count();
    let images_changed = images.read().count();
    // A resized canvas, or a tab shown again, is drawn whole once: the browser may have let
    // the last picture go.
    let hidden_now = platform::page_hidden();
    let shown_again = std::mem::replace(&mut *hidden_before, hidden_now) && !hidden_now;
    let redraw_whole = resized.read().count() > 0 || raised_gone.read().count() > 0 || shown_again;
    let changed = redraw_whole
        || !moved.is_empty()
        || !repainted.is_empty()
        || nodes_gone > 0
        || sprites_gone > 0
        || images_changed > 0
        || clear_colour.is_some_and(|c| c.is_changed());
    if *debugging.get_or_insert_with(platform::frames_debug) {
        // `?frames-debug`: which parts keep the frames coming, on the console.
        let named = |entity: Entity| {
            names.get(entity).map_or(String::new(), |(name, parent)| {
                let parent = parent.and_then(|p| names.get(p.parent()).ok());
                format!(
                    "{name} in {}",
                    parent.map_or(String::new(), |(p, _)| p.to_string())
                )
            })
        };
        let moved: Vec<String> = moved.iter().map(named).collect();
        let repainted: Vec<String> = repainted.iter().map(named).collect();
        if !moved.is_empty() || !repainted.is_empty() {
            tracing::warn!("frames-debug: moved {moved:?}; repainted {repainted:?}");
        }
        if !changed {
            tracing::warn!(
                "frames-debug: still; next due {:?} (from {:?}); this frame slept {:.3} s, stepped {:.3} s",
                due.soonest,
                due.asked_by
                    .map(|at| format!("{}:{}", at.file(), at.line())),
                play.slept,
                play.step
            );
        } else if nodes_gone + sprites_gone + images_changed > 0 {
            tracing::warn!(
                "frames-debug: {nodes_gone} nodes and {sprites_gone} sprites gone, {images_changed} images changed"
            );
        }
    }
    // A frame that changed nothing is not drawn: with no camera on, the engine takes no
    // picture from the canvas, which keeps showing the last one.
    for mut camera in &mut cameras {
        if camera.is_active != changed {
            camera.is_active = changed;
        }
    }
    // A hidden tab sleeps until it is shown again (the page wakes the game then).
    if hidden_now {
        return;
    }
    match due.soonest {
        _ if changed => {
            redraw.write(RequestRedraw);
        }
        Some(seconds) if seconds <= NEXT_FRAME_SECONDS => {
            redraw.write(RequestRedraw);
        }
        Some(seconds) => platform::wake_in(seconds + WAKE_MARGIN_SECONDS),
        None => {}
    }
}
