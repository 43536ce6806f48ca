// Place mentions settled in context (see place_context.hpp).
#include "article/place_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <set>

#include "article/weights.hpp"
#include "routes/route.hpp"

namespace routecheck::article {

namespace {

// The shortest meridian degree on WGS84 (at the equator), km: a lower bound for any geodesic's length
// per degree of latitude it spans.
constexpr double kMinMeridianKmPerDegree = 110.574;
// Geodesics kept between the two rounds of settling (about 50 bytes each).
constexpr std::size_t kMaxCachedPairs = 1 << 16;

class PlaceContext {
 public:
  PlaceContext(std::vector<Mention>& mentions, SharedValues& shared, std::string_view text)
      : mentions_(mentions), shared_(shared), text_(text) {}

  // "Mexico, Colombia and Peru": two mentions with only a comma or "and" between them are a list, where
  // the first does not place the second ("the Mexican town of Colombia" would).
  bool listed_together(const Mention& first, const Mention& second) const {
    if (second.m.start < first.m.end || second.m.start > text_.size()) return false;
    std::string_view between = text_.substr(first.m.end, second.m.start - first.m.end);
    auto trim = [&] {
      while (!between.empty() && (between.front() == ' ' || between.front() == ',')) between.remove_prefix(1);
      while (!between.empty() && (between.back() == ' ' || between.back() == ',')) between.remove_suffix(1);
    };
    const bool comma = between.find(',') != std::string_view::npos;
    trim();
    return (between.empty() && comma) || between == "and" || between == "or";
  }

  // Mentions first..last all listed together: "the United States, Cuba and Jamaica".
  bool in_one_list(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i < last; ++i)
      if (!listed_together(mentions_[i], mentions_[i + 1])) return false;
    return first < last;
  }

  // Indexes [begin, end) of the mentions in sentences first..last (mentions are in text order).
  std::pair<std::size_t, std::size_t> mention_range(std::size_t first_sentence, std::size_t last_sentence) const {
    auto begin = std::partition_point(mentions_.begin(), mentions_.end(),
                                      [&](const Mention& m) { return m.m.sentence < first_sentence; });
    auto end = std::partition_point(begin, mentions_.end(), [&](const Mention& m) { return m.m.sentence <= last_sentence; });
    return {static_cast<std::size_t>(begin - mentions_.begin()), static_cast<std::size_t>(end - mentions_.begin())};
  }

  void run() {
    // The countries and first-level regions (states, provinces) the story names, by how many mentions,
    // counted from the readings as they stand at the start of each round. Mentions of the same name do not
    // count towards each other's readings ("Georgia" read as the US state must not lift the US state, nor
    // the second "New York" lift New York City because the first reads as the state). Counting only
    // the geocoder's first readings missed every state whose name is first a country's: "Georgia" next
    // to Atlanta is the state after the first round, and then lifts the Gainesville in it.
    auto names_country = [](const Mention& x, const gazetteer::Place& p) {
      return x.demonym || is_country(p) || p.feature_code == "ADM1";
    };
    auto state_key = [](const gazetteer::Place& p) { return p.country_code + "." + p.admin1_code; };
    // Each mention's name in lower case, once: the counts below and every candidate's check compare them.
    std::vector<std::string> name_lower(mentions_.size());
    for (std::size_t xi = 0; xi < mentions_.size(); ++xi) name_lower[xi] = lower_ascii(mentions_[xi].m.text);
    auto own_name = [&](const Mention& x) -> const std::string& {
      return name_lower[static_cast<std::size_t>(&x - mentions_.data())];
    };
    std::vector<std::size_t> chosen(mentions_.size(), 0);
    // key (country code, or country.admin1) -> the names (lower case) of the mentions naming it -> how many
    using NamedBy = std::map<std::string, std::map<std::string, int>>;
    NamedBy countries_named, states_named;
    auto count_named = [&] {
      countries_named.clear();
      states_named.clear();
      for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
        const Mention& x = mentions_[xi];
        const gazetteer::Place& p = x.candidates[chosen[xi]].place;
        if (names_country(x, p)) ++countries_named[p.country_code][name_lower[xi]];
        if (!x.demonym && p.feature_code == "ADM1") ++states_named[state_key(p)][name_lower[xi]];
      }
    };
    // The story's locale: the country most of its places are in, by the geocoder's first readings, when
    // it holds at least weights().locale_min_mentions and weights().locale_margin times as many as any other
    // country (a local paper's Dublin is the one near its Columbus and Grove City). A plurality, not a
    // majority: the names of people and firms read as places scatter over many countries.
    // A mention whose readings all lie in one country counts fully; one read in several (Paris, France or
    // Tennessee) counts half, for its first reading: it is what the locale is asked to settle.
    std::map<std::string, double> places_in_country;
    for (const Mention& x : mentions_) {
      const gazetteer::Place& p = x.candidates.front().place;
      if (p.country_code.empty()) continue;
      const bool one_country = std::all_of(x.candidates.begin(), x.candidates.end(), [&](const gazetteer::Candidate& c) {
        return c.place.country_code == p.country_code;
      });
      places_in_country[p.country_code] += one_country ? 1.0 : 0.5;
    }
    std::string locale;
    double locale_count = 0, runner_up = 0;
    for (const auto& [cc, n] : places_in_country) {
      if (n > locale_count) runner_up = locale_count, locale_count = n, locale = cc;
      else runner_up = std::max(runner_up, n);
    }
    if (locale_count < weights().locale_min_mentions || locale_count < weights().locale_margin * runner_up) locale.clear();
    // Counties and the towns in them, by any reading: "Paris and Henry County" are the Tennessee pair,
    // whichever each name would be alone. key (country.admin1.admin2) -> the mentions' names.
    NamedBy counties_read, county_towns_read;
    auto county_key = [](const gazetteer::Place& p) { return p.country_code + "." + p.admin1_code + "." + p.admin2_code; };
    for (const Mention& x : mentions_) {
      if (x.demonym) continue;
      for (const gazetteer::Candidate& c : x.candidates) {
        if (c.place.admin2_code.empty()) continue;
        if (c.place.feature_code == "ADM2") ++counties_read[county_key(c.place)][own_name(x)];
        else if (c.place.feature_class == "P") ++county_towns_read[county_key(c.place)][own_name(x)];
      }
    }
    // "from the Canaries to Antigua": the other end of "X to Y" is no region the place lies in (the Canaries
    // would lift the Antigua in Fuerteventura over the island the crossing ends at).
    auto joined_by_to = [&](const Mention& x, const std::string& name) {
      const std::size_t xi = static_cast<std::size_t>(&x - mentions_.data());
      return (xi > 0 && mentions_[xi - 1].to_next && name_lower[xi - 1] == name) ||
             (x.to_next && xi + 1 < mentions_.size() && name_lower[xi + 1] == name);
    };
    auto named_by_others = [&](const NamedBy& named, const std::string& key, const Mention& x) {
      auto it = named.find(key);
      if (it == named.end()) return false;
      const std::string& name = own_name(x);
      return std::any_of(it->second.begin(), it->second.end(),
                         [&](const auto& by) { return by.first != name && by.second > 0 && !joined_by_to(x, by.first); });
    };
    // Each mention starts at the geocoder's best; two rounds let ambiguous places settle each other
    // (Dover and Calais), pulled towards the other populated places of the story.
    std::vector<std::string> reasons(mentions_.size());
    std::map<std::pair<std::int64_t, std::int64_t>, double> km_between;
    for (int round = 0; round < 2; ++round) {
      count_named();
      for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
        Mention& x = mentions_[xi];
        if (x.demonym || (x.candidates.size() == 1 && round > 0)) continue;
        // "across the Red Sea": a sea read by its exact name stays the sea; the regions named after it
        // (Sudan's and Egypt's Red Sea states) are not lifted past it by the towns around it.
        if (x.candidates.front().match == gazetteer::MatchKind::exact && gazetteer::is_sea_or_strait(x.candidates.front().place))
          continue;
        // The populated places the story names, once each, as read so far: each choice sees the ones
        // made before it (choices made all at once chase each other: Dover and Calais would swap
        // between Delaware and Maine and England and France).
        std::vector<const gazetteer::Place*> anchors;
        // The same places as the geocoder first read them: what lifts a state or a country ("the text
        // names Atlanta in it"). A reading context chose may have been chosen for this very mention's
        // sake: "Southampton" pulled to Long Island by "New York" read as the city must not make "New
        // York" the state.
        std::vector<const gazetteer::Place*> first_readings;
        std::set<std::int64_t> anchor_fids, first_reading_fids;  // once each: a long story repeats its places
        // Only places named within weights().context_sentences of this one pull it: a story's places cluster where
        // it is, and a window keeps a book-length text linear (every place against every other was
        // quadratic: 400 kB of text took 17 s).
        // And at most weights().context_mentions either way: one sentence can be a whole story (a list, a
        // text without full stops), and a window of sentences alone was quadratic there (80 kB: 35 s).
        const auto [sentences_begin, sentences_end] =
            mention_range(x.m.sentence > weights().context_sentences ? x.m.sentence - weights().context_sentences : 0,
                          x.m.sentence + weights().context_sentences);
        const std::size_t window_begin = std::max(sentences_begin, xi > weights().context_mentions ? xi - weights().context_mentions : 0);
        const std::size_t window_end = std::min(sentences_end, xi + weights().context_mentions + 1);
        for (std::size_t ai = window_begin; ai < window_end; ++ai) {
          const gazetteer::Place& a = mentions_[ai].candidates[chosen[ai]].place;
          // Towns only (a station or a cape pulling a namesake moved Darjeeling's toy train: tried, left out).
          if (ai != xi && !mentions_[ai].demonym && a.feature_class == "P" && anchor_fids.insert(a.fid).second)
            anchors.push_back(&a);
          // And its other readings nearly as good (weights().pull_reading_min_share of the chosen one's
          // score): a name told first must not be settled by the other's first reading alone ("came ashore
          // at Calais ... after setting off from Dover" took Dover, Delaware, so Calais, Maine: the pair
          // Dover, England and Calais, France, 40 km apart, was never weighed). Only in the first round, for
          // a name told after this one (no choice has settled it yet) and not this name again (its readings
          // are this one's namesakes), and only where its first reading pulls none of this one's good
          // readings within pull_fade_km ("from Valencia to Barcelona" keeps Spain's pair).
          const auto first_reading_pulls = [&] {
            for (const gazetteer::Candidate& c : x.candidates)
              // The latitudes alone rule most pairs out before any geodesic is solved.
              if (c.score >= weights().pull_reading_min_share * x.candidates.front().score &&
                  std::abs(c.place.lat_deg - a.lat_deg) * kMinMeridianKmPerDegree <= weights().pull_fade_km &&
                  routes::geodesic_km(c.place, a) <= weights().pull_fade_km)
                return true;
            return false;
          };
          if (round == 0 && ai > xi && !mentions_[ai].demonym && mentions_[ai].m.text != x.m.text && !first_reading_pulls())
            for (const gazetteer::Candidate& other : mentions_[ai].candidates)
              if (other.place.feature_class == "P" &&
                  other.score >= weights().pull_reading_min_share * mentions_[ai].candidates[chosen[ai]].score &&
                  anchor_fids.insert(other.place.fid).second)
                anchors.push_back(&other.place);
          const gazetteer::Place& first = mentions_[ai].candidates.front().place;
          if (ai != xi && !mentions_[ai].demonym && first.feature_class == "P" && first_reading_fids.insert(first.fid).second)
            first_readings.push_back(&first);
        }
        std::size_t best = 0;
        double best_score = -1;
        int best_kind = 99;
        std::string best_reason;
        // An alternate name the geocoder itself ranks above every exact one ("New York" for New York
        // City) counts as exact here; other alternates cannot be lifted past an exact name by context.
        double best_exact_score = -1;
        for (const gazetteer::Candidate& c : x.candidates)
          if (c.match == gazetteer::MatchKind::exact) best_exact_score = std::max(best_exact_score, c.score);
        // "Italy", "Mexico", "Oregon" by their exact names are the country or the state: the small towns
        // named after them are not lifted past it by the story's country or locale (a US story's "Italy" is
        // not Italy, Texas), only by a state the story names or a qualifier ("Mexico, Missouri").
        const gazetteer::Candidate& first = x.candidates.front();
        const bool names_a_country_or_state = first.match == gazetteer::MatchKind::exact &&
                                              (is_country(first.place) || first.place.feature_code == "ADM1");
        for (std::size_t k = 0; k < x.candidates.size(); ++k) {
          const gazetteer::Candidate& c = x.candidates[k];
          double score = c.score;
          std::string reason;
          const bool lifted_by_country = !names_a_country_or_state || is_country(c.place) || c.place.feature_code == "ADM1";
          if (lifted_by_country && !c.place.country_code.empty() &&
              named_by_others(countries_named, c.place.country_code, x)) {
            score += weights().country_in_text_bonus;
            reason += is_country(c.place) ? "; the text names it elsewhere" : "; in a country the text names";
          }
          // "Georgia" in a story that names Atlanta and Macon is the state; with Tbilisi, the country.
          if (c.place.feature_code == "ADM1" || is_country(c.place)) {
            const bool state = c.place.feature_code == "ADM1";
            for (const gazetteer::Place* a : first_readings)
              // Not its namesake: Seoul the city does not make "Seoul" the province.
              if (a->country_code == c.place.country_code && (!state || a->admin1_code == c.place.admin1_code) &&
                  a->name != c.place.name) {
                score += state ? weights().state_in_text_bonus : weights().country_in_text_bonus;
                reason += "; the text names " + a->name + " in it";
                break;
              }
          }
          if (lifted_by_country && !locale.empty() && c.place.country_code == locale && !is_country(c.place) &&
              x.candidates.front().place.country_code != locale) {
            score += weights().locale_bonus;
            reason += "; in the country most of the story's places are in";
          }
          // "Paris" in a story that names Texas: the state settles it before population does.
          if (c.place.feature_code != "ADM1" && !c.place.admin1_code.empty() &&
              named_by_others(states_named, state_key(c.place), x)) {
            score += weights().state_in_text_bonus;
            reason += "; in a state or province the text names";
          }
          if (!c.place.admin2_code.empty() && (c.place.feature_class == "P" || c.place.feature_code == "ADM2")) {
            const bool county = c.place.feature_code == "ADM2";
            if (named_by_others(county ? county_towns_read : counties_read, county_key(c.place), x)) {
              score += weights().county_in_text_bonus;
              reason += county ? "; the text names a town in it" : "; in a county the text names";
            }
          }
          // "the Russian border city of Khasan", "the Texas town of Paris": a country, demonym or region
          // just before, in the same sentence.
          // Only the mentions ending at most 6 tokens before it can be (found walking back: a sentence may hold
          // thousands of mentions).
          std::size_t same_begin = xi;
          while (same_begin > 0 && mentions_[same_begin - 1].m.sentence == x.m.sentence &&
                 mentions_[same_begin - 1].m.last_token + 6 >= x.m.first_token)
            --same_begin;
          for (std::size_t qi = same_begin; qi < xi; ++qi) {
            const Mention& q = mentions_[qi];
            const gazetteer::Place& qp = q.candidates[chosen[qi]].place;
            const bool region = qp.feature_code == "ADM1" && qp.admin1_code == c.place.admin1_code;
            // Not the other end of "X to Y" ("from the Canaries to Antigua").
            if ((q.demonym || is_country(qp) || region) && &q != &x && q.m.sentence == x.m.sentence && !(q.to_next && qi + 1 == xi) &&
                !in_one_list(qi, xi) &&
                q.m.last_token < x.m.first_token && x.m.first_token - q.m.last_token <= 6 &&
                qp.country_code == c.place.country_code && !is_country(c.place)) {
              score += weights().qualified_bonus;
              reason += q.demonym ? "; the text calls it " + q.m.text : "; the text places it in " + q.m.text;
              break;
            }
          }
          double nearest_km = 1e9;
          const gazetteer::Place* nearest = nullptr;
          for (const gazetteer::Place* a : anchors) {
            if (a->name == c.place.name) continue;  // itself, or its namesake
            // No geodesic can be shorter than its difference in latitude along a meridian: skip the
            // ellipsoidal solution where that alone rules the anchor out.
            if (std::abs(a->lat_deg - c.place.lat_deg) * kMinMeridianKmPerDegree >= nearest_km) continue;
            // The same pairs come back in the second round and for each mention of a place: solve each
            // once (the cache is emptied when full, so a book-length text stays in bounded memory).
            if (km_between.size() >= kMaxCachedPairs) km_between.clear();
            const auto key = std::minmax(c.place.fid, a->fid);
            auto [known, fresh] = km_between.try_emplace(key, 0.0);
            if (fresh) known->second = routes::geodesic_km(c.place, *a);
            if (known->second < nearest_km) nearest_km = known->second, nearest = a;
          }
          // Not a country's or a province's label point: it says where on the map to write the name, not where
          // the story is (the canton of Vianden would be pulled past the town of Vianden).
          if (nearest && !is_country(c.place) && c.place.feature_code != "ADM1") {
            score += weights().pull_bonus * std::exp(-nearest_km / weights().pull_fade_km);
            if (nearest_km < weights().pull_fade_km) reason += fmt::format("; {:.0f} km from {}, also named", nearest_km, nearest->name);
          }
          // Context chooses among equally good readings: an exact name is never beaten by an alternate one.
          // An alternate or an abbreviation the geocoder ranks above every exact name counts as exact:
          // "U.S." is the country, not Us, a village in France whose name is exactly "Us".
          const int kind = (c.match == gazetteer::MatchKind::alternate || c.match == gazetteer::MatchKind::abbreviation) &&
                                   c.score > best_exact_score
                               ? static_cast<int>(gazetteer::MatchKind::exact)
                               : static_cast<int>(c.match);
          if (kind < best_kind || (kind == best_kind && score > best_score))
            best_kind = kind, best_score = score, best = k, best_reason = reason;
        }
        chosen[xi] = best;
        reasons[xi] = best_reason;
      }
    }
    for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
      Mention& x = mentions_[xi];
      if (x.demonym) {
        // "American", "Russians": a place mention of the country, reported as such; never a trip's end
        // (build_claims leaves countries out).
        x.m.place = shared_.place(x.candidates.front().place);
        x.m.reason = shared_.text(x.candidates.front().reason);
        continue;
      }
      const gazetteer::Candidate& c = x.candidates[chosen[xi]];
      x.m.place = shared_.place(c.place);
      std::string reason = c.reason + reasons[xi];
      // Name the reading not taken when it is a same-named place in another country.
      for (std::size_t k = 0; k < x.candidates.size(); ++k)
        if (k != chosen[xi] && x.candidates[k].place.country_code != c.place.country_code) {
          reason += fmt::format("; not {}, {}", x.candidates[k].place.name, x.candidates[k].place.country_code);
          break;
        }
      x.m.reason = shared_.text(std::move(reason));
    }
    // An obscure place read only by another name, in a country the story does not name, far from every
    // other place the story names: a place the gazetteer lacks, not the namesake abroad.
    count_named();
    if (countries_named.empty()) return;
    for (std::size_t xi = 0; xi < mentions_.size(); ++xi) {
      Mention& x = mentions_[xi];
      const gazetteer::Candidate& c = x.candidates[chosen[xi]];
      if (x.demonym || c.match != gazetteer::MatchKind::alternate || c.place.feature_class != "P" ||
          static_cast<double>(c.place.population.value_or(0)) >= weights().far_alternate_max_population ||
          countries_named.count(c.place.country_code))
        continue;
      double nearest_km = std::numeric_limits<double>::infinity();
      // The places named within weights().context_mentions either way, as in settling (linear in a long text).
      const std::size_t from = xi > weights().context_mentions ? xi - weights().context_mentions : 0;
      const std::size_t to = std::min(mentions_.size(), xi + weights().context_mentions + 1);
      for (std::size_t ai = from; ai < to && nearest_km >= weights().far_alternate_km; ++ai) {
        const gazetteer::Place& a = mentions_[ai].candidates[chosen[ai]].place;
        if (ai == xi || mentions_[ai].demonym || a.country_code.empty() || a.fid == c.place.fid) continue;
        nearest_km = std::min(nearest_km, routes::geodesic_km(c.place, a));
      }
      if (nearest_km >= weights().far_alternate_km && std::isfinite(nearest_km)) x.far_alternate = true;
    }
  }

 private:
  std::vector<Mention>& mentions_;
  SharedValues& shared_;
  std::string_view text_;
};

}  // namespace

void settle_places(std::vector<Mention>& mentions, SharedValues& shared, std::string_view text) {
  PlaceContext(mentions, shared, text).run();
}

void place_institutions(const Document& doc, const std::vector<InstitutionSpan>& institutions, std::vector<Mention>& mentions,
                        SharedValues& shared) {
  if (institutions.empty()) return;
  // The mentions that open an institution's name ("Douglas County" of "Douglas County Hospital"), by token.
  std::set<std::size_t> openings;
  for (const InstitutionSpan& inst : institutions)
    if (inst.opening_mention) openings.insert(inst.first_token);
  auto opening = [&](const Mention& x) { return openings.count(x.m.first_token) > 0; };
  auto town = [&](const Mention& x) { return !x.demonym && x.m.place && x.m.place->feature_class == "P" && !opening(x); };
  // The dateline's town, and how often the story names each town.
  const Mention* dateline = nullptr;
  std::map<std::int64_t, std::size_t> times_named;
  for (const Mention& x : mentions) {
    if (!town(x)) continue;
    if (x.dateline && !dateline) dateline = &x;
    ++times_named[x.m.place->fid];
  }
  // The towns named most, in text order: an institution with neither a town beside it nor a dateline is in
  // the one nearest before it, else the first (found by binary search: a list of a thousand hospitals
  // must not scan the story a thousand times).
  std::size_t most = 0;
  for (const auto& [fid, n] : times_named) most = std::max(most, n);
  std::vector<const Mention*> most_named;
  for (const Mention& x : mentions)
    if (town(x) && times_named[x.m.place->fid] == most) most_named.push_back(&x);
  std::vector<Mention> placed;
  for (const InstitutionSpan& inst : institutions) {
    const auto after = std::partition_point(mentions.begin(), mentions.end(),
                                            [&](const Mention& x) { return x.m.first_token <= inst.last_token; });
    const Mention* city = nullptr;
    std::string why;
    if (after != mentions.end() && town(*after) && after->m.first_token == inst.last_token + 2 &&
        (doc.tokens[inst.last_token + 1].lower() == "in" || doc.tokens[inst.last_token + 1].text() == ",")) {
      city = &*after, why = "the town named with it";
      after->qualifier = true;  // it says where the institution is: no end of its own ("X Hospital in Y to Z")
    } else if (dateline) {
      city = dateline, why = "the dateline's town";
    } else {
      const auto next = std::partition_point(most_named.begin(), most_named.end(),
                                             [&](const Mention* x) { return x->m.first_token < inst.first_token; });
      city = next != most_named.begin() ? *std::prev(next) : most_named.empty() ? nullptr : most_named.front();
      why = "the town the story names most";
    }
    // A town or county opening the name is its place where it lies in the country of the story's town (or
    // the story names none); elsewhere the name is no town's ("Sunshine" of a hospital in Hyderabad).
    Mention* named_by = nullptr;
    if (inst.opening_mention) {
      const auto at = std::partition_point(mentions.begin(), mentions.end(),
                                           [&](const Mention& x) { return x.m.first_token < inst.first_token; });
      if (at != mentions.end() && at->m.first_token == inst.first_token) named_by = &*at;
      // A state, a county or a seat of government keeps it wherever it lies ("Limerick Maternity Hospital"
      // in a story of American towns); another town in another country gives way.
      if (named_by) {
        const gazetteer::Place& p = *named_by->m.place;
        if (!city || p.country_code == city->m.place->country_code || p.feature_class != "P" ||
            p.feature_code.rfind("PPLA", 0) == 0 || p.feature_code == "PPLC")
          continue;
      }
    }
    if (!city) continue;
    Mention m;
    m.m.start = doc.tokens[inst.first_token].start;
    m.m.end = doc.tokens[inst.last_token].end;
    m.m.text = std::string(doc.text.substr(m.m.start, m.m.end - m.m.start));
    const std::string& name = inst.name.empty() ? m.m.text : inst.name;
    m.m.sentence = doc.tokens[inst.first_token].sentence;
    m.m.first_token = static_cast<std::uint32_t>(inst.first_token);
    m.m.last_token = static_cast<std::uint32_t>(inst.last_token);
    gazetteer::Place p = *city->m.place;
    // An id of its own, below every gazetteer's (theirs are positive), the same for the same name.
    p.fid = -1 - static_cast<std::int64_t>(std::hash<std::string>{}(lower_ascii(name)) >> 2);
    p.name = name;
    p.geonameid.reset();
    const std::string reason = fmt::format("{} not in the gazetteer, read as in {} ({}): anywhere within it", inst.word,
                                           city->m.place->name, why);
    gazetteer::Candidate c;
    c.place = p;
    c.matched_name = name;
    c.reason = reason;
    c.unfound_words = m.m.text;
    m.candidates = Candidates(std::make_shared<const std::vector<gazetteer::Candidate>>(std::vector<gazetteer::Candidate>{c}));
    m.m.place = shared.place(p);
    m.m.reason = shared.text(reason);
    m.dateline = false;
    if (named_by) {
      *named_by = std::move(m);  // same first token: text order holds
      continue;
    }
    placed.push_back(std::move(m));
  }
  // Both lists are in text order: merge.
  std::vector<Mention> all;
  all.reserve(mentions.size() + placed.size());
  std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
             std::make_move_iterator(placed.begin()), std::make_move_iterator(placed.end()), std::back_inserter(all),
             [](const Mention& a, const Mention& b) { return a.m.first_token < b.m.first_token; });
  mentions = std::move(all);
}

}  // namespace routecheck::article
