// The errors the routecheck library throws at its edge: routecheck::Error, and routecheck::InputError for
// input a caller can fix (an unknown place, a bad figure, an unreadable or corrupt file). what() is one
// line naming the input and what is wrong, the line the CLI prints after "routecheck: ".
#pragma once
// One definition for the library's stages and its users: installed as routecheck/core/error.hpp beside this
// header, found in src/core/error.hpp inside the build tree.
#include "core/error.hpp"
