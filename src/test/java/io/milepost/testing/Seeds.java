package io.milepost.testing;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Randomized property tests with seeded generators of our own: a property runs a number of tries, each on a
 * {@link Random} made from its own seed. A failing try is reported with that seed, and
 * {@code mvn test -Dtest=TheTest -Dmilepost.seed=N} reruns exactly that try.
 *
 * <p>Without {@code milepost.seed}, every run picks a new master seed, so repeated runs cover new cases; the
 * seeds of the tries come from the master seed, and the seed of the failing try is the one to rerun.
 */
public final class Seeds {

    /** The system property that reruns one try: {@code -Dmilepost.seed=N}. */
    public static final String SEED_PROPERTY = "milepost.seed";

    /** One try of a property, given its seeded random. */
    @FunctionalInterface
    public interface Try {
        void run(Random random) throws Exception;
    }

    private final Long fixedSeed;
    private final long masterSeed;

    /** Runs {@code fixedSeed} alone when it is not null, else {@code tries} tries seeded from {@code masterSeed}. */
    Seeds(Long fixedSeed, long masterSeed) {
        this.fixedSeed = fixedSeed;
        this.masterSeed = masterSeed;
    }

    /**
     * Runs {@code tries} tries of {@code property}, or only the try of {@code -Dmilepost.seed=N} when given.
     *
     * @throws SeedFailure the first try that failed, naming its seed, with the failure as its cause
     */
    public static void check(int tries, Try property) {
        fromSystemProperties().run(tries, property);
    }

    static Seeds fromSystemProperties() {
        String given = System.getProperty(SEED_PROPERTY);
        if (given == null || given.isBlank()) {
            return new Seeds(null, ThreadLocalRandom.current().nextLong());
        }
        try {
            return new Seeds(Long.parseLong(given.trim()), 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number, not '" + given + "'",
                    e);
        }
    }

    void run(int tries, Try property) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, not " + tries);
        }
        if (fixedSeed != null) {
            runOne(fixedSeed, 1, 1, property);
            return;
        }
        SplittableRandom seeds = new SplittableRandom(masterSeed);
        for (int i = 1; i <= tries; i++) {
            runOne(seeds.nextLong(), i, tries, property);
        }
    }

    private static void runOne(long seed, int number, int tries, Try property) {
        try {
            property.run(new Random(seed));
        } catch (Exception | AssertionError | StackOverflowError e) {
            throw new SeedFailure(seed, number, tries, e);
        }
    }

    /** A try that failed: its seed, to rerun it with {@code -Dmilepost.seed}, and the failure as the cause. */
    public static final class SeedFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        private final long seed;

        SeedFailure(long seed, int number, int tries, Throwable cause) {
            super("try " + number + " of " + tries + " failed with seed " + seed + " (rerun it alone with -D"
                    + SEED_PROPERTY + "=" + seed + "): " + cause, cause);
            this.seed = seed;
        }

        public long seed() {
            return seed;
        }
    }
}
