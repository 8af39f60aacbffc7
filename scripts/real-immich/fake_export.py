#!/usr/bin/env python3
"""Write a tiny stand-in for `quality-eval --export DIR` (same pairs.json format), standard library only.

For trying check.sh before the real export exists. Uses skimage's astronaut.png (face box known) and
blurs the face with a pure-Python box blur (3 passes ~ a Gaussian). If ffmpeg is on PATH, one pair is
also written as JPEG so that both upload paths get exercised.

  fake_export.py DIR [--source astronaut.png]
"""
import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

ASTRONAUT = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png"
FACE = [180, 62, 272, 182]  # astronaut's face in its 512x512 frame


def read_png(path):
    """8-bit, non-interlaced gray/RGB/RGBA PNG -> (w, h, channels, bytearray of rows)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace or ctype not in (0, 2, 6):
                sys.exit(f"{path}: only 8-bit non-interlaced gray/RGB/RGBA PNGs are supported")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    ch = {0: 1, 2: 3, 6: 4}[ctype]
    raw, stride = zlib.decompress(idat), w * ch
    out, prev = bytearray(), bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += line
        prev = line
    return w, h, ch, out


def write_png(path, w, h, ch, pixels):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    stride = w * ch
    raw = b"".join(b"\x00" + bytes(pixels[y * stride:(y + 1) * stride]) for y in range(h))
    ctype = {1: 0, 3: 2, 4: 6}[ch]
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, ctype, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def blur_box(w, h, ch, pixels, box, radius, passes=3):
    """Box-blur only inside box (x1,y1,x2,y2); repeated passes approximate a Gaussian."""
    x1, y1, x2, y2 = box
    px = bytearray(pixels)
    for _ in range(passes):
        for horizontal in (True, False):
            src = bytes(px)
            for y in range(y1, y2):
                for x in range(x1, x2):
                    for c in range(ch):
                        acc = n = 0
                        for d in range(-radius, radius + 1):
                            xx, yy = (x + d, y) if horizontal else (x, y + d)
                            if 0 <= xx < w and 0 <= yy < h:
                                acc += src[(yy * w + xx) * ch + c]
                                n += 1
                        px[(y * w + x) * ch + c] = acc // n
    return px


def side(file, w, h, face, others=()):
    return {"file": file, "width": w, "height": h, "face": list(face), "others": [list(o) for o in others]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--source", default=ASTRONAUT)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    w, h, ch, px = read_png(a.source)
    pairs = []

    def add(pid, degradation, variant, worse_px, better_others=(), worse_others=(), ext="png"):
        better, worse = f"{pid}-better.{ext}", f"{pid}-worse.{ext}"
        if ext == "png":
            write_png(os.path.join(a.dir, better), w, h, ch, px)
            write_png(os.path.join(a.dir, worse), w, h, ch, worse_px)
        else:  # via PNG temporaries, high quality so the JPEG itself is not the degradation
            for name, data in ((better, px), (worse, worse_px)):
                tmp = os.path.join(a.dir, name + ".tmp.png")
                write_png(tmp, w, h, ch, data)
                subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", tmp, "-q:v", "2",
                                os.path.join(a.dir, name)], check=True)
                os.remove(tmp)
        pairs.append({"id": pid, "photo": "astronaut", "degradation": degradation, "variant": variant,
                      "better": side(better, w, h, FACE, better_others),
                      "worse": side(worse, w, h, FACE, worse_others)})

    strong = blur_box(w, h, ch, px, FACE, 4)
    mild = blur_box(w, h, ch, px, FACE, 1)
    add("p001", "face-gaussian-blur", "sigma 3.0", strong)
    add("p002", "face-gaussian-blur", "sigma 1.0", mild)
    # Same pixels, but the worse photo has a same-size neighbour face: only the crowd factor differs.
    add("p003", "crowd", "one same-size neighbour", px, worse_others=[[300, 62, 392, 182]])
    if shutil.which("ffmpeg"):
        add("p004", "face-gaussian-blur", "sigma 3.0 (jpeg)", strong, ext="jpg")
    with open(os.path.join(a.dir, "pairs.json"), "w") as f:
        json.dump({"pairs": pairs}, f, indent=1)
    print(f"wrote {len(pairs)} pairs to {a.dir}")


if __name__ == "__main__":
    main()
