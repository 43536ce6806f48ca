// Public results rendered late, exactly as the stages render their own values: the text a reporter reads
// and the JSON of the CLI's --json.
#include "routecheck/render.hpp"

#include "routecheck/error.hpp"

#include "article/reader.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "facade/state.hpp"
#include "routes/route_report.hpp"
#include "verdicts/claim.hpp"

namespace routecheck {

std::string message_line(std::string_view message) { return text::message_line(message); }

namespace {

template <typename State>
const State& state_of(const std::shared_ptr<const State>& state) {
  if (!state) throw InputError("this result was not made by a routecheck::Checker (it has nothing to render)");
  return *state;
}

}  // namespace

std::string to_text(const RouteResult& r) {
  const detail::RouteState& s = state_of(r.state);
  return routes::route_text(s.route, s.mode);
}
std::string to_json(const RouteResult& r) {
  const detail::RouteState& s = state_of(r.state);
  return routes::route_json(s.route, s.mode);
}
std::string to_text(const CheckResult& r) {
  const detail::CheckState& s = state_of(r.state);
  return verdicts::report_text(s.claim, s.report);
}
std::string to_json(const CheckResult& r) {
  const detail::CheckState& s = state_of(r.state);
  return verdicts::report_json(s.claim, s.report);
}
std::string to_text(const ArticleResult& r) { return article::article_text(state_of(r.state).result); }
std::string to_json(const ArticleResult& r) { return article::article_json(state_of(r.state).result); }

}  // namespace routecheck
