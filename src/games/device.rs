//! What a game asks of the device: fullscreen while it is played (no browser bars for small
//! hands to hit), and a screen that stays awake through the journey, so the tablet does not
//! sleep before the grown-up is home. Both are let go everywhere else; the page also lets go
//! of both while the tab is hidden (`web/boot.js`).

use bevy::prelude::*;

use crate::{flow::Screen, platform};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, follow_the_screen.run_if(state_changed::<Screen>));
}

/// What each screen wants: (fullscreen, screen kept awake).
pub fn wants(screen: Screen) -> (bool, bool) {
    match screen {
        Screen::Peekaboo | Screen::Calendar | Screen::Morning => (true, false),
        Screen::Journey => (true, true),
        _ => (false, false),
    }
}

fn follow_the_screen(screen: Res<State<Screen>>) {
    let (fullscreen, awake) = wants(*screen.get());
    platform::set_fullscreen(fullscreen);
    platform::keep_screen_awake(awake);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_journey_keeps_the_screen_awake_and_only_games_go_fullscreen() {
        assert_eq!(wants(Screen::Journey), (true, true));
        assert_eq!(wants(Screen::Peekaboo), (true, false));
        for screen in [
            Screen::Home,
            Screen::ParentGate,
            Screen::ParentArea,
            Screen::AllDone,
        ] {
            assert_eq!(wants(screen), (false, false), "{screen:?}");
        }
    }
}
