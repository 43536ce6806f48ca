"""Opens routecheck's layers in real QGIS (Debian's python3-qgis, headless) the way a user does, and
checks what they see: valid layers, feature counts, EPSG:4326, and routecheck's stored styles applied
(GeoPackage layer_styles; .qml beside GeoJSON). Usage: open_layers.py STEM EXPECTED_COUNTS_JSON
Run with /usr/bin/python3 and QT_QPA_PLATFORM=offscreen."""
import json
import sys

from qgis.core import QgsApplication, QgsVectorLayer

STYLES = {  # layer -> (renderer type, classification attribute or None, labels on)
    "places": ("categorizedSymbol", "role", True),
    "legs": ("categorizedSymbol", "verdict", False),
    "route": ("categorizedSymbol", "verdict", False),
    "border_crossings": ("singleSymbol", None, True),
    "network_points": ("categorizedSymbol", "kind", True),
}


def check(layer, name, expected_count, where, failures):
    def fail(what):
        failures.append(f"{where} {name}: {what}")
    if not layer.isValid():
        fail("not valid")
        return
    if layer.featureCount() != expected_count:
        fail(f"{layer.featureCount()} features, expected {expected_count}")
    if layer.crs().authid() != "EPSG:4326":
        fail(f"CRS {layer.crs().authid()}, expected EPSG:4326")
    renderer_type, attribute, labels = STYLES[name]
    renderer = layer.renderer()
    if renderer.type() != renderer_type:
        fail(f"renderer {renderer.type()}, expected {renderer_type}: the stored style was not applied")
    elif attribute and renderer.classAttribute() != attribute:
        fail(f"classified by {renderer.classAttribute()}, expected {attribute}")
    if layer.labelsEnabled() != labels:
        fail(f"labels {'on' if layer.labelsEnabled() else 'off'}, expected {'on' if labels else 'off'}")


def main():
    stem, counts = sys.argv[1], json.loads(sys.argv[2])
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    failures, passed, failed = [], 0, 0
    for name, count in counts.items():
        for where, uri in (("GeoPackage", f"{stem}.gpkg|layername={name}"), ("GeoJSON", f"{stem}.{name}.geojson")):
            before = len(failures)
            check(QgsVectorLayer(uri, name, "ogr"), name, count, where, failures)
            passed, failed = (passed + 1, failed) if len(failures) == before else (passed, failed + 1)
    app.exitQgis()
    for f in failures:
        print("FAIL:", f)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
