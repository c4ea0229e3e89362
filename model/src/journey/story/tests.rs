use super::*;
use crate::lines::{Messages, Words, say};

fn words(grown_up: &str, child: &str) -> Words {
    Words {
        grown_up: grown_up.to_string(),
        child: child.to_string(),
        promise: "after snack".to_string(),
        who: grown_up.to_string(),
        ..Words::default()
    }
}

fn caption(happening: Happening, theme: Story, words: &Words, coloured: bool) -> String {
    match line_for(happening, theme, "I always come back to you", coloured) {
        Some((Line::Game(key), _)) => say(Messages::english(), key, words).caption,
        Some((Line::Own(text), _)) => text,
        None => panic!("{happening:?} says nothing"),
    }
}

/// Even the shortest time away (a journey begun as the session ends, or `?quick`) lets
/// the voice say where everyone is to the end, however slowly it says it, and still
/// leaves time for the clock's explanation to begin before the way home.
#[test]
fn the_shortest_meanwhile_has_room_for_where_everyone_is_and_the_clock() {
    use crate::journey::terms::Timing;
    use crate::speech_queue::longest_expected;
    let meanwhile = Timing::SHORTEST_AWAY * Timing::MEANWHILE_SHARE;
    let words = words("Grandpa", "Isabella");
    for story in Story::ALL {
        let (line, Weight::Kept) = line_for(Happening::MeanwhileBegan, story, "", false)
            .expect("meanwhile says where everyone is")
        else {
            panic!("where everyone is, in {story:?}, can be cut off");
        };
        let Line::Game(key) = line else {
            panic!("{story:?}'s meanwhile is not a game line")
        };
        let said = say(Messages::english(), key, &words).spoken;
        let room = f64::from(meanwhile) - longest_expected(&said);
        assert!(
            room >= 1.5,
            "{story:?}: \"{said}\" leaves {room:.1} s before the way home"
        );
    }
}

#[test]
fn lines_carry_the_family_names_whatever_they_are() {
    for (g, c) in [
        ("Mummy", "Sam"),
        ("Бабушка", "Зоя"),
        ("Abuela Maria-José de la Cruz", "Ëmïlïë"),
    ] {
        let words = words(g, c);
        let theme = Story::People;
        assert_eq!(
            caption(Happening::StepBegan(Step::Hug), theme, &words, false),
            format!("Give {g} a big hug!")
        );
        let farewell = Happening::StepActed {
            step: Step::Farewell,
            by_tap: false,
        };
        assert_eq!(
            caption(farewell, theme, &words, false),
            format!("See you soon, {c}! I'll come back after snack.")
        );
        for theme in [Story::People, Story::Foxes] {
            for stage in Stage::ALL {
                let line = caption(Happening::StageReached(stage), theme, &words, false);
                assert!(line.contains(g), "{line}");
                assert!(!line.contains('{'), "every placeholder filled: {line}");
            }
        }
        // The child's turn: the child travels, the grown-up waits at home.
        for stage in Stage::ALL {
            let line = caption(
                Happening::StageReached(stage),
                Story::ChildGoes,
                &words,
                false,
            );
            assert!(line.contains(c), "{line}");
            assert!(!line.contains('{'), "every placeholder filled: {line}");
        }
    }
}

#[test]
fn the_goodbye_and_the_reunion_are_heard_whole() {
    let theme = Story::People;
    for step in [Step::Farewell, Step::DoorOpens, Step::Admire, Step::Promise] {
        let acted = Happening::StepActed {
            step,
            by_tap: false,
        };
        let (_, weight) = line_for(acted, theme, "Love you", true).unwrap();
        assert_eq!(weight, Weight::Kept, "{step:?}");
    }
    let (_, weight) = line_for(Happening::BrushChosen(1), theme, "", false).unwrap();
    assert_eq!(weight, Weight::Passing);
}

#[test]
fn the_reunion_admires_only_a_picture_that_exists() {
    let words = words("Mama", "Kit");
    let theme = Story::Foxes;
    let admire = Happening::StepActed {
        step: Step::Admire,
        by_tap: false,
    };
    assert_eq!(
        caption(admire, theme, &words, true),
        "What a beautiful picture, Kit!"
    );
    assert_eq!(caption(admire, theme, &words, false), "I missed you, Kit!");
    let promise = Happening::StepActed {
        step: Step::Promise,
        by_tap: false,
    };
    assert_eq!(
        caption(promise, theme, &words, true),
        "I always come back to you"
    );
}

#[test]
fn each_theme_tells_its_own_way_home() {
    for stage in Stage::ALL {
        let people = stage_story(Story::People, stage);
        let foxes = stage_story(Story::Foxes, stage);
        assert_ne!(people.landmark, foxes.landmark);
        assert_ne!(people.arrival, foxes.arrival);
    }
}

#[test]
fn the_only_house_on_the_way_is_home_at_the_end() {
    for story in Story::ALL {
        let home = stage_story(story, Stage::Door).landmark;
        for stage in Stage::ALL {
            if stage != Stage::Door {
                let landmark = stage_story(story, stage).landmark;
                assert_ne!(
                    landmark,
                    ScenePicture::HouseWithGarden,
                    "{story:?} {stage:?}"
                );
                assert_ne!(landmark, home, "{story:?} {stage:?}");
            }
        }
    }
}

#[test]
fn on_the_childs_turn_the_grown_up_waits_and_is_glad() {
    let words = words("Mummy", "Zoë");
    let story = Story::ChildGoes;
    let farewell = Happening::StepActed {
        step: Step::Farewell,
        by_tap: false,
    };
    assert_eq!(
        caption(farewell, story, &words, false),
        "Have a lovely day at school, Zoë! I'll be right here when you come home."
    );
    assert_eq!(
        caption(Happening::WayHomeBegan, story, &words, false),
        "Time to go home! Zoë is going back to Mummy!"
    );
    let door = Happening::StepActed {
        step: Step::DoorOpens,
        by_tap: false,
    };
    assert_eq!(
        caption(door, story, &words, false),
        "It's Zoë! Mummy is so happy you're home!"
    );
    assert_eq!(away_place(story).0, ScenePicture::School);
    assert!(story.child_travels() && !Story::People.child_travels());
}
