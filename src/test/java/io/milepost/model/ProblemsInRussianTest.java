package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner in Minsk imports a partner's file whose item ends before it starts: the refusal names the item and the
 * field, and says what is wrong in Russian, with the dates as the Russian window writes them.
 */
class ProblemsInRussianTest {

    @AfterEach
    void systemLanguageAgain() {
        Messages.useForUi(null);
    }

    @Test
    void anItemEndingBeforeItStartsIsExplainedInRussian() {
        Messages.useForUi(Locale.forLanguageTag("ru-RU"));
        Roadmap sample = SampleRoadmap.load();
        Milestone first = sample.milestones().stream().filter(m -> m.kind() == MilestoneKind.ACTIVITY).findFirst()
                .orElseThrow();
        Roadmap broken = sample.withMilestone(first.toBuilder().start(PlanDate.quarter(2025, 4))
                .end(PlanDate.quarter(2025, 3)).ongoing(false).build());

        List<String> problems = RoadmapValidator.validate(broken).stream().map(Problem::toString).toList();

        assertThat(problems).containsExactly("мероприятие '" + first.title()
                + "', Окончание: окончание (III кв. 2025) раньше начала (IV кв. 2025)");
    }

    @Test
    void theSameProblemReadsEnglishInAnEnglishWindow() {
        Messages.useForUi(Locale.ENGLISH);
        Roadmap sample = SampleRoadmap.load();
        Milestone first = sample.milestones().stream().filter(m -> m.kind() == MilestoneKind.ACTIVITY).findFirst()
                .orElseThrow();
        Roadmap broken = sample.withMilestone(first.toBuilder().start(PlanDate.quarter(2025, 4))
                .end(PlanDate.quarter(2025, 3)).ongoing(false).build());

        assertThat(RoadmapValidator.validate(broken)).extracting(Problem::toString).containsExactly("milestone '"
                + first.title() + "', End: ends (Q3 2025) before it starts (Q4 2025)");
    }

    @Test
    void aProblemNamesItsFieldInTheWindowsWordsNotTheFieldsName() {
        Messages.useForUi(Locale.forLanguageTag("ru-RU"));
        Problem p = new Problem("milestone", null, "Форум", "leadAgencyB", "слишком длинно");
        assertThat(p.toString()).isEqualTo("мероприятие 'Форум', Ответственный орган (вторая сторона): слишком длинно");
        Messages.useForUi(Locale.ENGLISH);
        assertThat(p.toString()).isEqualTo("milestone 'Форум', Lead agency (second party): слишком длинно");
    }

    @Test
    void aLinkTheDatesDoNotKeepNamesItsTypeInRussian() {
        Messages.useForUi(Locale.forLanguageTag("ru-RU"));
        Roadmap sample = SampleRoadmap.load();
        Dependency link = sample.dependencies().stream().filter(d -> d.type() == DependencyType.FS).findFirst()
                .orElseThrow();
        Milestone pred = sample.milestone(link.predecessorId()).orElseThrow();
        Milestone succ = sample.milestone(link.successorId()).orElseThrow();
        // The successor put a year before its predecessor: it starts before the predecessor can have finished.
        Roadmap broken = sample.withMilestone(succ.toBuilder().start(PlanDate.year(2020)).build());

        assertThat(ScheduleCheck.warning(broken, link)).hasValueSatisfying(w -> assertThat(w.message())
                .startsWith("«" + succ.title() + "» начинается (2020) раньше, чем «" + pred.title() + "»")
                .endsWith("(ОН)"));
    }
}
