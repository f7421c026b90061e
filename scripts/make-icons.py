#!/usr/bin/env python3
"""Draws the theme's home-screen icons, templates/assets/icon-192.png and
icon-512.png, from the shapes of templates/assets/icon.svg (a page with a tick
on the accent blue), with no library: each pixel is the share of 8 x 8 samples
inside each shape, written as an 8-bit RGB PNG (zlib level 9). The same script
gives the same bytes, so the files are committed and this is run only when
the icon changes: python3 scripts/make-icons.py"""
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACCENT, PAGE = (0x1F, 0x5F, 0xBF), (0xFF, 0xFF, 0xFF)
# In the SVG's 512-unit square: the page (x, y, width, height, corner radius) and the tick (points, stroke width).
SHEET = (144, 104, 224, 304, 28)
TICK, TICK_WIDTH = [(196, 266), (242, 312), (324, 210)], 40


def in_rounded(x, y, box):
    left, top, width, height, radius = box
    cx = min(max(x, left + radius), left + width - radius)
    cy = min(max(y, top + radius), top + height - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_tick(x, y):
    for (ax, ay), (bx, by) in zip(TICK, TICK[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (TICK_WIDTH / 2) ** 2:
            return True
    return False


def colour(x, y):
    if in_rounded(x, y, SHEET):
        return ACCENT if near_tick(x, y) else PAGE
    return ACCENT


def png(size, samples=8):
    scale = 512 / size
    rows = bytearray()
    for row in range(size):
        rows.append(0)  # filter: none
        for column in range(size):
            total = [0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    rgb = colour((column + (sx + 0.5) / samples) * scale, (row + (sy + 0.5) / samples) * scale)
                    for i in range(3):
                        total[i] += rgb[i]
            rows += bytes(round(value / samples ** 2) for value in total)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")


for size in (192, 512):
    (ROOT / "templates" / "assets" / f"icon-{size}.png").write_bytes(png(size))
