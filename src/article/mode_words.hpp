// Words -> modes: the article reader's vocabulary of modes of travel (geodata/article_cues.tsv, mode.*,
// named trains, airline designators), read at a token of a story or in a phrase a user types after
// `check --mode` ("sleeper train", "overnight ferry", "TGV", "Airbus A380").
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "article/tokens.hpp"

namespace routecheck::article {

struct ModeWordAt {
  std::string mode;         // a broad mode or a profile of geodata/modes.tsv ("rail", "cycling")
  std::size_t first_token;  // where the words start: the token asked about, or the name before it ("the Vivek Express")
  std::size_t last_token;   // the phrase's last token ("non - stop")
  bool weak = false;        // a word that only suggests a mode (weak_mode_word: "nonstop", "ran")
  // The kind of vehicle the words name within their mode, a profile of geodata/modes.tsv ("ferry" for
  // "ferries", "airliner" for "Boeing" or "BA117": cue vehicle_profile.*); empty when they name none.
  std::string profile;
};

// The mode word starting at token i: a flight number ("BA117"), a train's name ("the Vivek Express"),
// the longest mode phrase of the cues, or a form of a one-word mode word ("ferries", "walkers").
// The caller passes over what is no mode word in its context (a date, a place's name).
std::optional<ModeWordAt> mode_word_at(const Tokens& tokens, std::size_t i);

// The mode a short phrase names, as a user types it: its last mode word not merely suggesting one (the
// head of the phrase: "express bus" is a bus, "sleeper train" a train), else its last weak one; nullopt
// when it names none. `word` is the mode word as written ("ferry", "TGV").
struct ModeNamed {
  std::string mode, word;
  std::string profile;  // ModeWordAt::profile of the word
};
std::optional<ModeNamed> mode_named_in(std::string_view phrase);

}  // namespace routecheck::article
