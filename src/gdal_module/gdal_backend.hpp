// Everything that needs GDAL (and through it PROJ) sits behind this interface, in a module the CLI
// loads only when a command needs it. Linking GDAL costs ~38 ms at every process start here (114
// shared libraries); geocode's whole-process budget is 20 ms, so the CLI binary must not link it.
#pragma once
#include "gazetteer/builder.hpp"
#include "layers/layer_output.hpp"
#include "networks/network_gdal.hpp"

namespace routecheck {

class GdalBackend {
 public:
  virtual ~GdalBackend() = default;
  virtual gazetteer::BuildReport build_gazetteer(const gazetteer::BuildOptions& options) const = 0;
  virtual gazetteer::BuildReport import_places(const gazetteer::ImportOptions& options) const = 0;
  virtual void write_layers(const layers::LayerSet& set, const std::vector<std::string>& outputs,
                            const layers::WriteOptions& options) const = 0;
  virtual void draw_map(const layers::LayerSet& set, const std::string& gazetteer_path, const std::string& svg_path,
                        const layers::WriteOptions& options) const = 0;
  virtual void export_gazetteer(const std::string& gazetteer_path, const std::string& out_path,
                                const layers::WriteOptions& options) const = 0;
  virtual networks::NetworkBuildReport build_network(const networks::NetworkBuildOptions& options) const = 0;
};

// Loads the module at `path` on first use (once per path). Throws Error when it is missing or of another
// version. What the library calls, with the path of its configuration.
const GdalBackend& gdal_backend_at(const std::string& path);
// The CLI's module: $ROUTECHECK_GDAL_MODULE, else beside the executable, else the install directory
// (cli/gdal_module_path.cpp).
std::string gdal_module_path();
inline const GdalBackend& gdal_backend() { return gdal_backend_at(gdal_module_path()); }

}  // namespace routecheck

// The module's single entry point; the version in its name changes when GdalBackend does.
extern "C" const routecheck::GdalBackend* routecheck_gdal_backend_v7();
