// Writes the HTML of claim and story pages: escaped text, the verdict as a coloured badge that always
// carries its word, tables of relations, figures, places, legs, and the inline map. Deterministic: the same
// result gives the same bytes (no clock, no random ids), so golden files can guard the pages.
#include "report/html_page.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <cmath>
#include <sstream>

#include <filesystem>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/temp_file.hpp"


namespace routecheck::report {
extern const char* const kSourcesTsv;

namespace {

using json = nlohmann::ordered_json;

std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  return out;
}

std::string str(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || j[key].is_null()) return "";
  const json& v = j[key];
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

constexpr double kFullDigitsFrom = 1000;  // from here on, "{:.4g}" would print an exponent past 9999

// A number as a reader reads it: no trailing zeros from JSON's round trip.
std::string num(const json& v) {
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  // Large values (metres, seconds) in full, small ones to four significant digits: never an exponent.
  if (v.is_number()) {
    const double x = v.get<double>();
    return std::abs(x) >= kFullDigitsFrom ? fmt::format("{:.0f}", x) : fmt::format("{:.4g}", x);
  }
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

// Why the colours: dark text on a light fill passes WCAG AA (4.5:1) for each verdict, and the word is
// always printed, so the verdict survives greyscale printing and colour blindness.
constexpr const char* kCss = R"css(
:root{color-scheme:light}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0 auto;
max-width:60rem;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1.1rem;margin:1rem 0 .4rem}h4{font-size:1rem;margin:.8rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;
text-align:left;vertical-align:top}th{background:#f0f0f0}
.table{overflow-x:auto}
.verdict{display:inline-block;font-weight:bold;text-transform:uppercase;letter-spacing:.03em;border:2px solid;
border-radius:.3rem;padding:.05rem .5rem}
.v-consistent{background:#e3f4e8;color:#14532d;border-color:#14532d}
.v-plausible{background:#e6f0fa;color:#1e3a8a;border-color:#1e3a8a}
.v-unverifiable{background:#eeeeee;color:#333333;border-color:#333333}
.v-suspicious{background:#fff4d6;color:#6b3f00;border-color:#6b3f00}
.v-inconsistent{background:#fde2e2;color:#8b1111;border-color:#8b1111}
.v-error{background:#ffffff;color:#1b1b1b;border-color:#1b1b1b;border-style:dashed}
.claim{font-size:1.1rem;background:#f7f7f7;border-left:4px solid #555;padding:.5rem .8rem}
figure{margin:.5rem 0}figure svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.9rem;color:#333}
.card{border:1px solid #999;border-radius:.4rem;padding:.2rem 1rem 1rem;margin:1rem 0;break-inside:avoid-page}
.story p{margin:.6rem 0}
mark{background:#fff1a8;color:#1b1b1b;border-bottom:2px solid #6b5b00;position:relative}
mark.figure{background:#dcecff;border-bottom-color:#1e3a8a}
mark:focus{outline:3px solid #1e3a8a;outline-offset:1px}
mark:focus::after{content:attr(title);position:absolute;left:0;top:1.6em;z-index:2;background:#1b1b1b;color:#fff;
padding:.3rem .5rem;border-radius:.3rem;font-size:.85rem;width:max-content;max-width:18rem;white-space:normal}
.legend{font-size:.9rem}
.muted{color:#444}
@media (max-width:40rem){body{padding:.5rem}h1{font-size:1.3rem}th,td{padding:.2rem}}
@page{size:auto;margin:15mm}
@media print{body{max-width:none;padding:0}a{color:inherit}.card,figure,table{break-inside:avoid}
mark{border-bottom-style:dotted}h2,h3{break-after:avoid}}
)css";

std::string badge(const std::string& verdict) {
  const std::string v = verdict.empty() ? "unverifiable" : verdict;
  return fmt::format("<span class=\"verdict v-{0}\" data-verdict=\"{0}\">{0}</span>", esc(v));
}

std::string head(const std::string& title) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"routecheck\">\n"
      // No request can leave the page: opened from a USB stick or a mail, it loads nothing.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      esc(title), kCss);
}

std::string h(int level, const std::string& text, const std::string& id = "") {
  const int l = std::clamp(level, 1, 6);
  return fmt::format("<h{0}{2}>{1}</h{0}>\n", l, esc(text), id.empty() ? "" : " id=\"" + esc(id) + "\"");
}

// Any JSON value the page has no table for (a network path, a timeline, a timing), as a definition list:
// nothing the JSON says is left off the page.
std::string generic(const json& v) {
  if (v.is_object()) {
    std::string out = "<dl>";
    for (const auto& [key, value] : v.items()) {
      if (value.is_null()) continue;
      out += "<dt>" + esc(key) + "</dt><dd>" + generic(value) + "</dd>";
    }
    return out + "</dl>";
  }
  if (v.is_array()) {
    if (v.empty()) return "none";
    std::string out = "<ul>";
    for (const json& e : v) out += "<li>" + generic(e) + "</li>";
    return out + "</ul>";
  }
  return esc(num(v));
}

std::string place_label(const json& p) {
  std::string s = str(p, "name");
  const std::string admin = str(p, "admin1"), cc = str(p, "country_code");
  if (!admin.empty() && admin != s) s += ", " + admin;
  if (!cc.empty()) s += " (" + cc + ")";
  return s;
}

std::string countries_in_words(const json& route) {
  std::vector<std::string> names;
  if (route.contains("countries") && route["countries"].is_object())
    for (const json& c : route["countries"].value("traversed", json::array()))
      if (c.is_string() && c.get<std::string>() != "(sea)") names.push_back(c.get<std::string>());
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
  return out;
}

// `prefix` keeps the ids of several maps on one page apart (each SVG names its groups "legend", "legs"...).
std::string map_figure(const MapPicture& map, const std::string& alt, int level, const std::string& prefix) {
  std::string out = h(level, "Map");
  if (map.svg.empty()) return out + "<p class=\"muted\">No map: " + esc(map.missing_why) + "</p>\n";
  std::string svg = map.svg;
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  // The alt text names the route in words; the picture's own <title> repeats the map's title band.
  const std::size_t open = svg.find("<svg ");
  if (open != std::string::npos) svg.insert(open + 5, "role=\"img\" aria-label=\"" + esc(alt) + "\" ");
  for (std::size_t at = 0; (at = svg.find(" id=\"", at)) != std::string::npos; at += 5) svg.insert(at + 5, prefix);
  return out + "<figure class=\"map\">\n" + svg + "<figcaption>" + esc(alt) + "</figcaption>\n</figure>\n";
}

std::string relations_table(const json& relations) {
  std::string out = "<div class=\"table\"><table class=\"relations\">\n<tr><th scope=\"col\">Relation</th>"
                    "<th scope=\"col\">Verdict</th><th scope=\"col\">Why</th></tr>\n";
  const auto row = [&](const json& r, const std::string& id) {
    out += fmt::format("<tr data-relation=\"{}\"><td>{}</td><td>{}</td><td>{}</td></tr>\n", esc(id),
                       esc(str(r, "name").empty() ? id : str(r, "name")), badge(str(r, "verdict")), esc(str(r, "reason")));
  };
  if (relations.is_object())
    for (const auto& [id, r] : relations.items()) row(r, id);
  else if (relations.is_array())
    for (const json& r : relations) row(r, str(r, "id"));
  return out + "</table></div>\n";
}

std::string range(const json& q) {
  const std::string low = q.contains("low") ? num(q["low"]) : "", high = q.contains("high") ? num(q["high"]) : "";
  return low.empty() || high.empty() ? "" : low + "–" + high;
}

std::string figures_table(const json& claims, const json& implied) {
  std::string out = "<div class=\"table\"><table class=\"figures\">\n<tr><th scope=\"col\">Figure</th>"
                    "<th scope=\"col\">As written</th><th scope=\"col\">As read</th><th scope=\"col\">Hedge</th>"
                    "<th scope=\"col\">In SI units</th></tr>\n";
  for (const auto& [kind, q] : claims.items()) {
    if (!q.is_object()) {
      out += fmt::format("<tr data-figure=\"{0}\"><td>{0}</td><td colspan=\"4\">{1}</td></tr>\n", esc(kind), esc(num(q)));
      continue;
    }
    const std::string read = num(q.value("value", json())) + " " + str(q, "unit");
    const std::string r = range(q);
    std::string si;
    if (q.contains("si") && q["si"].is_object()) {
      const json& s = q["si"];
      si = num(s.value("value", json())) + " " + str(s, "unit");
      if (!range(s).empty()) si += " (" + range(s) + ")";
    }
    out += fmt::format("<tr data-figure=\"{}\"><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td></tr>\n", esc(kind),
                       esc(kind), esc(str(q, "text")), esc(read), r.empty() ? "" : " (" + esc(r) + ")",
                       esc(str(q, "hedge").empty() ? "none" : str(q, "hedge")), esc(si));
  }
  out += "</table></div>\n";
  if (implied.is_object() && !implied.empty()) {
    out += "<p>What the figures imply:</p><ul class=\"implied\">";
    for (const auto& [k, v] : implied.items())
      out += "<li>" + esc(k) + ": " + esc(num(v.value("value", json()))) +
             (range(v).empty() ? "" : " (" + esc(range(v)) + ")") + "</li>";
    out += "</ul>\n";
  }
  return out;
}

std::string places_table(const json& places) {
  std::string out = "<div class=\"table\"><table class=\"places\">\n<tr><th scope=\"col\">Role</th>"
                    "<th scope=\"col\">As given</th><th scope=\"col\">Resolved to</th><th scope=\"col\">Where</th>"
                    "<th scope=\"col\">Time zone</th><th scope=\"col\">Why</th><th scope=\"col\">Other candidate</th></tr>\n";
  for (const json& p : places) {
    const std::string where = p.contains("lat") ? num(p["lat"]) + ", " + num(p["lon"]) : "";
    std::string other = "none";
    if (p.contains("runner_up") && !p["runner_up"].is_null()) {
      const json& r = p["runner_up"];
      other = r.is_object() ? place_label(r) + (str(r, "reason").empty() ? "" : ": " + str(r, "reason")) : num(r);
    }
    out += fmt::format(
        "<tr data-place=\"{}\"><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        esc(str(p, "name")), esc(str(p, "role")), esc(str(p, "query")), esc(place_label(p)),
        str(p, "kind").empty() ? "" : " — " + esc(str(p, "kind")), esc(where), esc(str(p, "timezone")),
        esc(str(p, "reason")), esc(other));
  }
  return out + "</table></div>\n";
}

std::string route_section(const json& route, int level) {
  std::string out = h(level, "Route");
  if (route.contains("legs") && route["legs"].is_array()) {
    out += "<div class=\"table\"><table class=\"legs\">\n<tr><th scope=\"col\">From</th><th scope=\"col\">To</th>"
           "<th scope=\"col\">Straight line (km)</th><th scope=\"col\">Details</th></tr>\n";
    for (const json& leg : route["legs"]) {
      json rest = leg;
      for (const char* k : {"from", "to", "geodesic_km"}) rest.erase(k);
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", esc(str(leg, "from")),
                         esc(str(leg, "to")), esc(num(leg.value("geodesic_km", json()))), generic(rest));
    }
    out += "</table></div>\n";
  }
  out += "<p>Straight line in all: " + esc(num(route.value("geodesic_km", json()))) + " km";
  if (route.contains("bound_km")) out += "; at least " + esc(num(route["bound_km"])) + " km edge to edge of the places";
  out += ".</p>\n";
  if (route.contains("network") && !route["network"].is_null())
    out += h(level + 1, "Network path") + generic(route["network"]) + "\n";
  out += h(level + 1, "Borders");
  const json countries = route.value("countries", json::object());
  const std::string over = countries_in_words(route);
  out += "<p>Over: " + esc(over.empty() ? "not known" : over) + ".</p>\n";
  const json crossings = countries.is_object() ? countries.value("border_crossings", json::array()) : json::array();
  out += crossings.empty() ? "<p>No border crossings.</p>\n" : "<div class=\"crossings\">" + generic(crossings) + "</div>\n";
  return out;
}

std::string time_zones(const json& check, int level) {
  std::string out = h(level, "Time zones");
  out += "<ul>";
  for (const json& p : check["route"].value("places", json::array()))
    out += "<li>" + esc(str(p, "name")) + ": " + esc(str(p, "timezone").empty() ? "not known" : str(p, "timezone")) + "</li>";
  out += "</ul>\n";
  if (check.contains("timing") && !check["timing"].is_null()) out += h(level + 1, "Timing") + generic(check["timing"]) + "\n";
  if (check.contains("timeline") && !check["timeline"].is_null())
    out += h(level + 1, "Timeline") + generic(check["timeline"]) + "\n";
  return out;
}

std::string notes_list(const json& notes) {
  if (!notes.is_array() || notes.empty()) return "";
  std::string out = "<ul class=\"notes\">";
  for (const json& n : notes) out += "<li>" + esc(num(n)) + "</li>";
  return out + "</ul>\n";
}

std::string sources_section(const std::vector<Source>& sources, int level) {
  std::string out = h(level, "Data sources") + "<ul class=\"sources\">";
  for (const Source& s : sources)
    out += fmt::format("<li data-source=\"{}\">{} — {} ({} {})</li>", esc(s.id), esc(s.attribution), esc(s.licence),
                       esc(s.package), esc(s.version));
  return out + "</ul>\n<p class=\"muted\">Made with routecheck: geodesics on WGS84 (GeographicLib).</p>\n";
}

// The body of a claim, its headings from `level` down: the claim page's main part and an article's card.
std::string claim_body(const json& check, const MapPicture& map, int level, const std::string& map_ids) {
  std::string out = "<p>Verdict: " + badge(str(check, "verdict")) + "</p>\n";
  out += h(level, "Relations") + relations_table(check.value("relations", json::object()));
  out += h(level, "Figures") + figures_table(check.value("claims", json::object()), check.value("implied", json::object()));
  const json route = check.value("route", json::object());
  out += h(level, "Places") + places_table(route.value("places", json::array()));
  out += route_section(route, level);
  out += time_zones(check, level);
  out += map_figure(map, "Map of the route: " + route_in_words(check) + ".", level, map_ids);
  if (check.contains("notes") && !check["notes"].empty()) out += h(level, "Notes") + notes_list(check["notes"]);
  return out;
}


}  // namespace

std::string claim_in_words(const json& check) {
  const json route = check.value("route", json::object());
  std::string s;
  std::vector<std::string> names;
  for (const json& p : route.value("places", json::array())) names.push_back(str(p, "query").empty() ? str(p, "name") : str(p, "query"));
  for (std::size_t i = 0; i < names.size(); ++i) s += (i ? " → " : "") + names[i];
  if (!str(route, "mode_label").empty()) s += " " + str(route, "mode_label");
  else if (!str(route, "mode").empty()) s += " by " + str(route, "mode");  // JSON of an older routecheck
  const json claims = check.value("claims", json::object());
  for (const auto& [kind, q] : claims.items())
    s += "; " + kind + " " + (q.is_object() ? str(q, "text") : num(q));
  return s;
}

void check_page_path(const std::string& path, const bool overwrite) {
  const std::filesystem::path p(path);
  const std::string ext = p.extension().string();
  if (ext != ".html" && ext != ".htm") throw InputError("--report '" + path + "': write an .html file");
  std::error_code ec;
  if (std::filesystem::is_directory(p, ec)) throw InputError("--report '" + path + "': is a folder, not a file");
  if (std::filesystem::exists(p, ec) && !overwrite) throw InputError("--report '" + path + "': exists: use --overwrite to replace it");
  if (const std::string why = folder_problem(path); !why.empty()) throw InputError("--report '" + path + "': " + why);
}

void write_page(const std::string& path, const std::string& html, const bool overwrite) {
  check_page_path(path, overwrite);
  TempFile temp(path);
  temp.write(html);
  temp.commit();
}

std::vector<Source> parse_sources(const std::string& tsv) {
  std::vector<Source> out;
  std::istringstream in(tsv);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() < 6) continue;
    out.push_back({f[0], f[1], f[2], f[4], f[5]});
  }
  return out;
}

const std::vector<Source>& shipped_sources() {
  static const std::vector<Source> sources = parse_sources(kSourcesTsv);
  return sources;
}

std::string route_in_words(const json& check) {
  const json route = check.value("route", json::object());
  std::vector<std::string> names;
  for (const json& p : route.value("places", json::array())) names.push_back(place_label(p));
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i)
    s += (i == 0 ? "from " : i + 1 == names.size() ? " to " : " via ") + names[i];
  if (!str(route, "mode_label").empty()) s += " " + str(route, "mode_label");
  if (route.contains("geodesic_km")) s += ", " + num(route["geodesic_km"]) + " km in a straight line";
  const std::string over = countries_in_words(route);
  if (!over.empty()) s += ", over " + over;
  return s;
}

std::string claim_page(const json& check, const MapPicture& map, const std::vector<Source>& sources) {
  const std::string words = claim_in_words(check);
  std::string out = head("routecheck: " + words + " — " + str(check, "verdict"));
  out += "<main>\n" + h(1, "Claim check") + "<p class=\"claim\" id=\"claim\">" + esc(words) + "</p>\n";
  out += claim_body(check, map, 2, "m1-");
  out += sources_section(sources, 2) + "</main>\n</body>\n</html>\n";
  return out;
}

std::string article_page(const std::string& text, const json& article, const std::vector<MapPicture>& maps,
                         const std::string& overall_verdict, const std::vector<Source>& sources) {
  const json claims = article.value("claims", json::array());
  std::string out = head("routecheck: story check — " + overall_verdict);
  out += "<main>\n" + h(1, "Story check") + "<p>Overall: " + badge(overall_verdict) + " — " +
         std::to_string(claims.size()) + (claims.size() == 1 ? " trip" : " trips") + " checked.</p>\n";

  // The text with its places and figures marked; a mark crossing another or a paragraph break is left
  // unmarked (the tables below still list it).
  struct Span {
    std::size_t start, end;
    std::string cls, tip;
  };
  std::vector<Span> spans;
  for (const json& p : article.value("places", json::array()))
    spans.push_back({p.value("start", std::size_t{0}), p.value("end", std::size_t{0}), "place",
                     "place: " + place_label(p) + (str(p, "kind").empty() ? "" : ", " + str(p, "kind")) +
                         (str(p, "reason").empty() ? "" : " — " + str(p, "reason"))});
  for (const json& f : article.value("figures", json::array()))
    spans.push_back({f.value("start", std::size_t{0}), f.value("end", std::size_t{0}), "figure",
                     str(f, "kind") + ": " + num(f.value("value", json())) + " " + str(f, "unit") + " (" +
                         str(f, "role") + ")"});
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
  out += h(2, "The story") + "<p class=\"legend\">Marked: <mark class=\"place\">places</mark> and "
         "<mark class=\"figure\">figures</mark>; hover, or reach them with the Tab key, to see what each was read as.</p>\n";
  out += "<div class=\"story\">\n<p>";
  std::size_t at = 0;
  const auto plain = [&](std::size_t end) {
    std::string chunk = text.substr(at, end - at);
    std::size_t pos = 0;
    for (std::size_t brk; (brk = chunk.find("\n\n", pos)) != std::string::npos; pos = brk + 2) {
      out += esc(chunk.substr(pos, brk - pos)) + "</p>\n<p>";
      while (brk + 2 < chunk.size() && chunk[brk + 2] == '\n') ++brk;
    }
    out += esc(chunk.substr(pos));
    at = end;
  };
  for (const Span& s : spans) {
    if (s.start < at || s.end <= s.start || s.end > text.size()) continue;
    if (text.substr(s.start, s.end - s.start).find('\n') != std::string::npos) continue;
    plain(s.start);
    out += fmt::format("<mark class=\"{}\" tabindex=\"0\" title=\"{}\">{}</mark>", s.cls, esc(s.tip),
                       esc(text.substr(s.start, s.end - s.start)));
    at = s.end;
  }
  plain(text.size());
  out += "</p>\n</div>\n";

  out += h(2, "Trips");
  if (claims.empty()) out += "<p>The story gives no trip with a figure to check.</p>\n";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const json& c = claims[i];
    const json check = c.value("check", json::object());
    out += fmt::format("<section class=\"card\" data-trip=\"{}\" data-verdict=\"{}\">\n", i + 1, esc(str(c, "verdict")));
    out += h(3, fmt::format("Trip {}: {}", i + 1, claim_in_words(check)));
    if (c.contains("read_from") && c["read_from"].is_array()) {
      out += "<p>Read from:</p><ul class=\"read-from\">";
      for (const json& r : c["read_from"]) out += "<li>" + esc(str(r, "role")) + ": “" + esc(str(r, "text")) + "”</li>";
      out += "</ul>\n";
    }
    out += claim_body(check, i < maps.size() ? maps[i] : MapPicture{"", "not drawn"}, 4, fmt::format("m{}-", i + 1));
    out += "</section>\n";
  }
  if (article.contains("times") && !article["times"].empty()) {
    out += h(2, "Times in the story") + "<ul class=\"times\">";
    for (const json& t : article["times"])
      out += "<li>“" + esc(str(t, "text")) + "”" + (str(t, "role").empty() ? "" : ": " + esc(str(t, "role"))) +
             (str(t, "why").empty() ? "" : " (" + esc(str(t, "why")) + ")") + "</li>";
    out += "</ul>\n";
  }
  out += sources_section(sources, 2) + "</main>\n</body>\n</html>\n";
  return out;
}

std::string index_page(const std::vector<IndexRow>& rows, const bool stories, const std::vector<Source>& sources) {
  static constexpr std::array<const char*, 5> kOrder{"inconsistent", "suspicious", "unverifiable", "plausible", "consistent"};
  std::map<std::string, std::size_t> counts;
  std::size_t errors = 0;
  for (const IndexRow& r : rows) r.verdict.empty() ? ++errors : ++counts[r.verdict];
  const std::string noun = stories ? (rows.size() == 1 ? "story" : "stories") : (rows.size() == 1 ? "claim" : "claims");
  const std::string title = fmt::format("{} {}", rows.size(), noun);
  std::string out = head("routecheck: " + title);
  out += "<main>\n" + h(1, stories ? "Story checks" : "Claim checks");
  out += "<p id=\"counts\">" + esc(title) + ":";
  bool first = true;
  for (const char* v : kOrder)
    if (const auto it = counts.find(v); it != counts.end()) {
      out += fmt::format("{} {} {}", first ? "" : ",", it->second, badge(v));
      first = false;
    }
  if (errors) out += fmt::format("{} {} <span class=\"verdict v-error\" data-verdict=\"error\">not checked</span>", first ? "" : ",", errors);
  out += "</p>\n";
  out += "<p class=\"muted\">Each checked " + std::string(stories ? "story" : "claim") +
         " has its own page; the verdict is always a word as well as a colour.</p>\n";
  out += "<div class=\"table\"><table id=\"rows\">\n<caption class=\"muted\">In the order of the batch</caption>\n<thead><tr><th scope=\"col\">";
  out += stories ? "#</th><th scope=\"col\">Story</th><th scope=\"col\">Trips" : "Row</th><th scope=\"col\">Claim";
  out += "</th><th scope=\"col\">Verdict</th><th scope=\"col\">Page</th></tr></thead>\n<tbody>\n";
  for (const IndexRow& r : rows) {
    out += fmt::format("<tr data-row=\"{}\" data-verdict=\"{}\"><td>{}</td>", r.number, r.verdict.empty() ? "error" : esc(r.verdict), r.number);
    if (stories) out += "<td>" + esc(r.id) + "</td>";
    out += "<td>" + esc(r.what) + "</td><td>";
    out += r.verdict.empty() ? "<span class=\"verdict v-error\">not checked</span> " + esc(r.error) : badge(r.verdict);
    out += "</td><td>";
    if (!r.page.empty()) out += fmt::format("<a href=\"{0}\">{0}</a>", esc(r.page));
    out += "</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n";
  out += sources_section(sources, 2) + "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace routecheck::report
