#!/usr/bin/env python3
"""Import circles between the files of each crate of the workspace.

Reads every `crate::…` and `super::…` path of a crate's files (tests
modules aside) as an edge from that file to the module file it names, and
prints each circle (strongly connected set of more than one file). Exits 1
when one spans more than MAX files (README, "Architecture": layers point
down; Cargo refuses any import that climbs between crates, this looks inside
them). Usage: scripts/import-circles.py [MAX] (default 4).
"""
import os
import re
import sys
from collections import defaultdict

PATH = re.compile(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z_0-9]*)*)(::\{([^;]*?)\})?")
TESTS = re.compile(r"#\[cfg\(test\)\]\s*mod tests\s*\{.*", re.S)


def module_of(src_dir, file):
    parts = os.path.relpath(file, src_dir)[:-3].split(os.sep)
    return tuple(parts[:-1] if parts[-1] in ("mod", "lib", "main") else parts)


def graph(src_dir):
    files = {}
    for d, _, names in os.walk(src_dir):
        for n in names:
            if n.endswith(".rs") and "bin" not in os.path.relpath(d, src_dir).split(os.sep):
                path = os.path.join(d, n)
                files[module_of(src_dir, path)] = path

    def file_of(path):
        # The longest prefix of the path that is a module file (the crate's
        # root for an item of its own, like `crate::AppState`).
        for i in range(len(path), -1, -1):
            if tuple(path[:i]) in files:
                return tuple(path[:i])
        return None

    edges = defaultdict(set)
    for module, path in files.items():
        text = TESTS.sub("", open(path, encoding="utf-8").read())
        for m in PATH.finditer(text):
            base = list(module[:-1]) if m.group(1) == "super" else []
            parts = [p for p in m.group(2).split("::") if p]
            targets = [base + parts]
            for item in (m.group(4) or "").split(","):
                head = item.strip().split(" ")[0].split("::")
                if head and head[0] and head[0] != "self":
                    targets.append(base + parts + head)
            for t in targets:
                f = file_of(t)
                if f is not None and f != module:
                    edges[module].add(f)
    return files, edges


def circles(nodes, edges):
    """Tarjan's strongly connected components of more than one node."""
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted("/".join(c) or "lib" for c in comp))

    for v in nodes:
        if v not in index:
            visit(v)
    return out


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    crates = ["src"] + sorted(
        os.path.join(group, c, "src") for group in ("crates", "sims") for c in os.listdir(os.path.join(root, group))
    )
    worst, total = 0, 0
    for crate in crates:
        src_dir = os.path.join(root, crate)
        if not os.path.isdir(src_dir):
            continue
        files, edges = graph(src_dir)
        total += len(files)
        for c in circles(files, edges):
            worst = max(worst, len(c))
            print(f"{crate}: {len(c)} files in a circle: {', '.join(c)}")
    print(f"{total} files in {len(crates)} crates; the largest import circle spans {worst} files (at most {limit})")
    sys.exit(1 if worst > limit else 0)


if __name__ == "__main__":
    main()
