// libFuzzer target: the figure reader on any bytes. The first byte picks the entry point, so that each
// execution reads the rest once: one figure alone ("683 miles"), a claim field of one kind searched for its
// figure ("the 1,200 km trip"), or every figure of running text. Refusals are InputErrors or error values;
// anything else (a crash, another exception, a hang, a figure's offsets outside the text) is a bug.
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "quantities/figure_finder.hpp"
#include "quantities/quantity.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace q = routecheck::quantities;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 5) {
    case 0:
      try {
        (void)q::parse_quantity(text);
      } catch (const routecheck::InputError&) {
      }
      break;
    case 1: (void)q::read_figure_field(text, q::Dimension::distance); break;
    case 2: (void)q::read_figure_field(text, q::Dimension::speed); break;
    case 3: (void)q::read_figure_field(text, q::Dimension::duration); break;
    default:
      for (const q::Quantity& f : q::find_figures(text))
        if (f.start > f.end || f.end > text.size()) __builtin_trap();
  }
  return 0;
}
