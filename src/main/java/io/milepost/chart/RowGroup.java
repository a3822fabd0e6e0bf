package io.milepost.chart;

import io.milepost.model.MilestoneStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One swimlane: its header row and what its summary bar spans.
 *
 * @param key       stable across edits and sessions, so a folded group stays folded: "sector:&lt;uuid&gt;",
 *                  "commission:&lt;uuid&gt;", "status:DONE", "sector:none", "commission:none"
 * @param headerRow the row index of the group's header
 * @param itemCount items in the group, shown or folded
 * @param firstDay  first day of the earliest item, or {@code null} for an empty group
 * @param lastDay   last day of the latest item as written, or {@code null} for an empty group
 * @param openEnd   some item is ongoing, so the summary runs on to the chart's right edge
 * @param sectorId  the sector when grouped by sector, else {@code null}
 * @param color     the sector's colour when grouped by sector, else {@code null}
 */
public record RowGroup(String key, String label, int headerRow, int itemCount, boolean collapsed, LocalDate firstDay,
                       LocalDate lastDay, boolean openEnd, UUID sectorId, String color) {

    public static final String NO_SECTOR = "sector:none";
    public static final String NO_COMMISSION = "commission:none";

    public static String sectorKey(UUID sectorId) {
        return "sector:" + sectorId;
    }

    public static String commissionKey(UUID commissionId) {
        return "commission:" + commissionId;
    }

    public static String statusKey(MilestoneStatus status) {
        return "status:" + status.name();
    }

    public boolean isEmpty() {
        return itemCount == 0;
    }
}
