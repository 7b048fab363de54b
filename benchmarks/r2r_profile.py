#!/usr/bin/env python3
"""Names the samples `perf` took in StaticNews's composite ReadyToRun code.

perf cannot name code in a composite image (StaticNews.r2r.dll is a PE file, not ELF), so a profile of the
binary that run.sh times shows addresses. Crossgen writes a map of that code when asked
(-p:PublishReadyToRunEmitSymbols=true gives StaticNews.r2r.ni.r2rmap beside the binary); this script reads
`perf report`'s addresses in the image as file offsets, turns them into the map's relative addresses through the
PE header, and sums the samples per method, the kernel, the runtime (libcoreclr) and runtime-made code (stubs
and methods compiled while running) beside them.

    dotnet publish src/StaticNews -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true \\
        -p:PublishReadyToRunComposite=true -p:PublishReadyToRunEmitSymbols=true -o /tmp/sn
    perf record -F 2999 -o perf.data /tmp/sn/StaticNews build --input INPUT --output OUT
    benchmarks/r2r_profile.py perf.data /tmp/sn [--time 45%-97%] [--top 40]

--time takes perf's own ranges: a share of the run (a build's stages are in order) or seconds.
"""
import argparse
import bisect
import collections
import pathlib
import re
import struct
import subprocess


def text_delta(image: pathlib.Path) -> int:
    """Relative address minus file offset of the image's code section."""
    data = image.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    sections, optional = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    for i in range(sections):
        name, _, rva, _, offset = struct.unpack_from("<8sIIII", data, pe + 24 + optional + 40 * i)
        if name.rstrip(b"\0") == b".text":
            return rva - offset
    raise SystemExit(f"{image}: no .text section")


def methods(r2rmap: pathlib.Path):
    """(start, size, name) of each method, sorted; the map's header lines have addresses from 0xFFFFFFF0 down."""
    rows = []
    for line in r2rmap.read_text().splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and int(parts[0], 16) < 0xF0000000:
            rows.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
    return sorted(rows)


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("data")
    args.add_argument("binary", help="the published folder, with StaticNews.r2r.dll and its .r2rmap")
    args.add_argument("--time", default=None)
    args.add_argument("--top", type=int, default=40)
    a = args.parse_args()
    folder = pathlib.Path(a.binary)
    delta = text_delta(folder / "StaticNews.r2r.dll")
    table = methods(folder / "StaticNews.r2r.ni.r2rmap")
    starts = [row[0] for row in table]
    command = ["perf", "report", "-i", a.data, "--no-children", "--sort", "dso,sym", "-g", "none", "--percent-limit", "0"]
    if a.time:
        command += ["--time", a.time]
    report = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    shares = collections.Counter()
    for line in report.splitlines():
        row = re.match(r"\s*([\d.]+)%\s+(.+?)\s+\[(.)\]\s+(.*)", line)
        if not row:
            continue
        share, dso, symbol = float(row.group(1)), row.group(2).strip(), row.group(4).strip()
        if "r2r.dll" in dso and symbol.startswith("0x"):
            at = int(symbol, 16) + delta
            i = bisect.bisect_right(starts, at) - 1
            shares[table[i][2] if i >= 0 and at < table[i][0] + table[i][1] + 16 else f"? {hex(at)}"] += share
        elif "kernel" in dso:
            shares["(kernel)"] += share
        elif "libcoreclr" in dso:
            shares["(runtime: collector, type loader, helpers)"] += share
        elif "doublemapper" in dso or dso.startswith("[JIT]"):
            shares["(stubs and code compiled while running)"] += share
        else:
            shares[f"({dso}) {symbol}"] += share
    for name, share in shares.most_common(a.top):
        print(f"{share:6.2f} %  {name[:160]}")


if __name__ == "__main__":
    main()
