// Article -> plain text: Markdown and simple HTML markup blanked out with spaces, so every byte keeps its
// offset and positions found in the plain text are positions in the original.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace routecheck::article {

// Tags, comments, script and style contents, character entities (the character, then spaces),
// Markdown emphasis, headings, list markers, link targets and code fences. Throws InputError for text
// that is not UTF-8.
std::string plain_text(std::string original);

// Code points before a byte offset: the "character offsets" reports give. Counts are kept every
// kStrideBytes, so each lookup costs at most one stride whatever the text's length (counting from the
// start for every mention was quadratic on long texts).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::size_t offset(std::size_t byte_offset) const;

 private:
  static constexpr std::size_t kStrideBytes = 4096;
  std::string_view text_;
  std::vector<std::size_t> before_stride_;  // code points before byte i * kStrideBytes
};

}  // namespace routecheck::article
