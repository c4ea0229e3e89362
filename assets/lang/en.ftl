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
