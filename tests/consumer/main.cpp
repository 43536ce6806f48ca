// A small program embedding routecheck through its installed package: geocodes a name, checks the seed
// claim, reads a short story, and asserts fields of the typed results (exit 1 with the failed check).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include <routecheck/routecheck.hpp>

namespace {

int failures = 0;

void expect(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "FAIL: %s\n", what.c_str());
    ++failures;
  }
}

}  // namespace

int main() {
  // No paths: the library finds the gazetteer and sea lanes installed in its own prefix.
  const routecheck::Checker checker;

  const routecheck::GeocodeResult vladivostok = checker.geocode("Vladivostok");
  expect(vladivostok.found(), "Vladivostok is found");
  expect(!vladivostok.candidates.empty() && vladivostok.candidates.front().place.country_code == "RU",
         "Vladivostok's best candidate is in Russia");

  routecheck::ClaimInput claim;
  claim.from = "Pyongyang";
  claim.to = "Vladivostok";
  claim.mode = "rail";
  claim.distance = "683 miles";
  claim.speed = "about 37 mph";
  claim.duration = "about 20 hours";
  const routecheck::CheckResult result = checker.check(claim);
  expect(result.route.places.size() == 2 && result.route.places.front().place.country_code == "KP",
         "the claim starts in North Korea");
  expect(result.broad_mode == routecheck::BroadMode::rail, "the claim is by rail");
  expect(result.route.geodesic_km > 600 && result.route.geodesic_km < 700, "Pyongyang-Vladivostok is 600-700 km");
  expect(result.claimed_distance_km && *result.claimed_distance_km > 1099 && *result.claimed_distance_km < 1100,
         "683 miles read as 1099 km");
  expect(!result.relations.empty(), "the claim has relations");
  expect(result.route.countries.has_value(), "the countries under the line are filled (GDAL module found)");
  expect(routecheck::to_json(result).find("\"verdict\"") != std::string::npos, "the JSON has a verdict");

  try {
    routecheck::ClaimInput bad = claim;
    bad.from = "Atlantisville";
    (void)checker.check(bad);
    expect(false, "an unknown place throws");
  } catch (const routecheck::InputError& e) {
    expect(std::string(e.what()).find("Atlantisville") != std::string::npos, "the error names the place");
  }

  // A story given as a literal, and the same story's buffer handed over (the CLI's way with a long file):
  // the text is a sink parameter, and both calls compile and read alike.
  const char* story = "The overnight train from Seoul to Busan covers 400 km in about 5 hours.";
  const routecheck::ArticleResult by_literal = checker.read_article(story);
  std::string buffer = story;
  const routecheck::ArticleResult handed_over = checker.read_article(std::move(buffer));
  expect(by_literal.trips.size() == 1, "the story has one trip");
  expect(by_literal.places.size() == handed_over.places.size() && by_literal.trips.size() == handed_over.trips.size() &&
             by_literal.verdict == handed_over.verdict,
         "a handed-over buffer reads as the literal does");
  std::string written;
  const routecheck::Verdict streamed =
      checker.write_article(std::string(story), true, [&](std::string_view piece) { written.append(piece); });
  expect(streamed == by_literal.verdict && written.find("\"Busan\"") != std::string::npos, "the story written as JSON");

  std::printf("%s %s %.1f km\n", routecheck::to_string(result.verdict), result.route.places.back().place.name.c_str(),
              result.route.geodesic_km);
  return failures ? EXIT_FAILURE : EXIT_SUCCESS;
}
