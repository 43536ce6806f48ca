// Article -> plain text: Markdown and simple HTML markup blanked out with spaces, so every byte keeps its
// offset and positions found in the plain text are positions in the original.
#pragma once
#include <string>
#include <string_view>

namespace routecheck::article {

// Tags, comments, script and style contents, character entities (the character, then spaces),
// Markdown emphasis, headings, list markers, link targets and code fences. Throws InputError for text
// that is not UTF-8.
std::string plain_text(std::string_view original);

// Code points before a byte offset: the "character offsets" reports give.
std::size_t code_point_offset(std::string_view text, std::size_t byte_offset);

}  // namespace routecheck::article
