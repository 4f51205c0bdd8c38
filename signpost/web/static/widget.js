/* signpost chat widget: one <script> tag, no framework.
   <script src="https://HOST/widget.js" data-language="en" data-area="Southwark"
     data-services="id-1,id-2" data-title="..." data-accent="#1d5b8f" data-accent-text="#ffffff"
     data-container="#chat" data-open="true" async></script>
   The conversation lives in this script's memory only (never in sessionStorage or
   localStorage, where the host page's scripts could read it), so a reload starts afresh. Quick
   exit (or Esc) and "start again" also ask the server to forget it (/webhooks/rest/forget; it
   forgets idle conversations by itself too), and Quick exit leaves for a neutral site. Links are
   built only with https:, http:, tel:, sms: and mailto:. An empty answer, an error or no answer
   within 15 s shows the crisis lines. Embedding settings only shape the search: crisis help is
   never off. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[src*='widget.js']");
  var d = script.dataset;
  var base = new URL(".", script.src).href;
  var rasa = (d.rasaUrl || "{{RASA_URL}}").replace(/\/$/, "");
  var lang = (d.language || "en").toLowerCase();
  // Said to the server with the first message only: after that the conversation keeps the
  // language it is in, and "ok" or a place name must not pull it back to the page's setting.
  var pageLanguage = d.language ? lang : null;
  var exitUrl = d.exitUrl || "https://www.bbc.co.uk/weather";
  var embed = {};
  if (d.area) embed.area = d.area;
  if (d.services) embed.services = d.services.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  var TIMEOUT_MS = 15000;
  var SCHEMES = /^(https?|tel|sms|mailto):/i;
  var S = {}, exited = false, root, log, input, status, launcher, panel;
  var state = { sender: newId(), items: [], open: d.open === "true" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function fill(key, params, dir) {
    return (S[key] || key).replace(/\{(\w+)\}/g, function (m, k) {
      if (!params || !(k in params)) return m;
      return dir === "rtl" ? "\u2068" + params[k] + "\u2069" : params[k];
    });
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var a = new Uint8Array(16); crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }
  // the server's copy: the random sender id is what lets this page (and only a holder of it) delete it
  function forget(sender) {
    try {
      fetch(rasa + "/webhooks/rest/forget", { method: "POST", keepalive: true,
        headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sender: sender }) })
        .catch(function () { /* forgotten anyway once idle */ });
    } catch (e) { /* forgotten anyway once idle */ }
  }

  // colours: the host's accent only if text on it keeps 4.5:1 contrast (WCAG AA)
  function lum(hex) {
    var m = /^#?([0-9a-f]{6})$/i.exec(hex || ""); if (!m) return null;
    return [0, 2, 4].map(function (i) {
      var c = parseInt(m[1].substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (s, c, i) { return s + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function contrast(a, b) {
    var x = lum(a), y = lum(b); if (x == null || y == null) return 0;
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  // the widget's look, from its own origin: a <style> element would need 'unsafe-inline' in a CSP
  function stylesheet() {
    return new Promise(function (done) {
      var link = el("link"); link.rel = "stylesheet"; link.href = base + "widget.css";
      link.onload = link.onerror = function () { done(); };
      document.head.appendChild(link);
    });
  }

  function setUp() {
    // Esc leaves from inside the chat, or from an open chat when nothing else has focus: the
    // host page's own Esc (closing its menus) is left alone
    document.addEventListener("keydown", function (e) {
      var at = document.activeElement;
      if (e.key === "Escape" && root && (root.contains(at) || (state.open && (!at || at === document.body)))) quickExit();
    });
    build();
  }

  function build() {
    root = el("div", "sp");
    root.lang = lang; root.dir = S.direction;
    if (d.accent && contrast(d.accent, d.accentText || "#ffffff") >= 4.5 && contrast(d.accent, "#ffffff") >= 3) {
      root.style.setProperty("--a", d.accent);
      root.style.setProperty("--at", d.accentText || "#ffffff");
    }
    var container = d.container && document.querySelector(d.container);
    panel = el("section", "sp-panel " + (container ? "sp-inline" : "sp-float"));
    var titleId = "sp-title-" + state.sender.slice(0, 8);
    panel.setAttribute("aria-labelledby", titleId); panel.id = titleId + "-panel";
    var head = el("div", "sp-head");
    var h = el("h2", null, d.title || S["widget.title"]); h.id = titleId;
    var exit = el("button", "sp-btn sp-exit", S["widget.quick_exit"]);
    exit.type = "button"; exit.title = S["widget.quick_exit_hint"];
    exit.setAttribute("aria-describedby", titleId + "-exit");
    var exitHint = el("span", "sp-vh", S["widget.quick_exit_hint"]); exitHint.id = titleId + "-exit";
    exit.addEventListener("click", quickExit);
    head.append(h, exit, exitHint);
    if (!container) {
      var close = el("button", "sp-btn", "×"); close.type = "button";
      close.setAttribute("aria-label", S["widget.close"]);
      close.addEventListener("click", function () { setOpen(false); launcher.focus(); });
      head.append(close);
    }
    var note = el("p", "sp-note", S["widget.privacy"]);
    log = el("div", "sp-log");
    log.setAttribute("role", "log"); log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", S["widget.log_label"]); log.tabIndex = 0;
    status = el("div", "sp-status"); status.setAttribute("role", "status");
    var form = el("form", "sp-form");
    var inputId = titleId + "-in";
    var label = el("label", "sp-vh", S["widget.input_label"]); label.htmlFor = inputId;
    input = el("input"); input.id = inputId; input.autocomplete = "off"; input.placeholder = S["widget.placeholder"];
    input.setAttribute("enterkeyhint", "send"); input.dir = "auto"; input.maxLength = 1000;
    var send = el("button", "sp-btn sp-send", S["widget.send"]); send.type = "submit";
    form.append(label, input, send);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (text) { input.value = ""; say(text, text); }
    });
    var foot = el("div", "sp-foot");
    var restart = el("button", null, S["widget.restart"]); restart.type = "button";
    restart.addEventListener("click", function () {
      forget(state.sender);
      state = { sender: newId(), items: [], open: true }; log.textContent = ""; greet(); input.focus();
    });
    foot.append(restart);
    panel.append(head, note, log, status, form, foot);
    root.append(panel);
    if (container) {
      container.append(root); state.open = true;
    } else {
      launcher = el("button", "sp-launch", S["widget.open"]); launcher.type = "button";
      launcher.setAttribute("aria-expanded", "false"); launcher.setAttribute("aria-controls", panel.id);
      launcher.addEventListener("click", function () { setOpen(true); input.focus(); });
      root.append(launcher);
      document.body.append(root);
    }
    setOpen(state.open);
    if (!state.items.length) greet();
    else { state.items.forEach(function (item) { draw(item, false); }); log.scrollTop = log.scrollHeight; }
  }

  function setOpen(open) {
    state.open = open;
    if (!launcher) return;
    panel.hidden = !open; launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
  }
  function quickExit() {
    exited = true;
    forget(state.sender);
    state = { sender: newId(), items: [], open: false };
    if (root) root.remove();
    document.title = "";
    window.location.replace(exitUrl);
  }
  function greet() {
    var replies = ["greet.button.talk", "greet.button.peer", "greet.button.crisis", "greet.button.advocacy"]
      .map(function (k) { return { title: S[k], payload: S[k] }; });
    push({ from: "bot", replies: [{ text: S["greet.hello"], buttons: replies }] });
  }
  function push(item) { state.items.push(item); draw(item, true); }

  function draw(item, live) {
    var before = log.lastElementChild;
    if (item.from === "user") {
      var u = el("div", "sp-msg sp-user");
      u.dir = "auto"; u.append(el("span", "sp-vh", S["widget.you_said"] + " "), document.createTextNode(item.text));
      log.append(u);
    } else {
      drawReplies(item.replies || [], item.failed);
    }
    if (live) {
      // a long reply is read from its start, not its end
      var first = before ? before.nextElementSibling : log.firstElementChild;
      // scroll the log alone: never the host page around it
      // (an answer from the question it answers)
      var from = item.from !== "user" && before && before.classList.contains("sp-user") ? before : first;
      if (from) log.scrollTop = item.from === "user" ? log.scrollHeight : from.offsetTop - 8;
    }
  }

  function bubble(text) {
    var b = el("div", "sp-msg sp-bot"); b.dir = "auto";
    b.append(el("span", "sp-vh", S["widget.assistant_said"] + " "), document.createTextNode(text));
    log.append(b); return b;
  }

  // Rasa's REST channel sends a card list as one text per paragraph, then the payload: the
  // cards replace the numbered paragraphs ("1. Name ...") and the crisis panel its lines.
  function drawReplies(replies, failed) {
    var names = [], lines = [];
    replies.forEach(function (m) {
      var c = m.custom;
      if (c && c.kind === "services") c.services.forEach(function (s) { names.push(s.name); });
      if (c && c.kind === "crisis") c.lines.forEach(function (l) { lines.push(l.text); });
    });
    for (var i = 0; i < replies.length; i++) {
      var m = replies[i], next = replies[i + 1], custom = next && next.custom;
      if (m.text != null && custom && custom.kind === "crisis") {
        var before = [], after = [], seen = false;
        m.text.split("\n").forEach(function (l) { if (lines.indexOf(l) >= 0) seen = true; else (seen ? after : before).push(l); });
        if (before.length) bubble(before.join("\n"));
        crisis(custom);
        if (after.length) bubble(after.join("\n"));
        i++; continue;
      }
      if (m.text != null) {
        var text = m.text.split("\n\n").filter(function (p) {
          var first = p.split("\n")[0];
          return !(/^\d+[.)]/.test(first) && names.some(function (n) { return first.indexOf(n) >= 0; }));
        }).join("\n\n");
        if (text) bubble(text);
        if (m.buttons && m.buttons.length) buttons(m.buttons);
      }
      if (m.custom && m.custom.kind === "services" && m.custom.services.length) cards(m.custom);
      else if (m.custom && m.custom.kind === "crisis") crisis(m.custom);
    }
    if (failed) unreachable();
  }

  function buttons(list) {
    var ul = el("ul", "sp-replies"); ul.setAttribute("aria-label", S["widget.quick_replies"]);
    list.forEach(function (b) {
      var li = el("li"), btn = el("button", null, b.title); btn.type = "button";
      btn.addEventListener("click", function () { say(b.payload, b.title); });
      li.append(btn); ul.append(li);
    });
    log.append(ul);
  }

  // a link only with a scheme on the list: a "javascript:" or "data:" address is shown as text
  function link(href, text, plain) {
    if (typeof href !== "string" || !SCHEMES.test(href.trim())) return el("span", plain ? "sp-plain" : null, text);
    var a = el("a", plain ? "sp-plain" : null, text); a.href = href.trim();
    if (/^https?:/i.test(a.href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  function digits(n) { return n.replace(/[^\d+]/g, ""); }
  function langName(code, l) {
    try { return new Intl.DisplayNames([l], { type: "language" }).of(code) || code; } catch (e) { return code; }
  }
  function list(items, l) {
    try { return new Intl.ListFormat(l, { type: "conjunction" }).format(items); } catch (e) { return items.join(", "); }
  }

  function cards(p) {
    var ul = el("ul", "sp-cards"); ul.lang = p.language; ul.dir = p.direction;
    p.services.forEach(function (s) {
      var li = el("li", "sp-card"), name = el("p", "sp-name", s.name);
      if (s.sample) name.append(el("span", "sp-sample", S["card.sample"]));
      li.append(name);
      if (s.organization && s.organization !== s.name) li.append(el("p", null, s.organization));
      var facts = [];
      if (s.languages && s.languages.length)
        facts.push(list(s.languages.map(function (c) { return langName(c, p.language); }), p.language));
      if (s.fees && S["fees." + s.fees]) facts.push(S["fees." + s.fees]);
      if (facts.length) li.append(el("p", null, facts.join(" · ")));
      if (s.opening) li.append(el("p", null, s.opening));
      if (s.access) li.append(el("p", null, s.access));
      if (s.is_national) li.append(el("p", null, S["card.national"]));
      else if (s.distance_km != null) {
        var miles;
        try { miles = new Intl.NumberFormat(p.language, { style: "unit", unit: "mile", maximumFractionDigits: 1 }).format(s.distance_km / 1.609344); }
        catch (e) { miles = (s.distance_km / 1.609344).toFixed(1) + " mi"; }
        li.append(el("p", null, fill("card.distance", { distance: miles }, p.direction)));
      }
      if (s.police_note) li.append(el("p", null, s.police_note));
      var links = el("div", "sp-links");
      (s.phones || []).forEach(function (ph) {
        var text = ph.type === "text";
        links.append(link((text ? "sms:" : "tel:") + digits(ph.number), fill(text ? "widget.text" : "widget.call", { number: ph.number }, p.direction)));
      });
      var loc = (s.locations || []).filter(function (l) { return l.latitude != null; })[0];
      if (loc) {
        var address = [loc.address_1, loc.postal_code].filter(Boolean).join(", ") || loc.name || "";
        links.append(link("https://www.openstreetmap.org/?mlat=" + loc.latitude + "&mlon=" + loc.longitude +
          "#map=17/" + loc.latitude + "/" + loc.longitude, fill("widget.map", { address: address }, p.direction), true));
      }
      if (s.url && /^https?:/i.test(s.url.trim())) links.append(link(s.url, S["widget.website"], true));
      if (s.email) links.append(link("mailto:" + s.email, S["widget.email"], true));
      if (links.childNodes.length) li.append(links);
      li.append(report(s.id));
      ul.append(li);
    });
    log.append(ul);
  }

  function report(id) {
    var box = el("div", "sp-report"), open = el("button", null, S["widget.report"]);
    open.type = "button"; open.setAttribute("aria-expanded", "false");
    var choices = el("div"); choices.hidden = true;
    open.addEventListener("click", function () {
      choices.hidden = !choices.hidden; open.setAttribute("aria-expanded", String(!choices.hidden));
      if (!choices.hidden) choices.firstChild.focus();
    });
    ["wrong", "closed"].forEach(function (reason) {
      var b = el("button", null, S["widget.report_" + reason]); b.type = "button";
      b.addEventListener("click", function () {
        fetch(base + "feedback", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ service_id: id, reason: reason }) }).catch(function () { /* best effort */ });
        var thanks = el("p", null, S["widget.report_thanks"]); thanks.tabIndex = -1;
        box.replaceChildren(thanks); thanks.focus();
      });
      choices.append(b);
    });
    box.append(open, choices);
    return box;
  }

  function crisis(p) {
    var box = el("div", "sp-crisis"); box.lang = p.language; box.dir = p.direction;
    box.setAttribute("role", "group");
    // who the help is for: the person writing, someone they are worried about, or them in danger from someone
    var who = p["for"] === "someone_else" || p["for"] === "danger_from_others" ? p["for"] : "self";
    box.setAttribute("data-for", who);
    var h = el("h3", null, S["widget.crisis_heading" + (who === "self" ? "" : "." + who)] || S["widget.crisis_heading"]); h.id = "sp-c" + Math.random().toString(36).slice(2, 8);
    box.setAttribute("aria-labelledby", h.id);
    var ul = el("ul"), li, said;
    p.lines.forEach(function (l) {
      // lines sharing one sentence (Papyrus and Childline) share one item, with a link each
      if (!li || !l.text || l.text !== said) { li = el("li"); if (l.text) li.append(el("div", null, l.text)); ul.append(li); }
      else li.append(" ");
      said = l.text;
      li.append(link(l.href, fill(l.type === "text" ? "widget.text" : "widget.call", { number: l.number }, p.direction)));
    });
    box.append(h, ul); log.append(box);
  }

  function unreachable() {
    crisis({ language: lang, direction: S.direction, lines: [
      { text: S["widget.unreachable"], number: "116 123", type: "voice", href: "tel:116123" },
      { text: "", number: "85258", type: "text", href: "sms:85258?body=SHOUT" },
      { text: "", number: "999", type: "voice", href: "tel:999" },
      { text: "", number: "111", type: "voice", href: "tel:111" }] });
  }

  function say(message, shown) {
    var old = log.querySelectorAll(".sp-replies");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var first = !state.items.some(function (item) { return item.from === "user"; });
    push({ from: "user", text: shown });
    input.focus();
    status.textContent = S["widget.waiting"];
    var sender = state.sender, done = false;
    var abort = window.AbortController ? new AbortController() : null;
    // no answer in time, an error status and an empty answer (no model loaded, a failed turn)
    // are all failures: the person gets the crisis lines, never silence
    function finish(replies) {
      if (done) return;
      done = true; clearTimeout(timer);
      if (exited || sender !== state.sender) return;  // left or started again meanwhile
      status.textContent = "";
      if (replies) { push({ from: "bot", replies: replies }); follow(replies); }
      else push({ from: "bot", replies: [], failed: true });
    }
    var timer = setTimeout(function () { if (abort) abort.abort(); finish(null); }, TIMEOUT_MS);
    fetch(rasa + "/webhooks/rest/webhook", {
      method: "POST", headers: { "Content-Type": "application/json" }, signal: abort ? abort.signal : undefined,
      body: JSON.stringify({ sender: sender, message: message,
        metadata: first && pageLanguage ? { language: pageLanguage, embed: embed } : { embed: embed } })
    }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (replies) { finish(Array.isArray(replies) && replies.length ? replies : null); },
            function () { finish(null); });
  }

  // The widget's own words follow the language the assistant answers in (its payloads say which).
  function follow(replies) {
    var said = replies.map(function (m) { return m.custom && m.custom.language; }).filter(Boolean).pop();
    if (!said || said === lang) return;
    strings(said).then(function (data) {
      if (!data || exited) return;
      lang = said;
      S = data.strings; S.direction = data.direction;
      var open = state.open, typing = document.activeElement === input;
      root.remove(); launcher = null; build();
      if (open && typing) input.focus();
    });
  }
  function strings(code) {
    return fetch(base + "widget/strings/" + encodeURIComponent(code) + ".json")
      .then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  }

  var styled = stylesheet();
  strings(lang)
    .then(function (data) { return data || (lang = "en", strings("en")); })
    .then(function (data) {
      S = data.strings; S.direction = data.direction;
      return styled;
    })
    .then(function () {
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp); else setUp();
    });
  // leaving the page (not into the back-forward cache, which keeps this memory): the chat is gone
  // from the screen, so the server forgets it too
  window.addEventListener("pagehide", function (e) {
    if (!e.persisted && state.items.some(function (item) { return item.from === "user"; })) forget(state.sender);
  });
})();
