#!/usr/bin/env python3
# check-include-circles.py — no module of a layer includes, through others, itself.
#
# A module is a .c file and its headers: psl-x.c, psl-x.h and psl-x-private.h
# (the store's family, psl-store*.h, is one module: its object, cache and
# private headers are the store's own parts).  Module A depends on module B
# when a file of A includes a header of B.  A circle — A needs B, which needs
# A — means that neither can be read, tested or moved alone; the rooms of
# src/core are meant to stand on one another in one direction.
#
# Each folder given is checked on its own (its includes of other layers are
# not followed: those are one-way by the layers' rule).  Before that, the
# check runs on a scratch folder holding a circle of three modules and a
# clean chain: the circle must be found and the chain passed.
#
# Usage: check-include-circles.py SOURCE_ROOT FOLDER…

import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
STORE_FAMILY = {'psl-store', 'psl-store-cache', 'psl-store-object', 'psl-store-private'}


def module_of(path):
    name = os.path.splitext(os.path.basename(path))[0]
    if name in STORE_FAMILY:
        return 'psl-store'
    if name.endswith('-private'):
        return name[:-len('-private')]
    return name


def graph_of(folder):
    files = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(('.c', '.h'))]
    modules = {module_of(f) for f in files}
    edges = {m: set() for m in modules}
    for f in files:
        here = module_of(f)
        with open(f, encoding='utf-8', errors='replace') as text:
            for included in INCLUDE.findall(text.read()):
                there = module_of(included)
                if there in modules and there != here:
                    edges[here].add(there)
    return edges


def circles(edges):
    """The strongly connected groups of more than one module (Tarjan), iteratively."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def self_test():
    with tempfile.TemporaryDirectory() as scratch:
        files = {
            'loop/psl-a.c': '#include "psl-a.h"\n#include "psl-b.h"\n',
            'loop/psl-b.h': '#include "psl-c.h"\n',
            'loop/psl-c.c': '#include "psl-a.h"\n',
            'loop/psl-a.h': '',
            'chain/psl-a.c': '#include "psl-a.h"\n#include "psl-b.h"\n#include "psl-a-private.h"\n',
            'chain/psl-a-private.h': '#include "psl-a.h"\n',
            'chain/psl-b.c': '#include "psl-b.h"\n#include "psl-c.h"\n',
            'chain/psl-c.h': '#include <glib.h>\n',
        }
        for name, text in files.items():
            os.makedirs(os.path.join(scratch, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(scratch, name), 'w') as out:
                out.write(text)
        if circles(graph_of(os.path.join(scratch, 'loop'))) != [['psl-a', 'psl-b', 'psl-c']]:
            sys.exit('check-include-circles: the scratch circle psl-a → psl-b → psl-c → psl-a was not found')
        if circles(graph_of(os.path.join(scratch, 'chain'))):
            sys.exit('check-include-circles: a chain without a circle was taken for one')


def main():
    root, folders = sys.argv[1], sys.argv[2:]
    self_test()
    failed = False
    for folder in folders:
        for group in circles(graph_of(os.path.join(root, folder))):
            print(f'{folder}: these modules include one another in a circle: {", ".join(group)}')
            failed = True
    sys.exit(1 if failed else 0)


main()
