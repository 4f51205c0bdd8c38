/* The embedding page: builds the <script> snippet and a live preview from the form. */
(function () {
  "use strict";
  var form = document.getElementById("embed-form");
  var picked = [];
  var origin = location.origin;
  var timer;
  function el(tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = text; return e; }
  function lum(hex) {
    return [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (s, c, i) { return s + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
  function attr(v) { return v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"); }

  function settings() {
    var s = {
      language: form.language.value || "en", area: form.area.value.trim(), services: picked.map(function (p) { return p.id; }).join(","),
      title: form.title.value.trim(), accent: form.accent.value, accent_text: form.accent_text.value, mode: form.mode.value
    };
    return s;
  }
  function update() {
    var s = settings();
    var ok = ratio(s.accent, s.accent_text) >= 4.5 && ratio(s.accent, "#ffffff") >= 3;
    document.getElementById("e-contrast").textContent = ok
      ? "Contrast " + ratio(s.accent, s.accent_text).toFixed(1) + ":1, readable."
      : "Contrast " + ratio(s.accent, s.accent_text).toFixed(1) + ":1 is too low to read (4.5:1 needed): the widget will use its own colours.";
    var lines = ['<script src="' + origin + '/widget.js" async', '  data-language="' + attr(s.language) + '"'];
    if (s.area) lines.push('  data-area="' + attr(s.area) + '"');
    if (s.services) lines.push('  data-services="' + attr(s.services) + '"');
    if (s.title) lines.push('  data-title="' + attr(s.title) + '"');
    if (s.accent !== "#1d5b8f" || s.accent_text !== "#ffffff") lines.push('  data-accent="' + s.accent + '" data-accent-text="' + s.accent_text + '"');
    if (s.mode === "inline") lines.push('  data-container="#signpost-chat"');
    var snippet = (s.mode === "inline" ? '<div id="signpost-chat"></div>\n' : "") + lines.join("\n") + "></" + "script>";
    document.getElementById("snippet").textContent = snippet;
    var q = new URLSearchParams();
    Object.keys(s).forEach(function (k) { if (s[k]) q.set(k, s[k]); });
    clearTimeout(timer);
    timer = setTimeout(function () { document.getElementById("preview").src = "/embed/preview?" + q; }, 400);
  }
  function checkArea() {
    var area = form.area.value.trim(), msg = document.getElementById("e-area-msg");
    form.area.removeAttribute("aria-invalid");
    if (!area) { msg.textContent = ""; update(); return; }
    fetch("/api/services?per_page=1&include_national=false&postcode=" + encodeURIComponent(area)).then(function (r) {
      return r.json().then(function (b) {
        if (r.ok) msg.textContent = "Found: " + b.signpost.place + " (" + b.total_items + (b.total_items === 1 ? " local service" : " local services") + " listed).";
        else { msg.textContent = b.message; form.area.setAttribute("aria-invalid", "true"); }
        update();
      });
    });
  }
  function drawPicked() {
    var ul = document.getElementById("e-picked"); ul.textContent = "";
    picked.forEach(function (p, i) {
      var li = el("li", p.name), b = el("button", "Remove");
      b.type = "button"; b.className = "button secondary"; b.setAttribute("aria-label", "Remove " + p.name);
      b.addEventListener("click", function () { picked.splice(i, 1); drawPicked(); update(); document.getElementById("e-find").focus(); });
      li.append(b); ul.append(li);
    });
    if (!picked.length) ul.append(el("li", "None yet"));
  }
  function find() {
    var text = document.getElementById("e-find").value.trim(), out = document.getElementById("e-found");
    var msg = document.getElementById("e-find-msg");
    out.textContent = "";
    if (text.length < 2) { msg.textContent = ""; return; }
    fetch("/api/services?per_page=8&search=" + encodeURIComponent(text)).then(function (r) { return r.json(); }).then(function (b) {
      msg.textContent = (b.total_items || 0) + " found";
      (b.contents || []).forEach(function (service) {
        // the widget takes registry ids: an Open Referral record carries its own as a record_id attribute
        var own = (service.attributes || []).filter(function (x) { return x.taxonomy_term && x.taxonomy_term.taxonomy === "signpost" && x.taxonomy_term.code === "record_id"; })[0];
        var s = { id: own ? own.value : service.id, name: service.name, organization: service.organization };
        var li = el("li", s.name + " (" + s.organization.name + ")"), add = el("button", "Add");
        add.type = "button"; add.className = "button secondary"; add.setAttribute("aria-label", "Add " + s.name);
        add.addEventListener("click", function () {
          if (!picked.some(function (p) { return p.id === s.id; })) picked.push({ id: s.id, name: s.name });
          drawPicked(); update(); add.focus();
        });
        li.append(add); out.append(li);
      });
    });
  }
  var findTimer;
  document.getElementById("e-find").addEventListener("input", function () { clearTimeout(findTimer); findTimer = setTimeout(find, 300); });
  form.area.addEventListener("change", checkArea);
  form.addEventListener("input", function (e) { if (e.target.id !== "e-find" && e.target.id !== "e-area") update(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("copy-snippet").addEventListener("click", function () {
    var text = document.getElementById("snippet").textContent, msg = document.getElementById("copy-msg");
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { msg.textContent = "Copied."; });
    else msg.textContent = "Select the snippet and copy it.";
  });
  fetch("/widget/languages.json").then(function (r) { return r.json(); }).then(function (langs) {
    langs.forEach(function (l) { var o = el("option", l.name + (l.code === "en" ? "" : " (" + l.english + ")")); o.value = l.code; o.lang = l.code; form.language.append(o); });
    form.language.value = "en";
    drawPicked(); update();
  });
})();
