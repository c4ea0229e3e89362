# See You Soon: every line the game says and shows, in Simplified Chinese (Mandarin, mainland China).
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm, short, the way
# a parent talks to a three-year-old. Names are typed by the family in any script; put them
# where a name can stand as typed (nominative, no endings added to it).
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as the family typed it; $child the child's.

tap-to-start = 点一下，开始玩！
what-shall-we-play = 今天我们玩什么呀？
who-will-hide = 谁来躲起来呀？
all-done = 玩好啦——现在和{ $grownup }一起玩吧！

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = 躲猫猫！
card-journey = 回家啦
card-my-turn = 轮到我出门啦
card-calendar = 我们的一周
card-morning = 练习说再见

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck): keep it where a name can stand unchanged.

teddy = 小熊
duck = 小鸭子
peekaboo-here = { $who }在这儿！
peekaboo-where = { $who }在哪儿呢？
peekaboo-watch-cups = 看好{ $who }哦！{ $who }要去哪儿呢？
peekaboo-peeking-out = 快看！{ $who }探出头来啦！
peekaboo-not-in-there = 不在这儿！{ $who }在哪儿呢？
peekaboo-back = 喵！{ $who }回来啦！
peekaboo-toy-found = { $who }在这儿呢！喵！
peekaboo-bye-bye = 拜拜啦，{ $who }！一会儿见！

## The journey: the goodbye. $promise is the family's return anchor ("午睡以后", "吃完午饭"): it completes "…我就回来".

ask-hug = 给{ $grownup }一个大大的抱抱！
ask-kiss = 亲一亲{ $grownup }！
ask-wave = 跟{ $grownup }挥挥手，拜拜！
hugged = 大大的抱抱！
kissed = 啵！一个亲亲放在你手心里，收好哦！
waved = 拜拜，{ $grownup }！
farewell = 一会儿见，{ $child }！{ $promise }我就回来。

## While the grown-up is away: the child paints.

away-people = { $grownup }在上班，就在大窗户旁边。{ $child }在给{ $grownup }画画呢。
away-foxes = { $grownup }在草地上找浆果。{ $child }在给{ $grownup }画画呢。
paint-yellow = 黄色！
paint-blue = 蓝色！
paint-green = 绿色！
paint-pink = 粉色！
lovely = 真好看！

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = 该回家啦！{ $grownup }要回到{ $child }身边啦！
people-leaving = { $grownup }下班啦。
people-leaving-helped = 公司，拜拜！{ $grownup }要回家啦！
people-waiting = { $grownup }在等公交车。
people-waiting-helped = 公交车来啦！
people-riding = { $grownup }坐上公交车啦！
people-riding-helped = 绿灯亮啦！出发！
people-park = { $grownup }走在公园里。
people-park-helped = 嘎嘎！小鸭子说谢谢！
people-street = { $grownup }走到我们家这条街啦！
people-street-helped = 送给{ $child }一朵花！
people-door = { $grownup }快到家门口啦！
people-door-helped = 你给{ $grownup }送了一个飞吻！
foxes-leaving = { $grownup }离开草地啦。
foxes-leaving-helped = 给狐狸宝宝带浆果啦！
foxes-waiting = { $grownup }来到小溪边。
foxes-waiting-helped = 跳呀跳，踩着石头过小溪！
foxes-riding = { $grownup }在森林里跑呀跑！
foxes-riding-helped = 咕咕！猫头鹰，你好！
foxes-park = { $grownup }来到大木头旁边。
foxes-park-helped = 跳！跳过大木头！
foxes-street = { $grownup }走在蘑菇小路上。
foxes-street-helped = 送给{ $child }一朵花！
foxes-door = { $grownup }快到狐狸洞啦！
foxes-door-helped = 你给{ $grownup }送了一个飞吻！
clock-at-the-heart = 等长针走到爱心那儿，{ $grownup }就到家啦。

## The child's turn: the child goes to school and comes home to the grown-up.

child-farewell = 在幼儿园玩得开心哦，{ $child }！你回家的时候，我就在这儿等你。
away-child = { $child }在幼儿园画画呢。{ $grownup }在家里等着。
child-clock-at-the-heart = 等长针走到爱心那儿，{ $child }就回家啦。
child-time-to-go-home = 该回家啦！{ $child }要回到{ $grownup }身边啦！
child-leaving = { $child }放学啦。
child-leaving-helped = 幼儿园，拜拜！{ $child }要回家啦！
child-waiting = { $child }在等公交车。
child-riding = { $child }坐上公交车啦！
child-park = { $child }走在公园里。
child-street = { $child }走到我们家这条街啦！
child-street-helped = 送给{ $grownup }一朵花！
child-door = { $child }快到家门口啦！
child-is-home = 是{ $child }！你回家啦，{ $grownup }好开心呀！

## The reunion at the door.

who-is-at-the-door = 咚咚咚！是谁在敲门呀？
knock-knock = 咚咚咚！
its-the-grown-up = 是{ $grownup }！{ $grownup }回家啦！
ask-welcome-hug = 给{ $grownup }一个大大的抱抱！
welcome-hugged = 大大的抱抱，欢迎回家！
beautiful-picture = 画得真漂亮呀，{ $child }！
i-missed-you = 我好想你呀，{ $child }！
see-you-next-time = 下次见，{ $child }！

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it: it completes "你可以…".

morning-hug = 要说再见啦！先给{ $grownup }一个大大的抱抱！
morning-promise = { $child }，{ $promise }我就回来。我每次都会回来的。
morning-meanwhile = 我不在的时候，你可以{ $meanwhile }。
morning-love = 按一按你手上的爱心，{ $grownup }就能感觉到你的爱！
morning-see-you-soon = 一会儿见，{ $child }！拜拜！

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup }在你手上画了一颗爱心：这是你们的爱心连线！点，点，点！
love-heart-drawn = 一颗爱心！按一按，把爱送给{ $grownup }。
love-zapped = 滋滋滋！{ $grownup }感觉到你的爱啦！
love-sent-back = { $grownup }也把爱送回给{ $child }啦！
kiss-in-your-hand = 啵！这是{ $grownup }给你的亲亲。我爱你，{ $child }！

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = 今天要上幼儿园哦。{ $promise }，{ $who }来接你。
calendar-home-today = 今天和{ $grownup }一起在家！
sleeps-until-home-day = { $count ->
   *[other] 再睡{ $count }个晚上，就是在家的日子啦。
}
sleeps-until-school-day = { $count ->
   *[other] 再睡{ $count }个晚上，就是上幼儿园的日子啦。
}
calendar-school-day = { $day }要上幼儿园。{ $who }来接你。
calendar-home-day = { $day }在家。
monday = 星期一
tuesday = 星期二
wednesday = 星期三
thursday = 星期四
friday = 星期五
saturday = 星期六
sunday = 星期日
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = 周一
tuesday-short = 周二
wednesday-short = 周三
thursday-short = 周四
friday-short = 周五
saturday-short = 周六
sunday-short = 周日

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("喵！妈妈回来啦！" is recorded as "喵！").

own-peekaboo-back = 喵！
own-time-to-go-home = 我要回家啦！
own-its-the-grown-up = 是我！我回家啦！
own-kiss-in-your-hand = 啵！我爱你！
own-love-sent-back = 我也爱你，{ $child }！

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = 你的家人
spoken-child = 宝贝

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = 家长专区
gate-key-in = 家长专区：请输入
gate-locked = 连续答错三次后，家长专区会锁定一分钟。请在 { $count } 秒后再试。

## The return anchors a parent picks from; each completes "…我就回来" (farewell,
## morning-promise) and "…，某某来接你" (calendar-school-today).

anchor-after-nap = 午睡以后
anchor-after-snack = 吃完点心
anchor-after-lunch = 吃完午饭

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "我不在的时候，你可以…" (morning-meanwhile).

default-meanwhile = 画画、和小朋友一起玩，还可以吃点心
default-reunion-line = 我每次都会回到你身边
default-child-name = 乐乐
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = 妈妈, 爸爸, 奶奶, 爷爷, 姥姥, 姥爷

## The parent area's settings form, read by the grown-up (adult words, short). A line that
## names something in the game keeps the game's words for it.

form-how-to-use = See You Soon 使用方法
form-guide-together = 先一起玩，让孩子坐在您腿上；以后您在旁边陪着，孩子可以自己玩。
form-guide-ends-itself = 让每次游戏自己结束：家人回来了，游戏就结束。
form-guide-same-goodbye = 在真正的门口，用和游戏里一样的方式说再见（见下面的送园计划），告诉孩子您什么时候回来，回来时温暖地抱抱孩子。
form-guide-off-screen = 真正的练习在屏幕之外：从短短的分开开始，一步一步慢慢拉长。
form-this-page = 本页内容
form-link-plan = 送园计划
form-link-practice = 练习
form-link-print = 打印材料
form-link-log = 私人记录
form-names = 名字
form-child-name = 孩子的名字
form-names-hint = 任何语言、表情符号都可以。屏幕上的名字和您输入的一样；语音会跳过表情符号。
form-called = 孩子怎么称呼您
form-someone-else = 其他称呼（在下面输入）
form-or-type-it = 或者自己输入
form-or-type-it-example = 例如：外婆、小姨、阿姨
form-your-picture = 您的头像
form-going-away-today = 今天要出门
form-photo-hint = 有了照片，游戏里就是这位家人本人的样子：躲猫猫里、回家路上的头像里、日历上。照片只保存在这台设备上。
form-child-photo-hint = 也可以放一张孩子的照片：孩子自己回家时会显示，也会挂在家人上班地方的墙上。照片只保存在这台设备上。
form-take-photo = 拍照
form-choose-photo = 选择照片
form-delete-photo = 删除照片
form-photo-framer = 照片：拖动照片，把脸放进圆圈里
form-photo-size = 大小
form-keep-photo = 用这张照片
form-cancel = 取消
form-more-grown-ups = 最多还可以添加三位会回来的家人：爸爸妈妈、爷爷奶奶、保姆阿姨都可以。游戏里出现、叫到名字的，是今天要出门的那一位。
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = 家人 { $count }（选填）
form-name = 名字
form-leave-empty = 不需要就留空
form-plan = 您的送园计划
form-plan-hint = 每次都用同样的方式说再见，在真正的门口和在游戏里都一样：游戏会按这个顺序演一遍，给幼儿园的卡片上也会印出来。
form-ritual-first = 先
form-ritual-then = 然后
form-ritual-last = 最后说：“一会儿见！”
form-goodbye-hug = 一个大大的抱抱
form-goodbye-kiss = 在手心亲一下，让孩子收好
form-goodbye-wave = 在门口挥挥手
form-back-when = “……我就回来”
form-own-words-choice = 用我自己的话：
form-own-words = 您自己的话
form-own-words-example = 例如：在公园玩完以后
form-reunion-line = 回来时您会说的话
form-meanwhile = 您不在的时候，孩子可以……
form-meanwhile-example = 例如：画画、玩游戏、吃点心
form-pick-up-time = 接孩子的时间，印在幼儿园卡片上（选填）
form-pick-up-time-example = 例如：下午三点
form-how-long = 玩多久
form-minutes = { $count ->
   *[other] { $count } 分钟
}
form-journey = 回家的路
form-journey-people = 人物
form-journey-foxes = 狐狸一家
form-week = 一周日历
form-week-hint = 孩子的日历把每一天画成幼儿园或家，还会告诉孩子谁来接、再睡几个晚上就是在家的日子。“您”指上面填的第一个名字；某一天如果交给了还没填名字的家人，就算您来接。
form-you-pick-up = 上幼儿园：您来接
# $who is the name of another grown-up.
form-who-picks-up = 上幼儿园：{ $who }来接
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = 家人 { $count }
form-home-day = 在家的日子
form-sound-and-motion = 声音和动画
form-voice = 朗读
form-sound-effects = 音效
form-music = 音乐
form-language = 游戏语言
form-device-language = 本设备的语言
form-game-voice = 朗读的声音
form-warm-voice = 让游戏选一个温暖的声音
form-not-on-device = 本设备上没有
form-no-voice = 这台设备没有这种语言的语音：游戏会把台词显示在对话气泡里，您在下面录的句子会用您自己的声音播放。
form-motion-device = 跟随本设备设置
form-motion-less = 减少动画
form-motion-full = 完整动画
form-kept = 保存在本设备上
form-kept-hint = 照片、录音和设置都只保存在这台设备上，不会发送到任何地方。
form-copy-hint = 另存一份文件：万一浏览器清除了保存的内容，数据也不会丢；换新设备时也能带过去。
form-save-copy = 保存副本
form-bring-back-copy = 恢复副本
form-replace = 替换现有的内容
form-merge = 保留现有的内容，补上缺少的
form-save = 保存
form-back-to-game = 返回游戏

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = 屏幕之外的练习
form-practice-hint = 最有帮助的练习在真正的门口：短短的、可预期的分开，一点一点拉长。每一步做几次，每做一次就打个勾；连续两次都很轻松，就进入下一步。
form-practice-in-game-label = 游戏里
form-practice-in-game = 躲猫猫里，家人现在会躲 { $seconds } 秒。{ $child }每找到一次，躲的时间就会自己慢慢变长，从 { $start } 秒最多到 { $ceiling } 秒。
form-practice-at-door-label = 在真正的门口
form-practice-step-of = 第 { $step } 步（共 { $steps } 步）：“{ $what }”
form-practice-no-steps = 还没有步骤
form-practising-now = 正在练习
form-practise-this-one = 练习这一步
form-ticks-not-yet = 还没做过
form-ticks-times = { $count ->
   *[other] 共 { $count } 次
}
form-ticks-hard = 有点难 { $count } 次
form-ticks-okay = 还可以 { $count } 次
form-ticks-easy = 很轻松 { $count } 次
form-felt-hard = 有点难
form-felt-okay = 还可以
form-felt-easy = 很轻松
form-how-did-it-go = 今天练习了“{ $what }”。进行得怎么样？
form-untick = 撤销上一次打勾
form-step-number = 第 { $step } 步
form-add-step = 添加一步
form-empty-takes-out = 留空即删除这一步
form-change-steps = 修改步骤
form-keep-steps = 保存这些步骤
form-advice-first-step = 先加一个小小的第一步：在隔壁房间待一分钟，就是很好的开始。
form-advice-begin = 试着做几次“{ $what }”，每做一次就打个勾。
form-advice-stay = 先停在这一步，直到连续两次都很轻松。
form-advice-move-up = 已经连续两次都很轻松：等您和孩子都准备好了，就进入下一步“{ $what }”。
form-advice-climbed = 最后一步已经两次都很轻松：所有步骤都完成了！以后有更大的一步，随时可以加上。
form-advice-go-back = 连续两天都有点难：回到“{ $what }”练几天。退一步也是过程的一部分，不是失败。
form-advice-smaller = 连续两天都有点难：暂时把这一步变小一点（时间短一点，或者离得近一点），每次回来都温暖地抱抱孩子。
form-print-title = 打印材料
form-print-hint = 每份都是一页，适用于 A4 或 Letter 纸，印有您家人的名字和照片。可以直接打印，也可以在打印窗口里选“另存为 PDF”，不联网也能用。
form-print-card = 给幼儿园或保姆的卡片
form-print-chain = 倒数睡几个晚上的纸环链
form-print-week = 一周日历
form-print-love = 一颗描着画的爱心，一条涂色的回家路
form-print-preview = 打印预览
form-print-now = 打印这一页
form-log-title = 您的私人记录
form-log-hint = 只给您自己看：只保存在这台设备上，不会给孩子看到。有好有坏都很正常，也不用天天打卡。
form-log-played = { $count ->
    [0] 还没有玩过游戏。
   *[other] 总共玩了 { $count } 次游戏。
}
form-log-first = 第一次是在{ $date }。
form-log-key-sessions = 每周游戏次数
form-log-key-hide = 躲猫猫的躲藏时间（最多 { $ceiling } 秒）
form-log-key-practice = 真实练习：
form-log-week-by-week = 每周记录
form-log-week-of = 周起始日
form-log-sessions = 游戏次数
form-log-peekaboo-hide = 躲猫猫躲藏时间
form-log-real-practice = 真实练习
form-log-hide-seconds = { $seconds } 秒
form-log-forget-all = 清除这些记录
form-log-forget-note = 这会从这台设备上删除私人记录和练习的打勾。练习步骤、设置、照片和录音都会保留。
form-log-forget = 清除记录和打勾

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = 家人自己的声音
form-own-voices-hint = 每位家人都可以用自己的声音、自己的语言，录下自己要说的话；游戏会播放这些录音，代替它自己的朗读声音。不必都录：先从前三句开始。录音只保存在这台设备上。
form-voice-of = { $who }的声音
form-start-with-these = 先录这几句
form-heard-peekaboo = 躲猫猫
form-heard-goodbye = 说再见
form-heard-way-home = 回家的路
form-heard-homecoming = 到家了
form-heard-morning = 早上说再见
form-heard-hands = 孩子的小手
form-record = 录音
form-listen = 试听
form-keep = 使用
form-delete = 删除
form-stop = 停止
form-voice-recording = 正在录音……录完请点“停止”。
form-voice-new = 新录音：先试听，再选择使用或删除。
form-voice-kept = 已保存在本设备上。游戏会用您的声音说这句话。
form-voice-none = 还没录：这句由游戏的声音朗读。

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = 已保存：游戏里会叫“{ $child }”和“{ $grownup }”，每次玩 { $minutes } 分钟。
form-saved-for-now = 本次已生效：游戏里会叫“{ $child }”和“{ $grownup }”，每次玩 { $minutes } 分钟。不过，这个浏览器没能保存这些设置。
form-field-child = 孩子的名字
form-field-grown-up = 家人的名字
form-field-other-grown-up = 家人 { $number } 的名字
form-note-name-empty = { $field }是空的，所以游戏会用“{ $name }”。
form-note-name-shortened = { $field }最多 { $limit } 个字符，已缩短为“{ $name }”。
form-note-voice-cannot-say = { $field }：屏幕上显示“{ $name }”；语音读不出表情符号，所以会读“{ $said }”。
form-note-voice-says = { $field }：屏幕上显示“{ $name }”；语音会读“{ $said }”（表情符号只显示，不朗读）。
form-note-away-today-unnamed = 选为今天出门的家人没有填名字，所以今天出门的是第一位家人。
form-note-anchor-empty = “……我就回来”没有填写内容，所以游戏会用“{ $promise }”。
form-note-goodbye-order-kept = 说再见时，抱抱、亲亲和挥手各要有一次，所以顺序保持不变。
form-taken-out-photo = { $name }已移除，这位家人的照片也已从本设备上删除。
form-taken-out-recordings = { $name }已移除，这位家人的 { $count } 段录音也已从本设备上删除。
form-taken-out-photo-and-recordings = { $name }已移除，这位家人的照片和 { $count } 段录音也已从本设备上删除。
form-storage-unavailable = 这个浏览器不允许游戏保存设置（可能开启了无痕浏览，或关闭了存储）。您的更改在关闭页面之前有效，但不会被保存。
form-storage-full = 这个浏览器的存储空间已满：您的更改暂时有效，但关闭页面后不会保留。
form-read-unreadable = 无法读取已保存的设置，所以游戏使用默认设置启动。
form-read-too-large = 已保存的设置太大了（{ $bytes } 字节），不可能是本游戏的，所以游戏使用默认设置启动。
form-read-newer = 这些设置是由更新版本的游戏保存的（格式 { $version }）；当前版本能识别的内容都已保留。
form-read-fields-reset = 有些已保存的设置无效，已恢复为默认值：{ $fields }。
form-practice-steps-unreadable = 无法读取已保存的练习步骤，所以步骤重新开始；旧数据已另外保留在本设备上。
form-practice-log-unreadable = 无法读取已保存的私人记录，所以记录重新开始；旧数据已另外保留在本设备上。
form-practice-entries-left-out = 有几条已保存的练习记录无效，已略过；其余内容都已保留。
form-changed-elsewhere = 设置刚刚在游戏的另一个窗口里被修改了；这里现在显示的是新的设置。
form-log-forgotten = 本设备上的私人记录和练习打勾已清除。

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1.2 MB"); $what and $holds are lists the
## page joins in the language (“2 张照片和设置”); $date is a date already written.

form-page-photos = { $count } 张照片
form-page-recordings = { $count } 段录音
form-page-the-settings = 设置
form-page-the-settings-for = { $child }的设置
form-page-sized = { $what }（{ $size }）
form-page-kept = 本设备上已保存：{ $what }。
form-page-kept-nothing = 本设备上还没有保存任何内容：可能是第一次在这里玩，也可能是浏览器清除了保存的内容。如果您保存过副本，可以在下面恢复。
form-page-kept-by-newer = 照片和录音都安然无恙，正由另一个窗口里打开的新版游戏使用。请关闭这个窗口改用那个，或者重新加载这个窗口。
form-page-safe-unknown = 这个浏览器没有说明会不会一直保存它们。
form-page-safe-persisted = 浏览器已同意一直保存它们，直到您自己删除。
form-page-safe-home-screen = 如果七天没有打开，或者设备空间不足，这个浏览器可能会删除它们。把游戏添加到主屏幕（点“共享”，再点“添加到主屏幕”）可以保护它们；另外也请保存一份副本（见下方）。
form-page-safe-best-effort = 设备空间不足时，浏览器可能会删除它们。您在这里保存内容时，游戏会请浏览器保留它们；最稳妥的办法还是保存一份副本（见下方）。
form-page-room = 连同游戏的离线副本，本网站已使用 { $size }，浏览器允许的上限是 { $quota }。
form-page-newer-elsewhere = 另一个窗口里打开了更新版本的游戏。请关闭这个窗口改用那个，或者重新加载这个窗口。
form-page-copy-not-ours = 这个文件不是 See You Soon 保存的副本。这里没有任何改动。
form-page-copy-damaged = 这个副本已损坏（保存后被截断或修改过），所以没有使用。这里没有任何改动。
form-page-copy-too-large = 这个文件比任何游戏副本都大得多，所以没有打开。这里没有任何改动。
form-page-copy-newer = 这个副本是由更新版本的游戏保存的。请先联网打开一次游戏，让它更新，然后再试。这里没有任何改动。
form-page-copy-saved = 已保存副本（{ $size }），里面有：{ $holds }。请把文件放在安全的地方，比如发到自己的邮箱或存到网盘，以后就能在这台或另一台设备上恢复。
form-page-copy-holds-nothing = 暂时什么都没有
form-page-copy-holds = 这个副本里有：{ $holds }。要用它替换本设备上现有的内容，还是保留现有的内容，只补上缺少的？
form-page-copy-made-holds = 这个副本是{ $date }保存的，里面有：{ $holds }。要用它替换本设备上现有的内容，还是保留现有的内容，只补上缺少的？
form-page-copy-full = 这台设备的存储空间已满，无法恢复副本。请先清理一些空间（比如旧视频或不用的应用），然后再试。
form-page-copy-not-brought-newer = 副本没有在这里恢复。
form-page-copy-refused = 这个浏览器不允许存储副本（可能开启了无痕浏览，或这个网站的存储被关闭了）。
form-page-copy-partly = 可能已经写入了一部分：请看看上面的照片和录音，或者重新恢复一次副本。
form-page-copy-before-kept = 原来的内容都还保留着。
form-page-copy-brought-back = 已恢复：{ $holds }。游戏马上会带着这些内容重新开始。
form-page-copy-cannot-make = 无法制作副本：这个浏览器不允许读取它在这里保存的内容。
form-page-nothing-changed = 没有任何改动。
form-page-photo-kept-size = 已保存在本设备上（{ $size }）。
form-page-photo-kept-shown = 已保存在本设备上（{ $size }）。这位家人在游戏里出现的地方，都会显示这张照片。
form-page-photo-none = 没有照片：游戏会显示上面选的形象。
form-page-photo-none-child = 没有照片：游戏照常显示画出来的孩子。
form-page-photo-not-a-photo = 这个文件不是照片。请选择一张图片（JPEG、PNG 或 WebP，相机和相册里的照片一般都是这些格式）。
form-page-photo-heic = 这个浏览器打不开 HEIC 格式的照片。在 iPhone 上，请打开“设置 → 相机 → 格式 → 兼容性最佳”，或者从“照片”里重新选择这张照片。
form-page-photo-cannot-open = 这个文件无法作为图片打开。请换一张照片试试。
form-page-photo-too-large = 这个文件太大，无法在这里打开（{ $size }）。请选择小一点的照片。
form-page-photo-stays = 原来保存的照片不变。
form-page-photo-opening = 正在打开照片……
form-page-photo-very-small = 这张照片很小，在游戏里会显得模糊。可以点“用这张照片”，也可以换一张大一点的。
form-page-photo-wide = 这是一张很宽的照片：拖动照片，把脸放进圆圈里，然后点“用这张照片”。
form-page-photo-frame = 拖动照片，把脸放进圆圈里；双指张开或拖动滑块可以放大。然后点“用这张照片”。
form-page-photo-none-chosen = 没有拍照，也没有选择照片，所以没有任何改动。
form-page-photo-not-changed = 没有改动：原来保存的照片不变。
form-page-photo-none-kept = 没有保存照片。
form-page-photo-deleted = 已从本设备上删除。游戏会显示上面选的形象。
form-page-change-refused = 没能完成：这个浏览器可能不允许修改它在这里保存的内容。
form-page-photo-full = 这台设备的存储空间已满，照片没有保存。请先清理一些空间（比如旧视频或不用的应用），然后再试。
form-page-photo-newer = 照片没有保存在这里。
form-page-photo-refused = 这个浏览器不允许保存照片（可能开启了无痕浏览，或这个网站的存储被关闭了）。
form-page-recording-full = 这台设备的存储空间已满，录音没有保存。请先清理一些空间（比如旧视频或不用的应用），然后再试。
form-page-recording-newer = 录音没有保存在这里。
form-page-recording-refused = 这个浏览器不允许保存录音（可能开启了无痕浏览，或这个网站的存储被关闭了）。
form-page-voice-meanwhile = 在那之前，这句由游戏的声音朗读。
form-page-voice-count = （已录 { $count } 句，共 { $total } 句）
form-page-voice-cannot-record = 这个浏览器无法在这里录音。这句会由游戏的声音朗读。
form-page-voice-mic-refused = 没有获得麦克风权限。这句会由游戏的声音朗读。
form-page-voice-change-refused = 没能完成：这个浏览器可能不允许在这里修改录音。

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines (the skin tones as Chinese emoji names
## read them).

form-look-person = { $figure }，{ $tone }
form-look-fox = 狐狸
form-look-woman = 女性
form-look-man = 男性
form-look-older-woman = 年长女性
form-look-older-man = 年长男性
form-tone-light = 较浅肤色
form-tone-medium-light = 中等-浅肤色
form-tone-medium = 中等肤色
form-tone-medium-dark = 中等-深肤色
form-tone-dark = 较深肤色

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "我" is the grown-up).

form-rung-next-room = 去隔壁房间一分钟，开着门，一直说话
form-rung-next-room-longer = 去隔壁房间五分钟
form-rung-out-briefly = 出门十分钟，孩子和熟悉的人在一起
form-rung-grandparent = 我去买东西时，孩子和爷爷奶奶在一起
form-rung-friends-house = 我不在，孩子在朋友家待一小时
form-rung-nursery = 在幼儿园待一个上午
form-practice-not-kept = 这个浏览器无法保存练习步骤：关闭页面后它们就不在了。

## The printable pages, printed by the family for themselves and for the child's nursery (幼儿园).
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("午睡以后"): it completes "…我就回来"; $reunion is the
## family's own reunion line, as typed; $time is a pick-up time as typed ("下午三点"); $days is
## a list of weekdays already joined ("星期一、星期二和星期五"); $day is a weekday; $meanwhile
## is what the child does meanwhile, as typed, completing "可以…".

form-print-card-page = { $child }这样说再见：给老师或保姆的卡片
form-print-card-title = { $child }这样说再见
form-print-card-for = { $child }的老师或保姆：您好！我是{ $child }的{ $grownup }。我们每次都用同样的方式说再见，请您帮我们一起坚持下去。
form-print-card-our-goodbye = 我们每次都这样说再见
form-print-card-see-you-soon = “一会儿见！”
form-print-card-short-and-warm = 简短又温暖：我们从不偷偷溜走。
form-print-card-promise = 我们的约定
form-print-card-promise-said = “{ $promise }我就回来。{ $reunion }”
form-print-card-remind = 请您提醒{ $child }：{ $promise }，{ $grownup }就回来。
form-print-card-pick-up-time = 接孩子的时间：{ $time }。
form-print-card-picks-up = { $days }：{ $who }来接。
form-print-card-while-away = { $grownup }不在的时候
form-print-card-meanwhile = { $child }可以{ $meanwhile }。提前告诉{ $child }接下来要做什么，孩子会安心很多。
form-print-card-love = 我们的爱心连线
form-print-card-love-how = 每天早上，我们会在{ $child }和{ $grownup }的手上各画一颗爱心。{ $child }按一按爱心，{ $grownup }就能感觉到这份爱，还会把爱送回来。如果{ $child }想我们了，请和孩子一起按一按爱心，然后说：
form-print-card-love-said = “哎呀，你感觉到了吗？我猜是{ $grownup }刚刚把爱送给你啦！”
form-print-chain-title = { $child }的纸环链：再睡几个晚上
form-print-chain-how = 再睡{ $count }个晚上，就是下一个在家的日子啦。剪下纸条，粘成一条纸环链，每天晚上睡觉前摘下一个环：只剩下小房子的时候，就是在家的日子啦。
form-print-chain-no-home-day = 一周日历里还没有在家的日子：请先在家长专区的一周日历里选一天，再重新打印这一页。
form-print-chain-link = 再睡{ $count }个晚上
form-print-chain-last = 在家的日子，和{ $grownup }在一起！（{ $day }）
form-print-week-title = { $child }的一周
form-print-week-key = 画着小房子的是在家的日子；画着幼儿园的是上幼儿园的日子，旁边还有谁来接。
form-print-week-school = 上幼儿园。{ $who }来接你。
form-print-week-home = 在家的日子！
form-print-love-title = { $child }的爱心连线
form-print-love-how = 描一描{ $child }和{ $grownup }手上的爱心。按一按爱心，就能把爱送出去：另一个人一整天都能感觉到。
form-print-love-hand = { $who }的手，上面有一颗可以描的爱心
form-print-love-colour = { $grownup }总会回家的。给回家的路涂上颜色吧！
form-print-love-picture = 涂色画：家人沿着小路走回家，一边走一边挥手；孩子在门口等着。
