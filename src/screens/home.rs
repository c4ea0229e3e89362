//! Home: two big pictures, one for each game, and a quiet corner button for grown-ups.

use bevy::prelude::*;

use super::Screen;
use crate::{
    assets::GameAssets,
    dom_mirror::DomMirror,
    narration::{Line, Narrator, lines::Key, lines::Words, speech_bubble},
    theme::{hold::HoldComplete, prelude::*, widget::Corner},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Home), spawn_home_screen);
}

pub const PEEKABOO_CAPTION: &str = "Peekaboo!";
pub const JOURNEY_CAPTION: &str = "Coming home";

/// Card width as a share of the screen's shorter side: about 7 cm on a 10-inch tablet.
const CARD_VMIN: f32 = 40.0;

fn spawn_home_screen(
    mut commands: Commands,
    assets: Res<GameAssets>,
    mut mirror: ResMut<DomMirror>,
    mut narrator: ResMut<Narrator>,
) {
    mirror.screen = "home";
    narrator.say(Line::Game(Key::WhatShallWePlay), &Words::default());

    let root = commands
        .spawn((
            widget::screen_root("Home screen"),
            DespawnOnExit(Screen::Home),
        ))
        .id();
    commands.spawn((speech_bubble(5.5, 9.0), ChildOf(root)));

    let games = commands
        .spawn((
            Name::new("Games"),
            FlowWithOrientation,
            Node {
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                // Wide gaps, so a palm between the two cards presses neither.
                column_gap: Val::VMin(8.0),
                row_gap: Val::VMin(5.0),
                ..default()
            },
            ChildOf(root),
        ))
        .id();
    let cards = [
        (
            "peekaboo",
            &assets.peekaboo,
            PEEKABOO_CAPTION,
            palette::PEACH,
            Screen::Peekaboo,
        ),
        (
            "journey",
            &assets.journey,
            JOURNEY_CAPTION,
            palette::SKY,
            Screen::Journey,
        ),
    ];
    for (id, picture, caption, colour, screen) in cards {
        let card = widget::picture_card(
            id,
            picture.clone(),
            caption,
            colour,
            assets.font.clone(),
            CARD_VMIN,
        );
        commands.spawn((card, ChildOf(games))).observe(
            move |_: On<Pointer<Press>>, mut next: ResMut<NextState<Screen>>| {
                next.set(screen);
            },
        );
    }

    commands
        .spawn((
            widget::corner_hold_button("parent", assets.parent.clone(), Corner::TopRight),
            ChildOf(root),
        ))
        .observe(|_: On<HoldComplete>, mut next: ResMut<NextState<Screen>>| {
            next.set(Screen::ParentGate);
        });
}
