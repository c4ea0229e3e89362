//! The big card at the top of the calendar: today at first, and whichever day of the week the
//! child taps after that (a tap on a day that only spoke, with nothing on screen changing,
//! read as a button that did nothing). Ringed when it shows today; a tap anywhere else brings
//! today back.

use bevy::prelude::*;

use super::{
    pictures::{spawn_day_picture, spawn_today_people},
    rules::LocalDay,
    screen::{DAY_TARGETS, day_colour, state_label, tell_about_day, tell_about_today},
};
use crate::{
    assets::GameAssets,
    dom_mirror::DomMirror,
    flow::Screen,
    narration::Narrator,
    settings::Settings,
    theme::{figure::Appearance, prelude::*, widget},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        draw_the_shown_day
            .run_if(in_state(Screen::Calendar).and_then(resource_changed::<ShownDay>)),
    );
}

/// The day the big card shows, and today.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ShownDay {
    pub(super) day: LocalDay,
    pub(super) today: LocalDay,
}

impl ShownDay {
    pub(super) fn today(today: LocalDay) -> Self {
        Self { day: today, today }
    }

    /// Shows `day`; the card is drawn again only if that is a change.
    pub(super) fn show(shown: &mut ResMut<ShownDay>, day: LocalDay) {
        let today = shown.today;
        shown.set_if_neq(ShownDay { day, today });
    }
}

#[derive(Component)]
struct DayCard;

/// A day of the week row: the one shown big is ringed, so the child sees which they tapped;
/// today keeps a paler ring while another day is shown.
#[derive(Component)]
pub(super) struct DayTile(pub(super) LocalDay);

/// The card, empty: `draw_the_shown_day` fills it on the next frame.
pub(super) fn spawn_day_card(commands: &mut Commands, parent: Entity) -> Entity {
    commands
        .spawn((
            widget::tappable("today"),
            DayCard,
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                padding: UiRect::all(Val::VMin(2.0)),
                column_gap: Val::VMin(1.5),
                border: UiRect::all(Val::VMin(1.2)),
                border_radius: BorderRadius::all(Val::VMin(4.0)),
                ..default()
            },
            ChildOf(parent),
        ))
        .observe(
            |mut press: On<Pointer<Press>>,
             shown: Res<ShownDay>,
             settings: Res<Settings>,
             mut narrator: ResMut<Narrator>| {
                press.propagate(false);
                if shown.day == shown.today {
                    tell_about_today(&settings, &mut narrator, shown.today);
                } else {
                    tell_about_day(&settings, &mut narrator, shown.day);
                }
            },
        )
        .id()
}

/// Draws the shown day in the card: the sun and the ring only for today, then the day's
/// picture and who the child is with.
#[allow(clippy::type_complexity)]
fn draw_the_shown_day(
    shown: Res<ShownDay>,
    settings: Res<Settings>,
    assets: Res<GameAssets>,
    mut mirror: ResMut<DomMirror>,
    mut card: Query<(Entity, &mut BackgroundColor, &mut BorderColor), With<DayCard>>,
    mut tiles: Query<(&DayTile, &mut BorderColor), Without<DayCard>>,
    mut commands: Commands,
) {
    for (tile, mut ring) in &mut tiles {
        let colour = if tile.0 == shown.day {
            palette::TODAY
        } else if tile.0 == shown.today {
            palette::TODAY.with_alpha(0.35)
        } else {
            Color::NONE
        };
        *ring = BorderColor::all(colour);
    }
    let Ok((card, mut background, mut border)) = card.single_mut() else {
        return;
    };
    let plan = settings.week.on(shown.day);
    let is_today = shown.day == shown.today;
    background.0 = day_colour(plan.kind);
    *border = BorderColor::all(if is_today {
        palette::TODAY
    } else {
        palette::TODAY.with_alpha(0.0)
    });
    commands.entity(card).despawn_children();
    // The sun is today's; another day keeps its room, so the card does not jump.
    if is_today {
        commands.spawn((
            widget::picture(assets.sun.clone(), square(8.0)),
            ChildOf(card),
        ));
    } else {
        commands.spawn((square(8.0), Pickable::IGNORE, ChildOf(card)));
    }
    spawn_day_picture(
        &mut commands,
        card,
        plan.kind,
        square(24.0),
        assets.school.clone(),
    );
    let (place, who) = settings.grown_ups.picking_up(plan.pick_up);
    spawn_today_people(
        &mut commands,
        card,
        plan.kind,
        Appearance::grown_up(who.look),
        place,
        Appearance::child(settings.childs_look()),
        20.0,
    );
    let mut label = state_label(&settings.week, shown.today);
    if !is_today {
        label.push_str(" shows-");
        label.push_str(DAY_TARGETS[shown.day.weekday().index()]);
    }
    mirror.state = label;
}

pub(super) fn square(side_vmin: f32) -> Node {
    Node {
        width: Val::VMin(side_vmin),
        height: Val::VMin(side_vmin),
        ..default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn showing_the_same_day_again_is_no_change() {
        let mut app = App::new();
        let today = LocalDay(20_000);
        app.insert_resource(ShownDay::today(today));
        app.add_systems(Update, |mut shown: ResMut<ShownDay>| {
            let today = shown.today;
            ShownDay::show(&mut shown, today);
        });
        app.update();
        let tick = app.world().resource_ref::<ShownDay>().last_changed();
        app.update();
        let after = app.world().resource_ref::<ShownDay>().last_changed();
        assert_eq!(tick, after, "no redraw for the day already shown");
    }
}
