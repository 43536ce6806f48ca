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
