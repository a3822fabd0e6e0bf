#!/usr/bin/env python3
"""Renders milepost.svg to the app icon at every size the installers use.

Writes milepost-N.png (16 … 1024 px, for Linux desktops and the window), milepost.ico (Windows, PNG entries
16 … 256 px) and milepost.icns (macOS, PNG entries 16 … 1024 px). Needs rsvg-convert (Debian: librsvg2-bin)
and Python 3's standard library. Run it from any folder after changing the SVG, and commit what it writes.
"""
import pathlib
import struct
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]


def png(size):
    return (HERE / f"milepost-{size}.png").read_bytes()


def render():
    for size in SIZES:
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(HERE / "milepost.svg"),
                        "-o", str(HERE / f"milepost-{size}.png")], check=True)


def write_ico():
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (HERE / "milepost.ico").write_bytes(header + entries + b"".join(images))


def write_icns():
    kinds = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
             ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(png(size))) + png(size)
                    for kind, size in kinds)
    (HERE / "milepost.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    render()
    write_ico()
    write_icns()
