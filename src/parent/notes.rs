//! The sentences at the top of the parent area, in the family's language: what saving did,
//! what the form changed on the way, and what went wrong reading or keeping things. The
//! services hand over what happened as data; this file alone puts it into words.

use see_you_soon_model::lines::{Key, Messages, Value, written};

use crate::{
    platform::StorageError,
    practice::PracticeProblem,
    settings::{
        Settings, SettingsStatus,
        form::{FormNote, NameField},
        saved::ReadProblem,
    },
};

/// One sentence that confirms what was saved, in the parent's own names (`kept`: storage
/// took it; otherwise it lasts until the page closes).
pub fn saved(settings: &Settings, kept: bool, messages: &Messages) -> String {
    let key = if kept {
        Key::FormSaved
    } else {
        Key::FormSavedForNow
    };
    written(
        messages,
        key,
        &[
            ("child", Value::Text(&settings.child_name)),
            ("grownup", Value::Text(&settings.grown_up().name)),
            ("minutes", Value::Count(settings.session_minutes.minutes())),
        ],
    )
}

fn field(field: NameField, messages: &Messages) -> String {
    match field {
        NameField::Child => messages.text(Key::FormFieldChild),
        NameField::GrownUp => messages.text(Key::FormFieldGrownUp),
        NameField::Other(number) => written(
            messages,
            Key::FormFieldOtherGrownUp,
            &[("number", Value::Count(number as u32))],
        ),
    }
}

/// What the form changed on the way, or what a voice will say for a name.
pub fn form_note(note: &FormNote, messages: &Messages) -> String {
    let about_a_name = |key, name_field: NameField, name: &str, said: Option<&str>| {
        let field = field(name_field, messages);
        let mut values = vec![
            ("field", Value::Text(&field)),
            ("name", Value::Text(name)),
            (
                "limit",
                Value::Count(see_you_soon_model::names::MAX_NAME_CHARS as u32),
            ),
        ];
        if let Some(said) = said {
            values.push(("said", Value::Text(said)));
        }
        written(messages, key, &values)
    };
    match note {
        FormNote::NameEmpty { field, name } => {
            about_a_name(Key::FormNoteNameEmpty, *field, name, None)
        }
        FormNote::NameShortened { field, name } => {
            about_a_name(Key::FormNoteNameShortened, *field, name, None)
        }
        FormNote::VoiceSaysInstead {
            field,
            name,
            instead,
        } => about_a_name(
            Key::FormNoteVoiceCannotSay,
            *field,
            name,
            Some(&messages.text(*instead)),
        ),
        FormNote::VoiceSays { field, name, said } => {
            about_a_name(Key::FormNoteVoiceSays, *field, name, Some(said))
        }
        FormNote::AwayTodayUnnamed => messages.text(Key::FormNoteAwayTodayUnnamed),
        FormNote::AnchorEmpty => written(
            messages,
            Key::FormNoteAnchorEmpty,
            &[("promise", Value::Text(&messages.text(Key::AnchorAfterNap)))],
        ),
        FormNote::GoodbyeOrderKept => messages.text(Key::FormNoteGoodbyeOrderKept),
    }
}

/// A grown-up taken out of the family, and what of theirs was deleted with them (`None`:
/// nothing of theirs was kept).
pub fn taken_out(name: &str, photo: bool, recordings: u32, messages: &Messages) -> Option<String> {
    let key = match (photo, recordings) {
        (false, 0) => return None,
        (true, 0) => Key::FormTakenOutPhoto,
        (false, _) => Key::FormTakenOutRecordings,
        (true, _) => Key::FormTakenOutPhotoAndRecordings,
    };
    Some(written(
        messages,
        key,
        &[
            ("name", Value::Text(name)),
            ("count", Value::Count(recordings)),
        ],
    ))
}

/// What went wrong reading or keeping the settings.
pub fn settings_status(status: &SettingsStatus, messages: &Messages) -> Vec<String> {
    let mut lines: Vec<String> = status
        .read_problems
        .iter()
        .map(|problem| read_problem(problem, messages))
        .collect();
    match status.storage_problem {
        Some(StorageError::Unavailable) => lines.push(messages.text(Key::FormStorageUnavailable)),
        Some(StorageError::Full) => lines.push(messages.text(Key::FormStorageFull)),
        None => {}
    }
    lines
}

fn read_problem(problem: &ReadProblem, messages: &Messages) -> String {
    match problem {
        ReadProblem::Unreadable => messages.text(Key::FormReadUnreadable),
        ReadProblem::TooLarge { bytes } => written(
            messages,
            Key::FormReadTooLarge,
            &[(
                "bytes",
                Value::Count(u32::try_from(*bytes).unwrap_or(u32::MAX)),
            )],
        ),
        ReadProblem::NewerVersion { version } => written(
            messages,
            Key::FormReadNewer,
            &[(
                "version",
                Value::Count(u32::try_from(*version).unwrap_or(u32::MAX)),
            )],
        ),
        ReadProblem::FieldsReset { fields } => {
            // The fields' own names, joined the language's way.
            let fields = fields.join(messages.language().list_separator());
            written(
                messages,
                Key::FormReadFieldsReset,
                &[("fields", Value::Text(&fields))],
            )
        }
    }
}

/// What went wrong reading or keeping the practice steps and the log.
pub fn practice_status(problems: &[PracticeProblem], messages: &Messages) -> Vec<String> {
    problems
        .iter()
        .map(|problem| {
            messages.text(match problem {
                PracticeProblem::StepsUnreadable => Key::FormPracticeStepsUnreadable,
                PracticeProblem::LogUnreadable => Key::FormPracticeLogUnreadable,
                PracticeProblem::EntriesLeftOut => Key::FormPracticeEntriesLeftOut,
                PracticeProblem::NotKept => Key::FormPracticeNotKept,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french() -> Messages {
        crate::settings::shipped_messages("fr")
    }

    #[test]
    fn a_name_the_voice_cannot_say_is_named_with_the_word_it_says_instead() {
        let note = FormNote::VoiceSaysInstead {
            field: NameField::Child,
            name: "🦊".into(),
            instead: Key::SpokenChild,
        };
        let english = form_note(&note, Messages::english());
        assert!(
            english.starts_with("The child's name: the screen shows “🦊”"),
            "{english}"
        );
        assert!(english.contains("says “little one” instead"), "{english}");
        let says = FormNote::VoiceSays {
            field: NameField::Other(3),
            name: "Nana 👵🏽".into(),
            said: "Nana".into(),
        };
        let english = form_note(&says, Messages::english());
        assert!(english.starts_with("Grown-up 3's name"), "{english}");
        assert!(english.contains("the voice says “Nana”"), "{english}");
    }

    #[test]
    fn notes_and_the_saved_line_are_in_the_family_language() {
        let french = french();
        let settings = Settings::default();
        let line = saved(&settings, true, &french);
        assert!(!line.contains("Saved"), "{line}");
        assert!(line.contains(&settings.child_name), "{line}");
        let note = form_note(&FormNote::GoodbyeOrderKept, &french);
        assert_ne!(
            note,
            form_note(&FormNote::GoodbyeOrderKept, Messages::english())
        );
        let gone = taken_out("Mamie", true, 2, &french).unwrap();
        assert!(gone.contains("Mamie") && gone.contains('2'), "{gone}");
        assert_eq!(taken_out("Mamie", false, 0, &french), None);
        let status = SettingsStatus {
            read_problems: vec![ReadProblem::TooLarge { bytes: 2_000_000 }],
            storage_problem: Some(StorageError::Full),
            ..SettingsStatus::default()
        };
        let lines = settings_status(&status, &french);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("2000000"), "{}", lines[0]);
        assert_eq!(
            practice_status(&[PracticeProblem::NotKept], &french),
            [french.text(Key::FormPracticeNotKept)]
        );
    }
}
