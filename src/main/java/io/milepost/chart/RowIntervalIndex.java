package io.milepost.chart;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Intervals of rows, asked "which meet [a, b]?" in O(log n + k): intervals sorted by their low end, over a tree of
 * the highest high end below each node. A long link (row 3 to row 90,000) costs no more than a short one.
 */
final class RowIntervalIndex {

    private final int[] lo;
    private final int[] hi;
    private final int[] payload;
    private final int[] maxHi;
    private final int n;

    /** {@code payload[i]} is handed back for the interval {@code [los[i], his[i]]}. */
    RowIntervalIndex(int[] los, int[] his) {
        n = los.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            if (his[i] < los[i]) {
                throw new IllegalArgumentException("interval " + i + " ends before it starts");
            }
            keys[i] = ((long) los[i] << 32) | i;
        }
        Arrays.sort(keys);
        lo = new int[n];
        hi = new int[n];
        payload = new int[n];
        for (int i = 0; i < n; i++) {
            int idx = (int) keys[i];
            lo[i] = los[idx];
            hi[i] = his[idx];
            payload[i] = idx;
        }
        maxHi = new int[Math.max(1, 4 * n)];
        if (n > 0) {
            build(1, 0, n);
        }
    }

    int size() {
        return n;
    }

    /** Hands each interval meeting [a, b] to {@code sink}, by its payload (the index given to the constructor). */
    void query(int a, int b, IntConsumer sink) {
        if (n > 0 && a <= b) {
            query(1, 0, n, a, b, sink);
        }
    }

    private int build(int node, int from, int to) {
        if (to - from == 1) {
            maxHi[node] = hi[from];
        } else {
            int mid = (from + to) >>> 1;
            maxHi[node] = Math.max(build(2 * node, from, mid), build(2 * node + 1, mid, to));
        }
        return maxHi[node];
    }

    private void query(int node, int from, int to, int a, int b, IntConsumer sink) {
        // Sorted by low end: once lo[from] > b nothing further right can meet the range either.
        if (maxHi[node] < a || lo[from] > b) {
            return;
        }
        if (to - from == 1) {
            sink.accept(payload[from]);
            return;
        }
        int mid = (from + to) >>> 1;
        query(2 * node, from, mid, a, b, sink);
        query(2 * node + 1, mid, to, a, b, sink);
    }
}
