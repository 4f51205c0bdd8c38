/* signpost chat widget: one <script> tag, no framework.
   <script src="https://HOST/widget.js" data-language="en" data-area="Southwark"
     data-services="id-1,id-2" data-title="..." data-accent="#1d5b8f" data-accent-text="#ffffff"
     data-container="#chat" data-open="true" async></script>
   The conversation lives in sessionStorage (this tab only); Quick exit (or Esc) clears it and
   leaves for a neutral site. Embedding settings only shape the search: crisis help is never off. */
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
  var KEY = "signpost-chat";
  var S = {}, exited = false, state, root, log, input, status, launcher, panel;

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
  function load() {
    try { state = JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { state = null; }
    if (!state || !state.sender) state = { sender: newId(), items: [], open: d.open === "true" };
  }
  function save() { if (exited) return; try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ } }

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

  var CSS = ".sp{font:1rem/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;--a:#1d5b8f;--at:#fff}" +
    ".sp:lang(ur){font-family:'Noto Nastaliq Urdu','Noto Naskh Arabic',system-ui,sans-serif;line-height:1.9}.sp:lang(ar){font-family:'Noto Naskh Arabic',system-ui,sans-serif}" +
    ".sp *{box-sizing:border-box}.sp button,.sp input{font:inherit}" +
    ".sp-launch{position:fixed;bottom:1rem;inset-inline-end:1rem;z-index:2147483000;background:var(--a);color:var(--at);border:0;border-radius:2rem;padding:.75rem 1.25rem;min-height:48px;cursor:pointer;box-shadow:0 2px 8px #0005}" +
    ".sp-panel{display:flex;flex-direction:column;background:#fff;border:1px solid #6b6b6b;border-radius:.5rem;overflow:hidden}" +
    ".sp-float{position:fixed;bottom:1rem;inset-inline-end:1rem;z-index:2147483001;width:min(26rem,calc(100vw - 2rem));height:min(40rem,calc(100vh - 2rem))}" +
    ".sp-inline{height:min(40rem,80vh);min-height:24rem}" +
    ".sp-head{display:flex;align-items:center;gap:.5rem;background:var(--a);color:var(--at);padding:.5rem .75rem}" +
    ".sp-head h2{font-size:1.05rem;margin:0;flex:1}" +
    ".sp-btn{min-height:44px;min-width:44px;padding:.4rem .8rem;border-radius:.4rem;cursor:pointer;border:2px solid currentColor;background:transparent;color:inherit}" +
    ".sp-exit{background:#fff;color:#8a0016;border-color:#fff;font-weight:700}" +
    ".sp-note{font-size:.85rem;margin:0;padding:.5rem .75rem;background:#f3f3f3;border-bottom:1px solid #ccc}" +
    ".sp-log{position:relative;flex:1;overflow-y:auto;padding:.75rem;display:flex;flex-direction:column;gap:.5rem}" +
    ".sp-msg{max-width:92%;padding:.5rem .75rem;border-radius:.6rem;white-space:pre-wrap;overflow-wrap:anywhere}" +
    ".sp-bot{background:#eef3f8;align-self:flex-start}.sp-user{background:var(--a);color:var(--at);align-self:flex-end}" +
    ".sp-replies{display:flex;flex-wrap:wrap;gap:.4rem;margin:0;padding:0;list-style:none}" +
    ".sp-replies button{min-height:44px;padding:.4rem .8rem;border:2px solid var(--a);color:#1b1b1b;background:#fff;border-radius:1.2rem;cursor:pointer}" +
    ".sp-cards{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.5rem;width:100%}" +
    ".sp-card{border:1px solid #8a8a8a;border-radius:.5rem;padding:.6rem .75rem;background:#fff}" +
    ".sp-card p{margin:.2rem 0}.sp-name{font-weight:700;font-size:1.05rem}" +
    ".sp-sample{display:inline-block;background:#fff2cc;border:1px solid #7a5d00;color:#4d3b00;border-radius:.3rem;padding:0 .35rem;font-size:.8rem;font-weight:400;margin-inline-start:.35rem}" +
    ".sp-links{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.4rem}" +
    ".sp-links a{display:inline-flex;align-items:center;min-height:44px;padding:.3rem .7rem;border-radius:.4rem;background:var(--a);color:var(--at);text-decoration:underline;font-weight:600}" +
    ".sp-links a.sp-plain{background:#fff;color:#0b4f8a;border:1px solid #0b4f8a}" +
    ".sp-report{margin-top:.3rem}.sp-report>button{background:none;border:0;padding:.2rem 0;min-height:32px;color:#0b4f8a;text-decoration:underline;cursor:pointer;font-size:.85rem;text-align:start}" +
    ".sp-report div{display:flex;flex-wrap:wrap;gap:.4rem}.sp-report div button{font-size:.85rem;min-height:36px;border:1px solid #555;background:#f5f5f5;border-radius:.3rem;cursor:pointer}" +
    ".sp-crisis{border:2px solid #a4001d;border-inline-start-width:.5rem;background:#fff5f6;border-radius:.5rem;padding:.6rem .75rem;width:100%}" +
    ".sp-crisis h3{margin:0 0 .3rem;font-size:1.05rem;color:#8a0016}.sp-crisis ul{list-style:none;margin:0;padding:0}.sp-crisis li{margin:.4rem 0}" +
    ".sp-crisis a{display:inline-flex;align-items:center;min-height:44px;padding:.3rem .8rem;border-radius:.4rem;background:#8a0016;color:#fff;font-weight:700;text-decoration:underline;margin-top:.2rem}" +
    ".sp-form{display:flex;gap:.4rem;padding:.5rem;border-top:1px solid #ccc}" +
    ".sp-form input{flex:1;min-width:0;min-height:44px;padding:.4rem .6rem;border:2px solid #555;border-radius:.4rem}" +
    ".sp-send{background:var(--a);color:var(--at);border-color:var(--a)}" +
    ".sp-status{font-size:.85rem;padding:0 .75rem;min-height:1.2em;color:#444}" +
    ".sp-foot{display:flex;justify-content:flex-end;padding:0 .5rem .4rem}.sp-foot button{background:none;border:0;color:#0b4f8a;text-decoration:underline;cursor:pointer;min-height:32px;font-size:.85rem}" +
    ".sp-vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    ".sp :focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1b1b1b}" +
    "@media (max-width:480px){.sp-float{inset:0;width:auto;height:auto;border-radius:0;border:0}}" +
    "@media (prefers-reduced-motion:no-preference){.sp-log{scroll-behavior:smooth}}" +
    "@media (forced-colors:active){.sp-links a,.sp-crisis a{border:1px solid}}";

  function setUp() {
    var style = el("style"); style.textContent = CSS; document.head.appendChild(style);
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
      state = { sender: newId(), items: [], open: true }; save(); log.textContent = ""; greet(); input.focus();
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
    state.open = open; save();
    if (!launcher) return;
    panel.hidden = !open; launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
  }
  function quickExit() {
    exited = true;
    try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
    if (root) root.remove();
    document.title = "";
    window.location.replace(exitUrl);
  }
  function greet() {
    var replies = ["greet.button.talk", "greet.button.peer", "greet.button.crisis", "greet.button.advocacy"]
      .map(function (k) { return { title: S[k], payload: S[k] }; });
    push({ from: "bot", replies: [{ text: S["greet.hello"], buttons: replies }] });
  }
  function push(item) { state.items.push(item); save(); draw(item, true); }

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

  function link(href, text, plain) {
    var a = el("a", plain ? "sp-plain" : null, text); a.href = href;
    if (/^https?:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
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
      if (s.url) links.append(link(s.url, S["widget.website"], true));
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
      { text: "", number: "999", type: "voice", href: "tel:999" }] });
  }

  function say(message, shown) {
    var old = log.querySelectorAll(".sp-replies");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var first = !state.items.some(function (item) { return item.from === "user"; });
    push({ from: "user", text: shown });
    input.focus();
    status.textContent = S["widget.waiting"];
    fetch(rasa + "/webhooks/rest/webhook", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.sender, message: message,
        metadata: first && pageLanguage ? { language: pageLanguage, embed: embed } : { embed: embed } })
    }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (replies) { status.textContent = ""; push({ from: "bot", replies: replies }); follow(replies); })
      .catch(function () { status.textContent = ""; push({ from: "bot", replies: [], failed: true }); });
  }

  // The widget's own words follow the language the assistant answers in (its payloads say which).
  function follow(replies) {
    var said = replies.map(function (m) { return m.custom && m.custom.language; }).filter(Boolean).pop();
    if (!said || said === lang) return;
    strings(said).then(function (data) {
      if (!data || exited) return;
      lang = said; state.lang = said; save();
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

  load();
  if (state.lang) lang = state.lang;
  strings(lang)
    .then(function (data) { return data || (lang = "en", strings("en")); })
    .then(function (data) {
      S = data.strings; S.direction = data.direction;
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp); else setUp();
    });
  window.addEventListener("pagehide", save);
})();
