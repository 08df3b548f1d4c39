package gongkai.read.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a page's rules into groups that touch each other: each group is one ruled table's frame. */
final class RulingGroups {
    /** Rules closer than this are taken to meet (line caps, border widths, rounding). */
    static final double TOUCH_TOLERANCE = 2.0;

    private RulingGroups() {
    }

    /** Groups of touching rules, each with at least one horizontal and one vertical rule. */
    static List<List<Ruling>> of(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        List<List<Ruling>> frames = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            boolean hasH = group.stream().anyMatch(Ruling::horizontal);
            boolean hasV = group.stream().anyMatch(r -> !r.horizontal());
            if (hasH && hasV) {
                frames.add(group);
            }
        }
        return frames;
    }

    static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.pos() - b.pos()) <= TOUCH_TOLERANCE
                    && a.from() <= b.to() + TOUCH_TOLERANCE && b.from() <= a.to() + TOUCH_TOLERANCE;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.pos() >= h.from() - TOUCH_TOLERANCE && v.pos() <= h.to() + TOUCH_TOLERANCE
                && h.pos() >= v.from() - TOUCH_TOLERANCE && h.pos() <= v.to() + TOUCH_TOLERANCE;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
