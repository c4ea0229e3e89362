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

## The parent area's settings form, read by the grown-up (adult words, short). A line that
## names something in the game keeps the game's words for it.

form-how-to-use = Как пользоваться See You Soon
form-guide-together = Сначала играйте вместе, ребёнок у вас на коленях; потом он сможет играть сам, пока вы рядом.
form-guide-ends-itself = Дайте игре закончиться самой: в конце взрослый всегда возвращается.
form-guide-same-goodbye = Прощайтесь у настоящей двери так же, как в игре (ваш план прощания — ниже), говорите, когда вернётесь, а вернувшись, тепло встречайте ребёнка.
form-guide-off-screen = Главная практика — не на экране: короткие расставания, которые понемногу становятся длиннее.
form-this-page = На этой странице
form-link-plan = План прощания
form-link-practice = Практика
form-link-print = Для печати
form-link-log = Личный дневник
form-names = Имена
form-child-name = Имя ребёнка
form-names-hint = Любой язык, можно эмодзи. На экране имена видны так, как вы их ввели; голос эмодзи пропускает.
form-called = Как ребёнок вас называет
form-someone-else = Другое имя (введите ниже)
form-or-type-it = Или введите сами
form-or-type-it-example = например, Баба, Деда, Папа
form-your-picture = Ваш портрет
form-going-away-today = Уходит сегодня
form-photo-hint = С фото ребёнок видит этого взрослого таким, какой он есть: в игре «Ку-ку», на портретах по дороге домой, в календаре. Фото остаётся на этом устройстве.
form-child-photo-hint = Можно добавить и фото ребёнка: игра покажет его, когда домой возвращается сам ребёнок, и на стене там, где работает взрослый. Фото остаётся на этом устройстве.
form-take-photo = Сделать фото
form-choose-photo = Выбрать фото
form-delete-photo = Удалить фото
form-photo-framer = Фото: перетащите его, чтобы лицо оказалось в круге
form-photo-size = Размер
form-keep-photo = Оставить это фото
form-cancel = Отмена
form-more-grown-ups = Ещё до трёх взрослых, которые возвращаются: второй родитель, бабушка или дедушка, няня. В играх показывают и называют того, кто уходит сегодня.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Взрослый { $count } (необязательно)
form-name = Имя
form-leave-empty = Оставьте пустым, если никого нет
form-plan = Ваш план прощания
form-plan-hint = Прощайтесь каждый раз одинаково — у настоящей двери и в игре: в игре «Домой» прощание идёт в этом порядке, и так же оно будет напечатано на карточке для садика.
form-ritual-first = Сначала
form-ritual-then = Потом
form-ritual-last = и в конце: «Скоро увидимся!»
form-goodbye-hug = крепко-крепко обняться
form-goodbye-kiss = поцелуйчик в ладошку — на весь день
form-goodbye-wave = помахать ручкой у двери
form-back-when = «Я вернусь…»
form-own-words-choice = свои слова:
form-own-words = Ваши слова
form-own-words-example = например, после прогулки
form-reunion-line = Что вы говорите, когда возвращаетесь
form-meanwhile = Пока вас нет, ребёнок будет…
form-meanwhile-example = например, рисовать, играть и кушать полдник
form-pick-up-time = Во сколько забирают — для карточки в садик (необязательно)
form-pick-up-time-example = например, 15:00
form-how-long = Сколько играть
form-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
form-journey = Дорога домой
form-journey-people = Люди
form-journey-foxes = Лисья семья
form-week = Календарь недели
form-week-hint = Календарь показывает ребёнку каждый день как садик или домик и говорит, кто заберёт и сколько ещё поспать до домашнего дня. «Забираете вы» — это первое имя выше; день, отданный взрослому без имени, достаётся вам.
form-you-pick-up = Садик: забираете вы
# $who is the name of another grown-up.
form-who-picks-up = Садик: забирает { $who }
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = взрослый { $count }
form-home-day = Домашний день
form-sound-and-motion = Звук и анимация
form-voice = Голос
form-sound-effects = Звуки
form-music = Музыка
form-language = Язык игры
form-device-language = Язык этого устройства
form-game-voice = Голос игры
form-warm-voice = Пусть игра выберет тёплый голос
form-not-on-device = нет на этом устройстве
form-no-voice = На этом устройстве нет голоса для этого языка: игра показывает фразы в облачке, а вслух произносит только те, что вы запишете ниже своим голосом.
form-motion-device = Как на этом устройстве
form-motion-less = Меньше анимации
form-motion-full = Вся анимация
form-kept = Хранится на этом устройстве
form-kept-hint = Фото, записи и настройки остаются на этом устройстве и никуда не отправляются.
form-copy-hint = Копия в файле сохранит их, если браузер очистит свои данные, и поможет перенести их на новое устройство.
form-save-copy = Сохранить копию
form-bring-back-copy = Восстановить из копии
form-replace = Заменить то, что здесь
form-merge = Оставить то, что здесь, и добавить недостающее
form-save = Сохранить
form-back-to-game = Вернуться в игру

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Практика без экрана
form-practice-hint = Больше всего помогает то, что происходит у настоящей двери: короткие предсказуемые расставания, которые понемногу становятся длиннее. Повторите шаг несколько раз, каждый раз ставя отметку, и переходите дальше, когда он дважды дастся легко.
form-practice-in-game-label = В игре
form-practice-in-game = в «Ку-ку» взрослый теперь прячется на { $seconds } с. Это время само растёт от { $start } до { $ceiling } с, по мере того как { $child } его находит.
form-practice-at-door-label = У настоящей двери
form-practice-step-of = шаг { $step } из { $steps }: «{ $what }»
form-practice-no-steps = шагов пока нет
form-practising-now = Сейчас практикуем
form-practise-this-one = Выбрать этот шаг
form-ticks-not-yet = пока не было
form-ticks-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
form-ticks-hard = трудно — { $count }
form-ticks-okay = нормально — { $count }
form-ticks-easy = легко — { $count }
form-felt-hard = трудно
form-felt-okay = нормально
form-felt-easy = легко
form-how-did-it-go = Сегодня было: «{ $what }». Как всё прошло?
form-untick = Отменить последнюю отметку
form-step-number = Шаг { $step }
form-add-step = Добавьте шаг
form-empty-takes-out = Пусто — шаг будет удалён
form-change-steps = Изменить шаги
form-keep-steps = Сохранить шаги
form-advice-first-step = Добавьте первый маленький шаг: минута в соседней комнате — хорошее начало.
form-advice-begin = Повторите «{ $what }» несколько раз и каждый раз ставьте отметку.
form-advice-stay = Оставайтесь на этом шаге, пока он не дастся легко два раза подряд.
form-advice-move-up = Два раза подряд легко: когда вы оба будете готовы, переходите к шагу «{ $what }».
form-advice-climbed = Последний шаг дважды дался легко: вся лесенка пройдена. Добавьте шаг побольше, когда появится повод.
form-advice-go-back = Два трудных дня: вернитесь на несколько дней к шагу «{ $what }». Шаг назад — часть пути, а не неудача.
form-advice-smaller = Два трудных дня: на время сделайте этот шаг меньше (короче или ближе) и, возвращаясь, каждый раз тепло встречайте ребёнка.
form-print-title = Для печати
form-print-hint = Всё здесь — по одной странице A4 или US Letter, с именами и фото вашей семьи. Печать или «Сохранить как PDF» в окне печати работает и без интернета.
form-print-card = Карточка для садика или няни
form-print-chain = Бумажная цепочка «Сколько ещё поспать»
form-print-week = Календарь недели
form-print-love = Сердечко — обвести, дорога домой — раскрасить
form-print-preview = Предпросмотр печати
form-print-now = Напечатать эту страницу
form-log-title = Ваш личный дневник
form-log-hint = Только для вас: хранится лишь на этом устройстве и никогда не показывается ребёнку. Хорошие и трудные дни сменяют друг друга — это нормально; здесь не нужно ни за чем гнаться.
form-log-played = { $count ->
    [0] Пока не сыграно ни одной игры.
    [one] Всего сыграна { $count } игра.
    [few] Всего сыграно { $count } игры.
    [many] Всего сыграно { $count } игр.
   *[other] Всего сыграно { $count } игры.
}
form-log-first = Первая была: { $date }.
form-log-key-sessions = игр в неделю
form-log-key-hide = время пряток в «Ку-ку» (до { $ceiling } с)
form-log-key-practice = настоящая практика:
form-log-week-by-week = По неделям
form-log-week-of = Неделя с
form-log-sessions = Игры
form-log-peekaboo-hide = Время пряток в «Ку-ку»
form-log-real-practice = Настоящая практика
form-log-hide-seconds = { $seconds } с
form-log-forget-all = Стереть всё это
form-log-forget-note = Дневник и отметки о практике удалятся с этого устройства. Шаги практики, настройки, фото и записи останутся.
form-log-forget = Стереть дневник и отметки

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = Ваши голоса
form-own-voices-hint = Каждый взрослый может записать фразы, которые он говорит, своим голосом и на своём языке — тогда игра будет включать эти записи вместо своего голоса. Ничего записывать не обязательно: начните с первых трёх. Записи остаются на этом устройстве.
form-voice-of = Голос: { $who }
form-start-with-these = Начните с этих
form-heard-peekaboo = Ку-ку
form-heard-goodbye = Прощание
form-heard-way-home = Дорога домой
form-heard-homecoming = Снова дома
form-heard-morning = Утреннее прощание
form-heard-hands = Ладошки ребёнка
form-record = Записать
form-listen = Прослушать
form-keep = Оставить
form-delete = Удалить
form-stop = Стоп
form-voice-recording = Идёт запись… Нажмите «Стоп», когда закончите.
form-voice-new = Новая запись: прослушайте её, а потом оставьте или удалите.
form-voice-kept = Хранится на этом устройстве. Эту фразу игра произносит вашим голосом.
form-voice-none = Не записано: фразу произносит голос игры.

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines (a neuter noun phrase, "Имя …", used as
## the subject); $name is a name as the game will use it; $said is what the voice says for it.

form-saved = Сохранено: в игре будут имена «{ $child }» и «{ $grownup }», время игры — { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
form-saved-for-now = Изменено на время: в игре будут имена «{ $child }» и «{ $grownup }», время игры — { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}. Сохранить изменения в этом браузере не получилось.
form-field-child = Имя ребёнка
form-field-grown-up = Имя взрослого
form-field-other-grown-up = Имя взрослого { $number }
form-note-name-empty = { $field } не указано, поэтому в игре будет «{ $name }».
form-note-name-shortened = { $field } сокращено до { $limit ->
    [one] { $limit } символа
    [few] { $limit } символов
    [many] { $limit } символов
   *[other] { $limit } символа
}: «{ $name }».
form-note-voice-cannot-say = { $field }: на экране — «{ $name }»; эмодзи голос произнести не может, поэтому говорит «{ $said }».
form-note-voice-says = { $field }: на экране — «{ $name }», а голос говорит «{ $said }» (эмодзи видны, но не произносятся).
form-note-away-today-unnamed = У взрослого, который уходит сегодня, нет имени, поэтому сегодня уходит первый взрослый.
form-note-anchor-empty = В поле «Я вернусь…» ничего не написано, поэтому в игре будет «{ $promise }».
form-note-goodbye-order-kept = В прощании нужно по одному разу обняться, поцеловать и помахать ручкой, поэтому порядок остался прежним.
form-taken-out-photo = { $name } больше не в списке взрослых, поэтому фото тоже удалено с этого устройства.
form-taken-out-recordings = { $name } больше не в списке взрослых, поэтому { $count ->
    [one] запись голоса тоже удалена
    [few] { $count } записи голоса тоже удалены
    [many] { $count } записей голоса тоже удалены
   *[other] { $count } записи голоса тоже удалены
} с этого устройства.
form-taken-out-photo-and-recordings = { $name } больше не в списке взрослых, поэтому фото и { $count ->
    [one] запись голоса
    [few] { $count } записи голоса
    [many] { $count } записей голоса
   *[other] { $count } записи голоса
} тоже удалены с этого устройства.
form-storage-unavailable = Этот браузер не даёт игре сохранять настройки (режим инкогнито или отключено хранение данных). Изменения работают, пока страница открыта, но не сохранятся.
form-storage-full = Хранилище этого браузера заполнено: изменения работают сейчас, но после закрытия страницы не сохранятся.
form-read-unreadable = Сохранённые настройки не удалось прочитать, поэтому игра началась с настроек по умолчанию.
form-read-too-large = Сохранённые настройки оказались слишком большими ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
}) — это точно не наши, поэтому игра началась с настроек по умолчанию.
form-read-newer = Настройки сохранены более новой версией игры (формат { $version }); всё, что понятно этой версии, сохранено.
form-read-fields-reset = Некоторые сохранённые настройки оказались непонятными и вернулись к значениям по умолчанию: { $fields }.
form-practice-steps-unreadable = Сохранённые шаги практики не удалось прочитать, поэтому они начинаются заново; старая копия сохранена отдельно на этом устройстве.
form-practice-log-unreadable = Сохранённый дневник не удалось прочитать, поэтому он начинается заново; старая копия сохранена отдельно на этом устройстве.
form-practice-entries-left-out = Несколько сохранённых отметок о практике оказались непонятными, их пропустили; всё остальное сохранено.
form-changed-elsewhere = Настройки только что изменили в другом окне игры; теперь здесь показаны они.
form-log-forgotten = Дневник и отметки о практике стёрты с этого устройства.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1,2 МБ"); $what and $holds are lists the
## page joins in the language («2 фото, 3 записи и настройки»), in the nominative; $date is a
## date already written.

form-page-photos = { $count ->
    [one] { $count } фото
    [few] { $count } фото
    [many] { $count } фото
   *[other] { $count } фото
}
form-page-recordings = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
form-page-the-settings = настройки
form-page-the-settings-for = настройки (ребёнок: { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Хранится на этом устройстве: { $what }.
form-page-kept-nothing = На этом устройстве пока ничего не хранится: игра здесь впервые или браузер очистил свои данные. Если вы сохраняли копию, восстановите её ниже.
form-page-kept-by-newer = Фото и записи в сохранности: ими пользуется более новая версия игры, открытая в другом окне. Закройте это окно и перейдите в то или перезагрузите это.
form-page-safe-unknown = Этот браузер не сообщает, будет ли он их хранить.
form-page-safe-persisted = Браузер согласился хранить их, пока вы сами их не удалите.
form-page-safe-home-screen = Этот браузер может удалить их, если сайт не открывали семь дней или на устройстве мало места. Чтобы их сберечь, добавьте игру на экран «Домой» («Поделиться» → «На экран „Домой“») и сохраните копию (ниже).
form-page-safe-best-effort = Браузер может удалить их, если на устройстве станет мало места. Когда вы здесь что-то сохраняете, игра просит браузер их хранить, но надёжнее всего — сохранённая копия (ниже).
form-page-room = Вместе с офлайн-копией игры этот сайт занимает { $size } из { $quota }, которые выделяет ему браузер.
form-page-newer-elsewhere = В другом окне открыта более новая версия игры. Закройте это окно и перейдите в то или перезагрузите это.
form-page-copy-not-ours = Этот файл — не копия из See You Soon. Здесь ничего не изменилось.
form-page-copy-damaged = Эта копия повреждена (обрезана или изменена после сохранения), поэтому она не использована. Здесь ничего не изменилось.
form-page-copy-too-large = Этот файл намного больше любой копии игры, поэтому его не открыли. Здесь ничего не изменилось.
form-page-copy-newer = Эта копия сделана более новой версией игры. Откройте игру один раз при подключении к интернету, чтобы она обновилась, и попробуйте снова. Здесь ничего не изменилось.
form-page-copy-saved = Копия сохранена ({ $size }), в ней: { $holds }. Храните файл в надёжном месте — например, в почте или в облаке, — чтобы восстановить всё на этом или другом устройстве.
form-page-copy-holds-nothing = пока ничего
form-page-copy-holds = В этой копии: { $holds }. Заменить ею то, что здесь, — или оставить то, что здесь, и добавить недостающее?
form-page-copy-made-holds = Эта копия сделана { $date }, в ней: { $holds }. Заменить ею то, что здесь, — или оставить то, что здесь, и добавить недостающее?
form-page-copy-full = Память этого устройства заполнена, поэтому копию не удалось восстановить. Освободите место (удалите старые видео или приложения) и попробуйте снова.
form-page-copy-not-brought-newer = Копия здесь не восстановлена.
form-page-copy-refused = Этот браузер не дал сохранить копию (режим инкогнито или для этого сайта отключено хранение данных).
form-page-copy-partly = Возможно, часть данных уже успела записаться: посмотрите на фото и записи выше или восстановите копию ещё раз.
form-page-copy-before-kept = Всё, что было здесь раньше, осталось на месте.
form-page-copy-brought-back = Восстановлено: { $holds }. Через мгновение игра начнётся заново уже с ними.
form-page-copy-cannot-make = Не удалось сделать копию: этот браузер не дал прочитать то, что он здесь хранит.
form-page-nothing-changed = Ничего не изменилось.
form-page-photo-kept-size = Хранится на этом устройстве ({ $size }).
form-page-photo-kept-shown = Хранится на этом устройстве ({ $size }). Игра показывает это фото везде, где появляется этот взрослый.
form-page-photo-none = Фото нет: игра показывает картинку, выбранную выше.
form-page-photo-none-child = Фото нет: игра, как обычно, показывает нарисованного ребёнка.
form-page-photo-not-a-photo = Этот файл — не фото. Выберите снимок (JPEG, PNG или WebP — такие дают камера и галерея).
form-page-photo-heic = Этот браузер не умеет открывать фото в формате HEIC. На iPhone включите: Настройки → Камера → Форматы → Наиболее совместимый — или снова выберите фото из «Фото».
form-page-photo-cannot-open = Этот файл не открывается как картинка. Попробуйте другое фото.
form-page-photo-too-large = Этот файл слишком большой, чтобы открыть его здесь ({ $size }). Выберите фото поменьше.
form-page-photo-stays = Сохранённое раньше фото остаётся.
form-page-photo-opening = Открываем фото…
form-page-photo-very-small = Фото очень маленькое, в игре оно будет размытым. Оставьте его или выберите побольше.
form-page-photo-wide = Широкое фото: перетащите его, чтобы лицо оказалось в круге, и нажмите «Оставить это фото».
form-page-photo-frame = Перетащите фото, чтобы лицо оказалось в круге; чтобы увеличить, разведите пальцы или передвиньте ползунок. Потом нажмите «Оставить это фото».
form-page-photo-none-chosen = Фото не снято и не выбрано, поэтому ничего не изменилось.
form-page-photo-not-changed = Без изменений: сохранённое раньше фото остаётся.
form-page-photo-none-kept = Сохранённого фото нет.
form-page-photo-deleted = Удалено с этого устройства. Игра показывает картинку, выбранную выше.
form-page-change-refused = Не получилось: возможно, этот браузер не позволяет менять то, что он здесь хранит.
form-page-photo-full = Память этого устройства заполнена, поэтому фото не сохранено. Освободите место (удалите старые видео или приложения) и попробуйте снова.
form-page-photo-newer = Фото здесь не сохранено.
form-page-photo-refused = Этот браузер не дал сохранить фото (режим инкогнито или для этого сайта отключено хранение данных).
form-page-recording-full = Память этого устройства заполнена, поэтому запись не сохранена. Освободите место (удалите старые видео или приложения) и попробуйте снова.
form-page-recording-newer = Запись здесь не сохранена.
form-page-recording-refused = Этот браузер не дал сохранить запись (режим инкогнито или для этого сайта отключено хранение данных).
form-page-voice-meanwhile = Пока эту фразу произносит голос игры.
form-page-voice-count = (записано { $count } из { $total })
form-page-voice-cannot-record = В этом браузере здесь нельзя записывать. Фразу произнесёт голос игры.
form-page-voice-mic-refused = Доступ к микрофону не разрешён. Фразу произнесёт голос игры.
form-page-voice-change-refused = Не получилось: возможно, этот браузер не позволяет здесь менять записи.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines (the skin tones as Russian emoji
## names read them).

form-look-person = { $figure }, { $tone }
form-look-fox = Лиса
form-look-woman = Женщина
form-look-man = Мужчина
form-look-older-woman = Пожилая женщина
form-look-older-man = Пожилой мужчина
form-tone-light = очень светлый тон кожи
form-tone-medium-light = светлый тон кожи
form-tone-medium = средний тон кожи
form-tone-medium-dark = тёмный тон кожи
form-tone-dark = очень тёмный тон кожи

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "я" is the grown-up).

form-rung-next-room = Минута в соседней комнате: дверь открыта, разговариваем
form-rung-next-room-longer = Пять минут в соседней комнате
form-rung-out-briefly = Уйти на десять минут, ребёнок — со знакомым взрослым
form-rung-grandparent = С бабушкой или дедушкой, пока я хожу в магазин
form-rung-friends-house = Час в гостях у друзей без меня
form-rung-nursery = Утро в садике
form-practice-not-kept = Шаги практики не удалось сохранить в этом браузере: они останутся только до закрытия страницы.

## The printable pages, printed by the family for themselves and for the child's nursery (садик).
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("после сна"): it completes "Я вернусь …"; $reunion is the
## family's own reunion line, as typed; $time is a pick-up time as typed ("15:00"); $days is a
## list of weekdays already joined ("Понедельник, вторник и пятница"); $day is a weekday; $meanwhile
## is what the child does meanwhile, as typed (imperfective infinitives), completing "будет …".
## Names stay in the nominative: as a label after a colon, as a subject, or addressed.

form-print-card-page = { $child }: как мы прощаемся. Карточка для воспитателя или няни
form-print-card-title = { $child }: как мы прощаемся
form-print-card-for = Для воспитателя или няни. Ребёнок: { $child }. От кого: { $grownup }. Мы каждый раз прощаемся одинаково — пожалуйста, помогите нам сохранить этот ритуал.
form-print-card-our-goodbye = Каждый раз мы прощаемся так
form-print-card-see-you-soon = «Скоро увидимся!»
form-print-card-short-and-warm = Коротко и тепло: мы никогда не уходим тайком.
form-print-card-promise = Обещание
form-print-card-promise-said = «Я вернусь { $promise }. { $reunion }»
form-print-card-remind = Пожалуйста, напоминайте: «{ $child }, { $grownup } вернётся { $promise }».
form-print-card-pick-up-time = Когда забирают: { $time }.
form-print-card-picks-up = { $days }: забирает { $who }.
form-print-card-while-away = Пока { $grownup } не вернётся
form-print-card-meanwhile = { $child } будет { $meanwhile }. Пожалуйста, рассказывайте, что будет дальше: так { $child } спокойнее ждёт.
form-print-card-love = Наша ниточка любви
form-print-card-love-how = Каждое утро { $child } и { $grownup } рисуют друг другу сердечко на ладошке. Когда { $child } нажимает на своё сердечко, { $grownup } чувствует любовь и шлёт её в ответ. Если { $child } скучает, нажмите на сердечко вместе и скажите:
form-print-card-love-said = «Ой, чувствуешь? Кажется, это { $grownup } шлёт тебе любовь!»
form-print-chain-title = { $child }: сколько ещё поспать
form-print-chain-how = { $count ->
    [one] Ещё разок поспим
    [few] Ещё { $count } раза поспим
    [many] Ещё { $count } раз поспим
   *[other] Ещё { $count } раза поспим
} — и будет домашний день. Вырежьте полоски, склейте из них цепочку и каждый вечер перед сном снимайте по одному звену: когда останется только домик, настанет домашний день.
form-print-chain-no-home-day = В календаре недели пока нет домашнего дня: выберите его в разделе для взрослых («Календарь недели») и распечатайте эту страницу снова.
form-print-chain-link = { $count ->
    [one] Ещё { $count } раз поспать
    [few] Ещё { $count } раза поспать
    [many] Ещё { $count } раз поспать
   *[other] Ещё { $count } раза поспать
}
form-print-chain-last = Домашний день! С тобой { $grownup }! ({ $day })
form-print-week-title = { $child }: моя неделя
form-print-week-key = Домик — домашний день; садик — день в садике, а рядом — кто заберёт.
form-print-week-school = Садик. Заберёт тебя { $who }.
form-print-week-home = Домашний день!
form-print-love-title = { $child }: ниточка любви
form-print-love-how = Обведите сердечки на ладошках: { $child } и { $grownup }. Нажмите на своё сердечко — и другой почувствует вашу любовь. Так можно весь день!
form-print-love-hand = Ладошка: { $who } — с сердечком, которое можно обвести
form-print-love-colour = { $grownup } всегда возвращается домой. Раскрась дорогу домой!
form-print-love-picture = Картинка для раскрашивания: взрослый идёт по дорожке домой и машет рукой, а ребёнок ждёт у двери.
