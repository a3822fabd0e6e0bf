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

    /** These rows with some rows replaced: everything else (lanes, links, sectors) is the same as {@code base}'s. */
    private ChartRows(Roadmap roadmap, ChartOptions options, ChartRows base, ChartRow[] rows, List<RowGroup> groups,
                      DateRange itemSpan) {
        this.roadmap = roadmap;
        this.options = options;
        this.rows = rows;
        this.groups = groups;
        this.itemSpan = itemSpan;
        this.rowOfItem = base.rowOfItem;
        this.sectors = base.sectors;
        this.sectorIndex = base.sectorIndex;
        this.links = base.links;
        this.linkFrom = base.linkFrom;
        this.linkTo = base.linkTo;
        this.linkIndex = base.linkIndex;
    }

    /** How many milestones one edit may change for the rows to be patched rather than built again. */
    private static final int PATCH_LIMIT = 64;

    /**
     * The rows of {@code next}, made from these by replacing the milestones an edit changed, where the edit moved no
     * row: the same milestones in the same lanes and in the same order, the same sectors, commissions and links. A
     * planner's edit usually changes one milestone's dates, status or title; building the rows again walks and sorts
     * every milestone, which at 100,000 takes most of the time from the edit to the next frame.
     *
     * @return the patched rows, or {@code null} when the edit moved rows and they must be built again
     */
    public ChartRows patchedTo(Roadmap next, ChartOptions nextOptions) {
        if (!options.sameRowsAs(nextOptions) || next.sectors() != roadmap.sectors()
                || next.commissions() != roadmap.commissions() || next.dependencies() != roadmap.dependencies()) {
            return null;
        }
        List<Milestone> before = roadmap.milestones();
        List<Milestone> after = next.milestones();
        if (before.size() != after.size()) {
            return null;
        }
        ChartRow[] patched = rows;
        java.util.Set<Integer> changedGroups = new java.util.TreeSet<>();
        int changed = 0;
        boolean datesMoved = false;
        for (int i = 0; i < before.size(); i++) {
            Milestone was = before.get(i);
            Milestone now = after.get(i);
            if (was == now) {
                continue;
            }
            Integer row = rowOfItem.get(now.id());
            if (++changed > PATCH_LIMIT || !was.id().equals(now.id()) || !sameLane(was, now) || row == null
                    || !options.filter().matches(now)) {
                return null; // many changes, another item or lane, folded or filtered away: build again
            }
            if (patched == rows) {
                patched = rows.clone();
            }
            ChartRow r = patched[row];
            patched[row] = new ChartRow(row, r.group(), now, r.depth());
            if (!inOrder(patched, row)) {
                return null;
            }
            // A title, status or percent changed: no span moved, so the groups' summaries and the span stand.
            if (!sameDates(was, now)) {
                datesMoved = true;
                if (r.group() != null) {
                    changedGroups.add(r.group().headerRow());
                }
            }
        }
        List<RowGroup> newGroups = groups;
        if (!changedGroups.isEmpty()) {
            newGroups = new ArrayList<>(groups);
            for (int g = 0; g < newGroups.size(); g++) {
                RowGroup old = newGroups.get(g);
                if (changedGroups.contains(old.headerRow())) {
                    RowGroup fresh = regrouped(old, patched);
                    newGroups.set(g, fresh);
                    for (int row = old.headerRow(); row <= old.headerRow() + old.itemCount(); row++) {
                        ChartRow r = patched[row];
                        patched[row] = new ChartRow(row, fresh, r.item(), r.depth());
                    }
                }
            }
            newGroups = Collections.unmodifiableList(newGroups);
        }
        return new ChartRows(next, nextOptions, this, patched, newGroups,
                datesMoved ? spanAfter(before, after) : itemSpan);
    }

    private static boolean sameDates(Milestone was, Milestone now) {
        return was.ongoing() == now.ongoing() && was.start().equals(now.start())
                && java.util.Objects.equals(was.end(), now.end());
    }

    /**
     * The span of all items after an edit: the old span stretched to the changed items, unless a changed item used
     * to reach one of its ends (then the span may have shrunk, and is taken again from every item).
     */
    private DateRange spanAfter(List<Milestone> before, List<Milestone> after) {
        if (itemSpan == null) {
            return spanOf(after);
        }
        LocalDate first = itemSpan.start();
        LocalDate last = itemSpan.end();
        for (int i = 0; i < before.size(); i++) {
            Milestone was = before.get(i);
            Milestone now = after.get(i);
            if (was == now) {
                continue;
            }
            if (!was.firstDay().isAfter(itemSpan.start()) || !was.lastDay().isBefore(itemSpan.end())) {
                return spanOf(after);
            }
            first = now.firstDay().isBefore(first) ? now.firstDay() : first;
            last = now.lastDay().isAfter(last) ? now.lastDay() : last;
        }
        return new DateRange(first, last);
    }

    /** Whether a changed milestone still belongs in the lane it is in under this grouping. */
    private boolean sameLane(Milestone was, Milestone now) {
        return switch (options.grouping()) {
            case SECTOR -> was.sectorId().equals(now.sectorId());
            case COMMISSION -> java.util.Objects.equals(was.commissionId(), now.commissionId());
            case STATUS -> was.status() == now.status();
            case NONE -> was.sectorId().equals(now.sectorId());
        };
    }

    /** Whether the item at {@code row} still sorts between its neighbours in its lane. */
    private boolean inOrder(ChartRow[] in, int row) {
        Comparator<Milestone> inGroup = options.order().comparator(options.language());
        Comparator<Milestone> order = options.grouping() == Grouping.NONE
                ? Comparator.<Milestone>comparingInt(this::sectorRank).thenComparing(inGroup) : inGroup;
        ChartRow here = in[row];
        if (row > 0 && in[row - 1].item() != null && in[row - 1].group() == here.group()
                && order.compare(in[row - 1].item(), here.item()) > 0) {
            return false;
        }
        return row + 1 >= in.length || in[row + 1].item() == null || in[row + 1].group() != here.group()
                || order.compare(here.item(), in[row + 1].item()) <= 0;
    }

    /** A group's summary (its span, whether it runs on) taken again from its rows, everything else kept. */
    private static RowGroup regrouped(RowGroup old, ChartRow[] in) {
        List<Milestone> items = new ArrayList<>(old.itemCount());
        boolean openEnd = false;
        for (int row = old.headerRow() + 1; row <= old.headerRow() + old.itemCount(); row++) {
            items.add(in[row].item());
            openEnd |= in[row].item().ongoing();
        }
        DateRange span = spanOf(items);
        return new RowGroup(old.key(), old.label(), old.headerRow(), old.itemCount(), old.collapsed(),
                span == null ? null : span.start(), span == null ? null : span.end(), openEnd, old.sectorId(),
                old.color());
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
        MilestoneFilter filter = options.filter();
        Comparator<Milestone> inGroup = options.order().comparator(options.language());
        List<Milestone> shown = filter.isNone() ? roadmap.milestones()
                : roadmap.milestones().stream().filter(filter::matches).toList();
        Map<String, Lane> lanes = new LinkedHashMap<>();
        // Milestones find their lane by id, not by the lane's key: a key made per milestone was 100,000 strings.
        Map<Object, Lane> byId = new HashMap<>();
        switch (options.grouping()) {
            case SECTOR -> {
                for (Sector s : sectors) {
                    Lane lane = new Lane(RowGroup.sectorKey(s.id()), options.language().name(s), inGroup);
                    lane.sectorId = s.id();
                    lane.color = s.color();
                    lane.keepWhenEmpty = true;
                    lanes.put(lane.key, lane);
                    byId.put(s.id(), lane);
                }
                Lane none = new Lane(RowGroup.NO_SECTOR, texts.noSector(), inGroup);
                lanes.put(none.key, none);
                for (Milestone m : shown) {
                    byId.getOrDefault(m.sectorId(), none).items.add(m);
                }
            }
            case COMMISSION -> {
                for (Commission c : roadmap.commissions()) {
                    Lane lane = new Lane(RowGroup.commissionKey(c.id()), options.language().name(c),
                            inGroup);
                    lane.keepWhenEmpty = true;
                    lanes.put(lane.key, lane);
                    byId.put(c.id(), lane);
                }
                Lane none = new Lane(RowGroup.NO_COMMISSION, texts.noCommission(), inGroup);
                lanes.put(none.key, none);
                for (Milestone m : shown) {
                    byId.getOrDefault(m.commissionId(), none).items.add(m);
                }
            }
            case STATUS -> {
                for (MilestoneStatus st : MilestoneStatus.values()) {
                    Lane lane = new Lane(RowGroup.statusKey(st), texts.status(st), inGroup);
                    lanes.put(lane.key, lane);
                    byId.put(st, lane);
                }
                for (Milestone m : shown) {
                    byId.get(m.status()).items.add(m);
                }
            }
            case NONE -> {
                Comparator<Milestone> bySector = Comparator.comparingInt(this::sectorRank);
                Lane all = new Lane("all", "", bySector.thenComparing(inGroup));
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
