// The routecheck_gdal module: the GDAL-backed stages exported through one C entry point.
#include <cpl_error.h>

#include "gdal_module/gdal_backend.hpp"

namespace {

class Backend final : public routecheck::GdalBackend {
 public:
  routecheck::gazetteer::BuildReport build_gazetteer(
      const routecheck::gazetteer::BuildOptions& options) const override {
    return routecheck::gazetteer::build_gazetteer(options);
  }
  routecheck::gazetteer::BuildReport import_places(
      const routecheck::gazetteer::ImportOptions& options) const override {
    return routecheck::gazetteer::import_places(options);
  }
  void write_layers(const routecheck::layers::LayerSet& set, const std::vector<std::string>& outputs,
                    const routecheck::layers::WriteOptions& options) const override {
    routecheck::layers::write_layers(set, outputs, options);
  }
  void draw_map(const routecheck::layers::LayerSet& set, const std::string& gazetteer_path, const std::string& svg_path,
                const routecheck::layers::WriteOptions& options) const override {
    routecheck::layers::draw_map(set, gazetteer_path, svg_path, options);
  }
  void export_gazetteer(const std::string& gazetteer_path, const std::string& out_path,
                        const routecheck::layers::WriteOptions& options) const override {
    routecheck::layers::export_gazetteer(gazetteer_path, out_path, options);
  }
  routecheck::networks::NetworkBuildReport build_network(
      const routecheck::networks::NetworkBuildOptions& options) const override {
    return routecheck::networks::build_network(options);
  }
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const routecheck::GdalBackend* routecheck_gdal_backend_v7() {
  // GDAL prints "ERROR 1: ..." to stderr by default, before and beside routecheck's own line; every stage
  // that calls GDAL reads CPLGetLastErrorMsg() and says what failed in its own words instead.
  static const Backend backend = [] {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return Backend();
  }();
  return &backend;
}
