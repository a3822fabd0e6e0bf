package io.milepost.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void runsTheGivenNumberOfTriesEachOnItsOwnSeed() {
        List<Long> firstValues = new ArrayList<>();

        new Seeds(null, 12345).run(40, random -> firstValues.add(random.nextLong()));

        assertThat(firstValues).hasSize(40);
        assertThat(new HashSet<>(firstValues)).hasSize(40);
    }

    @Test
    void theSameMasterSeedGivesTheSameTries() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();

        new Seeds(null, 99).run(10, random -> first.add(random.nextLong()));
        new Seeds(null, 99).run(10, random -> second.add(random.nextLong()));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFailingTryNamesItsSeedAndKeepsTheFailureAsItsCause() {
        List<Integer> values = new ArrayList<>();

        assertThatThrownBy(() -> new Seeds(null, 7).run(1000, random -> {
            int value = random.nextInt(10);
            values.add(value);
            assertThat(value).as("a value drawn").isNotEqualTo(3);
        }))
                .isInstanceOf(Seeds.SeedFailure.class)
                .hasMessageContaining("try " + values.size() + " of 1000 failed with seed ")
                .hasMessageContaining("-Dmilepost.seed=")
                .hasCauseInstanceOf(AssertionError.class);
        assertThat(values).last().isEqualTo(3);
        assertThat(values.subList(0, values.size() - 1)).doesNotContain(3);
    }

    @Test
    void theReportedSeedRerunsExactlyTheFailingTry() {
        List<Long> drawnInFailingTry = new ArrayList<>();
        Seeds.SeedFailure failure = null;
        try {
            new Seeds(null, 2024).run(1000, random -> {
                drawnInFailingTry.clear();
                for (int i = 0; i < 5; i++) {
                    drawnInFailingTry.add(random.nextLong());
                }
                if (drawnInFailingTry.get(0) % 7 == 0) {
                    throw new IOException("a checked exception from the property");
                }
            });
        } catch (Seeds.SeedFailure e) {
            failure = e;
        }
        assertThat(failure).as("some try of 1000 draws a multiple of 7").isNotNull();
        assertThat(failure).hasMessageContaining("=" + failure.seed()).hasCauseInstanceOf(IOException.class);

        List<Long> drawnInRerun = new ArrayList<>();
        int[] runs = {0};
        new Seeds(failure.seed(), 0).run(1000, random -> {
            runs[0]++;
            for (int i = 0; i < 5; i++) {
                drawnInRerun.add(random.nextLong());
            }
        });

        assertThat(runs[0]).as("a given seed runs its one try only").isEqualTo(1);
        assertThat(drawnInRerun).isEqualTo(drawnInFailingTry);
    }

    @Test
    void aSeedGivenAsASystemPropertyIsTheOneRun() {
        String before = System.getProperty(Seeds.SEED_PROPERTY);
        try {
            System.setProperty(Seeds.SEED_PROPERTY, "-42");
            List<Long> values = new ArrayList<>();
            Seeds.check(50, random -> values.add(random.nextLong()));

            assertThat(values).containsExactly(new Random(-42).nextLong());

            System.setProperty(Seeds.SEED_PROPERTY, "forty-two");
            assertThatThrownBy(() -> Seeds.check(1, random -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("forty-two");
        } finally {
            if (before == null) {
                System.clearProperty(Seeds.SEED_PROPERTY);
            } else {
                System.setProperty(Seeds.SEED_PROPERTY, before);
            }
        }
    }
}
