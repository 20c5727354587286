"""The map of Poland's 16 voivodeships, drawn on the server as SVG paths.

The boundaries come from Natural Earth (public domain) via `data/voivodeships.geojson`. They are
projected once per process with a simple equirectangular projection scaled by cos(52°) and
never simplified; the paths are cached because they never change.
"""

import json
import math
from functools import lru_cache

from .importing import DATA_DIR

GEOJSON_FILE = DATA_DIR / "voivodeships.geojson"
WIDTH = 600.0
COS_LAT = math.cos(math.radians(52))
SHADES = 5


@lru_cache(maxsize=1)
def projected_regions():
    """{teryt: {"d": SVG path data, "x": label x, "y": label y}}, plus the viewBox size."""
    with open(GEOJSON_FILE, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    rings = {
        f["properties"]["teryt"]: f["geometry"]["coordinates"]
        for f in features
        if f["geometry"]["type"] == "Polygon"
    }
    points = [point for polygon in rings.values() for ring in polygon for point in ring]
    west = min(lon for lon, _lat in points)
    east = max(lon for lon, _lat in points)
    south = min(lat for _lon, lat in points)
    north = max(lat for _lon, lat in points)
    scale = WIDTH / ((east - west) * COS_LAT)
    height = round((north - south) * scale, 1)

    def project(lon, lat):
        return ((lon - west) * COS_LAT * scale, (north - lat) * scale)

    regions = {}
    for teryt, polygon in rings.items():
        parts = []
        for ring in polygon:
            xy = [project(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in xy) + "Z")
        label_x, label_y = _centroid([project(lon, lat) for lon, lat in polygon[0]])
        regions[teryt] = {"d": "".join(parts), "x": round(label_x, 1), "y": round(label_y, 1)}
    return regions, (WIDTH, height)


def _centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area *= 0.5
    if not area:
        return points[0]
    return cx / (6 * area), cy / (6 * area)


def shade_steps(counts):
    """Upper bounds of the shade classes for these counts (equal steps up to the maximum)."""
    top = max(counts, default=0)
    if top <= 0:
        return [0]
    step = max(1, math.ceil(top / SHADES))
    return [step * (index + 1) for index in range(SHADES)]


def shade_of(count, steps):
    if count <= 0:
        return 0
    for index, bound in enumerate(steps):
        if count <= bound:
            return index + 1
    return len(steps)


def map_context(regions, counts, url_for_region):
    """Everything the map template needs: regions with path, count, shade, link, legend."""
    paths, (width, height) = projected_regions()
    steps = shade_steps(counts.get(region.pk, 0) for region in regions)
    items = []
    for region in regions:
        count = counts.get(region.pk, 0)
        shape = paths.get(region.teryt)
        if shape is None:
            continue
        items.append(
            {
                "region": region,
                "count": count,
                "shade": shade_of(count, steps),
                "url": url_for_region(region),
                **shape,
            }
        )
    legend = []
    lower = 1
    for index, upper in enumerate(steps if steps != [0] else []):
        legend.append({"shade": index + 1, "low": lower, "high": upper})
        lower = upper + 1
    return {
        "regions": items,
        "width": width,
        "height": height,
        "legend": legend,
        "total": sum(item["count"] for item in items),
    }
