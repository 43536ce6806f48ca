// The errors the routecheck library throws at its edge: routecheck::Error, and routecheck::InputError for
// input a caller can fix (an unknown place, a bad figure, an unreadable or corrupt file). what() is one
// line naming the input and what is wrong, the line the CLI prints after "routecheck: ".
#pragma once
// One definition for the library's stages and its users: installed as routecheck/core/error.hpp beside this
// header, found in src/core/error.hpp inside the build tree.
#include "core/error.hpp"

#include <string>
#include <string_view>

#include "routecheck/export.hpp"

namespace routecheck {

// A message as one short line of valid UTF-8: control characters and bytes that are not UTF-8 escaped as
// \xNN, and a long message's middle cut out ("…"), keeping what failed and why. The line the CLI prints after
// "routecheck: ", and the message of the Python module's exceptions.
ROUTECHECK_API std::string message_line(std::string_view message);

}  // namespace routecheck
