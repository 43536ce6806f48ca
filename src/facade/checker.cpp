// routecheck::Checker: the public facade over the stages' pipeline (facade/pipeline.hpp), and the
// conversion of the stages' values to the public typed results.
#include "routecheck/checker.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <istream>
#include <mutex>
#include <optional>
#include <set>

#include "article/reader.hpp"
#include "core/error.hpp"
#include "core/threads.hpp"
#include "core/text.hpp"
#include "facade/pipeline.hpp"
#include "facade/state.hpp"
#include "gazetteer/geocoder.hpp"
#include "layers/layer_set.hpp"
#include "layers/svg_map.hpp"
#include "article/report_json.hpp"
#include "report/html_page.hpp"
#include "report/page_folder.hpp"
#include "verdicts/report_json.hpp"
#include "routes/mode_network.hpp"
#include "timeline/timeline.hpp"
#include "verdicts/claims_table.hpp"

namespace routecheck {

namespace {

constexpr double kMetresPerKm = 1000.0;
constexpr double kSecondsPerHour = 3600.0;
constexpr double kMpsPerKmh = 1000.0 / 3600.0;

Place place_of(const gazetteer::Place& p) {
  return Place{p.name, gazetteer::place_kind(p), p.country_code, p.admin1_name, p.feature_code, p.lat_deg, p.lon_deg,
               p.population, p.timezone, p.geonameid, p.source};
}

std::optional<BroadMode> public_mode(const std::optional<routes::ModeProfile>& mode) {
  const std::optional<routes::BroadMode> broad = routes::broad_mode_of(mode);
  return broad ? std::optional<BroadMode>(static_cast<BroadMode>(*broad)) : std::nullopt;
}

Route route_of(const routes::Route& r) {
  Route out;
  for (const routes::Waypoint& w : r.places) out.places.push_back({w.query, place_of(w.place), w.from_coordinates, w.reason});
  for (const routes::Leg& l : r.legs) {
    Leg leg{l.from, l.to, l.geodesic_m / kMetresPerKm, l.azimuth_start_deg, l.azimuth_end_deg, std::nullopt};
    if (l.network) leg.network_km = l.network->length_m() / kMetresPerKm;
    out.legs.push_back(leg);
  }
  out.geodesic_km = r.geodesic_m / kMetresPerKm;
  if (r.network_kind) out.network = static_cast<NetworkKind>(*r.network_kind);
  out.network_source = r.network_source;
  if (r.network_m) out.network_km = *r.network_m / kMetresPerKm;
  out.network_problem = r.network_problem;
  if (r.countries) {
    out.countries = r.countries->traversed;
    for (const routes::BorderCrossing& c : r.countries->crossings)
      out.border_crossings.push_back({c.from_country, c.to_country, c.lat_deg, c.lon_deg});
  }
  return out;
}

RelationKind relation_kind(const std::string& id) {
  static const std::pair<const char*, RelationKind> kKinds[] = {
      {"distance_speed_duration", RelationKind::distance_speed_duration},
      {"distance_vs_geography", RelationKind::distance_vs_geography},
      {"duration_vs_geography", RelationKind::duration_vs_geography},
      {"speed_vs_mode", RelationKind::speed_vs_mode},
      {"top_speed", RelationKind::top_speed},
      {"timing", RelationKind::timing},
      {"figures_agree", RelationKind::figures_agree},
      {"distance_vs_network", RelationKind::distance_vs_network},
      {"duration_vs_network", RelationKind::duration_vs_network}};
  for (const auto& [name, kind] : kKinds)
    if (id == name) return kind;
  return RelationKind::other;
}

CheckResult check_result_of(verdicts::Claim claim, verdicts::Report report) {
  CheckResult out;
  out.route = route_of(claim.route);
  if (claim.mode) out.mode = claim.mode->mode;
  out.broad_mode = public_mode(claim.mode);
  out.verdict = static_cast<Verdict>(report.verdict);
  for (const verdicts::Relation& r : report.relations)
    out.relations.push_back({relation_kind(r.id), r.id, r.name, static_cast<Verdict>(r.verdict), r.reason, r.figures});
  // The report's notes begin with the claim's own (check_claim copies them): each once (trial P: Python's
  // Result.notes and check_frame's notes column had every figure and mode note twice).
  out.notes = report.notes;
  if (claim.distance) out.claimed_distance_km = claim.distance->value_si() / kMetresPerKm;
  if (claim.speed) out.claimed_speed_kmh = claim.speed->value_si() / kMpsPerKmh;
  if (claim.duration) out.claimed_duration_h = claim.duration->value_si() / kSecondsPerHour;
  out.state = std::make_shared<const detail::CheckState>(detail::CheckState{std::move(claim), std::move(report)});
  return out;
}

void check_story_size(std::size_t bytes, std::size_t max_bytes) {
  if (bytes > max_bytes)
    throw InputError("the story is " + std::to_string(bytes) + " bytes, over the limit of " + std::to_string(max_bytes) +
                     " (--max-bytes)");
}

std::optional<date::year_month_day> parse_story_date(const std::string& story_date) {
  if (story_date.empty()) return std::nullopt;
  return timeline::parse_iso_date(story_date, "--date");
}

verdicts::ClaimInput input_of(const ClaimInput& c) {
  verdicts::ClaimInput in{c.from, c.to, c.via, c.distance, c.speed, c.duration, c.stop, "", c.mode, c.depart, c.arrive};
  in.top_speed = c.top_speed;
  return in;
}

template <typename State>
const State& state_of(const std::shared_ptr<const State>& state) {
  if (!state) throw InputError("this result was not made by a routecheck::Checker (it has no state to draw)");
  return *state;
}

}  // namespace

const char* to_string(Verdict verdict) { return verdicts::to_string(static_cast<verdicts::Verdict>(verdict)); }
const char* to_string(BroadMode mode) { return routes::to_string(static_cast<routes::BroadMode>(mode)); }
const char* to_string(NetworkKind kind) { return routes::to_string(static_cast<routes::NetworkKind>(kind)); }
std::optional<NetworkKind> network_for(BroadMode mode) {
  const std::optional<routes::NetworkKind> kind = routes::network_for(static_cast<routes::BroadMode>(mode));
  return kind ? std::optional<NetworkKind>(static_cast<NetworkKind>(*kind)) : std::nullopt;
}

struct Checker::Impl {
  explicit Impl(Config config) : pipeline(std::move(config)), resolver(pipeline.geocoder()) {}
  mutable std::mutex mutex;  // the gazetteers' SQLite handles and the resolver's caches are not thread-safe
  mutable facade::Pipeline pipeline;
  mutable routes::WaypointResolver resolver;  // remembers resolved names across calls, as a table's rows do
};

Checker::Checker(Config config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

const Config& Checker::config() const { return impl_->pipeline.config(); }

GeocodeResult Checker::geocode(std::string_view name, const GeocodeOptions& options) const {
  gazetteer::GeocodeOptions o;
  o.country = options.country;
  if (options.near_deg) o.near = gazetteer::LatLon{options.near_deg->first, options.near_deg->second};
  o.limit = options.limit;
  o.always_fuzzy = options.always_fuzzy;
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  const gazetteer::GeocodeResult r = impl_->pipeline.geocoder().geocode(name, o);
  GeocodeResult out{r.query, {}, r.suggestions};
  for (const gazetteer::Candidate& c : r.matches)
    out.candidates.push_back({place_of(c.place), c.matched_name, static_cast<MatchKind>(c.match), c.score, c.reason});
  return out;
}

RouteResult Checker::route(const std::vector<std::string>& places, const std::string& mode) const {
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  std::optional<routes::ModeProfile> profile;
  if (!mode.empty()) profile = impl_->pipeline.profiles().get(mode);
  detail::RouteState state{impl_->pipeline.route(places, profile, impl_->resolver), profile};
  RouteResult out;
  out.route = route_of(state.route);
  out.mode = mode;
  out.broad_mode = public_mode(profile);
  if (profile) {
    const routes::ModeEstimate e = routes::estimate(state.route, *profile);
    out.route_length_km = std::make_pair(e.route_length_m.low / kMetresPerKm, e.route_length_m.high / kMetresPerKm);
    out.travel_time_h = std::make_pair(e.travel_time_s.low / kSecondsPerHour, e.travel_time_s.high / kSecondsPerHour);
  }
  out.state = std::make_shared<const detail::RouteState>(std::move(state));
  return out;
}

CheckResult Checker::check(const ClaimInput& claim) const {
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  auto [c, report] = impl_->pipeline.check(input_of(claim), impl_->resolver);
  return check_result_of(std::move(c), std::move(report));
}

namespace {

// The map a page inlines, drawn from the same layers the GeoPackage gets; why not, when it cannot be.
report::MapPicture page_map(const facade::Pipeline& pipeline, const layers::LayerSet& set) {
  try {
    return {layers::map_svg(set, pipeline.base_gazetteer()), ""};
  } catch (const Error& e) {
    return {"", e.what()};
  }
}

// What a story's page is made of, taken from the story's result: the page can then be made apart from
// it (on a page folder's worker, while the batch reads the next story).
struct StoryPageInput {
  std::string text;
  nlohmann::ordered_json value;
  std::vector<layers::LayerSet> trips;  // one map a trip
  std::string verdict;
};

StoryPageInput story_page_input(const article::ArticleResult& r) {
  StoryPageInput in{r.text, article::article_value(r), {}, verdicts::to_string(article::overall_verdict(r))};
  for (const article::ArticleClaim& c : r.claims) in.trips.push_back(layers::route_layers(c.claim.route, c.claim.mode, &c.claim, &c.report));
  return in;
}

std::string story_page(const facade::Pipeline& pipeline, const StoryPageInput& in) {
  std::vector<report::MapPicture> maps;
  for (const layers::LayerSet& trip : in.trips) maps.push_back(page_map(pipeline, trip));
  return report::article_page(in.text, in.value, maps, in.verdict, report::shipped_sources());
}

// "3 trips: Pyongyang → Vladivostok by rail; ..." for a story's index row.
std::string trips_in_words(const article::ArticleResult& r) {
  std::string s = std::to_string(r.claims.size()) + (r.claims.size() == 1 ? " trip" : " trips");
  for (std::size_t i = 0; i < r.claims.size(); ++i) {
    const std::vector<routes::Waypoint>& places = r.claims[i].claim.route.places;
    s += i ? "; " : ": ";
    for (std::size_t k = 0; k < places.size(); ++k) s += (k ? " → " : "") + places[k].place.name;
  }
  return s;
}

// The batch's index, last, and the folder put in place whole.
void finish_pages(report::PageFolder& folder, const std::vector<report::IndexRow>& index, bool stories) {
  folder.write("index.html", report::index_page(index, stories, report::shipped_sources()));
  folder.commit();
}

// row-00001.html: zero-padded, so the folder lists in batch order.
std::string numbered_page(const char* stem, std::size_t n) { return fmt::format("{}-{:05}.html", stem, n); }

// A row that could not be checked, in the index's words for a checked one: its places and figures as the
// table gives them, so an editor sees which claim failed, not only why.
std::string input_in_words(const verdicts::ClaimInput& in) {
  nlohmann::ordered_json places = nlohmann::ordered_json::array();
  // Bad rows are where junk is: each field as an excerpt, escaped as messages quote input.
  const auto excerpt = [](const std::string& field) { return text::utf8_excerpt(field, text::kQuotedInputBytes); };
  const auto place = [&](const std::string& name) {
    if (!name.empty()) places.push_back(nlohmann::ordered_json{{"query", excerpt(name)}});
  };
  place(in.from);
  for (const std::string& v : in.via) place(v);
  place(in.to);
  nlohmann::ordered_json claims = nlohmann::ordered_json::object();
  for (const auto& [kind, text] : {std::pair<const char*, const std::string&>{"distance", in.distance}, {"speed", in.speed},
                                   {"top_speed", in.top_speed}, {"duration", in.duration}, {"stop", in.stop}})
    if (!text.empty()) claims[kind] = {{"text", excerpt(text)}};
  return report::claim_in_words({{"route", {{"places", places}, {"mode", excerpt(in.mode)}}}, {"claims", claims}});
}

}  // namespace


BatchSummary Checker::check_table(std::istream& table, TableFormat format, const std::function<void(std::string_view)>& write,
                                  const std::function<void(std::size_t row, const std::string& message)>& bad_row,
                                  const LayerOutput* layers, const ReportFolder* pages) const {
  if (layers && !layers->svg_map.empty()) throw InputError("--map takes one claim, not --batch (--out writes the batch's layers)");
  std::optional<report::PageFolder> folder;
  if (pages) folder.emplace(pages->dir, pages->overwrite);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  BatchSummary summary;
  // Every row through the pipeline of check(): stations, the network its mode runs on (countries on
  // request, and on every page: a page shows the border crossings as check() does).
  const bool countries = config().countries_in_tables || pages;
  const verdicts::ClaimChecker each = [&](const verdicts::ClaimInput& input) {
    auto checked = impl_->pipeline.check(input, impl_->resolver, countries);
    ++summary.rows;
    summary.needs_review = summary.needs_review || needs_review(static_cast<Verdict>(checked.second.verdict));
    return checked;
  };
  // --out: one layer set for the whole batch, each feature with the batch row it comes from ("row").
  std::vector<layers::LayerSet> sets;
  std::vector<long long> rows;
  verdicts::Verdict worst = verdicts::Verdict::consistent;
  const bool want_layers = layers && !layers->files.empty();
  std::vector<report::IndexRow> index;  // --report DIR
  const auto keep = [&](std::size_t row, verdicts::Claim& claim, const verdicts::Report& report) {
    layers::LayerSet set = layers::route_layers(claim.route, claim.mode, &claim, &report);
    if (folder) {
      nlohmann::ordered_json value = verdicts::report_value(claim, report);
      report::IndexRow entry{row, "", report::claim_in_words(value), verdicts::to_string(report.verdict), numbered_page("row", row), ""};
      // The map and the page on the folder's workers; the set is copied when the batch's layers keep it.
      folder->write_later(entry.page, [&pipeline = impl_->pipeline, value = std::move(value),
                                       page_set = want_layers ? set : std::move(set)] {
        return report::claim_page(value, page_map(pipeline, page_set), report::shipped_sources());
      });
      index.push_back(std::move(entry));
    }
    if (want_layers) {
      sets.push_back(std::move(set));
      rows.push_back(static_cast<long long>(row));
      worst = std::max(worst, report.verdict);
    }
  };
  verdicts::check_claims_table(
      table, impl_->resolver, impl_->pipeline.profiles(), format == TableFormat::ndjson, write,
      [&](std::size_t row, const verdicts::ClaimInput& as_given, const std::string& message) {
        ++summary.rows;
        ++summary.bad_rows;
        bad_row(row, message);
        if (folder) index.push_back({row, "", input_in_words(as_given), "", "", message});
      },
      impl_->pipeline.sea_lanes(), &each,
      want_layers || folder ? std::function<void(std::size_t, verdicts::Claim&, const verdicts::Report&)>(keep)
                            : std::function<void(std::size_t, verdicts::Claim&, const verdicts::Report&)>{});
  if (want_layers) {
    if (sets.empty()) throw InputError("--out: no row of the batch could be checked, so there is nothing to map");
    impl_->pipeline.write_layers(layers::combine_numbered(sets, rows, "row", verdicts::to_string(worst)), *layers);
  }
  if (folder) finish_pages(*folder, index, false);
  return summary;
}

ArticleResult Checker::read_article(std::string text, const std::string& story_date) const {
  check_story_size(text.size(), config().max_article_bytes);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  detail::ArticleState state{impl_->pipeline.read_article(std::move(text), parse_story_date(story_date))};
  const article::ArticleResult& r = state.result;
  ArticleResult out;
  for (const article::PlaceMention& p : r.places) out.places.push_back({p.start, p.end, p.text, place_of(*p.place)});
  for (const article::FigureMention& f : r.figures) out.figures.push_back({f.start, f.end, f.text, article::to_string(f.role)});
  for (const article::ArticleClaim& c : r.claims) {
    ArticleTrip trip{check_result_of(c.claim, c.report), {}};
    for (const article::ReadPhrase& p : c.read_from) trip.read_from.emplace_back(p.role, p.text);
    out.trips.push_back(std::move(trip));
  }
  out.verdict = static_cast<Verdict>(article::overall_verdict(r));
  out.state = std::make_shared<const detail::ArticleState>(std::move(state));
  return out;
}

Verdict Checker::write_article(std::string text, bool json, const std::function<void(std::string_view)>& write,
                               const std::string& story_date) const {
  check_story_size(text.size(), config().max_article_bytes);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  return static_cast<Verdict>(impl_->pipeline.write_article(std::move(text), parse_story_date(story_date), json, write));
}

BatchSummary Checker::read_articles(const std::string& source, const std::string& ndjson_text,
                                    const std::function<void(std::string_view)>& write,
                                    const std::function<void(const std::string& id, const std::string& message)>& bad,
                                    const std::string& story_date, const ReportFolder* pages, unsigned threads) const {
  const std::optional<date::year_month_day> date = parse_story_date(story_date);
  std::optional<report::PageFolder> folder;
  if (pages) folder.emplace(pages->dir, pages->overwrite);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  BatchSummary summary;
  std::vector<report::IndexRow> index;  // --report DIR: one row a story, in batch order
  const auto story_read = [&](const std::string& id, const article::ArticleResult& r) {
    const std::size_t n = index.size() + 1;
    report::IndexRow entry{n, id, trips_in_words(r), verdicts::to_string(article::overall_verdict(r)), numbered_page("story", n), ""};
    folder->write_later(entry.page, [&pipeline = impl_->pipeline, in = story_page_input(r)] { return story_page(pipeline, in); });
    index.push_back(std::move(entry));
  };
  // A reader a thread: each further thread opens the gazetteers again (its own SQLite handles and outline
  // caches). Their notices reach config().notice one at a time, each line once.
  std::mutex notice_mutex;
  std::set<std::string, std::less<>> noticed;
  std::vector<std::unique_ptr<facade::Pipeline>> more_pipelines;  // after what their notices use
  article::BatchOptions options;
  options.max_bytes = config().max_article_bytes;
  options.story_date = date;
  options.threads = core::threads_or_one_per_core(threads);
  options.another_reader = [&] {
    Config copy = config();
    copy.notice = [&, tell = config().notice](std::string_view line) {
      const std::lock_guard<std::mutex> one_at_a_time(notice_mutex);
      if (tell && noticed.emplace(line).second) tell(line);
    };
    const facade::Pipeline& p = *more_pipelines.emplace_back(std::make_unique<facade::Pipeline>(std::move(copy)));
    return article::StoryReader{p.geocoder(), p.profiles(), p.sea_lanes(), &p};
  };
  if (folder) options.story_read = story_read;
  const facade::Pipeline& first = impl_->pipeline;
  const int status = article::read_articles(
      source == "-" ? article::kStandardInput : source, ndjson_text,
      article::StoryReader{first.geocoder(), first.profiles(), first.sea_lanes(), &first}, write,
      [&](const std::string& id, const std::string& message) {
        ++summary.bad_rows;
        bad(id, message);
        if (folder) index.push_back({index.size() + 1, id, "", "", "", message});
      },
      options);
  if (folder) finish_pages(*folder, index, true);
  summary.needs_review = status == verdicts::exit_status(verdicts::Verdict::inconsistent);
  return summary;
}

void Checker::write_layers(const RouteResult& result, const LayerOutput& output) const {
  const detail::RouteState& s = state_of(result.state);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->pipeline.write_layers(layers::route_layers(s.route, s.mode), output);
}

void Checker::write_layers(const CheckResult& result, const LayerOutput& output) const {
  const detail::CheckState& s = state_of(result.state);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->pipeline.write_layers(layers::route_layers(s.claim.route, s.claim.mode, &s.claim, &s.report), output);
}

void Checker::write_layers(const ArticleResult& result, const LayerOutput& output) const {
  const article::ArticleResult& r = state_of(result.state).result;
  if (r.claims.empty()) throw InputError("--out/--map: the article has no checkable claim to map");
  // Every claim, numbered in the field "claim" of each layer.
  std::vector<layers::LayerSet> sets;
  for (const article::ArticleClaim& c : r.claims) sets.push_back(layers::route_layers(c.claim.route, c.claim.mode, &c.claim, &c.report));
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->pipeline.write_layers(layers::combine_claims(sets, verdicts::to_string(article::overall_verdict(r))), output);
}

std::string Checker::report_page(const CheckResult& result) const {
  const detail::CheckState& s = state_of(result.state);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  const report::MapPicture map =
      page_map(impl_->pipeline, layers::route_layers(s.claim.route, s.claim.mode, &s.claim, &s.report));
  return report::claim_page(verdicts::report_value(s.claim, s.report), map, report::shipped_sources());
}

std::string Checker::report_page(const ArticleResult& result) const {
  const article::ArticleResult& r = state_of(result.state).result;
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  return story_page(impl_->pipeline, story_page_input(r));
}

void Checker::check_report_path(const std::string& html_path, bool overwrite) { report::check_page_path(html_path, overwrite); }

void Checker::check_report_folder(const ReportFolder& pages) { report::PageFolder::check_folder_path(pages.dir, pages.overwrite); }

// write_page refuses a bad path itself, before it writes anything.
void Checker::write_report(const CheckResult& result, const std::string& html_path, bool overwrite) const {
  report::write_page(html_path, report_page(result), overwrite);
}

void Checker::write_report(const ArticleResult& result, const std::string& html_path, bool overwrite) const {
  report::write_page(html_path, report_page(result), overwrite);
}

}  // namespace routecheck
