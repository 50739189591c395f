// The demo billing portal: shows the signed-in customer's account and the official Web Chat,
// connected to Amicable's Direct Line endpoint with a token the portal's backend minted.
(function () {
  'use strict';

  var TEXT = {
    en: {
      title: 'My account · {creditor}',
      skipToChat: 'Skip to chat',
      sections: 'Account sections',
      navOverview: 'Overview', navBills: 'Bills', navPayments: 'Payments', navHelp: 'Help',
      signedInAs: 'Signed in as',
      heading: 'My account',
      welcome: 'Welcome back, {name}.',
      summaryHeading: 'Account summary',
      accountLabel: 'Account', balanceLabel: 'Balance due', statusLabel: 'Status',
      accountEnding: 'ending in {last4}',
      pastDue: 'Past due', current: 'Current',
      planHint: 'Need more time to pay? Our assistant can set up a payment plan with you in a few minutes.',
      chatHeading: 'Chat with us',
      notice: 'You are chatting with {creditor}\u2019s automated assistant, not a person. This chat is recorded and kept with your account. You can ask for a person at any time. Say hello to start.',
      connecting: 'Connecting to the chat…',
      unavailable: 'The chat is unavailable right now. Please try again later.',
      chatRegion: 'Chat with {creditor}\u2019s assistant',
      privacy: 'Privacy', accessibility: 'Accessibility',
      locale: 'en-US'
    },
    es: {
      title: 'Mi cuenta · {creditor}',
      skipToChat: 'Ir al chat',
      sections: 'Secciones de la cuenta',
      navOverview: 'Resumen', navBills: 'Facturas', navPayments: 'Pagos', navHelp: 'Ayuda',
      signedInAs: 'Sesión iniciada como',
      heading: 'Mi cuenta',
      welcome: 'Bienvenido de nuevo, {name}.',
      summaryHeading: 'Resumen de la cuenta',
      accountLabel: 'Cuenta', balanceLabel: 'Saldo pendiente', statusLabel: 'Estado',
      accountEnding: 'terminada en {last4}',
      pastDue: 'Vencida', current: 'Al día',
      planHint: '¿Necesita más tiempo para pagar? Nuestro asistente puede crear un plan de pagos con usted en pocos minutos.',
      chatHeading: 'Chatee con nosotros',
      notice: 'Está conversando con el asistente automático de {creditor}, no con una persona. Esta conversación se graba y se guarda con su cuenta. Puede pedir hablar con una persona en cualquier momento. Salude para empezar.',
      connecting: 'Conectando con el chat…',
      unavailable: 'El chat no está disponible en este momento. Inténtelo más tarde.',
      chatRegion: 'Chat con el asistente de {creditor}',
      privacy: 'Privacidad', accessibility: 'Accesibilidad',
      locale: 'es-US'
    }
  };

  var params = new URLSearchParams(window.location.search);
  var accountId = params.get('account') || 'NW-1001';
  var storageKey = 'amicable.chat.' + accountId;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] == null ? '' : String(values[key]); });
  }

  function applyText(text, values) {
    document.documentElement.lang = text.locale.slice(0, 2);
    document.title = fill(text.title, values);
    document.querySelectorAll('[data-text]').forEach(function (node) {
      node.textContent = fill(text[node.getAttribute('data-text')], values);
    });
    document.querySelectorAll('[data-label]').forEach(function (node) {
      node.setAttribute('aria-label', fill(text[node.getAttribute('data-label')], values));
    });
    document.querySelectorAll('[data-creditor]').forEach(function (node) { node.textContent = values.creditor; });
  }

  function showAccount(text, session) {
    var account = session.account;
    var money = new Intl.NumberFormat(text.locale, { style: 'currency', currency: 'USD' });
    var set = function (field, value) {
      document.querySelectorAll('[data-field="' + field + '"]').forEach(function (node) { node.textContent = value; });
    };
    set('fullName', account.fullName);
    set('welcome', fill(text.welcome, { name: session.userName }));
    set('account', account.accountLast4 ? fill(text.accountEnding, { last4: account.accountLast4 }) : account.id);
    set('balance', money.format(account.balanceCents / 100));
    set('status', account.daysPastDue > 0 ? text.pastDue : text.current);
  }

  async function postJson(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    var response = await fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) });
    if (!response.ok) throw new Error(url + ' answered ' + response.status);
    return response.json();
  }

  // A visitor who comes back while their token still lives continues the same conversation;
  // after that the portal starts a new one (the assistant's transcript keeps everything).
  async function chatSession() {
    var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    if (saved) {
      try {
        var refreshed = await postJson('/v3/directline/tokens/refresh', null, saved.token);
        return Object.assign({}, saved, { token: refreshed.token, resumed: true });
      } catch (expired) {
        window.sessionStorage.removeItem(storageKey);
      }
    }
    var session = await postJson('/portal/session', { accountId: accountId });
    window.sessionStorage.setItem(storageKey, JSON.stringify(session));
    return session;
  }

  async function start() {
    var status = document.getElementById('chat-status');
    var text = TEXT.en;
    try {
      var session = await chatSession();
      text = TEXT[session.account.language] || TEXT.en;
      var values = { creditor: session.creditorName, name: session.userName };
      applyText(text, values);
      showAccount(text, session);

      var directLine = window.WebChat.createDirectLine({
        domain: window.location.origin + '/v3/directline',
        token: session.token,
        conversationId: session.resumed ? session.conversationId : undefined,
        webSocket: true
      });
      window.addEventListener('pagehide', function () {
        window.sessionStorage.setItem(storageKey, JSON.stringify(Object.assign({}, session, { token: directLine.token })));
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        userID: session.userId,
        username: session.userName,
        locale: text.locale === 'es-US' ? 'es-ES' : 'en-US',
        styleOptions: {
          accent: '#0b5cab',
          hideUploadButton: true,
          suggestedActionLayout: 'stacked',
          botAvatarInitials: session.creditorName.slice(0, 1),
          userAvatarInitials: session.userName.slice(0, 1),
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          suggestedActionBorderRadius: 8,
          rootHeight: '100%'
        }
      }, document.getElementById('webchat'));
      status.textContent = '';
      status.hidden = true;
    } catch (error) {
      status.textContent = text.unavailable;
      console.warn('chat unavailable:', error.message);
    }
  }

  start();
})();
