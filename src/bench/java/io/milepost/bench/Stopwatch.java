package io.milepost.bench;

import java.util.Arrays;

/** Runs a step many times after a warm-up and reports the median in milliseconds: what a planner feels. */
final class Stopwatch {

    private Stopwatch() {
    }

    interface Step {
        void run(int iteration) throws Exception;
    }

    static double medianMillis(int warmup, int runs, Step step) throws Exception {
        for (int i = 0; i < warmup; i++) {
            step.run(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            step.run(warmup + i);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        long median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2;
        return median / 1_000_000.0;
    }
}
