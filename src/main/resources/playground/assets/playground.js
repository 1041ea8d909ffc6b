'use strict';
// The playground page: shows what the server renders for the chosen member, and turns each click, choice and
// submission into one call of /playground/api, which sends the bot the request Slack would send.
(() => {
  const $ = (selector, root = document) => root.querySelector(selector);
  const who = $('#who');
  const stored = localStorage.getItem('playground.as');
  if (stored && [...who.options].some(o => o.value === stored)) who.value = stored;
  const state = {
    as: who.value,
    pane: localStorage.getItem('playground.pane') || 'channel',
    modalKey: null,
    refreshing: false,
    again: false,
  };
  const commands = [...document.querySelectorAll('#commands li')].map(li => ({
    name: li.dataset.command, usage: li.dataset.usage || '', description: li.dataset.description || '',
  }));

  function showProblem(text) {
    const box = $('#problem');
    box.textContent = text || '';
    box.hidden = !text;
  }

  async function api(verb, body) {
    let out;
    try {
      const response = await fetch('/playground/api/' + verb, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.assign({ as: state.as }, body)),
      });
      out = await response.json();
    } catch (e) {
      out = { problem: 'The playground did not answer: is the bot still running?' };
    }
    showProblem(out.problem);
    refresh();
    return out;
  }

  // One screen fetch at a time; changes that arrive meanwhile cause exactly one more.
  async function refresh() {
    if (state.refreshing) { state.again = true; return; }
    state.refreshing = true;
    try {
      do {
        state.again = false;
        const response = await fetch('/playground/api/screen?as=' + encodeURIComponent(state.as) + '&pane=' + state.pane);
        if (response.ok) render(await response.json());
      } while (state.again);
    } catch (e) {
      showProblem('The playground did not answer: is the bot still running?');
    } finally {
      state.refreshing = false;
    }
  }

  function render(screen) {
    const pane = $('#pane');
    const follow = pane.scrollHeight - pane.scrollTop - pane.clientHeight < 60;
    pane.innerHTML = screen.pane; // server-rendered from escaped templates
    const refusals = $('#refusals');
    if ((screen.refusals || '') !== refusals.dataset.shown) {
      refusals.innerHTML = screen.refusals || '';
      refusals.dataset.shown = screen.refusals || '';
      refusals.hidden = !screen.refusals;
    }
    if (follow) pane.scrollTop = pane.scrollHeight;
    const layer = $('#modal-layer');
    if (!screen.modal) {
      layer.hidden = true;
      layer.innerHTML = '';
      state.modalKey = null;
    } else if (screen.modal.key !== state.modalKey) {
      const previous = layer.firstElementChild;
      layer.innerHTML = screen.modal.html;
      if (previous) carryTypedValues(previous, layer.firstElementChild);
      layer.hidden = false;
      state.modalKey = screen.modal.key;
      const first = layer.querySelector('input, textarea, select');
      if (first && !previous) first.focus();
    }
    document.body.dataset.rendered = String(performance.now());
  }

  // Slack keeps what a member typed when the app updates the view and the input keeps its block and action ids.
  function carryTypedValues(from, to) {
    from.querySelectorAll('.bk-el[data-typed]').forEach(old => {
      const selector = '.bk-el[data-block-id="' + CSS.escape(old.dataset.blockId) + '"][data-action-id="'
        + CSS.escape(old.dataset.actionId) + '"]';
      const target = to.querySelector(selector);
      if (target && old.dataset.type === 'file_input' && target.dataset.type === 'file_input') {
        showFiles(target, valueOf(old));
      } else if (target && 'value' in old && target.tagName === old.tagName) {
        target.value = old.value;
        target.dataset.typed = '1';
      }
    });
  }

  function valueOf(el) {
    switch (el.dataset.type) {
      case 'checkboxes': return [...el.querySelectorAll('input:checked')].map(i => i.value);
      case 'radio_buttons': { const chosen = el.querySelector('input:checked'); return chosen ? chosen.value : null; }
      case 'multi_static_select': case 'multi_users_select': return [...el.selectedOptions].map(o => o.value);
      case 'button': return el.dataset.value === undefined ? null : el.dataset.value;
      case 'file_input': return JSON.parse(el.dataset.files || '[]');
      default: return el.value === '' ? null : el.value;
    }
  }

  function valuesIn(root) {
    const values = {};
    root.querySelectorAll('.bk-el').forEach(el => {
      if (el.dataset.type === 'button' || el.dataset.type === 'overflow') return;
      (values[el.dataset.blockId] = values[el.dataset.blockId] || {})[el.dataset.actionId] = valueOf(el);
    });
    return values;
  }

  // ---- file inputs: each picked file is uploaded at once, as in Slack, and the element keeps what the upload
  // answered ({id, name}), which the submission carries in the view's state --------------------------------------
  function showFiles(el, files) {
    el.dataset.files = JSON.stringify(files);
    el.dataset.typed = '1';
    el.querySelector('.bk-files').replaceChildren(...files.map(file => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'bk-file-name';
      name.textContent = file.name;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'bk-file-remove';
      remove.dataset.fileId = file.id;
      remove.setAttribute('aria-label', 'Remove ' + file.name);
      remove.textContent = '×';
      li.append(name, remove);
      return li;
    }));
  }

  function fileRefused(el, file, kept) {
    const max = Number(el.dataset.maxFiles);
    const input = el.querySelector('input[type=file]');
    const types = input.accept ? input.accept.split(',') : [];
    if (kept.length >= max) return 'You can upload at most ' + max + (max === 1 ? ' file' : ' files') + ' here.';
    if (types.length && !types.some(t => file.name.toLowerCase().endsWith(t))) {
      return file.name + ' is not a ' + types.join(' or ') + ' file.';
    }
    if (file.size > Number(el.dataset.maxBytes)) {
      return 'This file is ' + (file.size / 1024 / 1024).toFixed(1) + ' MB; a file here can be at most 10 MB.';
    }
    return null;
  }

  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result.slice(reader.result.indexOf(',') + 1));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  async function uploadPicked(el, input) {
    const modal = el.closest('form.modal');
    const field = el.closest('.bk-input');
    if (field) field.querySelectorAll('.bk-error').forEach(x => x.remove());
    const picked = [...input.files];
    input.value = '';
    // a single-file input takes the new pick in place of the old one, as Slack's does
    const kept = Number(el.dataset.maxFiles) === 1 ? [] : valueOf(el);
    const submit = modal && modal.querySelector('.modal-submit');
    if (submit) submit.disabled = true; // Slack waits for an upload before it lets the form be sent
    try {
      for (const file of picked) {
        const problem = fileRefused(el, file, kept);
        if (problem) {
          if (modal) showFieldErrors(modal, { [el.dataset.blockId]: problem });
          continue;
        }
        const out = await api('upload', { name: file.name, content: await base64(file) });
        if (out.id) kept.push({ id: out.id, name: out.name });
      }
      showFiles(el, kept);
    } finally {
      if (submit) submit.disabled = false;
    }
  }

  function dispatch(el) {
    const surface = el.closest('[data-surface]');
    if (!surface) return;
    const send = () => {
      const body = { surface: surface.dataset.surface, blockId: el.dataset.blockId, actionId: el.dataset.actionId,
        value: valueOf(el) };
      if (surface.dataset.surface === 'message') {
        body.channel = surface.dataset.channel;
        body.ts = surface.dataset.ts;
      } else {
        body.viewId = surface.dataset.viewId;
        body.values = valuesIn(surface);
      }
      if (el.dataset.url) window.open(el.dataset.url, '_blank', 'noopener');
      return api('act', body);
    };
    const wrap = el.closest('.bk-el-wrap');
    const confirm = wrap && wrap.querySelector('template.bk-confirm');
    if (confirm) askFirst(confirm, send); else send();
  }

  function askFirst(template, then) {
    const dialog = $('#confirm');
    dialog.replaceChildren(template.content.cloneNode(true));
    const buttons = document.createElement('div');
    buttons.className = 'confirm-buttons';
    const deny = document.createElement('button');
    deny.type = 'button';
    deny.textContent = dialog.querySelector('.bk-confirm-deny').textContent;
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.className = dialog.querySelector('.bk-confirm-yes').className;
    yes.textContent = dialog.querySelector('.bk-confirm-yes').textContent;
    dialog.querySelectorAll('.bk-confirm-deny, .bk-confirm-yes').forEach(s => s.remove());
    buttons.append(deny, yes);
    dialog.append(buttons);
    deny.onclick = () => dialog.close();
    yes.onclick = () => { dialog.close(); then(); };
    dialog.showModal();
  }

  function showPane(pane) {
    state.pane = pane;
    localStorage.setItem('playground.pane', pane);
    document.querySelectorAll('.nav-item').forEach(b => b.classList.toggle('active', b.dataset.pane === pane));
    const titles = { channel: '# community', dm: 'Odigos Community Bot', home: 'Home' };
    $('#pane-title').textContent = titles[pane];
    $('#composer').hidden = pane === 'home';
    $('#message').placeholder = pane === 'dm' ? 'Message Odigos Community Bot, or type / for commands'
      : 'Message #community, or type / for commands';
    $('#pane').innerHTML = '';
    if (pane === 'home') api('home', {}); else refresh();
  }

  // ---- the message box, with the manifest's commands offered as Slack offers them -------------------------
  const input = $('#message');
  const list = $('#suggestions');
  let highlighted = 0;

  function suggestions() {
    const text = input.value;
    if (!text.startsWith('/')) return [];
    const space = text.indexOf(' ');
    if (space > 0) {
      const command = commands.find(c => c.name === text.slice(0, space));
      return command && command.usage ? [{ hint: true, command }] : [];
    }
    return commands.filter(c => c.name.startsWith(text)).map(command => ({ hint: false, command }));
  }

  function showSuggestions() {
    const items = suggestions();
    list.replaceChildren(...items.map((item, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.className = item.hint ? 'hint' : (i === highlighted ? 'highlighted' : '');
      const name = document.createElement('b');
      name.textContent = item.command.name;
      const usage = document.createElement('span');
      usage.className = 'usage';
      usage.textContent = ' ' + item.command.usage;
      const description = document.createElement('span');
      description.className = 'description';
      description.textContent = item.command.description;
      li.append(name, usage, description);
      if (!item.hint) li.onmousedown = e => { e.preventDefault(); choose(item.command); };
      return li;
    }));
    list.hidden = items.length === 0;
  }

  function choose(command) {
    input.value = command.name + ' ';
    highlighted = 0;
    showSuggestions();
    input.focus();
  }

  input.addEventListener('input', () => { highlighted = 0; showSuggestions(); });
  input.addEventListener('keydown', e => {
    const items = suggestions().filter(i => !i.hint);
    const choosing = items.length && !list.hidden;
    if (e.key === 'Enter' && !e.shiftKey && !(choosing && !input.value.includes(' ') && items[highlighted]
        && items[highlighted].command.name !== input.value)) {
      e.preventDefault(); // Enter sends, as in Slack; Shift+Enter starts a new line
      $('#composer').requestSubmit();
      return;
    }
    if (!choosing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      highlighted = (highlighted + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      showSuggestions();
    } else if (e.key === 'Tab' || (e.key === 'Enter' && !input.value.includes(' ') && items[highlighted]
        && items[highlighted].command.name !== input.value)) {
      e.preventDefault();
      choose(items[highlighted].command);
    }
  });

  $('#composer').addEventListener('submit', async e => {
    e.preventDefault();
    const text = input.value;
    const out = await api('type', { where: state.pane === 'dm' ? 'dm' : 'channel', text });
    if (!out.problem) {
      input.value = '';
      list.hidden = true;
    }
  });

  // ---- clicks, choices and forms -----------------------------------------------------------------------------
  document.addEventListener('click', e => {
    const target = e.target;
    const button = target.closest('.bk-button');
    if (button && button.dataset.dispatch === 'true') { dispatch(button); return; }
    const removeFile = target.closest('.bk-file-remove');
    if (removeFile) {
      const el = removeFile.closest('.bk-el');
      showFiles(el, valueOf(el).filter(f => f.id !== removeFile.dataset.fileId));
      return;
    }
    const nav = target.closest('.nav-item');
    if (nav) { showPane(nav.dataset.pane); return; }
    const menu = target.closest('.msg-menu-open');
    if (menu) { const items = menu.nextElementSibling; items.hidden = !items.hidden; return; }
    const shortcut = target.closest('.msg-shortcut');
    if (shortcut) {
      const message = shortcut.closest('[data-surface]');
      api('shortcut', { channel: message.dataset.channel, ts: message.dataset.ts,
        callbackId: shortcut.dataset.callbackId });
      return;
    }
    if (target.closest('.modal-x, .modal-close')) {
      const modal = target.closest('.modal');
      api('close', { viewId: modal.dataset.viewId });
    }
  });

  document.addEventListener('input', e => {
    const el = e.target.closest('.bk-el');
    if (el) el.dataset.typed = '1';
  });

  document.addEventListener('change', e => {
    const el = e.target.closest('.bk-el');
    if (el && el.dataset.type === 'file_input') { uploadPicked(el, e.target); return; }
    if (el && el.dataset.type !== 'button' && el.dataset.dispatch === 'true') dispatch(el);
  });

  document.addEventListener('submit', async e => {
    const modal = e.target.closest('form.modal');
    if (!modal) return;
    e.preventDefault();
    modal.querySelectorAll('.bk-error').forEach(x => x.remove());
    const missing = slackRefuses(modal);
    if (Object.keys(missing).length) { showFieldErrors(modal, missing); return; }
    const out = await api('submit', { viewId: modal.dataset.viewId, values: valuesIn(modal) });
    showFieldErrors(modal, out.errors || {});
  });

  // What Slack's own client refuses before the app hears of it: an empty required field, a number out of its
  // range, text that is not a link in a link field.
  function slackRefuses(modal) {
    const problems = {};
    modal.querySelectorAll('.bk-input').forEach(field => {
      const el = field.querySelector('.bk-el');
      if (!el) return;
      const value = valueOf(el);
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      if (empty) {
        if (field.dataset.optional !== 'true') problems[field.dataset.blockId] = 'Please complete this required field.';
      } else if (el.type === 'number' && !el.checkValidity()) {
        problems[field.dataset.blockId] = 'Please enter a number' + (el.min || el.max ? ' between ' + (el.min || '…')
          + ' and ' + (el.max || '…') : '') + (el.step === '1' ? ' (a whole number).' : '.');
      } else if (el.type === 'url' && !/^https?:\/\/\S+$/i.test(el.value)) {
        problems[field.dataset.blockId] = 'Please enter a valid URL.';
      }
    });
    return problems;
  }

  function showFieldErrors(modal, errors) {
    Object.entries(errors).forEach(([blockId, message]) => {
      const field = modal.querySelector('.bk-input[data-block-id="' + CSS.escape(blockId) + '"]');
      if (!field) return;
      const error = document.createElement('div');
      error.className = 'bk-error';
      error.setAttribute('role', 'alert');
      error.textContent = message;
      field.append(error);
    });
  }

  who.addEventListener('change', () => {
    state.as = who.value;
    localStorage.setItem('playground.as', state.as);
    state.modalKey = null;
    showPane(state.pane);
  });

  $('#add-member').addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    const out = await api('members', { name: form.name.value, zone: form.zone.value });
    if (!out.problem) location.reload();
  });

  // ---- time travel, for admins: the bot's time in the member's zone, and buttons that move it forward; the bot
  // then runs what fell due, and what that sends arrives like any other message --------------------------------
  const travelBox = $('#time-travel');

  function showTravel(trip) {
    travelBox.hidden = !trip.now;
    if (!trip.now) return;
    $('#bot-time').textContent = trip.now;
    $('#bot-ahead').textContent = trip.ahead;
    $('#travel-ran').textContent = trip.ran || '';
  }

  async function loadTravel() {
    try {
      const response = await fetch('/playground/api/travel?as=' + encodeURIComponent(state.as));
      showTravel(response.ok ? await response.json() : {});
    } catch (e) {
      showTravel({});
    }
  }

  travelBox.addEventListener('click', async e => {
    const button = e.target.closest('[data-travel]');
    if (!button) return;
    const buttons = [...travelBox.querySelectorAll('button')];
    buttons.forEach(b => { b.disabled = true; });
    try {
      const trip = await api('travel', { by: button.dataset.travel });
      if (!trip.problem) showTravel(trip);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
  who.addEventListener('change', loadTravel);
  loadTravel();

  // The demo community: seeded through the bot's services; the reload lists its members under "You are".
  const demo = $('#load-demo');
  if (demo) demo.addEventListener('click', async () => {
    demo.disabled = true;
    demo.textContent = 'Loading the demo community…';
    const out = await api('demo', {});
    if (!out.problem) location.reload();
    else { demo.disabled = false; demo.textContent = 'Load the demo community'; }
  });

  new EventSource('/playground/stream').onmessage = () => refresh();
  showPane(state.pane);
})();
