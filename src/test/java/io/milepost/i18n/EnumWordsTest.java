package io.milepost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.AgreementStatus;
import io.milepost.model.MilestoneStatus;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A change set shows "old → new" for values of any type: the domain's enums read as words, in either language. */
class EnumWordsTest {

    @AfterEach
    void backToEnglish() {
        Messages.useForUi(Locale.ENGLISH);
    }

    @Test
    void aStatusReadsAsTheWindowSaysItInRussianAndEnglish() {
        Messages.useForUi(Locale.forLanguageTag("ru"));
        assertThat(EnumWords.of(MilestoneStatus.IN_PROGRESS))
                .isEqualTo(Messages.in(Locale.forLanguageTag("ru")).of("status", MilestoneStatus.IN_PROGRESS))
                .doesNotContain("IN_PROGRESS");
        assertThat(EnumWords.of(AgreementStatus.values()[0])).doesNotContain("_");

        Messages.useForUi(Locale.ENGLISH);
        assertThat(EnumWords.of(MilestoneStatus.IN_PROGRESS)).isEqualTo("In progress");
    }

    @Test
    void anEnumWithoutWordsShowsItsConstant() {
        assertThat(EnumWords.of(DayOfWeek.MONDAY)).isEqualTo("MONDAY");
    }
}
