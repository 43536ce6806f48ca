"""The Python module over the facade: typed results, to_dict(), errors as exceptions (pytest, from ctest)."""
import threading

import pytest

import routecheck


def test_geocode_has_typed_candidates():
    result = routecheck.geocode("Vladivostok", limit=3)
    assert result.found
    assert result.candidates[0].place.country_code == "RU"
    assert result.to_dict()["candidates"][0]["country_code"] == "RU"


def test_check_returns_fields_and_the_cli_json():
    r = routecheck.check("Pyongyang", "Vladivostok", mode="rail", distance="683 miles",
                         speed="about 37 mph", duration="about 20 hours")
    assert r.verdict == routecheck.Verdict.plausible
    assert r.route.places[0].country_code == "KP"
    assert 1099 < r.claimed_distance_km < 1100
    assert r.to_dict()["verdict"] == "plausible"
    assert "distance_speed_duration" in [rel.id for rel in r.relations]


def test_unknown_place_is_an_input_error_with_the_cli_message():
    with pytest.raises(routecheck.InputError, match="Atlantisville"):
        routecheck.check("Atlantisville", "Vladivostok", distance="10 km")


def test_missing_gazetteer_is_an_input_error():
    with pytest.raises(routecheck.InputError, match="no such file"):
        routecheck.Checker(base_gazetteer="/nonexistent/gazetteer.gpkg")


def test_an_error_on_a_long_bad_input_is_one_short_line():
    # Issue 30: a message is made one line by the CLI's own function (routecheck::message_line): a 3 kB path
    # with an escape character and a newline in it gives one short line, its control characters escaped.
    path = "/nonexistent/\x1b[31m" + ("x" * 200 + "/") * 15 + "\nsecond line/gazetteer.gpkg"
    with pytest.raises(routecheck.InputError) as raised:
        routecheck.Checker(gazetteers=[path])
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message
    assert len(message.encode()) <= 400
    assert message.startswith("gazetteer '/nonexistent/\\x1b[31m") and message.endswith("no such file")


def test_calls_from_threads_agree():
    # The GIL is released in check(): threads share one Checker, whose calls take turns.
    checker = routecheck.Checker()
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(
        checker.check("Seoul", "Busan", mode="road", distance="400 km").verdict)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 4 and len(set(answers)) == 1


def test_route_has_legs_and_a_geodesic_geometry():
    r = routecheck.route(["Seoul", "Daejeon", "Busan"], mode="road")
    assert [p.country_code for p in r.route.places] == ["KR", "KR", "KR"]
    assert len(r.route.legs) == 2
    assert r.route.geodesic_km == pytest.approx(sum(leg.geodesic_km for leg in r.route.legs))
    g = r.route.geometry
    assert g["type"] == "LineString"
    first, last = g["coordinates"][0], g["coordinates"][-1]
    assert first == pytest.approx((r.route.places[0].lon, r.route.places[0].lat))
    assert last == pytest.approx((r.route.places[-1].lon, r.route.places[-1].lat))
    assert r.to_dict()["mode"] == "road"


def test_long_leg_geometry_follows_the_geodesic():
    # Over the Pacific the geodesic bends north of the straight line in lon/lat; a line of two vertices
    # would not. Longitudes stay continuous over the antimeridian.
    r = routecheck.route(["Tokyo", "San Francisco"])
    coords = r.route.geometry["coordinates"]
    assert len(coords) > 100
    assert max(lat for _, lat in coords) > max(r.route.places[0].lat, r.route.places[1].lat) + 5
    assert all(abs(b[0] - a[0]) < 10 for a, b in zip(coords, coords[1:]))


def test_check_is_a_geojson_feature():
    r = routecheck.check("Pyongyang", "Vladivostok", mode="rail", distance="683 miles")
    f = r.__geo_interface__
    assert f["type"] == "Feature" and f["geometry"]["type"] == "LineString"
    assert f["properties"]["verdict"] == r.verdict.name
    assert f["properties"]["claimed_distance_km"] == pytest.approx(r.claimed_distance_km)
    place = r.route.places[0].__geo_interface__
    assert place["geometry"]["coordinates"] == pytest.approx((r.route.places[0].lon, r.route.places[0].lat))


def test_read_article_returns_trips_with_attributes():
    text = ("The new express now links Seoul and Busan. The train covers the 400 km from Seoul to Busan "
            "in about 2 hours 40 minutes.")
    story = routecheck.read_article(text)
    assert story.trips, story.to_dict()
    trip = story.trips[0]
    assert {trip.check.route.places[0].name, trip.check.route.places[-1].name} >= {"Seoul"}
    assert any(p.place.country_code == "KR" for p in story.places)
    d = story.to_dict()
    assert len(d["claims"]) == len(story.trips)
    fc = story.__geo_interface__
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(story.trips)


def test_errors_carry_the_cli_line():
    # The same input at the CLI prints "routecheck: " and the very message the exception carries.
    import os
    import subprocess
    cli = os.environ.get("ROUTECHECK_CLI")
    if not cli:
        pytest.skip("ROUTECHECK_CLI is not set (ctest sets it to the built binary)")
    with pytest.raises(routecheck.InputError) as raised:
        routecheck.check("Pyongyang", "Vladivostok", distance="683 furlongs per fortnight")
    run = subprocess.run([cli, "check", "--from", "Pyongyang", "--to", "Vladivostok", "--distance",
                          "683 furlongs per fortnight"], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip() == "routecheck: " + str(raised.value)


def test_geopandas_reads_the_features():
    gpd = pytest.importorskip("geopandas", reason="geopandas is not installed (Debian python3-geopandas)")
    results = [routecheck.check("Pyongyang", "Vladivostok", mode="rail", distance="683 miles"),
               routecheck.check("Seoul", "Busan", mode="road", distance="400 km")]
    gdf = gpd.GeoDataFrame.from_features(results, crs="EPSG:4326")
    assert list(gdf.verdict) == [r.verdict.name for r in results]
    assert gdf.geometry.geom_type.tolist() == ["LineString", "LineString"]
    story = routecheck.read_article("The train covers the 400 km from Seoul to Busan in about 2 hours 40 minutes.")
    assert len(gpd.GeoDataFrame.from_features(story)) == len(story.trips)


def test_a_feed_line_is_the_cli_json_with_its_id():
    # The feed writes the library's JSON text with the id put first: byte for byte what `article --json`
    # prints for the story (countries included; `article --batch` leaves them null, as tables do).
    import json
    import os
    import subprocess
    from routecheck import feed
    cli = os.environ.get("ROUTECHECK_CLI")
    if not cli:
        pytest.skip("ROUTECHECK_CLI is not set (ctest sets it to the built binary)")
    checker = routecheck.Checker()
    for story_id, text in [("s-1", "The train covers the 400 km from Seoul to Busan in about 2 hours 40 minutes."),
                           ("s-2", "Nothing here travels anywhere.")]:
        story = checker.read_article(text)
        assert json.loads(story.to_json()) == story.to_dict()
        run = subprocess.run([cli, "article", "-", "--json"], capture_output=True, text=True, input=text)
        line, bad = feed.story_line(checker, story_id, text)
        assert not bad and line == '{"id":"' + story_id + '",' + run.stdout.strip()[1:]
