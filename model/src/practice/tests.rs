use super::*;

fn ladder(words: &[&str]) -> Practice {
    Practice::with_rungs(words)
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn a_new_ladder_begins_at_the_smallest_step_with_nothing_ticked() {
    let practice = Practice::default();
    assert_eq!(practice.current, 0);
    assert!(practice.rungs.len() >= 4);
    assert!(practice.rungs.iter().all(|r| r.ticks.is_empty()));
    assert_eq!(practice.suggestion(), Suggestion::Begin);
    assert!(
        practice
            .suggestion_sentence()
            .contains(&practice.rungs[0].what)
    );
}

#[test]
fn a_tick_lands_on_the_current_step_only() {
    let mut practice = ladder(&["a", "b", "c"]);
    practice.move_to(1);
    practice.tick(LocalDay(10), Felt::Okay);
    assert!(practice.rungs[0].ticks.is_empty());
    assert_eq!(
        practice.rungs[1].ticks,
        [Tick {
            day: 10,
            felt: Felt::Okay
        }]
    );
    assert_eq!(
        practice.untick(),
        Some(Tick {
            day: 10,
            felt: Felt::Okay
        })
    );
    assert!(practice.rungs[1].ticks.is_empty());
}

#[test]
fn easy_twice_in_a_row_suggests_the_next_step_and_not_before() {
    let mut practice = ladder(&["next room", "shop"]);
    practice.tick(LocalDay(1), Felt::Easy);
    assert_eq!(practice.suggestion(), Suggestion::Stay);
    practice.tick(LocalDay(2), Felt::Okay);
    practice.tick(LocalDay(3), Felt::Easy);
    assert_eq!(
        practice.suggestion(),
        Suggestion::Stay,
        "easy, okay, easy is not twice in a row"
    );
    practice.tick(LocalDay(4), Felt::Easy);
    assert_eq!(practice.suggestion(), Suggestion::MoveUp);
    assert!(
        practice
            .suggestion_sentence()
            .contains("\u{201c}shop\u{201d}")
    );
    // Only a suggestion: the grown-up moves.
    assert_eq!(practice.current, 0);
}

#[test]
fn easy_twice_on_the_top_step_says_the_ladder_is_climbed() {
    let mut practice = ladder(&["next room", "shop"]);
    practice.move_to(1);
    practice.tick(LocalDay(1), Felt::Easy);
    practice.tick(LocalDay(1), Felt::Easy);
    assert_eq!(practice.suggestion(), Suggestion::Climbed);
}

#[test]
fn two_hard_days_suggest_a_step_back_but_one_hard_day_twice_does_not() {
    let mut practice = ladder(&["next room", "shop", "nursery"]);
    practice.move_to(2);
    practice.tick(LocalDay(5), Felt::Hard);
    practice.tick(LocalDay(5), Felt::Hard);
    assert_eq!(
        practice.suggestion(),
        Suggestion::Stay,
        "the same day is one hard day"
    );
    practice.tick(LocalDay(6), Felt::Hard);
    assert_eq!(practice.suggestion(), Suggestion::MoveDown);
    let sentence = practice.suggestion_sentence();
    assert!(sentence.contains("\u{201c}shop\u{201d}"), "{sentence}");
    assert!(sentence.contains("not a failure"));
}

#[test]
fn two_hard_days_on_the_first_step_suggest_making_it_smaller() {
    let mut practice = ladder(&["next room"]);
    practice.tick(LocalDay(5), Felt::Hard);
    practice.tick(LocalDay(6), Felt::Hard);
    assert_eq!(practice.suggestion(), Suggestion::MakeSmaller);
}

#[test]
fn each_suggestion_is_one_sentence_with_no_score() {
    let mut practice = ladder(&["a", "b"]);
    let mut sentences = vec![practice.suggestion_sentence()];
    for felt in [Felt::Okay, Felt::Easy, Felt::Easy, Felt::Hard] {
        practice.tick(LocalDay(1), felt);
        sentences.push(practice.suggestion_sentence());
    }
    practice.move_to(1);
    practice.tick(LocalDay(1), Felt::Hard);
    practice.tick(LocalDay(2), Felt::Hard);
    sentences.push(practice.suggestion_sentence());
    for sentence in sentences {
        assert!(!sentence.is_empty());
        assert!(
            !sentence.chars().any(|c| c.is_ascii_digit()),
            "no numbers to chase: {sentence}"
        );
        assert!(!sentence.contains('!'), "calm, not a cheer: {sentence}");
    }
}

#[test]
fn editing_keeps_each_kept_steps_ticks_and_the_current_step() {
    let mut practice = ladder(&["one", "two", "three"]);
    practice.move_to(2);
    practice.tick(LocalDay(1), Felt::Okay);
    practice.rungs[0].ticks.push(Tick {
        day: 0,
        felt: Felt::Easy,
    });
    practice.edit(&owned(&["one, door open", "", "three", "four"]));
    let words: Vec<&str> = practice.rungs.iter().map(|r| r.what.as_str()).collect();
    assert_eq!(words, ["one, door open", "three", "four"]);
    assert_eq!(
        practice.rungs[0].ticks.len(),
        1,
        "renamed, still the same step"
    );
    assert_eq!(practice.rungs[1].ticks.len(), 1);
    assert_eq!(practice.current, 1, "still on \u{201c}three\u{201d}");
}

#[test]
fn taking_out_the_current_step_lands_on_the_one_after_it() {
    let mut practice = ladder(&["one", "two", "three"]);
    practice.move_to(1);
    practice.edit(&owned(&["one", "", "three"]));
    assert_eq!(practice.current_rung().unwrap().what, "three");
    practice.edit(&owned(&["one", ""]));
    assert_eq!(
        practice.current_rung().unwrap().what,
        "one",
        "nothing after: the last one"
    );
    practice.edit(&owned(&[""]));
    assert!(practice.rungs.is_empty());
    assert_eq!(practice.current, 0);
    assert_eq!(practice.suggestion(), Suggestion::Begin);
    assert!(practice.suggestion_sentence().contains("first small step"));
    practice.tick(LocalDay(1), Felt::Easy);
    assert!(
        practice.rungs.is_empty(),
        "a tick with no step does nothing"
    );
}

#[test]
fn edited_words_are_one_short_line_and_the_ladder_stays_short() {
    let mut practice = ladder(&[]);
    let long = "x".repeat(500);
    let mut words = vec![format!("  next\n room \t"), long];
    words.extend((0..30).map(|i| format!("step {i}")));
    practice.edit(&words);
    assert_eq!(practice.rungs[0].what, "next room");
    assert_eq!(practice.rungs[1].what.chars().count(), LONGEST_WORDS);
    assert_eq!(practice.rungs.len(), MOST_RUNGS);
}

#[test]
fn moving_outside_the_ladder_is_ignored() {
    let mut practice = ladder(&["one", "two"]);
    practice.move_to(7);
    assert_eq!(practice.current, 0);
}

#[test]
fn a_step_keeps_its_latest_ticks_when_it_has_very_many() {
    let mut practice = ladder(&["one"]);
    for day in 0..(MOST_TICKS as i64 + 5) {
        practice.tick(LocalDay(day), Felt::Okay);
    }
    let ticks = &practice.rungs[0].ticks;
    assert_eq!(ticks.len(), MOST_TICKS);
    assert_eq!(ticks.last().unwrap().day, MOST_TICKS as i64 + 4);
}

#[test]
fn the_log_lists_every_tick_by_day_and_forgetting_keeps_the_steps() {
    let mut practice = ladder(&["one", "two"]);
    practice.tick(LocalDay(3), Felt::Easy);
    practice.move_to(1);
    practice.tick(LocalDay(1), Felt::Hard);
    let days: Vec<i64> = practice.all_ticks().iter().map(|(_, t)| t.day).collect();
    assert_eq!(days, [1, 3]);
    practice.forget_ticks();
    assert!(practice.all_ticks().is_empty());
    assert_eq!(practice.rungs.len(), 2);
    assert_eq!(practice.current, 1);
}

#[test]
fn felt_names_round_trip() {
    for felt in Felt::ALL {
        assert_eq!(Felt::from_name(felt.name()), Some(felt));
    }
    assert_eq!(Felt::from_name("great"), None);
}
