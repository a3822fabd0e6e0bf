package io.milepost.model;

import io.milepost.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a whole roadmap and reports every problem at once, each naming the item and the field, so that an import
 * or a check can show the planner the full list instead of stopping at the first mistake.
 */
public final class RoadmapValidator {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private RoadmapValidator() {
    }

    /** A session's details belong to a meeting of a commission: the meeting holds its dates and status. */
    private static void checkSession(Roadmap roadmap, SessionDetails s, List<Problem> problems) {
        String label = Messages.text("valid.session", s.number());
        Milestone meeting = roadmap.milestone(s.meetingId()).orElse(null);
        if (meeting == null) {
            problems.add(new Problem("session", s.meetingId(), label, "meetingId",
                    Messages.text("valid.noMeeting", s.meetingId())));
        } else if (meeting.kind() != MilestoneKind.MEETING) {
            problems.add(new Problem("session", s.meetingId(), label, "meetingId",
                    Messages.text("valid.notAMeeting", meeting.title(),
                            Messages.ui().of("kind", meeting.kind()))));
        } else if (meeting.commissionId() == null) {
            problems.add(new Problem("session", s.meetingId(), label, "meetingId",
                    Messages.text("valid.noCommission", meeting.title())));
        }
        if (s.number() < 1) {
            problems.add(new Problem("session", s.meetingId(), label, "number", Messages.text("valid.sessionNumber")));
        }
    }

    public static List<Problem> validate(Roadmap roadmap) {
        List<Problem> problems = new ArrayList<>();
        checkInfo(roadmap.info(), problems);
        Set<UUID> sectorIds = ids(roadmap.sectors(), Sector::id, "sector", Sector::name, problems);
        Set<UUID> commissionIds = ids(roadmap.commissions(), Commission::id, "commission", Commission::name, problems);
        Set<UUID> milestoneIds = ids(roadmap.milestones(), Milestone::id, "milestone", Milestone::title, problems);
        ids(roadmap.sessions(), SessionDetails::meetingId, "session", s -> Messages.text("valid.session", s.number()), problems);
        ids(roadmap.dependencies(), Dependency::id, "dependency", d -> null, problems);
        ids(roadmap.agreements(), Agreement::id, "agreement", Agreement::title, problems);

        for (Sector s : roadmap.sectors()) {
            if (s.name().isBlank()) {
                problems.add(new Problem("sector", s.id(), null, "name", Messages.text("valid.empty")));
            }
            if (s.color() != null && !HEX_COLOUR.matcher(s.color()).matches()) {
                problems.add(new Problem("sector", s.id(), s.name(), "color",
                        Messages.text("valid.colour", s.color())));
            }
        }
        for (Commission c : roadmap.commissions()) {
            if (c.name().isBlank()) {
                problems.add(new Problem("commission", c.id(), null, "name", Messages.text("valid.empty")));
            }
        }
        for (SessionDetails s : roadmap.sessions()) {
            checkSession(roadmap, s, problems);
        }
        for (Milestone m : roadmap.milestones()) {
            checkMilestone(m, sectorIds, commissionIds, problems);
        }
        checkDependencies(roadmap, milestoneIds, problems);
        for (Agreement a : roadmap.agreements()) {
            if (a.sectorId() != null && !sectorIds.contains(a.sectorId())) {
                problems.add(new Problem("agreement", a.id(), a.title(), "sectorId",
                        Messages.text("valid.noSector", a.sectorId())));
            }
            for (UUID mid : a.milestoneIds()) {
                if (!milestoneIds.contains(mid)) {
                    problems.add(new Problem("agreement", a.id(), a.title(), "milestoneIds",
                            Messages.text("valid.noMilestone", mid)));
                }
            }
            if (a.signed() != null && outOfRange(a.signed())) {
                problems.add(new Problem("agreement", a.id(), a.title(), "signed", outOfRangeMessage(a.signed())));
            }
        }
        return problems;
    }

    private static void checkInfo(RoadmapInfo info, List<Problem> problems) {
        if (info.title().isBlank()) {
            problems.add(new Problem("roadmap", info.id(), null, "title", Messages.text("valid.empty")));
        }
        if (outOfRange(info.periodStart())) {
            problems.add(new Problem("roadmap", info.id(), info.title(), "periodStart",
                    outOfRangeMessage(info.periodStart())));
        }
        if (outOfRange(info.periodEnd())) {
            problems.add(new Problem("roadmap", info.id(), info.title(), "periodEnd",
                    outOfRangeMessage(info.periodEnd())));
        }
        if (info.periodEnd().isBefore(info.periodStart())) {
            problems.add(new Problem("roadmap", info.id(), info.title(), "periodEnd",
                    Messages.text("valid.endsBeforeStart", info.periodEnd(), info.periodStart())));
        }
    }

    private static void checkMilestone(Milestone m, Set<UUID> sectorIds, Set<UUID> commissionIds,
                                       List<Problem> problems) {
        String label = m.title();
        if (m.title().isBlank()) {
            problems.add(new Problem("milestone", m.id(), null, "title", Messages.text("valid.empty")));
        }
        if (!sectorIds.contains(m.sectorId())) {
            problems.add(new Problem("milestone", m.id(), label, "sectorId",
                    Messages.text("valid.noSector", m.sectorId())));
        }
        if (m.commissionId() != null && !commissionIds.contains(m.commissionId())) {
            problems.add(new Problem("milestone", m.id(), label, "commissionId",
                    Messages.text("valid.noCommissionOf", m.commissionId())));
        }
        checkPeriod("milestone", m.id(), label, m.start(), m.end(), problems);
        if (m.ongoing() && m.end() != null) {
            problems.add(new Problem("milestone", m.id(), label, "end",
                    Messages.text("valid.endOfContinuous")));
        }
        if (m.percentComplete() < 0 || m.percentComplete() > 100) {
            problems.add(new Problem("milestone", m.id(), label, "percentComplete",
                    Messages.text("valid.percent", m.percentComplete())));
        }
        LocalDate bs = m.baselineStart();
        LocalDate be = m.baselineEnd();
        if (bs != null && outOfRange(bs)) {
            problems.add(new Problem("milestone", m.id(), label, "baselineStart", outOfRangeMessage(bs)));
        }
        if (be != null && outOfRange(be)) {
            problems.add(new Problem("milestone", m.id(), label, "baselineEnd", outOfRangeMessage(be)));
        }
        if (bs != null && be != null && be.isBefore(bs)) {
            problems.add(new Problem("milestone", m.id(), label, "baselineEnd",
                    Messages.text("valid.baselineEndsBeforeStart", be, bs)));
        }
    }

    private static void checkPeriod(String kind, UUID id, String label, PlanDate start, PlanDate end,
                                    List<Problem> problems) {
        if (!start.isWithinSaneRange()) {
            problems.add(new Problem(kind, id, label, "start", outOfRangeMessage(start.firstDay())));
        }
        if (end != null) {
            if (!end.isWithinSaneRange()) {
                problems.add(new Problem(kind, id, label, "end", outOfRangeMessage(end.firstDay())));
            }
            if (end.lastDay().isBefore(start.firstDay())) {
                problems.add(new Problem(kind, id, label, "end",
                        Messages.text("valid.endsBeforeStart", end.label(Messages.ui().locale()),
                        start.label(Messages.ui().locale()))));
            }
        }
    }

    private static void checkDependencies(Roadmap roadmap, Set<UUID> milestoneIds, List<Problem> problems) {
        Set<String> pairs = new HashSet<>();
        List<Dependency> sound = new ArrayList<>();
        for (Dependency d : roadmap.dependencies()) {
            String label = titleOf(roadmap, d.predecessorId()) + " → " + titleOf(roadmap, d.successorId());
            boolean dangling = false;
            if (!milestoneIds.contains(d.predecessorId())) {
                problems.add(new Problem("dependency", d.id(), label, "predecessorId",
                        Messages.text("valid.noMilestone", d.predecessorId())));
                dangling = true;
            }
            if (!milestoneIds.contains(d.successorId())) {
                problems.add(new Problem("dependency", d.id(), label, "successorId",
                        Messages.text("valid.noMilestone", d.successorId())));
                dangling = true;
            }
            if (d.predecessorId().equals(d.successorId())) {
                problems.add(new Problem("dependency", d.id(), label, "successorId", Messages.text("valid.selfLink")));
                continue;
            }
            if (!pairs.add(d.predecessorId() + ">" + d.successorId())) {
                problems.add(new Problem("dependency", d.id(), label, "successorId",
                        Messages.text("valid.sameLink")));
            }
            if (!dangling) {
                sound.add(d);
            }
        }
        List<UUID> cycle = new DependencyGraph(sound).findCycle();
        if (!cycle.isEmpty()) {
            String loop = cycle.stream().map(id -> "'" + titleOf(roadmap, id) + "'").collect(Collectors.joining(" → "))
                    + " → '" + titleOf(roadmap, cycle.get(0)) + "'";
            problems.add(new Problem("dependency", null, null, null, Messages.text("valid.cycle", loop)));
        }
    }

    private static String titleOf(Roadmap roadmap, UUID id) {
        return roadmap.milestone(id).map(Milestone::title).orElse(String.valueOf(id));
    }

    private static <T> Set<UUID> ids(List<T> items, Function<T, UUID> id, String kind, Function<T, String> label,
                                     List<Problem> problems) {
        Set<UUID> seen = new HashSet<>(items.size() * 2);
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                problems.add(new Problem(kind, id.apply(item), label.apply(item), "id",
                        Messages.text("valid.sameId", Problem.kindName(kind))));
            }
        }
        return seen;
    }

    private static boolean outOfRange(LocalDate date) {
        return date.isBefore(PlanDate.EARLIEST) || date.isAfter(PlanDate.LATEST);
    }

    private static String outOfRangeMessage(LocalDate date) {
        return Messages.text("valid.outOfRange", date, PlanDate.EARLIEST.getYear(), PlanDate.LATEST.getYear());
    }
}
