//! Every line the game says and shows, as Project Fluent messages: one file per language in
//! `assets/lang/`, which translators know how to read, with the grammar of counting and of
//! sentences that change with a number in the file rather than in code.
//!
//! A line is a [`Key`], and each key is a message id. The build checks every language against
//! the keys (`tests.rs`): none missing, none the code never uses, no placeholder the code does
//! not pass. English is compiled in, so there is always a line to say; another language is
//! read from its file when the family uses it.

mod defaults;
mod fill;
mod language;
mod recordable;
#[cfg(test)]
mod tests;

pub use defaults::{in_language, own_words_in_language};
pub use fill::{
    PARENT_AREA_PLACEHOLDERS, Said, Value, Words, decimal, own_caption, say, sayable, written,
};
pub use language::{ENGLISH, LANGUAGES, Language, Messages, pick_language};
pub use recordable::{
    Heard, RECORD_FIRST, RECORDABLE, Recordable, recordable_line, recording_slot, words_to_record,
};

/// What a line is: one of the game's own, or the parent's own words (the reunion line, said
/// as typed).
#[derive(Debug, Clone)]
pub enum Line {
    Game(Key),
    Own(String),
}

/// Declares the keys, each with its message id, and the list of them all (which the
/// completeness tests read).
macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident = $id:literal,)*) => {
        /// One thing the game can say or show.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$doc])* $key,)*
        }

        impl Key {
            /// Every key, in the order of the message files.
            pub const ALL: &[Key] = &[$(Key::$key,)*];

            /// The message's id in every language's file.
            pub fn id(self) -> &'static str {
                match self {
                    $(Key::$key => $id,)*
                }
            }

            /// The key with this message id, if the game has one (the page's scripts ask by id).
            pub fn from_id(id: &str) -> Option<Key> {
                match id {
                    $($id => Some(Key::$key),)*
                    _ => None,
                }
            }
        }
    };
}

keys! {
    // Screens.
    TapToStart = "tap-to-start",
    WhatShallWePlay = "what-shall-we-play",
    /// Home, peekaboo chosen in a family of several: the faces to choose from.
    WhoWillHide = "who-will-hide",
    AllDone = "all-done",
    // The cards on Home.
    CardPeekaboo = "card-peekaboo",
    CardJourney = "card-journey",
    CardMyTurn = "card-my-turn",
    CardCalendar = "card-calendar",
    CardMorning = "card-morning",
    // Peekaboo. `{who}` is the grown-up, or the toy.
    /// The toy under the blanket, and the one under the cups.
    Teddy = "teddy",
    Duck = "duck",
    PeekabooHere = "peekaboo-here",
    PeekabooWhere = "peekaboo-where",
    PeekabooWatchCups = "peekaboo-watch-cups",
    PeekabooPeekingOut = "peekaboo-peeking-out",
    PeekabooNotInThere = "peekaboo-not-in-there",
    PeekabooBack = "peekaboo-back",
    PeekabooToyFound = "peekaboo-toy-found",
    PeekabooByeBye = "peekaboo-bye-bye",
    // The journey: the goodbye ritual.
    AskHug = "ask-hug",
    AskKiss = "ask-kiss",
    AskWave = "ask-wave",
    Hugged = "hugged",
    Kissed = "kissed",
    Waved = "waved",
    Farewell = "farewell",
    // Meanwhile.
    AwayPeople = "away-people",
    AwayFoxes = "away-foxes",
    PaintYellow = "paint-yellow",
    PaintBlue = "paint-blue",
    PaintGreen = "paint-green",
    PaintPink = "paint-pink",
    Lovely = "lovely",
    // The way home.
    TimeToGoHome = "time-to-go-home",
    PeopleLeaving = "people-leaving",
    PeopleLeavingHelped = "people-leaving-helped",
    PeopleWaiting = "people-waiting",
    PeopleWaitingHelped = "people-waiting-helped",
    PeopleRiding = "people-riding",
    PeopleRidingHelped = "people-riding-helped",
    PeoplePark = "people-park",
    PeopleParkHelped = "people-park-helped",
    PeopleStreet = "people-street",
    PeopleStreetHelped = "people-street-helped",
    PeopleDoor = "people-door",
    PeopleDoorHelped = "people-door-helped",
    FoxesLeaving = "foxes-leaving",
    FoxesLeavingHelped = "foxes-leaving-helped",
    FoxesWaiting = "foxes-waiting",
    FoxesWaitingHelped = "foxes-waiting-helped",
    FoxesRiding = "foxes-riding",
    FoxesRidingHelped = "foxes-riding-helped",
    FoxesPark = "foxes-park",
    FoxesParkHelped = "foxes-park-helped",
    FoxesStreet = "foxes-street",
    FoxesStreetHelped = "foxes-street-helped",
    FoxesDoor = "foxes-door",
    FoxesDoorHelped = "foxes-door-helped",
    ClockAtTheHeart = "clock-at-the-heart",
    // The child's turn: the child goes to school and comes home.
    ChildFarewell = "child-farewell",
    AwayChild = "away-child",
    ChildClockAtTheHeart = "child-clock-at-the-heart",
    ChildTimeToGoHome = "child-time-to-go-home",
    ChildLeaving = "child-leaving",
    ChildLeavingHelped = "child-leaving-helped",
    ChildWaiting = "child-waiting",
    ChildRiding = "child-riding",
    ChildPark = "child-park",
    ChildStreet = "child-street",
    ChildStreetHelped = "child-street-helped",
    ChildDoor = "child-door",
    ChildIsHome = "child-is-home",
    // The reunion.
    WhoIsAtTheDoor = "who-is-at-the-door",
    KnockKnock = "knock-knock",
    ItsTheGrownUp = "its-the-grown-up",
    AskWelcomeHug = "ask-welcome-hug",
    WelcomeHugged = "welcome-hugged",
    BeautifulPicture = "beautiful-picture",
    IMissedYou = "i-missed-you",
    SeeYouNextTime = "see-you-next-time",
    // The morning goodbye practice.
    MorningHug = "morning-hug",
    MorningPromise = "morning-promise",
    MorningMeanwhile = "morning-meanwhile",
    MorningLove = "morning-love",
    MorningSeeYouSoon = "morning-see-you-soon",
    // The Love Connection and the Kissing Hand.
    LoveDrawing = "love-drawing",
    LoveHeartDrawn = "love-heart-drawn",
    LoveZapped = "love-zapped",
    LoveSentBack = "love-sent-back",
    KissInYourHand = "kiss-in-your-hand",
    // The week calendar. `$who` is whoever picks the child up, `$day` a weekday's name and
    // `$count` a number of sleeps.
    CalendarSchoolToday = "calendar-school-today",
    CalendarHomeToday = "calendar-home-today",
    SleepsUntilHomeDay = "sleeps-until-home-day",
    SleepsUntilSchoolDay = "sleeps-until-school-day",
    CalendarSchoolDay = "calendar-school-day",
    CalendarHomeDay = "calendar-home-day",
    Monday = "monday",
    Tuesday = "tuesday",
    Wednesday = "wednesday",
    Thursday = "thursday",
    Friday = "friday",
    Saturday = "saturday",
    Sunday = "sunday",
    MondayShort = "monday-short",
    TuesdayShort = "tuesday-short",
    WednesdayShort = "wednesday-short",
    ThursdayShort = "thursday-short",
    FridayShort = "friday-short",
    SaturdayShort = "saturday-short",
    SundayShort = "sunday-short",
    // What a grown-up says when recording a line the narrator says about them.
    OwnPeekabooBack = "own-peekaboo-back",
    OwnTimeToGoHome = "own-time-to-go-home",
    OwnItsTheGrownUp = "own-its-the-grown-up",
    OwnKissInYourHand = "own-kiss-in-your-hand",
    OwnLoveSentBack = "own-love-sent-back",
    // Said instead of a name that has nothing a voice can say (only emoji, say).
    SpokenGrownUp = "spoken-grown-up",
    SpokenChild = "spoken-child",
    ForGrownUps = "for-grown-ups",
    /// The parental gate: before the number in words, and while it is locked.
    GateKeyIn = "gate-key-in",
    GateLocked = "gate-locked",
    // The return anchors a parent picks from.
    AnchorAfterNap = "anchor-after-nap",
    AnchorAfterSnack = "anchor-after-snack",
    AnchorAfterLunch = "anchor-after-lunch",
    // What a new family starts with, in its language.
    DefaultMeanwhile = "default-meanwhile",
    DefaultReunionLine = "default-reunion-line",
    DefaultChildName = "default-child-name",
    /// Comma-separated; the first is a new family's grown-up.
    GrownUpPresets = "grown-up-presets",
    // The parent area's settings form, for the grown-up.
    FormHowToUse = "form-how-to-use",
    FormGuideTogether = "form-guide-together",
    FormGuideEndsItself = "form-guide-ends-itself",
    FormGuideSameGoodbye = "form-guide-same-goodbye",
    FormGuideOffScreen = "form-guide-off-screen",
    FormThisPage = "form-this-page",
    FormLinkPlan = "form-link-plan",
    FormLinkPractice = "form-link-practice",
    FormLinkPrint = "form-link-print",
    FormLinkLog = "form-link-log",
    FormNames = "form-names",
    FormChildName = "form-child-name",
    FormNamesHint = "form-names-hint",
    FormCalled = "form-called",
    FormSomeoneElse = "form-someone-else",
    FormOrTypeIt = "form-or-type-it",
    FormOrTypeItExample = "form-or-type-it-example",
    FormYourPicture = "form-your-picture",
    FormGoingAwayToday = "form-going-away-today",
    FormPhotoHint = "form-photo-hint",
    FormChildPhotoHint = "form-child-photo-hint",
    FormTakePhoto = "form-take-photo",
    FormChoosePhoto = "form-choose-photo",
    FormDeletePhoto = "form-delete-photo",
    FormPhotoFramer = "form-photo-framer",
    FormPhotoSize = "form-photo-size",
    FormKeepPhoto = "form-keep-photo",
    FormCancel = "form-cancel",
    FormMoreGrownUps = "form-more-grown-ups",
    FormGrownUpNumber = "form-grown-up-number",
    FormName = "form-name",
    FormLeaveEmpty = "form-leave-empty",
    FormPlan = "form-plan",
    FormPlanHint = "form-plan-hint",
    FormRitualFirst = "form-ritual-first",
    FormRitualThen = "form-ritual-then",
    FormRitualLast = "form-ritual-last",
    FormGoodbyeHug = "form-goodbye-hug",
    FormGoodbyeKiss = "form-goodbye-kiss",
    FormGoodbyeWave = "form-goodbye-wave",
    FormBackWhen = "form-back-when",
    FormOwnWordsChoice = "form-own-words-choice",
    FormOwnWords = "form-own-words",
    FormOwnWordsExample = "form-own-words-example",
    FormReunionLine = "form-reunion-line",
    FormMeanwhile = "form-meanwhile",
    FormMeanwhileExample = "form-meanwhile-example",
    FormPickUpTime = "form-pick-up-time",
    FormPickUpTimeExample = "form-pick-up-time-example",
    FormHowLong = "form-how-long",
    FormMinutes = "form-minutes",
    FormJourney = "form-journey",
    FormJourneyPeople = "form-journey-people",
    FormJourneyFoxes = "form-journey-foxes",
    FormWeek = "form-week",
    FormWeekHint = "form-week-hint",
    FormYouPickUp = "form-you-pick-up",
    FormWhoPicksUp = "form-who-picks-up",
    FormUnnamedGrownUp = "form-unnamed-grown-up",
    FormHomeDay = "form-home-day",
    FormSoundAndMotion = "form-sound-and-motion",
    FormVoice = "form-voice",
    FormSoundEffects = "form-sound-effects",
    FormMusic = "form-music",
    FormLanguage = "form-language",
    FormDeviceLanguage = "form-device-language",
    FormGameVoice = "form-game-voice",
    FormWarmVoice = "form-warm-voice",
    FormNotOnDevice = "form-not-on-device",
    FormNoVoice = "form-no-voice",
    FormMotionDevice = "form-motion-device",
    FormMotionLess = "form-motion-less",
    FormMotionFull = "form-motion-full",
    FormKept = "form-kept",
    FormKeptHint = "form-kept-hint",
    FormCopyHint = "form-copy-hint",
    FormSaveCopy = "form-save-copy",
    FormBringBackCopy = "form-bring-back-copy",
    FormReplace = "form-replace",
    FormMerge = "form-merge",
    FormSave = "form-save",
    FormBackToGame = "form-back-to-game",
    // The parent area's practice ladder, things to print and quiet log.
    FormPracticeTitle = "form-practice-title",
    FormPracticeHint = "form-practice-hint",
    FormPracticeInGameLabel = "form-practice-in-game-label",
    FormPracticeInGame = "form-practice-in-game",
    FormPracticeAtDoorLabel = "form-practice-at-door-label",
    FormPracticeStepOf = "form-practice-step-of",
    FormPracticeNoSteps = "form-practice-no-steps",
    FormPractisingNow = "form-practising-now",
    FormPractiseThisOne = "form-practise-this-one",
    FormTicksNotYet = "form-ticks-not-yet",
    FormTicksTimes = "form-ticks-times",
    FormTicksHard = "form-ticks-hard",
    FormTicksOkay = "form-ticks-okay",
    FormTicksEasy = "form-ticks-easy",
    FormFeltHard = "form-felt-hard",
    FormFeltOkay = "form-felt-okay",
    FormFeltEasy = "form-felt-easy",
    FormHowDidItGo = "form-how-did-it-go",
    FormUntick = "form-untick",
    FormStepNumber = "form-step-number",
    FormAddStep = "form-add-step",
    FormEmptyTakesOut = "form-empty-takes-out",
    FormChangeSteps = "form-change-steps",
    FormKeepSteps = "form-keep-steps",
    FormAdviceFirstStep = "form-advice-first-step",
    FormAdviceBegin = "form-advice-begin",
    FormAdviceStay = "form-advice-stay",
    FormAdviceMoveUp = "form-advice-move-up",
    FormAdviceClimbed = "form-advice-climbed",
    FormAdviceGoBack = "form-advice-go-back",
    FormAdviceSmaller = "form-advice-smaller",
    FormPrintTitle = "form-print-title",
    FormPrintHint = "form-print-hint",
    FormPrintCard = "form-print-card",
    FormPrintChain = "form-print-chain",
    FormPrintWeek = "form-print-week",
    FormPrintLove = "form-print-love",
    FormPrintPreview = "form-print-preview",
    FormPrintNow = "form-print-now",
    FormLogTitle = "form-log-title",
    FormLogHint = "form-log-hint",
    FormLogPlayed = "form-log-played",
    FormLogFirst = "form-log-first",
    FormLogKeySessions = "form-log-key-sessions",
    FormLogKeyHide = "form-log-key-hide",
    FormLogKeyPractice = "form-log-key-practice",
    FormLogWeekByWeek = "form-log-week-by-week",
    FormLogWeekOf = "form-log-week-of",
    FormLogSessions = "form-log-sessions",
    FormLogPeekabooHide = "form-log-peekaboo-hide",
    FormLogRealPractice = "form-log-real-practice",
    FormLogHideSeconds = "form-log-hide-seconds",
    FormLogForgetAll = "form-log-forget-all",
    FormLogForgetNote = "form-log-forget-note",
    FormLogForget = "form-log-forget",
    // The parent area's own voices.
    FormOwnVoices = "form-own-voices",
    FormOwnVoicesHint = "form-own-voices-hint",
    FormVoiceOf = "form-voice-of",
    FormStartWithThese = "form-start-with-these",
    FormHeardPeekaboo = "form-heard-peekaboo",
    FormHeardGoodbye = "form-heard-goodbye",
    FormHeardWayHome = "form-heard-way-home",
    FormHeardHomecoming = "form-heard-homecoming",
    FormHeardMorning = "form-heard-morning",
    FormHeardHands = "form-heard-hands",
    FormRecord = "form-record",
    FormListen = "form-listen",
    FormKeep = "form-keep",
    FormDelete = "form-delete",
    FormStop = "form-stop",
    FormVoiceRecording = "form-voice-recording",
    FormVoiceNew = "form-voice-new",
    FormVoiceKept = "form-voice-kept",
    FormVoiceNone = "form-voice-none",
    // The parent area's notes at the top.
    FormSaved = "form-saved",
    FormSavedForNow = "form-saved-for-now",
    FormFieldChild = "form-field-child",
    FormFieldGrownUp = "form-field-grown-up",
    FormFieldOtherGrownUp = "form-field-other-grown-up",
    FormNoteNameEmpty = "form-note-name-empty",
    FormNoteNameShortened = "form-note-name-shortened",
    FormNoteVoiceCannotSay = "form-note-voice-cannot-say",
    FormNoteVoiceSays = "form-note-voice-says",
    FormNoteAwayTodayUnnamed = "form-note-away-today-unnamed",
    FormNoteAnchorEmpty = "form-note-anchor-empty",
    FormNoteGoodbyeOrderKept = "form-note-goodbye-order-kept",
    FormTakenOutPhoto = "form-taken-out-photo",
    FormTakenOutRecordings = "form-taken-out-recordings",
    FormTakenOutPhotoAndRecordings = "form-taken-out-photo-and-recordings",
    FormStorageUnavailable = "form-storage-unavailable",
    FormStorageFull = "form-storage-full",
    FormReadUnreadable = "form-read-unreadable",
    FormReadTooLarge = "form-read-too-large",
    FormReadNewer = "form-read-newer",
    FormReadFieldsReset = "form-read-fields-reset",
    FormPracticeStepsUnreadable = "form-practice-steps-unreadable",
    FormPracticeLogUnreadable = "form-practice-log-unreadable",
    FormPracticeEntriesLeftOut = "form-practice-entries-left-out",
    FormChangedElsewhere = "form-changed-elsewhere",
    FormLogForgotten = "form-log-forgotten",
    FormPracticeNotKept = "form-practice-not-kept",
    // The printable pages.
    FormPrintCardPage = "form-print-card-page",
    FormPrintCardTitle = "form-print-card-title",
    FormPrintCardFor = "form-print-card-for",
    FormPrintCardOurGoodbye = "form-print-card-our-goodbye",
    FormPrintCardSeeYouSoon = "form-print-card-see-you-soon",
    FormPrintCardShortAndWarm = "form-print-card-short-and-warm",
    FormPrintCardPromise = "form-print-card-promise",
    FormPrintCardPromiseSaid = "form-print-card-promise-said",
    FormPrintCardRemind = "form-print-card-remind",
    FormPrintCardPickUpTime = "form-print-card-pick-up-time",
    FormPrintCardPicksUp = "form-print-card-picks-up",
    FormPrintCardWhileAway = "form-print-card-while-away",
    FormPrintCardMeanwhile = "form-print-card-meanwhile",
    FormPrintCardLove = "form-print-card-love",
    FormPrintCardLoveHow = "form-print-card-love-how",
    FormPrintCardLoveSaid = "form-print-card-love-said",
    FormPrintChainTitle = "form-print-chain-title",
    FormPrintChainHow = "form-print-chain-how",
    FormPrintChainNoHomeDay = "form-print-chain-no-home-day",
    FormPrintChainLink = "form-print-chain-link",
    FormPrintChainLast = "form-print-chain-last",
    FormPrintWeekTitle = "form-print-week-title",
    FormPrintWeekKey = "form-print-week-key",
    FormPrintWeekSchool = "form-print-week-school",
    FormPrintWeekHome = "form-print-week-home",
    FormPrintLoveTitle = "form-print-love-title",
    FormPrintLoveHow = "form-print-love-how",
    FormPrintLoveHand = "form-print-love-hand",
    FormPrintLoveColour = "form-print-love-colour",
    FormPrintLovePicture = "form-print-love-picture",
    // Lines the page's scripts write (through `platform::answer_page_words`).
    FormPagePhotos = "form-page-photos",
    FormPageRecordings = "form-page-recordings",
    FormPageTheSettings = "form-page-the-settings",
    FormPageTheSettingsFor = "form-page-the-settings-for",
    FormPageSized = "form-page-sized",
    FormPageKept = "form-page-kept",
    FormPageKeptNothing = "form-page-kept-nothing",
    FormPageKeptByNewer = "form-page-kept-by-newer",
    FormPageSafeUnknown = "form-page-safe-unknown",
    FormPageSafePersisted = "form-page-safe-persisted",
    FormPageSafeHomeScreen = "form-page-safe-home-screen",
    FormPageSafeBestEffort = "form-page-safe-best-effort",
    FormPageRoom = "form-page-room",
    FormPageNewerElsewhere = "form-page-newer-elsewhere",
    FormPageCopyNotOurs = "form-page-copy-not-ours",
    FormPageCopyDamaged = "form-page-copy-damaged",
    FormPageCopyTooLarge = "form-page-copy-too-large",
    FormPageCopyNewer = "form-page-copy-newer",
    FormPageCopySaved = "form-page-copy-saved",
    FormPageCopyHoldsNothing = "form-page-copy-holds-nothing",
    FormPageCopyHolds = "form-page-copy-holds",
    FormPageCopyMadeHolds = "form-page-copy-made-holds",
    FormPageCopyFull = "form-page-copy-full",
    FormPageCopyNotBroughtNewer = "form-page-copy-not-brought-newer",
    FormPageCopyRefused = "form-page-copy-refused",
    FormPageCopyPartly = "form-page-copy-partly",
    FormPageCopyBeforeKept = "form-page-copy-before-kept",
    FormPageCopyBroughtBack = "form-page-copy-brought-back",
    FormPageCopyCannotMake = "form-page-copy-cannot-make",
    FormPageNothingChanged = "form-page-nothing-changed",
    FormPagePhotoKeptSize = "form-page-photo-kept-size",
    FormPagePhotoKeptShown = "form-page-photo-kept-shown",
    FormPagePhotoNone = "form-page-photo-none",
    FormPagePhotoNoneChild = "form-page-photo-none-child",
    FormPagePhotoNotAPhoto = "form-page-photo-not-a-photo",
    FormPagePhotoHeic = "form-page-photo-heic",
    FormPagePhotoCannotOpen = "form-page-photo-cannot-open",
    FormPagePhotoTooLarge = "form-page-photo-too-large",
    FormPagePhotoStays = "form-page-photo-stays",
    FormPagePhotoOpening = "form-page-photo-opening",
    FormPagePhotoVerySmall = "form-page-photo-very-small",
    FormPagePhotoWide = "form-page-photo-wide",
    FormPagePhotoFrame = "form-page-photo-frame",
    FormPagePhotoNoneChosen = "form-page-photo-none-chosen",
    FormPagePhotoNotChanged = "form-page-photo-not-changed",
    FormPagePhotoNoneKept = "form-page-photo-none-kept",
    FormPagePhotoDeleted = "form-page-photo-deleted",
    FormPageChangeRefused = "form-page-change-refused",
    FormPagePhotoFull = "form-page-photo-full",
    FormPagePhotoNewer = "form-page-photo-newer",
    FormPagePhotoRefused = "form-page-photo-refused",
    FormPageRecordingFull = "form-page-recording-full",
    FormPageRecordingNewer = "form-page-recording-newer",
    FormPageRecordingRefused = "form-page-recording-refused",
    FormPageVoiceMeanwhile = "form-page-voice-meanwhile",
    FormPageVoiceCount = "form-page-voice-count",
    FormPageVoiceCannotRecord = "form-page-voice-cannot-record",
    FormPageVoiceMicRefused = "form-page-voice-mic-refused",
    FormPageVoiceChangeRefused = "form-page-voice-change-refused",
    // The looks' names, for screen readers.
    FormLookPerson = "form-look-person",
    FormLookFox = "form-look-fox",
    FormLookWoman = "form-look-woman",
    FormLookMan = "form-look-man",
    FormLookOlderWoman = "form-look-older-woman",
    FormLookOlderMan = "form-look-older-man",
    FormToneLight = "form-tone-light",
    FormToneMediumLight = "form-tone-medium-light",
    FormToneMedium = "form-tone-medium",
    FormToneMediumDark = "form-tone-medium-dark",
    FormToneDark = "form-tone-dark",
    // The practice ladder's first steps.
    FormRungNextRoom = "form-rung-next-room",
    FormRungNextRoomLonger = "form-rung-next-room-longer",
    FormRungOutBriefly = "form-rung-out-briefly",
    FormRungGrandparent = "form-rung-grandparent",
    FormRungFriendsHouse = "form-rung-friends-house",
    FormRungNursery = "form-rung-nursery",
}

/// Who says a line: the game's narrator, or the grown-up in the scene (the bubble points at
/// them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speaker {
    #[default]
    Narrator,
    GrownUp,
}

impl Key {
    /// A weekday's name.
    pub fn weekday(day: crate::calendar::Weekday) -> Key {
        use crate::calendar::Weekday;
        match day {
            Weekday::Monday => Key::Monday,
            Weekday::Tuesday => Key::Tuesday,
            Weekday::Wednesday => Key::Wednesday,
            Weekday::Thursday => Key::Thursday,
            Weekday::Friday => Key::Friday,
            Weekday::Saturday => Key::Saturday,
            Weekday::Sunday => Key::Sunday,
        }
    }

    /// The lines the grown-up says to the child themselves, in the first person.
    pub fn speaker(self) -> Speaker {
        match self {
            Key::Kissed
            | Key::Farewell
            | Key::ChildFarewell
            | Key::BeautifulPicture
            | Key::IMissedYou
            | Key::SeeYouNextTime
            | Key::MorningPromise
            | Key::MorningMeanwhile
            | Key::MorningSeeYouSoon
            | Key::KissInYourHand => Speaker::GrownUp,
            _ => Speaker::Narrator,
        }
    }
}
