// How many threads a batch runs on: the number a caller asked for, or one per core when it asked for 0.
// One place for the rule `route --batch`, `article --batch` and the report folders' page workers share.
#pragma once
#include <algorithm>
#include <thread>

namespace routecheck::core {

inline unsigned threads_or_one_per_core(unsigned asked) {
  return asked ? asked : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace routecheck::core
