// The article report: places (with how each was settled), figures, claims with their verdicts.
#include <fmt/format.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "article/plain_text.hpp"
#include "article/reader.hpp"
#include "article/report_json.hpp"
#include "core/json_out.hpp"
#include "core/json_text.hpp"
#include "core/text.hpp"
#include "verdicts/report_json.hpp"

namespace routecheck::article {
namespace {

using nlohmann::ordered_json;

ordered_json place_json(const CodePointIndex& at, const PlaceMention& p) {
  ordered_json j{{"text", p.text},
                 {"start", at.offset(p.start)},
                 {"end", at.offset(p.end)},
                 {"name", p.place->name},
                 {"lat", p.place->lat_deg},
                 {"lon", p.place->lon_deg}};
  j["country_code"] = p.place->country_code.empty() ? ordered_json() : ordered_json(p.place->country_code);
  j["admin1"] = p.place->admin1_name.empty() ? ordered_json() : ordered_json(p.place->admin1_name);
  j["kind"] = gazetteer::place_kind(*p.place);
  j["feature_class"] = p.place->feature_class.empty() ? ordered_json() : ordered_json(p.place->feature_class);
  j["feature_code"] = p.place->feature_code.empty() ? ordered_json() : ordered_json(p.place->feature_code);
  j["geonameid"] = p.place->geonameid ? ordered_json(*p.place->geonameid) : ordered_json();
  j["reason"] = *p.reason;
  return j;
}

ordered_json waypoint_json(const routes::Waypoint& w) {
  ordered_json j{{"name", w.place.name}, {"lat", w.place.lat_deg}, {"lon", w.place.lon_deg}};
  j["country_code"] = w.place.country_code.empty() ? ordered_json() : ordered_json(w.place.country_code);
  j["geonameid"] = w.place.geonameid ? ordered_json(*w.place.geonameid) : ordered_json();
  return j;
}

}  // namespace

verdicts::Verdict overall_verdict(const ArticleResult& r) {
  verdicts::Verdict worst = verdicts::Verdict::consistent;
  for (const ArticleClaim& c : r.claims) worst = std::max(worst, c.report.verdict);
  return worst;
}

int exit_status(const ArticleResult& r) { return verdicts::exit_status(overall_verdict(r)); }

const char* to_string(FigureRole role) {
  switch (role) {
    case FigureRole::top_speed: return "top_speed";
    case FigureRole::stop: return "stop";
    case FigureRole::size: return "size";
    case FigureRole::comparison: return "comparison";
    case FigureRole::interval: return "interval";
    case FigureRole::event: return "event";
    case FigureRole::period: return "period";
    case FigureRole::placement: return "placement";
    case FigureRole::separation: return "separation";
    case FigureRole::weather: return "weather";
    case FigureRole::travel: break;
  }
  return "travel";
}

namespace {

// The phrases a claim was read from, in words: "origin 'left Pyongyang' at 230; ...".
std::string how_found(const CodePointIndex& at, const ArticleClaim& c) {
  std::string out;
  for (const ReadPhrase& p : c.read_from)
    out += fmt::format("{}{} '{}' at {}", out.empty() ? "" : "; ", p.role, p.text, at.offset(p.start));
  if (c.claim.stop_unknown) out += "; a stop mentioned, not sized";
  return out;
}

// The members of README "article --json", one element at a time: the tree (article_value) and the text
// written piece by piece (write_article_json) are made of the same elements.
ordered_json figure_json(const CodePointIndex& at, const ArticleResult& r, std::size_t i) {
  const FigureMention& f = r.figures[i];
  return {{"id", i},
          {"text", f.text},
          {"start", at.offset(f.start)},
          {"end", at.offset(f.end)},
          {"kind", quantities::to_string(f.quantity->dimension)},
          {"role", to_string(f.role)},
          {"value", f.quantity->value},
          {"unit", f.quantity->unit.symbol},
          {"low", text::round_decimals(f.quantity->low_in_unit(), 6)},
          {"high", f.quantity->si.bounded() ? ordered_json(text::round_decimals(f.quantity->high_in_unit(), 6)) : ordered_json()}};
}

ordered_json claim_json(const CodePointIndex& at, const ArticleResult& r, const ArticleClaim& c) {
  const auto& places = c.claim.route.places;
  ordered_json claim = text::object_with_room();  // room for its members: no copies as it grows
  // "from X to Y and back": the trip's "to" is where it turns; the route runs on back to "from".
  const std::size_t to = c.there_and_back && places.size() > 2 ? places.size() - 2 : places.size() - 1;
  claim["from"] = waypoint_json(places.front());
  claim["to"] = waypoint_json(places[to]);
  claim["via"] = ordered_json::array();
  for (std::size_t i = 1; i < to; ++i) claim["via"].push_back(waypoint_json(places[i]));
  claim["there_and_back"] = c.there_and_back;
  claim["mode"] = c.claim.mode ? ordered_json(c.claim.mode->mode) : ordered_json();
  claim["verdict"] = verdicts::to_string(c.report.verdict);
  claim["relations"] = ordered_json::array();
  for (const verdicts::Relation& rel : c.report.relations)
    claim["relations"].push_back({{"name", rel.name}, {"verdict", verdicts::to_string(rel.verdict)}, {"reason", rel.reason}});
  claim["notes"] = c.report.notes;
  claim["figures"] = ordered_json::array();
  for (std::size_t i : c.figure_indexes) claim["figures"].push_back(r.figures[i].text);
  claim["figure_ids"] = c.figure_indexes;
  claim["stop"] = c.claim.stop_unknown ? ordered_json("unknown") : ordered_json();
  claim["read_from"] = ordered_json::array();
  for (const ReadPhrase& p : c.read_from)
    claim["read_from"].push_back({{"role", p.role}, {"text", p.text}, {"start", at.offset(p.start)}, {"end", at.offset(p.end)}});
  claim["how_found"] = how_found(at, c);
  claim["check"] = verdicts::report_value(c.claim, c.report);
  return claim;
}

ordered_json story_date_json(const ArticleResult& r) {
  return r.story_date ? ordered_json{{"date", date::format("%F", *r.story_date)}, {"source", r.story_date_source}} : ordered_json();
}

ordered_json time_json(const CodePointIndex& at, const TimeMention& t) {
  ordered_json o{{"text", t.spec.text}, {"start", at.offset(t.spec.start)}, {"end", at.offset(t.spec.end)}};
  o["role"] = t.role ? ordered_json(timeline::to_string(*t.role)) : ordered_json();
  o["claim"] = t.claim ? ordered_json(*t.claim) : ordered_json();
  o["why"] = t.why;
  o["time"] = verdicts::time_spec_value(t.spec);
  return o;
}

ordered_json left_out_json(const CodePointIndex& at, const ArticleResult& r, const LeftOut& l) {
  const bool place = l.kind == LeftOutKind::place;
  const std::size_t start = place ? r.places[l.index].start : r.figures[l.index].start;
  const std::size_t end = place ? r.places[l.index].end : r.figures[l.index].end;
  ordered_json o{{"kind", place ? "place" : "figure"}, {"text", place ? r.places[l.index].text : r.figures[l.index].text},
                 {"start", at.offset(start)}, {"end", at.offset(end)}};
  if (!place) o["id"] = l.index;
  o["why"] = l.why;
  return o;
}

// Text written through `write` in pieces of about 64 kB; the rest when flushed.
class Writer {
 public:
  explicit Writer(const std::function<void(std::string_view)>& write) : write_(write) {}
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  std::string& buffer() { return out_; }
  // Called after each piece: passes the buffer on once it is large.
  void piece() {
    if (out_.size() >= kPieceBytes) flush();
  }
  void flush() {
    if (!out_.empty()) write_(out_);
    out_.clear();
  }

 private:
  static constexpr std::size_t kPieceBytes = 1 << 16;
  const std::function<void(std::string_view)>& write_;
  std::string out_;
};

}  // namespace

ordered_json article_value(const ArticleResult& r) {
  const CodePointIndex at(r.text);
  ordered_json j = text::object_with_room();
  j["places"] = ordered_json::array();
  for (const PlaceMention& p : r.places) j["places"].push_back(place_json(at, p));
  j["figures"] = ordered_json::array();
  for (std::size_t i = 0; i < r.figures.size(); ++i) j["figures"].push_back(figure_json(at, r, i));
  j["claims"] = ordered_json::array();
  for (const ArticleClaim& c : r.claims) j["claims"].push_back(claim_json(at, r, c));
  j["story_date"] = story_date_json(r);
  j["times"] = ordered_json::array();
  for (const TimeMention& t : r.times) j["times"].push_back(time_json(at, t));
  j["left_out"] = ordered_json::array();
  for (const LeftOut& l : r.left_out) j["left_out"].push_back(left_out_json(at, r, l));
  return j;
}

verdicts::Verdict write_article_json(const ArticleResult& r, std::size_t claims, const ClaimAt& claim_at,
                                     const std::function<void(std::string_view)>& write) {
  const CodePointIndex at(r.text);
  Writer out(write);
  std::string& o = out.buffer();
  // The members in article_value's order; each array's elements written one at a time.
  auto array = [&](const char* key, std::size_t n, const auto& element) {
    o += key;
    o += '[';
    for (std::size_t i = 0; i < n; ++i) {
      if (i) o += ',';
      text::append_json(o, element(i));
      out.piece();
    }
    o += ']';
  };
  verdicts::Verdict worst = verdicts::Verdict::consistent;
  array("{\"places\":", r.places.size(), [&](std::size_t i) { return place_json(at, r.places[i]); });
  array(",\"figures\":", r.figures.size(), [&](std::size_t i) { return figure_json(at, r, i); });
  array(",\"claims\":", claims, [&](std::size_t i) {
    const ArticleClaim& c = claim_at(i);
    worst = std::max(worst, c.report.verdict);
    return claim_json(at, r, c);
  });
  o += ",\"story_date\":";
  text::append_json(o, story_date_json(r));
  array(",\"times\":", r.times.size(), [&](std::size_t i) { return time_json(at, r.times[i]); });
  array(",\"left_out\":", r.left_out.size(), [&](std::size_t i) { return left_out_json(at, r, r.left_out[i]); });
  o += '}';
  out.flush();
  return worst;
}

std::string article_json(const ArticleResult& r) {
  std::string out;
  write_article_json(r, r.claims.size(), [&](std::size_t i) -> const ArticleClaim& { return r.claims[i]; },
                     [&](std::string_view piece) { out += piece; });
  return out;
}

verdicts::Verdict write_article_text(const ArticleResult& r, std::size_t claims, const ClaimAt& claim_at,
                                     const std::function<void(std::string_view)>& write) {
  const CodePointIndex at(r.text);
  Writer writer(write);
  std::string& out = writer.buffer();
  out += "Places\n";
  if (r.places.empty()) out += "  (none found)\n";
  for (const PlaceMention& p : r.places) {
    out += fmt::format("  {:<22} {}{} ({:.5f}, {:.5f}) at {}: {}\n", "\"" + p.text + "\"", p.place->name,
                       p.place->country_code.empty() ? "" : ", " + p.place->country_code, p.place->lat_deg, p.place->lon_deg,
                       at.offset(p.start), *p.reason);
    writer.piece();
  }
  out += "Figures\n";
  if (r.figures.empty()) out += "  (none found)\n";
  for (const FigureMention& f : r.figures) {
    out += fmt::format("  {:<22} {}{} at {}\n", "\"" + f.text + "\"", quantities::to_string(f.quantity->dimension),
                       is_trip_figure(f.role) ? "" : std::string(" (") + to_string(f.role) + ", no trip's)", at.offset(f.start));
    writer.piece();
  }
  out += "Claims\n";
  // A stop alone measures no part of a way: it makes no claim.
  const bool travel_figures = std::any_of(r.figures.begin(), r.figures.end(),
                                          [](const FigureMention& f) { return is_trip_figure(f.role) && f.role != FigureRole::stop; });
  if (claims == 0)
    out += !travel_figures ? "  no checkable claim: the text gives no travel figure\n"
                             : "  no checkable claim: the text gives figures but no route with both ends\n";
  verdicts::Verdict worst = verdicts::Verdict::consistent;
  std::string timelines;  // each claim's timeline, written after the times
  for (std::size_t i = 0; i < claims; ++i) {
    const ArticleClaim& c = claim_at(i);
    worst = std::max(worst, c.report.verdict);
    std::string report = verdicts::report_text(c.claim, c.report);
    out += "  ";
    for (char ch : report) {
      out += ch;
      if (ch == '\n') out += "  ";
    }
    out.resize(out.size() - 2);
    out += "    read from: " + how_found(at, c) + "\n";
    if (const auto& tl = c.report.timeline)
      timelines += fmt::format("  claim {}: leaves {} (UTC{}), arrives {} (UTC{}): {}\n", i + 1, tl->depart_local, tl->depart_utc_offset,
                               tl->arrive_local, tl->arrive_utc_offset, timeline::to_string(tl->fit));
    writer.piece();
  }
  // The times the story gives, and what each is to which claim: its timeline (after the claims, whose
  // report gives the arithmetic).
  out += "Times\n";
  if (r.story_date) out += fmt::format("  story date {} ({})\n", date::format("%F", *r.story_date), r.story_date_source);
  if (r.times.empty()) out += "  (none found)\n";
  for (const TimeMention& t : r.times) {
    out += fmt::format("  {:<22} {}: {} at {}\n", "\"" + t.spec.text + "\"", t.spec.describe(),
                       t.role ? fmt::format("{} of claim {}, {}", timeline::to_string(*t.role), *t.claim + 1, t.why)
                              : t.why == "dateline" ? std::string("the story's date") : std::string("no trip's"),
                       at.offset(t.spec.start));
    writer.piece();
  }
  out += timelines;
  writer.flush();
  return worst;
}

std::string article_text(const ArticleResult& r) {
  std::string out;
  write_article_text(r, r.claims.size(), [&](std::size_t i) -> const ArticleClaim& { return r.claims[i]; },
                     [&](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace routecheck::article
