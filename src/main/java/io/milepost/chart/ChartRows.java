package io.milepost.chart;

import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of one roadmap under one grouping: the only place that walks every milestone, once, so frames never do.
 * Keep it while the roadmap (the same instance) and the row-shaping options stay; see {@link #matches}.
 * Immutable and safe to share between threads.
 */
public final class ChartRows implements RowModel {

    private static final Comparator<Milestone> IN_GROUP = Comparator.comparingInt(Milestone::order)
            .thenComparing(Milestone::start)
            .thenComparing(Milestone::title)
            .thenComparing(Milestone::id);

    private final Roadmap roadmap;
    private final ChartOptions options;
    private final ChartRow[] rows;
    private final List<RowGroup> groups;
    private final Map<UUID, Integer> rowOfItem;
    private final List<Sector> sectors;
    private final Map<UUID, Integer> sectorIndex;
    private final DateRange itemSpan;
    private final Dependency[] links;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final RowIntervalIndex linkIndex;

    private ChartRows(Roadmap roadmap, ChartOptions options) {
        this.roadmap = roadmap;
        this.options = options;
        this.sectors = roadmap.sectorsInOrder();
        this.sectorIndex = new HashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            sectorIndex.put(sectors.get(i).id(), i);
        }
        this.itemSpan = spanOf(roadmap.milestones());

        List<Lane> lanes = lanes(roadmap, options);
        List<ChartRow> built = new ArrayList<>(roadmap.milestones().size() + lanes.size());
        List<RowGroup> builtGroups = new ArrayList<>(lanes.size());
        rowOfItem = new HashMap<>(roadmap.milestones().size() * 2);
        boolean grouped = options.grouping() != Grouping.NONE;
        for (Lane lane : lanes) {
            lane.items.sort(lane.order);
            RowGroup group = null;
            if (grouped) {
                boolean collapsed = options.isCollapsed(lane.key);
                group = lane.toGroup(built.size(), collapsed);
                builtGroups.add(group);
                built.add(new ChartRow(built.size(), group, null, 0));
                if (collapsed) {
                    continue;
                }
            }
            for (Milestone m : lane.items) {
                rowOfItem.put(m.id(), built.size());
                built.add(new ChartRow(built.size(), group, m, grouped ? 1 : 0));
            }
        }
        this.rows = built.toArray(new ChartRow[0]);
        this.groups = Collections.unmodifiableList(builtGroups);

        List<Dependency> shown = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (Dependency d : roadmap.dependencies()) {
            Integer from = rowOfItem.get(d.predecessorId());
            Integer to = rowOfItem.get(d.successorId());
            if (from != null && to != null) {
                shown.add(d);
                ends.add(new int[] {from, to});
            }
        }
        links = shown.toArray(new Dependency[0]);
        linkFrom = new int[links.length];
        linkTo = new int[links.length];
        int[] los = new int[links.length];
        int[] his = new int[links.length];
        for (int i = 0; i < links.length; i++) {
            linkFrom[i] = ends.get(i)[0];
            linkTo[i] = ends.get(i)[1];
            los[i] = Math.min(linkFrom[i], linkTo[i]);
            his[i] = Math.max(linkFrom[i], linkTo[i]);
        }
        linkIndex = new RowIntervalIndex(los, his);
    }

    public static ChartRows build(Roadmap roadmap, ChartOptions options) {
        return new ChartRows(roadmap, options);
    }

    /** True when these rows were built from this very roadmap instance under options with the same rows. */
    public boolean matches(Roadmap other, ChartOptions otherOptions) {
        return roadmap == other && options.sameRowsAs(otherOptions);
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    @Override
    public int rowCount() {
        return rows.length;
    }

    @Override
    public ChartRow row(int index) {
        return rows[index];
    }

    @Override
    public int rowOf(UUID milestoneId) {
        Integer row = rowOfItem.get(milestoneId);
        return row == null ? -1 : row;
    }

    @Override
    public List<RowGroup> groups() {
        return groups;
    }

    @Override
    public RoadmapInfo info() {
        return roadmap.info();
    }

    @Override
    public List<Sector> sectors() {
        return sectors;
    }

    @Override
    public int sectorIndex(UUID sectorId) {
        Integer i = sectorIndex.get(sectorId);
        return i == null ? -1 : i;
    }

    @Override
    public DateRange itemSpan() {
        return itemSpan;
    }

    @Override
    public void forEachLinkTouching(int firstRow, int lastRow, LinkVisitor visitor) {
        linkIndex.query(firstRow, lastRow, i -> visitor.visit(links[i], linkFrom[i], linkTo[i]));
    }

    private static DateRange spanOf(List<Milestone> milestones) {
        LocalDate first = null;
        LocalDate last = null;
        for (Milestone m : milestones) {
            LocalDate f = m.firstDay();
            LocalDate l = m.lastDay();
            if (first == null || f.isBefore(first)) {
                first = f;
            }
            if (last == null || l.isAfter(last)) {
                last = l;
            }
        }
        return first == null ? null : new DateRange(first, last.isBefore(first) ? first : last);
    }

    private List<Lane> lanes(Roadmap roadmap, ChartOptions options) {
        ChartTexts texts = options.texts();
        boolean second = options.language() == Language.SECOND;
        MilestoneFilter filter = options.filter();
        List<Milestone> shown = filter.isNone() ? roadmap.milestones()
                : roadmap.milestones().stream().filter(filter::matches).toList();
        Map<String, Lane> lanes = new LinkedHashMap<>();
        switch (options.grouping()) {
            case SECTOR -> {
                for (Sector s : sectors) {
                    Lane lane = new Lane(RowGroup.sectorKey(s.id()), pick(s.name(), s.nameAlt(), second), IN_GROUP);
                    lane.sectorId = s.id();
                    lane.color = s.color();
                    lane.keepWhenEmpty = true;
                    lanes.put(lane.key, lane);
                }
                Lane none = new Lane(RowGroup.NO_SECTOR, texts.noSector(), IN_GROUP);
                lanes.put(none.key, none);
                for (Milestone m : shown) {
                    lanes.getOrDefault(RowGroup.sectorKey(m.sectorId()), none).items.add(m);
                }
            }
            case COMMISSION -> {
                for (Commission c : roadmap.commissions()) {
                    Lane lane = new Lane(RowGroup.commissionKey(c.id()), pick(c.name(), c.nameAlt(), second),
                            IN_GROUP);
                    lane.keepWhenEmpty = true;
                    lanes.put(lane.key, lane);
                }
                Lane none = new Lane(RowGroup.NO_COMMISSION, texts.noCommission(), IN_GROUP);
                lanes.put(none.key, none);
                for (Milestone m : shown) {
                    Lane lane = m.commissionId() == null ? none
                            : lanes.getOrDefault(RowGroup.commissionKey(m.commissionId()), none);
                    lane.items.add(m);
                }
            }
            case STATUS -> {
                for (MilestoneStatus st : MilestoneStatus.values()) {
                    Lane lane = new Lane(RowGroup.statusKey(st), texts.status(st), IN_GROUP);
                    lanes.put(lane.key, lane);
                }
                for (Milestone m : shown) {
                    lanes.get(RowGroup.statusKey(m.status())).items.add(m);
                }
            }
            case NONE -> {
                Comparator<Milestone> bySector = Comparator.comparingInt(this::sectorRank);
                Lane all = new Lane("all", "", bySector.thenComparing(IN_GROUP));
                all.items.addAll(shown);
                lanes.put(all.key, all);
            }
        }
        List<Lane> result = new ArrayList<>(lanes.size());
        for (Lane lane : lanes.values()) {
            // An empty sector keeps its lane (a place to add to), unless the filter emptied it: then it is noise.
            if (lane.keepWhenEmpty && filter.isNone() || !lane.items.isEmpty()) {
                result.add(lane);
            }
        }
        return result;
    }

    private int sectorRank(Milestone m) {
        int i = sectorIndex(m.sectorId());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String pick(String primary, String alt, boolean second) {
        return second && alt != null && !alt.isBlank() ? alt : primary;
    }

    /** A group while it is being filled. */
    private static final class Lane {
        final String key;
        final String label;
        final Comparator<Milestone> order;
        final List<Milestone> items = new ArrayList<>();
        UUID sectorId;
        String color;
        boolean keepWhenEmpty;

        Lane(String key, String label, Comparator<Milestone> order) {
            this.key = key;
            this.label = label;
            this.order = order;
        }

        RowGroup toGroup(int headerRow, boolean collapsed) {
            DateRange span = spanOf(items);
            boolean openEnd = false;
            for (Milestone m : items) {
                openEnd |= m.ongoing();
            }
            return new RowGroup(key, label, headerRow, items.size(), collapsed,
                    span == null ? null : span.start(), span == null ? null : span.end(), openEnd, sectorId, color);
        }
    }
}
