#!/usr/bin/env python3
"""Seed a real Immich (v2.7.5) with the labelled evaluation pairs, and score the tool's picks.

Standard library only. Public API only; the key comes from IMMICH_API_KEY (never printed) and must be
an admin key with queue.read (GET /api/queues is admin-only) besides asset/person/face rights.

  seed     --export DIR --state STATE   people, uploads, faces (idempotent); reference person crops
  names    --state STATE                the eval people's names, NUL-separated (for -S)
  reset    --state STATE --out SNAP     every person's featured photo back to the WORSE one; snapshot
  snapshot --state STATE --out SNAP     after a tool run: wait for the queues, record what Immich holds
  score    --state STATE --run LABEL JSONL BEFORE AFTER [--run ...] [--out RESULTS.json]

Why reference crops: the API does not expose a person's featured face (faceAssetId is only in the
session-only sync stream). So seed makes Immich render the person's crop from each of the two photos
once, and later a person's thumbnail (GET /api/people/{id}/thumbnail) is matched against those bytes.
"""
import argparse
import hashlib
import json
import math
import mimetypes
import os
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib

DEVICE_ID = "ifpo-real-immich-check"
NAME_PREFIX = "eval "
SCRATCH_NAME = "eval scratch (holds unassigned faces while they are created)"
# The worse photo is the newer one, so "ties go to the newest" and list order both favour the wrong pick.
BETTER_BASE = 1556712000  # 2019-05-01T12:00:00Z
WORSE_BASE = 1682942400   # 2023-05-01T12:00:00Z
# Uploads queue metadata extraction, which queues thumbnails; PUT featureFaceAssetId queues the person
# crop on thumbnailGeneration. Face queues stay empty without ML but are watched in case ML is on.
WATCHED_QUEUES = ("metadataExtraction", "thumbnailGeneration", "faceDetection", "facialRecognition")


def die(msg):
    print(f"seed_and_score: {msg}", file=sys.stderr)
    sys.exit(1)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Api:
    def __init__(self, url, key):
        url = url.rstrip("/")
        self.base = url if url.endswith("/api") else url + "/api"
        self.key = key

    def call(self, method, path, body=None, raw=False, ok=(200, 201, 204), content_type=None):
        headers = {"x-api-key": self.key, "Accept": "application/json"}
        data = None
        if content_type:
            data, headers["Content-Type"] = body, content_type
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                status, payload = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, payload = e.code, e.read()
        except urllib.error.URLError as e:
            die(f"{method} {path}: {e.reason} (is Immich running at {self.base}?)")
        if status not in ok:
            die(f"{method} {path}: HTTP {status}: {payload[:400].decode(errors='replace')}")
        if raw:
            return payload
        return json.loads(payload) if payload else None

    def upload(self, filename, content, device_asset_id, created_iso):
        """POST /api/assets (multipart). Returns (id, status) with status 'created' or 'duplicate'."""
        boundary = uuid.uuid4().hex
        fields = {"deviceAssetId": device_asset_id, "deviceId": DEVICE_ID, "fileCreatedAt": created_iso,
                  "fileModifiedAt": created_iso, "filename": filename}
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                 for k, v in fields.items()]
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="assetData"; filename="{filename}"\r\n'
                     f"Content-Type: {mime}\r\n\r\n".encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        r = self.call("POST", "/assets", b"".join(parts), content_type=f"multipart/form-data; boundary={boundary}")
        return r["id"], r["status"]

    def all_people(self):
        people, page = [], 1
        while True:
            r = self.call("GET", f"/people?withHidden=true&page={page}&size=1000")
            people += r["people"]
            if not r.get("hasNextPage"):
                return people
            page += 1

    def wait_idle(self, queues=WATCHED_QUEUES, timeout=900):
        """Until the watched queues have nothing active, waiting or delayed on 3 polls in a row."""
        deadline, calm = time.time() + timeout, 0
        while time.time() < deadline:
            busy = []
            for q in self.call("GET", "/queues"):
                if q["name"] not in queues:
                    continue
                s = q["statistics"]
                n = s["active"] + s["waiting"] + s["delayed"]
                if n:
                    if q["isPaused"]:
                        die(f"queue {q['name']} is paused with {n} jobs: resume it in Immich")
                    busy.append(f"{q['name']}={n}")
            calm = 0 if busy else calm + 1
            if calm >= 3:
                return
            time.sleep(0.4)
        die(f"queues still busy after {timeout} s: {', '.join(busy)}")

    def thumb_hash(self, person_id):
        return hashlib.sha256(self.call("GET", f"/people/{person_id}/thumbnail", raw=True)).hexdigest()[:16]


def tag_image(content, text):
    """Same pixels, distinct bytes: Immich deduplicates by checksum, and identical 'better' photos of
    different pairs must not collapse into one asset carrying several people's faces."""
    text = text.encode()
    if content[:8] == b"\x89PNG\r\n\x1a\n":
        body = b"Comment\x00" + text
        chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
        iend = content.rfind(b"IEND") - 4
        return content[:iend] + chunk + content[iend:]
    if content[:2] == b"\xff\xd8":
        # A COM segment after the leading APPn segments keeps JFIF/Exif where readers expect them.
        pos = 2
        while content[pos] == 0xFF and 0xE0 <= content[pos + 1] <= 0xEF:
            pos += 2 + struct.unpack(">H", content[pos + 2:pos + 4])[0]
        return content[:pos] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + content[pos:]
    die("only PNG and JPEG files are supported")


def iso(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(ts))


def js_round(v):
    return math.floor(v + 0.5)  # JavaScript's Math.round, which Immich applies to the box


def face_key(box, w, h):
    x1, y1, x2, y2 = box
    return (js_round(x1), js_round(y1), js_round(x1 + (x2 - x1)), js_round(y1 + (y2 - y1)), w, h)


def existing_key(f):
    return (f["boundingBoxX1"], f["boundingBoxY1"], f["boundingBoxX2"], f["boundingBoxY2"],
            f["imageWidth"], f["imageHeight"])


def person_name(p):
    return " ".join(s for s in (NAME_PREFIX + p["id"], p["degradation"], p.get("variant", "")) if s)


def load_json(path):
    with open(path) as f:
        return json.load(f)


def save_json(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


def create_face(api, asset_id, person_id, box, w, h):
    x1, y1, x2, y2 = box
    api.call("POST", "/faces", {"assetId": asset_id, "personId": person_id, "imageWidth": w, "imageHeight": h,
                                "x": x1, "y": y1, "width": x2 - x1, "height": y2 - y1})


def force_delete(api, asset_id):
    """One at a time, waiting for each: two AssetDelete jobs touching the same person can deadlock in
    Postgres (both set person.faceAssetId to NULL), and the loser stays in the trash."""
    for _ in range(3):
        api.call("DELETE", "/assets", {"ids": [asset_id], "force": True})
        api.wait_idle(WATCHED_QUEUES + ("backgroundTask",))  # AssetDelete runs there
        if api.call("GET", f"/assets/{asset_id}", ok=(200, 400)).get("id") != asset_id:  # 400: gone
            return
    log(f"warning: asset {asset_id} could not be deleted")


def cmd_seed(api, a):
    export = load_json(os.path.join(a.export, "pairs.json"))
    pairs = export.get("pairs") or die(f"{a.export}/pairs.json has no pairs")
    by_name = {}
    for p in api.all_people():
        by_name.setdefault(p["name"], []).append(p["id"])
    for name, ids in by_name.items():  # a crash between creating and deleting it leaves one behind
        if name == SCRATCH_NAME:
            api.call("DELETE", "/people", {"ids": ids})
    wanted = {person_name(p) for p in pairs}
    stale = [n for n in by_name if n.startswith(NAME_PREFIX) and n not in wanted and n != SCRATCH_NAME]
    if stale:
        log(f"note: {len(stale)} older eval people are not in this export (left alone; -S skips them)")

    state = {"url": api.base, "export": os.path.abspath(a.export), "pairs": []}
    counts = {"created": 0, "duplicate": 0, "people": 0, "faces": 0, "removed": 0}
    for i, p in enumerate(pairs):
        name = person_name(p)
        ids = by_name.get(name, [])
        if len(ids) > 1:
            log(f"warning: {len(ids)} people are named '{name}'; using {ids[0]}")
        if ids:
            pid = ids[0]
        else:
            pid = api.call("POST", "/people", {"name": name})["id"]
            counts["people"] += 1
        entry = {"id": p["id"], "photo": p.get("photo", ""), "degradation": p["degradation"],
                 "variant": p.get("variant", ""), "name": name, "person": pid}
        for role, base in (("better", BETTER_BASE), ("worse", WORSE_BASE)):
            side = p[role]
            path = os.path.join(a.export, side["file"])
            content = tag_image(open(path, "rb").read(), f"ifpo-eval {p['id']} {role}")
            sha = hashlib.sha1(content).hexdigest()
            asset_id, status = api.upload(f"{p['id']}-{role}{os.path.splitext(side['file'])[1]}", content,
                                          f"ifpo-eval-{p['id']}-{role}-{sha[:12]}", iso(base + 60 * i))
            counts[status] = counts.get(status, 0) + 1
            if status == "duplicate" and api.call("GET", f"/assets/{asset_id}")["isTrashed"]:
                # A duplicate upload answers with the trashed asset's id; the tool would not see it.
                api.call("POST", "/trash/restore/assets", {"ids": [asset_id]})
            entry[role] = asset_id
            entry[role + "_side"] = side
        state["pairs"].append(entry)
    log(f"assets: {counts['created']} uploaded, {counts['duplicate']} already there; "
        f"people: {counts['people']} created")
    api.wait_idle()  # faces go on once metadata extraction has set the assets' dimensions

    scratch = None
    for e in state["pairs"]:
        # Photos left from an earlier export of this pair carry the person too: drop them.
        found = api.call("POST", "/search/metadata", {"personIds": [e["person"]], "size": 1000})
        stale_assets = [x["id"] for x in found["assets"]["items"] if x["id"] not in (e["better"], e["worse"])]
        for asset_id in stale_assets:
            force_delete(api, asset_id)
            counts["removed"] += 1
        for role in ("better", "worse"):
            side, asset_id = e[role + "_side"], e[role]
            w, h = side["width"], side["height"]
            want_person = face_key(side["face"], w, h)
            want_others = [face_key(o, w, h) for o in side.get("others", [])]
            have_person, have_others = False, []
            for f in api.call("GET", f"/faces?id={asset_id}"):
                k, owner = existing_key(f), (f.get("person") or {}).get("id")
                if owner == e["person"] and k == want_person and not have_person:
                    have_person = True
                elif owner is None and k in want_others and want_others.count(k) > have_others.count(k):
                    have_others.append(k)
                else:  # a face this pair does not describe (old boxes, another person): it would skew scores
                    api.call("DELETE", f"/faces/{f['id']}", {"force": True})
                    counts["removed"] += 1
            if not have_person:
                create_face(api, asset_id, e["person"], side["face"], w, h)
                counts["faces"] += 1
            missing = list(want_others)
            for k in have_others:
                missing.remove(k)
            for box in side.get("others", []):
                if face_key(box, w, h) in missing:
                    missing.remove(face_key(box, w, h))
                    # POST /api/faces requires a personId: assign to a scratch person, deleted below,
                    # which leaves the faces unassigned (asset_face.personId is ON DELETE SET NULL).
                    scratch = scratch or api.call("POST", "/people", {"name": SCRATCH_NAME})["id"]
                    create_face(api, asset_id, scratch, box, w, h)
                    counts["faces"] += 1
    if scratch:
        api.wait_idle()  # its thumbnail job first, so that it does not fail on a deleted person
        api.call("DELETE", f"/people/{scratch}")
    log(f"faces: {counts['faces']} created, {counts['removed']} stale faces/assets removed")

    # Reference crops: what the person's thumbnail looks like with each photo featured.
    for role in ("better", "worse"):  # worse last: the tool starts from the wrong photo
        for e in state["pairs"]:
            api.call("PUT", f"/people/{e['person']}", {"featureFaceAssetId": e[role]})
        api.wait_idle()
        for e in state["pairs"]:
            e["ref_" + role] = api.thumb_hash(e["person"])
    for e in state["pairs"]:
        del e["better_side"], e["worse_side"]
    same = sum(e["ref_better"] == e["ref_worse"] for e in state["pairs"])
    if same:
        log(f"note: {same} pairs give identical crops from both photos; Immich's choice cannot be told apart")
    save_json(a.state, state)
    log(f"seeded {len(state['pairs'])} pairs; state in {a.state}")


def snapshot(api, state):
    api.wait_idle()
    snap = {}
    for e in state["pairs"]:
        p = api.call("GET", f"/people/{e['person']}")
        snap[e["person"]] = {"updatedAt": p.get("updatedAt"), "thumbnailPath": p.get("thumbnailPath"),
                             "thumb": api.thumb_hash(e["person"])}
    return snap


def cmd_reset(api, a):
    state = load_json(a.state)
    for e in state["pairs"]:
        api.call("PUT", f"/people/{e['person']}", {"featureFaceAssetId": e["worse"]})
    snap = snapshot(api, state)
    drift = [e["id"] for e in state["pairs"] if snap[e["person"]]["thumb"] != e["ref_worse"]]
    if drift:
        log(f"warning: the crop from the worse photo differs from the reference for {len(drift)} pairs "
            f"(non-deterministic thumbnails?): {' '.join(drift[:10])}")
    save_json(a.out, snap)


def cmd_snapshot(api, a):
    save_json(a.out, snapshot(api, load_json(a.state)))


def cmd_names(api, a):
    sys.stdout.write("".join(e["name"] + "\0" for e in load_json(a.state)["pairs"]))


def held(e, snap):
    """Which photo Immich's current crop of the person comes from."""
    t = snap[e["person"]]["thumb"]
    if e["ref_better"] == e["ref_worse"]:
        return "same-crop"
    return "better" if t == e["ref_better"] else "worse" if t == e["ref_worse"] else "unknown"


def cmd_score(api, a):
    state = load_json(a.state)
    pairs = state["pairs"]
    runs = []
    for label, jsonl, before, after in a.run:
        lines = {}
        if os.path.exists(jsonl):
            for line in open(jsonl):
                if line.strip():
                    o = json.loads(line)
                    lines[o["id"]] = o
        runs.append((label, lines, load_json(before), load_json(after)))

    results, wrong, immich = [], [], {label: {"agree": 0, "same": 0, "bumped": 0, "bad": []} for label, *_ in runs}
    for e in pairs:
        row = {k: e[k] for k in ("id", "photo", "degradation", "variant", "name", "person", "better", "worse")}
        for label, lines, before, after in runs:
            o = lines.get(e["person"])
            chosen = o and o.get("chosen_asset")
            pick = "better" if chosen == e["better"] else "worse" if chosen == e["worse"] else \
                "none" if not chosen else "other"
            h = held(e, after)
            row[label] = {"pick": pick, "chosen_asset": chosen, "action": o and o["action"],
                          "note": o and o.get("note", ""), "score": o and o.get("score"), "immich_holds": h,
                          "updatedAt_changed": before[e["person"]]["updatedAt"] != after[e["person"]]["updatedAt"]}
            st = immich[label]
            st["bumped"] += row[label]["updatedAt_changed"]
            if h == "same-crop":
                st["same"] += 1
            elif pick in ("better", "worse") and h == pick:
                st["agree"] += 1
            elif pick in ("better", "worse") or h != "worse":  # no pick: Immich must still hold the reset photo
                st["bad"].append((e, pick, h))
            if pick != "better":
                wrong.append((label, e, row[label]))
        results.append(row)

    labels = [r[0] for r in runs]
    groups = {}
    for r in results:
        groups.setdefault(r["degradation"], []).append(r)
    width = max([len("degradation"), len("overall")] + [len(g) for g in groups])
    print(f"\nReal Immich check: {len(pairs)} pairs on {state['url']} (export {state['export']})")
    print(f"{'degradation':<{width}}  {'pairs':>5}  " + "  ".join(f"{lbl + ' right':>15}" for lbl in labels))

    def line(title, rows):
        cells = []
        for lbl in labels:
            n = sum(r[lbl]["pick"] == "better" for r in rows)
            cells.append(f"{n:>4}/{len(rows):<4} {100.0 * n / len(rows):5.1f}%")
        print(f"{title:<{width}}  {len(rows):>5}  " + "  ".join(f"{c:>15}" for c in cells))
    for g in sorted(groups):
        line(g, groups[g])
    print("-" * (width + 9 + 17 * len(labels)))
    line("overall", results)

    print("\nWhat Immich holds afterwards (person thumbnail matched against reference crops):")
    for lbl in labels:
        st = immich[lbl]
        print(f"  {lbl}: thumbnail is the tool's pick for {st['agree']}/{len(pairs) - st['same']} people "
              f"({st['same']} pairs give identical crops), updatedAt changed for {st['bumped']}/{len(pairs)}")
        for e, pick, h in st["bad"]:
            print(f"    MISMATCH {e['id']} {e['name']!r}: tool picked {pick}, Immich's crop is from {h}")

    if wrong:
        print(f"\nWrong picks ({len(wrong)}):")
        for lbl, e, r in wrong:
            extra = f" [{r['action']}: {r['note']}]" if r["pick"] in ("none", "other") else ""
            sc = r["score"] or {}
            total = f" score {sc['total']:.4g}" if "total" in sc else ""
            print(f"  {lbl:<8} {e['id']} {e['degradation']} / {e['variant']}: chose {r['pick']} "
                  f"{r['chosen_asset'] or '-'}{total}; better {e['better']}, worse {e['worse']}{extra}")
    else:
        print("\nNo wrong picks.")
    if a.out:
        save_json(a.out, {"url": state["url"], "runs": labels, "pairs": results})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default=os.environ.get("IMMICH_URL", "http://127.0.0.1:2284"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("seed")
    s.add_argument("--export", required=True)
    s.add_argument("--state", required=True)
    for name in ("names", "reset", "snapshot", "score"):
        s = sub.add_parser(name)
        s.add_argument("--state", required=True)
        if name in ("reset", "snapshot"):
            s.add_argument("--out", required=True)
        if name == "score":
            s.add_argument("--run", nargs=4, action="append", required=True,
                           metavar=("LABEL", "JSONL", "BEFORE", "AFTER"))
            s.add_argument("--out")
    a = ap.parse_args()
    key = os.environ.get("IMMICH_API_KEY", "")
    if not key and a.cmd in ("seed", "reset", "snapshot"):  # names and score only read files
        die("IMMICH_API_KEY is not set")
    api = Api(a.url, key)
    {"seed": cmd_seed, "names": cmd_names, "reset": cmd_reset, "snapshot": cmd_snapshot, "score": cmd_score}[a.cmd](api, a)


if __name__ == "__main__":
    main()
