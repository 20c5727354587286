"""The map of Poland's 16 voivodeships, drawn on the server as SVG paths.

The boundaries come from Natural Earth (public domain) via `data/voivodeships.geojson`. They are
projected once per process with a simple equirectangular projection scaled by cos(52°), then
simplified (Douglas–Peucker) to TOLERANCE map units: at most half a pixel where the map is drawn
600 px wide or narrower, and less than half the bytes (3,456 points become about 1,700). The
paths are cached because they never change. The catalogue's map and the quiz's "which
voivodeship?" question both draw them.
"""

import json
import math
from functools import lru_cache

from .importing import DATA_DIR

GEOJSON_FILE = DATA_DIR / "voivodeships.geojson"
WIDTH = 600.0
COS_LAT = math.cos(math.radians(52))
SHADES = 5
# Largest distance, in viewBox units (the map is WIDTH units wide), between a boundary and its
# simplified line.
TOLERANCE = 0.5


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
            xy = simplify([project(lon, lat) for lon, lat in ring], TOLERANCE)
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in xy) + "Z")
        label_x, label_y = _centroid([project(lon, lat) for lon, lat in polygon[0]])
        regions[teryt] = {"d": "".join(parts), "x": round(label_x, 1), "y": round(label_y, 1)}
    return regions, (WIDTH, height)


def simplify(points, tolerance):
    """The points of a line or closed ring without those closer than `tolerance` to the line
    through their neighbours (Douglas–Peucker); the first and last points always stay."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    spans = [(0, len(points) - 1)]
    while spans:
        first, last = spans.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            x, y = points[index]
            if length:
                gap = abs(dy * (x - x0) - dx * (y - y0)) / length
            else:  # a closed ring: measure from its first point
                gap = math.hypot(x - x0, y - y0)
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            spans += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


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
