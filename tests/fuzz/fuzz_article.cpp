// libFuzzer target: a whole article (markup blanking, tokens, places, figures, trips, checks) on any
// bytes, against the gazetteer named by $ROUTECHECK_FUZZ_GAZETTEER (tools/fuzz builds a small one from
// the test fixtures). Refusals are InputErrors; anything else is a bug.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "article/reader.hpp"
#include "core/error.hpp"
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/geocoder.hpp"

namespace {

const routecheck::gazetteer::Geocoder& geocoder() {
  static const std::unique_ptr<routecheck::gazetteer::Geocoder> g = [] {
    const char* path = std::getenv("ROUTECHECK_FUZZ_GAZETTEER");
    if (!path) std::abort();  // tools/fuzz sets it
    std::vector<routecheck::gazetteer::Gazetteer> gazetteers;
    gazetteers.push_back(routecheck::gazetteer::Gazetteer::open(path));
    return std::make_unique<routecheck::gazetteer::Geocoder>(std::move(gazetteers));
  }();
  return *g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const routecheck::article::ArticleResult result =
        routecheck::article::read_article(std::string(text), geocoder(), routecheck::routes::ModeProfiles::builtin());
    (void)routecheck::article::article_json(result);
    (void)routecheck::article::article_text(result);
  } catch (const routecheck::InputError&) {
  }
  return 0;
}
