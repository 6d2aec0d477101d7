#!/bin/sh
# The peers' tools, kept inside benchmarks/out/ (never installed system-wide):
# - Debian's graphviz (the `dot` that the graphviz, pydot and diagrams packages call) and its
#   libraries, unpacked with dpkg-deb -x into benchmarks/out/graphviz/;
# - a virtual environment benchmarks/out/peers-venv with graphviz, pydot, diagrams and PyYAML
#   (pygraphviz is already in the project's own environment).
# Then: .venv/bin/python benchmarks/peers/run_peers.py (run_all.py runs it when this was done).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)/out
python=${PYTHON:-python3.11}
debs="$out/graphviz-debs"
root="$out/graphviz"
mkdir -p "$debs" "$root"

# graphviz and the libraries it links to (those a bare Debian lacks; the rest are on every system)
packages="graphviz libgvc6 libcgraph6 libcdt5 libpathplan4 libgvpr2 liblab-gamut1 libxdot4 libann0 libgts-0.7-5 libltdl7"
(cd "$debs" && apt-get download $packages)
for deb in "$debs"/*.deb; do
    dpkg-deb -x "$deb" "$root"
done
lib="$root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
# the plugins' index (config6), written into the unpacked tree: dot reads it from GVBINDIR
LD_LIBRARY_PATH="$lib" GVBINDIR="$lib/graphviz" "$root/usr/bin/dot" -c
echo 'digraph { a -> b }' | LD_LIBRARY_PATH="$lib" GVBINDIR="$lib/graphviz" "$root/usr/bin/dot" -Tsvg >/dev/null

"$python" -m venv "$out/peers-venv"
"$out/peers-venv/bin/python" -m pip install --quiet graphviz pydot diagrams PyYAML
echo "peers ready: $root/usr/bin/dot, $out/peers-venv"
