//! Waits for what Start and Home show, then shows the Start screen. A missing file does not
//! block: the screens fall back to plain shapes. The family's language gets a short wait of its
//! own. The games' own files load later, on Home.

use bevy::prelude::*;

use crate::{assets::LaunchAssets, flow::Screen, frames::NextDue, narration::WantedLanguage};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        continue_when_settled.run_if(in_state(Screen::Loading)),
    );
}

/// How often a screen waiting for files looks again: a tenth of a second.
pub const LOOK_AGAIN_SECONDS: f32 = 0.1;

/// How long Start waits for the family's language once the game's own files are in: a slow
/// or stalled fetch then leaves the first lines in English (they switch when it comes).
const LANGUAGE_WAIT_SECONDS: f32 = 3.0;

fn continue_when_settled(
    assets: Res<LaunchAssets>,
    server: Res<AssetServer>,
    language: Res<WantedLanguage>,
    time: Res<Time<Real>>,
    mut waited_for_language: Local<f32>,
    mut next: ResMut<NextState<Screen>>,
    mut due: ResMut<NextDue>,
) {
    // A file that arrives does not wake the engine: look again often until all have.
    due.within(LOOK_AGAIN_SECONDS);
    if !assets.settled(&server) {
        return;
    }
    if language.arriving() && *waited_for_language < LANGUAGE_WAIT_SECONDS {
        *waited_for_language += time.delta_secs();
        return;
    }
    let failed = assets.failures(&server);
    if failed > 0 {
        tracing::warn!(
            "{failed} game file(s) could not be loaded; showing simple stand-ins instead"
        );
    }
    next.set(Screen::Start);
}
