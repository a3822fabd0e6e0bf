package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Printing 2025–2027 at 2 px a day (2,190 px) with 100 rows of 24 px (2,400 px) on pages whose printable area is
 * 950 × 640: a 150 px label column and the 40 px header leave 800 × 600 for the chart, 25 rows a page.
 */
class PaginationTest {

    private static final DateRange PERIOD = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
    private static final ChartOptions PRINT = ChartOptions.defaults().withRange(PERIOD).withPxPerDay(2)
            .withLabelColumnWidth(150);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");

    {
        for (int i = 0; i < 99; i++) {
            plan.activity(trade, "Item " + i, day(2025, 3, 1), day(2026, 3, 31));
        }
    }

    private final ChartRows rows = ChartRows.build(plan.roadmap(), PRINT);

    @Test
    void aWideTallChartIsCutIntoPagesRowOfPagesByRowOfPages() {
        List<PageTile> tiles = Pagination.tiles(rows, PRINT, 950, 640);

        assertThat(tiles).hasSize(12);
        assertThat(tiles.subList(0, 4)).extracting(PageTile::column, PageTile::row)
                .containsExactly(tuple(0, 0), tuple(1, 0), tuple(2, 0), tuple(0, 1));
        assertThat(tiles.get(4).viewport()).isEqualTo(new Viewport(800, 600, 800, 600));
        assertThat(tiles.get(11).viewport()).as("the last page takes what is left")
                .isEqualTo(new Viewport(1600, 1800, 590, 600));
    }

    @Test
    void aPageNeverCutsARowInHalf() {
        List<PageTile> tiles = Pagination.tiles(2190, 2400, 800, 610, 24);

        assertThat(tiles).allSatisfy(t -> assertThat(t.viewport().y() % 24).isZero());
        assertThat(tiles.get(0).viewport().height()).isEqualTo(600);
    }

    @Test
    void everyPageRepeatsTheTimeHeaderAndTheLabelsOfItsOwnRows() {
        PageTile middle = Pagination.tiles(rows, PRINT, 950, 640).get(4);

        ChartScene page = GanttLayout.layout(rows, PRINT, middle.viewport(), new FixedWidthTextMeasurer());

        assertThat(page.headerCells()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.x() + c.width()).isGreaterThan(800))
                .allSatisfy(c -> assertThat(c.x()).isLessThan(1600));
        assertThat(page.rowLabels()).extracting(RowLabel::row).containsExactlyElementsOf(
                IntStream.rangeClosed(25, 49).boxed().toList());
        assertThat(page.viewWidth()).isEqualTo(950);
        assertThat(page.viewHeight()).isEqualTo(640);
    }

    @Test
    void fitToWidthPicksTheZoomThatPutsTheWholeRangeOnOnePage() {
        double px = Pagination.pxPerDayToFit(PERIOD, 800);

        assertThat(px * PERIOD.days()).isEqualTo(800, within(1e-9));
        assertThat(Pagination.tiles(rows, PRINT.withPxPerDay(px), 950, 640)).extracting(PageTile::column)
                .containsOnly(0);
    }

    @Test
    void aPageTooSmallForOneRowIsRefused() {
        assertThatThrownBy(() -> Pagination.tiles(rows, PRINT, 950, 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one row");
    }
}
