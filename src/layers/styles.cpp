// QML for QGIS 3: categorized renderers (lines by verdict, places by role), simple labels on places.
#include "layers/styles.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

namespace routecheck::layers {
namespace {

// ColorBrewer RdYlGn, reversed: green for consistent through red for inconsistent; grey for no verdict.
const std::vector<std::pair<std::string, const char*>> kVerdictColours{
    {"consistent", "26,150,65"}, {"plausible", "102,189,99"}, {"unverifiable", "150,150,150"},
    {"suspicious", "253,174,97"}, {"inconsistent", "215,25,28"}, {"", "49,54,149"}};

constexpr const char* kHeader = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";

std::string option(const char* name, const std::string& value) {
  return fmt::format("<Option type=\"QString\" name=\"{}\" value=\"{}\"/>", name, value);
}

std::string line_symbol(int index, const std::string& rgb, double width_mm) {
  return fmt::format(
      "<symbol type=\"line\" name=\"{}\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
      "<layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">{}{}{}{}{}{}</Option></layer>"
      "</symbol>\n",
      index, option("line_color", rgb + ",255"), option("line_style", "solid"), option("line_width", fmt::format("{}", width_mm)),
      option("line_width_unit", "MM"), option("capstyle", "round"), option("joinstyle", "round"));
}

std::string marker_symbol(int index, const char* shape, const std::string& rgb, double size_mm) {
  return fmt::format(
      "<symbol type=\"marker\" name=\"{}\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
      "<layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">{}{}{}{}{}{}{}</Option></layer>"
      "</symbol>\n",
      index, option("name", shape), option("color", rgb + ",255"), option("outline_color", "35,35,35,255"),
      option("outline_width", "0.3"), option("outline_width_unit", "MM"), option("size", fmt::format("{}", size_mm)),
      option("size_unit", "MM"));
}

std::string categorized(const char* attribute, const std::vector<std::pair<std::string, std::string>>& categories,
                        const std::vector<std::string>& symbols) {
  std::string out = fmt::format(
      "<renderer-v2 type=\"categorizedSymbol\" attr=\"{}\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\" "
      "referencescale=\"-1\">\n<categories>\n",
      attribute);
  for (std::size_t i = 0; i < categories.size(); ++i)
    out += fmt::format("<category render=\"true\" value=\"{}\" symbol=\"{}\" label=\"{}\"/>\n", categories[i].first, i,
                       categories[i].second);
  out += "</categories>\n<symbols>\n";
  for (const std::string& s : symbols) out += s;
  return out + "</symbols>\n</renderer-v2>\n";
}

std::string labels(const char* field_or_expression, bool expression) {
  return fmt::format(
      "<labeling type=\"simple\"><settings calloutType=\"simple\">"
      "<text-style fieldName=\"{}\" isExpression=\"{}\" fontSize=\"9\" fontSizeUnit=\"Point\" textColor=\"20,20,20,255\" "
      "textOpacity=\"1\" fontWeight=\"63\" namedStyle=\"Bold\">"
      "<text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferSizeUnits=\"MM\" bufferColor=\"255,255,255,255\" "
      "bufferOpacity=\"0.9\" bufferJoinStyle=\"128\"/></text-style>"
      "<placement placement=\"6\" dist=\"1.5\" distUnits=\"MM\" quadOffset=\"2\" priority=\"5\"/>"
      "<rendering drawLabels=\"1\" obstacle=\"1\" scaleVisibility=\"0\" upsidedownLabels=\"0\"/>"
      "</settings></labeling>\n",
      field_or_expression, expression ? 1 : 0);
}

}  // namespace

const char* verdict_rgb(const std::string& verdict) {
  for (const auto& [name, rgb] : kVerdictColours)
    if (name == verdict) return rgb;
  return kVerdictColours.back().second;
}

std::string qml_style(const Layer& layer) {
  std::string body;
  bool with_labels = false;
  if (layer.name == "legs" || layer.name == "route") {
    std::vector<std::pair<std::string, std::string>> categories;
    std::vector<std::string> symbols;
    const double width = layer.name == "route" ? 1.2 : 0.8;
    for (const auto& [verdict, rgb] : kVerdictColours) {
      categories.emplace_back(verdict, verdict.empty() ? "no claim checked" : verdict);
      symbols.push_back(line_symbol(static_cast<int>(symbols.size()), rgb, width));
    }
    body = categorized("verdict", categories, symbols);
  } else if (layer.name == "places") {
    body = categorized("role", {{"origin", "origin"}, {"via", "via"}, {"destination", "destination"}},
                       {marker_symbol(0, "circle", "26,150,65", 3.2), marker_symbol(1, "circle", "240,240,240", 2.4),
                        marker_symbol(2, "square", "215,25,28", 3.2)});
    body += labels("name", false);
    with_labels = true;
  } else if (layer.name == "network_points") {
    body = categorized("kind", {{"joins network", "joins network"}, {"leaves network", "leaves network"},
                                {"gauge change", "gauge change"}},
                       {marker_symbol(0, "triangle", "43,131,186", 2.6), marker_symbol(1, "triangle", "43,131,186", 2.6),
                        marker_symbol(2, "cross2", "215,25,28", 3.4)});
    body += labels("coalesce(&quot;detail&quot;, &quot;name&quot;)", true);
    with_labels = true;
  } else {  // border_crossings
    body = "<renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\" "
           "referencescale=\"-1\">\n<symbols>\n" +
           marker_symbol(0, "diamond", "255,221,0", 3.0) + "</symbols>\n</renderer-v2>\n";
    body += labels("coalesce(&quot;from_country&quot;, '') || ' → ' || coalesce(&quot;to_country&quot;, '')", true);
    with_labels = true;
  }
  return fmt::format("{}<qgis version=\"3.22.16\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"{}\">\n{}"
                     "<layerGeometryType>{}</layerGeometryType>\n</qgis>\n",
                     kHeader, with_labels ? 1 : 0, body, layer.geometry == GeometryKind::point ? 0 : 1);
}

}  // namespace routecheck::layers
