//! Peekaboo with anyone in the family: when there are several grown-ups, the Peekaboo card on
//! Home shows their faces (their own photos, or their drawn looks), and the one tapped hides.
//! A tap beside the faces goes back to the cards.

use bevy::prelude::*;

use crate::{
    dom_mirror::{DomMirror, TapTarget},
    flow::Screen,
    games::PeekabooWith,
    narration::{Line, Narrator, lines::Key, lines::Words},
    settings::{MOST_GROWN_UPS, Place, Settings},
    theme::{
        figure::{Appearance, Frame, Portrait, spawn_portrait},
        letters::GameLetters,
        prelude::*,
        widget,
    },
};

/// The faces' layer over Home's cards, which it hides while it is open (so the page's list of
/// what can be tapped, which screen readers read, has only the faces).
#[derive(Component)]
struct WhoHidesLayer {
    cards: Entity,
}

/// Each face's target, by place.
const FACE_TARGETS: [&str; MOST_GROWN_UPS] = ["hides-1", "hides-2", "hides-3", "hides-4"];

/// A face's window, in vmin: well over the 96 px a toddler's tap needs on a phone.
const FACE_VMIN: f32 = 24.0;

/// Whether tapping Peekaboo asks who hides first.
pub fn asks_who_hides(settings: &Settings) -> bool {
    settings.grown_ups.count() > 1
}

/// Shows the family's faces over Home's `cards`.
pub fn open(
    commands: &mut Commands,
    (root, cards): (Entity, Entity),
    settings: &Settings,
    (font, letters): (Handle<Font>, &GameLetters),
    narrator: &mut Narrator,
    mirror: &mut DomMirror,
) {
    narrator.say(Line::Game(Key::WhoWillHide), &Words::default());
    mirror.state = "who-hides".to_string();
    commands.entity(cards).insert(Visibility::Hidden);
    let layer = commands
        .spawn((
            Name::new("Who hides"),
            WhoHidesLayer { cards },
            Node {
                position_type: PositionType::Absolute,
                width: Val::Percent(100.0),
                height: Val::Percent(100.0),
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                align_content: AlignContent::Center,
                column_gap: Val::VMin(6.0),
                row_gap: Val::VMin(4.0),
                padding: UiRect::all(Val::VMin(6.0)),
                ..default()
            },
            BackgroundColor(palette::BACKGROUND.with_alpha(0.94)),
            GlobalZIndex(5),
            ChildOf(root),
        ))
        .observe(back_to_the_cards)
        .id();
    for (place, grown_up) in settings.grown_ups.all() {
        let face = commands
            .spawn((
                Name::new(format!("{} hides", grown_up.name)),
                TapTarget(FACE_TARGETS[place.index()]),
                PressBounce::default(),
                Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: Val::VMin(1.5),
                    padding: UiRect::all(Val::VMin(2.0)),
                    border_radius: BorderRadius::all(Val::VMin(4.0)),
                    ..default()
                },
                BackgroundColor(palette::PEACH),
                ChildOf(layer),
            ))
            .observe(hides(place))
            .id();
        spawn_portrait(
            commands,
            face,
            Portrait {
                looks: Appearance::grown_up(grown_up.look),
                photo_of: Some(place.into()),
                placement: Node {
                    width: Val::VMin(FACE_VMIN),
                    height: Val::VMin(FACE_VMIN),
                    ..default()
                },
                figure_height: FACE_VMIN * 1.95,
                frame: Frame {
                    glass: palette::SKY,
                    rim: palette::BACKGROUND,
                    rim_width: 1.0,
                },
                seed: 11 + place.index() as u32,
            },
        );
        // The name as the game's fonts draw it; a name none of them can write goes without.
        let name = letters.drawable(&grown_up.name);
        if !name.is_empty() {
            commands.spawn((widget::caption(name, font.clone(), 4.0), ChildOf(face)));
        }
    }
}

/// The grown-up at `place` hides: on to peekaboo.
fn hides(
    place: Place,
) -> impl Fn(On<Pointer<Press>>, ResMut<PeekabooWith>, ResMut<NextState<Screen>>) {
    move |mut press, mut with, mut next| {
        press.propagate(false);
        with.0 = Some(place);
        next.set(Screen::Peekaboo);
    }
}

fn back_to_the_cards(
    press: On<Pointer<Press>>,
    layers: Query<&WhoHidesLayer>,
    mut commands: Commands,
    mut narrator: ResMut<Narrator>,
    mut mirror: ResMut<DomMirror>,
) {
    if let Ok(layer) = layers.get(press.entity) {
        commands.entity(layer.cards).insert(Visibility::Inherited);
        commands.entity(press.entity).despawn();
        narrator.say(Line::Game(Key::WhatShallWePlay), &Words::default());
        mirror.state.clear();
    }
}
