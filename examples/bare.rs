//! The yardstick for the benchmark: a bare Bevy app with the game's engine features and build
//! profile, drawing one sprite. `tools/bench-bare.sh` builds it; `tools/bench.mjs --bare`
//! measures it beside the game.

use bevy::{diagnostic::FrameCount, prelude::*};

fn main() -> AppExit {
    App::new()
        .add_plugins(see_you_soon::engine_plugins())
        .add_systems(Startup, setup)
        .add_systems(Last, report_frames)
        .run()
}

fn setup(mut commands: Commands) {
    commands.spawn((Camera2d, Msaa::Off));
    commands.spawn(Sprite::from_color(
        Color::srgb(0.62, 0.83, 0.64),
        Vec2::splat(200.0),
    ));
}

fn report_frames(frames: Res<FrameCount>) {
    see_you_soon::platform::note_frame(frames.0);
}
