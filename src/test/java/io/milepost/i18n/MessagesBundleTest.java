package io.milepost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles say the same things: the same keys, Russian that is Russian, and the same placeholders. */
class MessagesBundleTest {

    private static final Messages EN = Messages.in(Locale.ENGLISH);
    private static final Messages RU = Messages.in(Locale.forLanguageTag("ru-RU"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Keys whose value is rightly the same in both languages: names, codes and symbols. */
    private static boolean sameInBothLanguages(String key) {
        return key.endsWith(".code") || key.endsWith(".pattern") || key.endsWith(".symbol") || key.endsWith(".name") || key.startsWith("same.");
    }

    @Test
    void everyKeyIsInBothBundles() {
        assertThat(RU.bundle().keySet()).containsExactlyInAnyOrderElementsOf(EN.bundle().keySet());
    }

    @Test
    void noRussianValueIsTheEnglishOneExceptNamesAndCodes() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : EN.bundle().keySet()) {
            String en = EN.get(key);
            if (RU.has(key) && RU.get(key).equals(en) && en.chars().anyMatch(Character::isLetter)
                    && !sameInBothLanguages(key)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Russian values equal to the English ones").isEmpty();
    }

    @Test
    void bothLanguagesFillTheSamePlaceholders() {
        for (String key : EN.bundle().keySet()) {
            assertThat(placeholders(RU.bundle().getString(key))).as(key)
                    .isEqualTo(placeholders(EN.bundle().getString(key)));
        }
    }

    /**
     * A message with placeholders goes through MessageFormat, where an apostrophe is written ''; one without is shown
     * as written. Mixing the two rules up shows a doubled or a lost apostrophe on screen.
     */
    @Test
    void apostrophesFollowTheRuleOfTheirMessage() {
        for (Messages m : new Messages[] {EN, RU}) {
            for (String key : m.bundle().keySet()) {
                String value = m.bundle().getString(key);
                if (placeholders(value).isEmpty()) {
                    assertThat(value).as(key).doesNotContain("''");
                } else {
                    assertThat(value.replace("''", "")).as(key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void anyOtherLanguageReadsEnglishAndRussianLocalesReadRussian() {
        assertThat(Messages.in(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.in("ru").russian()).isTrue();
        assertThat(Messages.in("").russian()).isFalse();
        assertThat(RU.get("status.AT_RISK")).isEqualTo("Под угрозой");
    }

    @Test
    void everyValueTheWindowNamesHasANameInBothLanguages() {
        Map<String, Class<? extends Enum<?>>> named = Map.ofEntries(
                Map.entry("status", io.milepost.model.MilestoneStatus.class),
                Map.entry("kind", io.milepost.model.MilestoneKind.class),
                Map.entry("dependency", io.milepost.model.DependencyType.class),
                Map.entry("agreementKind", io.milepost.model.AgreementKind.class),
                Map.entry("agreementKind.short", io.milepost.model.AgreementKind.class),
                Map.entry("agreementStatus", io.milepost.model.AgreementStatus.class),
                Map.entry("commissionKind", io.milepost.model.CommissionKind.class),
                Map.entry("grouping", io.milepost.chart.Grouping.class),
                Map.entry("colorBy", io.milepost.chart.ColorBy.class),
                Map.entry("zoom", io.milepost.chart.Zoom.class),
                Map.entry("paper", io.milepost.chart.Paper.class),
                Map.entry("printMode", io.milepost.chart.PrintMode.class));
        named.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(EN.has(prefix + "." + value.name())).as(prefix + "." + value.name()).isTrue();
                assertThat(RU.has(prefix + "." + value.name())).as(prefix + "." + value.name()).isTrue();
            }
        });
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(pattern).results().forEach(m -> found.add(m.group(1)));
        return found;
    }
}
