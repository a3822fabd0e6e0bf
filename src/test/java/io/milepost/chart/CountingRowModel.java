package io.milepost.chart;

import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Passes everything to real rows and writes down which rows and links a frame asked for. */
final class CountingRowModel implements RowModel {

    private final RowModel rows;
    final Set<Integer> rowsRead = new TreeSet<>();
    final Set<Integer> linkEnds = new TreeSet<>();
    int linksVisited;
    int groupListings;

    CountingRowModel(RowModel rows) {
        this.rows = rows;
    }

    void reset() {
        rowsRead.clear();
        linkEnds.clear();
        linksVisited = 0;
        groupListings = 0;
    }

    @Override public int rowCount() { return rows.rowCount(); }

    @Override
    public ChartRow row(int index) {
        rowsRead.add(index);
        return rows.row(index);
    }

    @Override public int rowOf(UUID milestoneId) { return rows.rowOf(milestoneId); }

    @Override
    public List<RowGroup> groups() {
        groupListings++;
        return rows.groups();
    }

    @Override public RoadmapInfo info() { return rows.info(); }
    @Override public List<Sector> sectors() { return rows.sectors(); }
    @Override public int sectorIndex(UUID sectorId) { return rows.sectorIndex(sectorId); }
    @Override public DateRange itemSpan() { return rows.itemSpan(); }

    @Override
    public void forEachLinkTouching(int firstRow, int lastRow, LinkVisitor visitor) {
        rows.forEachLinkTouching(firstRow, lastRow, (d, from, to) -> {
            linksVisited++;
            linkEnds.add(from);
            linkEnds.add(to);
            visitor.visit(d, from, to);
        });
    }
}
