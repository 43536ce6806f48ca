"""pandas helpers: a DataFrame of claims checked and a Series of names geocoded, bad rows as error rows."""
import pytest

pd = pytest.importorskip("pandas", reason="pandas is not installed (tools/setup test installs python3-pandas)")

import routecheck  # noqa: E402
from routecheck import frames  # noqa: E402


def claims():
    return pd.DataFrame({
        "story_id": ["a-1", "b-2", "c-3", "d-4"],
        "from": ["Pyongyang", "Atlantisville", "Seoul", "Seoul"],
        "to": ["Vladivostok", "Busan", "Busan", "Busan"],
        "via": ["Khasan", None, "", "Daejeon"],
        "distance": ["683 miles", "10 km", "twelve bananas", "400 km"],
        "mode": ["rail", "rail", "road", "road"],
        "editor_note": ["check the line", float("nan"), "x", None],
        "verdict": ["ok?", "", "", ""],  # the newsroom's own column of that name
    }, index=pd.Index([10, 11, 12, 13], name="row"))


def test_check_frame_passes_columns_and_keeps_bad_rows():
    df = claims()
    out = routecheck.check_frame(df)
    assert out.index.equals(df.index)
    pd.testing.assert_frame_equal(out[df.columns], df)  # the table's own columns, untouched
    assert out.columns.tolist()[len(df.columns):][:4] == ["from_place", "from_country", "from_lat", "from_lon"]
    assert "verdict_routecheck" in out.columns
    assert out.loc[10, "from_country"] == "KP" and out.loc[10, "to_country"] == "RU"
    assert out.loc[10, "claimed_km"] == pytest.approx(1099.2, abs=0.1)
    assert out.loc[10, "verdict_routecheck"] in {"consistent", "plausible", "suspicious", "inconsistent", "unverifiable"}
    # An unknown place and an unreadable figure: error rows, the others checked.
    assert out.loc[11, "verdict_routecheck"] == "error" and "Atlantisville" in out.loc[11, "error"]
    assert out.loc[12, "verdict_routecheck"] == "error" and "bananas" in out.loc[12, "error"]
    assert out.loc[13, "error"] is None and out.loc[13, "geodesic_km"] > out.loc[13, "claimed_km"] * 0.5


def test_check_frame_agrees_with_check():
    df = claims().iloc[[0]]
    row = routecheck.check_frame(df).iloc[0]
    r = routecheck.check("Pyongyang", "Vladivostok", via=["Khasan"], distance="683 miles", mode="rail")
    assert row["verdict_routecheck"] == r.verdict.name
    assert row["geodesic_km"] == pytest.approx(r.route.geodesic_km)
    assert row["geometry"] == r.geometry


def test_check_frame_needs_from_and_to():
    with pytest.raises(ValueError, match="'from' and 'to'"):
        routecheck.check_frame(pd.DataFrame({"from": ["Seoul"]}))


# Trial P: a filter that matched nothing raised pandas' own error; notes came twice in Python.
def test_check_frame_of_no_rows_is_an_empty_result():
    df = pd.DataFrame({"from": ["Seoul", "Lyon"], "to": ["Busan", "Paris"], "mode": ["rail", "rail"]})
    for empty in (df[df["mode"] == "ferry"], pd.DataFrame(columns=["from", "to", "distance"])):
        out = routecheck.check_frame(empty)
        assert len(out) == 0
        assert list(out.columns[-len(frames.RESULT_COLUMNS):]) == list(frames.RESULT_COLUMNS)
        assert out["geodesic_km"].dtype == "float64"


def test_notes_are_given_once():
    r = routecheck.check("Seoul", "Busan", mode="KTX", distance="ca. 417 km")
    assert r.notes == r.to_dict()["notes"]
    assert len(r.notes) == len(set(r.notes))
    row = routecheck.check_frame(pd.DataFrame({"from": ["Seoul"], "to": ["Busan"], "mode": ["KTX"], "distance": ["ca. 417 km"]})).iloc[0]
    assert row["notes"] == " | ".join(r.notes)


def test_geocode_series_one_row_per_candidate_and_errors_as_rows():
    names = pd.Series(["Vladivostok", "Atlantisville", "", "Busan"], index=["w", "x", "y", "z"])
    out = routecheck.geocode_series(names, limit=2)
    assert out.loc[["w"], "rank"].tolist() == [1, 2]
    assert out.loc["w"].iloc[0]["country_code"] == "RU"
    assert not out.loc["x", "found"] and out.loc["x", "error"] is None
    assert not out.loc["y", "found"] and out.loc["y", "error"]  # an empty name: an error row
    assert out.loc[["z"]].iloc[0]["country_code"] == "KR"
    assert out.loc[["z"]].iloc[0]["geometry"]["type"] == "Point"
