// Times in a story, tied to its trips (see times.hpp). A time belongs to a trip only when its own sentence
// names one of the trip's places and a cue gives it a role: a weekday in a sentence about something else
// ("the Kremlin said on Monday") is left alone, so a timeline is only as bold as the story's wording.
#include "article/times.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "article/weights.hpp"
#include "verdicts/claim.hpp"

namespace routecheck::article {
namespace {

// The story's tokens as the time grammar's words, each made when it is read.
class TokenWords : public timeline::Words {
 public:
  explicit TokenWords(const Tokens& tokens) : tokens_(tokens) {}
  std::size_t size() const override { return tokens_.size(); }
  timeline::Word operator[](std::size_t i) const override {
    const Token& t = tokens_[i];
    return {t.text(), t.lower(), t.capital, t.kind == TokenKind::number, t.start, t.end};
  }

 private:
  const Tokens& tokens_;
};

// The cue (of any role) whose words start at token i, within one sentence: its role and length.
std::optional<std::pair<timeline::Role, std::size_t>> cue_at(const Document& doc, std::size_t i) {
  for (const timeline::Role role : {timeline::Role::depart, timeline::Role::arrive, timeline::Role::event})
    for (const std::vector<std::string>& cue : timeline::role_cues(role)) {
      if (i + cue.size() > doc.tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < cue.size() && ok; ++k)
        ok = doc.tokens[i + k].lower() == cue[k] && doc.tokens[i + k].sentence == doc.tokens[i].sentence;
      if (ok) return std::make_pair(role, cue.size());
    }
  return std::nullopt;
}

std::size_t token_at(const Document& doc, std::size_t byte_offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte_offset,
                             [](const Token& t, std::size_t at) { return t.end <= at; });
  return it == doc.tokens.end() ? doc.tokens.size() - 1 : static_cast<std::size_t>(it - doc.tokens.begin());
}

// A time's role from the cue nearest before it in its sentence, else (when the time opens its sentence) one
// just after it; sets t.role and t.why, and returns the token of a cue before it (npos for none).
std::size_t assign_role(const Document& doc, TimeMention& t) {
  const ArticleWeights& w = weights();
  const std::size_t sentence_start = doc.sentences[t.sentence].first;
  std::size_t cue_token = std::string::npos;
  for (std::size_t back = 1; back <= w.time_cue_reach_back_tokens && t.first_token >= sentence_start + back; ++back)
    if (auto cue = cue_at(doc, t.first_token - back)) {
      t.role = cue->first;
      t.why = fmt::format("after '{}'", doc.span_text(t.first_token - back, t.first_token - back + cue->second - 1));
      cue_token = t.first_token - back;
      break;
    }
  // A cue after the time only when the time opens its sentence ("On Sunday the train left"): later in a
  // sentence a time before a cue belongs to the clause before ("finished shortly after 3am, having set off").
  std::size_t opening = sentence_start;
  while (opening < t.first_token && (doc.tokens[opening].lower() == "on" || doc.tokens[opening].lower() == "at" ||
                                     doc.tokens[opening].lower() == "late" || doc.tokens[opening].lower() == "early"))
    ++opening;
  if (!t.role && opening == t.first_token) {
    const std::size_t after = token_at(doc, t.spec.end > 0 ? t.spec.end - 1 : 0) + 1;
    for (std::size_t i = after; i < after + w.time_cue_reach_ahead_tokens && i < doc.tokens.size() && doc.tokens[i].sentence == t.sentence; ++i)
      if (auto cue = cue_at(doc, i)) {
        t.role = cue->first;
        t.why = fmt::format("before '{}'", doc.span_text(i, i + cue->second - 1));
        break;
      }
  }
  return cue_token;
}

}  // namespace

std::vector<TimeMention> spot_times(const Document& doc) {
  const TokenWords words(doc.tokens);
  std::vector<TimeMention> out;
  for (std::size_t k = 0; k < words.size();) {
    auto found = timeline::read_time_at(words, k, false);
    if (!found) {
      ++k;
      continue;
    }
    // "ahead of Thursday's opening match", "Friday's summit": a day owning an event names the event, and is
    // no time of the trip (trial R: it was a second arrival, which "could not be").
    const std::string_view after = std::string_view(doc.text).substr(std::min(found->first.end, doc.text.size()));
    if (!found->first.clock && (after.starts_with("'s") || after.starts_with("\u2019s"))) {
      k += found->second;
      continue;
    }
    TimeMention m;
    m.spec = std::move(found->first);
    m.spec.text = doc.text.substr(m.spec.start, m.spec.end - m.spec.start);
    m.first_token = k;
    m.sentence = doc.tokens[k].sentence;
    out.push_back(std::move(m));
    k += found->second;
  }
  return out;
}

std::optional<date::year_month_day> find_story_date(const Document& doc, std::vector<TimeMention>& times) {
  for (TimeMention& t : times) {
    if (!(t.spec.year && t.spec.month && t.spec.day)) continue;
    const std::size_t from = doc.sentences[t.sentence].first, to = doc.sentences[t.sentence].second;
    bool marked = false;
    for (std::size_t i = from; i < to && !marked; ++i) marked = timeline::is_dateline_word(doc.tokens[i].lower());
    if (!marked && t.sentence >= weights().dateline_sentences) continue;
    // "left Singapore at 23:35 on Monday, 3 June 2024": a date with a clock time or a trip's cue before it
    // is when the trip set out (or arrived), not when the story was filed ("On 4 June 2024, travellers
    // arriving at JFK said ..." stays the story's date).
    if (!marked) {
      TimeMention cued = t;
      if (t.spec.clock || assign_role(doc, cued) != std::string::npos) continue;
    }
    const date::year_month_day ymd{date::year{*t.spec.year}, date::month{*t.spec.month}, date::day{*t.spec.day}};
    if (!ymd.ok()) continue;
    t.why = "dateline";
    return ymd;
  }
  return std::nullopt;
}

std::set<std::size_t> sentences_timing_a_trip(const Document& doc, const std::vector<TimeMention>& times,
                                              const std::vector<std::size_t>& place_tokens) {
  std::map<std::size_t, std::pair<bool, bool>> roles;  // sentence -> (a departure, an arrival)
  for (const TimeMention& time : times) {
    if (time.why == "dateline") continue;
    TimeMention t = time;  // the roles are set again, with the claims, by tie_times
    const std::size_t cue = assign_role(doc, t);
    if (!t.role || *t.role == timeline::Role::event) continue;
    // An arrival names where it arrives between its cue and its time ("arrived in Y at 18:30"): "the
    // ferry we had booked arrived at 08:30" is someone else's.
    if (*t.role == timeline::Role::arrive &&
        (cue == std::string::npos || std::lower_bound(place_tokens.begin(), place_tokens.end(), cue + 1) ==
                                         std::lower_bound(place_tokens.begin(), place_tokens.end(), t.first_token)))
      continue;
    auto& [depart, arrive] = roles[t.sentence];
    (*t.role == timeline::Role::depart ? depart : arrive) = true;
  }
  std::set<std::size_t> out;
  for (const auto& [sentence, both] : roles)
    if (both.first && both.second) out.insert(sentence);
  return out;
}

void tie_times(const Document& doc, const std::vector<PlaceMention>& places, std::vector<TimeMention>& times,
               const std::vector<ClaimRecipe>& claims) {
  if (times.empty() || claims.empty()) return;
  const ArticleWeights& w = weights();
  // The claims that speak in a sentence: where their phrases were read, and where their places are named
  // (the same place by its geonameid, or by name). Kept as lists of claims, in claim order, per sentence,
  // place id and place name: a set of sentences per claim grew with every mention of its places in the
  // whole story (a long story repeating its places held claims x mentions of them).
  // Whether a time is at a claim's wrong end depends on its route's places alone, and a long story repeats
  // its trips: a list keeps only the first claim of each route (the first of a route that fits is the
  // first claim of the list that fits), and each route is judged once a time.
  std::map<std::vector<const gazetteer::Place*>, std::size_t> route_ids;
  std::vector<std::size_t> route_of(claims.size());
  for (std::size_t c = 0; c < claims.size(); ++c) {
    std::vector<const gazetteer::Place*> route;
    for (const ClaimRecipe::Point& wp : claims[c].points) route.push_back(wp.place.get());
    route_of[c] = route_ids.emplace(std::move(route), route_ids.size()).first->second;
  }
  struct List {
    std::vector<std::size_t> claims;
    std::unordered_set<std::size_t> routes;
  };
  std::map<std::size_t, List> read_in;  // sentence -> claims
  std::unordered_map<std::int64_t, List> by_geonameid;
  std::unordered_map<std::string, List> by_name;
  auto add = [&](List& list, std::size_t c) {
    if (list.routes.insert(route_of[c]).second) list.claims.push_back(c);
  };
  for (std::size_t c = 0; c < claims.size(); ++c) {
    for (const ClaimRecipe::Phrase& p : claims[c].read_from) add(read_in[doc.tokens[token_at(doc, p.start)].sentence], c);
    for (const ClaimRecipe::Point& wp : claims[c].points) {
      if (wp.place->geonameid) add(by_geonameid[*wp.place->geonameid], c);
      add(by_name[wp.place->name], c);
    }
  }
  for (auto& [key, list] : by_geonameid) list.routes = {};  // needed only while the lists were made
  for (auto& [key, list] : by_name) list.routes = {};
  for (auto& [key, list] : read_in) list.routes = {};
  // The places named in each sentence that gives a time.
  std::map<std::size_t, std::vector<const PlaceMention*>> places_in;
  for (const TimeMention& t : times) places_in[t.sentence];
  for (const PlaceMention& p : places)
    if (auto it = places_in.find(p.sentence); it != places_in.end()) it->second.push_back(&p);
  // By first token (at_wrong_end asks whether any lies between a cue and its time: their order is no matter).
  for (auto& [sentence, in_sentence] : places_in)
    std::stable_sort(in_sentence.begin(), in_sentence.end(), [](const PlaceMention* a, const PlaceMention* b) { return a->first_token < b->first_token; });
  // The claims speaking in sentence s, in claim order, each once: the lists above merged as they are walked.
  auto claims_in = [&](std::size_t s) {
    std::vector<std::pair<const std::size_t*, const std::size_t*>> lists;
    auto take = [&](const List& list) {  // each list once: a sentence may name a place many times
      const std::vector<std::size_t>& l = list.claims;
      if (!l.empty() && std::none_of(lists.begin(), lists.end(), [&](const auto& taken) { return taken.second == l.data() + l.size(); }))
        lists.emplace_back(l.data(), l.data() + l.size());
    };
    if (auto it = read_in.find(s); it != read_in.end()) take(it->second);
    for (const PlaceMention* p : places_in[s]) {
      if (p->place->geonameid)
        if (auto it = by_geonameid.find(*p->place->geonameid); it != by_geonameid.end()) take(it->second);
      if (auto it = by_name.find(p->place->name); it != by_name.end()) take(it->second);
    }
    return lists;
  };
  std::optional<std::pair<std::size_t, decltype(claims_in(0))>> lists_of;  // claims_in of the last sentence
  for (TimeMention& t : times) {
    if (t.why == "dateline") continue;
    std::optional<std::size_t> cue_token;
    if (const std::size_t k = assign_role(doc, t); k != std::string::npos) cue_token = k;
    if (!t.role) continue;
    // A place named between the cue and the time is where the moment happens: "reaches X at 09:44" is an
    // arrival at X. When X is one of the trip's places but not the end the role speaks of (a stop on the
    // way, or the origin for an arrival), the time is no arrival or departure of the trip.
    std::vector<const PlaceMention*> between;
    if (cue_token) {  // those of its sentence, in text order
      const std::vector<const PlaceMention*>& in_sentence = places_in[t.sentence];
      auto first = std::partition_point(in_sentence.begin(), in_sentence.end(), [&](const PlaceMention* p) { return p->first_token <= *cue_token; });
      for (auto p = first; p != in_sentence.end() && (*p)->first_token < t.first_token; ++p) between.push_back(*p);
    }
    // A place that is none of the trip's is the wrong end too unless it lies at the right one (an airport
    // beside its city: within weights().same_end_metres).
    auto at_wrong_end = [&](const ClaimRecipe& claim) {
      if (*t.role == timeline::Role::event) return false;
      const auto& route = claim.points;
      const gazetteer::Place& end = *(*t.role == timeline::Role::depart ? route.front() : route.back()).place;
      for (const PlaceMention* p : between) {
        bool in_trip = false;
        for (std::size_t i = 0; i < route.size(); ++i) {
          const bool same = (p->place->geonameid && p->place->geonameid == route[i].place->geonameid) || p->place->name == route[i].place->name;
          const bool right_end = *t.role == timeline::Role::depart ? i == 0 : i + 1 == route.size();
          if (same && !right_end) return true;
          in_trip |= same;
        }
        double apart_m = 0;
        GeographicLib::Geodesic::WGS84().Inverse(p->place->lat_deg, p->place->lon_deg, end.lat_deg, end.lon_deg, apart_m);
        if (!in_trip && apart_m > w.same_end_metres) return true;
      }
      return false;
    };
    // The same for every time of a sentence (a story of one long sentence names every place in it).
    if (!lists_of || lists_of->first != t.sentence) lists_of.emplace(t.sentence, claims_in(t.sentence));
    auto lists = lists_of->second;
    std::unordered_map<std::size_t, bool> wrong_end;  // by route
    // The claims read in the time's own sentence first: a time in the sentence of a Tokyo-Los Angeles flight
    // is not the earlier Las Vegas-Los Angeles bus's because that names Los Angeles too (trial R).
    if (auto own = read_in.find(t.sentence); own != read_in.end())
      for (const std::size_t c : own->second.claims) {
        auto [judged, fresh] = wrong_end.try_emplace(route_of[c], false);
        if (fresh) judged->second = at_wrong_end(claims[c]);
        if (!judged->second) {
          t.claim = c;
          break;
        }
      }
    while (!t.claim) {
      std::size_t c = claims.size();
      for (const auto& [next, end] : lists)
        if (next != end) c = std::min(c, *next);
      if (c == claims.size()) break;
      auto [judged, fresh] = wrong_end.try_emplace(route_of[c], false);
      if (fresh) judged->second = at_wrong_end(claims[c]);
      if (!judged->second) t.claim = c;
      for (auto& [next, end] : lists)
        if (next != end && *next == c) ++next;
    }
    if (!t.claim) t.role.reset(), t.why.clear();
  }
}

std::vector<std::vector<const TimeMention*>> times_by_claim(const std::vector<TimeMention>& times, std::size_t claims) {
  std::vector<std::vector<const TimeMention*>> out(claims);
  for (const TimeMention& t : times)
    if (t.claim) out[*t.claim].push_back(&t);
  return out;
}

void time_claim(ArticleClaim& ac, const std::vector<const TimeMention*>& times) {
  verdicts::Claim& claim = ac.claim;
  const TimeMention* depart = nullptr;
  std::vector<const TimeMention*> departs;
  for (const TimeMention* t : times)
    if (t->role == timeline::Role::depart) {
      departs.push_back(t);
      // The most precise wins ("Sunday 22:00" over "on Sunday"); on a tie the first. A departure counted
      // from a day before it ("overnight", "the next day") has none before it: any other one wins ("the
      // overnight sleeper departs at 23:40").
      const auto rank = [](const TimeMention* m) { return m->spec.relative_days ? -1 : m->spec.specificity(); };
      if (!depart || rank(t) > rank(depart)) depart = t;
    }
  if (!depart) return;
  for (const TimeMention* other : departs)
    if (other->spec.weekday && depart->spec.weekday && *other->spec.weekday != *depart->spec.weekday)
      ac.report.notes.push_back(fmt::format("the story gives the departure as '{}' and as '{}': the timeline takes '{}'",
                                            other->spec.text, depart->spec.text, depart->spec.text));
  claim.depart_time = timeline::Moment{timeline::Role::depart, depart->spec, "", ""};
  claim.later_times.clear();
  for (const TimeMention* t : times)
    if (t->role && *t->role != timeline::Role::depart) claim.later_times.push_back(timeline::Moment{*t->role, t->spec, "", ""});
  verdicts::relate_timeline(claim, ac.report);
}

}  // namespace routecheck::article
