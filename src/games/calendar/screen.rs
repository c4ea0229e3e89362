//! The calendar screen: today as a big picture (the child at school reaching for whoever picks
//! up, or our house with the grown-up and the child), the sleeps until the next home day as
//! moons, and the week as seven tiles with today ringed. Everything it shows is also said;
//! every tap says something.

use bevy::prelude::*;

use super::{
    day_card::{DayTile, ShownDay, spawn_day_card, square},
    pictures::spawn_day_picture,
    rules::{DayKind, DayPlan, LocalDay, WeekPlan, Weekday},
};
use crate::{
    assets::GameAssets,
    dom_mirror::DomMirror,
    flow::{EndGently, Screen},
    narration::{
        Line, Narrator,
        lines::{Key, Words},
        speech_bubble, words_from,
    },
    platform,
    session::Session,
    settings::{Look, Settings},
    theme::{prelude::*, widget},
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Calendar), open_calendar);
    app.add_systems(
        Update,
        close_when_the_session_ends.run_if(in_state(Screen::Calendar)),
    );
}

/// The tap targets of the seven day tiles, Monday first.
pub const DAY_TARGETS: [&str; 7] = [
    "day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun",
];

/// Short captions under the day tiles, Monday first (the voice says the whole name).
const DAY_CAPTIONS: [Key; 7] = [
    Key::MondayShort,
    Key::TuesdayShort,
    Key::WednesdayShort,
    Key::ThursdayShort,
    Key::FridayShort,
    Key::SaturdayShort,
    Key::SundayShort,
];

/// Who picks up on a school day: the grown-up the week names, or the first grown-up if that one
/// is no longer in the family.
pub fn pick_up_person(settings: &Settings, plan: DayPlan) -> (String, Look) {
    let (_, grown_up) = settings.grown_ups.picking_up(plan.pick_up);
    (grown_up.name.clone(), grown_up.look)
}

/// The words for a line about `plan` on `day`.
fn words_for(settings: &Settings, narrator: &Narrator, plan: DayPlan, day: Weekday) -> Words {
    let mut words = words_from(settings);
    words.who = pick_up_person(settings, plan).0;
    words.day = narrator.text(Key::weekday(day));
    words
}

/// Today's line: what kind of day it is, and who comes.
fn today_key(plan: DayPlan) -> Key {
    match plan.kind {
        DayKind::School => Key::CalendarSchoolToday,
        DayKind::Home => Key::CalendarHomeToday,
    }
}

/// The countdown line and its number of sleeps, if there is anything to count down to (each
/// language's file words the count in its own grammar).
fn sleeps_line(next: Option<(DayKind, u32)>) -> Option<(Key, u32)> {
    let (kind, sleeps) = next?;
    let key = match kind {
        DayKind::Home => Key::SleepsUntilHomeDay,
        DayKind::School => Key::SleepsUntilSchoolDay,
    };
    Some((key, sleeps))
}

/// Today in the family's time zone, from the device clock.
fn today_now() -> LocalDay {
    let (utc_ms, offset_minutes) = platform::clock();
    LocalDay::from_clock(utc_ms, offset_minutes)
}

/// Says today's line, then the countdown (today's line is always heard to the end).
pub(super) fn tell_about_today(settings: &Settings, narrator: &mut Narrator, today: LocalDay) {
    let (plan, next) = settings.week.today(today);
    let mut words = words_for(settings, narrator, plan, today.weekday());
    narrator.say_kept(Line::Game(today_key(plan)), &words);
    if let Some((key, count)) = sleeps_line(next) {
        words.count = count;
        narrator.say(Line::Game(key), &words);
    }
}

/// Says what kind of day `day` is, and who picks up on a school day.
pub(super) fn tell_about_day(settings: &Settings, narrator: &mut Narrator, day: LocalDay) {
    let plan = settings.week.on(day);
    let words = words_for(settings, narrator, plan, day.weekday());
    let key = match plan.kind {
        DayKind::School => Key::CalendarSchoolDay,
        DayKind::Home => Key::CalendarHomeDay,
    };
    narrator.say(Line::Game(key), &words);
}

/// A school day is butter yellow, a home day meadow green, wherever a day is shown.
pub(super) fn day_colour(kind: DayKind) -> Color {
    match kind {
        DayKind::School => palette::BUTTER,
        DayKind::Home => palette::MEADOW,
    }
}

/// `today-school-then-home-in-5`: mirrored to the page for tests.
pub(super) fn state_label(week: &WeekPlan, today: LocalDay) -> String {
    let (plan, next) = week.today(today);
    let kind = |kind| match kind {
        DayKind::School => "school",
        DayKind::Home => "home",
    };
    let mut label = format!("today-{}", kind(plan.kind));
    if let Some((next_kind, sleeps)) = next {
        label.push_str(&format!("-then-{}-in-{sleeps}", kind(next_kind)));
    }
    label
}

#[allow(clippy::too_many_arguments)]
fn open_calendar(
    mut commands: Commands,
    assets: Res<GameAssets>,
    settings: Res<Settings>,
    mut narrator: ResMut<Narrator>,
    mut mirror: ResMut<DomMirror>,
) {
    let today = today_now();
    mirror.state = state_label(&settings.week, today);
    commands.insert_resource(ShownDay::today(today));
    tell_about_today(&settings, &mut narrator, today);

    let root = commands
        .spawn((
            widget::screen_root("Calendar screen"),
            DespawnOnExit(Screen::Calendar),
        ))
        // A tap anywhere else shows today again and tells about it.
        .observe(
            move |_: On<Pointer<Press>>,
                  settings: Res<Settings>,
                  mut shown: ResMut<ShownDay>,
                  mut narrator: ResMut<Narrator>| {
                ShownDay::show(&mut shown, today);
                tell_about_today(&settings, &mut narrator, today);
            },
        )
        .id();
    commands.spawn((speech_bubble(5.0, 11.0), ChildOf(root)));

    let (_, next) = settings.week.today(today);

    let today_row = commands
        .spawn((
            Name::new("Today"),
            Node {
                // As wide as the screen, so the countdown wraps below today only when the two
                // do not fit side by side (sized to its content, the row wrapped in landscape
                // and the countdown slid under the week).
                width: Val::Percent(100.0),
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: Val::VMin(6.0),
                row_gap: Val::VMin(3.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(root),
        ))
        .id();

    // Today's picture and who the child is with, or the day the child tapped.
    spawn_day_card(&mut commands, today_row);

    // The countdown: one moon for each sleep, then the day they lead to.
    if let Some((next_kind, sleeps)) = next {
        let countdown = commands
            .spawn((
                widget::tappable("sleeps"),
                Node {
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    align_items: AlignItems::Center,
                    justify_content: JustifyContent::Center,
                    max_width: Val::VMin(60.0),
                    padding: UiRect::all(Val::VMin(2.0)),
                    column_gap: Val::VMin(1.0),
                    border_radius: BorderRadius::all(Val::VMin(4.0)),
                    ..default()
                },
                BackgroundColor(palette::SKY),
                ChildOf(today_row),
            ))
            .observe(
                move |mut press: On<Pointer<Press>>,
                      settings: Res<Settings>,
                      mut narrator: ResMut<Narrator>| {
                    press.propagate(false);
                    let (plan, next) = settings.week.today(today);
                    if let Some((key, count)) = sleeps_line(next) {
                        let mut words = words_for(&settings, &narrator, plan, today.weekday());
                        words.count = count;
                        narrator.say(Line::Game(key), &words);
                    }
                },
            )
            .id();
        for _ in 0..sleeps {
            commands.spawn((
                widget::picture(assets.moon.clone(), square(7.0)),
                ChildOf(countdown),
            ));
        }
        spawn_day_picture(
            &mut commands,
            countdown,
            next_kind,
            square(14.0),
            assets.school.clone(),
        );
    }

    // The week: seven tiles, today ringed.
    let week_row = commands
        .spawn((
            Name::new("Week"),
            Node {
                // A week reads from the right in a language written that way.
                flex_direction: if narrator.language().right_to_left {
                    FlexDirection::RowReverse
                } else {
                    FlexDirection::Row
                },
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                // Seven in a row on a tablet either way up (wider, Sunday wrapped alone).
                // Upright, seven fingertip-sized tiles need a little of the screen's padding.
                column_gap: Val::VMin(1.0),
                margin: UiRect::horizontal(Val::VMin(-4.0)),
                row_gap: Val::VMin(2.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(root),
        ))
        .id();
    for (index, (day, plan, _)) in settings.week.week_of(today).into_iter().enumerate() {
        let tile = commands
            .spawn((
                widget::tappable(DAY_TARGETS[index]),
                Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    // Never under 96 CSS px, a toddler's fingertip with room to spare.
                    width: Val::VMin(12.0),
                    min_width: Val::Px(96.0),
                    padding: UiRect::all(Val::VMin(1.0)),
                    // Every tile has the ring's room, so today's picture sits as the others do.
                    border: UiRect::all(Val::VMin(1.0)),
                    border_radius: BorderRadius::all(Val::VMin(2.5)),
                    ..default()
                },
                BackgroundColor(day_colour(plan.kind)),
                // Ringed by `day_card` when it is the day shown big.
                BorderColor::all(Color::NONE),
                DayTile(day),
                ChildOf(week_row),
            ))
            .id();
        spawn_day_picture(
            &mut commands,
            tile,
            plan.kind,
            Node {
                width: Val::Percent(100.0),
                aspect_ratio: Some(1.0),
                ..default()
            },
            assets.school.clone(),
        );
        commands.spawn((
            widget::caption(narrator.text(DAY_CAPTIONS[index]), assets.font.clone(), 3.0),
            ChildOf(tile),
        ));
        // A day tapped is shown in the big card, and said.
        commands.entity(tile).observe(
            move |mut press: On<Pointer<Press>>,
                  settings: Res<Settings>,
                  mut shown: ResMut<ShownDay>,
                  mut narrator: ResMut<Narrator>| {
                press.propagate(false);
                ShownDay::show(&mut shown, day);
                tell_about_day(&settings, &mut narrator, day);
            },
        );
    }

    crate::games::spawn_leave_corner(&mut commands, root, assets.home.clone());
}

/// The calendar has no round to finish: when the session's time is up it goes straight on.
fn close_when_the_session_ends(
    mut asked: MessageReader<EndGently>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
) {
    if asked.read().count() > 0 {
        next.set(crate::games::screen_after_the_goodbye(session.as_deref()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{GrownUp, Place};

    #[test]
    fn the_grown_up_the_week_names_picks_up_while_they_are_in_the_family() {
        let mut settings = Settings::default();
        let fourth = Place::new(3).unwrap();
        let grandpas_day = DayPlan {
            kind: DayKind::School,
            pick_up: fourth,
        };
        assert_eq!(pick_up_person(&settings, grandpas_day).0, "Mummy");
        settings.grown_ups.set(
            fourth,
            GrownUp {
                name: "Grandpa".into(),
                look: Look::Fox,
            },
        );
        assert_eq!(
            pick_up_person(&settings, grandpas_day),
            ("Grandpa".to_string(), Look::Fox)
        );
        assert_eq!(
            pick_up_person(&settings, DayPlan::default()).0,
            "Mummy",
            "a home day, or the grown-up's own day"
        );
    }

    #[test]
    fn the_state_names_today_and_the_countdown() {
        let week = WeekPlan::default();
        // 2026-11-23, a Monday.
        assert_eq!(
            state_label(&week, LocalDay(20_780)),
            "today-school-then-home-in-5"
        );
        assert_eq!(
            state_label(&week, LocalDay(20_786)),
            "today-home-then-school-in-1"
        );
    }
}
