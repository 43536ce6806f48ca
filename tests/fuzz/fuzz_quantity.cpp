// libFuzzer target: the figure reader on any bytes: one figure alone ("683 miles", "about 37 mph"), a claim
// field read whole or searched for its figure ("the 1,200 km trip"), and every figure of running text.
// Refusals are InputErrors or error values; anything else (a crash, another exception, a hang) is a bug.
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "quantities/figure_finder.hpp"
#include "quantities/quantity.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace q = routecheck::quantities;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)q::parse_quantity(text);
  } catch (const routecheck::InputError&) {
  }
  for (q::Dimension d : {q::Dimension::distance, q::Dimension::speed, q::Dimension::duration}) (void)q::read_figure_field(text, d);
  for (const q::Quantity& f : q::find_figures(text))
    if (f.start > f.end || f.end > text.size()) __builtin_trap();  // offsets must lie inside the text
  return 0;
}
