// How the CLI speaks on stderr: one line per message, valid UTF-8, no control characters, short.
// GDAL's own "ERROR 1: ..." lines are silenced in the GDAL module (gdal_module/module.cpp).
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "core/text.hpp"

namespace routecheck::cli {

void print_message(std::string_view message) {
  const std::string line = "routecheck: " + text::message_line(message) + "\n";
  std::fputs(line.c_str(), stderr);
}

}  // namespace routecheck::cli
