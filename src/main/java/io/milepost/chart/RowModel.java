package io.milepost.chart;

import io.milepost.model.Dependency;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.util.List;
import java.util.UUID;

/**
 * The chart's rows, built once per roadmap and row-shaping options ({@link ChartOptions#sameRowsAs}) and read by
 * every frame. Row {@code i} lies at y = i × row height, so a frame finds its rows by arithmetic and asks for them
 * one by one; nothing here makes a frame walk all rows. {@link ChartRows} is the implementation.
 */
public interface RowModel {

    int rowCount();

    ChartRow row(int index);

    /** The row showing the milestone, or -1 when it is folded away or unknown. */
    int rowOf(UUID milestoneId);

    /** The groups top to bottom; empty when the chart is not grouped. */
    List<RowGroup> groups();

    RoadmapInfo info();

    /** The roadmap's sectors in display order; a sector's index here is its "bar.sector.&lt;index&gt;" style. */
    List<Sector> sectors();

    /** Position of the sector in {@link #sectors()}, or -1. */
    int sectorIndex(UUID sectorId);

    /** The first day of the earliest item to the last day of the latest, or {@code null} when there are none. */
    DateRange itemSpan();

    /**
     * Visits each dependency between two shown rows whose row span meets [firstRow, lastRow]: links that start,
     * end or pass through those rows. Costs about the number of such links, not the number of dependencies.
     */
    void forEachLinkTouching(int firstRow, int lastRow, LinkVisitor visitor);

    @FunctionalInterface
    interface LinkVisitor {
        void visit(Dependency dependency, int predecessorRow, int successorRow);
    }
}
