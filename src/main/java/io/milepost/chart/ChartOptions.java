package io.milepost.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How to draw a roadmap. Immutable; change one thing with a {@code with…} method.
 *
 * @param range            the dates the chart spans, or {@code null} for the roadmap's period (widened to hold every
 *                         item) padded by a month on each side
 * @param pxPerDay         the zoom (see {@link Zoom}); clamped to the zoom limits
 * @param collapsedGroups  keys of the groups shown folded (see {@link RowGroup#key()})
 * @param weekStart        the first day of a week: where week header cells begin and week-zoom drags land
 * @param today            where to draw the today line, or {@code null} for none; passed in so a chart drawn twice
 *                         is drawn the same, and never read from the clock inside the engine
 * @param rowHeight        height of one row in pixels
 * @param headerRowHeight  height of one of the two header tiers; the header is twice this
 * @param labelColumnWidth width of the row-label column drawn left of the body; 0 on screen (the table sits there),
 *                         positive for print and export so every page repeats the labels
 * @param locale           month names in the header
 * @param filter           which milestones get a row; {@link MilestoneFilter#NONE} for all
 * @param order            the order of the items within each group: the plan's, or sorted by a column
 */
public record ChartOptions(DateRange range, double pxPerDay, Grouping grouping, ColorBy colorBy, Language language,
                           Set<String> collapsedGroups, boolean showBaselines, boolean showLinks, YearStart yearStart,
                           DayOfWeek weekStart, LocalDate today, double rowHeight, double headerRowHeight,
                           double labelColumnWidth, Locale locale, ChartTexts texts, MilestoneFilter filter,
                           RowOrder order) {

    public ChartOptions {
        pxPerDay = Zoom.clamp(pxPerDay);
        grouping = grouping == null ? Grouping.SECTOR : grouping;
        colorBy = colorBy == null ? ColorBy.STATUS : colorBy;
        language = language == null ? Language.PRIMARY : language;
        collapsedGroups = collapsedGroups == null ? Set.of() : Set.copyOf(collapsedGroups);
        yearStart = yearStart == null ? YearStart.CALENDAR : yearStart;
        weekStart = weekStart == null ? DayOfWeek.MONDAY : weekStart;
        locale = locale == null ? Locale.ENGLISH : locale;
        texts = texts == null ? ChartTexts.ENGLISH : texts;
        filter = filter == null ? MilestoneFilter.NONE : filter;
        order = order == null ? RowOrder.PLAN : order;
        if (!(rowHeight >= 8)) {
            throw new IllegalArgumentException("row height must be at least 8 px, was " + rowHeight);
        }
        if (!(headerRowHeight >= 0)) {
            throw new IllegalArgumentException("header row height must not be negative, was " + headerRowHeight);
        }
        if (!(labelColumnWidth >= 0)) {
            throw new IllegalArgumentException("label column width must not be negative, was " + labelColumnWidth);
        }
    }

    /**
     * Grouped by sector, coloured by status, months zoom, links on, baselines off, weeks from Monday, no today line.
     */
    public static ChartOptions defaults() {
        return new ChartOptions(null, Zoom.MONTHS.pxPerDay(), Grouping.SECTOR, ColorBy.STATUS, Language.PRIMARY,
                Set.of(), false, true, YearStart.CALENDAR, DayOfWeek.MONDAY, null, 24, 20, 0, Locale.ENGLISH,
                ChartTexts.ENGLISH, MilestoneFilter.NONE, RowOrder.PLAN);
    }

    public Zoom zoom() {
        return Zoom.of(pxPerDay);
    }

    /** Both header tiers. */
    public double headerHeight() {
        return 2 * headerRowHeight;
    }

    public boolean isCollapsed(String groupKey) {
        return collapsedGroups.contains(groupKey);
    }

    /**
     * True when rows built for {@code other} serve these options too: only grouping, folding, language, texts and
     * the filter and the order shape the rows; zoom, range, colours and the rest are per frame.
     */
    public boolean sameRowsAs(ChartOptions other) {
        return grouping == other.grouping && language == other.language
                && collapsedGroups.equals(other.collapsedGroups) && texts.equals(other.texts)
                && filter.equals(other.filter) && order.equals(other.order);
    }

    public ChartOptions withRange(DateRange v) {
        return new ChartOptions(v, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withPxPerDay(double v) {
        return new ChartOptions(range, v, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withZoom(Zoom zoom) {
        return withPxPerDay(zoom.pxPerDay());
    }

    public ChartOptions withGrouping(Grouping v) {
        return new ChartOptions(range, pxPerDay, v, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withColorBy(ColorBy v) {
        return new ChartOptions(range, pxPerDay, grouping, v, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withLanguage(Language v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, v, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withCollapsedGroups(Set<String> v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, v, showBaselines, showLinks,
                yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth, locale,
                texts, filter, order);
    }

    /** Folds or unfolds one group, leaving the others as they are. */
    public ChartOptions withGroupCollapsed(String groupKey, boolean collapsed) {
        Set<String> keys = new HashSet<>(collapsedGroups);
        if (collapsed) {
            keys.add(Objects.requireNonNull(groupKey, "groupKey"));
        } else {
            keys.remove(groupKey);
        }
        return withCollapsedGroups(keys);
    }

    public ChartOptions withShowBaselines(boolean v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, v, showLinks,
                yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth, locale,
                texts, filter, order);
    }

    public ChartOptions withShowLinks(boolean v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                v, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth, locale,
                texts, filter, order);
    }

    public ChartOptions withYearStart(YearStart v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, v, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth, locale,
                texts, filter, order);
    }

    public ChartOptions withWeekStart(DayOfWeek v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, v, today, rowHeight, headerRowHeight, labelColumnWidth, locale, texts, filter,
                order);
    }

    public ChartOptions withToday(LocalDate v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, v, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, order);
    }

    public ChartOptions withRowHeight(double v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, v, headerRowHeight, labelColumnWidth, locale,
                texts, filter, order);
    }

    public ChartOptions withHeaderRowHeight(double v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, v, labelColumnWidth, locale, texts,
                filter, order);
    }

    public ChartOptions withLabelColumnWidth(double v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, v, locale, texts,
                filter, order);
    }

    public ChartOptions withLocale(Locale v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                v, texts, filter, order);
    }

    public ChartOptions withTexts(ChartTexts v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, v, filter, order);
    }

    public ChartOptions withFilter(MilestoneFilter v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, v, order);
    }

    public ChartOptions withOrder(RowOrder v) {
        return new ChartOptions(range, pxPerDay, grouping, colorBy, language, collapsedGroups, showBaselines,
                showLinks, yearStart, weekStart, today, rowHeight, headerRowHeight, labelColumnWidth,
                locale, texts, filter, v);
    }
}
