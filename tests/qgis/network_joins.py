"""Joins a routecheck network file's layers in real QGIS the way an analyst does (Layer Properties ->
Joins: edges.from_node and edges.to_node to nodes.fid, stations.node to nodes.fid) and checks that every
join lands on the right node: the joined node's lat/lon is the edge's end vertex, a station's node lies
near it. Also: OSM ids on nodes and edges, NULL (not 0) for a way without maxspeed.
Usage: network_joins.py NETWORK.gpkg   (run with /usr/bin/python3 and QT_QPA_PLATFORM=offscreen)"""
import math
import os
import sys

from qgis.core import NULL, QgsApplication, QgsVectorLayer, QgsVectorLayerJoinInfo


def is_null(value):
    """QGIS gives NULL attributes as its NULL QVariant (or None, by version)."""
    return value is None or value == NULL


def main():
    path = sys.argv[1]
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    failures = []
    nodes = QgsVectorLayer(f"{path}|layername=nodes", "nodes", "ogr")
    edges = QgsVectorLayer(f"{path}|layername=edges", "edges", "ogr")
    stations = QgsVectorLayer(f"{path}|layername=stations", "stations", "ogr")
    for layer in (nodes, edges, stations):
        if not layer.isValid():
            failures.append(f"{layer.name()}: not valid")

    def join(layer, field, prefix):
        info = QgsVectorLayerJoinInfo()
        info.setJoinLayer(nodes)
        info.setJoinFieldName("fid")
        info.setTargetFieldName(field)
        info.setPrefix(prefix)
        info.setUsingMemoryCache(True)
        info.setJoinFieldNamesSubset(["lat", "lon", "osm_node_id"])
        if not layer.addJoin(info):
            failures.append(f"{layer.name()}: join on {field} refused")

    if not failures:
        join(edges, "from_node", "from_")
        join(edges, "to_node", "to_")
        join(stations, "node", "node_")
        checked = 0
        for e in edges.getFeatures():
            line = e.geometry().asPolyline() or e.geometry().asMultiPolyline()[0]
            for prefix, vertex in (("from_", line[0]), ("to_", line[-1])):
                lat, lon = e[prefix + "lat"], e[prefix + "lon"]
                if is_null(lat) or abs(lat - vertex.y()) > 1e-9 or abs(lon - vertex.x()) > 1e-9:
                    failures.append(f"edge {e.id()}: {prefix}node joins ({lat}, {lon}), the edge has ({vertex.y()}, {vertex.x()})")
                if is_null(e[prefix + "osm_node_id"]) or e[prefix + "osm_node_id"] == 0:
                    failures.append(f"edge {e.id()}: {prefix}node has no OSM id")
                checked += 1
            if is_null(e["osm_way_id"]) or e["osm_way_id"] == 0:
                failures.append(f"edge {e.id()}: no osm_way_id")
            speed = e["maxspeed_kmh"]
            if not is_null(speed) and not speed > 0:
                failures.append(f"edge {e.id()}: maxspeed_kmh {speed}: a missing limit must be NULL")
        for s in stations.getFeatures():
            p = s.geometry().asPoint()
            lat, lon = s["node_lat"], s["node_lon"]
            km = None if is_null(lat) else math.hypot(lat - p.y(), (lon - p.x()) * math.cos(math.radians(p.y()))) * 111.2
            if km is None or km > 3:
                failures.append(f"station {s['name']}: joined node {km} km away")
            checked += 1
        if checked == 0:
            failures.append("nothing joined")
        print(f"{checked} joins checked")
    for f in failures[:20]:
        print("FAIL:", f)
    sys.stdout.flush()
    # Debian's QGIS crashes tearing down layers joined outside a project (in exitQgis or at interpreter
    # exit): the checks are done, so leave without the teardown.
    os._exit(1 if failures else 0)


if __name__ == "__main__":
    main()
