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
form-child-photo-hint = Uma foto da criança também, se quiser: o jogo mostra quando é a criança que volta pra casa, e na parede do trabalho do adulto. A foto fica neste aparelho.
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

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = Salvo: o jogo vai dizer “{ $child }” e “{ $grownup }”, e cada sessão vai durar { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
form-saved-for-now = Alterado só por enquanto: o jogo vai dizer “{ $child }” e “{ $grownup }”, e cada sessão vai durar { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. Não foi possível salvar neste navegador.
form-field-child = O nome da criança
form-field-grown-up = O nome do adulto
form-field-other-grown-up = O nome do adulto { $number }
form-note-name-empty = { $field } estava vazio, então o jogo vai dizer “{ $name }”.
form-note-name-shortened = { $field } pode ter no máximo { $limit } caracteres: “{ $name }”.
form-note-voice-cannot-say = { $field }: a tela mostra “{ $name }”; a voz não consegue falar emojis, então diz “{ $said }”.
form-note-voice-says = { $field }: a tela mostra “{ $name }”; a voz diz “{ $said }” (os emojis aparecem na tela, mas não são falados).
form-note-away-today-unnamed = O adulto escolhido para sair hoje não tem nome, então quem sai hoje é o primeiro adulto.
form-note-anchor-empty = Nada foi escrito em “Eu volto…”, então o jogo vai dizer “{ $promise }”.
form-note-goodbye-order-kept = A despedida precisa do abraço, do beijo e do tchauzinho, uma vez cada, então a ordem continua a mesma.
form-taken-out-photo = { $name } saiu da lista, então a foto dessa pessoa também foi apagada deste aparelho.
form-taken-out-recordings = { $name } saiu da lista, então { $count ->
    [one] a gravação dessa pessoa também foi apagada
   *[other] as { $count } gravações dessa pessoa também foram apagadas
} deste aparelho.
form-taken-out-photo-and-recordings = { $name } saiu da lista, então a foto e { $count ->
    [one] a gravação
   *[other] as { $count } gravações
} dessa pessoa também foram apagadas deste aparelho.
form-storage-unavailable = Este navegador não está deixando o jogo guardar as configurações (navegação anônima ou armazenamento desativado). Suas alterações funcionam até a página ser fechada, mas não vão ficar salvas.
form-storage-full = O armazenamento deste navegador está cheio: suas alterações funcionam por enquanto, mas não vão ficar salvas depois que a página for fechada.
form-read-unreadable = Não foi possível ler as configurações salvas, então o jogo começou com as configurações padrão.
form-read-too-large = As configurações salvas eram grandes demais ({ $bytes } bytes) para serem do jogo, então ele começou com as configurações padrão.
form-read-newer = As configurações foram salvas por uma versão mais nova do jogo (formato { $version }); tudo o que esta versão entende foi mantido.
form-read-fields-reset = Algumas configurações salvas não faziam sentido e voltaram ao padrão: { $fields }.
form-practice-steps-unreadable = Não foi possível ler os passos da prática salvos, então eles recomeçam do zero; a cópia antiga fica guardada à parte neste aparelho.
form-practice-log-unreadable = Não foi possível ler o registro salvo, então ele recomeça do zero; a cópia antiga fica guardada à parte neste aparelho.
form-practice-entries-left-out = Algumas anotações da prática salvas não faziam sentido e ficaram de fora; todo o resto foi mantido.
form-changed-elsewhere = As configurações acabaram de ser alteradas em outra janela do jogo; este formulário já mostra as mudanças.
form-log-forgotten = O registro privado e as marcações da prática foram apagados deste aparelho.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1,2 MB"); $what and $holds are lists the
## page joins in the language (“2 fotos e as configurações”); $date is a date already written.

form-page-photos = { $count ->
    [one] { $count } foto
   *[other] { $count } fotos
}
form-page-recordings = { $count ->
    [one] { $count } gravação
   *[other] { $count } gravações
}
form-page-the-settings = as configurações
form-page-the-settings-for = as configurações (de { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Guardado neste aparelho: { $what }.
form-page-kept-nothing = Ainda não há nada guardado neste aparelho: ele é novo para o jogo, ou o navegador apagou o que guardava. Se você salvou uma cópia, restaure-a logo abaixo.
form-page-kept-by-newer = As fotos e as gravações estão seguras com a versão mais nova do jogo, aberta em outra janela. Feche esta janela e use a outra, ou recarregue esta.
form-page-safe-unknown = Este navegador não informa se vai manter tudo isso guardado.
form-page-safe-persisted = O navegador concordou em manter tudo guardado até você apagar.
form-page-safe-home-screen = Este navegador pode apagar tudo depois de sete dias sem você abrir o jogo, ou quando faltar espaço no aparelho. Para deixar tudo seguro, adicione o jogo à Tela de Início (Compartilhar e depois Adicionar à Tela de Início) e salve uma cópia (logo abaixo).
form-page-safe-best-effort = O navegador pode apagar tudo se faltar espaço no aparelho. O jogo pede para ele manter tudo sempre que você guarda algo aqui, mas o jeito garantido é salvar uma cópia (logo abaixo).
form-page-room = Com a cópia do jogo que funciona sem internet, este site usa { $size } dos { $quota } que o navegador libera para ele.
form-page-newer-elsewhere = Uma versão mais nova do jogo está aberta em outra janela. Feche esta janela e use a outra, ou recarregue esta.
form-page-copy-not-ours = Esse arquivo não é uma cópia feita pelo See You Soon. Nada foi alterado aqui.
form-page-copy-damaged = Essa cópia está danificada (incompleta ou alterada depois de salva), então não foi usada. Nada foi alterado aqui.
form-page-copy-too-large = Esse arquivo é muito maior do que qualquer cópia do jogo, então não foi aberto. Nada foi alterado aqui.
form-page-copy-newer = Essa cópia foi feita por uma versão mais nova do jogo. Abra o jogo uma vez com internet para ele se atualizar e tente de novo. Nada foi alterado aqui.
form-page-copy-saved = Cópia salva ({ $size }), com: { $holds }. Guarde o arquivo em um lugar seguro, como o seu e-mail ou a nuvem, para restaurar neste ou em outro aparelho.
form-page-copy-holds-nothing = nada ainda
form-page-copy-holds = Esta cópia tem: { $holds }. Substituir por ela o que está neste aparelho, ou manter o que está aqui e adicionar só o que falta?
form-page-copy-made-holds = Esta cópia, feita em { $date }, tem: { $holds }. Substituir por ela o que está neste aparelho, ou manter o que está aqui e adicionar só o que falta?
form-page-copy-full = O armazenamento deste aparelho está cheio, então não foi possível restaurar a cópia. Libere um pouco de espaço (vídeos antigos ou apps que você não usa) e tente de novo.
form-page-copy-not-brought-newer = A cópia não foi restaurada aqui.
form-page-copy-refused = Este navegador não quis guardar a cópia (navegação anônima ou armazenamento desativado para este site).
form-page-copy-partly = Uma parte pode ter sido salva; confira as fotos e as gravações acima, ou restaure a cópia de novo.
form-page-copy-before-kept = O que estava aqui antes foi mantido.
form-page-copy-brought-back = Restaurado: { $holds }. Em um instante, o jogo recomeça com tudo isso.
form-page-copy-cannot-make = Não foi possível fazer a cópia: este navegador não deixou ler o que ele guarda aqui.
form-page-nothing-changed = Nada foi alterado.
form-page-photo-kept-size = Guardada neste aparelho ({ $size }).
form-page-photo-kept-shown = Guardada neste aparelho ({ $size }). O jogo mostra esta foto sempre que este adulto aparece.
form-page-photo-none = Sem foto: o jogo mostra a imagem escolhida acima.
form-page-photo-none-child = Sem foto: o jogo mostra o desenho da criança, como sempre.
form-page-photo-not-a-photo = Esse arquivo não é uma foto. Escolha uma imagem (JPEG, PNG ou WebP, como as da câmera ou da galeria).
form-page-photo-heic = Este navegador não abre fotos HEIC. No iPhone, vá em Ajustes → Câmera → Formatos → Mais Compatível, ou escolha a foto de novo pelo app Fotos.
form-page-photo-cannot-open = Não foi possível abrir este arquivo como imagem. Tente outra foto.
form-page-photo-too-large = Esse arquivo é grande demais para abrir aqui ({ $size }). Escolha uma foto menor.
form-page-photo-stays = A foto que já estava guardada continua.
form-page-photo-opening = Abrindo a foto…
form-page-photo-very-small = Esta foto é muito pequena e vai ficar borrada no jogo. Use mesmo assim ou escolha uma maior.
form-page-photo-wide = Uma foto larga: arraste para deixar o rosto dentro do círculo e depois toque em “Usar esta foto”.
form-page-photo-frame = Arraste a foto para deixar o rosto dentro do círculo; faça o movimento de pinça ou use o controle de tamanho para aumentar. Depois toque em “Usar esta foto”.
form-page-photo-none-chosen = Nenhuma foto foi tirada ou escolhida, então nada mudou.
form-page-photo-not-changed = Nada mudou: a foto que já estava guardada continua.
form-page-photo-none-kept = Nenhuma foto guardada.
form-page-photo-deleted = Apagada deste aparelho. O jogo mostra a imagem escolhida acima.
form-page-change-refused = Não deu certo: talvez este navegador não permita alterar o que ele guarda aqui.
form-page-photo-full = O armazenamento deste aparelho está cheio, então a foto não foi guardada. Libere um pouco de espaço (vídeos antigos ou apps que você não usa) e tente de novo.
form-page-photo-newer = A foto não foi guardada aqui.
form-page-photo-refused = Este navegador não quis guardar a foto (navegação anônima ou armazenamento desativado para este site).
form-page-recording-full = O armazenamento deste aparelho está cheio, então a gravação não foi guardada. Libere um pouco de espaço (vídeos antigos ou apps que você não usa) e tente de novo.
form-page-recording-newer = A gravação não foi guardada aqui.
form-page-recording-refused = Este navegador não quis guardar a gravação (navegação anônima ou armazenamento desativado para este site).
form-page-voice-meanwhile = Enquanto isso, a voz do jogo diz esta fala.
form-page-voice-count = ({ $count } de { $total } gravadas)
form-page-voice-cannot-record = Este navegador não consegue gravar aqui. A voz do jogo vai dizer a fala.
form-page-voice-mic-refused = O microfone não foi autorizado. A voz do jogo vai dizer a fala.
form-page-voice-change-refused = Não deu certo: talvez este navegador não permita alterar as gravações aqui.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }, { $tone }
form-look-fox = A raposa
form-look-woman = Mulher
form-look-man = Homem
form-look-older-woman = Mulher idosa
form-look-older-man = Homem idoso
form-tone-light = pele clara
form-tone-medium-light = pele morena clara
form-tone-medium = pele morena
form-tone-medium-dark = pele morena escura
form-tone-dark = pele escura

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = Um minuto no cômodo ao lado, com a porta aberta, conversando
form-rung-next-room-longer = Cinco minutos no cômodo ao lado
form-rung-out-briefly = Dez minutos fora, com alguém que a criança conhece
form-rung-grandparent = Com a vovó ou o vovô enquanto eu vou ao mercado
form-rung-friends-house = Uma hora na casa de um amiguinho, sem mim
form-rung-nursery = Uma manhã na creche
form-practice-not-kept = Não foi possível salvar os passos da prática neste navegador: eles ficam só até a página ser fechada.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("depois da soneca"): it completes "Eu volto …"; $reunion is
## the family's own reunion line, as typed; $time is a pick-up time as typed ("15h"); $days is
## a list of weekdays already joined ("Segunda-feira, Terça-feira e Sexta-feira"); $day is a
## weekday; $meanwhile is what the child does meanwhile, as typed, completing "vai …".

form-print-card-page = A despedida de { $child }: um cartão para a creche ou a babá
form-print-card-title = A despedida de { $child }
form-print-card-for = Para a professora ou a babá de { $child }, de { $grownup }. A nossa despedida é sempre igual: por favor, ajude a gente a manter assim.
form-print-card-our-goodbye = Nossa despedida, sempre igual
form-print-card-see-you-soon = “Até logo!”
form-print-card-short-and-warm = Curta e carinhosa: nunca saímos escondido.
form-print-card-promise = A promessa
form-print-card-promise-said = “Eu volto { $promise }. { $reunion }”
form-print-card-remind = Por favor, lembre { $child } de que { $grownup } volta { $promise }.
form-print-card-pick-up-time = Horário de buscar: { $time }.
form-print-card-picks-up = { $days }: { $who } vem buscar.
form-print-card-while-away = Enquanto { $grownup } está fora
form-print-card-meanwhile = Contar para { $child } o que vem depois ajuda muito: “Hoje você vai { $meanwhile }.”
form-print-card-love = Nossa Conexão de Amor
form-print-card-love-how = Toda manhã, desenhamos um coração na mão de { $child } e outro na de { $grownup }. Quando { $child } aperta o coração, { $grownup } sente o amor e manda amor de volta. Se { $child } sentir saudade, aperte o coração junto com { $child } e diga:
form-print-card-love-said = “Opa, você sentiu? Acho que { $grownup } acabou de mandar amor para você!”
form-print-chain-title = A corrente de soninhos de { $child }
form-print-chain-how = { $count ->
    [one] Falta um soninho
   *[other] Faltam { $count } soninhos
} para o próximo dia de ficar em casa. Recorte as tiras, cole uma na outra formando uma corrente e tire um elo toda noite, na hora de dormir: quando só sobrar a casinha, chegou o dia de ficar em casa!
form-print-chain-no-home-day = O calendário da semana ainda não tem nenhum dia de ficar em casa: escolha um no calendário da semana, na área dos pais, e imprima de novo.
form-print-chain-link = { $count ->
    [one] { $count } soninho
   *[other] { $count } soninhos
}
form-print-chain-last = Dia de ficar em casa com { $grownup }! ({ $day })
form-print-week-title = A semana de { $child }
form-print-week-key = A casinha é dia de ficar em casa; a escola é dia de escola, com o nome de quem vem buscar.
form-print-week-school = Escola. { $who } vem te buscar.
form-print-week-home = Dia de ficar em casa!
form-print-love-title = A Conexão de Amor de { $child }
form-print-love-how = Cubra o coração na mão de { $child } e na de { $grownup }. Aperte para mandar amor: a outra pessoa sente, o dia inteiro.
form-print-love-hand = A mão de { $who }, com um coração para cobrir
form-print-love-colour = { $grownup } sempre volta para casa. Pinte o caminho de volta!
form-print-love-picture = Um desenho para colorir: o adulto vem subindo o caminho de volta para casa, acenando, e a criança espera na porta.
