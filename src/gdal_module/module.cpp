// The routecheck_gdal module: the GDAL-backed stages exported through one C entry point.
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
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const routecheck::GdalBackend* routecheck_gdal_backend_v1() {
  static const Backend backend;
  return &backend;
}
