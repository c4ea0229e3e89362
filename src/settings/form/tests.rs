use super::*;
use see_you_soon_model::lines::Messages;

#[test]
fn an_unchanged_form_gives_the_same_settings() {
    let mut settings = Settings {
        grown_ups: GrownUps::new(GrownUp {
            name: "Ямa Ñoño".into(),
            look: Look::Fox,
        }),
        return_anchor: ReturnAnchor::Custom("after the park".into()),
        ..Settings::default()
    };
    let grandpa = GrownUp {
        name: "Grandpa".into(),
        look: Look::Fox,
    };
    settings.grown_ups.set(Place::new(3).unwrap(), grandpa);
    settings.grown_ups.set_away_today(Place::new(3).unwrap());
    let applied = apply(&FormValues::from_settings(&settings), &settings);
    assert_eq!(applied.settings, settings);
    assert!(applied.notes.is_empty());
}

#[test]
fn names_are_checked_with_a_note_for_the_parent() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    values.child_name = "   ".into();
    values.grown_up_preset = OTHER.into();
    values.grown_up_other = "  Nana  ".into();
    let applied = apply(&values, &settings);
    assert_eq!(applied.settings.child_name, DEFAULT_CHILD_NAME);
    assert_eq!(applied.settings.grown_up().name, "Nana");
    assert_eq!(
        applied.notes,
        [FormNote::NameEmpty {
            field: NameField::Child,
            name: DEFAULT_CHILD_NAME.into()
        }]
    );
}

#[test]
fn the_week_is_shown_chosen_and_read_back_and_odd_values_keep_the_day() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    assert_eq!(values.week[0], school_day(0));
    assert_eq!(values.week[6], HOME_DAY);
    let page = html(&values, &settings, &[], &[], Messages::english());
    assert!(page.contains("Monday <select name=\"day-0\"><option value=\"school-0\" selected>"));
    assert!(page.contains("<option value=\"home\" selected>Home day</option></select></label>"));
    values.week[1] = school_day(1);
    values.week[2] = HOME_DAY.into();
    values.week[3] = "<script>".into();
    values.week[4] = school_day(4);
    let week = apply(&values, &settings).settings.week;
    assert_eq!(week.days[1].pick_up, Place::SECOND);
    assert_eq!(
        week.days[4], settings.week.days[4],
        "a fifth grown-up: unchanged"
    );
    assert_eq!(week.days[1].kind, DayKind::School);
    assert_eq!(week.days[2].kind, DayKind::Home);
    assert_eq!(week.days[3], settings.week.days[3], "unknown: unchanged");
}

#[test]
fn grown_ups_are_added_named_in_the_week_chosen_for_today_and_taken_out() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    assert!(values.others.iter().all(|o| o.name.is_empty()));
    values.others[0].name = "Papá".into();
    values.others[2].name = "Grandma".into();
    values.others[2].look = Look::Fox.id();
    values.away_today = "3".into();
    let applied = apply(&values, &settings);
    let family = &applied.settings.grown_ups;
    assert_eq!(family.count(), 3);
    assert_eq!(applied.settings.grown_up().name, "Grandma", "goes today");
    assert_eq!(applied.settings.grown_up().look, Look::Fox);
    assert_eq!(family.get(Place::SECOND).unwrap().look, NEW_GROWN_UP_LOOK);
    // Each grown-up can pick up, by name once they have one.
    let page = html(
        &FormValues::from_settings(&applied.settings),
        &applied.settings,
        &[],
        &[],
        Messages::english(),
    );
    assert!(page.contains("<option value=\"school-1\">School or nursery: Papá picks up</option>"));
    assert!(
        page.contains("<option value=\"school-3\">School or nursery: Grandma picks up</option>")
    );
    assert!(page.contains("<option value=\"school-2\">School or nursery: grown-up 3 picks up"));
    assert!(page.contains("name=\"away-today\" value=\"3\" checked"));
    // Grandma's name emptied: she is taken out, and the first grown-up goes today.
    let mut values = FormValues::from_settings(&applied.settings);
    values.others[2].name = "  ".into();
    let applied = apply(&values, &applied.settings);
    assert_eq!(applied.settings.grown_ups.count(), 2);
    assert_eq!(applied.settings.grown_up().name, DEFAULT_GROWN_UP_NAME);
    assert_eq!(applied.notes.len(), 1, "{:?}", applied.notes);
}

#[test]
fn the_chosen_voice_is_kept_even_on_a_device_without_it() {
    let settings = Settings {
        voice: Some("Moira".into()),
        ..Settings::default()
    };
    let values = FormValues::from_settings(&settings);
    let page = html(
        &values,
        &settings,
        &[],
        &["Daniel".into()],
        Messages::english(),
    );
    assert!(page.contains("<option value=\"Moira\" selected>Moira (not on this device)"));
    assert!(page.contains("<option value=\"Daniel\">Daniel</option>"));
    assert_eq!(
        apply(&values, &settings).settings.voice.as_deref(),
        Some("Moira")
    );
    let mut auto = values.clone();
    auto.voice = "  ".into();
    assert_eq!(apply(&auto, &settings).settings.voice, None);
}

#[test]
fn emoji_in_a_name_are_kept_and_the_form_says_what_the_voice_says() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    values.child_name = "🦊".into();
    values.grown_up_preset = OTHER.into();
    values.grown_up_other = "Nana 👵🏽".into();
    let applied = apply(&values, &settings);
    assert_eq!(applied.settings.child_name, "🦊");
    assert_eq!(applied.settings.grown_up().name, "Nana 👵🏽");
    assert_eq!(
        applied.notes,
        [
            FormNote::VoiceSaysInstead {
                field: NameField::Child,
                name: "🦊".into(),
                instead: Key::SpokenChild
            },
            FormNote::VoiceSays {
                field: NameField::GrownUp,
                name: "Nana 👵🏽".into(),
                said: "Nana".into()
            }
        ]
    );
}

#[test]
fn odd_choices_keep_the_current_value() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    values.session_minutes = "7".into();
    values.grown_up_look = "dragon".into();
    values.motion = "fast".into();
    let applied = apply(&values, &settings).settings;
    assert_eq!(applied.session_minutes, settings.session_minutes);
    assert_eq!(applied.grown_up().look, settings.grown_up().look);
    assert_eq!(applied.motion, settings.motion);
}

#[test]
fn every_look_id_reads_back() {
    for look in Look::all() {
        assert_eq!(Look::from_id(&look.id()), Some(look));
    }
}

#[test]
fn typed_text_cannot_break_out_of_the_form() {
    let settings = Settings {
        child_name: "\"><script>alert(1)</script>".into(),
        ..Settings::default()
    };
    let html = html(
        &FormValues::from_settings(&settings),
        &settings,
        &["<b>".into()],
        &["Voice \"<x>\"".into()],
        Messages::english(),
    );
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("&quot;&gt;&lt;script&gt;"));
}

#[test]
fn the_drop_off_plan_is_saved_from_the_form_and_a_goodbye_with_a_part_twice_is_not() {
    let settings = Settings::default();
    let mut values = FormValues::from_settings(&settings);
    values.ritual = ["wave".into(), "hug".into(), "kiss".into()];
    values.meanwhile = " build towers\nwith Sam ".into();
    values.pick_up_time = "3 pm".into();
    let applied = apply(&values, &settings);
    let plan = &applied.settings.plan;
    assert_eq!(plan.ritual, [Goodbye::Wave, Goodbye::Hug, Goodbye::Kiss]);
    assert_eq!(plan.meanwhile, "build towers with Sam");
    assert_eq!(plan.pick_up_time, "3 pm");
    assert!(applied.notes.is_empty());
    // The form shows what was saved.
    let html = html(
        &FormValues::from_settings(&applied.settings),
        &applied.settings,
        &[],
        &[],
        Messages::english(),
    );
    assert!(html.contains("value=\"build towers with Sam\""));
    assert!(html.contains("<option value=\"wave\" selected>"));

    values.ritual = ["hug".into(), "hug".into(), "wave".into()];
    values.meanwhile = "   ".into();
    let applied = apply(&values, &settings);
    assert_eq!(applied.settings.plan.ritual, settings.plan.ritual);
    assert_eq!(applied.settings.plan.meanwhile, DEFAULT_MEANWHILE);
    assert_eq!(applied.notes.len(), 1, "{:?}", applied.notes);
}

fn french() -> Messages {
    crate::settings::shipped_messages("fr")
}

#[test]
fn the_form_is_written_in_the_familys_language_and_keeps_the_name_in_use() {
    // "Mummy", chosen in English, is not among French names: it stays chosen, so saving the
    // French form keeps it.
    let settings = Settings::default();
    let values = FormValues::from_settings(&settings);
    let first = settings.grown_ups.first().name.clone();
    let messages = french();
    let page = html(&values, &settings, &[], &[], &messages);
    assert!(
        page.contains(&format!("<option value=\"{first}\" selected>")),
        "{first}"
    );
    assert!(page.contains("<option value=\"Maman\">"));
    assert!(page.contains("lang=\"fr-FR\" dir=\"ltr\""));
    assert!(page.contains(&messages.text(Key::FormSave)));
    assert!(!page.contains(">Save<"));
    assert_eq!(apply(&values, &settings).settings, settings);
    // A French family that typed "Maman" finds it chosen in the menu; picking "Papa" from
    // the menu is kept.
    let mut values = FormValues::from_settings(&settings);
    values.grown_up_preset = OTHER.into();
    values.grown_up_other = "Maman".into();
    let page = html(&values, &settings, &[], &[], &messages);
    assert!(page.contains("<option value=\"Maman\" selected>"));
    values.grown_up_preset = "Papa".into();
    assert_eq!(apply(&values, &settings).settings.grown_up().name, "Papa");
}
