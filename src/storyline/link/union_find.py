"""Disjoint sets over positions 0..n-1: the grouping both actor and thing linking use."""

from __future__ import annotations


class UnionFind:
    """Union-find with path halving; a group's root is its smallest position."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
