/* Staff lookup: the form's fields are the API's parameters, so the page's address is the search.
   Its options come from the API: needs from /api/taxonomy_terms, every other code list (and the
   names cards give codes) from /api/vocabulary, so the page repeats no list of its own. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var results = document.getElementById("results");
  var summary = document.getElementById("summary");
  var errorBox = document.getElementById("error");
  var pager = document.getElementById("pager");
  var PER_PAGE = 10;
  var NAMES = {};  // attribute -> code -> English name, from /api/vocabulary
  var DAYS = { MO: "Mon", TU: "Tue", WE: "Wed", TH: "Thu", FR: "Fri", SA: "Sat", SU: "Sun" };
  var when = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function sentence(text) { return text.charAt(0).toUpperCase() + text.slice(1); }
  function named(attribute, code) { return (NAMES[attribute] || {})[code] || code; }
  function options(id, codes) {
    var select = document.getElementById(id);
    codes.forEach(function (c) { var o = el("option", null, sentence(c.name)); o.value = c.code; select.append(o); });
  }
  function fillOptions(vocabulary) {
    var p = vocabulary.parameters;
    Object.keys(vocabulary.attributes).forEach(function (attribute) {
      NAMES[attribute] = {};
      vocabulary.attributes[attribute].forEach(function (c) { NAMES[attribute][c.code] = c.name; });
    });
    options("f-language", p.language);
    options("f-gender", p.gender);
    options("f-faith", p.faith);
    options("f-fees", p.fees);
    var communities = document.getElementById("communities");
    p.community.forEach(function (c) { var o = el("option", null, c.name); o.value = c.code; communities.append(o); });
    var referral = document.getElementById("f-referral");
    p.referral.forEach(function (c) {
      var box = el("input"); box.type = "checkbox"; box.name = "referral"; box.value = c.code;
      var label = el("label"); label.append(box, " " + sentence(c.name)); referral.append(label);
    });
  }

  function params() {
    var p = new URLSearchParams();
    var data = new FormData(form), referral = data.getAll("referral");
    data.forEach(function (value, key) { if (key !== "referral" && String(value).trim()) p.set(key, String(value).trim()); });
    if (referral.length) p.set("referral", referral.join(","));
    return p;
  }
  function fillForm(p) {
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!f.name) return;
      var v = p.get(f.name);
      if (f.type === "checkbox") f.checked = f.name === "referral" ? (v || "").split(",").indexOf(f.value) >= 0 : v === f.value;
      else if (v != null) f.value = v;
    });
  }

  // A service from the Open Referral API (/api/services) as the card reads it: signpost's own facts
  // are attributes under its "signpost" taxonomy, the ones computed when asked are in "signpost".
  function flat(s) {
    var a = {}, live = s.signpost || {};
    (s.attributes || []).forEach(function (x) {
      var t = x.taxonomy_term || {};
      if (t.taxonomy === "signpost") (a[t.code] = a[t.code] || []).push(x.value);
    });
    function one(k) { return a[k] ? a[k][0] : null; }
    return {
      id: one("record_id") || s.id, name: s.name, description: s.description, sample: one("sample") === "true",
      organization: s.organization, open_now: live.open_now, next_opening: live.next_opening,
      crisis_alternative: one("crisis_alternative") === "true", fees: one("fees"), is_national: live.is_national,
      distance_km: live.distance_km, phones: s.phones || [], email: s.email, url: s.url,
      locations: (s.service_at_locations || []).map(function (x) {
        var l = x.location, ad = (l.addresses || [])[0] || {};
        return { name: l.name, address_1: ad.address_1, city: ad.city, postal_code: ad.postal_code, latitude: l.latitude, longitude: l.longitude };
      }),
      schedules: s.schedules || [], referral: a.referral || [], languages: s.languages || [],
      interpretation_services: s.interpretation_services, gender: one("gender"), minimum_age: s.minimum_age,
      maximum_age: s.maximum_age, eligibility_description: s.eligibility_description, communities: a.community || [],
      faith: one("faith"), confidentiality: one("confidentiality"), service_areas: s.service_areas || [],
      assured_date: s.assured_date, check_note: one("check_note")
    };
  }

  function row(dl, term, value) {
    if (value == null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.append(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = value;
    dl.append(dd);
  }
  function hours(s) {
    return s.schedules.map(function (r) {
      if (r.opens_at === "00:00" && r.closes_at === "24:00" && r.byday.split(",").length === 7) return "24 hours, every day";
      return r.byday.split(",").map(function (d) { return DAYS[d] || d; }).join(", ") + " " + r.opens_at + "–" + r.closes_at;
    }).join("; ");
  }
  function address(l) { return [l.name, l.address_1, l.city, l.postal_code].filter(Boolean).join(", "); }
  function contactBlock(s) {
    var lines = [s.name + (s.sample ? " (example listing, not a real service)" : ""), s.organization.name];
    s.phones.forEach(function (p) { lines.push((p.type === "text" ? "Text: " : "Phone: ") + p.number + (p.description ? " (" + p.description + ")" : "")); });
    if (s.email) lines.push("Email: " + s.email);
    if (s.url) lines.push("Web: " + s.url);
    s.locations.forEach(function (l) { lines.push("Address: " + address(l)); });
    if (s.schedules.length) lines.push("Hours: " + hours(s));
    if (s.referral.length) lines.push("Access: " + s.referral.map(function (r) { return named("referral", r); }).join(", "));
    return lines.join("\n");
  }
  function copy(text, button) {
    var done = function () { button.textContent = "Copied"; summary.textContent = "Contact details copied."; setTimeout(function () { button.textContent = "Copy contact details"; }, 2500); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback); else fallback();
    function fallback() {
      var t = el("textarea"); t.value = text; t.setAttribute("readonly", ""); t.className = "visually-hidden";
      document.body.append(t); t.select(); try { document.execCommand("copy"); done(); } finally { t.remove(); button.focus(); }
    }
  }

  function card(s) {
    var li = el("li", "service"), h = el("h3", null, s.name);
    h.id = "svc-" + s.id;
    if (s.sample) h.append(el("span", "sample", "example listing"));
    li.append(h, el("div", null, s.organization.name));
    var badges = el("ul", "badges");
    badges.setAttribute("aria-label", "Key facts");
    if (s.open_now) badges.append(el("li", "open", "Open now"));
    else if (s.next_opening) badges.append(el("li", null, "Opens " + when.format(new Date(s.next_opening))));
    if (s.crisis_alternative) badges.append(el("li", "crisis", "Crisis alternative"));
    if (s.fees) badges.append(el("li", null, sentence(named("fees", s.fees))));
    if (s.is_national) badges.append(el("li", null, "National"));
    if (s.distance_km != null) badges.append(el("li", null, (s.distance_km / 1.609344).toFixed(1) + " miles"));
    li.append(badges);
    if (s.description) li.append(el("p", null, s.description));
    var dl = el("dl");
    var phones = el("span");
    s.phones.forEach(function (p, i) {
      if (i) phones.append(", ");
      var a = el("a", null, p.number); a.href = (p.type === "text" ? "sms:" : "tel:") + p.number.replace(/[^\d+]/g, "");
      phones.append(a, p.type === "text" ? " (text)" : "", p.description ? " " + p.description : "");
    });
    row(dl, "Phone", s.phones.length ? phones : null);
    if (s.email) { var m = el("a", null, s.email); m.href = "mailto:" + s.email; row(dl, "Email", m); }
    // a link only to a web address: a "javascript:" or "data:" url in the registry is shown as text
    if (s.url) {
      var w = el(/^https?:/i.test(s.url.trim()) ? "a" : "span", null, s.url);
      if (w.tagName === "A") { w.href = s.url.trim(); w.rel = "noopener"; }
      row(dl, "Website", w);
    }
    if (s.locations.length) {
      var locs = el("span");
      s.locations.forEach(function (l, i) {
        if (i) locs.append("; ");
        locs.append(address(l));
        if (l.latitude != null) {
          var map = el("a", null, "map"); map.href = "https://www.openstreetmap.org/?mlat=" + l.latitude + "&mlon=" + l.longitude + "#map=17/" + l.latitude + "/" + l.longitude;
          map.setAttribute("aria-label", "Map of " + address(l)); locs.append(" (", map, ")");
        }
      });
      row(dl, "Address", locs);
    }
    row(dl, "Hours", s.schedules.length ? hours(s) : "Not listed");
    row(dl, "Access", s.referral.map(function (r) { return named("referral", r); }).join(", "));
    row(dl, "Languages", s.languages.map(function (l) { return l.name || l.code; }).join(", "));
    row(dl, "Interpreters", s.interpretation_services);
    var who = [];
    if (s.gender && s.gender !== "any") who.push(s.gender);
    if (s.minimum_age || s.maximum_age) who.push("ages " + (s.minimum_age || 0) + (s.maximum_age ? "–" + s.maximum_age : "+"));
    row(dl, "Who", who.join(", "));
    row(dl, "Eligibility", s.eligibility_description);
    row(dl, "Communities", s.communities.map(function (c) { return named("community", c); }).join(", "));
    row(dl, "Faith", s.faith && named("faith", s.faith));
    row(dl, "Confidentiality", s.confidentiality);
    row(dl, "Areas", s.service_areas.map(function (a) { return a.name; }).join(", "));
    row(dl, "Checked", s.assured_date);
    row(dl, "Check before relying on it", s.check_note);
    li.append(dl);
    var actions = el("div", "actions"), b = el("button", "button secondary", "Copy contact details");
    b.type = "button"; b.setAttribute("aria-describedby", h.id);
    b.addEventListener("click", function () { copy(contactBlock(s), b); });
    actions.append(b); li.append(actions);
    return li;
  }

  function showError(body) {
    errorBox.hidden = false;
    errorBox.textContent = body.message || "The search failed.";
    summary.textContent = "No results: fix the filter marked below.";
    var field = body.parameter && form.elements[body.parameter];
    if (field && field.focus) {
      var target = field.length && !field.tagName ? field[0] : field;
      target.setAttribute("aria-invalid", "true"); target.setAttribute("aria-describedby", "error"); target.focus();
    }
  }

  function run(p, push) {
    var page = parseInt(p.get("page") || "1", 10);
    var url = "/staff" + (p.toString() ? "?" + p : "");
    if (push) history.pushState(null, "", url);
    document.getElementById("print-url").textContent = "Search: " + location.href;
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (f) { f.removeAttribute("aria-invalid"); f.removeAttribute("aria-describedby"); });
    errorBox.hidden = true; summary.textContent = "Searching…";
    var api = new URLSearchParams(p); api.set("per_page", String(PER_PAGE));
    fetch("/api/services?" + api).then(function (r) { return r.json().then(function (b) { return [r.ok, b]; }); })
      .then(function (res) {
        results.textContent = ""; pager.hidden = true;
        if (!res[0]) return showError(res[1]);
        var data = res[1];
        var extra = data.signpost || {};
        var where = extra.place ? " in or covering " + extra.place : "";
        var widened = extra.widened ? " (nothing matched exactly; widened: " + extra.widened.join(", ") + ")" : "";
        summary.textContent = data.total_items + (data.total_items === 1 ? " service" : " services") + where + widened + ".";
        data.contents.forEach(function (s) { results.append(card(flat(s))); });
        if (data.total_items) {
          pager.hidden = false;
          document.getElementById("page-of").textContent = "Page " + data.page_number + " of " + data.total_pages;
          document.getElementById("prev").disabled = data.first_page;
          document.getElementById("next").disabled = data.last_page;
        }
        pager.dataset.page = String(page);
      }).catch(function () { summary.textContent = "The lookup could not reach the registry. Try again."; });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); run(params(), true); });
  document.getElementById("prev").addEventListener("click", function () { var p = params(); p.set("page", String(Math.max(1, +pager.dataset.page - 1))); run(p, true); });
  document.getElementById("next").addEventListener("click", function () { var p = params(); p.set("page", String(+pager.dataset.page + 1)); run(p, true); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  window.addEventListener("popstate", function () { var p = new URLSearchParams(location.search); fillForm(p); run(p, false); });

  function json(url) { return fetch(url).then(function (r) { return r.json(); }); }
  Promise.all([json("/api/taxonomy_terms?taxonomy_id=signpost-need&per_page=50"), json("/api/vocabulary")]).then(function (got) {
    var need = document.getElementById("f-need");
    got[0].contents.forEach(function (term) { var o = el("option", null, term.name); o.value = term.code; need.append(o); });
    fillOptions(got[1]);
    var p = new URLSearchParams(location.search);
    fillForm(p);
    if (p.toString()) run(p, false);
  });
})();
