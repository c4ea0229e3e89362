//! Waits for what Start and Home show, then shows the Start screen. A missing file does not
//! block: the screens fall back to plain shapes. The games' own files load later, on Home.

use bevy::prelude::*;

use crate::{assets::LaunchAssets, flow::Screen};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        continue_when_settled.run_if(in_state(Screen::Loading)),
    );
}

fn continue_when_settled(
    assets: Res<LaunchAssets>,
    server: Res<AssetServer>,
    mut next: ResMut<NextState<Screen>>,
) {
    if assets.settled(&server) {
        let failed = assets.failures(&server);
        if failed > 0 {
            tracing::warn!(
                "{failed} game file(s) could not be loaded; showing simple stand-ins instead"
            );
        }
        next.set(Screen::Start);
    }
}
