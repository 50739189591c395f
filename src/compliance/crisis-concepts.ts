/**
 * A recall net under the crisis phrases (AI-02 SELF_HARM). Phrase patterns written by one writer
 * caught 37 % of a slice another writer wrote blind (issue #19): people say it in words nobody
 * lists. So besides the phrases, a message is read by the concepts it joins in one sentence —
 * death or harm, means, an ending, a farewell, hopelessness — the way a trained reader hears it,
 * whatever the wording. Recall first: a false alarm costs a kind sentence and a specialist's look.
 *
 * Idioms that name something else ("this bill is killing me", "dead broke", "me muero de risa",
 * "my husband died") are taken out of the sentence before the concepts are read; the phrase
 * patterns still read the whole message, so taking an idiom out never hides a phrase.
 */

const r = (source: string) => new RegExp(source, 'g');

/** Figures of speech and other people's deaths: removed before the concepts are looked for. */
const idioms: readonly RegExp[] = [
  r("\\b(?:is|are|was|'s|s|its|it's|thats|that's|keeps|keep) (?:literally |honestly |really |just |" +
    "slowly )?killing (?:me|us)\\b"),
  r('\\bkilling (?:it|time)\\b'),
  r('\\bdead (?:broke|tired|serious|wrong|set|end|line|lines|battery|phone|beat)\\b|\\bdeadlines?\\b'),
  r('\\b(?:sick|bored|scared|worried|tired|frightened) to death\\b|\\b(?:omg|lol|lmao|lmfao|haha\\w*|ja(?:ja)+|xd)\\b[^.?!]{0,6}\\b(?:i\'?m|im|i am) dead\\b|' +
    '\\b(?:ja(?:ja)+|je(?:je)+|lol|xd)\\b[^.?!]{0,6}\\bme muero\\b|\\b(?:deuda|cuenta|debt|balance)\\b[^.?!]{0,10}\\b(?:(?:se )?muere con (?:el|ella|ellos)|' +
    'dies with (?:him|her|them))\\b|' +
    '\\b(?:phone|battery|cell|laptop)\\b[^.?!]{0,12}\\b(?:about to|gonna|going to|will|might) (?:die|be dead)\\b|' +
    '\\bdying (?:to|for)\\b|\\bto die for\\b|\\b(?:i\'?m|im|i am) dying (?:here|over here)\\b|\\bcallejon sin salida\\b'),
  r('\\b(?:die|died|dying|dead) (?:of|from|with|laughing) (?:laughter|laughing|embarrassment|shame|' +
    'boredom|hunger|the heat|cold)\\b'),
  r('\\bkill (?:the|this|that|it|my|your|his|her|their|off the|all) (?:autopay|auto pay|payment|' +
    'payments|call|calls|plan|account|interest|fees?|texts?|messages?|reminders?|notifications?|' +
    'card|subscription)\\b'),
  r('\\bshoot (?:me )?(?:an?|the) (?:email|e-mail|text|message|line|note|link)\\b'),
  r('\\b(?:phone|battery|card|car|line|laptop|computer|signal|charger|account|app|internet|' +
    'wifi|budget|plan|deal|credit) (?:is |was |just )?(?:died|dead|dies|die|dying)\\b|\\bdead in the water\\b'),
  r('\\b(?:cuenta|tarjeta|telefono|celular|bateria|linea)s? (?:esta |estan )?muert[oa]s?\\b|' +
    '\\b(?:morir|morirme|muriendo|muera|muero) del? (?:la )?(?:hambre|risa|sueno|frio|calor|verguenza|pena|' +
    'aburrimiento|cansancio)\\b'),
  r('\\bcrawl in(?:to)? a hole and die\\b|\\bmatar a (?:mi|su|ese|esa|el|la|los|las)\\b|' +
    '\\bkill (?:my|his|her) (?:brother|sister|husband|wife|son|daughter|kids|mom|dad)\\b'),
  // The estate question ("if I die, does my wife pay this?"), asked as a question about the debt.
  r("\\b(?:if|when|after|once) i (?:die|pass|pass away)\\b[^.?!]{0,40}\\b(?:who|does|do|will|would|" +
    "what happens|pay|pays|paid|debt|balance|owe)\\b|\\b(?:si (?:yo )?me muero|" +
    "cuando (?:yo )?me muera|si (?:yo )?muero|cuando (?:yo )?muera)\\b[^.?!]{0,40}\\b(?:quien|" +
    "tiene que|tienen que|paga|pagar|deuda|hereda\\w*|que pasa)\\b"),
  r('\\bni muert[oa]\\b|\\bmato a\\b|\\b(?:morir|muere|murio|muerto|muerta)\\b[^.?!]{0,6}\\b(?:el|' +
    'la|mi) (?:cel|celular|telefono|bateria|compu|computadora|carro|coche)\\b'),
  r('\\bcould (?:just )?die\\b|\\bdead to me\\b|\\b(?:lol|lmao|haha|jaja|lmfao) (?:i\'?m|' +
    'im) dead\\b|\\b(?:i\'?m|im) dead,? (?:that\'?s|thats|lol|lmao|haha|jaja)\\b'),
  r('\\b(?:the )?death of me\\b|\\bover my dead body\\b|\\bdeath certificate\\b|\\bdeath (?:and|&) taxes\\b'),
  r('\\b(?:my|his|her|their|our|a) (?:mom|mother|dad|father|husband|wife|son|daughter|brother|' +
    'sister|grandma|grandpa|grandmother|grandfather|uncle|aunt|partner|spouse|friend|cousin|boss|' +
    'dog|cat|baby)(?:\'s)? (?:death|passing|died|passed|is dead|was killed|got killed)\\b'),
  r('\\b(?:he|she|they|him|her|them) (?:died|passed|is dead|was killed|got killed)\\b'),
  r('\\bme (?:muero|estoy muriendo|mori|morire) (?:de|del|por) (?:la )?(?:risa|hambre|sueno|frio|' +
    'calor|verguenza|pena|ganas|aburrimiento|cansancio|nervios|miedo|curiosidad|envidia)\\b'),
  r('\\bmuert[oa]s? del? (?:cansancio|hambre|sueno|risa|frio|calor|miedo|verguenza|aburrimiento)\\b'),
  r('\\bme (?:mata|matan|esta matando|estan matando) (?:el|la|los|las|este|esta|estos|estas|esto|' +
    'tanto|de)\\b|\\bme mato (?:trabajando|estudiando|a trabajar|en el trabajo)\\b'),
  r('\\b(?:mi|su|sus|mis) (?:mama|madre|papa|padre|esposo|esposa|marido|mujer|hijo|hija|hermano|' +
    'hermana|abuel[oa]|ti[oa]|prim[oa]|pareja|perro|gato)s? (?:murio|fallecio|esta muert[oa]|' +
    'murieron|fallecieron)\\b|\\b(?:la )?muerte de (?:mi|su|mis|sus)\\b'),
  r('\\b(?:murio|fallecio|se murio|lo mataron|la mataron)\\b'),
  // Others doing the killing, or the debtor threatening someone: not about the self.
  r("\\b(?:is|are|will|gonna|going to|'s gonna|s gonna|'ll|ll|would|might) (?:literally |actually |" +
    "totally )?kill me\\b|\\bme (?:va|van) a matar\\b|\\bi'?d kill for\\b|\\bkill(?:ing)? (?:you|u|" +
    "ya|him|her|them|whoever|your|the|someone|somebody|anyone|everyone|birds)\\b|\\b(?:you|u|" +
    "ya)(?:'re| are|re)? (?:so )?(?:drop )?dead\\b|\\b(?:te|lo|la|los|las|le|les) (?:voy|vamos|" +
    "van) a matar\\b|\\bmatar(?:te|lo|la|los|las|le|les)\\b"),
  r("\\b(?:so|s?o) dead if\\b|\\bi'?m dead if\\b|\\bdead meat\\b|\\bdie on this hill\\b|\\b(?:a|the|" +
    "roll|rolled) (?:\\w+ )?(?:die|dice)\\b|\\bkill bill\\b|\\b(?:he|she|they|it)(?:'s| is| are|" +
    "s)? dead\\b|\\bdeath (?:put|claim|benefit|benefits)\\b"),
  r('\\b(?:phone|battery|batter|cell|laptop) (?:is )?(?:about to|gonna|going to|will|might) (?:die|be dead)\\b'),
  r('\\b(?:pay|paying|pagar|pagando|pagare)\\b[^.?!]{0,20}\\b(?:till|until|hasta que) (?:i die|me muera)\\b'),
  r('\\blife insurance (?:premium|payment|bill|policy)s?\\b|\\bbridge loan\\b'),
  r("\\b(?:you'?re|youre|you are|ur|u r|u|you) killing me\\b|\\bdie of (?:loneliness|jealousy|envy|" +
    "anticipation|suspense)\\b|\\ba dying (?:man|woman|person|breed|art)\\b|\\bdead (?:slow|quiet|" +
    "on|last|even|center|centre)\\b|\\b(?:battery|phone|cell) (?:went|goes|is|was) dead\\b|" +
    "\\bme muero por\\b"),
];

const self = "(?:\\b(?:i|im|i'm|ive|i've|ill|i'll|id|i'd|me|my|myself|mine|gonna|wanna|yo|mi|mis|conmigo|" +
  "estoy|voy|quiero|quisiera|tengo|puedo|siento|pienso|creo|prefiero|necesito|deseo|ojala|he|ando)\\b)";
/** Said alone, these are about the self: suicide, killing or harming oneself, taking one's life. */
const strong =
  "\\b(?:(?:buscando|busque|investigando|googlee) (?:\\w+ ){0,3}(?:(?:puente|edificio|torre)s? mas alt[oa]s?|dosis letal|" +
    "como (?:matarme|morir|ahorcarme|suicidarme))|(?:can'?t|cant|cannot) wait (?:to|till|until) (?:be |i'?m |im )?(?:dead|die|gone for good)|looking forward to (?:dying|being dead|death)|" +
    "(?:tried|try|trying|attempted) to (?:od|o d)|(?:tonight|today) is my (?:last|final) (?:night|day)(?! (?:at|of|on|in|with|here))|" +
    "(?:esta noche|hoy) es mi ultim[oa] (?:noche|dia)(?! (?:de|en))|decided to go(?! (?:to|back|with|home|ahead|for|through|over|on|in)\\b)|" +
    "(?:it'?ll|it will|everything will|all of this will|this will) (?:all )?be over (?:soon|tonight|shortly)(?! (?:once|when|after|if))|" +
    "(?:punch\\w*|hit\\w*|bang\\w*|slam\\w*) (?:the )?walls? until|(?:hit\\w*|bang\\w*|slam\\w*) my head (?:against|on|into) " +
    "(?:the |a )?(?:wall|walls|floor|door)|(?:til|till|until) (?:it|they|i) (?:bleeds?|bled)|until (?:my )?(?:knuckles|hands?|fists?|skin|arms?) (?:break|breaks|bleed|bleeds|bled|broke)|" +
    "(?:my life|mi vida) (?:isn'?t|is not|ain'?t|no) (?:even )?(?:worth|vale) (?:ni|even|the|los|lo que|what)|" +
    "(?:tell|let|dile|diganle a) (?:the lord|god|jesus|dios|diosito) (?:that )?(?:i'?m|im|que (?:ya )?voy|ya voy) (?:on my way|coming|en camino|para alla)|" +
    "(?:i'?m|im) on my way to (?:heaven|the lord|god|jesus|meet my maker)|(?:i'?m|im) (?:on|at|sitting on|standing on|laying on|lying on) " +
    "(?:the )?(?:train |railroad |railway )?(?:tracks|rails)|(?:estoy|ando) (?:en|sobre) (?:las )?vias del tren|" +
    "(?:ya )?(?:ni|no) (?:existo|existire|voy a existir)(?! (?:para|en|como)\\b)|su+i?[cs]+i?d\\w*|sucid\\w*|sewerslide|unaliv\\w*|self[- ]?(?:harm\\w*|delete|deleting)|" +
    "kms|k m s|noose|(?:tried|try|trying|going|gonna|want|wanna|about|ready|plan|planning|" +
    "decided) to end it|(?:i|been|started|keep|kept) cut(?:ting)? (?:again|myself|my (?:arms|legs|" +
    "wrists|skin))|cut again|(?:til|till|until|hasta) (?:they |it |i )?(?:bleed|sangrar)|" +
    "hasta (?:que )?sangr\\w*|(?:burning|burn|burned|burnt|queme|quemarme|quemo|" +
    "quemando(?:me)?) (?:my|me|el|mi|los|las) ?(?:arm|arms|leg|legs|skin|wrist|brazo|brazos|piel|" +
    "pierna|piernas|muneca)|(?:hacer|hice|hago|vuelto a hacer)(?:me)? cortes|a proposito|on purpose|" +
    "wrote letters|(?:left|leaving|wrote) (?:her|him|them|my \\w+) (?:a )?(?:letter|note)|(?:le|" +
    "les) (?:he )?(?:deje|dejao|dejado|escribi) (?:una )?cartas?|(?:aventar(?:me)?|tirar(?:me)?|" +
    "lanzar(?:me)?) (?:al|del|desde|por|de) (?:la |el )?(?:canal|rio|mar|puente|techo|edificio|" +
    "ventana|balcon|azotea|tren|metro|vias|barranco|precipicio|acantilado)|(?:me )?quit(?:o|arme|" +
    "ar) de en medio|whoever finds me|(?:why|por que) (?:do )?(?:i )?(?:keep|still|" +
    "sigo) (?:waking up|wake up|breathing|despertando|respirando)|not (?:planning|" +
    "going) to come back|no pienso volver|won'?t (?:really )?matter (?:after|soon|anyway|" +
    "much longer)|(?:won'?t|will not) be reachable|forgive me for what|(?:perdonen|perdoname|" +
    "perdonenme) (?:por )?lo que voy a hacer|what i'?m about to do|lo que voy a hacer|(?:pense|" +
    "pensado|planeado|decidido|decidi) (?:como|cuando) hacerlo|already (?:planned|decided|" +
    "know) (?:how|when)|no me refiero a la deuda|(?:not|i'?m not|im not) talking about the (?:debt|" +
    "money|bill)|i don'?t mean the (?:debt|money|bill)|lo ultimo que (?:van a )?sab\\w* de mi|" +
    "no van a (?:volver a )?saber (?:mas )?de mi|(?:ya )?no me van a (?:encontrar|volver a ver)|" +
    "last (?:you'?ll|you will|anyone will) hear from me|won'?t hear from me|no future|" +
    "nothing to live for|no reason to live|ways? to die|how to die|painless way\\w*|overdos\\w*|" +
    "(?:kill|kil|hurt|harm|cut|hang|shoot|off|end) (?:my ?self|myslef|meself)|" +
    "take my (?:own )?life(?! back)|end(?:ing)? my (?:own )?(?:life|lyfe)|quitarme la vida|matarme|" +
    "suicidarme|morirme|hacerme dano|(?:voy a|quiero|pienso|pensando en|" +
    "podria) hacerme algo(?! (?:de|asi|para|como|rico)\\b)|cortarme|ahorcarme|colgarme|(?:pegarme|" +
    "darme|meterme) un (?:tiro|balazo)|me (?:voy a|quiero) (?:pegar|dar|meter) un (?:tiro|balazo)|" +
    "quitarme de en medio|tirarme (?:de|del|al|a las|a la|desde)|aventarme|lanzarme (?:de|del|al|" +
    "desde))\\b";
const death =
  "\\b(?:die|dies|dying|dye|dead|death|kill|killing|morir|muero|muera|muere|muerte|muert[oa]|matar|mato|" +
    "(?:6|six) (?:feet|ft) under|meet(?:ing)? my maker|kick(?:ing)? the bucket|pushing up daisies|in a (?:box|coffin|casket|" +
    "body bag)|panteon|cementerio|bajo tierra|pijama de madera|ataud)\\b";
/** Life, living, being alive or here, with not wanting it or being done with it. */
const refusedLife =
  "\\b(?:(?:don'?t|dont|dnt|do not|not|never|no longer|no) (?:want|wanna|wana|wish|care|feel like|" +
    "deserve|need)(?: to)? (?:live|be alive|exist|be here|keep living|go on living|wake up|breathe)|" +
    "(?:tired of|done with|done|sick of|hate|can'?t stand|fed up with|over) (?:living|life|my life|" +
    "being alive|existing|this life|trying to stay alive)|(?:no|ya no|ni) (?:quiero|kiero|quisiera|" +
    "deseo|tengo ganas de|me dan ganas de)(?: seguir)? (?:vivir|viviendo|existir|estar viv[oa]|" +
    "despertar|amanecer|respirar|con vida)|(?:cansad[oa]|hart[oa]|aburrid[oa]) de (?:vivir|la vida|" +
    "mi vida|existir|esta vida)|(?:could|wish|rather|want to|wanna) (?:just )?not (?:exist|be alive|" +
    "be here|wake up)|dejar de (?:existir|vivir|respirar)|(?:seguir|quedarme) aqui|" +
    "me canse de (?:vivir|la vida|existir)|(?:don'?t|dont|do not) (?:wanna|want to|wana) (?:be|" +
    "b) here|idw (?:2|to) live|sin ganas de vivir)\\b(?! (?:at|in|there|with|on|off|paycheck|near|" +
    "alone|together|insurance|policy|all|long|waiting|for|en|con|ahi|alla|cerca|sol[oa]|de renta|" +
    "seguro|todo el dia|esperando)\\b)";
const means =
  '\\b(?:bridges|overpasses|cliffs|rooftops|(?:tallest|highest) (?:\\w+ )?(?:buildings?|bridges?|towers?|parking (?:garages?|decks?))|' +
    'lethal dose|dosis letal|(?:puente|edificio|torre)s? mas alt[oa]s?|oxy\\w*|percocet|vicodin|fentanyl|opioids?|ambien|klonopin|valium|knife|knives|cuchillo|pills?|overdos\\w*|od|rope|noose|hang|hanging|gun|guns|pistol|shotgun|rifle|bullets?|' +
    'razors?|blades?|wrists?|bridge|overpass|rooftop|roof|ledge|cliff|tracks|train|ocean|river|' +
    'carbon monoxide|car running|hose|garage|tylenol|revolver|sidearm|firearm|handgun|loaded|xanax|' +
    'insulin|meds|medication|lighter|canal|reef|edge|parking deck|beneno|plancha|advil|' +
    'sleeping pills|bottle of|jump|jumping|manguera|garaje|techo|orilla|brincar|saltar|' +
    'lavado de estomago|bleach|poison|pastillas|sobredosis|soga|cuerda|ahorcar\\w*|pistola|arma|' +
    'balas?|navaja|cuchilla|venas|munecas|brazos|puente|azotea|vias|tren|rio|mar|veneno|cortando|' +
    'cortandome|corte)\\b';
const ending =
  "\\b(?:end (?:it|it all|everything|things)|ending (?:it|it all|everything|things)|(?:not|" +
    "no longer) (?:be )?(?:alive|breathing)|(?:won'?t|wont|not gonna|not going to|" +
    "don'?t think i'?ll|dont think ill|never gonna) make it (?:through|to|past)|never wake|" +
    "not wake up|don'?t wake up|sleep forever|(?:want|wanna|going|gonna|wish|just|could|" +
    "to) (?:to )?disappear(?! from)|gone (?:for good|forever)|(?:when|after|once|before) (?:i'?m|im|" +
    "i am) gone|where (?:i'?m|im|i am) going|check(?:ing)? out (?:for good|early|permanently|" +
    "of (?:life|this world))|i'?m checking out|leave this (?:world|earth|life)|(?:pain|everything|" +
    "it all) to stop|acabar con (?:todo|mi vida|esto de una vez)|(?:se )?(?:acabe|termine) (?:todo|" +
    "este dolor)|terminar con todo|(?:quiero|voy a) (?:irme|ir) para siempre|(?:quiero|quisiera|" +
    "ojala|voy a|me gustaria) desaparecer(?! (?:esta|este|la|el|los|las|mi|de mi)\\b)|" +
    "dormir(?:me)? para siempre|no (?:volver a )?despertar(?:me)?|desaparecer (?:para|pa) siempre|" +
    "(?:about|with|of) me (?:much|any|for much) longer|no (?:tendran|" +
    "van a tener) que preocuparse (?:mas )?por mi|won'?t (?:need|be needing) (?:it|any of it|" +
    "anything|them|my \\w+|the money|a (?:payment )?plan)(?!,? (?:i'?ll|ill|i can|i will|i'?m|im) (?:pay|paying|just pay|settle|cover))|cuando (?:yo )?no (?:este|estoy|exista)|" +
    "irme de este mundo|ir de este mundo|y no volver|won'?t (?:even )?exist|para que (?:ya )?se acabe|hasta aqui (?:llego|llegue|llegamos)|(?:no|ni) (?:voy a |vo a |creo que |creo |pienso )?" +
    "(?:llegar|llego|llegue) (?:a|al|hasta) (?:diciembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|" +
    "octubre|noviembre|navidad|ano nuevo|mi cumpleanos|el (?:proximo|otro) (?:mes|ano))|(?:won'?t|wont|not gonna|" +
    "not going to|don'?t think i'?ll|dont think ill) (?:make it|be (?:here|around|alive)|last) (?:to|till|until|" +
    "past|through) (?:christmas|thanksgiving|december|january|new year'?s?|next (?:month|year)|my birthday))\\b";
/** Not being here or around, which a trip or a busy day also is: read with `travel`. */
const absence =
  "\\b(?:(?:(?:don'?t|dont|do not) think (?:i'?ll|ill|i will)|won'?t|wont|not gonna|not going to|aint gonna|ain'?t gonna|no longer|never gonna|" +
    "never going to|don'?t plan to|dont plan to) (?:be )?(?:here|around|alive|breathing|waking up)|" +
    "(?:i'?ll|ill|i will) be gone|no (?:voy a |vo a )?estar (?:aqui|viv[oa]|presente|" +
    "para)(?! (?:con|en) )|ya no (?:voy a )?estar(?:e)?(?! (?:con|en) )|ni voy a estar|" +
    "before i go)\\b";
/** Going away for a while: the words that make "I won't be here next week" a trip, not an ending. */
const travel =
  '\\b(?:vacation|trip|travel\\w*|out of town|moving|weeks?|days|hours|a while|tomorrow|monday|' +
    'tuesday|wednesday|thursday|friday|saturday|sunday|this week|next week|weekend|all day|viaje|' +
    'vacaciones|fuera de la ciudad|me mudo|mudanza|manana|lunes|martes|miercoles|jueves|viernes|' +
    'sabado|domingo|esta semana|la proxima semana|fin de semana)\\b';
/** Pills and the like in their ordinary places. */
const ordinaryMeans = '\\b(?:this morning|every (?:day|morning|night)|daily|as prescribed|doctor|esta manana|todos los dias|medico|vacation|visit|tour|sightseeing|vacaciones|visitar|paseo|manejando|driving|traffic|trafico|commute|bill|bills|factura|pharmacy|prescription|refill|vitamins?|farmacia|receta|vitaminas)\\b';
const farewell =
  "\\b(?:said (?:my )?goodbyes?|ya me despedi|made (?:my )?peace|at peace with (?:it|my decision|everything|god)|ya (?:estoy|me siento) en paz|" +
    "(?:decir(?:le)?|digan(?:le)?|dile|avis\\w*) a mis? \\w+ que|(?:tell|ask) my \\w+ to forgive|goodbye|good bye|goodnight forever|farewell|(?:my|this is (?:my|the)) last (?:message|" +
    "text|words)|tell my (?:kids|children|son|daughter|mom|mother|wife|husband|family|parents)|" +
    "love you all|take care of my|letters? (?:to|for) my|given away|adios|despedirme|despedida|" +
    "me despido|me despedi|ultimo mensaje|ultimas palabras|diganle a mi|cuiden(?:me)? a mis?|" +
    "cartas a mis|taking care of things|se va a encargar de mis cosas|ya yo me voy|" +
    "yo ya no estoy)\\b";
const hopeless =
  "\\b(?:no (?:point|reason|hope|way out|future|light)|what'?s the point|pointless|hopeless|" +
    "worthless|better off|be relieved|easier for everyone|(?:a|such a) burden|un estorbo|una carga|" +
    "can'?t (?:go on|take (?:it|this) anymore|keep going|live like this|do this (?:anymore|" +
    "no more))|cant do this no more|giving up|give up on|done fighting|tired of (?:everything|" +
    "it all)|tird of evrything|nothing (?:left|matters|to live for)|not worth it|sin (?:sentido|" +
    "salida|esperanza)|no (?:hay|tiene|tengo|le veo|le encuentro) (?:salida|sentido|esperanza|razon|" +
    "nada)|no puedo mas|no aguanto mas|no soporto mas|(?<!\\bno )me rendi|(?<!\\bno )me rindo|mejor sin mi|estarian mejor|" +
    "les iria mejor|mas tranquilos|no pude (?:con todo|mas)|couldn'?t (?:do it|take it|handle it) anymore)";
const finality = "\\b(?:forever|anymore|any more|again|final|for good|para siempre|pa siempre|nunca|ultimo|" +
  "ultima|ya no)\\b";
/** A goodbye to the company, not to life. */
const businessFarewell = '\\b(?:payment|pago|vampires|company|empresa|compania|account|cuenta|service|servicio|bank|' +
  'banco|good riddance|customer|cliente)\\b';
/** Following someone who died: read against the whole message, before idioms are taken out. */
const following = '\\b(?:follow|following|join|joining|be with|go be with|irme con|estar con|reunirme con|' +
  'alcanzar a)\\b[^.?!]{0,12}\\b(?:him|her|them|el|ella|mi (?:esposo|esposa|hijo|hija|mama|papa|' +
  'madre|padre)|my (?:late|husband|wife|son|daughter|mom|dad))\\b';
const death0ther = '\\b(?:took (?:his|her|their) (?:own )?life|died|passed|late|murio|fallecio|se quito la vida|' +
  'se suicido)\\b';
/** Arranging one's affairs for soon. */
const affairs = '\\b(?:(?:wrote|write|writing|made|making|finished|signed) (?:out |up )?my (?:last )?(?:will|testament)|' +
  '(?:hice|escribi|estoy haciendo|termine|firme) mi testamento|life insurance|seguro de vida|beneficiar\\w*|executor|albacea|herencia|heredan|my estate|' +
  'papeles en orden|todo en orden)\\b';
const soon = "\\b(?:soon|after tonight|tonight|when i'?m gone|won'?t need|finish paying|no falta mucho|" +
  "pronto|cuando (?:yo )?no (?:este|estoy)|si me pasa algo|estoy dejando)\\b";
/** Having been here before: a past attempt and the same feeling now. */
const pastAttempt = "\\b(?:tried to (?:od|o d|overdose|kill myself|end it|die)|attempted|intente (?:matarme|suicidarme|quitarme la vida)|" +
  "me trate de (?:matar|suicidar))\\b|" +
  '\\b(?:ended up|wound up|terminé|termine|acabe) (?:in|at|en) (?:the )?(?:er|hospital|' +
  'emergencias|urgencias)\\b';
const sameFeeling = "\\b(?:back in (?:that|the) (?:same )?place|same place|back there|de nuevo (?:ahi|asi)|otra vez asi|" +
  "volvi a sentirme|felt like this|feel like this|getting that bad|dark place|senti asi|sintiendo asi|" +
  "siento asi)\\b";
const apology = "\\b(?:me perdone|me perdonen|to forgive me|sorry for everything|i love (?:you|them|her|him)|forgive me|perdon(?:enme)?|los quiero|" +
  "las quiero|te quiero|l[oa] quiero|lo siento)\\b";
const holdsMeans = "\\b(?:googl\\w*|search\\w*|hoard\\w*|almost have enough|have enough|tengo suficientes|next to me|beside me|in my hand|" +
  "al lado|junto a mi|en la mano|eat|eating|whole bottle|entire bottle|downing|chug\\w*|scratch\\w*|carv\\w*|" +
  "slic\\w*|cutting (?:my|myself|into)|rasgu\\w*|standing on|stood on|looking down|staring down|mirando (?:hacia |pa |para )?abajo|cleaned|saved up|pocketing|keep looking|looking over|sat on|for me|parado en|estoy en|" +
  "looking up|researching|look at it|keep going|(?:best|only|easiest|cheapest) (?:payment plan|" +
  "plan|option|way|solution)|preparad[oa]|pensando si|have|got|bought|buy|took|take|taking|" +
  "swallow\\w*|holding|hold|saving|saved|stockpil\\w*|stash\\w*|ready|loaded|counting|looking at|" +
  "thinking|collected|tengo|compre|guardando|guarde|juntando|tome|tomar|lista|listo|pensando)\\b";

/** Giving one's things away, and leaving the creditor what remains: arranging for after. */
const givingAway = "\\b(?:gave|given|giving|give|pawned) (?:away )?(?:all )?my (?:\\w+(?:'?s)? )?(?:dog|dogs|cat|cats|pets?|truck|car|" +
  'guitar|things|stuff|belongings|tools|title|keys|clothes|jewelry|ring|photos|pictures|albums?)\\b|\\b(?:regale|he regalado|regalando|reparti|di|ya di) ' +
  '(?:todas )?(?:mis|mi) (?:cosas|perr[oa]s?|gat[oa]s?|troca|carro|camioneta|herramientas|ropa|mascotas|anillo)\\b|' +
  '\\bse (?:la|lo|las|los) di a mi\\b';
/** Not needing anything any more: said with a farewell or things given away. */
const needsNothing = "\\b(?:won'?t|wont|not going to|not gonna|never gonna|ain'?t gonna|no longer) (?:be )?need(?:ing)? (?:anything|" +
  "any of (?:it|this|that)|it|them|a (?:\\w+ )?(?:plan|arrangement)|the (?:\\w+ )?(?:plan|arrangement|money)|my \\w+)|" +
  "ya no (?:voy a )?necesit\\w* (?:nada|el plan|ningun (?:plan|arreglo))\\b";
/** A death on the account said as soon to come true: "put deceased on my account, it'll be true soon". */
const deathOnAccount = "\\b(?:deceased|dead|fallecid[oa]|muert[oa]|difunt[oa])\\b";
const soonTrue = "\\b(?:(?:it'?ll|it will|that'?ll|will) be true (?:soon|before long|shortly)|soon enough|(?:pronto|ya mero) (?:sera|va a ser) " +
  "(?:verdad|cierto))\\b";
/** The undertaker as the one who collects: "el que va a cobrar es el de la funeraria". */
const undertakerCollects = "\\b(?:funeraria|funeral home|undertaker|enterrador|sepulturero|mortician)\\b[^.?!]{0,30}\\b(?:cobr\\w*|collect\\w*|pay|paid)\\b|" +
  "\\b(?:cobr\\w*|collect\\w*)\\b(?: \\w+){0,6} (?:el de la |la |the )?(?:funeraria|funeral home|undertaker|enterrador|sepulturero|mortician)\\b";
const leftovers = "\\b(?:whatever'?s left|whatever is left|what'?s left|what is left|what remains|lo que quede|lo que sobre|" +
  'lo que reste|lo que haya)\\b';
/** A means weighed against paying: "a rope is cheaper than your minimum payment". */
const lethalMeans = '\\b(?:rope|noose|bullets?|a gun|pills|bleach|poison|soga|cuerda|balas?|pistola|pastillas|veneno|cloro)\\b';
const cheaperThanPaying = "\\b(?:that'?s my (?:payment )?plan|my (?:payment|exit) plan|ese es mi plan|mi plan de pagos|" +
  '(?:cheaper|easier|less|better option|more affordable|instead of pay\\w*|mas barat[oa]s?|' +
  'sale mas barat[oa]|mas facil|cuesta menos|en vez de pagar|en lugar de pagar))\\b';
/** Hoping for an accident or a heart that stops: a wish to die said as a hope, not a plan. */
const passiveWish = "\\b(?:hope|hoping|wish|wishing|pray|praying|ojala|espero que|rezo (?:para|por) que)\\b (?:that )?" +
  "(?!(?:i |my |me )?(?:don'?t|dont|do not|won'?t|wont|never|no|not)\\b)(?:i |my |me )?[^.?!]{0,25}\\b(?:(?:car )?accident|crash|heart (?:just )?stops|" +
  "stop breathing|struck by|hit by a|run over|accidente|choque|se me pare el corazon|deje de latir|me atropell\\w*)";
/** Death spoken of as welcome: "death sounds like a vacation". */
const deathAppeals = "\\b(?:death|dying|being dead|la muerte|morir(?:me)?)\\b[^.?!]{0,10}\\b(?:sounds|seems|looks|would be|feels|" +
  "suena|seria|se ve)\\b[^.?!]{0,12}\\b(?:vacation|relief|rest|good|nice|better|peaceful|easier|great|bien|mejor|" +
  "descanso|alivio|bonit[oa]|tranquil\\w*|vacaciones)\\b";
/** Someone's suicide, and the debtor seeing themselves in it. */
const othersSuicide = "\\b(?:killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|se (?:mato|suicido|quito la vida))\\b";
const seesThemself = "\\b(?:understand why|get it now|i get it|makes sense now|see why|know why|i'?m next|me too|same (?:thing|way)|entiendo (?:por que|porque)|" +
  "ya entiendo|lo entiendo|yo (?:tambien|igual)|soy el siguiente|soy la siguiente|lo mismo)\\b";
/** Things put in order for after: two of these together ("left the keys", "todo en orden", "the will"). */
const arrangements = [
  "\\bleft (?:the|my) keys\\b|\\bdeje las llaves\\b",
  "\\bcleaned (?:out )?(?:the|my) (?:apartment|apt|house|room|place)\\b|\\blimpie (?:el|la|mi) (?:depa|departamento|casa|cuarto)\\b",
  "\\bkids are (?:already )?with\\b|\\bmis hijos (?:ya )?(?:estan|se quedan) con\\b",
  "\\b(?:todo|everything|my affairs|my things) (?:esta |is |are )?(?:en orden|in order)\\b",
  "\\b(?:ropa|cosas) en cajas\\b|\\b(?:clothes|things|stuff) in boxes\\b|\\bboxed up\\b",
  "\\b(?:solo|nomas) (?:me )?falta una cosa\\b|\\b(?:only|just) one (?:more |last )?thing left\\b",
  "\\btestamento\\b|\\bmy will\\b|\\bexecutor\\b|\\balbacea\\b",
  "\\b(?:getting|got|putting|put|have) (?:all )?my (?:affairs|things|papers) in order\\b|" +
    "\\b(?:puse|pongo|poniendo|tengo|deje|dejando) (?:mis |todos mis |todas mis )?(?:cosas|asuntos|papeles) en orden\\b",
];

// Each concept is compiled once: the nets are read for every message, often a sentence at a time.
const compiled = new Map<string, RegExp>();
const test = (source: string, text: string) => {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = new RegExp(source)));
  return pattern.test(text);
};

/** One sentence, idioms taken out: does it join the concepts a crisis is said with? */
function sentenceSaysCrisis(sentence: string): boolean {
  if (test(strong, sentence) || test(refusedLife, sentence)) return true;
  const hasSelf = test(self, sentence);
  const hasDeath = test(death, sentence);
  const hasMeans = test(means, sentence) && !test(ordinaryMeans, sentence);
  const hasEnding = test(ending, sentence) || (test(absence, sentence) && !test(travel, sentence));
  const hasFarewell = test(farewell, sentence) && !test(businessFarewell, sentence);
  const hasHopeless = test(hopeless, sentence);
  if (hasDeath && (hasSelf || hasHopeless || hasEnding)) return true;
  if (hasMeans && hasSelf && (hasDeath || hasEnding || hasHopeless || hasFarewell || test(holdsMeans, sentence))) return true;
  if (hasEnding && (hasSelf || hasHopeless || hasFarewell)) return true;
  if (hasHopeless && hasSelf && test(finality, sentence)) return true;
  if (hasFarewell && (hasHopeless || hasEnding || test(finality, sentence) || test(apology, sentence))) return true;
  if (test(lethalMeans, sentence) && test(cheaperThanPaying, sentence) && !test(ordinaryMeans, sentence)) return true;
  if (test(passiveWish, sentence) || test(deathAppeals, sentence)) return true;
  return false;
}

function withoutIdioms(normalized: string): string {
  let text = normalized;
  for (const idiom of idioms) text = text.replace(idiom, ' ');
  return text;
}

/** `normalized`: the text as normalizeForMatching gives it. */
export function crisisByConcepts(normalized: string): boolean {
  if (test(following, normalized) && test(death0ther, normalized)) return true;
  if (test(affairs, normalized) && test(soon, normalized)) return true;
  if (test(pastAttempt, normalized) && test(sameFeeling, normalized)) return true;
  if (test(givingAway, normalized) && (test(leftovers, normalized) || test(needsNothing, normalized))) return true;
  if (test(needsNothing, normalized) && test(farewell, normalized)) return true;
  if ((test(deathOnAccount, normalized) && test(soonTrue, normalized)) || test(undertakerCollects, normalized)) return true;
  if (test(othersSuicide, normalized) && test(seesThemself, normalized)) return true;
  if (arrangements.filter((arrangement) => test(arrangement, normalized)).length >= 2) return true;
  const text = withoutIdioms(normalized);
  // Read a sentence at a time and two at a time: "goodbye everyone. i have the pills" joins.
  const sentences = text.split(/[.!?;\n]+/).filter((s) => s.trim() !== '');
  return sentences.some((sentence, i) => sentenceSaysCrisis(sentence) || (i > 0 && sentenceSaysCrisis(`${sentences[i - 1]} ${sentence}`)));
}

