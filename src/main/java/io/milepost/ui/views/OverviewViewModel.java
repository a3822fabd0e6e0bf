package io.milepost.ui.views;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the overview answers: "what is late or at risk, and whose is it?" and "what happens in the next two months?",
 * with the roadmap counted by status and by sector. Plain data from a roadmap and a day, tested without a screen.
 */
public final class OverviewViewModel {

    /** How far ahead "coming up" looks. */
    public static final int DAYS_AHEAD = 60;

    /** The reason an overdue item needs attention, in the window's language. */
    private final String overdueReason = Messages.text("filter.overdue");

    /**
     * An item that needs attention: overdue, at risk or delayed.
     *
     * @param reason "Overdue", "At risk" or "Delayed" (overdue first: it is the harder fact)
     */
    public record Attention(UUID id, String title, String when, LocalDate end, MilestoneStatus status, String reason,
                            String leadAgencyA, String leadAgencyB) {
    }

    /** An item that starts or ends within the next {@link #DAYS_AHEAD} days. */
    public record Upcoming(UUID id, String title, LocalDate day, String what, MilestoneStatus status) {
    }

    private final Map<MilestoneStatus, Integer> byStatus = new EnumMap<>(MilestoneStatus.class);
    private final Map<String, Integer> bySector = new LinkedHashMap<>();
    private final List<Attention> attention;
    private final List<Upcoming> upcoming;
    private final LocalDate today;

    public OverviewViewModel(Roadmap roadmap, LocalDate today) {
        this(roadmap, today, Language.PRIMARY);
    }

    /** The overview with titles and sector names in the given data language. */
    public OverviewViewModel(Roadmap roadmap, LocalDate today, Language language) {
        this.today = today;
        for (MilestoneStatus s : MilestoneStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<UUID, String> sectorNames = new LinkedHashMap<>();
        for (Sector s : roadmap.sectorsInOrder()) {
            sectorNames.put(s.id(), language.name(s));
            bySector.put(language.name(s), 0);
        }
        List<Attention> late = new ArrayList<>();
        List<Upcoming> soon = new ArrayList<>();
        LocalDate horizon = today.plusDays(DAYS_AHEAD);
        for (Milestone m : roadmap.milestones()) {
            byStatus.merge(m.status(), 1, Integer::sum);
            bySector.merge(sectorNames.getOrDefault(m.sectorId(), Messages.text("chart.noSector")), 1, Integer::sum);
            String reason = MilestoneFilter.isOverdue(m, today) ? overdueReason
                    : m.status() == MilestoneStatus.AT_RISK ? Messages.ui().of("status", MilestoneStatus.AT_RISK)
                    : m.status() == MilestoneStatus.DELAYED ? Messages.ui().of("status", MilestoneStatus.DELAYED) : null;
            if (reason != null) {
                late.add(new Attention(m.id(), language.title(m), m.timelineLabel(Messages.ui().locale()), m.lastDay(), m.status(), reason, m.leadAgencyA(),
                        m.leadAgencyB()));
            }
            if (!CommissionsViewModel.isOpen(m.status())) {
                continue;
            }
            if (within(m.firstDay(), horizon)) {
                soon.add(new Upcoming(m.id(), language.title(m), m.firstDay(), Messages.text(
                        m.kind() == MilestoneKind.ACTIVITY ? "overview.starts" : "overview.due"), m.status()));
            }
            if (!m.ongoing() && !m.lastDay().equals(m.firstDay()) && within(m.lastDay(), horizon)) {
                soon.add(new Upcoming(m.id(), language.title(m), m.lastDay(), Messages.text("overview.ends"), m.status()));
            }
        }
        // Overdue before at risk before delayed; within each, the longest overdue first.
        late.sort(Comparator.comparing((Attention a) -> !a.reason().equals(overdueReason))
                .thenComparing(a -> a.status() != MilestoneStatus.AT_RISK)
                .thenComparing(Attention::end).thenComparing(Attention::title));
        soon.sort(Comparator.comparing(Upcoming::day).thenComparing(Upcoming::title));
        this.attention = List.copyOf(late);
        this.upcoming = List.copyOf(soon);
    }

    private boolean within(LocalDate day, LocalDate horizon) {
        return !day.isBefore(today) && !day.isAfter(horizon);
    }

    /** Every status with its count, in the statuses' order (zero counts included, so the chart keeps its axis). */
    public Map<MilestoneStatus, Integer> byStatus() {
        return new EnumMap<>(byStatus);
    }

    /** Every sector with its count, in the sectors' order. */
    public Map<String, Integer> bySector() {
        return new LinkedHashMap<>(bySector);
    }

    public List<Attention> attention() {
        return attention;
    }

    public List<Upcoming> upcoming() {
        return upcoming;
    }

    public LocalDate today() {
        return today;
    }
}
