package io.milepost.bench;

import io.milepost.model.DatePrecision;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A large roadmap shaped like a real one, for measuring: a dozen sectors, mostly activities with some milestones and
 * meetings, dates of every precision, about one dependency for every two items, always from an earlier item to a
 * later one (in list order) so there is no cycle. The same seed gives the same roadmap.
 */
final class SyntheticRoadmap {

    private static final MilestoneKind[] KINDS = {MilestoneKind.ACTIVITY, MilestoneKind.ACTIVITY,
        MilestoneKind.ACTIVITY, MilestoneKind.MILESTONE, MilestoneKind.MEETING};
    private static final DatePrecision[] PRECISIONS = {DatePrecision.DAY, DatePrecision.DAY, DatePrecision.DAY,
        DatePrecision.MONTH, DatePrecision.QUARTER, DatePrecision.HALF_YEAR, DatePrecision.YEAR};

    private SyntheticRoadmap() {
    }

    static Roadmap generate(int milestones, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2027, 12, 31);
        int days = (int) (end.toEpochDay() - start.toEpochDay());
        List<Sector> sectors = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            sectors.add(new Sector(new UUID(1, s), "Sector " + (s + 1), "Сектор " + (s + 1),
                    String.format("#%06x", random.nextInt(0x1000000)), s));
        }
        List<Milestone> items = new ArrayList<>(milestones);
        MilestoneStatus[] statuses = MilestoneStatus.values();
        for (int i = 0; i < milestones; i++) {
            MilestoneKind kind = KINDS[random.nextInt(KINDS.length)];
            PlanDate from = new PlanDate(start.plusDays(random.nextInt(days - 200)),
                    PRECISIONS[random.nextInt(PRECISIONS.length)]);
            PlanDate to = kind == MilestoneKind.ACTIVITY
                    ? PlanDate.day(from.lastDay().plusDays(5 + random.nextInt(180))) : null;
            items.add(Milestone.builder().id(new UUID(2, i)).kind(kind).title("Item " + i + " of the plan")
                    .sectorId(sectors.get(i % sectors.size()).id()).start(from).end(to)
                    .status(statuses[random.nextInt(statuses.length)]).percentComplete(random.nextInt(101))
                    .leadAgencyA("Ministry " + (i % 17)).leadAgencyB("Ministry " + (i % 13)).order(i).build());
        }
        // Links join an item to an earlier one of its own sector, a few rows up, as plans mostly do; a fixed
        // handful join sectors, and those run across the whole chart.
        int sectorCount = sectors.size();
        List<Dependency> deps = new ArrayList<>(milestones / 2);
        boolean[] linked = new boolean[milestones]; // one incoming link at most, so no pair is linked twice
        for (int i = sectorCount; i < milestones; i++) {
            if (random.nextBoolean()) {
                int from = i - sectorCount * (1 + random.nextInt(Math.min(i / sectorCount, 6)));
                deps.add(new Dependency(new UUID(3, i), items.get(from).id(), items.get(i).id(),
                        random.nextInt(5) == 0 ? DependencyType.SS : DependencyType.FS,
                        random.nextInt(3) == 0 ? 7 : 0));
                linked[i] = true;
            }
        }
        for (int k = 0; k < 40 && milestones > 100; k++) {
            int to = milestones / 2 + random.nextInt(milestones / 2);
            if (!linked[to]) {
                deps.add(Dependency.finishToStart(items.get(random.nextInt(milestones / 2)).id(), items.get(to).id()));
                linked[to] = true;
            }
        }
        RoadmapInfo info = new RoadmapInfo(new UUID(0, milestones), "Synthetic roadmap of " + milestones + " items",
                null, "Pakistan", "Belarus", start, end, "Generated for benchmarks.", "en", "ru");
        return new Roadmap(info, sectors, List.of(), List.of(), items, deps, List.of());
    }
}
