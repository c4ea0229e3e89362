# See You Soon: every line the game says and shows, in Russian.
#
# Spoken to a child of one to five, usually on a grown-up's lap: warm, short, "ты".
# Names stay exactly as typed (nominative): sentences are built so no case ending is needed,
# and verbs are in the present or future tense so they never show the speaker's gender.
# "School" is "садик" (kindergarten): what Russian parents call it for this age.

## Home and the end of a session. $grownup is the grown-up's name as typed; $child the child's.

tap-to-start = Нажми — и начнём!
what-shall-we-play = Во что поиграем сегодня?
who-will-hide = Кто будет прятаться?
all-done = Вот и всё! А теперь поиграйте вместе — ты и { $grownup }!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = Ку-ку!
card-journey = Домой
card-my-turn = Теперь ухожу я
card-calendar = Наша неделя
card-morning = Учимся прощаться

## Peekaboo. $who is the grown-up hiding, or the toy: it stands unchanged.

teddy = Мишка
duck = Уточка
peekaboo-here = А вот и { $who }!
peekaboo-where = Где же { $who }?
peekaboo-watch-cups = Смотри, вот { $who }! А куда { $who } спрячется?
peekaboo-peeking-out = Смотри! { $who } выглядывает!
peekaboo-not-in-there = Здесь пусто! Где же { $who }?
peekaboo-back = Ку-ку! { $who } снова здесь!
peekaboo-toy-found = Вот где { $who }! Ку-ку!
peekaboo-bye-bye = Пока-пока, { $who }! Скоро увидимся!

## The journey: the goodbye. $promise is the return anchor ("после сна"): it completes "Я вернусь …".

ask-hug = { $grownup } здесь — обними крепко-крепко!
ask-kiss = Подари поцелуйчик — { $grownup } ждёт!
ask-wave = Помаши ручкой: пока-пока, { $grownup }!
hugged = Крепко-крепко обнялись!
kissed = Чмок! Поцелуйчик в ладошку — пусть будет с тобой!
waved = Пока-пока, { $grownup }!
farewell = Скоро увидимся, { $child }! Я вернусь { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } на работе, у большого окна. А { $child } рисует картинку в подарок — вот { $grownup } обрадуется!
away-foxes = { $grownup } собирает ягодки на полянке. А { $child } рисует картинку в подарок — вот { $grownup } обрадуется!
paint-yellow = Жёлтый!
paint-blue = Синий!
paint-green = Зелёный!
paint-pink = Розовый!
lovely = Красота!

## The way home, in the town (people) and in the forest (a fox family). A line per stop, and one once the child has helped.

time-to-go-home = Пора домой! { $grownup } спешит к тебе, { $child }!
people-leaving = { $grownup } уходит с работы.
people-leaving-helped = Пока, работа! { $grownup } идёт домой!
people-waiting = { $grownup } ждёт автобус.
people-waiting-helped = А вот и автобус!
people-riding = { $grownup } едет в автобусе!
people-riding-helped = Зелёный свет! Поехали!
people-park = { $grownup } шагает по парку.
people-park-helped = Кря-кря! Уточки говорят спасибо!
people-street = { $grownup } уже на нашей улице!
people-street-helped = Цветочек — это тебе, { $child }!
people-door = { $grownup } уже почти у двери!
people-door-helped = Воздушный поцелуйчик летит — { $grownup } его ловит!
foxes-leaving = { $grownup } уходит с полянки.
foxes-leaving-helped = Ягодки для лисят!
foxes-waiting = { $grownup } у ручейка.
foxes-waiting-helped = Прыг-прыг по камушкам!
foxes-riding = { $grownup } бежит по лесу!
foxes-riding-helped = Угу-угу! Привет, совушка!
foxes-park = { $grownup } у большого бревна.
foxes-park-helped = Прыг — и через бревно!
foxes-street = { $grownup } на грибной тропинке.
foxes-street-helped = Цветочек — это тебе, { $child }!
foxes-door = { $grownup } уже почти у норки!
foxes-door-helped = Воздушный поцелуйчик летит — { $grownup } его ловит!
clock-at-the-heart = Когда большая стрелка дойдёт до сердечка, { $grownup } будет дома.

## The child's turn: the child goes to school (садик) and comes home to the grown-up.

child-farewell = Хорошего тебе дня в садике, { $child }! Я буду здесь, когда ты вернёшься.
away-child = { $child } в садике, рисует картинку. А { $grownup } дома и ждёт.
child-clock-at-the-heart = Когда большая стрелка дойдёт до сердечка, { $child } пойдёт домой.
child-time-to-go-home = Пора домой! { $child } идёт домой, а там ждёт { $grownup }!
child-leaving = { $child } уходит из садика.
child-leaving-helped = Пока, садик! { $child } идёт домой!
child-waiting = { $child } ждёт автобус.
child-riding = { $child } едет в автобусе!
child-park = { $child } шагает по парку.
child-street = { $child } уже на нашей улице!
child-street-helped = Цветочек — это тебе, { $grownup }!
child-door = { $child } уже почти у двери!
child-is-home = Это { $child }! { $grownup } так радуется, что ты дома!

## The reunion at the door.

who-is-at-the-door = Тук-тук! Кто там за дверью?
knock-knock = Тук-тук!
its-the-grown-up = Это { $grownup }! { $grownup } дома!
ask-welcome-hug = Обними крепко-крепко — { $grownup } дома!
welcome-hugged = С возвращением! Крепко-крепко обнимаемся!
beautiful-picture = Какая красивая картинка, { $child }!
i-missed-you = Мне так тебя не хватало, { $child }!
see-you-next-time = До новой встречи, { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it (imperfective infinitives): it completes "ты будешь …".

morning-hug = Пора прощаться! Сначала — крепкие обнимашки: ты и { $grownup }!
morning-promise = Я вернусь { $promise }, { $child }. Я всегда возвращаюсь.
morning-meanwhile = Пока меня нет, ты будешь { $meanwhile }.
morning-love = Нажми на сердечко на ладошке — и { $grownup } почувствует твою любовь!
morning-see-you-soon = Скоро увидимся, { $child }! Пока-пока!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } рисует сердечко у тебя на ладошке — это ваша ниточка любви! Тук, тук, тук!
love-heart-drawn = Сердечко! Нажми — и { $grownup } получит твою любовь.
love-zapped = Жжжж! { $grownup } чувствует твою любовь!
love-sent-back = { $grownup } шлёт любовь в ответ — это тебе, { $child }!
kiss-in-your-hand = Чмок! Это { $grownup } тебя целует. Я люблю тебя, { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = Сегодня идём в садик. { $who } заберёт тебя { $promise }.
calendar-home-today = Сегодня домашний день! С тобой будет { $grownup }!
sleeps-until-home-day = { $count ->
    [one] Ещё разок поспим — и будет домашний день.
    [few] Ещё { $count } раза поспим — и будет домашний день.
    [many] Ещё { $count } раз поспим — и будет домашний день.
   *[other] Ещё { $count } раз поспим — и будет домашний день.
}
sleeps-until-school-day = { $count ->
    [one] Ещё разок поспим — и пойдём в садик.
    [few] Ещё { $count } раза поспим — и пойдём в садик.
    [many] Ещё { $count } раз поспим — и пойдём в садик.
   *[other] Ещё { $count } раз поспим — и пойдём в садик.
}
calendar-school-day = { $day } — идём в садик. Заберёт тебя { $who }.
calendar-home-day = { $day } — домашний день.
monday = Понедельник
tuesday = Вторник
wednesday = Среда
thursday = Четверг
friday = Пятница
saturday = Суббота
sunday = Воскресенье
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Пн
tuesday-short = Вт
wednesday-short = Ср
thursday-short = Чт
friday-short = Пт
saturday-short = Сб
sunday-short = Вс

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("Ку-ку! Мама снова здесь!" is recorded as "Ку-ку!").

own-peekaboo-back = Ку-ку!
own-time-to-go-home = Я уже иду домой!
own-its-the-grown-up = Это я! Я дома!
own-kiss-in-your-hand = Чмок! Я тебя люблю!
own-love-sent-back = Я тоже тебя люблю, { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = твой родной человек
spoken-child = малыш

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = Для взрослых
gate-key-in = Для взрослых: наберите
gate-locked = После трёх неверных ответов раздел для взрослых закрыт на минуту. Попробуйте снова через { $count } с.

## The return anchors a parent picks from; each completes "Я вернусь …" (farewell,
## morning-promise) and "… заберёт тебя …" (calendar-school-today).

anchor-after-nap = после сна
anchor-after-snack = после полдника
anchor-after-lunch = после обеда

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "Пока меня нет, ты будешь …" (morning-meanwhile).

default-meanwhile = рисовать, играть с друзьями и кушать вкусный полдник
default-reunion-line = Я всегда к тебе возвращаюсь
default-child-name = Саша
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Мама, Папа, Бабушка, Дедушка, Мамочка, Папочка
