# See You Soon: every line the game says and shows, in English.
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm, short, the way
# a parent talks to a three-year-old. Names are typed by the family in any script; put them
# where a name can stand as typed (nominative, no endings added to it).
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as the family typed it ("Mummy", "Nana", "Zoé"); $child the child's.

tap-to-start = Tap to start!
what-shall-we-play = What shall we play today?
who-will-hide = Who will hide?
all-done = All done — time to play together with { $grownup }!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = Peekaboo!
card-journey = Coming home
card-my-turn = My turn to go
card-calendar = Our week
card-morning = Goodbye practice

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck): keep it where a name can stand unchanged.

teddy = Teddy
duck = Ducky
peekaboo-here = Here's { $who }!
peekaboo-where = Where's { $who }?
peekaboo-watch-cups = Watch { $who }! Where is { $who } going?
peekaboo-peeking-out = Look! { $who } is peeking out!
peekaboo-not-in-there = Not in there! Where's { $who }?
peekaboo-back = Peekaboo! { $who } is back!
peekaboo-toy-found = There's { $who }! Peekaboo!
peekaboo-bye-bye = Bye-bye for now, { $who }! See you soon!

## The journey: the goodbye. $promise is the family's return anchor as typed in their language ("after nap", "after lunch"): it completes "I'll come back …".

ask-hug = Give { $grownup } a big hug!
ask-kiss = Give { $grownup } a kiss!
ask-wave = Wave bye-bye to { $grownup }!
hugged = A big hug!
kissed = Mwah! A kiss in your hand, to keep!
waved = Bye-bye, { $grownup }!
farewell = See you soon, { $child }! I'll come back { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } is at work, by the big window. { $child } is drawing a picture for { $grownup }.
away-foxes = { $grownup } is finding berries in the meadow. { $child } is drawing a picture for { $grownup }.
paint-yellow = Yellow!
paint-blue = Blue!
paint-green = Green!
paint-pink = Pink!
lovely = Lovely!

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = Time to go home! { $grownup } is coming back to { $child }!
people-leaving = { $grownup } is leaving work.
people-leaving-helped = Bye-bye, work! { $grownup } is coming home!
people-waiting = { $grownup } is waiting for the bus.
people-waiting-helped = Here comes the bus!
people-riding = { $grownup } is on the bus!
people-riding-helped = Green light! Off we go!
people-park = { $grownup } is walking through the park.
people-park-helped = Quack! The ducks say thank you!
people-street = { $grownup } is on our street!
people-street-helped = A flower for { $child }!
people-door = { $grownup } is nearly at the door!
people-door-helped = You blew { $grownup } a kiss!
foxes-leaving = { $grownup } is leaving the meadow.
foxes-leaving-helped = Berries for the cubs!
foxes-waiting = { $grownup } is at the stream.
foxes-waiting-helped = Hop, hop, over the stones!
foxes-riding = { $grownup } is running through the forest!
foxes-riding-helped = Hoo-hoo! Hello, owl!
foxes-park = { $grownup } is at the big log.
foxes-park-helped = Jump! Over the log!
foxes-street = { $grownup } is on the mushroom path.
foxes-street-helped = A flower for { $child }!
foxes-door = { $grownup } is nearly at the burrow!
foxes-door-helped = You blew { $grownup } a kiss!
clock-at-the-heart = When the big hand reaches the heart, { $grownup } will be home.

## The child's turn: the child goes to school and comes home to the grown-up.

child-farewell = Have a lovely day at school, { $child }! I'll be right here when you come home.
away-child = { $child } is at school, painting a picture. { $grownup } is at home, waiting.
child-clock-at-the-heart = When the big hand reaches the heart, { $child } goes home.
child-time-to-go-home = Time to go home! { $child } is going back to { $grownup }!
child-leaving = { $child } is leaving school.
child-leaving-helped = Bye-bye, school! { $child } is going home!
child-waiting = { $child } is waiting for the bus.
child-riding = { $child } is on the bus!
child-park = { $child } is walking through the park.
child-street = { $child } is on our street!
child-street-helped = A flower for { $grownup }!
child-door = { $child } is nearly at the door!
child-is-home = It's { $child }! { $grownup } is so happy you're home!

## The reunion at the door.

who-is-at-the-door = Knock knock! Who is at the door?
knock-knock = Knock, knock!
its-the-grown-up = It's { $grownup }! { $grownup } is home!
ask-welcome-hug = Give { $grownup } a big hug!
welcome-hugged = A big welcome-home hug!
beautiful-picture = What a beautiful picture, { $child }!
i-missed-you = I missed you, { $child }!
see-you-next-time = See you next time, { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it ("paint, play with your friends and have a snack"): it completes "you will …".

morning-hug = Time to say goodbye! First, a big hug for { $grownup }!
morning-promise = I'll come back { $promise }, { $child }. I always come back.
morning-meanwhile = While I'm away, you will { $meanwhile }.
morning-love = Press the heart on your hand, and { $grownup } will feel your love!
morning-see-you-soon = See you soon, { $child }! Bye-bye!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } draws a heart on your hand: your Love Connection! Tap, tap, tap!
love-heart-drawn = A heart! Press it to send love to { $grownup }.
love-zapped = Bzzzz! { $grownup } felt your love!
love-sent-back = { $grownup } sends love back to { $child }!
kiss-in-your-hand = Mwah! A kiss from { $grownup }. I love you, { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7. A number may be
## written as a word for each count ([2] Two sleeps…) or as digits ({ $count } sleeps…).

calendar-school-today = Today is a school day. { $who } picks you up { $promise }.
calendar-home-today = Today is a home day, with { $grownup }!
sleeps-until-home-day = { $count ->
    [one] One sleep until a home day.
    [2] Two sleeps until a home day.
    [3] Three sleeps until a home day.
    [4] Four sleeps until a home day.
    [5] Five sleeps until a home day.
    [6] Six sleeps until a home day.
    [7] Seven sleeps until a home day.
   *[other] { $count } sleeps until a home day.
}
sleeps-until-school-day = { $count ->
    [one] One sleep until a school day.
    [2] Two sleeps until a school day.
    [3] Three sleeps until a school day.
    [4] Four sleeps until a school day.
    [5] Five sleeps until a school day.
    [6] Six sleeps until a school day.
    [7] Seven sleeps until a school day.
   *[other] { $count } sleeps until a school day.
}
calendar-school-day = { $day } is a school day. { $who } picks you up.
calendar-home-day = { $day } is a home day.
monday = Monday
tuesday = Tuesday
wednesday = Wednesday
thursday = Thursday
friday = Friday
saturday = Saturday
sunday = Sunday
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Mon
tuesday-short = Tue
wednesday-short = Wed
thursday-short = Thu
friday-short = Fri
saturday-short = Sat
sunday-short = Sun

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("Peekaboo! Mummy is back!" is recorded as "Peekaboo!").

own-peekaboo-back = Peekaboo!
own-time-to-go-home = I'm coming home!
own-its-the-grown-up = It's me! I'm home!
own-kiss-in-your-hand = Mwah! I love you!
own-love-sent-back = I love you too, { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = your grown-up
spoken-child = little one

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = For grown-ups
## The parental gate: the first words come before the number, written out in words (the
## code writes each language's numbers); $count is the seconds left on the lock.
gate-key-in = For grown-ups: key in
gate-locked = The grown-ups' area is locked for a minute after three wrong answers. Try again in { $count } seconds.

## The return anchors a parent picks from; each completes "I'll come back …" (farewell,
## morning-promise) and "… picks you up …" (calendar-school-today).

anchor-after-nap = after nap
anchor-after-snack = after snack
anchor-after-lunch = after lunch

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "While I'm away, you will …" (morning-meanwhile).

default-meanwhile = paint, play with your friends and have a snack
default-reunion-line = I always come back to you
default-child-name = Sam
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Mummy, Mommy, Mum, Daddy, Grandma, Grandpa

## The parent area's settings form, read by the grown-up (adult words, short). A line that
## names something in the game keeps the game's words for it.

form-how-to-use = How to use See You Soon
form-guide-together = Play together first, your child on your lap; later they can play while you are near.
form-guide-ends-itself = Let a session end by itself: it always ends when the grown-up comes back.
form-guide-same-goodbye = Do the same goodbye at the real door as in the game (your drop-off plan below), say when you will be back, and come back warmly.
form-guide-off-screen = The real practice is off the screen: short separations that grow, step by step.
form-this-page = This page
form-link-plan = Drop-off plan
form-link-practice = Practice
form-link-print = Things to print
form-link-log = Quiet log
form-names = Names
form-child-name = Your child's name
form-names-hint = Any language and emoji. The screen shows names as typed; the voice leaves emoji out.
form-called = What your child calls you
form-someone-else = Someone else (type below)
form-or-type-it = Or type it
form-or-type-it-example = e.g. Nana, Papa, Ама
form-your-picture = Your picture
form-going-away-today = Going away today
form-photo-hint = A photo shows this grown-up as themselves: in peekaboo, in the journey's portraits, on the calendar. It stays on this device.
form-child-photo-hint = A photo of your child too, if you like: the game shows it on your child's own way home, and on the wall where the grown-up works. It stays on this device.
form-take-photo = Take a photo
form-choose-photo = Choose a photo
form-delete-photo = Delete the photo
form-photo-framer = The photo: drag it to put the face in the circle
form-photo-size = Size
form-keep-photo = Keep this photo
form-cancel = Cancel
form-more-grown-ups = Up to three more grown-ups who come back: a parent, a grandparent, a childminder. The one going away today is the one the games show and name.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Grown-up { $count } (optional)
form-name = Name
form-leave-empty = Leave empty for nobody
form-plan = Your drop-off plan
form-plan-hint = Do the same goodbye every time, at the real door and in the game: the journey plays it in this order, and the card for the nursery prints it.
form-ritual-first = First
form-ritual-then = Then
form-ritual-last = and last, “See you soon!”
form-goodbye-hug = a big hug
form-goodbye-kiss = a kiss in the palm to keep
form-goodbye-wave = a wave at the door
form-back-when = “I'll be back…”
form-own-words-choice = my own words:
form-own-words = Your own words
form-own-words-example = e.g. after the park
form-reunion-line = What you say when you are back
form-meanwhile = While you are away, your child will…
form-meanwhile-example = e.g. paint, play and have a snack
form-pick-up-time = Pick-up time, for the nursery's card (optional)
form-pick-up-time-example = e.g. 3 pm
form-how-long = How long to play
form-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
form-journey = The journey home
form-journey-people = People
form-journey-foxes = The fox family
form-week = The week calendar
form-week-hint = Your child's calendar shows each day as a school or a house, and says who picks up and how many sleeps until a home day. “You” is the first name above; a day left to a grown-up who is not named goes to you.
form-you-pick-up = School or nursery: you pick up
# $who is the name of another grown-up.
form-who-picks-up = School or nursery: { $who } picks up
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = grown-up { $count }
form-home-day = Home day
form-sound-and-motion = Sound and motion
form-voice = Voice
form-sound-effects = Sound effects
form-music = Music
form-language = The game's language
form-device-language = This device's language
form-game-voice = The game's voice
form-warm-voice = Let the game choose a warm voice
form-not-on-device = not on this device
form-no-voice = This device has no voice for this language: the game shows its lines in the bubble, and says the ones you record below in your own voice.
form-motion-device = Like this device
form-motion-less = Less motion
form-motion-full = Full motion
form-kept = Kept on this device
form-kept-hint = Photos, recordings and settings stay on this device and are never sent anywhere.
form-copy-hint = A copy in a file keeps them safe if this browser clears what it stores, and brings them to a new device.
form-save-copy = Save a copy
form-bring-back-copy = Bring back a copy
form-replace = Replace what is here
form-merge = Keep what is here, add what is missing
form-save = Save
form-back-to-game = Back to the game

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Practice off the screen
form-practice-hint = What helps most happens at the real door: short, predictable separations that grow. Do a step a few times, tick it each time it happened, and move on when it is easy twice.
form-practice-in-game-label = In the game
form-practice-in-game = in peekaboo the grown-up now stays hidden { $seconds } seconds. It grows by itself from { $start } up to { $ceiling } seconds as { $child } finds them.
form-practice-at-door-label = At the real door
form-practice-step-of = step { $step } of { $steps }: “{ $what }”
form-practice-no-steps = no steps yet
form-practising-now = Practising now
form-practise-this-one = Practise this one
form-ticks-not-yet = not yet
form-ticks-times = { $count ->
    [one] once
   *[other] { $count } times
}
form-ticks-hard = { $count } hard
form-ticks-okay = { $count } okay
form-ticks-easy = { $count } easy
form-felt-hard = hard
form-felt-okay = okay
form-felt-easy = easy
form-how-did-it-go = “{ $what }” happened today. How did it go?
form-untick = Take back the last tick
form-step-number = Step { $step }
form-add-step = Add a step
form-empty-takes-out = Empty: take it out
form-change-steps = Change the steps
form-keep-steps = Keep these steps
form-advice-first-step = Add a first small step: a minute in the next room is a good start.
form-advice-begin = Try “{ $what }” a few times, and tick it each time it happened.
form-advice-stay = Stay on this step until it is easy twice in a row.
form-advice-move-up = Easy twice in a row: when you are both ready, move on to “{ $what }”.
form-advice-climbed = Easy twice on the last step: the whole ladder is climbed. Add a bigger step whenever one comes up.
form-advice-go-back = Two hard days: go back to “{ $what }” for a few days. Stepping back is part of it, not a failure.
form-advice-smaller = Two hard days: make this step smaller for a while (shorter, or closer), and come back warmly each time.
form-print-title = Things to print
form-print-hint = Each is one page, for A4 or US Letter, with your family's names and photos. Print, or “Save as PDF” in the print window, works offline.
form-print-card = A card for the nursery or childminder
form-print-chain = A paper chain of sleeps
form-print-week = The week calendar
form-print-love = A heart to trace and a journey to colour
form-print-preview = Print preview
form-print-now = Print this page
form-log-title = Your quiet log
form-log-hint = Only for you, kept only on this device, never shown to your child. Ups and downs are normal; there is nothing to keep up.
form-log-played = { $count ->
    [0] No sessions played yet.
    [one] { $count } session played in all.
   *[other] { $count } sessions played in all.
}
form-log-first = The first was on { $date }.
form-log-key-sessions = sessions a week
form-log-key-hide = peekaboo hide (up to { $ceiling } s)
form-log-key-practice = real practice:
form-log-week-by-week = Week by week
form-log-week-of = Week of
form-log-sessions = Sessions
form-log-peekaboo-hide = Peekaboo hide
form-log-real-practice = Real practice
form-log-hide-seconds = { $seconds } s
form-log-forget-all = Forget all of this
form-log-forget-note = This deletes the log and the practice ticks from this device. The practice steps, the settings, photos and recordings stay.
form-log-forget = Forget the log and the ticks

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = Your own voices
form-own-voices-hint = Each grown-up can record the lines they say, in their own voice and language; the game plays them instead of its voice. Nothing is needed: start with the first three. Recordings stay on this device.
form-voice-of = { $who }'s voice
form-start-with-these = Start with these
form-heard-peekaboo = Peekaboo
form-heard-goodbye = The goodbye
form-heard-way-home = The way home
form-heard-homecoming = Home again
form-heard-morning = The morning goodbye
form-heard-hands = The child's hands
form-record = Record
form-listen = Listen
form-keep = Keep
form-delete = Delete
form-stop = Stop
form-voice-recording = Recording… tap Stop when done.
form-voice-new = New recording: listen, then keep or delete it.
form-voice-kept = Kept on this device. The game uses your voice for this line.
form-voice-none = Not recorded: the game's voice says it.

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = Saved: the game will say “{ $child }” and “{ $grownup }”, and play for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
form-saved-for-now = Changed for now: the game will say “{ $child }” and “{ $grownup }”, and play for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. It could not be saved in this browser.
form-field-child = The child's name
form-field-grown-up = The grown-up's name
form-field-other-grown-up = Grown-up { $number }'s name
form-note-name-empty = { $field } was empty, so the game will say “{ $name }”.
form-note-name-shortened = { $field } is limited to { $limit } characters: “{ $name }”.
form-note-voice-cannot-say = { $field }: the screen shows “{ $name }”; the voice cannot say emoji, so it says “{ $said }” instead.
form-note-voice-says = { $field }: the screen shows “{ $name }”; the voice says “{ $said }” (emoji are shown, not said).
form-note-away-today-unnamed = The grown-up chosen as going away today has no name, so the first grown-up goes today.
form-note-anchor-empty = No words were typed for “I'll be back…”, so the game will say “{ $promise }”.
form-note-goodbye-order-kept = The goodbye needs the hug, the kiss and the wave once each, so it keeps its order.
form-taken-out-photo = { $name } was taken out, so their photo went too: deleted from this device.
form-taken-out-recordings = { $name } was taken out, so { $count ->
    [one] their recording
   *[other] their { $count } recordings
} went too: deleted from this device.
form-taken-out-photo-and-recordings = { $name } was taken out, so their photo and { $count ->
    [one] their recording
   *[other] their { $count } recordings
} went too: deleted from this device.
form-storage-unavailable = This browser is not letting the game keep settings (private browsing, or storage switched off). Your changes work until the page is closed, but won't be kept.
form-storage-full = This browser's storage is full, so your changes work for now but won't be kept after the page is closed.
form-read-unreadable = The saved settings could not be read, so the game started with its defaults.
form-read-too-large = The saved settings were far too large ({ $bytes } bytes) to be ours, so the game started with its defaults.
form-read-newer = The settings were saved by a newer version of the game (format { $version }); everything this version understands was kept.
form-read-fields-reset = Some saved settings did not make sense and went back to their defaults: { $fields }.
form-practice-steps-unreadable = The saved practice steps could not be read, so they start again; the old copy is kept aside on this device.
form-practice-log-unreadable = The saved log could not be read, so it starts again; the old copy is kept aside on this device.
form-practice-entries-left-out = A few saved practice entries made no sense and were left out; everything else was kept.
form-changed-elsewhere = The settings were just changed in another window of the game; this form now shows them.
form-log-forgotten = The quiet log and the practice ticks were forgotten on this device.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1.2 MB"); $what and $holds are lists the
## page joins in the language (“2 photos and the settings”); $date is a date already written.

form-page-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
form-page-recordings = { $count ->
    [one] { $count } recording
   *[other] { $count } recordings
}
form-page-the-settings = the settings
form-page-the-settings-for = the settings (for { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Kept on this device: { $what }.
form-page-kept-nothing = Nothing is kept on this device yet: it is new to the game, or the browser cleared what it kept. If you saved a copy, bring it back below.
form-page-kept-by-newer = The photos and recordings are safe with the newer version of the game open in another window. Close this window and use that one, or reload this one.
form-page-safe-unknown = This browser does not say whether it keeps them.
form-page-safe-persisted = The browser has agreed to keep them until you delete them.
form-page-safe-home-screen = This browser may delete them after seven days without a visit, or when the device is short of space. Add the game to the Home Screen (Share, then Add to Home Screen) to keep them safe, and save a copy (below).
form-page-safe-best-effort = The browser may delete them if the device runs short of space. The game asks it to keep them when you keep something here; a saved copy (below) is the sure way.
form-page-room = With the game's offline copy, this site uses { $size } of the { $quota } the browser allows it.
form-page-newer-elsewhere = A newer version of the game is open in another window. Close this window and use that one, or reload this one.
form-page-copy-not-ours = That file is not a copy made by See You Soon. Nothing here was changed.
form-page-copy-damaged = That copy is damaged (cut short or changed since it was saved), so it was not used. Nothing here was changed.
form-page-copy-too-large = That file is far larger than any copy of the game; it was not opened. Nothing here was changed.
form-page-copy-newer = That copy was made by a newer version of the game. Open the game online once to update it, then try again. Nothing here was changed.
form-page-copy-saved = Saved a copy ({ $size }) holding { $holds }. Keep the file somewhere safe, such as your email or a cloud drive, to bring it back on this or another device.
form-page-copy-holds-nothing = nothing yet
form-page-copy-holds = This copy holds { $holds }. Replace what is on this device with it, or keep what is here and add only what is missing?
form-page-copy-made-holds = This copy, made on { $date }, holds { $holds }. Replace what is on this device with it, or keep what is here and add only what is missing?
form-page-copy-full = This device's storage is full, so the copy could not be brought back. Free some space (old videos or apps), then try again.
form-page-copy-not-brought-newer = The copy was not brought back here.
form-page-copy-refused = This browser would not store the copy (private browsing, or storage switched off for this site).
form-page-copy-partly = Part of it may have been written; look at the photos and recordings above, or bring the copy back again.
form-page-copy-before-kept = What was here before is kept.
form-page-copy-brought-back = Brought back { $holds }. The game starts again with them in a moment.
form-page-copy-cannot-make = The copy could not be made: this browser would not read what it keeps here.
form-page-nothing-changed = Nothing was changed.
form-page-photo-kept-size = Kept on this device ({ $size }).
form-page-photo-kept-shown = Kept on this device ({ $size }). The game shows it wherever this grown-up appears.
form-page-photo-none = No photo: the game shows the picture chosen above.
form-page-photo-none-child = No photo: the game shows your child drawn, as always.
form-page-photo-not-a-photo = That file is not a photo. Choose a picture (a JPEG, PNG or WebP, as cameras and galleries give).
form-page-photo-heic = This browser cannot open HEIC photos. On an iPhone, set Settings → Camera → Formats → Most Compatible, or choose the photo again from Photos.
form-page-photo-cannot-open = This file could not be opened as a picture. Try another photo.
form-page-photo-too-large = That file is too large to open here ({ $size }). Choose a smaller photo.
form-page-photo-stays = The photo kept before stays.
form-page-photo-opening = Opening the photo…
form-page-photo-very-small = This photo is very small, so it will look blurry in the game. Keep it, or choose a bigger one.
form-page-photo-wide = A wide photo: drag it to put the face in the circle, then keep it.
form-page-photo-frame = Drag the photo to put the face in the circle; pinch or use the slider to make it bigger. Then keep it.
form-page-photo-none-chosen = No photo was taken or chosen, so nothing changed.
form-page-photo-not-changed = Not changed: the photo kept before stays.
form-page-photo-none-kept = No photo kept.
form-page-photo-deleted = Deleted from this device. The game shows the picture chosen above.
form-page-change-refused = That did not work: this browser may not allow changing what it keeps here.
form-page-photo-full = This device's storage is full, so the photo was not kept. Free some space (old videos or apps), then try again.
form-page-photo-newer = The photo was not kept here.
form-page-photo-refused = This browser would not keep the photo (private browsing, or storage switched off for this site).
form-page-recording-full = This device's storage is full, so the recording was not kept. Free some space (old videos or apps), then try again.
form-page-recording-newer = The recording was not kept here.
form-page-recording-refused = This browser would not keep the recording (private browsing, or storage switched off for this site).
form-page-voice-meanwhile = The game's voice says the line meanwhile.
form-page-voice-count = ({ $count } of { $total } recorded)
form-page-voice-cannot-record = This browser cannot record here. The game's voice will say the line.
form-page-voice-mic-refused = The microphone was not allowed. The game's voice will say the line.
form-page-voice-change-refused = That did not work: this browser may not allow changing recordings here.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }, { $tone }
form-look-fox = The fox
form-look-woman = Woman
form-look-man = Man
form-look-older-woman = Older woman
form-look-older-man = Older man
form-tone-light = light skin tone
form-tone-medium-light = medium-light skin tone
form-tone-medium = medium skin tone
form-tone-medium-dark = medium-dark skin tone
form-tone-dark = dark skin tone

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = Next room for one minute, door open, talking
form-rung-next-room-longer = Next room for five minutes
form-rung-out-briefly = Out for ten minutes, with someone the child knows
form-rung-grandparent = With a grandparent while I go to the shop
form-rung-friends-house = An hour at a friend's house without me
form-rung-nursery = A morning at nursery
form-practice-not-kept = The practice steps could not be saved in this browser: they last until the page is closed.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("after nap"); $reunion is the family's own reunion line, as
## typed; $time is a pick-up time as typed ("3 pm"); $days is a list of weekdays already
## joined ("Monday, Tuesday and Friday"); $day is a weekday; $meanwhile is what the child does
## meanwhile, as typed, completing "will …".

form-print-card-page = { $child }'s goodbye: a card for the caregiver
form-print-card-title = { $child }'s goodbye
form-print-card-for = For { $child }'s teacher or childminder, from { $grownup }. We do the same goodbye every time: please help us keep it.
form-print-card-our-goodbye = Our goodbye, every time
form-print-card-see-you-soon = “See you soon!”
form-print-card-short-and-warm = Short and warm: we never sneak out.
form-print-card-promise = The promise
form-print-card-promise-said = “I'll come back { $promise }. { $reunion }”
form-print-card-remind = Please remind { $child }: { $grownup } comes back { $promise }.
form-print-card-pick-up-time = Pick-up time: { $time }.
form-print-card-picks-up = { $days }: { $who } picks up.
form-print-card-while-away = While { $grownup } is away
form-print-card-meanwhile = It helps to tell { $child } what comes next: “Today you will { $meanwhile }.”
form-print-card-love = Our Love Connection
form-print-card-love-how = Each morning we draw a heart on { $child }'s hand and on { $grownup }'s. When { $child } presses it, { $grownup } feels the love and sends some back. If { $child } misses us, press it together and say:
form-print-card-love-said = “Oh, did you feel that? I think { $grownup } just sent you some love!”
form-print-chain-title = { $child }'s chain of sleeps
form-print-chain-how = { $count ->
    [one] One sleep
   *[other] { $count } sleeps
} until the next home day. Cut out the strips, glue them into a chain, and take one link off each night at bedtime: when only the house is left, it is the home day.
form-print-chain-no-home-day = The week calendar has no home day yet: choose one in the parent area's week calendar, then print this again.
form-print-chain-link = { $count ->
    [one] { $count } sleep
   *[other] { $count } sleeps
}
form-print-chain-last = Home day with { $grownup }! ({ $day })
form-print-week-title = { $child }'s week
form-print-week-key = A house is a home day; a school is a nursery day, with who picks up.
form-print-week-school = Nursery. { $who } picks you up.
form-print-week-home = Home day!
form-print-love-title = { $child }'s Love Connection
form-print-love-how = Trace the heart on { $child }'s hand and on { $grownup }'s. Press it to send love: the other one feels it, all day long.
form-print-love-hand = { $who }'s hand with a heart to trace
form-print-love-colour = { $grownup } always comes home. Colour the way home!
form-print-love-picture = A picture to colour: the grown-up walks home up the path, waving, and the child waits at the door.
