package io.milepost.chart;

import java.util.UUID;

/**
 * What {@link ChartScene#hitTest} found.
 *
 * @param itemId       the milestone, for bar, diamond and meeting hits
 * @param dependencyId the dependency, for link hits
 * @param groupKey     the group, for group-header hits
 * @param row          the row of the element hit (for a link, the row under the point)
 */
public record Hit(HitKind kind, UUID itemId, UUID dependencyId, String groupKey, int row) {
}
