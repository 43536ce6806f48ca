// Symbol visibility of the public API: everything else in libroutecheck is hidden.
#pragma once
#define ROUTECHECK_API __attribute__((visibility("default")))
