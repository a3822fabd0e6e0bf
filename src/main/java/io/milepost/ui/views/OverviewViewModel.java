package io.milepost.ui.views;

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
        this.today = today;
        for (MilestoneStatus s : MilestoneStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<UUID, String> sectorNames = new LinkedHashMap<>();
        for (Sector s : roadmap.sectorsInOrder()) {
            sectorNames.put(s.id(), s.name());
            bySector.put(s.name(), 0);
        }
        List<Attention> late = new ArrayList<>();
        List<Upcoming> soon = new ArrayList<>();
        LocalDate horizon = today.plusDays(DAYS_AHEAD);
        for (Milestone m : roadmap.milestones()) {
            byStatus.merge(m.status(), 1, Integer::sum);
            bySector.merge(sectorNames.getOrDefault(m.sectorId(), "No sector"), 1, Integer::sum);
            String reason = MilestoneFilter.isOverdue(m, today) ? "Overdue"
                    : m.status() == MilestoneStatus.AT_RISK ? "At risk"
                    : m.status() == MilestoneStatus.DELAYED ? "Delayed" : null;
            if (reason != null) {
                late.add(new Attention(m.id(), m.title(), m.timelineLabel(), m.lastDay(), m.status(), reason, m.leadAgencyA(),
                        m.leadAgencyB()));
            }
            if (!CommissionsViewModel.isOpen(m.status())) {
                continue;
            }
            if (within(m.firstDay(), horizon)) {
                soon.add(new Upcoming(m.id(), m.title(), m.firstDay(), m.kind() == MilestoneKind.ACTIVITY
                        ? "Starts" : "Due", m.status()));
            }
            if (!m.ongoing() && !m.lastDay().equals(m.firstDay()) && within(m.lastDay(), horizon)) {
                soon.add(new Upcoming(m.id(), m.title(), m.lastDay(), "Ends", m.status()));
            }
        }
        // Overdue before at risk before delayed; within each, the longest overdue first.
        late.sort(Comparator.comparing((Attention a) -> !a.reason().equals("Overdue"))
                .thenComparing(a -> !a.reason().equals("At risk"))
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
