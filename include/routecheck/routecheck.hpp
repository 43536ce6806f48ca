// Everything an installed routecheck user includes: #include <routecheck/routecheck.hpp>, link
// routecheck::routecheck (CMake) or `pkg-config --libs routecheck`.
#pragma once
#include "routecheck/checker.hpp"
#include "routecheck/config.hpp"
#include "routecheck/error.hpp"
#include "routecheck/render.hpp"
#include "routecheck/types.hpp"
