# See You Soon: every line the game says and shows, in Arabic (Modern Standard Arabic, picture-book register).
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm and short.
# Arabic verbs and adjectives agree with their subject's gender, and a typed name does not say
# whether it is Mama or Baba: so names stand in nominal sentences, after a preposition or after
# "يا", never as the subject of a verb or adjective. The child is addressed in the masculine-neutral form.
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as typed; $child the child's.

tap-to-start = المس الشاشة لنبدأ!
what-shall-we-play = ماذا نلعب اليوم؟
who-will-hide = من سيختبئ؟
all-done = انتهينا! حان وقت اللعب مع { $grownup }!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = بَخ!
card-journey = نرجع إلى البيت
card-my-turn = جاء دوري لأخرج!
card-calendar = أسبوعنا
card-morning = نتدرّب على التوديع

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck).

teddy = دبدوب
duck = بطوطة
peekaboo-here = { $who } هنا!
peekaboo-where = أين { $who }؟
peekaboo-watch-cups = انظر إلى { $who } جيدًا! إلى أين يا { $who }؟
peekaboo-peeking-out = انظر! لمحنا { $who }!
peekaboo-not-in-there = لا شيء هنا! أين { $who }؟
peekaboo-back = بَخ! { $who } هنا من جديد!
peekaboo-toy-found = وجدنا { $who }! بَخ!
peekaboo-bye-bye = مع السلامة يا { $who }! أراك قريبًا!

## The journey: the goodbye. $promise is the family's return anchor ("بعد القيلولة"): it completes "سأعود …".

ask-hug = احضن { $grownup } حضنًا كبيرًا!
ask-kiss = أعطِ { $grownup } قبلة!
ask-wave = لوّح بيدك وقل: مع السلامة يا { $grownup }!
hugged = حضن كبير!
kissed = مُواه! قبلة في كفّك، احفظها عندك!
waved = مع السلامة يا { $grownup }!
farewell = أراك قريبًا يا { $child }! سأعود { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } في العمل، قرب النافذة الكبيرة. وأنت يا { $child } ترسم رسمة من أجل { $grownup }.
away-foxes = { $grownup } في المرج، في رحلة لجمع التوت. وأنت يا { $child } ترسم رسمة من أجل { $grownup }.
paint-yellow = أصفر!
paint-blue = أزرق!
paint-green = أخضر!
paint-pink = وردي!
lovely = جميل جدًا!

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = حان وقت العودة إلى البيت! { $grownup } في الطريق إلى { $child }!
people-leaving = حان وقت خروج { $grownup } من العمل.
people-leaving-helped = مع السلامة يا عمل! { $grownup } في الطريق إلى البيت!
people-waiting = { $grownup } بانتظار الحافلة.
people-waiting-helped = ها هي الحافلة قادمة!
people-riding = { $grownup } في الحافلة!
people-riding-helped = الضوء أخضر! هيا ننطلق!
people-park = { $grownup } في الحديقة، خطوة خطوة.
people-park-helped = كواك! البطّات تقول: شكرًا!
people-street = { $grownup } في شارعنا!
people-street-helped = وردة لك يا { $child }!
people-door = { $grownup } عند الباب تقريبًا!
people-door-helped = قبلة طائرة منك إلى { $grownup }!
foxes-leaving = حان وقت خروج { $grownup } من المرج.
foxes-leaving-helped = توت للثعالب الصغيرة!
foxes-waiting = { $grownup } عند النهر الصغير.
foxes-waiting-helped = هوب، هوب، فوق الحجارة!
foxes-riding = { $grownup } في الغابة، بسرعة بسرعة!
foxes-riding-helped = هُو هُو! مرحبًا يا بومة!
foxes-park = { $grownup } عند جذع الشجرة الكبير.
foxes-park-helped = هيا، قفزة فوق الجذع!
foxes-street = { $grownup } على درب الفطر.
foxes-street-helped = وردة لك يا { $child }!
foxes-door = { $grownup } عند الجحر تقريبًا!
foxes-door-helped = قبلة طائرة منك إلى { $grownup }!
clock-at-the-heart = عندما يصل العقرب الكبير إلى القلب، يحين وقت وصول { $grownup } إلى البيت.

## The child's turn: the child goes to school (nursery, الروضة) and comes home to the grown-up.

child-farewell = أتمنى لك يومًا جميلًا في الروضة يا { $child }! سأكون هنا بانتظارك حين تعود.
away-child = أنت في الروضة يا { $child }، ترسم رسمة جميلة. { $grownup } في البيت بانتظارك.
child-clock-at-the-heart = عندما يصل العقرب الكبير إلى القلب، يحين وقت عودتك إلى البيت يا { $child }.
child-time-to-go-home = حان وقت العودة إلى البيت! { $child } في الطريق إلى { $grownup }!
child-leaving = حان وقت خروج { $child } من الروضة.
child-leaving-helped = مع السلامة يا روضة! { $child } في الطريق إلى البيت!
child-waiting = { $child } بانتظار الحافلة.
child-riding = { $child } في الحافلة!
child-park = { $child } في الحديقة، خطوة خطوة.
child-street = { $child } في شارعنا!
child-street-helped = وردة هدية إلى { $grownup }!
child-door = { $child } عند الباب تقريبًا!
child-is-home = ها أنت يا { $child }! يا لفرحة { $grownup } بعودتك إلى البيت!

## The reunion at the door.

who-is-at-the-door = طُق طُق! من الطارق؟
knock-knock = طُق، طُق!
its-the-grown-up = { $grownup } هنا! { $grownup } في البيت!
ask-welcome-hug = احضن { $grownup } حضنًا كبيرًا!
welcome-hugged = حضن كبير، أهلًا بالعودة!
beautiful-picture = يا لها من رسمة جميلة يا { $child }!
i-missed-you = اشتقت إليك يا { $child }!
see-you-next-time = أراك في المرة القادمة يا { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it ("ترسم، وتلعب مع أصدقائك"): it completes "سوف …".

morning-hug = حان وقت الوداع! أولًا، احضن { $grownup } حضنًا كبيرًا!
morning-promise = سأعود { $promise } يا { $child }. أنا أعود دائمًا.
morning-meanwhile = في غيابي، سوف { $meanwhile }.
morning-love = اضغط على القلب في يدك، فيصل حبك إلى { $grownup }!
morning-see-you-soon = أراك قريبًا يا { $child }! مع السلامة!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = قلب على يدك من { $grownup }: إنه رابط الحب بينكما! نقرة، نقرة، نقرة!
love-heart-drawn = قلب! اضغط عليه لترسل حبك إلى { $grownup }.
love-zapped = بززززز! وصل حبك إلى { $grownup }!
love-sent-back = حب يعود من { $grownup } إلى { $child }!
kiss-in-your-hand = مُواه! قبلة من { $grownup }. أحبك يا { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = اليوم يوم روضة. تعود إلى البيت مع { $who } { $promise }.
calendar-home-today = اليوم يوم في البيت، مع { $grownup }!
sleeps-until-home-day = { $count ->
    [one] ننام ليلة واحدة، ثم يأتي يوم البيت.
    [two] ننام ليلتين، ثم يأتي يوم البيت.
    [few] ننام { $count } ليالٍ، ثم يأتي يوم البيت.
   *[other] ننام { $count } ليلة، ثم يأتي يوم البيت.
}
sleeps-until-school-day = { $count ->
    [one] ننام ليلة واحدة، ثم يأتي يوم الروضة.
    [two] ننام ليلتين، ثم يأتي يوم الروضة.
    [few] ننام { $count } ليالٍ، ثم يأتي يوم الروضة.
   *[other] ننام { $count } ليلة، ثم يأتي يوم الروضة.
}
calendar-school-day = { $day } يوم روضة. تعود إلى البيت مع { $who }.
calendar-home-day = { $day } يوم في البيت.
monday = الاثنين
tuesday = الثلاثاء
wednesday = الأربعاء
thursday = الخميس
friday = الجمعة
saturday = السبت
sunday = الأحد
# Under each day of the week, on a small tile: Arabic calendars write the full name (CLDR abbreviated form).
monday-short = الاثنين
tuesday-short = الثلاثاء
wednesday-short = الأربعاء
thursday-short = الخميس
friday-short = الجمعة
saturday-short = السبت
sunday-short = الأحد

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("بَخ! ماما هنا من جديد!" is recorded as "بَخ!").

own-peekaboo-back = بَخ!
own-time-to-go-home = أنا في طريقي إلى البيت!
own-its-the-grown-up = أنا هنا! وصلت إلى البيت!
own-kiss-in-your-hand = مُواه! أحبك!
own-love-sent-back = وأنا أيضًا أحبك يا { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = أهلك
spoken-child = صغيري

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = للأهل
gate-key-in = للأهل: اكتبوا الرقم
gate-locked = تُقفَل منطقة الأهل دقيقة واحدة بعد ثلاث إجابات خاطئة. حاولوا مرة أخرى بعد { $count } ثانية.

## The return anchors a parent picks from; each completes "سأعود …" (farewell,
## morning-promise) and "تعود إلى البيت مع … …" (calendar-school-today).

anchor-after-nap = بعد القيلولة
anchor-after-snack = بعد الوجبة الخفيفة
anchor-after-lunch = بعد الغداء

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "في غيابي، سوف …" (morning-meanwhile).

default-meanwhile = ترسم، وتلعب مع أصدقائك، وتأكل شيئًا لذيذًا
default-reunion-line = أنا أعود إليك دائمًا
default-child-name = آدم
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = ماما, بابا, تيتا, جدو, أمي, أبي

## The parent area's settings form, read by the grown-up (adult words, short). A line that
## names something in the game keeps the game's words for it.

form-how-to-use = طريقة استخدام See You Soon
form-guide-together = العبوا معًا أولًا وطفلكم في حضنكم؛ ولاحقًا يمكنه أن يلعب وحده وأنتم قريبون منه.
form-guide-ends-itself = دعوا الجلسة تنتهي وحدها: فهي تنتهي دائمًا بعودة من غاب.
form-guide-same-goodbye = ودّعوا طفلكم عند الباب الحقيقي كما في اللعبة (خطة التوديع أدناه)، وقولوا له متى تعودون، ثم عودوا إليه بدفء.
form-guide-off-screen = التدرّب الحقيقي بعيدًا عن الشاشة: فترات ابتعاد قصيرة تطول شيئًا فشيئًا، خطوة خطوة.
form-this-page = في هذه الصفحة
form-link-plan = خطة التوديع
form-link-practice = التدرّب
form-link-print = أوراق للطباعة
form-link-log = سجلّكم الخاص
form-names = الأسماء
form-child-name = اسم طفلكم
form-names-hint = بأي لغة، ومع الرموز التعبيرية أيضًا. تظهر الأسماء على الشاشة كما كُتبت، ولا يقرأ الصوت الرموز التعبيرية.
form-called = بماذا يناديكم طفلكم
form-someone-else = شخص آخر (اكتبوا الاسم أدناه)
form-or-type-it = أو اكتبوه
form-or-type-it-example = مثلًا: ستّي، خالتو، عمّو
form-your-picture = صورتكم
form-going-away-today = خارج البيت اليوم
form-photo-hint = الصورة تُظهر هذا الشخص بوجهه الحقيقي: في لعبة «بَخ!»، وفي صور رحلة العودة إلى البيت، وعلى التقويم. وتبقى على هذا الجهاز.
form-child-photo-hint = ويمكنكم أيضًا إضافة صورة لطفلكم: تظهر في اللعبة حين يكون الطفل هو العائد إلى البيت، وعلى الحائط حيث يعمل الكبير. وتبقى على هذا الجهاز.
form-take-photo = التقاط صورة
form-choose-photo = اختيار صورة
form-delete-photo = حذف الصورة
form-photo-framer = الصورة: اسحبوها ليكون الوجه داخل الدائرة
form-photo-size = الحجم
form-keep-photo = استخدام هذه الصورة
form-cancel = إلغاء
form-more-grown-ups = حتى ثلاثة أشخاص آخرين يعودون إلى طفلكم: أحد الوالدين، أو جدّ أو جدّة، أو مربّية. ومن يغيب اليوم هو من تُظهره الألعاب وتذكر اسمه.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = الشخص رقم { $count } (اختياري)
form-name = الاسم
form-leave-empty = اتركوه فارغًا إن لم يكن هناك أحد
form-plan = خطتكم للتوديع
form-plan-hint = ودّعوا طفلكم بالطريقة نفسها كل مرة، عند الباب الحقيقي وفي اللعبة: رحلة العودة تعرض الوداع بهذا الترتيب، وبطاقة الروضة تطبعه.
form-ritual-first = أولًا
form-ritual-then = ثم
form-ritual-last = وأخيرًا: «أراك قريبًا!»
form-goodbye-hug = حضن كبير
form-goodbye-kiss = قبلة في الكفّ يحتفظ بها
form-goodbye-wave = تلويحة عند الباب
form-back-when = «سأعود…»
form-own-words-choice = بكلماتي:
form-own-words = كلماتكم
form-own-words-example = مثلًا: بعد اللعب في الحديقة
form-reunion-line = ما تقولونه عند عودتكم
form-meanwhile = ما سيفعله طفلكم في غيابكم: «سوف…»
form-meanwhile-example = مثلًا: ترسم، وتلعب، وتأكل وجبة خفيفة
form-pick-up-time = موعد العودة من الروضة، لبطاقة الروضة (اختياري)
form-pick-up-time-example = مثلًا: الثالثة عصرًا
form-how-long = مدة اللعب
form-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
form-journey = رحلة العودة إلى البيت
form-journey-people = أشخاص
form-journey-foxes = عائلة الثعالب
form-week = تقويم الأسبوع
form-week-hint = يعرض تقويم طفلكم كل يوم روضةً أو بيتًا، ويقول مع من يعود إلى البيت، وكم ليلة ينام حتى يأتي يوم البيت. «معكم» تعني الاسم الأول أعلاه؛ واليوم المتروك لشخص بلا اسم يكون معكم.
form-you-pick-up = يوم روضة: العودة معكم
# $who is the name of another grown-up.
form-who-picks-up = يوم روضة: العودة مع { $who }
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = الشخص رقم { $count }
form-home-day = يوم في البيت
form-sound-and-motion = الصوت والحركة
form-voice = الراوي
form-sound-effects = المؤثرات الصوتية
form-music = الموسيقى
form-language = لغة اللعبة
form-device-language = لغة هذا الجهاز
form-game-voice = صوت اللعبة
form-warm-voice = دعوا اللعبة تختار صوتًا دافئًا
form-not-on-device = غير موجود على هذا الجهاز
form-no-voice = لا يوجد على هذا الجهاز صوت لهذه اللغة: تعرض اللعبة جملها في الفقاعة، وتُسمِع الجمل التي تسجّلونها أدناه بأصواتكم.
form-motion-device = مثل إعداد هذا الجهاز
form-motion-less = حركة أقل
form-motion-full = حركة كاملة
form-kept = محفوظ على هذا الجهاز
form-kept-hint = تبقى الصور والتسجيلات والإعدادات على هذا الجهاز، ولا تُرسَل إلى أي مكان أبدًا.
form-copy-hint = نسخة في ملف تحفظها إن مسح هذا المتصفح ما يخزّنه، وتنقلها إلى جهاز جديد.
form-save-copy = حفظ نسخة
form-bring-back-copy = استعادة نسخة
form-replace = استبدال ما هنا
form-merge = الإبقاء على ما هنا وإضافة الناقص
form-save = حفظ
form-back-to-game = العودة إلى اللعبة

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = التدرّب بعيدًا عن الشاشة
form-practice-hint = أكثر ما يساعد يحدث عند الباب الحقيقي: فترات ابتعاد قصيرة ومتوقَّعة تطول شيئًا فشيئًا. كرّروا كل خطوة بضع مرات، وضعوا علامة في كل مرة، وانتقلوا إلى الخطوة التالية حين تصبح سهلة مرتين.
form-practice-in-game-label = في اللعبة
form-practice-in-game = في لعبة «بَخ!» يدوم الاختباء الآن { $seconds } ثانية، ويطول وحده من { $start } إلى { $ceiling } ثانية مع نجاح { $child } في العثور على من يختبئ.
form-practice-at-door-label = عند الباب الحقيقي
form-practice-step-of = الخطوة { $step } من { $steps }: «{ $what }»
form-practice-no-steps = لا خطوات بعد
form-practising-now = نتدرّب عليها الآن
form-practise-this-one = التدرّب على هذه الخطوة
form-ticks-not-yet = لم تُجرَّب بعد
form-ticks-times = { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
form-ticks-hard = صعب ({ $count })
form-ticks-okay = لا بأس ({ $count })
form-ticks-easy = سهل ({ $count })
form-felt-hard = صعب
form-felt-okay = لا بأس
form-felt-easy = سهل
form-how-did-it-go = جرّبتم «{ $what }» اليوم. كيف جرى الأمر؟
form-untick = التراجع عن آخر علامة
form-step-number = الخطوة { $step }
form-add-step = أضيفوا خطوة
form-empty-takes-out = إن تركتموها فارغة تُحذف
form-change-steps = تغيير الخطوات
form-keep-steps = حفظ هذه الخطوات
form-advice-first-step = أضيفوا خطوة أولى صغيرة: دقيقة في الغرفة المجاورة بداية جيدة.
form-advice-begin = جرّبوا «{ $what }» بضع مرات، وضعوا علامة في كل مرة.
form-advice-stay = ابقوا على هذه الخطوة حتى تصبح سهلة مرتين متتاليتين.
form-advice-move-up = سهلة مرتين متتاليتين: حين تكونون مستعدين أنتم وطفلكم، انتقلوا إلى «{ $what }».
form-advice-climbed = الخطوة الأخيرة سهلة مرتين: صعدتم السلّم كله! أضيفوا خطوة أكبر متى سنحت الفرصة.
form-advice-go-back = يومان صعبان: عودوا إلى «{ $what }» بضعة أيام. الرجوع خطوة إلى الوراء جزء من الطريق، وليس فشلًا.
form-advice-smaller = يومان صعبان: صغّروا هذه الخطوة بعض الوقت (أقصر أو أقرب)، وعودوا إلى طفلكم بدفء في كل مرة.
form-print-title = أوراق للطباعة
form-print-hint = كل منها صفحة واحدة بمقاس A4 أو US Letter، فيها أسماء عائلتكم وصورها. اطبعوها، أو اختاروا «الحفظ بتنسيق PDF» في نافذة الطباعة؛ يعمل ذلك دون إنترنت.
form-print-card = بطاقة للروضة أو للمربّية
form-print-chain = سلسلة ورقية نعدّ بها الليالي
form-print-week = تقويم الأسبوع
form-print-love = قلب نرسم فوق خطّه، ورحلة العودة للتلوين
form-print-preview = معاينة الطباعة
form-print-now = طباعة هذه الصفحة
form-log-title = سجلّكم الخاص
form-log-hint = لكم وحدكم: يُحفظ على هذا الجهاز فقط، ولا يُعرض على طفلكم أبدًا. الأيام السهلة والصعبة كلها طبيعية، ولا شيء هنا عليكم أن تواظبوا عليه.
form-log-played = { $count ->
    [0] لم تُلعَب أي جلسة بعد.
    [zero] لم تُلعَب أي جلسة بعد.
    [one] جلسة واحدة في المجموع.
    [two] جلستان في المجموع.
    [few] { $count } جلسات في المجموع.
    [many] { $count } جلسة في المجموع.
   *[other] { $count } جلسة في المجموع.
}
form-log-first = كانت الأولى يوم { $date }.
form-log-key-sessions = الجلسات في الأسبوع
form-log-key-hide = مدة الاختباء في «بَخ!» (حتى { $ceiling } ث)
form-log-key-practice = التدرّب الحقيقي:
form-log-week-by-week = أسبوعًا بأسبوع
form-log-week-of = بداية الأسبوع
form-log-sessions = الجلسات
form-log-peekaboo-hide = الاختباء في «بَخ!»
form-log-real-practice = التدرّب الحقيقي
form-log-hide-seconds = { $seconds } ث
form-log-forget-all = محو كل هذا
form-log-forget-note = يحذف هذا السجلَّ وعلامات التدرّب من هذا الجهاز. أما خطوات التدرّب والإعدادات والصور والتسجيلات فتبقى.
form-log-forget = محو السجلّ والعلامات

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = أصواتكم
form-own-voices-hint = يمكن لكلّ واحد منكم أن يسجّل الجمل التي يقولها، بصوته وبلغته، فتُسمِعها اللعبة بدل صوتها. لا شيء إلزامي: ابدؤوا بالجمل الثلاث الأولى. تبقى التسجيلات على هذا الجهاز.
form-voice-of = صوت { $who }
form-start-with-these = ابدؤوا بهذه
form-heard-peekaboo = لعبة «بَخ!»
form-heard-goodbye = الوداع
form-heard-way-home = الطريق إلى البيت
form-heard-homecoming = في البيت من جديد
form-heard-morning = وداع الصباح
form-heard-hands = يدا طفلكم
form-record = تسجيل
form-listen = استماع
form-keep = استخدام
form-delete = حذف
form-stop = إيقاف
form-voice-recording = جارٍ التسجيل… اضغطوا «إيقاف» عند الانتهاء.
form-voice-new = تسجيل جديد: استمعوا إليه، ثم استخدموه أو احذفوه.
form-voice-kept = محفوظ على هذا الجهاز. تستخدم اللعبة صوتكم لهذه الجملة.
form-voice-none = غير مسجّلة: يقولها صوت اللعبة.

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = تم الحفظ: ستقول اللعبة «{ $child }» و«{ $grownup }»، ومدة اللعب { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
form-saved-for-now = تم التغيير مؤقتًا: ستقول اللعبة «{ $child }» و«{ $grownup }»، ومدة اللعب { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. لكن تعذّر الحفظ في هذا المتصفح.
form-field-child = اسم طفلكم
form-field-grown-up = اسمكم
form-field-other-grown-up = اسم الشخص رقم { $number }
form-note-name-empty = خانة { $field } كانت فارغة، لذا ستقول اللعبة «{ $name }».
form-note-name-shortened = اختُصر { $field } إلى «{ $name }» (الحد الأقصى للحروف: { $limit }).
form-note-voice-cannot-say = { $field }: تعرض الشاشة «{ $name }»؛ ولأن الصوت لا يقرأ الرموز التعبيرية، يقول «{ $said }» بدلًا منها.
form-note-voice-says = { $field }: تعرض الشاشة «{ $name }»، ويقول الصوت «{ $said }» (الرموز التعبيرية تظهر ولا تُقرأ).
form-note-away-today-unnamed = اخترتم لـ«خارج البيت اليوم» شخصًا بلا اسم، لذا سيكون الخارج اليوم صاحبَ الاسم الأول أعلاه.
form-note-anchor-empty = لم يُكتب شيء بعد «سأعود…»، لذا ستقول اللعبة «{ $promise }».
form-note-goodbye-order-kept = يحتاج الوداع إلى الحضن والقبلة والتلويحة، كلٌّ منها مرة واحدة، لذا بقي ترتيبه كما كان.
form-taken-out-photo = مع إزالة { $name }، حذفت اللعبة أيضًا صورة هذا الشخص من هذا الجهاز.
form-taken-out-recordings = مع إزالة { $name }، حذفت اللعبة أيضًا من هذا الجهاز { $count ->
    [zero] تسجيلات هذا الشخص
    [one] تسجيل هذا الشخص
    [two] تسجيلَين لهذا الشخص
    [few] { $count } تسجيلات لهذا الشخص
    [many] { $count } تسجيلًا لهذا الشخص
   *[other] { $count } تسجيل لهذا الشخص
}.
form-taken-out-photo-and-recordings = مع إزالة { $name }، حذفت اللعبة أيضًا من هذا الجهاز صورة هذا الشخص و{ $count ->
    [zero] تسجيلاته
    [one] تسجيله
    [two] تسجيلَين له
    [few] { $count } تسجيلات له
    [many] { $count } تسجيلًا له
   *[other] { $count } تسجيل له
}.
form-storage-unavailable = لا يسمح هذا المتصفح للعبة بحفظ الإعدادات (التصفح الخاص، أو التخزين متوقف). تعمل تغييراتكم حتى تُغلَق الصفحة، لكنها لن تُحفظ.
form-storage-full = مساحة التخزين في هذا المتصفح ممتلئة، لذا تعمل تغييراتكم الآن، لكنها لن تبقى بعد إغلاق الصفحة.
form-read-unreadable = تعذّرت قراءة الإعدادات المحفوظة، لذا بدأت اللعبة بإعداداتها الافتراضية.
form-read-too-large = الإعدادات المحفوظة أكبر بكثير ({ $bytes } بايت) من أن تكون إعدادات هذه اللعبة، لذا بدأت اللعبة بإعداداتها الافتراضية.
form-read-newer = حُفظت الإعدادات بإصدار أحدث من اللعبة (التنسيق { $version })؛ وبقي كل ما يفهمه هذا الإصدار.
form-read-fields-reset = لم تكن بعض الإعدادات المحفوظة منطقية، فعادت إلى قيمها الافتراضية: { $fields }.
form-practice-steps-unreadable = تعذّرت قراءة خطوات التدرّب المحفوظة، فبدأت من جديد؛ والنسخة القديمة محفوظة جانبًا على هذا الجهاز.
form-practice-log-unreadable = تعذّرت قراءة السجلّ المحفوظ، فبدأ من جديد؛ والنسخة القديمة محفوظة جانبًا على هذا الجهاز.
form-practice-entries-left-out = بضعة إدخالات محفوظة من التدرّب لم تكن منطقية، فتُركت جانبًا؛ وبقي كل ما عداها.
form-changed-elsewhere = تغيّرت الإعدادات للتوّ في نافذة أخرى للعبة؛ وهذه الصفحة تعرضها الآن.
form-log-forgotten = مُحي سجلّكم الخاص وعلامات التدرّب من هذا الجهاز.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1.2 MB"); $what and $holds are lists the
## page joins in the language (“صورتان والإعدادات”); $date is a date already written.

form-page-photos = { $count ->
    [zero] { $count } صورة
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}
form-page-recordings = { $count ->
    [zero] { $count } تسجيل
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
form-page-the-settings = الإعدادات
form-page-the-settings-for = إعدادات { $child }
form-page-sized = { $what } ({ $size })
form-page-kept = محفوظ على هذا الجهاز: { $what }.
form-page-kept-nothing = لا شيء محفوظ على هذا الجهاز بعد: إما أن اللعبة جديدة عليه، وإما أن المتصفح مسح ما كان يحفظه. إن كنتم قد حفظتم نسخة، فاستعيدوها أدناه.
form-page-kept-by-newer = الصور والتسجيلات في أمان مع الإصدار الأحدث من اللعبة المفتوح في نافذة أخرى. أغلقوا هذه النافذة واستخدموا تلك، أو أعيدوا تحميل هذه.
form-page-safe-unknown = لا يوضّح هذا المتصفح هل يحتفظ بها أم لا.
form-page-safe-persisted = وافق المتصفح على الاحتفاظ بها حتى تحذفوها بأنفسكم.
form-page-safe-home-screen = قد يحذفها هذا المتصفح إن مرّت سبعة أيام دون زيارة، أو إن ضاقت مساحة الجهاز. أضيفوا اللعبة إلى الشاشة الرئيسية («مشاركة»، ثم «إضافة إلى الشاشة الرئيسية») لتبقى في أمان، واحفظوا نسخة (أدناه).
form-page-safe-best-effort = قد يحذفها المتصفح إن ضاقت مساحة الجهاز. تطلب منه اللعبة الاحتفاظ بها كلما حفظتم شيئًا هنا؛ لكن النسخة المحفوظة (أدناه) هي الطريقة المضمونة.
form-page-room = مع نسخة اللعبة التي تعمل دون إنترنت، يستخدم هذا الموقع { $size } من أصل { $quota } يتيحها له المتصفح.
form-page-newer-elsewhere = إصدار أحدث من اللعبة مفتوح في نافذة أخرى. أغلقوا هذه النافذة واستخدموا تلك، أو أعيدوا تحميل هذه.
form-page-copy-not-ours = هذا الملف ليس نسخة من لعبة See You Soon. لم يتغيّر شيء هنا.
form-page-copy-damaged = هذه النسخة تالفة (ناقصة، أو تغيّرت بعد حفظها)، لذا لم تُستخدم. لم يتغيّر شيء هنا.
form-page-copy-too-large = هذا الملف أكبر بكثير من أي نسخة للعبة، فلم يُفتح. لم يتغيّر شيء هنا.
form-page-copy-newer = حُفظت هذه النسخة بإصدار أحدث من اللعبة. افتحوا اللعبة مرة واحدة وأنتم متصلون بالإنترنت لتتحدّث، ثم حاولوا مرة أخرى. لم يتغيّر شيء هنا.
form-page-copy-saved = حُفظت نسخة ({ $size }) فيها { $holds }. احتفظوا بالملف في مكان آمن، مثل بريدكم الإلكتروني أو التخزين السحابي، لتستعيدوه على هذا الجهاز أو على جهاز آخر.
form-page-copy-holds-nothing = لا شيء بعد
form-page-copy-holds = في هذه النسخة { $holds }. هل تريدون أن تحلّ محلّ ما على هذا الجهاز، أم تُبقون على ما هنا وتضيفون الناقص فقط؟
form-page-copy-made-holds = حُفظت هذه النسخة يوم { $date }، وفيها { $holds }. هل تريدون أن تحلّ محلّ ما على هذا الجهاز، أم تُبقون على ما هنا وتضيفون الناقص فقط؟
form-page-copy-full = مساحة التخزين في هذا الجهاز ممتلئة، لذا تعذّرت استعادة النسخة. أفرغوا بعض المساحة (مقاطع فيديو أو تطبيقات قديمة)، ثم حاولوا مرة أخرى.
form-page-copy-not-brought-newer = لم تُستعَد النسخة هنا.
form-page-copy-refused = رفض هذا المتصفح تخزين النسخة (التصفح الخاص، أو التخزين متوقف لهذا الموقع).
form-page-copy-partly = ربما كُتب جزء منها؛ تحقّقوا من الصور والتسجيلات أعلاه، أو استعيدوا النسخة مرة أخرى.
form-page-copy-before-kept = ما كان هنا من قبل باقٍ كما هو.
form-page-copy-brought-back = تمت استعادة { $holds }. ستبدأ اللعبة من جديد بها بعد لحظات.
form-page-copy-cannot-make = تعذّر إنشاء النسخة: لم يسمح هذا المتصفح بقراءة ما يحفظه هنا.
form-page-nothing-changed = لم يتغيّر شيء.
form-page-photo-kept-size = محفوظة على هذا الجهاز ({ $size }).
form-page-photo-kept-shown = محفوظة على هذا الجهاز ({ $size }). تعرضها اللعبة أينما ظهر هذا الشخص.
form-page-photo-none = لا صورة: تعرض اللعبة الرسمة التي اخترتموها أعلاه.
form-page-photo-none-child = لا صورة: تعرض اللعبة رسمة طفلكم كالمعتاد.
form-page-photo-not-a-photo = هذا الملف ليس صورة. اختاروا صورة (بتنسيق JPEG أو PNG أو WebP، كما تحفظها الكاميرات ومعارض الصور).
form-page-photo-heic = لا يستطيع هذا المتصفح فتح صور HEIC. على iPhone، اختاروا الإعدادات ← الكاميرا ← التنسيقات ← الأكثر توافقًا، أو اختاروا الصورة مرة أخرى من تطبيق الصور.
form-page-photo-cannot-open = تعذّر فتح هذا الملف كصورة. جرّبوا صورة أخرى.
form-page-photo-too-large = هذا الملف أكبر من أن يُفتح هنا ({ $size }). اختاروا صورة أصغر.
form-page-photo-stays = تبقى الصورة المحفوظة من قبل.
form-page-photo-opening = جارٍ فتح الصورة…
form-page-photo-very-small = هذه الصورة صغيرة جدًا، لذا ستبدو مشوّشة في اللعبة. استخدموها، أو اختاروا صورة أكبر.
form-page-photo-wide = صورة عريضة: اسحبوها ليكون الوجه داخل الدائرة، ثم استخدموها.
form-page-photo-frame = اسحبوا الصورة ليكون الوجه داخل الدائرة، وكبّروها بإصبعين أو بشريط «الحجم». ثم استخدموها.
form-page-photo-none-chosen = لم تُلتقط صورة ولم تُختر، لذا لم يتغيّر شيء.
form-page-photo-not-changed = لم يتغيّر شيء: تبقى الصورة المحفوظة من قبل.
form-page-photo-none-kept = لا صورة محفوظة.
form-page-photo-deleted = حُذفت من هذا الجهاز. تعرض اللعبة الرسمة التي اخترتموها أعلاه.
form-page-change-refused = لم ينجح ذلك: ربما لا يسمح هذا المتصفح بتغيير ما يحفظه هنا.
form-page-photo-full = مساحة التخزين في هذا الجهاز ممتلئة، لذا لم تُحفظ الصورة. أفرغوا بعض المساحة (مقاطع فيديو أو تطبيقات قديمة)، ثم حاولوا مرة أخرى.
form-page-photo-newer = لم تُحفظ الصورة هنا.
form-page-photo-refused = رفض هذا المتصفح حفظ الصورة (التصفح الخاص، أو التخزين متوقف لهذا الموقع).
form-page-recording-full = مساحة التخزين في هذا الجهاز ممتلئة، لذا لم يُحفظ التسجيل. أفرغوا بعض المساحة (مقاطع فيديو أو تطبيقات قديمة)، ثم حاولوا مرة أخرى.
form-page-recording-newer = لم يُحفظ التسجيل هنا.
form-page-recording-refused = رفض هذا المتصفح حفظ التسجيل (التصفح الخاص، أو التخزين متوقف لهذا الموقع).
form-page-voice-meanwhile = وإلى ذلك الحين، يقول صوت اللعبة هذه الجملة.
form-page-voice-count = (المسجّل: { $count } من { $total })
form-page-voice-cannot-record = لا يستطيع هذا المتصفح التسجيل هنا. سيقول صوت اللعبة هذه الجملة.
form-page-voice-mic-refused = لم يُسمح باستخدام الميكروفون. سيقول صوت اللعبة هذه الجملة.
form-page-voice-change-refused = لم ينجح ذلك: ربما لا يسمح هذا المتصفح بتغيير التسجيلات هنا.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }، { $tone }
form-look-fox = الثعلب
form-look-woman = امرأة
form-look-man = رجل
form-look-older-woman = امرأة مسنّة
form-look-older-man = رجل مسنّ
form-tone-light = بشرة فاتحة
form-tone-medium-light = بشرة فاتحة إلى متوسطة
form-tone-medium = بشرة متوسطة
form-tone-medium-dark = بشرة متوسطة إلى داكنة
form-tone-dark = بشرة داكنة

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = دقيقة في الغرفة المجاورة، والباب مفتوح، وأنا أتكلّم
form-rung-next-room-longer = خمس دقائق في الغرفة المجاورة
form-rung-out-briefly = عشر دقائق خارج البيت، مع شخص يعرفه الطفل
form-rung-grandparent = مع الجدّة أو الجدّ بينما أذهب إلى المتجر
form-rung-friends-house = ساعة في بيت صديق، من دوني
form-rung-nursery = صباح في الروضة
form-practice-not-kept = تعذّر حفظ خطوات التدرّب في هذا المتصفح: ستبقى حتى تُغلق الصفحة فقط.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("بعد القيلولة"): it completes "سأعود …"; $reunion is the
## family's own reunion line, as typed; $time is a pick-up time as typed ("الثالثة عصرًا");
## $days is a list of weekdays already joined ("الاثنين والثلاثاء والجمعة"); $day is a weekday;
## $meanwhile is what the child does meanwhile, as typed, completing "سوف …" (morning-meanwhile).

form-print-card-page = وداع { $child }: بطاقة للروضة أو للمربّية
form-print-card-title = وداع { $child }
form-print-card-for = إلى معلّمي { $child } في الروضة، أو إلى المربّية، مع تحيّات { $grownup }. نودّع بالطريقة نفسها في كل مرة، فساعدونا رجاءً على الحفاظ عليها.
form-print-card-our-goodbye = وداعنا، في كل مرة
form-print-card-see-you-soon = «أراك قريبًا!»
form-print-card-short-and-warm = وداع قصير ودافئ: لا نخرج خِلسةً أبدًا.
form-print-card-promise = الوعد
form-print-card-promise-said = «سأعود { $promise }. { $reunion }»
form-print-card-remind = ذكّروا { $child } رجاءً بأن عودة { $grownup } ستكون { $promise }.
form-print-card-pick-up-time = موعد العودة من الروضة: { $time }.
form-print-card-picks-up = { $days }: العودة إلى البيت مع { $who }.
form-print-card-while-away = في غياب { $grownup }
form-print-card-meanwhile = نقول: «يا { $child }، سوف { $meanwhile }». وإخبار { $child } بما سيأتي بعد ذلك يساعد كثيرًا.
form-print-card-love = رابط الحب بيننا
form-print-card-love-how = كل صباح نرسم قلبًا على يد { $child } وقلبًا على يد { $grownup }. ضغطة على القلب توصل الحب إلى { $grownup }، فيعود حبٌّ من { $grownup } إلى { $child }. وفي لحظة الشوق إلينا، اضغطوا على القلب مع { $child } وقولوا:
form-print-card-love-said = «أوه! هل شعرت بذلك؟ أظن أن هذا حبٌّ وصلك للتوّ من { $grownup }!»
form-print-chain-title = سلسلة { $child } لعدّ الليالي
form-print-chain-how = { $count ->
    [zero] { $count } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $count } ليالٍ
    [many] { $count } ليلة
   *[other] { $count } ليلة
} حتى يوم البيت القادم. قصّوا الشرائط، وألصقوها حلقةً في حلقة لتصنعوا سلسلة، وانزعوا حلقة واحدة كل ليلة عند النوم: وحين لا يبقى إلا البيت، فقد جاء يوم البيت.
form-print-chain-no-home-day = لا يوجد في تقويم الأسبوع يوم في البيت بعد: اختاروا يومًا في تقويم الأسبوع في منطقة الأهل، ثم اطبعوا هذه الصفحة من جديد.
form-print-chain-link = { $count ->
    [zero] { $count } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $count } ليالٍ
    [many] { $count } ليلة
   *[other] { $count } ليلة
}
form-print-chain-last = يوم في البيت مع { $grownup }! ({ $day })
form-print-week-title = أسبوع { $child }
form-print-week-key = رسمة البيت: يوم في البيت؛ ورسمة المدرسة: يوم روضة، مع اسم من يأتي لاصطحاب الطفل.
form-print-week-school = روضة. تعود إلى البيت مع { $who }.
form-print-week-home = يوم في البيت!
form-print-love-title = رابط حبّ { $child }
form-print-love-how = ارسموا فوق خطّ القلب على يد { $child } وعلى يد { $grownup }. اضغطوا عليه لترسلوا الحب، فيصل إلى القلب الآخر، طوال اليوم.
form-print-love-hand = يد { $who } وعليها قلب نرسم فوق خطّه
form-print-love-colour = الطريق يعيد { $grownup } إلى البيت دائمًا. لوّن طريق العودة!
form-print-love-picture = صورة للتلوين: أحد الأهل يمشي على الدرب عائدًا إلى البيت ويلوّح بيده، والطفل ينتظر عند الباب.
