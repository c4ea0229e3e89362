//! The traffic light on the way home: a real light on the street, red while the bus waits and
//! green once the child presses the helper, which shows the same light, drawn large. It is
//! never greyed out: only its lamps change.

use bevy::prelude::*;

use super::{rules::Stage, screen::JourneyGame};

/// One of a traffic light's three lamps.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lamp {
    Red,
    Amber,
    Green,
}

const HOUSING: Color = Color::srgb(0.31, 0.42, 0.45);
const POLE: Color = Color::srgb(0.45, 0.53, 0.56);
const UNLIT: Color = Color::srgb(0.23, 0.32, 0.35);
const RED: Color = Color::srgb(0.93, 0.45, 0.38);
const GREEN: Color = Color::srgb(0.49, 0.82, 0.55);

impl Lamp {
    /// Red until the way is clear, then green; amber stays dark (nothing blinks).
    fn colour(self, clear: bool) -> Color {
        match (self, clear) {
            (Lamp::Red, false) => RED,
            (Lamp::Green, true) => GREEN,
            _ => UNLIT,
        }
    }
}

/// A traffic light `height` vmin tall (lamps only; `pole` adds a post below), placed by `node`.
pub(super) fn spawn_traffic_light(
    commands: &mut Commands,
    parent: Entity,
    height: f32,
    pole: f32,
    node: Node,
) -> Entity {
    let vmin = Val::VMin;
    let lamp = height * 0.27;
    let root = commands
        .spawn((
            Name::new("Traffic light"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                ..node
            },
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    let housing = commands
        .spawn((
            Node {
                width: vmin(height * 0.42),
                height: vmin(height),
                flex_direction: FlexDirection::Column,
                justify_content: JustifyContent::SpaceEvenly,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(vmin(height * 0.14)),
                ..default()
            },
            BackgroundColor(HOUSING),
            Pickable::IGNORE,
            ChildOf(root),
        ))
        .id();
    for which in [Lamp::Red, Lamp::Amber, Lamp::Green] {
        commands.spawn((
            which,
            Node {
                width: vmin(lamp),
                height: vmin(lamp),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(which.colour(false)),
            Pickable::IGNORE,
            ChildOf(housing),
        ));
    }
    if pole > 0.0 {
        commands.spawn((
            Node {
                width: vmin(height * 0.1),
                height: vmin(pole),
                ..default()
            },
            BackgroundColor(POLE),
            Pickable::IGNORE,
            ChildOf(root),
        ));
    }
    root
}

/// Every light on screen turns green once the child has helped the bus on.
pub(super) fn light_the_lamps(
    game: Res<JourneyGame>,
    mut lamps: Query<(&Lamp, &mut BackgroundColor)>,
) {
    let clear = game.0.helped(Stage::Riding);
    for (lamp, mut background) in &mut lamps {
        let wanted = lamp.colour(clear);
        if background.0 != wanted {
            background.0 = wanted;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lamp_is_lit_red_then_green_never_none_or_two() {
        for clear in [false, true] {
            let lit: Vec<Lamp> = [Lamp::Red, Lamp::Amber, Lamp::Green]
                .into_iter()
                .filter(|lamp| lamp.colour(clear) != UNLIT)
                .collect();
            assert_eq!(lit, vec![if clear { Lamp::Green } else { Lamp::Red }]);
        }
    }
}
