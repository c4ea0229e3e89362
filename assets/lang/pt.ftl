# See You Soon (Até logo): every line the game says and shows, in Brazilian Portuguese.
#
# Spoken to a child of one to five, usually on a grown-up's lap: warm, short, as a parent in
# Brazil talks to a three-year-old (você). Names are typed by the family in any script; they stand
# as typed (no article glued on, no agreement needed).
# Same messages and placeholders as en.ftl (the build checks).

## Home and the end of a session. $grownup is the grown-up's name; $child the child's.

tap-to-start = Toque para começar!
what-shall-we-play = Do que vamos brincar hoje?
who-will-hide = Quem vai se esconder?
all-done = Pronto! Agora é hora de brincar junto com { $grownup }!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = Achou!
card-journey = Voltando pra casa
card-my-turn = Minha vez de ir
card-calendar = Nossa semana
card-morning = Treinar o tchau

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck).

teddy = Ursinho
duck = Patinho
peekaboo-here = Olha { $who } aqui!
peekaboo-where = Cadê { $who }?
peekaboo-watch-cups = Olha { $who }! Para onde { $who } vai?
peekaboo-peeking-out = Olha só! { $who } está espiando!
peekaboo-not-in-there = Aqui não! Cadê { $who }?
peekaboo-back = Achou! { $who } voltou!
peekaboo-toy-found = Olha { $who } ali! Achou!
peekaboo-bye-bye = Tchau, tchau, { $who }! Até logo!

## The journey: the goodbye. $promise is the family's return anchor ("depois da soneca"): it completes "Eu volto …".

ask-hug = Dá um abração em { $grownup }!
ask-kiss = Dá um beijo em { $grownup }!
ask-wave = Dá tchauzinho para { $grownup }!
hugged = Que abração!
kissed = Muá! Um beijinho na sua mão, para você guardar!
waved = Tchau, tchau, { $grownup }!
farewell = Até logo, { $child }! Eu volto { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } está no trabalho, perto da janela grande. { $child } está fazendo um desenho para { $grownup }.
away-foxes = { $grownup } está colhendo frutinhas no campo. { $child } está fazendo um desenho para { $grownup }.
paint-yellow = Amarelo!
paint-blue = Azul!
paint-green = Verde!
paint-pink = Rosa!
lovely = Que lindo!

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = Hora de voltar para casa! { $grownup } está voltando para perto de { $child }!
people-leaving = { $grownup } está saindo do trabalho.
people-leaving-helped = Tchau, trabalho! { $grownup } está voltando para casa!
people-waiting = { $grownup } está esperando o ônibus.
people-waiting-helped = Olha o ônibus chegando!
people-riding = { $grownup } está no ônibus!
people-riding-helped = Sinal verde! Lá vamos nós!
people-park = { $grownup } está passando pelo parque.
people-park-helped = Quá-quá! Os patinhos dizem obrigado!
people-street = { $grownup } está na nossa rua!
people-street-helped = Uma flor para { $child }!
people-door = { $grownup } já está quase na porta!
people-door-helped = Você mandou um beijo para { $grownup }!
foxes-leaving = { $grownup } está saindo do campo.
foxes-leaving-helped = Frutinhas para os filhotes!
foxes-waiting = { $grownup } está no riacho.
foxes-waiting-helped = Pula, pula, por cima das pedras!
foxes-riding = { $grownup } está correndo pela floresta!
foxes-riding-helped = Hu-hu! Oi, corujinha!
foxes-park = { $grownup } está no tronco grande.
foxes-park-helped = Pula! Por cima do tronco!
foxes-street = { $grownup } está no caminho dos cogumelos.
foxes-street-helped = Uma flor para { $child }!
foxes-door = { $grownup } já está quase na toca!
foxes-door-helped = Você mandou um beijo para { $grownup }!
clock-at-the-heart = Quando o ponteiro grande chegar no coração, { $grownup } vai estar em casa.

## The child's turn: the child goes to school and comes home to the grown-up.

child-farewell = Um dia bem gostoso na escola, { $child }! Vou estar aqui esperando quando você voltar.
away-child = { $child } está na escola, pintando um desenho. { $grownup } está em casa, esperando.
child-clock-at-the-heart = Quando o ponteiro grande chegar no coração, { $child } vai para casa.
child-time-to-go-home = Hora de ir para casa! { $child } está voltando para perto de { $grownup }!
child-leaving = { $child } está saindo da escola.
child-leaving-helped = Tchau, escola! { $child } está indo para casa!
child-waiting = { $child } está esperando o ônibus.
child-riding = { $child } está no ônibus!
child-park = { $child } está passando pelo parque.
child-street = { $child } está na nossa rua!
child-street-helped = Uma flor para { $grownup }!
child-door = { $child } já está quase na porta!
child-is-home = É { $child }! { $grownup } está tão feliz que você voltou!

## The reunion at the door.

who-is-at-the-door = Toc, toc! Quem será que está na porta?
knock-knock = Toc, toc!
its-the-grown-up = É { $grownup }! { $grownup } chegou!
ask-welcome-hug = Dá um abração em { $grownup }!
welcome-hugged = Um abração de boas-vindas!
beautiful-picture = Que desenho lindo, { $child }!
i-missed-you = Senti muita saudade de você, { $child }!
see-you-next-time = Até a próxima, { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it: it completes "você vai …".

morning-hug = Hora de dizer tchau! Primeiro, um abração bem apertado em { $grownup }!
morning-promise = Eu volto { $promise }, { $child }. Eu sempre volto.
morning-meanwhile = Enquanto eu estiver fora, você vai { $meanwhile }.
morning-love = Aperta o coração na sua mão e { $grownup } vai sentir o seu amor!
morning-see-you-soon = Até logo, { $child }! Tchau, tchau!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } desenha um coração na sua mão: é a sua Conexão de Amor! Toque, toque, toque!
love-heart-drawn = Um coração! Aperta para mandar amor para { $grownup }.
love-zapped = Bzzzz! { $grownup } sentiu o seu amor!
love-sent-back = { $grownup } manda amor de volta para { $child }!
kiss-in-your-hand = Muá! Um beijo de { $grownup }. Eu te amo, { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = Hoje é dia de escola. { $who } vem te buscar { $promise }.
calendar-home-today = Hoje é dia de ficar em casa com { $grownup }!
sleeps-until-home-day = { $count ->
    [one] Falta um soninho para o dia de ficar em casa.
   *[other] Faltam { $count } soninhos para o dia de ficar em casa.
}
sleeps-until-school-day = { $count ->
    [one] Falta um soninho para o dia de escola.
   *[other] Faltam { $count } soninhos para o dia de escola.
}
calendar-school-day = { $day } é dia de escola. { $who } vem te buscar.
calendar-home-day = { $day } é dia de ficar em casa.
monday = Segunda-feira
tuesday = Terça-feira
wednesday = Quarta-feira
thursday = Quinta-feira
friday = Sexta-feira
saturday = Sábado
sunday = Domingo
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Seg
tuesday-short = Ter
wednesday-short = Qua
thursday-short = Qui
friday-short = Sex
saturday-short = Sáb
sunday-short = Dom

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("Achou! Mamãe voltou!" is recorded as "Achou!").

own-peekaboo-back = Achou!
own-time-to-go-home = Estou voltando para casa!
own-its-the-grown-up = Sou eu! Cheguei!
own-kiss-in-your-hand = Muá! Eu te amo!
own-love-sent-back = Eu também te amo, { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = quem cuida de você
spoken-child = meu amor

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = Área dos pais
gate-key-in = Área dos pais: digite
gate-locked = A área dos pais fica bloqueada por um minuto depois de três respostas erradas. Tente de novo daqui a { $count } segundos.

## The return anchors a parent picks from; each completes "Eu volto …" (farewell,
## morning-promise) and "… vem te buscar …" (calendar-school-today).

anchor-after-nap = depois da soneca
anchor-after-snack = depois do lanche
anchor-after-lunch = depois do almoço

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "Enquanto eu estiver fora, você vai …" (morning-meanwhile).

default-meanwhile = pintar, brincar com os amiguinhos e fazer um lanchinho
default-reunion-line = Eu sempre volto para você
default-child-name = Léo
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Mamãe, Papai, Vovó, Vovô, Mãe, Pai

## The parent area's settings form, read by the grown-up (adult words, short; "você", "a
## criança" for the child). A line that names something in the game keeps the game's words for it.

form-how-to-use = Como usar o See You Soon
form-guide-together = No começo, brinquem juntos, com a criança no seu colo; depois ela pode brincar com você por perto.
form-guide-ends-itself = Deixe cada sessão terminar sozinha: ela sempre acaba com a volta de quem saiu.
form-guide-same-goodbye = Faça na porta de verdade a mesma despedida do jogo (sua rotina de despedida, logo abaixo), diga quando vai voltar e volte com carinho.
form-guide-off-screen = A prática de verdade acontece longe da tela: separações curtas, que vão crescendo pouco a pouco.
form-this-page = Nesta página
form-link-plan = Rotina de despedida
form-link-practice = Prática
form-link-print = Para imprimir
form-link-log = Registro privado
form-names = Nomes
form-child-name = Nome da criança
form-names-hint = Qualquer idioma, e emoji também. A tela mostra os nomes do jeito que foram digitados; a voz pula os emojis.
form-called = Como a criança chama você
form-someone-else = Outra pessoa (digite abaixo)
form-or-type-it = Ou digite
form-or-type-it-example = ex.: Vó, Dinda, Tia Ju
form-your-picture = Sua imagem
form-going-away-today = Sai hoje
form-photo-hint = Com uma foto, esta pessoa aparece do jeito que é: na brincadeira do “Achou!”, nos retratos de “Voltando pra casa” e no calendário. A foto fica neste aparelho.
form-take-photo = Tirar uma foto
form-choose-photo = Escolher uma foto
form-delete-photo = Apagar a foto
form-photo-framer = A foto: arraste para deixar o rosto dentro do círculo
form-photo-size = Tamanho
form-keep-photo = Usar esta foto
form-cancel = Cancelar
form-more-grown-ups = Até mais três adultos que também voltam: o pai ou a mãe, a avó ou o avô, a babá. Quem sai hoje é quem os jogos mostram e chamam pelo nome.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Adulto { $count } (opcional)
form-name = Nome
form-leave-empty = Deixe vazio se não houver ninguém
form-plan = Sua rotina de despedida
form-plan-hint = Faça sempre a mesma despedida, na porta de verdade e no jogo: “Voltando pra casa” segue esta ordem, e ela vem impressa no cartão para a creche.
form-ritual-first = Primeiro
form-ritual-then = Depois
form-ritual-last = e, por fim, “Até logo!”
form-goodbye-hug = um abração
form-goodbye-kiss = um beijinho na mão, para guardar
form-goodbye-wave = um tchauzinho na porta
form-back-when = “Eu volto…”
form-own-words-choice = com minhas palavras:
form-own-words = Suas próprias palavras
form-own-words-example = ex.: depois do parquinho
form-reunion-line = O que você diz quando volta
form-meanwhile = Enquanto você estiver fora, a criança vai…
form-meanwhile-example = ex.: pintar, brincar e fazer um lanchinho
form-pick-up-time = Horário de buscar, para o cartão da creche (opcional)
form-pick-up-time-example = ex.: 15h
form-how-long = Tempo de brincadeira
form-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
form-journey = Voltando pra casa
form-journey-people = Pessoas
form-journey-foxes = A família de raposas
form-week = O calendário da semana
form-week-hint = O calendário da criança mostra cada dia como uma escola ou uma casa, e diz quem vai buscar e quantos soninhos faltam para o dia de ficar em casa. “Você” é o primeiro nome lá em cima; um dia deixado para um adulto sem nome fica com você.
form-you-pick-up = Escola ou creche: você busca
# $who is the name of another grown-up.
form-who-picks-up = Escola ou creche: { $who } busca
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = adulto { $count }
form-home-day = Dia de ficar em casa
form-sound-and-motion = Som e movimento
form-voice = Voz
form-sound-effects = Efeitos sonoros
form-music = Música
form-language = Idioma do jogo
form-device-language = Idioma deste aparelho
form-game-voice = Voz do jogo
form-warm-voice = Deixar o jogo escolher uma voz acolhedora
form-not-on-device = não está neste aparelho
form-no-voice = Este aparelho não tem voz para este idioma: o jogo mostra as falas no balão e diz, com a sua própria voz, as que você gravar abaixo.
form-motion-device = Como neste aparelho
form-motion-less = Menos movimento
form-motion-full = Movimento completo
form-kept = Guardado neste aparelho
form-kept-hint = Fotos, gravações e configurações ficam neste aparelho e nunca são enviadas para lugar nenhum.
form-copy-hint = Uma cópia em arquivo deixa tudo isso seguro se este navegador apagar o que guarda, e leva tudo para um aparelho novo.
form-save-copy = Salvar uma cópia
form-bring-back-copy = Restaurar uma cópia
form-replace = Substituir o que está aqui
form-merge = Manter o que está aqui e adicionar o que falta
form-save = Salvar
form-back-to-game = Voltar ao jogo

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Prática longe da tela
form-practice-hint = O que mais ajuda acontece na porta de verdade: separações curtas e previsíveis, que vão crescendo. Repita cada passo algumas vezes, marque cada vez que ele acontecer e avance quando ficar fácil duas vezes.
form-practice-in-game-label = No jogo
form-practice-in-game = na brincadeira do “Achou!”, o adulto agora fica escondido por { $seconds } segundos. O tempo cresce sozinho, de { $start } até { $ceiling } segundos, conforme { $child } vai achando o adulto.
form-practice-at-door-label = Na porta de verdade
form-practice-step-of = passo { $step } de { $steps }: “{ $what }”
form-practice-no-steps = nenhum passo ainda
form-practising-now = Praticando agora
form-practise-this-one = Praticar este
form-ticks-not-yet = ainda não
form-ticks-times = { $count ->
    [one] uma vez
   *[other] { $count } vezes
}
form-ticks-hard = { $count ->
    [one] { $count } difícil
   *[other] { $count } difíceis
}
form-ticks-okay = { $count } ok
form-ticks-easy = { $count ->
    [one] { $count } fácil
   *[other] { $count } fáceis
}
form-felt-hard = difícil
form-felt-okay = ok
form-felt-easy = fácil
form-how-did-it-go = Hoje teve “{ $what }”. Como foi?
form-untick = Desfazer a última marcação
form-step-number = Passo { $step }
form-add-step = Adicionar um passo
form-empty-takes-out = Vazio: este passo será removido
form-change-steps = Mudar os passos
form-keep-steps = Salvar estes passos
form-advice-first-step = Adicione um primeiro passo pequeno: um minuto no cômodo ao lado é um bom começo.
form-advice-begin = Experimente “{ $what }” algumas vezes e marque cada vez que acontecer.
form-advice-stay = Fique neste passo até ele ficar fácil duas vezes seguidas.
form-advice-move-up = Fácil duas vezes seguidas: quando vocês dois estiverem prontos, passem para “{ $what }”.
form-advice-climbed = Fácil duas vezes no último passo: vocês subiram a escada inteira. Adicione um passo maior quando surgir a oportunidade.
form-advice-go-back = Dois dias difíceis: volte para “{ $what }” por alguns dias. Dar um passo atrás faz parte, não é um fracasso.
form-advice-smaller = Dois dias difíceis: deixe este passo menor por um tempo (mais curto ou mais perto) e volte sempre com carinho.
form-print-title = Para imprimir
form-print-hint = Cada um ocupa uma página, em A4 ou Carta (US Letter), com os nomes e as fotos da sua família. Imprimir, ou “Salvar como PDF” na janela de impressão, funciona sem internet.
form-print-card = Um cartão para a creche ou a babá
form-print-chain = Uma corrente de papel para contar os soninhos
form-print-week = O calendário da semana
form-print-love = Um coração pontilhado para cobrir e a volta pra casa para colorir
form-print-preview = Visualizar impressão
form-print-now = Imprimir esta página
form-log-title = Seu registro privado
form-log-hint = Só para você: fica guardado só neste aparelho e nunca aparece para a criança. Altos e baixos são normais; não existe sequência nenhuma para manter.
form-log-played = { $count ->
    [0] Nenhuma sessão jogada ainda.
    [one] { $count } sessão jogada no total.
   *[other] { $count } sessões jogadas no total.
}
form-log-first = A primeira: { $date }.
form-log-key-sessions = sessões por semana
form-log-key-hide = tempo escondido no “Achou!” (até { $ceiling } s)
form-log-key-practice = prática de verdade:
form-log-week-by-week = Semana a semana
form-log-week-of = Semana de
form-log-sessions = Sessões
form-log-peekaboo-hide = Escondido no “Achou!”
form-log-real-practice = Prática de verdade
form-log-hide-seconds = { $seconds } s
form-log-forget-all = Apagar tudo isso
form-log-forget-note = Isso apaga deste aparelho o registro e as marcações da prática. Os passos da prática, as configurações, as fotos e as gravações continuam aqui.
form-log-forget = Apagar o registro e as marcações

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = As vozes de vocês
form-own-voices-hint = Cada adulto pode gravar as falas que diz, com a própria voz e no próprio idioma, e o jogo passa a tocar essas gravações em vez de falar com a voz dele. Nada é obrigatório: comece pelas três primeiras. As gravações ficam neste aparelho.
form-voice-of = Voz de { $who }
form-start-with-these = Comece por estas
form-heard-peekaboo = Achou!
form-heard-goodbye = A despedida
form-heard-way-home = A volta pra casa
form-heard-homecoming = Em casa de novo
form-heard-morning = A despedida da manhã
form-heard-hands = As mãos da criança
form-record = Gravar
form-listen = Ouvir
form-keep = Usar
form-delete = Apagar
form-stop = Parar
form-voice-recording = Gravando… toque em Parar quando terminar.
form-voice-new = Gravação nova: ouça e depois use ou apague.
form-voice-kept = Guardada neste aparelho. O jogo usa a sua voz nesta fala.
form-voice-none = Sem gravação: quem fala é a voz do jogo.
