import { describe, expect, it } from 'vitest';
import { classifyKeyword } from '../../../src/compliance/keywords';

describe('TC-02 / TC-04 opt-out keywords (whole message)', () => {
  it.each([
    'STOP', 'stop', 'Stop.', ' stop ', 'STOP!!', 'stop 🙏', 's t o p', 'STOPALL', 'STOP ALL', 'Unsubscribe', 'CANCEL', 'end', 'Quit',
    'REVOKE', 'OPTOUT', 'opt out', 'OPT-OUT', 'Opt-Out!', 'remove', 'ARRET', 'ARRÊT', 'TD', 'stpo', 'sotp',
  ])('"%s" is an opt-out', (text) => {
    expect(classifyKeyword(text)).toBe('opt_out');
  });

  it.each(['ALTO', 'para', 'Pare', 'BASTA', 'cancelar', 'Baja', 'NO MAS', 'No más', 'no más.', '¡ALTO!'])('Spanish "%s" is an opt-out', (text) => {
    expect(classifyKeyword(text)).toBe('opt_out');
  });

  it.each(['stop by the store', 'please stop texting me', "don't stop", 'I want to end my plan', 'para mañana', 'stopping'])(
    '"%s" is not a whole-message keyword',
    (text) => {
      expect(classifyKeyword(text)).toBeNull();
    },
  );
});

describe('TC-04 opt-in keywords', () => {
  it.each(['START', 'start.', 'Unstop'])('"%s" re-subscribes', (text) => {
    expect(classifyKeyword(text)).toBe('opt_in');
  });

  it('does not read YES as an opt-in: it answers "Reply YES or NO" confirmations', () => {
    expect(classifyKeyword('YES')).toBeNull();
  });
});

describe('TC-03 help keywords', () => {
  it.each(['HELP', 'help?', 'Info', 'AYUDA', '¿Ayuda?'])('"%s" asks for help', (text) => {
    expect(classifyKeyword(text)).toBe('help');
  });

  it('leaves a question that mentions help to the conversation', () => {
    expect(classifyKeyword('can you help me with my plan')).toBeNull();
  });
});
