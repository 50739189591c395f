/**
 * A recall net under the threat phrases (AI-02 THREAT_OF_VIOLENCE, RF-14). Threats are often
 * veiled ("nice building, shame if it caught fire", "I know what car he drives"), so besides the
 * phrases a message is read by what it joins: a weapon, an act of violence, watching or finding
 * someone, showing up, aimed at the creditor's people or places. Idioms ("kill the autopay",
 * "los voy a quemar en redes") are taken out first; the phrase patterns still read the whole text.
 */

const r = (source: string) => new RegExp(source, 'g');
// Each concept is compiled once: the nets are read for every message, often a sentence at a time.
const compiled = new Map<string, RegExp>();
const test = (source: string, text: string) => {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = new RegExp(source)));
  return pattern.test(text);
};

const idioms: readonly RegExp[] = [
  r('\\bquemar(?:los|las|te|le|les)? en (?:redes|internet|facebook|twitter|tiktok|yelp)\\b|' +
    '\\b(?:los|las|te|le|les) voy a quemar en (?:redes|internet|facebook|twitter|tiktok|yelp)\\b'),
  r('\\b(?:kill|killing|shoot|shooting|blow up|blowing up|burn|burning) (?:the|my|this|that|' +
    'your)? ?(?:autopay|auto pay|payment|plan|email|e-mail|text|message|line|note|link|deadline|' +
    'phone|inbox|reviews?|rating)\\b'),
  r('\\bbeat (?:the|that|your) (?:deadline|offer|price|rate)\\b|\\bon fire (?:sale|deal)\\b|' +
    '\\bfire (?:sale|you|your (?:collector|agent))\\b'),
  r("\\b(?:you'?re|youre|you are|u r|ur|it'?s|its|this is|that'?s|is) (?:literally |" +
    "really )?killing (?:me|us)\\b|\\bgive (?:it|you) a shot\\b|\\bbeat (?:you|u) to it\\b|" +
    "\\b(?:hurt|hurts|hurting) (?:my|your|the|ur) (?:credit|score|rating|feelings)\\b|\\b(?:credit|" +
    "score) (?:can |could |will )?(?:get )?hurt\\b|\\b(?:not|never|don'?t|didn'?t|" +
    "wouldn'?t) (?:\\w+ ){0,3}(?:hurt|harm|kill) (?:you|u|anyone|anybody)\\b|\\bshoot (?:you |u |" +
    "me |y'?all )?(?:an?|the|some|over) (?:\\w+ )?(?:email|e-mail|text|message|money|cash|funds|" +
    "line|note)\\b"),
  r('\\b(?:tiro|tirar(?:me)?|jalo|jalar(?:me)?|arranco|arrancar(?:me)?) (?:de )?(?:los|mis) pelos\\b'),
  r("\\b(?:i know|ya se|se) (?:where|donde) (?:\\w+ ){0,3}(?:office|oficina)\\b(?=[^.?!]{0,40}\\b(?:pay|payment|pag\\w*|mail (?:the|a|my)|" +
    "check|cheque|cash|efectivo)\\b)"),
  r("\\b(?:is|are|was|were|'s|s) (?:absolute |pure |sheer |just )?murder\\b|\\bmurder on (?:my|the)\\b|\\b(?:see|meet) you in court\\b|\\b(?:sue|report|reporting|suing) (?:you|your|y'?all)\\b"),
];

const weapon =
  '\\b(?:(?:my|an|the|his) ar|ar-?15|ak|ak-?47|gun|guns|12 gauge|shotgun|rifle|pistol|glock|' +
    'revolver|knife|machete|bat|gas can|gasoline|lighter|matches|pipe bomb|bomb|explosives?|molotov|' +
    'pistola|escopeta|rifle|arma|armas|cuchillo|navaja|machete|gasolina|encendedor|cerillos|bomba|' +
    'cuerno de chivo|fusca|tiros?|plomo|plomazos?|balazos?|ammo|ammunition|municiones|cartuchos|acid|acido)\\b';
const violence =
  "\\b(?:shoot|shooting|shot|stab|stabbing|slash\\w*|wring (?:\\w+ )?necks?|choke|strangle|dispar\\w*|paliza|golpiza|madriza|putiza|" +
    "(?:carro|casa|auto|oficina|coche|troca|camioneta) quemad[oa]|ponchad\\w*|throat|ambulance|hurt|hurting|catch fire|caught fire|on fire|" +
    "go up in flames|blow up|blown up|ruin your face|beat|kill|murder|bleed|blood|on the news|" +
    "body bag|matar|mato|quemar|quemara|quemen|incendi\\w*|ambulancia|balacear|balear|tiros?|" +
    "desquito|desquitar|golpear|madrear|romper|quebrar|quiebro|desbarat\\w*|apunal\\w*|acuchill\\w*|" +
    "smash\\w*|through (?:every|the|your|their|a|that) (?:\\w+ )?windows?|(?:brick|rock|ladrillo|piedra)s? (?:through|at|into|por|contra)|echar(?:le)? acido|(?:prend\\w*|pren\\w*) fuego|lumbre|partir(?:le|te)|sacarte la cresta|rajar|sangre|" +
    "en las noticias)\\b";
const target =
  "\\b(?:you|your|ur|u|y'?all|you all|you people|office|building|collector|collectors|staff|" +
    "employees?|front desk|parking lot|shifts?|manager|agents?|callers?|call center|" +
    "collection center|headquarters|every one of you|all of you|ustedes|su oficina|esa oficina|" +
    "la oficina|sus oficinas|oficinas|estacionamiento|supervisor\\w*|al que|a la que|a los que|sucursal|edificio|ceo|repo (?:man|guy|agent|company|truck|driver)|" +
    "tow (?:truck|guy|driver)|(?:el|la) de la grua|la grua|the (?:woman|man|guy|lady|girl|dude|agent|person|one) who|" +
    "(?:la|esa) (?:senora|vieja|muchacha|mujer|chava) que|(?:el|ese) (?:senor|tipo|wey|vato|muchacho|hombre|chavo) que|" +
    "al proximo|el proximo|al primero|cobrador\\w*|empleados?|gerente|los que|el que|la que|al primero|" +
    "a todos|(?:tell|dile a|diganle a) (?:that |the |your |la tal |el tal |a la tal |" +
    "al tal )?(?!me\\b|us\\b|them\\b)\\w+)\\b";
const watching =
  "\\b(?:i know (?:where|what car|when|who|his|her|your|their|what)|" +
    "found (?:\\w+ ){0,4}on (?:facebook|instagram|linkedin)|know (?:his|her|their) kids|(?:watch|" +
    "better watch) (?:yourself|yourselves|herself|himself|themselves|your backs?|his back|her back|" +
    "their backs?)|(?:would|it'?d|that'?d) be a (?:real )?shame|be a shame|try me|not playing|" +
    "(?:ya )?se donde (?:\\w+ )?(?:queda|quedan|vive|viven|esta|estan|trabaja|trabajan)|" +
    "see if (?:he|she|they|you|u) (?:walks?|makes? it|leaves?|gets?|drives?) (?:back|out|home|away)|a ver si (?:sale|regresa|llega) " +
    "(?:viv[oa]|enter[oa]|caminando)|found (?:your|his|her|their) (?:\\w+(?:'s)? )?(?:facebook|instagram|linkedin|tiktok|address|house|profile|kids|family)|" +
    "(?:se|sabe|saben|sabemos|i know|we know|they know|he knows) (?:\\w+ )?(?:donde|where) (?:\\w+ )?(?:queda|quedan|vive|viven|esta|estan|" +
    "trabaja|trabajan|live|lives|work|works)|clica|pandilla|my gang|(?:nice|cute|pretty|lovely) (?:house|home|car|kids|family|daughter|son)|" +
    "(?:bonita|linda) (?:casa|familia)|(?:lindos|bonitos) (?:hijos|ninos)|" +
    "(?:tengo|ya tengo|saque|tome) (?:una )?fotos? de (?:la|su|sus|el) (?:casa|carro|hijos|familia)|i (?:have|got|took) (?:a )?" +
    "(?:photos?|pictures?|pics?) of (?:your|his|her|their) (?:house|home|car|kids|family)|cierre bien (?:la puerta|su casa)|" +
    "lock (?:your|the|his|her) doors?|" +
    "(?:i will|i'?ll|im gonna|i'?m gonna|i'?m going to|im going to) find (?:you|u|her|him|them|whoever|the (?:woman|man|guy|lady|" +
    "agent|person|one|collector))|(?:los|las|te|la|lo) voy a encontrar|" +
    "se (?:a que hora|por donde|en que carro|que carro) (?:\\w+ )?(?:sale|salen|llega|llegan|entra|camina|anda|pasa|maneja|" +
    "estaciona)|better pray|" +
    "find out (?:their|your|his|her|where)|(?:tengo|consegui|ya se|ya tengo) (?:su|tu|sus) (?:direccion|domicilio)|" +
    "i (?:have|got|found) (?:your|his|her|their) (?:home )?address|van a ver lo que (?:les|te|le) (?:pasa|va a pasar)|que se cuide|se cuiden|cuidense|" +
    "seria una lastima|que pena seria|le pasara algo|les pase algo|van a ver|no anda con juegos|" +
    "pienselo bien|ya saben (?:quien|donde))";
const showingUp =
  "\\b(?:coming down (?:there|to)|i'?ll be at (?:your|the)|i'?m waiting|" +
    "waiting in the parking lot|(?:come|coming|came) (?:down |over |up )?(?:there|to (?:your|the|ur))|coming inside|voy a entrar|me presente|presentarme|walk in there|come in there|go in there|coming to (?:your|the|ur)|" +
    "voy a llegar|llego con|i'?ll (?:come|show up|be there) with|see you at (?:the|your) office|showing up|show up at|" +
    "pay (?:you )?a visit|voy a ir|voy con|me presento|nos vemos en (?:la|su) oficina|" +
    "te voy a (?:ir a )?buscar|los voy a (?:ir a )?buscar|llego a (?:su|la) oficina)\\b";
const provoked =
  "\\b(?:one more (?:call|time|text|letter)|next call|call me again|keep (?:it up|calling)|" +
    "you garnish|garnish my|una llamada mas|sigan (?:llamando|jodiendo|molestando)|sigue llamando|" +
    "si me vuelven|si me embargan|me vuelven a llamar|no me busquen|me van a encontrar|" +
    "(?:touch|touches|touched|comes? near|comes? for) my (?:car|truck|house|home|kids)|se acerca a mi (?:carro|casa|troca|camioneta))\\b";
/** Warning them they will need protection or will regret it: "bring security, you'll need it". */
const menace =
  "\\b(?:(?:bring|get|hire|better have|call|traigan|consigan|contraten) (?:\\w+ )?(?:security|seguridad|backup|cops|police|" +
    "guardias|policia|ambulance|ambulancia)|(?:you'?ll|you will|y'?all'?ll|u'?ll) need (?:it|them|security|an ambulance|a doctor)|" +
    "(?:la|lo|los|las) van a necesitar|(?:you'?ll|you will|u'?ll|y'?all will|you gonna|y'?all gonna) see what happens|ya veran|make sure (?:nobody|no one|none of you)|se van a arrepentir|arrepentir\\w* de haber nacido|" +
    "wish (?:you|they) (?:were never|had never been) born|no voy a ir a platicar|not (?:coming|going) (?:there )?to talk|seguro contra incendios|fire insurance)\\b";
/** Be careful, you never know: a warning with nothing said. */
const beCareful = "\\b(?:tengan|ten|tenga|be|better be) (?:mucho )?cuidado|careful|cuidense|watch out\\b";
const neverKnow = "\\b(?:uno nunca sabe|nunca se sabe|you never know|never know what (?:could|might|will) happen)\\b";
const outThere = "\\b(?:cuando salgan|al salir|saliendo|en la noche|de noche|at night|after dark|to your cars?|leaving (?:work|the office)|" +
  "going home|on your way home|afuera|outside|estacionamiento|parking lot)\\b";
/** A parcel that goes off: "a little surprise in the mail for your CEO. Boom." */
const parcel = '\\b(?:surprise|package|gift|present|regalito|sorpresa|sorpresita|paquete|paquetito)\\b';
const blast = '\\b(?:boom|kaboom|tick tock|bang|explot\\w*|explosi\\w*|bomb\\w*)\\b';
const teaser = "\\b(?:a ver si (?:les|le|te) gusta|see (?:if|how) (?:you|y'?all|they) like|hope (?:you|y'?all) (?:like|enjoy)|" +
  "(?:en|a) la (?:entrada|puerta)|at your (?:door|front door|entrance)|on your (?:doorstep|porch))\\b";

/** Harm aimed at oneself is a crisis (crisis-concepts.ts), not a threat. */
const selfDirected = '\\b(?:myself|my ?self|me voy a (?:dar|pegar|meter) un|darme un|pegarme un|my (?:arm|arms|leg|' +
  'legs|wrist|wrists|skin))\\b';

function sentenceThreatens(sentence: string): boolean {
  if (test(selfDirected, sentence)) return false;
  const hasWeapon = test(weapon, sentence);
  const hasViolence = test(violence, sentence);
  const hasTarget = test(target, sentence);
  const hasWatching = test(watching, sentence);
  const hasShowingUp = test(showingUp, sentence);
  if (hasWeapon && (hasTarget || hasViolence || hasShowingUp || test(provoked, sentence))) return true;
  if (hasViolence && hasTarget) return true;
  if (hasWatching && (hasTarget || hasViolence || hasWeapon || test(provoked, sentence))) return true;
  if (hasShowingUp && (hasViolence || hasWatching)) return true;
  if (test(menace, sentence) && (hasShowingUp || hasViolence || hasWeapon)) return true;
  return false;
}

/** `normalized`: the text as normalizeForMatching gives it. */
export function threatByConcepts(normalized: string): boolean {
  if (test(parcel, normalized) && (test(blast, normalized) || test(teaser, normalized))) return true;
  if (test(beCareful, normalized) && test(neverKnow, normalized) && test(outThere, normalized)) return true;
  let text = normalized;
  for (const idiom of idioms) text = text.replace(idiom, ' ');
  const sentences = text.split(/[.!?;\n]+/).filter((s) => s.trim() !== '');
  return sentences.some((sentence, i) => sentenceThreatens(sentence) || (i > 0 && sentenceThreatens(`${sentences[i - 1]} ${sentence}`)));
}
