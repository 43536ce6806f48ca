// ICU-backed folding of place names into lookup keys. ASCII names, by far the most common in news
// text, take a fast path that never touches ICU, so a lookup costs well under a microsecond here.
#include "gazetteer/name_key.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace routecheck::gazetteer {
namespace {

enum class Fold { drop, space, keep };

// Punctuation news writes inside names: apostrophes and periods vanish ("Xi'an", "U.S."),
// separators become a space ("Winston-Salem", "Washington, D.C.").
Fold classify(UChar32 c) {
  switch (c) {
    case '\'': case '.': case '`': case 0x00B4: case 0x2018: case 0x2019: case 0x201B:
    case 0x02BB: case 0x02BC: case 0x02B9: case 0x02BE: case 0x02BF: case 0x2032:
      return Fold::drop;
    case ' ': case '\t': case '\n': case '\r': case '-': case ',': case '/': case '_':
    case '(': case ')': case '"': case ';': case ':': case 0x00A0: case 0x2010: case 0x2011:
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0x201C: case 0x201D:
    case 0x3000:
      return Fold::space;
    default:
      return Fold::keep;
  }
}

// Appends a code point or a single space (never two, never leading).
void append_folded(std::string& out, UChar32 c) {
  switch (classify(c)) {
    case Fold::drop: return;
    case Fold::space:
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      return;
    case Fold::keep: break;
  }
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  } else {
    icu::UnicodeString one(c);
    one.toUTF8String(out);
  }
}

void trim_trailing_space(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

// ICU objects that are costly to create: made once, on first non-ASCII name. The transliterators most of
// all (ICU builds its whole registry of them first: about 16 ms, more than the rest of a process that
// looks up a name), so Latin-ASCII is made only for a name that needs it (see fold_unicode).
struct IcuFolding {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  std::unique_ptr<icu::Transliterator> latin_ascii_;  // only touches Latin letters; made on first use
  std::unique_ptr<icu::Transliterator> any_latin_ascii;
  std::mutex any_latin_mutex;                          // Transliterator::transliterate is not const-safe
  std::mutex latin_mutex;                              // held around latin_ascii() and its use

  IcuFolding() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) nfkc_casefold = nullptr;
    status = U_ZERO_ERROR;
    nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) nfd = nullptr;
  }

  icu::Transliterator* latin_ascii() {
    if (!latin_ascii_) {
      UErrorCode status = U_ZERO_ERROR;
      latin_ascii_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
      if (U_FAILURE(status)) latin_ascii_.reset();
    }
    return latin_ascii_.get();
  }

  icu::Transliterator* any_latin() {
    if (!any_latin_ascii) {
      UErrorCode status = U_ZERO_ERROR;
      any_latin_ascii.reset(
          icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
      if (U_FAILURE(status)) any_latin_ascii.reset();
    }
    return any_latin_ascii.get();
  }
};

IcuFolding& icu_folding() {
  static IcuFolding folding;
  return folding;
}

// Marks dropped from the key: those on Latin letters (the combining diacritics block and below).
bool dropped_mark(UChar32 c) { return u_charType(c) == U_NON_SPACING_MARK && c < 0x0370; }

// Whether `text`, decomposed, is ASCII with dropped marks on ASCII letters only ("zürich", "kraków"): for
// such text Latin-ASCII gives what decomposing and dropping the marks gives (name_key_test checks every
// code point below U+3400), so the transliterator need not be made. A mark on anything else ("≠" is "="
// with a stroke) is the transliterator's to read.
bool ascii_with_marks(const icu::UnicodeString& decomposed) {
  UChar32 base = 0;  // the last code point that is not a mark
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      base = c;
    } else if (!dropped_mark(c) || !((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z'))) {
      return false;
    }
  }
  return true;
}

std::string fold_unicode(icu::UnicodeString text, bool always_transliterate = false) {
  IcuFolding& icu = icu_folding();
  UErrorCode status = U_ZERO_ERROR;
  if (icu.nfkc_casefold) {
    icu::UnicodeString folded = icu.nfkc_casefold->normalize(text, status);
    if (U_SUCCESS(status)) text = folded;
  }
  bool transliterate = true;
  if (icu.nfd && !always_transliterate) {
    status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = icu.nfd->normalize(text, status);
    if (U_SUCCESS(status) && ascii_with_marks(decomposed)) {
      text = std::move(decomposed);
      transliterate = false;
    }
  }
  if (transliterate) {
    std::lock_guard<std::mutex> lock(icu.latin_mutex);
    if (icu::Transliterator* t = icu.latin_ascii()) t->transliterate(text);
  }
  // Latin-ASCII may reintroduce capitals (e.g. from "ǅ"); fold once more, cheaply.
  text.foldCase();
  std::string out;
  out.reserve(static_cast<std::size_t>(text.length()));
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    // Marks left on Latin letters after transliteration carry no meaning for matching.
    if (dropped_mark(c)) continue;
    append_folded(out, c);
  }
  trim_trailing_space(out);
  return out;
}

}  // namespace

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

std::size_t code_point_count(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string name_key(std::string_view utf8_name) {
  if (is_ascii(utf8_name)) {
    std::string out;
    out.reserve(utf8_name.size());
    for (char c : utf8_name) append_folded(out, static_cast<unsigned char>(c));
    trim_trailing_space(out);
    return out;
  }
  return fold_unicode(icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_name.data(), static_cast<int32_t>(utf8_name.size()))));
}

std::string name_key_by_transliterator(std::string_view utf8_name) {
  return fold_unicode(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8_name.data(), static_cast<int32_t>(utf8_name.size()))),
                      /*always_transliterate=*/true);
}

std::string transliterated_key(std::string_view utf8_name) {
  IcuFolding& icu = icu_folding();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_name.data(), static_cast<int32_t>(utf8_name.size())));
  {
    std::lock_guard<std::mutex> lock(icu.any_latin_mutex);
    if (icu::Transliterator* t = icu.any_latin()) t->transliterate(text);
  }
  return fold_unicode(std::move(text));
}

}  // namespace routecheck::gazetteer
