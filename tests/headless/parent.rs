//! The grown-ups' side, headless: the gate, saving and reloading settings, storage that is
//! broken or full of garbage, and a session that ends by itself.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{
    flow::Screen,
    narration::lines::ENGLISH,
    parent::{gate::number_words, gate_screen::key_id},
    platform::{self, FormEvent},
    settings::{
        Settings, SettingsStatus, UNREADABLE_COPY_KEY,
        form::{FormValues, OTHER},
        saved::STORAGE_KEY,
    },
};

use crate::support::*;

/// Holds the corner on Home until the gate opens.
fn open_gate(app: &mut App) {
    let corner = target(app, "parent");
    press(app, corner, PointerId::Touch(9));
    run_until(app, Screen::ParentGate, 30 * 3);
    release(app, corner, PointerId::Touch(9));
}

/// Reads the number in words from the caption, as a grown-up would.
fn gate_answer(app: &App) -> u32 {
    let caption = &mirror(app).caption;
    let words = caption.rsplit("key in ").next().unwrap();
    (21..100)
        .find(|n| number_words(ENGLISH, *n) == words)
        .unwrap_or_else(|| panic!("no number reads {words:?}"))
}

fn key_in(app: &mut App, number: u32) {
    for digit in [number / 10, number % 10] {
        let key = target(app, key_id(digit));
        press(app, key, PointerId::Touch(10));
    }
}

fn wrong_answer(right: u32) -> u32 {
    if right == 98 { 97 } else { right + 1 }
}

fn pass_gate(app: &mut App) {
    open_gate(app);
    let answer = gate_answer(app);
    key_in(app, answer);
    run_until(app, Screen::ParentArea, 5);
}

#[test]
fn a_wrong_number_goes_home_and_three_lock_the_gate() {
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);
    for _ in 0..3 {
        open_gate(&mut app);
        let answer = gate_answer(&app);
        key_in(&mut app, wrong_answer(answer));
        run_until(&mut app, Screen::Home, 5);
    }
    open_gate(&mut app);
    assert_eq!(mirror(&app).screen, "parent-gate-locked");
    assert!(mirror(&app).caption.contains("locked"));
    assert!(
        !target_ids(&mut app).contains(&"key-1"),
        "no keys while locked"
    );
}

#[test]
fn a_grown_up_saves_names_and_they_survive_a_reload() {
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);
    pass_gate(&mut app);
    let form = platform::shown_parent_form().expect("the form is shown");
    assert!(form.contains("For grown-ups"));

    let mut values = FormValues::from_settings(&Settings::default());
    values.child_name = "  Zoë ".into();
    values.grown_up_preset = OTHER.into();
    values.grown_up_other = "Бабушка".into();
    values.session_minutes = "3".into();
    values.grown_up_look = "old-woman-dark".into();
    platform::queue_parent_form_event(FormEvent::Save(Box::new(values)));
    app.update();
    let status = platform::shown_parent_status();
    assert!(status[0].starts_with("Saved"), "{status:?}");
    assert!(status[0].contains("Бабушка"));
    let stored = platform::read_storage(STORAGE_KEY).unwrap().unwrap();
    assert!(stored.contains("Бабушка"));

    platform::queue_parent_form_event(FormEvent::Close);
    run_until(&mut app, Screen::Home, 5);
    assert!(platform::shown_parent_form().is_none(), "the form is gone");

    // A reload: a new game on the same storage.
    let mut reloaded = headless_game();
    let settings = reloaded.world().resource::<Settings>().clone();
    assert_eq!(settings.child_name, "Zoë");
    assert_eq!(settings.grown_up().name, "Бабушка");
    assert_eq!(settings.session_minutes.minutes(), 3);
    // And peekaboo says the new name.
    start_to_home(&mut reloaded);
    let card = target(&mut reloaded, "peekaboo");
    press(&mut reloaded, card, PointerId::Touch(1));
    run_until(&mut reloaded, Screen::Peekaboo, 5);
    assert_eq!(mirror(&reloaded).caption, "Here's Бабушка!");
}

#[test]
fn without_storage_the_game_runs_and_the_parent_is_told() {
    platform::reset_storage(false);
    let mut app = headless_game();
    start_to_home(&mut app);
    pass_gate(&mut app);
    let form = platform::shown_parent_form().unwrap();
    assert!(
        form.contains("won&#39;t be kept") || form.contains("won't be kept"),
        "{form}"
    );
    let mut values = FormValues::from_settings(&Settings::default());
    values.child_name = "Ada".into();
    platform::queue_parent_form_event(FormEvent::Save(Box::new(values)));
    app.update();
    assert!(platform::shown_parent_status()[0].contains("could not be saved"));
    assert_eq!(
        app.world().resource::<Settings>().child_name,
        "Ada",
        "used for now"
    );
    platform::reset_storage(true);
}

#[test]
fn garbage_in_storage_still_gives_a_working_game_and_is_kept_aside() {
    platform::reset_storage(true);
    let garbage = "{\"version\":1,\"settings\":{\"child_name\":[1,2],\"grown_up\":";
    platform::write_storage(STORAGE_KEY, garbage).unwrap();
    let mut app = headless_game();
    start_to_home(&mut app);
    let status = app.world().resource::<SettingsStatus>().clone();
    assert_eq!(
        status.read_problems,
        [see_you_soon::settings::saved::ReadProblem::Unreadable],
        "{status:?}"
    );
    assert_eq!(
        platform::read_storage(UNREADABLE_COPY_KEY)
            .unwrap()
            .as_deref(),
        Some(garbage)
    );
    assert_eq!(*app.world().resource::<Settings>(), Settings::default());
}

#[test]
fn the_shortest_session_ends_gently_and_only_a_grown_up_restarts_it() {
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);
    pass_gate(&mut app);
    let mut values = FormValues::from_settings(&Settings::default());
    values.session_minutes = "3".into();
    platform::queue_parent_form_event(FormEvent::Save(Box::new(values)));
    app.update();
    platform::queue_parent_form_event(FormEvent::Close);
    run_until(&mut app, Screen::Home, 5);

    // Time on Home does not count.
    for _ in 0..(30 * 60) {
        app.update();
    }
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Peekaboo, 5);
    // Three minutes of play, then the round ends on its reveal and the goodbye shows.
    let mut frames = 0;
    while screen(&app) == Screen::Peekaboo {
        app.update();
        frames += 1;
        assert!(frames < 30 * (180 + 20), "the session did not end");
    }
    assert!(frames >= 30 * 180, "ended after only {frames} frames");
    assert_eq!(screen(&app), Screen::AllDone);
    assert!(mirror(&app).caption.starts_with("All done"));
    assert_eq!(
        target_ids(&mut app),
        ["parent"],
        "only the grown-ups' corner"
    );
    pass_gate(&mut app);
    platform::queue_parent_form_event(FormEvent::Close);
    run_until(&mut app, Screen::Home, 5);
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Peekaboo, 5);
}

#[test]
fn settings_saved_in_another_window_are_followed_here_and_shown_in_an_open_form() {
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);

    // Another window saves a new name while this one is on Home: this one plays with it.
    let mut elsewhere = Settings {
        child_name: "Ada".into(),
        ..Settings::default()
    };
    platform::write_storage_elsewhere(
        STORAGE_KEY,
        &see_you_soon::settings::saved::to_json(&elsewhere),
    );
    app.update();
    assert_eq!(app.world().resource::<Settings>().child_name, "Ada");

    // And again while this window's form is open: the form is drawn again with it, and says so.
    pass_gate(&mut app);
    elsewhere.child_name = "Bo".into();
    platform::write_storage_elsewhere(
        STORAGE_KEY,
        &see_you_soon::settings::saved::to_json(&elsewhere),
    );
    app.update();
    let form = platform::shown_parent_form().expect("the form is shown");
    assert!(form.contains("value=\"Bo\""), "the form shows the new name");
    assert!(form.contains("changed in another window"));
    // This window did not write its older copy back.
    let stored = platform::read_storage(STORAGE_KEY).unwrap().unwrap();
    assert!(stored.contains("\"Bo\""), "{stored}");
}

#[test]
fn settings_cleared_by_the_browser_while_the_game_runs_are_written_back() {
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);
    let ours = Settings {
        child_name: "Ada".into(),
        ..Settings::default()
    };
    app.world_mut().insert_resource(ours.clone());
    app.update();
    platform::clear_storage_elsewhere();
    app.update();
    assert_eq!(
        app.world().resource::<Settings>().child_name,
        "Ada",
        "play goes on with them"
    );
    let stored = platform::read_storage(STORAGE_KEY)
        .unwrap()
        .expect("written back");
    assert!(stored.contains("\"Ada\""), "{stored}");
    let progress = platform::read_storage(see_you_soon::progress::STORAGE_KEY).unwrap();
    assert!(
        progress.is_some(),
        "the games' progress is written back too"
    );
}

#[test]
fn the_grown_ups_part_ticks_practice_keeps_the_plan_and_makes_the_printables() {
    use see_you_soon::{
        platform::page::{PRACTICE_SECTION_ID, PRINTABLES_KEY},
        practice::{KeptLog, KeptPractice, saved::PRACTICE_KEY},
    };
    platform::reset_storage(true);
    let mut app = headless_game();
    start_to_home(&mut app);
    // A game played: the quiet log counts the session.
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Peekaboo, 5);
    assert_eq!(app.world().resource::<KeptLog>().0.sessions(), 1);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Home);
    run_until(&mut app, Screen::Home, 5);
    pass_gate(&mut app);
    let page = platform::shown_parent_form().unwrap();
    for part in [
        "id=\"plan\"",
        "id=\"practice\"",
        "id=\"print\"",
        "id=\"quiet-log\"",
    ] {
        assert!(page.contains(part), "{part}");
    }
    assert!(page.contains("1 session played in all."));
    let printables = platform::read_storage(PRINTABLES_KEY).unwrap().unwrap();
    assert!(printables.contains("\"card\""));

    // Ticking: the ladder shows it at once and keeps it.
    platform::queue_parent_form_event(FormEvent::Tick("easy".into()));
    platform::queue_parent_form_event(FormEvent::Tick("easy".into()));
    app.update();
    let practice = app.world().resource::<KeptPractice>().0.clone();
    assert_eq!(practice.rungs[0].ticks.len(), 2);
    let section = platform::replaced_parent_section(PRACTICE_SECTION_ID).unwrap();
    assert!(section.contains("Easy twice in a row"), "{section}");
    app.update();
    assert!(
        platform::read_storage(PRACTICE_KEY)
            .unwrap()
            .unwrap()
            .contains("Easy")
    );
    platform::queue_parent_form_event(FormEvent::MoveTo(1));
    platform::queue_parent_form_event(FormEvent::EditSteps(vec![
        "Next room".into(),
        "The shop with Grandad".into(),
        String::new(),
    ]));
    app.update();
    let practice = app.world().resource::<KeptPractice>().0.clone();
    assert_eq!(practice.rungs.len(), 2);
    assert_eq!(practice.current, 1);

    // The plan saved from the form reaches the printables.
    let mut values = FormValues::from_settings(&Settings::default());
    values.ritual = ["wave".into(), "kiss".into(), "hug".into()];
    values.meanwhile = "build towers".into();
    platform::queue_parent_form_event(FormEvent::Save(Box::new(values)));
    app.update();
    let settings = app.world().resource::<Settings>().clone();
    assert_eq!(settings.plan.meanwhile, "build towers");
    let printables = platform::read_storage(PRINTABLES_KEY).unwrap().unwrap();
    assert!(printables.contains("build towers"));

    // Forgetting: the log and the ticks go, the steps stay.
    platform::queue_parent_form_event(FormEvent::ForgetLog);
    app.update();
    assert_eq!(app.world().resource::<KeptLog>().0.sessions(), 0);
    let practice = app.world().resource::<KeptPractice>().0.clone();
    assert!(practice.all_ticks().is_empty());
    assert_eq!(practice.rungs.len(), 2);

    // A reload reads the steps back.
    let reloaded = headless_game();
    assert_eq!(reloaded.world().resource::<KeptPractice>().0, practice);
}
