// A map written to a file: the SVG of layers/svg_map.hpp as it is, or drawn as a PNG by librsvg onto a
// cairo surface (GDAL module: librsvg and its libraries are not worth loading for a page, which inlines
// the SVG).
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "layers/layer_output.hpp"
#include "layers/svg_map.hpp"

namespace fs = std::filesystem;

namespace routecheck::layers {
namespace {

// The SVG drawn as a PNG at its own size (1 px a unit) on white, by librsvg onto a cairo image surface.
std::string svg_to_png(const std::string& svg, const std::string& path) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, void (*)(gpointer)> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error), g_object_unref);
  const auto fail = [&](const std::string& why) -> std::string {
    throw InputError("--map '" + path + "': cannot draw the PNG: " + why);
  };
  if (!handle) {
    const std::string why = error ? error->message : "librsvg refused the map";
    if (error) g_error_free(error);
    return fail(why);
  }
  gdouble width = 0, height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height) || width < 1 || height < 1)
    return fail("the map has no size");
  std::unique_ptr<cairo_surface_t, void (*)(cairo_surface_t*)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height))),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, void (*)(cairo_t*)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, width, height};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
    const std::string why = error ? error->message : "librsvg could not render the map";
    if (error) g_error_free(error);
    return fail(why);
  }
  std::string png;
  const cairo_status_t status = cairo_surface_write_to_png_stream(
      surface.get(),
      [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
      },
      &png);
  if (status != CAIRO_STATUS_SUCCESS) return fail(cairo_status_to_string(status));
  return png;
}

}  // namespace

void draw_map(const LayerSet& set, const std::string& gazetteer_path, const std::string& map_path,
              const WriteOptions& options) {
  const std::string extension = fs::path(map_path).extension().string();
  if (extension != ".svg" && extension != ".png")
    throw InputError("--map '" + map_path + "': write an .svg or a .png file");
  if (fs::exists(map_path) && !options.overwrite) throw InputError("'" + map_path + "' exists: use --overwrite to replace it");
  const std::string svg = map_svg(set, gazetteer_path);
  TempFile temp(map_path);
  temp.write(extension == ".png" ? svg_to_png(svg, map_path) : svg);
  temp.commit();
}

}  // namespace routecheck::layers
