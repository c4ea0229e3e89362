//! Until the journey home lands, choosing it says so kindly and goes back Home by itself.

use bevy::prelude::*;

use super::Screen;
use crate::{assets::GameAssets, dom_mirror::DomMirror, theme::prelude::*};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Journey), spawn_for(Game::Journey));
    app.add_systems(Update, return_home_when_due);
}

/// Seconds before going Home unprompted, so a child is never left on a dead end.
pub const RETURN_HOME_SECONDS: f32 = 6.0;

#[derive(Debug, Clone, Copy)]
enum Game {
    Journey,
}

impl Game {
    fn screen(self) -> Screen {
        match self {
            Game::Journey => Screen::Journey,
        }
    }

    fn mirror_name(self) -> &'static str {
        match self {
            Game::Journey => "journey-coming-soon",
        }
    }

    fn caption(self) -> &'static str {
        match self {
            Game::Journey => "The journey home is coming soon!",
        }
    }
}

/// Counts down to the automatic return Home.
#[derive(Component, Debug)]
struct ReturnHomeAfter(Timer);

fn spawn_for(game: Game) -> impl Fn(Commands, Res<GameAssets>, ResMut<DomMirror>) {
    move |mut commands, assets, mut mirror| {
        mirror.screen = game.mirror_name();
        mirror.caption = format!("{} Let's go back home.", game.caption());
        let picture = match game {
            Game::Journey => assets.journey.clone(),
        };
        let root = commands
            .spawn((
                widget::screen_root("Coming soon screen"),
                DespawnOnExit(game.screen()),
                ReturnHomeAfter(Timer::from_seconds(RETURN_HOME_SECONDS, TimerMode::Once)),
            ))
            .id();
        commands.spawn((
            widget::picture(
                picture,
                Node {
                    width: Val::VMin(30.0),
                    height: Val::VMin(30.0),
                    ..default()
                },
            ),
            ChildOf(root),
        ));
        commands.spawn((
            widget::caption(game.caption(), assets.font.clone(), 6.0),
            ChildOf(root),
        ));
        commands
            .spawn((
                widget::big_round_button("home", assets.home.clone(), palette::GO, 24.0),
                ChildOf(root),
            ))
            .observe(go_home);
    }
}

fn go_home(_: On<Pointer<Press>>, mut next: ResMut<NextState<Screen>>) {
    next.set(Screen::Home);
}

fn return_home_when_due(
    time: Res<Time>,
    mut timers: Query<&mut ReturnHomeAfter>,
    mut next: ResMut<NextState<Screen>>,
) {
    for mut timer in &mut timers {
        if timer.0.tick(time.delta()).just_finished() {
            next.set(Screen::Home);
        }
    }
}
