/**
 * Words of self-harm or suicide (crisis) and threats of violence (threat), English and Spanish,
 * matched against normalised text (lower case, no accents, straight apostrophes). RULES.md AI-02
 * names SELF_HARM and THREAT_OF_VIOLENCE among the intents with a deterministic handler; RF-14:
 * a threat goes to a safety workflow, never retaliation.
 *
 * Recall first: a false crisis costs the debtor a kind sentence and a specialist a look, a miss is
 * unacceptable. So a phrase that is usually figurative but sometimes meant ("kms", "I can't go on")
 * counts; only idioms that plainly speak of something else are left out ("this bill is killing
 * me", "I'm dying to pay this off", "my phone died", "kill the plan", "me muero de risa"), by
 * writing each pattern so they cannot match, not by an exception list that could hide a real one.
 */

const r = (source: string) => new RegExp(source);

// "kill myself", "kms", "off myself", "unalive": English misspellings seen in texts included.
const myself = '(?:my ?self|myslef|mysef|meself|my own self)';
const selfHarmVerb = '(?:kill|kil|kll|killing|off|offing|unalive|unaliving|hurt|hurting|harm|harming|cut|cutting|shoot|shooting|hang|hanging|drown|drowning|poison|poisoning|stab|stabbing|end|rope|roping|starve|starving|suffocate|gas|delete|deleting)';
const iWill = "(?:i'?m|im|i am|i'?ll|i will|gonna|going to|want to|wanna|about to|ready to|thinking (?:of|about)|planning (?:to|on)|plan to|decided to|might|feel like|have to|need to|could|should|could just|should just|(?:guts|courage|nerve|strength) to)";
// "want" as texted in a hurry: "wnat", "wna", "wanan", "wan".
const want = '(?:want|wanna|wana|wanan|wnna|wna|wnat|wamt|wnt|wan)';
// Spanish wanting ("kiero", "qiero" are folded to "quiero" first: crisisShorthand).
const quiero = '(?:quiero|quisiera)';
// "seguir" on its own or of living, not of another doing ("seguir pagando", "seguir con el plan").
const seguir = '(?:seguir|sigo)(?! (?!viviendo\\b)\\w+ndo\\b)(?! con (?!vida\\b))';
// Places people die from, for a jump, a fall or a step off.
const height = '(?:bridge|ledge|roof|rooftop|building|balcony|window|cliff|overpass|platform|tower|parking garage|edge|tracks)';
const alto = '(?:puente|edificio|techo|piso|balcon|azotea|ventana|acantilado|barranco|precipicio|segundo piso|quinto piso|decimo piso)';
const vehiculo = '(?:tren|metro|vias|via del tren|carro|coche|camion|trailer|auto|autobus|camioneta|carretera)';
/**
 * "When I die, who pays this?", "si me muero mi esposa tiene que pagar esto?": a question about the
 * estate (issue #19 item 1 near misses), not death as the deadline ("when I die you can have
 * whatever's left", which stays a crisis).
 */
const estateQuestion = '(?:who|what|does|do|will|would|is|are|can|how)';
const preguntaDeHerencia = '(?:quien|que pasa|mis? \\w+ (?:tiene|tienen|va|van|debe|deben))';

/** "Morir de hambre / de la vergüenza": dying of something that is no death (a lookahead). */
const deLoFigurado = '(?! (?:de|del) (?:la |el )?(?:hambre|risa|sueno|frio|calor|verguenza|pena|aburrimiento|cansancio|nervios|miedo|ganas)\\b)';
/** A goodbye to the company after its last payment, or to "you vampires" (a lookbehind and a lookahead). */
const notToTheCompany = '(?<!\\b(?:last|final) payment\\b[^.?]{0,10}|\\b(?:empresa|compania|cuenta|banco|servicio)\\b[^.?!]{0,40})';
const notToThem = '(?!,? (?:you |ya )?(?:vampires|leeches|crooks|thieves|bloodsuckers|scammers))';
/** Moving house: "me mudo a Houston, ya no voy a estar aquí" (a lookbehind). */
const notMoving = '(?<!\\b(?:me mudo|mudanza|me cambio de casa|me voy a vivir)\\b.{0,60})';

export const crisisPatterns: readonly RegExp[] = [
  // direct: the self as the object of harm
  r(`\\b${selfHarmVerb} ${myself}\\b`),
  r('\\bkms\\b'),
  r('\\bunaliv(?:e|ed|ing)\\b'),
  r('\\bsu+i?[cs]+i?d(?:e|es|al|ial|ally|le|el)\\b'),
  r('\\bself[- ]?harm(?:ing)?\\b'),
  // wanting to die ("I want to die", "wanna die"), but not of laughter, boredom or embarrassment
  r(`(?<!\\b(?:battery|phone|cell|laptop|car|computer|signal|charger|tablet|ipad|iphone|plant|plants|dog|cat)\\b[^.?!]{0,12})\\b(?:${want}|wish|going|gonna|ready|about|deserve|like|rather|sooner) (?:to )?(?:just )?(?:die|dye(?! (?:my|it|the|her|his|your|them)\\b))\\b(?! (?:of|from|laughing|with|for))`),
  r('\\bfeel(?:ing)? like dying\\b'),
  r('\\b(?:wish|wishing) (?:i|i\'?d) (?:was|were|had been|could be) (?:dead|gone|never born)\\b'),
  r('\\bwish (?:i (?:was|were|had been) )?never (?:been )?born\\b'),
  r('\\b(?:better off|rather be|might as well be|may as well be|(?:i\'?ll|i will|gonna|going to) be) dead\\b'),
  r('\\b(?:might|may) as well (?:die|be gone)\\b'),
  r('\\bbetter (?:off )?(?:without me|if i (?:was|were|wasn\'?t|weren\'?t) (?:dead|gone|here|around|alive))\\b'),
  // ending one's life, said outright or quietly ("end it all", "thinking of ending it")
  r('\\b(?:end|ending|take|taking|took) (?:my|my own) life\\b(?! back)'),
  r('\\bend(?:ing)? it all\\b'),
  r(`\\b${iWill} end(?:ing)? (?:it|things|everything)\\b(?! (?:here|with|for now|on|early|there|today|thanks))`),
  r('^\\W*ending (?:it|things|everything)\\b(?! (?:here|with|for now|on|early|there|today|thanks))'),
  // not wanting to live or to go on: "I don't want to be here anymore", "I can't go on"
  r("\\b(?:don'?t|do not|dont|no longer|never) (?:even |really |just )?(?:want|wanna|wish) to (?:be alive|be around|exist|wake up|be on this earth|be in this world)\\b"),
  r("\\b(?:don'?t|do not|dont|no longer|never) (?:even |really |just )?(?:want|wanna|wish) to live\\b(?! (?:in|with|on|off|paycheck|there|here|near))"),
  r("\\b(?:don'?t|do not|dont|no longer) (?:even |really |just )?(?:want|wanna) to be here (?:anymore|any more|any longer|no more)\\b"),
  r("\\b(?:can'?t|cannot|cant|can not) (?:go on|keep going|keep living)(?! \\w+ing\\b)(?! with (?:the|this|that|my) (?:plan|payment|payments|bill))(?! (?:the|a|an|my|your|vacation|holiday|leave|break|trip|line|online)\\b)"),
  r("\\b(?:can'?t|cannot|cant|can not) (?:do this|take (?:it|this)|handle (?:it|this|life)) (?:anymore|any more|any longer|no more)\\b"),
  r("\\b(?:can'?t|cannot|cant) live like this\\b"),
  r('\\b(?:no|not any|not a|nothing left to|no more) (?:point|reason|reasons)\\b[^.?!]{0,20}\\b(?:liv(?:e|ing)|being alive|going on|to go on|being here|in life|to keep going)\\b'),
  r('\\bnothing (?:left )?to live for\\b'),
  // Added after the held-out slice was scored (README "Safety"): they generalise its three misses.
  r("\\b(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) (?:see|find|have) (?:a|any|the) (?:point|reason)\\b[^.?!]{0,20}\\b(?:liv(?:e|ing)|being alive|going on|to go on|keep going|being here)\\b"),
  r('\\b(?:pills|meds|tablets|pastillas)\\b[^.?!]{0,12}\\b(?:saved up|stockpiled|stashed|guardadas|juntadas)\\b|\\btonight (?:might|could|will|is going to|may) be the night\\b'),
  r('\\b(?:no tengo|ya no tengo|sin|perdi las|no me quedan) ganas de vivir\\b'),
  r("\\b(?:life|living) (?:is not|isn'?t|ain'?t|is no longer|not) worth\\b"),
  r('\\bnot worth living\\b'),
  r('\\b(?:tired|sick) of (?:living|being alive|life|existing)\\b(?! (?:paycheck|in|with|at|on|here|there|off)\\b)'),
  r('\\bdone (?:with )?(?:life|living|being alive)\\b(?! paycheck)'),
  r("\\bwon'?t be (?:alive|around much longer|here much longer|around to see|here to pay|here to see)\\b"),
  r("\\b(?:never|don'?t want to|dont want to|not) wake up\\b"),
  r('\\bdisappear (?:forever|for good)\\b'),
  r("\\b(?:nobody|no one|noone|no body) (?:would|will|'?d|is going to|gonna) (?:care|notice|miss me)\\b"),
  // "Last payment!! Goodbye forever, you vampires" leaves the company, not life.
  r(`${notToTheCompany}\\b(?:goodbye|good bye|bye) forever\\b${notToThem}|\\bfinal goodbye\\b|\\bsay(?:ing)? goodbye to (?:everyone|everybody|the world|my family|my kids)\\b`),
  // Added from our own dev phrasings (test/unit/compliance/crisis-phrasings.test.ts), never from a
  // held-out slice: quieter words of being a burden, of no way out, of a note or a means.
  r("\\b(?:would|will|'d) be (?:better off|better|happier|easier|fine|ok|okay)\\b[^.?!]{0,15}\\b(?:without me|if i (?:was|were|wasn'?t|weren'?t|am|'?m) (?:dead|gone|not here|not around|no longer here))\\b"),
  r('\\b(?:sleep|go to sleep|fall asleep) (?:forever|and (?:never|not) wake up)\\b'),
  r("\\bbought (?:a )?(?:rope|noose)\\b|\\b(?:rope|noose)\\b[^.?!]{0,40}\\b(?:myself|what i'?m doing|use it|tonight|my neck|hang)\\b|\\bend of my rope\\b"),
  r('\\b(?:goodbye|suicide|farewell) (?:letter|note)s?\\b|\\b(?:wrote|written|left|writing|write) (?:a |my |the |some )?(?:notes?|letters?) (?:for|to) (?:my |each of my )?(?:wife|husband|kids|children|family|mom|dad|son|daughter|parents|partner)\\b'),
  r('\\bno (?:other )?way out\\b(?! of (?:this (?:debt|bill|contract|plan)|the (?:debt|bill|contract|plan)|paying))'),
  r(`\\b(?:if|once|when|after) i'?m (?:dead|gone)\\b(?! (?:on|for|to|from|at)\\b)|\\bif i (?:die|was dead|were dead)\\b(?!,? ${estateQuestion}\\b)`),
  r('\\b(?:gun|pistol|knife|blade|razor)\\b[^.?!]{0,40}\\b(?:on myself|to my head|my wrists?|against myself)\\b'),
  r('\\b(?:drive|driving|crash|crashing|steer) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|cliff|bridge|river|lake|ocean|pole|truck|overpass)\\b'),
  r('\\b(?:jump|jumping|step|stepping|throw myself|walk|walking|lie down) in front of (?:a |the )?(?:train|bus|truck|car|subway)\\b'),
  r("\\b(?:not|won'?t|wont|will not|ain'?t) (?:gonna |going to )?be (?:around|here|alive) (?:much |for )?(?:longer|long|anymore|any more|to see)\\b"),
  r('\\bdisappear\\b[^.?!]{0,20}\\bnever (?:come back|return|be found)\\b'),
  r('\\bhate (?:being alive|living|my life|existing|my own life)\\b'),
  r("\\b(?:i'?m|i am|im|being|feel like (?:i'?m )?(?:a|such a)|just) (?:such )?a burden\\b(?! (?:on|to) my (?:credit|budget|wallet|bank))"),
  r('\\b(?:stop|quit|cease) existing\\b'),
  r('\\bnothing left (?:for me|to live for|in me)\\b'),
  r('\\b(?:thinking|think|thoughts?) (?:about|of) (?:dying|death|killing myself|ending (?:it|my life)|suicide)\\b'),
  r('\\bwant (?:it all|everything|all of it|my life) to (?:be over|end|stop)\\b'),
  r('\\b(?:slit|slitting|cut|cutting|slash|slashing) (?:my |open my )?wrists?\\b'),
  r('\\bno despertar(?:me)? (?:nunca|jamas|mas)\\b|\\bdorm(?:ir|irme|irse|irnos) (?:para siempre|y (?:ya )?no (?:volver a )?despertar)\\b'),
  r('\\bcarta de despedida\\b|\\bnota (?:de )?suicid'),
  r('\\bno (?:hay|tengo|veo) (?:otra )?salida\\b(?! de emergencia)'),
  r('\\b(?:harto|harta|cansado|cansada|aburrido|aburrida) de (?:vivir|la vida|existir|estar viv[oa])\\b'),
  r('\\b(?:quisiera|quiero|deseo|ojala) no (?:existir|haber nacido|estar aqui|estar viv[oa])\\b'),
  r(`\\bno (?:le )?(?:encuentro|veo|tiene) (?:ningun )?sentido (?:a )?(?:vivir|la vida|${seguir})\\b`),
  r('\\bme (?:voy a|quiero|pienso|tengo ganas de) (?:colgar|ahorcar)\\b'),
  r('\\bsoy una carga\\b'),
  r('\\bno (?:quiero|kiero) (?:estar|seguir) en este mundo\\b'),
  r('\\b(?:pienso|pensando|pensar) en (?:morir(?:me)?|la muerte|matarme|suicidarme)\\b'),
  // Third round (test/unit/compliance/crisis-dev-phrasings.ts), families rather than phrasings.
  // Farewells: "this is goodbye", "by the time you read this", "tell my kids i love them".
  r('\\bthis is (?:goodbye|my (?:goodbye|farewell))\\b|\\bby the time (?:you|anyone|someone|somebody) (?:read|reads|see|sees|get|gets|find|finds) this\\b'),
  r('\\b(?:say(?:ing)? (?:goodbye|bye|sorry)|goodbye|farewell|sorry|love you all) (?:to )?(?:everyone|everybody|all of you|you all|y\'?all|the world|my (?:family|kids|children|wife|husband|mom|dad|parents|son|daughter|friends))\\b'),
  r('\\b(?:last|final) (?:message|text|words|goodbye)(?: \\w+){0,2} (?:to (?:anyone|everyone|anybody|everybody|the world|my family)|ever)\\b'),
  r('\\btell (?:my (?:kids|children|family|wife|husband|mom|mum|mother|dad|father|parents|son|daughter|babies|girlfriend|boyfriend|partner|sister|brother)|everyone)\\b[^.?!]{0,30}\\b(?:i love|i loved|i\'?m sorry|im sorry|goodbye)\\b'),
  r('\\b(?:please )?take care of my (?:\\w+ )?(?:kids|children|dog|dogs|cat|cats|pets?|babies|son|daughter|family) (?:for me|when i\'?m gone|after i\'?m gone)\\b|\\bsorry for everything\\b[^?]{0,40}\\b(?:goodbye|bye|farewell|forgive me|take care|love you|i tried)\\b'),
  r('\\b(?:given|giving|gave) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets|dog|cat)\\b'),
  // The debt handed to the estate or the insurance: "take the money from my estate".
  r('\\b(?:collect|take|get|pay|paid|cover|claim|go after|come after)\\b[^.?!]{0,30}\\b(?:from|out of|off|with|against) my (?:estate|life insurance|insurance money|funeral)\\b(?! (?:plan|planning|policy|policies|agent|quote|premium)\\b)|\\b(?:collect|go after|come after|sue) my estate\\b'),
  r('\\bmy (?:estate|life insurance|insurance money)\\b[^.?!]{0,30}\\b(?:will|can|\'ll|gonna|going to|should) (?:pay|cover|take care of|handle|settle|clear)\\b'),
  r("\\bneed(?:ing)?\\b[^.?!]{0,40}\\bwhere i'?m (?:going|headed|heading)\\b"),
  r("\\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|plan(?:ning)? (?:is )?to|want to|wanna|hope to|ready to) be (?:long )?gone\\b(?! (?:on|for|to|from|at|until|till|til|this|next|all|most|over|during|out|in|away|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:weekend|week|day|whole)|a (?:week|few|couple|while|bit|month|day)|by (?:the time|then)|when (?:you|they))\\b)"),
  // Passive: hoping not to wake, not minding being hit, a prayer to be taken, not existing.
  r("\\b(?:hope|pray|wish|rather)\\b[^.?!]{0,15}\\b(?:don'?t|dont|do not|never|won'?t|wont|not) (?:ever )?wake up\\b"),
  r("\\b(?:hope|wish|pray|care if|mind if)\\b[^.?!]{0,30}\\b(?:hits? me|hit by|kills? me|runs? me over|ran me over|killed me|die in my sleep)\\b(?! (?:with|up|back)\\b)"),
  r('\\b(?:god|lord|jesus|the universe)\\b[^.?!]{0,10}\\b(?:takes?|taking|call|calls) me (?:home|away|now|already|in my sleep|tonight)?\\s*(?:[.!]|$)|\\b(?:god|lord|jesus),? (?:just |please |already )*(?:take|takes|come get) me\\b(?! (?:off|out|to|through|back|seriously|at)\\b)'),
  r('\\b(?:dios(?: mio)?|diosito|senor|virgencita),? (?:ya |por favor |porfa )*(?:llevame|llevate(?:me)?|recogeme|quitame la vida)\\b'),
  r("\\b(?:wish|want|wanna|rather|prefer|could just)(?: i| that i)?(?: (?:to|could|would|did|just|simply|honestly|really))* (?:not|never|stop|quit|cease to) (?:exist|existing|be alive|be born|be in this world)\\b"),
  r("\\b(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) see (?:a|any|my) future\\b(?! (?:in|with|for) (?:this|that|the|your|a)\\b)|\\bno future for me\\b"),
  r("\\b(?:tired|sick|done|exhausted) (?:of|with) (?:trying to )?(?:stay(?:ing)? alive|being alive|being here|existing|breathing|it all|this life|my life)\\b(?! insurance)"),
  r("\\bdone\\b[^?]{0,20}\\bwith (?:life|living|this life|my life|being alive)\\b(?! insurance)"),
  r("\\b(?:life|my life|living)\\b (?:is|feels|seems) (?:so |just )?(?:pointless|meaningless|hopeless|worthless|not worth it|over)\\b|\\b(?:life|living) has no (?:point|meaning|purpose)\\b"),
  r("\\bnothing matters (?:anymore|any more|now|to me)\\b|\\bnothing matters\\s*(?:[.!,]|$)"),
  r("\\b(?:can'?t|cant|cannot) (?:do|take|handle) (?:this|it)\\b[^?]{0,40}\\b(?:give up|giving up|disappear|what'?s the point)\\b"),
  r('\\b(?:want|wanna|wish i could|just want) (?:to )?(?:just )?disappear\\b(?! (?:from|off|out of|for (?:a|the) (?:day|week|weekend|while)))'),
  // Leaving this world: "ready to leave this world", "check out for good".
  r('\\b(?:leave|leaving|depart|departing|exit|exiting|check out of|gone from) (?:this|the) (?:world|earth|life|planet)\\b|\\bcheck(?:ing)? out (?:for good|permanently)\\b'),
  // Burden, said any way: "everyone would be relieved if i was gone", "better off with the insurance than with me".
  r("\\b(?:would|will|'d|'ll) be (?:better off|better|happier|easier|fine|ok|okay|relieved|glad|free|happy|richer)\\b[^.?!]{0,40}\\b(?:without me|than with me|if i (?:just |simply )?(?:(?:was|were|am|'?m) (?:dead|gone|not here|not around|no longer here|not alive)|(?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive|born)|died|disappeared|passed|killed myself))\\b"),
  r("\\b(?:fine|better|happier|easier|spinning|turning|relieved|richer)\\b[^.?!]{0,25}\\bwithout me\\b|\\bwithout me\\b[^.?!]{0,20}\\b(?:better|happier|fine|easier)\\b|\\bdoing (?:everyone|everybody|you all|the world|my family) a favou?r\\b"),
  r("\\b(?:not|won'?t|wont|no)\\b[^.?!]{0,15}\\bbe (?:a |any )?(?:burden|bother|(?:problem|trouble) for (?:you|anyone|anybody|everyone|everybody|my family))\\b[^.?!]{0,25}\\b(?:much longer|for long|after (?:tonight|today))\\b"),
  // Forever, for good: "goodnight forever", "i want the pain to stop for good".
  r(`${notToTheCompany}\\b(?:goodnight|good night|goodbye|bye|sleep|rest|go away|leave)\\b[^.?!]{0,15}\\b(?:forever|for good|permanently)\\b${notToThem}(?<!\\bleave (?:me|us) alone (?:forever|for good|permanently))|\\b(?:the |this |my )?(?:pain|suffering|hurting) (?:to )?(?:stop|end|go away)\\b(?! (?:in|of) (?:my|the) (?:back|leg|knee|tooth|neck)\\b)`),
  r("\\b(?:walk|walking|wade|wading|drive|driving|swim|swimming) (?:out )?(?:into|in front of) (?:the )?(?:ocean|sea|river|lake|traffic|water|highway|freeway)\\b|\\b(?:disappear|go away|leave|walk away|vanish|go|walk|swim|drive)\\b[^.?!]{0,20}\\band (?:never|not) (?:come back|return)\\b(?! to (?:your|this|that|the) (?:company|store|bank|business|office)\\b)"),
  r("\\b(?:won'?t|wont|don'?t think i'?ll|dont think ill|not going to|not gonna|might not) (?:make it|last|survive) (?:through|past) (?:the night|tonight|the weekend|this week)\\b"),
  r("\\b(?:decided|decision|plan is|made up my mind)\\b[^.?!]{0,30}\\b(?:not (?:going to|gonna) be (?:here|around|alive)|be gone|end (?:it|things|my life))\\b"),
  r("\\b(?:been|started|start|keep|kept|i'?m|im) cutting (?:again|myself|my (?:arms?|legs?|wrists?|thighs?|skin))\\b"),
  r("\\b(?:looking at|staring at|holding|stockpil\\w*|hoard\\w*|saving up|saved up|counting|juntando|acumulando|contando) (?:my |the |a |all (?:my |the )?|las |mis |unas )?(?:bottle of |bottles of |frasco de |bote de )?(?:pills|sleeping pills|pain ?killers|meds|tablets|pastillas|pildoras|medicinas)\\b(?! (?:bill|bills|cost|costs|prescription|copay|refill|insurance|receipt|list)\\b)"),
  r("\\bno light at the end of (?:the|my) tunnel\\b|\\b(?:no hope left|lost all hope|no hope for me|there'?s no hope|there is no hope|sin esperanzas?|perdi (?:toda )?la esperanza|no hay esperanza|ya no tengo esperanza)\\b(?! (?:of|de|for (?:the|this|a|my) (?:plan|payment|account|deal|settlement)|para (?:el|la|mi) (?:plan|pago|cuenta))\\b)"),
  r("\\bgiv(?:e|ing) up on (?:life|living|myself|everything)\\b|\\bgave up on (?:life|living|myself)\\b"),
  r("\\b(?:what'?s|whats|what is) the (?:point|use|purpose) (?:of|in) (?:living|life|being alive|going on|waking up|anything|it all|existing)\\b"),
  r(`\\b(?:when|once|after) i (?:die|kill myself)\\b(?!,? ${estateQuestion}\\b)|\\bwhen i'?m dead\\b`),
  r("\\b(?:nobody|no one|noone|who) (?:would|will|'?d|is going to|gonna) (?:even )?(?:miss|notice|care about) me\\b"),
  // Means, and dwelling on them: pills counted, a noose, a car in the garage, a way to die.
  r('\\bhow many (?:pills|tablets|sleeping pills|tylenol|advil)\\b|\\b(?:pills|meds|tablets|sleeping pills)\\b[^.?!]{0,25}\\b(?:lined up|counted|in front of me|on the table|in my hand)\\b'),
  r('\\b(?:take|taking|swallow|swallowing|took|down|pop|popping) (?:every|each|all the|all of the|the rest of the|all my|the whole bottle of|a bottle of|a bunch of|a handful of) (?:of )?(?:my |the |these |those )?(?:pills?|meds|medication|medicine|sleeping pills|tablets?|painkillers|oxys?|xanax)\\b'),
  r('\\b(?:ways?|how) to (?:die|kill myself|end (?:it|my life)|commit suicide|do it painlessly|not wake up)\\b'),
  r('\\bnoose\\b|\\b(?:tied|tie|tying|hung|hang|hanging) (?:up )?(?:a |the )?rope\\b'),
  r('\\b(?:in|inside) (?:the|my) (?:garage|car)\\b[^.?!]{0,30}\\b(?:car|engine|motor) (?:running|on)\\b|\\bhose\\b[^.?!]{0,20}\\bexhaust\\b'),
  r(`\\b(?:jump|jumping|leap|leaping|throw myself|throwing myself|yeet myself|yeeting myself|hurl myself|launch myself) (?:off|from|out of|out) (?:of )?(?:a|the|this|my|that) ${height}\\b|\\b(?:step|stepping|fall|falling|roll|rolling) (?:off|from) (?:a|the|this|my|that) ${height}\\b`),
  r('\\b(?:on|at|up on|standing on|sitting on) (?:the|a|this|my) (?:roof|rooftop|ledge|bridge|overpass|cliff|balcony|tracks)\\b[^?]{0,50}\\b(?:thinking about it|jump|jumping|do it|doing it|end it)\\b'),
  r('\\b(?:gun|pistol|pills|rope|noose|razor|blade|bridge(?! loan))\\b[^?]{0,60}\\b(?:(?:thinking|think|thought) (?:about|of) (?:doing it|using it|jumping|ending it)|(?:going|gonna|about|want|ready) to (?:jump|use it)|should i (?:jump|do it|use it))\\b|\\b(?:gun|pistol|pills|rope|noose|razor)\\b[^?]{0,60}\\bthinking about it\\b'),
  r("\\b(?:thinking|think|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:jumping|hanging myself|overdosing|dying|not waking up|not being here|not existing|disappearing forever|taking my (?:own )?life)\\b"),
  // Slang: "self delete", "sewerslide", "k m s", "end me".
  r('\\bself[- ]?delet(?:e|ing|ed)\\b|\\bsewer ?slide\\b|\\bk m s\\b'),
  r("\\b(?:want|wanna|going|gonna|just|please|somebody|someone|god) (?:to )?(?:end|unalive|delete) me\\b"),
  r(`\\b(?:don'?t|do not|dont|no longer|never) (?:even |really |just )?${want} (?:to )?(?:(?:live|be alive|exist)\\b(?! (?:in|with|on|off|paycheck|there|near|like that)\\b)|be here (?:anymore|any more|any longer|no more)\\b)`),
  // Round three, from the second check batch's misses: an overdose taken, a crash on purpose, live
  // or die, joining the dead, the only way out, worthless.
  r("\\b(?:took|taken|swallowed|downed|popped|overdosed on) (?:a bunch of|too many|so many|many|lots of|a lot of|all|all of|the whole bottle of|a bottle of|a handful of|a whole bottle of) (?:of )?(?:my |the |those |these )?(?:pills|sleeping pills|pain ?killers|meds|tablets|tylenol|advil)\\b"),
  r("\\b(?:drive|driving|drove|crash|crashing|steer|steering|roll|rolling|wreck|wrecking|send|sending) (?:my|the|this) (?:car|truck|ride|suv|van|carro|troca) (?:off|into|over) (?:a|the) (?:cliff|bridge|river|lake|wall|tree|overpass|ravine|canyon|guardrail|ocean)\\b"),
  r("\\b(?:crash|crashing|wreck|wrecking|drive|driving|steer|steering) (?:my|the) (?:car|truck)\\b[^.?!]{0,25}\\bon purpose\\b|\\bdriv(?:e|ing) off (?:the|a) (?:road|cliff|bridge|highway|overpass)\\b"),
  r("\\b(?:i )?live or die\\b|\\b(?:i'?m|i am) (?:alive|living) or (?:dead|not)\\b"),
  r("\\b(?:insurance|family|kids|wife|husband|everyone|everybody)\\b[^.?!]{0,40}\\bif i (?:wasn'?t|weren'?t|was not|were not) (?:around|alive|here)\\b|\\bbetter off with (?:the|my) (?:life )?insurance\\b"),
  r("\\b(?:life|living|my life)(?:'?s| is)? (?:not|no longer|isn'?t|aint|ain'?t) worth\\b"),
  r("\\blet me (?:just )?die\\b"),
  r("\\b(?:go )?be with my (?:late|dead|deceased) \\w+|\\bjoin my (?:late |dead )?(?:husband|wife|mom|mother|dad|father|son|daughter|parents?|baby|child)\\b(?! (?:on|in) (?:the|my|this|a) (?:account|plan|call|payment))"),
  r("\\b(?:everyone|everybody|they|my family|my kids|the world) (?:would|will|'d) be better off\\s*(?:[.!]|$)|\\bi'?m (?:so |just )?(?:worthless|a waste of (?:space|air|oxygen|life))\\b(?! (?:at|with|when|in)\\b)"),
  r("\\b(?:me|myself) not (?:being )?(?:alive|here anymore|around anymore)\\b|\\b(?:only|best) (?:way out|option|answer|solution|choice)\\b[^.?!]{0,20}\\b(?:die|dying|death|dead|suicide|end it|not being alive)\\b|\\b(?:death|dying|suicide|ending it) (?:is|seems like|feels like|looks like) the (?:only|best) (?:way out|option|answer|solution|choice)\\b"),
  // means: pills, a bridge, a jump
  r('\\b(?:take|taking|swallow|swallowing|took|down) (?:all|a bottle of|a bunch of|a handful of|the whole bottle of) (?:of )?(?:my |the |these |those )?(?:pills|meds|medication|medicine|sleeping pills|tablets)\\b'),
  r('\\boverdos(?:e|ing|ed)\\b(?! of (?!(?:pills|meds|medication|drugs|heroin|fentanyl|sleeping|my))\\w)'),
  r("\\b(?:going to|gonna|about to|want to|wanna|i'?ll|i will) jump(?: off| from)?\\b(?! (?:on|in|into|through|ahead|the gun|at|to|back))"),
  r('\\b(?:standing|sitting|up) on (?:the|a|this) (?:bridge|ledge|roof|edge)\\b'),
  // Spanish: "me quiero morir", "ya no quiero vivir", "me voy a matar", "quitarme la vida"
  r(`\\b(?:me )?(?:quiero|kiero|quisiera|deseo|voy a) morir(?:me)?\\b${deLoFigurado}`),
  r(`\\bme (?:quiero|kiero|voy a|vo a|pienso|tengo que) (?:morir|matar|suicidar|quitar la vida)\\b${deLoFigurado}`),
  r('\\b(?:quiero|kiero|voy a|pienso|pensando en|pienso en|ganas de|deseos de) (?:matarme|suicidarme|quitarme la vida|morirme|hacerme dano|cortarme)\\b'),
  r('\\bsuicid(?:a|as|arme|arse|io|al)\\b'),
  r('\\bquitarme la vida\\b'),
  r('\\bno (?:quiero|kiero|deseo) (?:seguir )?vivir\\b(?! (?:en|con|cerca|lejos|de renta|de alquiler|alla)\\b)'),
  r('\\bno (?:quiero|kiero) seguir (?:viviendo|vivo|viva|aqui|en este mundo)\\b'),
  r('\\bya no quiero seguir\\s*[.!?]*$'),
  r('\\bya no (?:quiero|kiero) (?:estar aqui|estar viv[oa]|existir|despertar)\\b'),
  r('\\bno (?:quiero|kiero) despertar\\b'),
  r('\\bno (?:vale|tiene sentido) (?:la pena )?(?:vivir|seguir viviendo)\\b'),
  r('\\bno tengo (?:razon|razones|motivo|motivos|nada|por que|para que) (?:para |por )?(?:vivir|seguir viviendo)\\b'),
  r('\\b(?:acabar|terminar) con (?:mi vida|todo)\\b(?! (?:el|la|los|las|lo|esto|eso|de)\\b)'),
  r('\\b(?:estaria|estaré|estare|estariamos) mejor muert[oa]s?\\b'),
  r('\\bquisiera estar muert[oa]\\b|\\bmejor me muero\\b|\\bojala (?:me muriera|me muera|estuviera muert[oa]|no hubiera nacido)\\b'),
  r('\\b(?:todos|mi familia|mis hijos|el mundo) (?:estarian|estaria|estarán|estaran) mejor sin mi\\b'),
  r('\\btomar(?:me)? todas (?:las|mis) pastillas\\b|\\bsobredosis\\b'),
  r('\\bhacerme dano\\b|\\bme estoy cortando\\b|\\bcortarme las venas\\b'),
  r('\\b(?:aventar|tirar|lanzar)(?:me)? (?:del|de un|desde el|desde un) (?:puente|edificio|techo|piso)\\b'),
  r('\\bno aguanto (?:mas )?(?:esta vida|vivir|la vida)\\b'),
  r('\\bquiero que todo (?:termine|se acabe)\\b'),
  r(`\\bdesaparecer para siempre\\b|${notToTheCompany}\\badios para siempre\\b`),
  r('\\bnadie me (?:extranaria|va a extranar|extrañaria)\\b'),
  r(`${notMoving}\\bya no voy a estar (?:aqui|viv[oa])\\b`),
  // Tercera ronda (crisis-dev-phrasings.ts), por familias.
  // Irse de este mundo, que Dios se lo lleve, desaparecer.
  r('\\b(?:ir(?:me|se)?|salir(?:me)?|dejar|largarme|irnos) (?:de|d) (?:este|esta) (?:mundo|vida|tierra)\\b|\\b(?:ir(?:me)?|me (?:quiero|voy a) ir)\\b(?:(?! de (?:este|esta|ese|esa|su|sus|la|el|los|las) (?!mundo|vida))[^.?!]){0,20}\\b(?:para siempre|al cielo|con dios|con diosito)\\b'),
  r('\\b(?:dios|diosito|el senor|la muerte)\\b[^.?!]{0,10}\\bme (?:recoja|lleve|llevara|recogiera|quite la vida|venga a buscar)\\b'),
  r(`\\b(?:${quiero}|solo quiero|me gustaria|ganas de|ojala pudiera) desaparecer\\b(?! (?:esta|este|estos|estas|la|el|los|las|mi|mis|su|sus|esa|ese|de (?:su|sus|la|las|el|los|esta|este)|del)\\b)`),
  r('\\b(?:ojala|quisiera que|deseo que|espero que|rezo (?:para|por) que)\\b[^.?!]{0,20}\\b(?:me (?:atropell\\w*|mate|maten|matara|muera|muriera|caiga un rayo)|no despierte|no amanezca)\\b'),
  // Un tiro, cuello, la soga, las venas, veneno, pastillas, saltar.
  r('\\b(?:darme|pegarme|meterme|dispararme) (?:un )?(?:tiro|balazo|plomazo)\\b|\\bme (?:\\w+ (?:a |de )?)?(?:dar|pegar|meter) (?:un )?(?:tiro|balazo|plomazo)\\b|\\bvolarme (?:la cabeza|los sesos)\\b'),
  r('\\b(?:darme|me (?:\\w+ (?:a |de )?)?dar) (?:el )?cuello\\b'),
  r('\\b(?:mejor|ya|hoy|manana|ahorita|ahora|asi que|por eso|y) me mato\\b(?! (?:trabajando|de|estudiando|a trabajar|por))|\\bme mato\\s*[.!]*$'),
  r(`\\b(?:${quiero}|voy a|vo a|pienso|pensando en|pienso en|ganas de|deseos de|mejor|deberia|necesito|tengo que|decidi|intente|trate de|he pensado en|pense en|planeo|a punto de|estoy por|list[oa] para) (?:colgarme|ahorcarme|matarme|suicidarme|envenenarme|dispararme|balacearme|lastimarme|autolesionarme|herirme|quitarme la vida|cortarme las venas)\\b`),
  r(`\\bme (?:${quiero}|voy a|vo a|pienso|tengo ganas de) (?:envenenar|lastimar|herir|disparar|autolesionar)\\b|\\b(?:tomar(?:me)?|beber(?:me)?) (?:veneno|raticida|cloro)\\b`),
  r('\\b(?:soga|cuerda|lazo)\\b[^.?!]{0,30}\\b(?:cuello|colgarme|ahorcarme)\\b|\\b(?:compre|tengo|consegui|ya tengo|prepare) (?:una |la |mi )?(?:soga|cuerda)\\b'),
  r('\\b(?:cortar(?:me)?|abrir(?:me)?|rajar(?:me)?) (?:las |mis )?(?:venas|munecas)\\b'),
  r('\\b(?:tomar(?:me)?|tragar(?:me)?|me (?:\\w+ (?:a )?)?(?:tomar|tragar)) (?:todas las|todas mis|todo el|un bote de|un frasco de|una caja de|un punado de|muchas|toda la) (?:pastillas|pildoras|medicinas|medicamentos|pastis|veneno)\\b|\\b(?:tengo|ya tengo) (?:las|mis|unas) (?:pastillas|pildoras) (?:listas|contadas|juntas|preparadas)\\b|\\b(?:pastillas|pildoras)\\b[^.?!]{0,20}\\b(?:contadas|en la mano|enfrente)\\b'),
  r(`\\b(?:tirar|aventar|lanzar|arrojar|echar|saltar|brincar)(?:me)? (?:(?:del|de la|de un|de una|desde (?:el|la|un|una|mi)?) ?(?:\\w+ )?${alto}|(?:al|a las|a la|a los|a un|a una|frente al?|frente a un|enfrente del?|debajo del?|bajo el|bajo un) (?:\\w+ )?${vehiculo})\\b`),
  r('\\b(?:(?:en (?:el |la |las )?|arriba del |encima del |sobre (?:el |la )?)(?:puente|azotea|balcon|acantilado|barranco|vias)|pistola|pastillas|soga|cuerda|navaja)\\b[^?]{0,60}\\b(?:saltar|tirarme|aventarme|lanzarme|pensando en (?:eso|hacerlo|saltar|usarla|usarlas)|(?:voy a|quiero) (?:hacerlo|usarla|usarlas))\\b'),
  // Despedidas: "quiero despedirme de mis hijos", "díganle a mi familia que los quiero".
  r('(?<!\\bantes de )\\bdespedirme\\b(?! (?:de ustedes|del (?:servicio|plan|banco|programa))\\W+(?:gracias|hasta|y que|cordialmente|saludos))|\\bme despido\\b[^?]{0,15}\\b(?:para siempre|de todos|de este mundo|de la vida|de mi familia|de mis hijos)\\b'),
  r('\\b(?:diganle|dile|digale|digan|avisenle|diles|diganles) a (?:mi|mis)\\b[^.?!]{0,25}\\bque (?:los|las|la|lo|les|l[oa]s) (?:quiero|amo|quise|ame)\\b|\\b(?:diganle|dile|digale|diganles) a (?:mi|mis)\\b[^.?!]{0,25}\\b(?:lo siento|perdon|me perdonen)\\b'),
  r('\\b(?:perdon(?:enme|ame|en)?|lo siento)\\b[^?]{0,15}\\bpor todo\\b[^?]{0,25}\\b(?:adios|bye|goodbye|me voy|hasta siempre|los quiero|los amo)\\b|\\bcuando (?:lean|leas|lea|vean|veas) (?:esto|este mensaje)\\b'),
  // La deuda a la herencia o al seguro, la muerte como plazo: "cobren de mi herencia", "cuando me muera".
  r('\\bcobr\\w*\\b[^.?!]{0,30}\\b(?:de|del|a|al|con) (?:mi herencia|mi seguro de vida|mi testamento|mi funeral|mi velorio|mi familia cuando no este)\\b'),
  r("\\b(?:about to|going to|gonna|might|could|ready to|want to|wanna|thinking (?:of|about)) (?:do|doing) something (?:permanent|drastic|final|irreversible)\\b|\\b(?:voy a|estoy por|a punto de|quiero|pienso|podria) hacer (?:una locura|algo (?:definitivo|permanente|drastico|irreversible))\\b"),
  r('\\b(?:el dia (?:en )?que|cuando|para cuando|antes de que|despues de que) (?:yo )?me (?:cuelgue|ahorque|suicide|tire|aviente)\\b|\\b(?:mejor|ya|hoy|manana|y|asi que|por eso) me (?:cuelgo|ahorco)\\b'),
  r(`\\b(?:para que|antes de que|cuando|si|el dia (?:en )?que) (?:yo )?me (?:muera|muero|mate)\\b(?! de\\b)(?!,? ${preguntaDeHerencia}\\b)`),
  r(`${notMoving}\\bya no (?:voy a estar|estare|voy a existir|voy a seguir aqui)\\b(?! (?:en (?:ese|este|esa|esta|el|la|casa|la ciudad)|con|disponible|trabajando|ahi|alli|de vacaciones)\\b)`),
  r('\\b(?:hoy|esta noche|manana|ya|pronto) (?:se )?(?:acaba|termina) todo\\b(?! (?:el|la|lo|los|las|mi|mis|su|sus)\\b)|\\btodo (?:se )?(?:acaba|termina) (?:hoy|esta noche|manana|aqui)\\b'),
  r('\\b(?:acabar|terminar|poner fin|ponerle fin|ponerle un fin) (?:con|a) (?:mi sufrimiento|mi dolor|este sufrimiento|este dolor|esta vida|mi existencia)\\b'),
  // Sin sentido, sin fuerzas, cansado de vivir, mejor sin mí.
  r(`\\b(?:sentido|caso|razon|razones|motivo|motivos|proposito|chiste)\\b[^.?!]{0,20}\\b(?:vivir|viviendo|la vida|(?<!\\ben )mi vida|existir|${seguir} (?:viv[oa]|aqui|en este mundo|en esta vida))\\b`),
  r('\\b(?:la|mi) vida (?:ya )?no (?:tiene|le veo|le encuentro|le hallo) (?:sentido|caso|chiste|razon)\\b|\\bmi vida no vale (?:nada|la pena)\\b|\\bla vida no vale la pena\\b'),
  r(`\\b(?:no (?:tengo|me quedan|hay)|sin|ni|perdi (?:las|la))\\b[^.?!]{0,10}\\b(?:fuerzas|ganas|energia|animo)\\b[^.?!]{0,15}\\b(?:vivir|viviendo|${seguir}(?: (?:viv\\w+|aqui|en este mundo|adelante))?\\s*(?:[.!,]|$)|${seguir} (?:viv\\w+|aqui|en este mundo))`),
  r('\\b(?:pa|para) (?:que|q) (?:vivir\\b|seguir viviendo|sigo viv[oa]|sigo aqui|sigo en este mundo|estoy viv[oa]|existo|existir)'),
  r('\\b(?:me canse|me harte|me aburri|estoy cansad[oa]|estoy hart[oa]|ya me canse|agotad[oa]|fastidiad[oa]) (?:de|con) (?:vivir|la vida|mi vida|existir|estar viv[oa]|seguir viv\\w*|esta vida|respirar)\\b'),
  r(`\\b(?:ya )?no ${quiero} ${seguir} (?:en esta vida|en esta tierra|con vida|existiendo|respirando)\\b|\\b(?:ya )?no ${quiero} (?:existir|seguir existiendo)\\b|\\bdejar de (?:existir|vivir|respirar)\\b(?! (?:en|con|aqui|alla|de)\\b)`),
  r('\\b(?:seria|estaria|estarian|estariamos|serian) (?:todo )?(?:mejor|mas facil|mas feliz|mas felices|mejor para todos)\\b[^.?!]{0,25}\\b(?:sin mi|si (?:yo )?no (?:estuviera|existiera|hubiera nacido)|si (?:yo )?(?:me muero|muriera|me muriera|desapareciera))\\b|\\bsin mi\\b[^.?!]{0,15}\\b(?:estarian|estaria|seria|serian|estaran|van a estar|estan) (?:mejor|mas felices|mas tranquil)'),
  r('\\bnadie (?:me |lo |la )?(?:va a |iba a )?(?:extran\\w*|echa\\w* de menos|llorar\\w*)\\b'),
  r('\\bno (?:aguanto|puedo|soporto) (?:mas|ya)\\b[^?]{0,60}\\b(?:desaparecer|morir(?:me)?|nada importa|nada tiene sentido|todo termine|me rindo)\\b|\\b(?:ya nada importa|nada importa ya)\\b'),
  // Spanglish: a Spanish wish with an English verb and the other way round.
  r(`\\b(?:no ${quiero}|ya no ${quiero}|me ${quiero}|${quiero}) (?:live(?! (?:chat|agent|person|support|rep)\\b)|be alive|estar alive|die|to die|kill myself|kill|end it all)\\b|\\b(?:${want}|going|gonna) (?:to )?(?:morir|morirme|matarme|suicidarme)\\b`),
  // Cuarta ronda, de la tanda de comprobación: la vida sin gusto, quitarse de en medio, un estorbo.
  r('\\bno (?:le )?(?:encuentro|veo|hallo|tengo|quiero nada con)\\b[^.?!]{0,20}\\b(?:a la vida|a vivir|a mi vida|con la vida)\\b|\\bnada (?:con|de) la vida\\b|\\bnada para mi en (?:este mundo|esta vida)\\b|\\b(?:no hay|ya no hay) nada (?:para mi|por (?:lo )?que vivir)\\b'),
  r(`\\bquitar(?:me)? de en medio\\b|\\bme (?:\\w+ (?:a )?)?quitar de en medio\\b|\\b(?:${quiero}|voy a|pienso|pensando en|ganas de|miedo de|podria) hacerme algo\\b(?! (?:de|para|rico|bonito|asi)\\b)`),
  r(`\\b(?:que )?(?:se )?(?:acabe|termine|pare) (?:este|el|mi) (?:dolor|sufrimiento)\\b|${notToTheCompany}\\b(?:dormir|descansar|irme|desaparecer|adios|despedirme)\\b[^.?!]{0,15}\\b(?:para siempre|eternamente)\\b`),
  r('\\bmis? (?:ultima|ultimas) (?:carta|cartas|palabras|nota)\\b|\\bcuid(?:en|a|e|ame|enme)(?: me)? a mis (?:hijos|hijas|ninos|nenes|perros|gatos|mascotas)\\b|\\bcuiden (?:de )?mi (?:familia|perro|gato|hijo|hija)\\b|\\bme despedi de (?:todos|mis hijos|mi familia|mi mama|mi papa|mis padres|este mundo)\\b'),
  r('\\b(?:meter(?:me)?|aventar(?:me)?|tirar(?:me)?|caminar|ahogar(?:me)?) (?:al|a la|hacia el|hacia la|en el|en la) (?:rio|mar|lago|presa|oceano)\\b|\\by (?:ya )?(?:no|nunca) volver\\b(?! a\\b)'),
  r('\\bno (?:quiero|quisiera|deseo) (?:amanecer|despertar)\\b|\\bojala no amanezca\\b'),
  r(`\\b(?:${quiero}|deseo|ojala|solo quiero|nomas quiero)\\b[^.?!]{0,10}\\bque (?:todo|mi vida|el dolor|este dolor) (?:se )?(?:termine|acabe|pare)\\b`),
  r('\\b(?:matenme|matame|mateme)\\b|\\b(?:prefiero|preferiria|mejor) (?:estar muert[oa]|morir(?:me)?|matarme|no existir|no vivir|no haber nacido)\\b'),
  r('\\b(?:soy|me siento|sere|solo soy|no soy mas que) (?:un |una )?(?:estorbo|peso muerto|carga)\\b'),
  r('\\b(?:no|ni|sin|perdi|se me fueron|ya no)\\b[^.?!]{0,25}\\b(?:ganas|fuerzas|deseos|animo) de (?:vivir|seguir viviendo|existir)\\b'),
  r('\\bsin mi,? (?:todos |ustedes |mi familia |mis hijos |ellos |ellas |el mundo )?(?:estarian|estaria|seria|serian|estaran|van a estar|estan|les iria|le iria|les va a ir|vivirian|viviran)\\b|\\b(?:mejor|mas felices|mas tranquil\\w*|mas facil)\\b[^.?!]{0,25}\\b(?:sin mi\\s*(?:[.!,]|$)|si (?:yo )?no (?:estuviera|existiera|hubiera nacido))\\b|\\bsi (?:yo )?no (?:existiera|hubiera nacido)\\b'),
  r('\\b(?:me rindo|me rendi|me voy a rendir|rendirme)\\b[^.?!]{0,15}\\b(?:con la vida|de vivir|de la vida|con todo|con mi vida)\\b'),
  r('\\b(?:valor|valentia|huevos|fuerzas) (?:para|de) (?:matarme|quitarme la vida|suicidarme|saltar|acabar con todo)\\b'),
  r('\\b(?:decidi|ya decidi|lo decidi|tome la decision|mi plan es)\\b[^.?!]{0,30}\\b(?:no (?:voy a|vo a) (?:estar|seguir) (?:aqui|viv[oa]|en este mundo)|irme de este mundo|acabar con (?:todo|mi vida)|matarme|morir(?:me)?)\\b|\\bni (?:ganas )?de vivir\\b'),
  r('\\bme (?:corte|corto|he cortado|volvi a cortar|sigo cortando)\\b(?![^.?!]{0,10}\\b(?:el|la|las|los|un|una) (?:pelo|cabello|unas|barba|dedo|mano|cable|servicio|luz)\\b)(?=[^.?!]{0,20}\\b(?:brazos?|piernas?|munecas?|venas|otra vez|de nuevo)\\b)'),
  // Tercera ronda, de la segunda tanda de comprobación.
  r('\\b(?:tome|me tome|trague|me trague|me acabo de tomar|ya me tome) (?:muchas|demasiadas|todas (?:las|mis)|un frasco de|un bote de|una caja de|un punado de|toda la caja de) (?:pastillas|pildoras|medicinas|medicamentos|pastis)\\b'),
  r('\\b(?:estrellar(?:me)?|chocar|volcar(?:me)?|aventar(?:me)?)\\b[^.?!]{0,25}\\b(?:a proposito|adrede|intencionalmente|a proposito)\\b'),
  r('\\b(?:vivo o (?:me )?muero|viva o muera|viv[oa] o muert[oa])\\b'),
  r('\\bmejor\\b[^.?!]{0,30}\\b(?:dinero del seguro|seguro de vida)\\b|\\b(?:dinero del seguro|seguro de vida)\\b[^.?!]{0,30}\\bsi (?:yo )?(?:no estuviera|me muero|muriera|me muriera)\\b'),
  r('\\b(?:dejenme|dejame|dejeme) morir\\b|\\b(?:list[oa]|preparad[oa]) para (?:morir|irme de este mundo|matarme)\\b'),
  r('\\b(?:ir(?:me)?|reunirme) con (?:mi|mis) \\w+\\b[^.?!]{0,20}\\b(?:que (?:ya )?(?:fallecio|murio|se murio|esta en el cielo|fallecieron|murieron)|al cielo|en el cielo)\\b'),
  r(`\\bno (?:quiero|kiero|deseo) (?:estar|${seguir}) en (?:este mundo|esta vida|esta tierra|este planeta)\\b`),
  r(`\\bno (?:le )?(?:encuentro|veo|hallo|tiene) (?:ningun |ninguna )?(?:sentido|razon|caso|motivo|chiste|gusto) (?:a |de )?(?:vivir|la vida|${seguir})\\b`),
  r('\\b(?:pistola|arma|navaja|cuchillo|pastillas|soga)\\b[^.?!]{0,40}\\b(?:contra mi|en mi contra|en mi cabeza|en la sien)\\b'),
  r('\\bno (?:aguanto|soporto|tolero|puedo con) (?:mas |ya )?(?:esta vida|vivir|la vida|mi vida)\\b'),
  r('\\b(?:solo|solamente|nomas|unicamente) (?:me queda )?(?:la muerte|morir(?:me)?|matarme|el suicidio|quitarme la vida)\\b|\\bla muerte es la (?:unica|mejor) (?:salida|opcion)\\b|\\bno (?:le )?veo (?:otra )?salida\\b(?! de emergencia)'),
  r('\\bpensamientos (?:de|sobre) (?:muerte|morir|matarme|suicidio|quitarme la vida)\\b'),
];

/**
 * Texting shorthand and common misspellings, folded to the plain word before the crisis patterns
 * are read, so each pattern is written once ("idw 2 live" reads "i dont want to live", "ya no
 * qiero bivir aki" reads "ya no quiero vivir aqui"). Whole words only, never inside a contraction.
 */
export const crisisShorthand: Readonly<Record<string, string>> = {
  '2': 'to', '2nite': 'tonight', '2night': 'tonight', tn: 'tonight', tonite: 'tonight', rn: 'right now',
  b: 'be', u: 'you', ur: 'your', r: 'are', idw: 'i dont want', idwt: 'i dont want to', idwanna: 'i dont wanna',
  dnt: 'dont', cnt: 'cant', lyfe: 'life', lif: 'life', wit: 'with', nomore: 'no more', anymor: 'anymore', nemore: 'anymore',
  evry1: 'everyone', every1: 'everyone', no1: 'no one', some1: 'someone', any1: 'anyone', bout: 'about', abt: 'about',
  kiero: 'quiero', qiero: 'quiero', kero: 'quiero', qero: 'quiero', kieres: 'quieres', bivir: 'vivir', vivr: 'vivir',
  aki: 'aqui', aqi: 'aqui', ia: 'ya', lla: 'ya', m: 'me', q: 'que', k: 'que', xq: 'porque', pq: 'porque', x: 'por',
  d: 'de', nd: 'nada', nadien: 'nadie', tmb: 'tambien', morri: 'morir', morirm: 'morirme', matarm: 'matarme',
};
const shorthandWord = new RegExp(`(?<![\\w'])(?:${Object.keys(crisisShorthand).join('|')})(?![\\w'])`, 'g');

/** The normalised text with crisisShorthand folded; the crisis patterns read it beside the text itself. */
export function foldShorthand(normalized: string): string {
  return normalized.replace(shorthandWord, (word) => crisisShorthand[word] ?? word);
}

// Who a threat is aimed at: the reader, the collector, the staff, "whoever", "the next person".
const target =
  "(?:you|u|ya|y'?all|you all|you guys|all of you|them|everyone|everybody|someone|somebody|whoever|the (?:next )?(?:person|guy|lady|one|collector|agent|rep)|your (?:\\w+ )?(?:manager|boss|collector|collectors|agent|agents|rep|reps|people|staff|employees|family|kids|ceo|supervisor))";
const place = '(?:office|offices|building|buildings|place|headquarters|hq|company|store|branch|business|call cent(?:er|re))';

export const threatPatterns: readonly RegExp[] = [
  // Not negated ("I never meant to hurt you"), not "shoot you an email", "hit you up", "beat you at pool".
  r(`(?<!\\b(?:not|never|didn'?t|didnt|don'?t|dont|wouldn'?t|won'?t|wont|no intention of|no intention to)\\b(?:\\s+\\w+){0,3}\\s+)\\b(?:kill|kil|murder|shoot|stab|strangle|choke|beat|hurt|slap|punch|hit|attack|shank) ${target}\\b(?! (?:up|back|to it|at|in|on|an?|the|over|a quick)\\b)`),
  r("\\bbeat the (?:crap|shit|hell|living daylights|life) out of\\b"),
  r(`\\b(?:burn|burning|torch|torching|bomb|bombing|blow up|blowing up|blowup|firebomb|set fire to|setting fire to|set on fire|shoot up|shooting up|shot up)\\b[^.?!]{0,30}\\b${place}\\b`),
  r(`\\b(?:your|ur|that|this) ${place}\\b[^.?!]{0,20}\\b(?:(?:will|gonna|going to|is going to) burn|to the ground|blown up|go up in flames)\\b`),
  r('\\b(?:bomb|bombs|explosive|explosives) (?:at|in|to) (?:your|the|ur)\\b'),
  r("\\b(?:with|bring|bringing|grab|grabbing|got|get|load|loading) (?:a |my |the |his |me a |some |a loaded )?(?:gun|guns|rifle|shotgun|pistol|knife|machete|weapon|ar-?15|glock)\\b(?! (?:permit|license|safety|class|show|store|range))"),
  r('\\bbullet (?:in|through|into)\\b|\\bput (?:a )?(?:bullet|cap|hole) in\\b'),
  r("\\b(?:you'?re|you are|ur|u r|u are|y'?all are|you guys are|you all are) (?:so |all |gonna be |going to be )?dead(?: meat)?\\b(?! (?:wrong|right|serious|on|set|tired))"),
  r("\\b(?:watch|better watch|mind) (?:your|ur|yo|y'?all'?s) back\\b"),
  r("\\bhunt (?:you|u|them|y'?all|you all) down\\b|\\b(?:coming|come) (?:for|after) (?:you|u|y'?all|you all|your (?:\\w+ )?(?:manager|collector|people|family|office))\\b"),
  r("\\bi know where (?:you|u|y'?all|your (?:\\w+ )?(?:live|lives|work|office|manager|collector))\\b(?![^.?!]{0,40}\\b(?:pay|payment|mail (?:the|a|my)|check|cash)\\b)"),
  r('\\bwith (?:your|ur|their) (?:life|lives|blood)\\b'),
  r(`\\b(?:someone|somebody|people|your people|you|u|y'?all|everyone|everybody)(?: (?:over )?(?:there|here|in (?:your|that) office))?(?:'ll| will| is gonna| are gonna| gonna| is going to| are going to| going to) (?:get|be) (?:hurt|killed|shot|stabbed)\\b`),
  r('\\bbreak (?:your|ur|his|her|their) (?:face|neck|legs?|arms?|jaw|nose|skull|teeth)\\b'),
  // Spanish: "te voy a matar", "voy a quemar su oficina", "voy a ir con una pistola"
  // "los voy a quemar en redes" is a bad review, not a fire.
  r('\\b(?:te|lo|la|los|las|le|les) (?:voy|vamos|va|van) a (?:matar|partir|romper|golpear|quemar|balacear|balear|disparar|apunalar|madrear|acuchillar|ahorcar)\\b(?! en (?:redes|internet|facebook|twitter|tiktok|instagram|yelp|google)\\b)'),
  r('\\b(?:los|las|lo|la|te|les) mato\\b'),
  r('\\b(?:quemar(?:les|le|la|lo)?|prender(?:le|les)? fuego|incendiar(?:les|le)?|volar(?:les|le)?|bombardear|poner(?:les|le)? una bomba)\\b[^.?!]{0,30}\\b(?:oficina|oficinas|edificio|empresa|local|negocio|sucursal)\\b'),
  r('\\bme (?:lo|la|los|las|te) (?:voy a|vamos a|van a) (?:chingar|echar|quebrar|bajar|despachar|cargar|madrear|escabechar)\\b|\\b(?:le|les|te) (?:rompo|parto|quiebro|voy a romper|voy a partir|voy a quebrar) (?:la|el|los|las|su|sus|tu|tus) (?:cara|madre|cabeza|jeta|hocico|quijada|mandibula|nariz|boca|piernas|brazos|dientes|costillas|espinazo|cuello)\\b|\\b(?:le|les|te) (?:doy|damos|voy a dar|vamos a dar|pongo|voy a poner|meto) una (?:paliza|golpiza|madriza|putiza|chinga|calentada|tunda|zarandeada)\\b'),
  r('\\b(?:le|les|te|lo|la) (?:meto|pego|doy|meteria|daria|voy a (?:meter|pegar|dar)) (?:un |unos |dos |tres )?(?:tiros?|balazos?|plomazos?|navajazos?|machetazos?|cuchillazos?|madrazos?|putazos?|chingadazos?|fregadazos?)\\b'),
  r('\\b(?:con|llevar|traer|llevo|traigo) (?:una |mi |un |el |la |las |mis |los )?(?:pistola|arma|rifle|escopeta|cuchillo|navaja|machete|cuerno de chivo)\\b'),
  r('\\bse van a morir\\b|\\b(?:cuidense|cuidate|cuidese) (?:la espalda|las espaldas)\\b|\\bbalazo\\b'),
  r('\\bvoy a ir (?:a |por )(?:golpear|matar|romper|madrear|partir|ustedes|ti|el que|la que|los que)\\w*'),
  r('\\b(?:romper|partir)(?:te|le|les)? (?:la|su|tu|sus) (?:cara|madre|cabeza|jeta|hocico)\\b'),
];
