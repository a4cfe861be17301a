#!/usr/bin/env python3
"""Import cycles between the crate's modules (test code left out).

tests/module_graph.rs checks the same in `cargo test`; this prints more.

    python3 .ci/import_cycles.py [src]

A module is a file (`src/app/keymap.rs` is `app::keymap`). Prints every group
of modules that reach each other through `use`/paths (strongly connected
components), then the same between top-level areas (`app`, `model`, ...), then
imports from `model`/`store` into `i18n`/`app`/`ui`/`tui`. Exit 1 if any.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "src"


def module_of(path):
    rel = os.path.relpath(path, root)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


files = {}
for d, _, names in os.walk(root):
    for n in names:
        if n.endswith(".rs") and not (n == "tests.rs" or n.endswith("_tests.rs")):
            p = os.path.join(d, n)
            files[module_of(p)] = p
modules = set(files)


def resolve(parts):
    """Longest prefix of `parts` that is a module file."""
    for k in range(len(parts), 0, -1):
        if tuple(parts[:k]) in modules:
            return tuple(parts[:k])
    return None


def strip_tests(text):
    # Drop `#[cfg(test)] mod x { ... }` blocks and `#[cfg(test)]`-gated lines.
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*mod\s+\w+\s*\{", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{d, e}}` → [a::b, a::c::d, a::c::e]."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)::\{(.*)\}$", tree)
    if not m:
        return [tree]
    head, body = m.groups()
    items, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        cur += ch
    items.append(cur)
    return [head + "::" + x for it in items if it for x in expand_use(it)]


edges = {m: set() for m in modules}
for mod, path in files.items():
    text = strip_tests(open(path, encoding="utf-8").read())
    text = re.sub(r"//[^\n]*", "", text)
    paths = []
    for u in re.finditer(r"\buse\s+([^;]+);", text):
        paths += expand_use(u.group(1))
    paths += re.findall(r"\b((?:crate|super)(?:::\w+)+)", text)
    for p in paths:
        parts = p.split(" as ")[0].split("::")
        if parts[0] == "crate":
            parts = parts[1:]
        elif parts[0] in ("super", "self"):
            # `super` is the parent module, from `mod.rs` as from any file.
            base = list(mod[:-1])
            if parts[0] == "self":
                base = list(mod)
            while parts and parts[0] == "super":
                parts = parts[1:]
                if parts and parts[0] == "super":
                    base = base[:-1]
            parts = base + parts
        else:
            continue
        target = resolve(parts)
        if target and target != mod and not (mod[: len(target)] == target):
            edges[mod].add(target)


def sccs(graph):
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
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
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


name = lambda m: "::".join(m) or "crate"
bad = 0
print("Cycles between modules (files):")
for comp in sccs(edges):
    bad += 1
    pairs = [(a, b) for a in comp for b in comp if a < b and b in edges[a] and a in edges[b]]
    print("  " + " -> ".join(name(m) for m in comp) + (
        "   (mutual: " + ", ".join(f"{name(a)} <-> {name(b)}" for a, b in pairs) + ")" if pairs else ""))
areas = {}
for a, targets in edges.items():
    for b in targets:
        if a[:1] != b[:1] and a and b:
            areas.setdefault(a[:1], set()).add(b[:1])
print("Cycles between areas:")
for comp in sccs(areas):
    print("  " + " -> ".join(name(m) for m in comp))
print("model/store importing i18n, app, ui or tui:")
for a, targets in sorted(edges.items()):
    for b in sorted(targets):
        if a[:1] in (("model",), ("store",)) and b[:1] in (("i18n",), ("app",), ("ui",), ("tui",)):
            bad += 1
            print(f"  {name(a)} -> {name(b)}")
sys.exit(1 if bad else 0)
