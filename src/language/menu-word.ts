/**
 * MENU said alone, in any of its words: BACK and OPTIONS lead there too, with a courtesy or a verb
 * of going back around them ("go back pls", "take me back", "volver atrás", "regresar"). The
 * classifier reads such a lone word as whatever short message it resembles ("back" as a yes).
 */
const menuWord =
  /^\s*(?:(?:please|pls|por favor)\s+)?(?:(?:i want to|quiero) )?(?:(?:main )?menu|men[uú](?: principal)?|options|opciones|(?:(?:go|take me|ir|volver|regresar?) )?(?:back|atr[aá]s)(?: to (?:the )?(?:main )?(?:menu|options|start))?|go back to (?:the )?(?:main )?(?:menu|options|start)|(?:volver|regresar?)(?: al (?:menu|menú|inicio))?)(?:\s+(?:please|pls|plz|por favor))?\s*[.!]*\s*$/i;

export function isMenuWord(text: string): boolean {
  return menuWord.test(text);
}
