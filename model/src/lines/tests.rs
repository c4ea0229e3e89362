use std::collections::BTreeSet;

use fluent_syntax::ast;

use super::*;
use crate::family::Place;

/// Every language's file, as the build has them.
const FILES: [(&str, &str); 8] = [
    ("en", include_str!("../../../assets/lang/en.ftl")),
    ("es", include_str!("../../../assets/lang/es.ftl")),
    ("fr", include_str!("../../../assets/lang/fr.ftl")),
    ("de", include_str!("../../../assets/lang/de.ftl")),
    ("ru", include_str!("../../../assets/lang/ru.ftl")),
    ("pt", include_str!("../../../assets/lang/pt.ftl")),
    ("zh", include_str!("../../../assets/lang/zh.ftl")),
    ("ar", include_str!("../../../assets/lang/ar.ftl")),
];

fn messages(code: &str) -> Messages {
    let language = Language::for_tag(code).unwrap();
    let source = FILES.iter().find(|(c, _)| *c == code).unwrap().1;
    let (messages, problems) = Messages::read(language, source.to_string());
    assert_eq!(problems, Vec::<String>::new(), "{code}");
    messages
}

fn english() -> &'static Messages {
    Messages::english()
}

fn words(grown_up: &str, child: &str) -> Words {
    Words {
        grown_up: grown_up.into(),
        child: child.into(),
        promise: "after nap".into(),
        who: grown_up.into(),
        ..Words::default()
    }
}

/// Each message's id and the placeholders it uses anywhere (in a selector or a variant too).
fn placeholders_by_id(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let resource = fluent_syntax::parser::parse(source).expect("parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut found = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    in_pattern(pattern, &mut found);
                }
                Some((message.id.name.to_string(), found))
            }
            _ => None,
        })
        .collect()
}

fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            in_expression(expression, found);
        }
    }
}

fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                in_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
        // A message or term reference would hide a line from the checks: none are used.
        other => panic!("unexpected expression {other:?}"),
    }
}

#[test]
fn every_language_has_every_line_and_no_line_the_code_never_uses() {
    let keys: Vec<&str> = Key::ALL.iter().map(|key| key.id()).collect();
    for (code, source) in FILES {
        let ids: Vec<String> = placeholders_by_id(source)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let missing: Vec<_> = keys
            .iter()
            .filter(|id| !ids.iter().any(|i| i == *id))
            .collect();
        let unused: Vec<_> = ids
            .iter()
            .filter(|id| !keys.contains(&id.as_str()))
            .collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(
            unused.is_empty(),
            "{code} has lines the game never uses: {unused:?}"
        );
        assert_eq!(ids.len(), keys.len(), "{code} has a line twice");
        // And it reads without a mistake.
        messages(code);
    }
    assert_eq!(FILES.len(), LANGUAGES.len());
    for language in LANGUAGES {
        assert!(FILES.iter().any(|(code, _)| *code == language.code));
    }
}

#[test]
fn every_language_uses_exactly_the_placeholders_the_code_passes() {
    // What `fill::args` passes, and what the parent area's lines may have besides.
    let passed: BTreeSet<String> = [
        "grownup",
        "child",
        "who",
        "promise",
        "meanwhile",
        "day",
        "count",
    ]
    .into_iter()
    .chain(PARENT_AREA_PLACEHOLDERS)
    .map(String::from)
    .collect();
    let english = placeholders_by_id(FILES[0].1);
    for (id, used) in &english {
        assert!(used.is_subset(&passed), "en {id}: {used:?}");
    }
    for (code, source) in &FILES[1..] {
        for (id, used) in placeholders_by_id(source) {
            let in_english = &english.iter().find(|(i, _)| *i == id).unwrap().1;
            assert_eq!(&used, in_english, "{code} {id}");
        }
    }
}

#[test]
fn every_line_in_every_language_fills_with_any_name() {
    let names = [
        ("Abuela Maria-José de la Cruz", "Sam"),
        ("👵🏽💕", "🦊"),
        ("Бабушка", "Зоя"),
        ("ماما", "آدم"),
        ("奶奶", "乐乐"),
    ];
    for (code, _) in FILES {
        let messages = messages(code);
        for (grown_up, child) in names {
            for count in 1..=7 {
                let family = Words {
                    grown_up: grown_up.into(),
                    child: child.into(),
                    who: grown_up.into(),
                    promise: messages.text(Key::AnchorAfterNap),
                    meanwhile: messages.text(Key::DefaultMeanwhile),
                    day: messages.text(Key::Monday),
                    count,
                    ..Words::default()
                };
                for key in Key::ALL {
                    if key.id().starts_with("form-") {
                        // The parent area's lines, with every value they may be given.
                        let count = Value::Count(count);
                        let text = written(
                            &messages,
                            *key,
                            &[
                                ("child", Value::Text(child)),
                                ("who", Value::Text(grown_up)),
                                ("what", Value::Text(grown_up)),
                                ("count", count),
                                ("step", count),
                                ("steps", count),
                                ("seconds", Value::Text("3,5")),
                                ("start", Value::Text("2")),
                                ("ceiling", Value::Text("8")),
                                ("date", Value::Text("29/11")),
                                ("grownup", Value::Text(grown_up)),
                                ("promise", Value::Text(grown_up)),
                                ("minutes", count),
                                ("field", Value::Text(grown_up)),
                                ("name", Value::Text(grown_up)),
                                ("said", Value::Text(child)),
                                ("limit", Value::Count(40)),
                                ("number", count),
                                ("bytes", Value::Count(2_000_000)),
                                ("version", count),
                                ("fields", Value::Text(child)),
                                ("size", Value::Text("1.2 MB")),
                                ("quota", Value::Text("2 GB")),
                                ("holds", Value::Text(grown_up)),
                                ("total", Value::Count(14)),
                                ("figure", Value::Text(grown_up)),
                                ("tone", Value::Text(child)),
                                ("reunion", Value::Text(grown_up)),
                                ("time", Value::Text("15:30")),
                                ("days", Value::Text(child)),
                                ("day", Value::Text(child)),
                                ("meanwhile", Value::Text(child)),
                            ],
                        );
                        assert!(!text.trim().is_empty(), "{code} {key:?}");
                        assert!(!text.contains(['{', '}', '$']), "{code} {key:?}: {text}");
                        continue;
                    }
                    let said = say(&messages, *key, &family);
                    for text in [&said.caption, &said.spoken] {
                        assert!(!text.trim().is_empty(), "{code} {key:?}");
                        assert!(!text.contains(['{', '}', '$']), "{code} {key:?}: {text}");
                    }
                    // The voice never reads emoji out.
                    assert!(!said.spoken.contains('🦊'), "{code} {key:?}");
                }
            }
        }
    }
}

#[test]
fn counting_follows_each_languages_grammar() {
    let line = |code: &str, count: u32| {
        let family = Words {
            count,
            ..words("G", "C")
        };
        say(&messages(code), Key::SleepsUntilHomeDay, &family).caption
    };
    assert_eq!(line("en", 1), "One sleep until a home day.");
    assert_eq!(line("en", 3), "Three sleeps until a home day.");
    assert_eq!(line("en", 9), "9 sleeps until a home day.");
    // Russian has three forms for 1, 2–4 and 5 and up; Arabic has its own for one and two.
    let russian: BTreeSet<String> = [1, 2, 5]
        .map(|n| line("ru", n).replace(['1', '2', '5'], ""))
        .into();
    assert_eq!(russian.len(), 3, "{russian:?}");
    let arabic: BTreeSet<String> = [1, 2, 3]
        .map(|n| line("ar", n).replace(['1', '2', '3'], ""))
        .into();
    assert_eq!(arabic.len(), 3, "{arabic:?}");
}

#[test]
fn a_line_a_file_lacks_is_said_in_english() {
    let (spanish, problems) = Messages::read(
        Language::for_tag("es").unwrap(),
        "hugged = ¡Un abrazo!\nbroken = { $\n".to_string(),
    );
    assert!(!problems.is_empty(), "the broken line is reported");
    assert_eq!(
        say(&spanish, Key::Hugged, &words("G", "C")).caption,
        "¡Un abrazo!"
    );
    assert_eq!(
        say(&spanish, Key::Lovely, &words("G", "C")).caption,
        "Lovely!"
    );
}

#[test]
fn names_fill_every_placeholder_as_typed() {
    let said = say(english(), Key::Farewell, &words("Mummy", "Sam"));
    assert_eq!(said.caption, "See you soon, Sam! I'll come back after nap.");
    assert_eq!(said.spoken, said.caption);
    let said = say(english(), Key::ItsTheGrownUp, &words("Бабушка", "Зоя"));
    assert_eq!(said.caption, "It's Бабушка! Бабушка is home!");
    assert_eq!(said.spoken, said.caption);
    let said = say(&messages("fr"), Key::IMissedYou, &words("Maman", "Léo"));
    assert!(said.caption.contains("Léo"), "{}", said.caption);
}

#[test]
fn emoji_are_shown_but_not_said() {
    let said = say(english(), Key::PeekabooWhere, &words("Nana 👵🏽", "Sam"));
    assert_eq!(said.caption, "Where's Nana 👵🏽?");
    assert_eq!(said.spoken, "Where's Nana?");
    // A name of emoji only: the voice says "your grown-up" instead, in the line's language.
    let said = say(english(), Key::AskHug, &words("👩‍🦰💕", "🦊"));
    assert_eq!(said.caption, "Give 👩‍🦰💕 a big hug!");
    assert_eq!(said.spoken, "Give your grown-up a big hug!");
    let said = say(english(), Key::SeeYouNextTime, &words("Mummy", "🦊"));
    assert_eq!(said.spoken, "See you next time, little one!");
    let russian = messages("ru");
    let said = say(&russian, Key::SeeYouNextTime, &words("Мама", "🦊"));
    assert!(
        said.spoken.contains(&russian.text(Key::SpokenChild)),
        "{}",
        said.spoken
    );
}

#[test]
fn a_name_written_the_other_way_keeps_its_own_direction() {
    let said = say(english(), Key::PeekabooWhere, &words("שרה", "Sam"));
    assert_eq!(said.caption, "Where's \u{2068}שרה\u{2069}?");
    // The voice needs no direction marks.
    assert_eq!(said.spoken, "Where's שרה?");
    let said = say(english(), Key::AskHug, &words("ماما", "Sam"));
    assert!(said.caption.contains("\u{2068}ماما\u{2069}"));
    // In Arabic it is the Latin name that is isolated, and an Arabic one is left as typed.
    let arabic = messages("ar");
    let said = say(&arabic, Key::AskHug, &words("Mummy", "Sam"));
    assert!(
        said.caption.contains("\u{2068}Mummy\u{2069}"),
        "{}",
        said.caption
    );
    let said = say(&arabic, Key::AskHug, &words("ماما", "Sam"));
    assert!(said.caption.contains("ماما") && !said.caption.contains('\u{2068}'));
}

#[test]
fn direction_marks_in_a_name_stay_inside_the_name() {
    // A right-to-left override pasted into a Latin name would otherwise turn the rest of
    // the line round.
    let said = say(english(), Key::AskHug, &words("Ann\u{202E}a", "Sam"));
    assert_eq!(said.caption, "Give \u{2068}Ann\u{202E}a\u{2069} a big hug!");
}

#[test]
fn a_line_shown_in_english_for_want_of_a_translation_is_written_left_to_right() {
    let arabic = pick_language(Some("ar"), &[]);
    let (lacking, _) = Messages::read(arabic, "for-grown-ups = للأهل\n".to_string());
    let said = say(&lacking, Key::AskHug, &words("Mummy", "Sam"));
    // English words around a Latin name: nothing to isolate.
    assert_eq!(said.caption, "Give Mummy a big hug!");
}

#[test]
fn a_familys_own_line_keeps_its_own_direction() {
    assert_eq!(
        own_caption(" I'm back! ", true),
        "\u{2068}I'm back!\u{2069}"
    );
    assert_eq!(own_caption("رجعت!", true), "رجعت!");
    assert_eq!(own_caption("I'm back!", false), "I'm back!");
    assert_eq!(own_caption("רגע!", false), "\u{2068}רגע!\u{2069}");
}

#[test]
fn a_name_that_looks_like_a_placeholder_is_shown_as_typed() {
    let said = say(english(), Key::Farewell, &words("Mummy", "{ $grownup }"));
    assert_eq!(
        said.caption,
        "See you soon, { $grownup }! I'll come back after nap."
    );
}

#[test]
fn the_language_follows_the_parent_then_the_browser_then_falls_back_to_english() {
    assert_eq!(pick_language(None, &[]).code, "en");
    assert_eq!(pick_language(None, &["en-US".into()]).code, "en");
    assert_eq!(
        pick_language(None, &["ja".into(), "fr-CA".into()]).code,
        "fr"
    );
    assert_eq!(pick_language(Some("ar"), &["de-DE".into()]).code, "ar");
    assert_eq!(pick_language(None, &["pt-PT".into()]).code, "pt");
    assert_eq!(pick_language(None, &["zh-Hans-CN".into()]).code, "zh");
    // A language the game does not have: English, and nothing breaks.
    assert_eq!(pick_language(Some("nl"), &["ja".into()]).code, "en");
    assert_eq!(
        pick_language(Some(""), &["".into(), "EN_au".into()]).code,
        "en"
    );
}

#[test]
fn sayable_keeps_every_script_and_drops_pictographs() {
    assert_eq!(sayable("Zoë"), "Zoë");
    assert_eq!(sayable("Бабушка ❤️"), "Бабушка");
    assert_eq!(sayable("奶奶"), "奶奶");
    assert_eq!(sayable("🇬🇧 Gran"), "Gran");
    assert_eq!(sayable("👨‍👩‍👧"), "");
}

#[test]
fn the_grown_up_says_every_line_in_the_first_person_and_speaks_to_the_child() {
    // The parent form's words are read by the grown-up, never said to the child.
    for key in Key::ALL.iter().filter(|key| !key.id().starts_with("form-")) {
        let family = Words {
            meanwhile: "paint".into(),
            day: "Monday".into(),
            ..words("Grown", "Child")
        };
        let line = say(english(), *key, &family).caption;
        let first_person = line
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|word| ["I", "I'll", "I'm"].contains(&word));
        let by_grown_up = key.speaker() == Speaker::GrownUp;
        let own_words = RECORDABLE.iter().any(|r| r.own_words == Some(*key));
        if first_person && !own_words && *key != Key::DefaultReunionLine {
            assert!(by_grown_up, "{key:?}: {line}");
        }
        // The grown-up's lines are said to the child, by name or with a kiss.
        if by_grown_up {
            let to_child = line.contains("Child");
            assert!(
                first_person || to_child || line.starts_with("Mwah"),
                "{key:?}: {line}"
            );
        }
    }
}

#[test]
fn each_recordable_line_by_each_grown_up_has_its_own_slot() {
    // The first grown-up's recordings made before there could be four are still found.
    let first = Place::FIRST;
    assert_eq!(
        recording_slot(first, Key::PeekabooBack).unwrap(),
        "peekaboo"
    );
    assert_eq!(
        recording_slot(first, Key::TimeToGoHome).unwrap(),
        "coming-home"
    );
    assert_eq!(
        recording_slot(first, Key::Farewell).unwrap(),
        "see-you-soon"
    );
    assert_eq!(recording_slot(first, Key::KissInYourHand).unwrap(), "kiss");
    assert_eq!(recording_slot(first, Key::PeekabooWhere), None);
    let mut slots = std::collections::HashSet::new();
    for place in Place::all() {
        for line in RECORDABLE {
            let slot = recording_slot(place, line.key).unwrap();
            assert!(slots.insert(slot.clone()), "{slot} twice");
        }
    }
    assert_eq!(
        slots.len(),
        RECORDABLE.len() * crate::family::MOST_GROWN_UPS
    );
}

#[test]
fn every_line_the_grown_up_says_can_be_recorded_and_the_first_three_are_among_them() {
    for key in Key::ALL {
        if key.speaker() == Speaker::GrownUp {
            assert!(recordable_line(*key).is_some(), "{key:?}");
        }
    }
    for key in RECORD_FIRST {
        assert!(recordable_line(key).is_some(), "{key:?}");
    }
    for heard in Heard::ALL {
        assert!(
            RECORDABLE.iter().any(|line| line.heard == heard),
            "{heard:?}"
        );
    }
}

#[test]
fn the_words_to_record_have_the_names_in_as_they_will_be_said() {
    let family = words("Mummy", "Zoë");
    let farewell = recordable_line(Key::Farewell).unwrap();
    let said = words_to_record(english(), farewell, &family);
    assert!(said.contains("Zoë") && !said.contains('{'), "{said}");
    let peekaboo = recordable_line(Key::PeekabooBack).unwrap();
    assert_eq!(words_to_record(english(), peekaboo, &family), "Peekaboo!");
    let german = messages("de");
    assert_eq!(
        words_to_record(&german, peekaboo, &family),
        german.text(Key::OwnPeekabooBack)
    );
}
