package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

    private static final ChartOptions OPTIONS = ChartOptions.defaults()
            .withRange(new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 12, 31))).withPxPerDay(2)
            .withShowBaselines(true).withToday(LocalDate.of(2025, 11, 26));
    private static final Viewport VIEW = new Viewport(0, 0, 790, 300);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");
    private final Sector environment = plan.sector("Environment", "#2e7d32");
    private final Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31),
            b -> b.baselineStart(LocalDate.of(2025, 2, 1)).baselineEnd(LocalDate.of(2025, 2, 28)));
    private final Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 5, 20),
            b -> b.status(MilestoneStatus.DONE));
    private final Milestone cleanAir = plan.activity(environment, "Clean air programme", PlanDate.quarter(2025, 3),
            null);

    {
        plan.link(study, signing, DependencyType.FS);
    }

    @Test
    void paintsBackToFrontWithTheTimeHeaderOnTop() {
        RecordingSurface s = paint(OPTIONS);

        assertThat(List.of(
                s.indexOf("fillRect", "background"),
                s.indexOf("fillRect", "period.outside"),
                s.indexOf("line", "grid.minor"),
                s.indexOf("line", "period.line"),
                s.indexOf("fillRect", "group.row"),
                s.indexOf("fillRect", "baseline"),
                s.indexOf("fillRect", "bar.status.PLANNED"),
                s.indexOf("fillPolygon", "bar.status.DONE"),
                s.indexOf("polyline", "link"),
                s.indexOf("text", "label.bar"),
                s.indexOf("line", "today"),
                s.indexOf("fillRect", "header.background"),
                s.indexOf("text", "header.text")))
                .doesNotContain(-1)
                .isSorted();
    }

    @Test
    void theBodyIsClippedToTheViewportAndShiftedByItsOriginWhileTheHeaderOnlyScrollsSideways() {
        ChartScene scene = layout(OPTIONS.withLabelColumnWidth(120), new Viewport(200, 48, 400, 200));
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<RecordingSurface.Call> clips = s.ops("pushClip");
        List<RecordingSurface.Call> moves = s.ops("translate");
        assertThat(clips.get(0).args()).containsExactly(120.0, 40.0, 400.0, 200.0);
        assertThat(moves.get(0).args()).containsExactly(120.0 - 200, 40.0 - 48);
        assertThat(clips.get(1).args()).as("label column").containsExactly(0.0, 40.0, 120.0, 200.0);
        assertThat(moves.get(1).args()).containsExactly(0.0, 40.0 - 48);
        assertThat(clips.get(2).args()).as("header").containsExactly(120.0, 0.0, 400.0, 40.0);
        assertThat(moves.get(2).args()).containsExactly(120.0 - 200, 0.0);
    }

    @Test
    void everyFontIsDeclaredBeforeAnyTextAndEverySaveAndClipIsUndone() {
        RecordingSurface s = paint(OPTIONS.withLabelColumnWidth(120));

        int firstText = s.calls.indexOf(s.ops("text").get(0));
        assertThat(s.calls.subList(0, firstText).stream().filter(c -> c.op().equals("setFont")).count())
                .isEqualTo(FontRole.values().length);
        assertThat(s.ops("save")).hasSameSizeAs(s.ops("restore"));
        assertThat(s.ops("pushClip")).hasSameSizeAs(s.ops("popClip"));
    }

    @Test
    void aBarColouredBySectorIsFilledWithTheSectorsOwnColour() {
        RecordingSurface s = paint(OPTIONS.withColorBy(ColorBy.SECTOR));

        RecordingSurface.Call fill = s.calls.get(s.indexOf("fillRect", "bar.sector.0") - 1);
        assertThat(fill.op()).isEqualTo("setFill");
        assertThat(fill.args().get(0)).isEqualTo(Rgba.parse("#1565c0"));
    }

    @Test
    void aBarDatedToAQuarterFadesOutAtBothEnds() {
        ChartScene scene = layout(OPTIONS, VIEW);
        Bar bar = scene.bars().stream().filter(b -> b.id().equals(cleanAir.id())).findFirst().orElseThrow();
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<Double> alphas = new ArrayList<>();
        double lastLeft = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.calls.size(); i++) {
            RecordingSurface.Call c = s.calls.get(i);
            if (c.op().equals("fillRect") && c.num(1) == bar.y() && c.num(0) <= bar.x() + BarShapes.SOFT_END
                    && c.num(0) >= bar.x()) {
                assertThat(c.num(0)).as("steps outwards").isLessThan(lastLeft);
                lastLeft = c.num(0);
                alphas.add(((Rgba) s.calls.get(lastFillBefore(s, i)).args().get(0)).alpha());
            }
        }
        assertThat(alphas).hasSizeGreaterThan(2);
        assertThat(alphas).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(alphas.get(0)).isEqualTo(1.0);
    }

    @Test
    void theDonePartIsTheBarsLeftPartFullHeightSoATitleInsideIsNotStruckThrough() {
        Milestone halfDone = plan.activity(trade, "Seminar", day(2025, 9, 1), day(2025, 12, 31),
                b -> b.percentComplete(50).status(MilestoneStatus.IN_PROGRESS));
        ChartScene scene = layout(OPTIONS, VIEW);
        Bar bar = scene.bars().stream().filter(b -> halfDone.id().equals(b.id())).findFirst().orElseThrow();
        assertThat(GanttLayoutTest.labels(scene, halfDone.id()).get(0).placement()).isEqualTo(LabelPlacement.INSIDE);
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<RecordingSurface.Call> barFills = s.ops("fillRect").stream()
                .filter(c -> c.num(0) >= bar.x() && c.num(0) + c.num(2) <= bar.right() && c.num(1) >= bar.y()
                        && c.num(1) < bar.bottom())
                .toList();
        assertThat(barFills).extracting(c -> c.num(1), c -> c.num(3)).as("all full height")
                .containsOnly(tuple(bar.y(), bar.height()));
        assertThat(barFills).extracting(RecordingSurface.Call::style, c -> c.num(0), c -> c.num(2)).containsExactly(
                tuple("bar.progress", bar.x(), bar.progressWidth()),
                tuple("bar.status.IN_PROGRESS", bar.handleX(),
                        bar.width() - bar.progressWidth()));
        int done = s.indexOf("fillRect", "bar.progress");
        Rgba doneColour = (Rgba) s.calls.get(done - 1).args().get(0);
        assertThat(doneColour).as("the bar's blue, darker and opaque")
                .isEqualTo(ChartPainter.over(Theme.light().color("bar.progress"),
                        Theme.light().color("bar.status.IN_PROGRESS")));
        assertThat(doneColour.alpha()).isEqualTo(1.0);
        assertThat(doneColour.blue()).isLessThan(Rgba.parse("#1e88e5").blue());
    }

    @Test
    void thePercentHandleIsPaintedWhereTheHitTestFindsIt() {
        Milestone halfDone = plan.activity(trade, "Seminar", day(2025, 9, 1), day(2025, 12, 31),
                b -> b.percentComplete(50).status(MilestoneStatus.IN_PROGRESS));
        ChartScene scene = layout(OPTIONS, VIEW);
        Bar bar = scene.bars().stream().filter(b -> halfDone.id().equals(b.id())).findFirst().orElseThrow();
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<RecordingSurface.Call> marks = s.ops("fillPolygon").stream()
                .filter(c -> c.style().equals("bar.progress.handle")).toList();
        assertThat(marks).hasSize(1);
        double[] xs = (double[]) marks.get(0).args().get(0);
        double[] ys = (double[]) marks.get(0).args().get(1);
        assertThat(xs).containsExactly(bar.handleX(), bar.handleX() + Bar.HANDLE_HALF_WIDTH,
                bar.handleX() - Bar.HANDLE_HALF_WIDTH);
        assertThat(ys).containsExactly(bar.handleTop(), bar.handleBottom(), bar.handleBottom());
        assertThat(bar.handleTop()).isEqualTo(bar.y() + bar.height() * 2 / 3);
        assertThat(bar.handleBottom()).isEqualTo(bar.bottom() + Bar.HANDLE_DROP);
        for (int i = 0; i < 3; i++) {
            assertThat(scene.hitTestContent(xs[i], ys[i])).as("vertex " + i).map(Hit::kind)
                    .hasValue(HitKind.PERCENT_HANDLE);
        }
        double midY = (bar.handleTop() + bar.handleBottom()) / 2;
        assertThat(scene.hitTestContent(bar.handleX(), midY)).map(Hit::kind).hasValue(HitKind.PERCENT_HANDLE);
        assertThat(scene.hitTestContent(bar.handleX(), bar.y() + 1)).as("above the mark, the body")
                .map(Hit::kind).hasValue(HitKind.BAR_BODY);
        assertThat(scene.hitTestContent(bar.handleX() + Bar.HANDLE_HALF_WIDTH + 1, midY)).as("beside the mark")
                .map(Hit::kind).hasValue(HitKind.BAR_BODY);
    }

    @Test
    void aTitleInsideADarkBarIsWrittenLightAndInsideALightBarDark() {
        // Sep to Dec, at the chart's end: no room right of the bars, so every title goes inside.
        for (MilestoneStatus status : MilestoneStatus.values()) {
            plan.activity(environment, status.name(), day(2025, 9, 1), day(2025, 12, 31), b -> b.status(status));
        }
        RecordingSurface s = paint(OPTIONS);

        assertThat(insideTexts(s)).containsOnly(
                tuple("PLANNED", "label.inside", Rgba.parse("#111111")),
                tuple("IN_PROGRESS", "label.inside.onDark", Rgba.WHITE),
                tuple("DONE", "label.inside.onDark", Rgba.WHITE),
                tuple("AT_RISK", "label.inside", Rgba.parse("#111111")),
                tuple("DELAYED", "label.inside.onDark", Rgba.WHITE),
                tuple("POSTPONED", "label.inside.onDark", Rgba.WHITE),
                tuple("CANCELLED", "label.inside", Rgba.parse("#111111")));
    }

    @Test
    void aSectorsOwnColourDecidesTheInsideTextLikeAStatusColour() {
        Sector dark = plan.sector("Energy", "#1a237e");
        Sector light = plan.sector("Agriculture", "#fff59d");
        plan.activity(dark, "Grid study", day(2025, 9, 1), day(2025, 12, 31));
        plan.activity(light, "Seed trial", day(2025, 9, 1), day(2025, 12, 31));

        RecordingSurface s = paint(OPTIONS.withColorBy(ColorBy.SECTOR));

        assertThat(insideTexts(s)).contains(tuple("Grid study", "label.inside.onDark", Rgba.WHITE),
                tuple("Seed trial", "label.inside", Rgba.parse("#111111")));
        assertThat(ChartPainter.isDark(Rgba.parse("#ffb300"))).as("amber").isFalse();
        assertThat(ChartPainter.isDark(Rgba.parse("#1e88e5"))).as("blue").isTrue();
    }

    private static List<org.assertj.core.groups.Tuple> insideTexts(RecordingSurface s) {
        List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
        for (int i = 0; i < s.calls.size(); i++) {
            RecordingSurface.Call c = s.calls.get(i);
            if (c.op().equals("text") && c.style().startsWith("label.inside")) {
                out.add(tuple(c.args().get(0), c.style(), s.calls.get(lastFillBefore(s, i)).args().get(0)));
            }
        }
        return out;
    }

    @Test
    void aLabelBesideItsItemSitsOnAFaintPlateSoLinksBehindItAreDimmedNotStruckThrough() {
        ChartScene scene = layout(OPTIONS, VIEW);
        TextLabel title = GanttLayoutTest.labels(scene, study.id()).get(0);
        assertThat(title.placement()).isEqualTo(LabelPlacement.RIGHT);
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        int text = -1;
        for (int i = 0; i < s.calls.size(); i++) {
            if (s.calls.get(i).op().equals("text") && s.calls.get(i).args().get(0).equals(title.text())) {
                text = i;
            }
        }
        RecordingSurface.Call plate = s.calls.get(text - 2);
        assertThat(plate.op()).isEqualTo("fillRect");
        assertThat(plate.style()).isEqualTo("label.halo");
        Plate laid = title.plate();
        assertThat(laid.x()).isEqualTo(title.x() - RowLayout.PLATE_PAD);
        assertThat(laid.width()).isEqualTo(title.width() + 2 * RowLayout.PLATE_PAD);
        assertThat(laid.y() + laid.height() / 2).as("centred on the text").isEqualTo(title.y());
        assertThat(plate.args()).as("drawn where the scene has it").containsExactly(laid.x(), laid.y(), laid.width(),
                laid.height());
        assertThat(plate.num(0)).as("clear of the link leaving the study").isGreaterThan(
                scene.links().get(0).points().get(1).x());
        Rgba colour = (Rgba) s.calls.get(lastFillBefore(s, text - 2)).args().get(0);
        assertThat(colour.alpha()).isLessThan(1.0);
        assertThat(s.lastIndexOf("polyline", "link")).as("links first").isLessThan(text - 2);
        assertThat(s.ops("fillRect").stream().filter(c -> c.style().equals("label.halo")))
                .as("none under text inside a bar").hasSize((int) scene.labels().stream()
                        .filter(l -> l.placement() != LabelPlacement.INSIDE).count());
    }

    @Test
    void theRowLabelColumnIsPaintedOnlyWhenThePrintAsksForIt() {
        assertThat(paint(OPTIONS).ops("text")).noneMatch(c -> c.style().startsWith("rowlabel"));
        assertThat(paint(OPTIONS.withLabelColumnWidth(200)).ops("text"))
                .anyMatch(c -> c.style().equals("rowlabel.item") && c.args().get(0).equals("Feasibility study"));
    }

    @Test
    void theLegendIsAColumnOfSymbolsAndTexts() {
        ChartScene scene = layout(OPTIONS, VIEW);
        RecordingSurface s = new RecordingSurface();

        double bottom = ChartPainter.paintLegend(scene.legend(), Theme.light(), s, 10, 20, 16);

        assertThat(s.ops("text")).extracting(c -> c.args().get(0)).containsExactlyElementsOf(
                scene.legend().stream().map(LegendEntry::text).toList());
        assertThat(bottom).isEqualTo(20 + 16.0 * scene.legend().size());
    }

    @Test
    void theLightThemeColoursStatusesAndFallsBackByStyleKey() {
        Theme theme = Theme.light();

        assertThat(theme.color("bar.status.DONE")).isEqualTo(Rgba.parse("#43a047"));
        assertThat(theme.color("bar.status.DELAYED")).isEqualTo(Rgba.parse("#e64a19"));
        assertThat(theme.color("bar.sector.13")).isEqualTo(theme.sectorColor(1));
        assertThat(theme.color("label.bar.extra")).as("parent key").isEqualTo(theme.color("label.bar"));
        assertThat(theme.stroke("today").width()).isEqualTo(2);
        assertThat(theme.toBuilder().color("today", "#000000").build().color("today")).isEqualTo(Rgba.BLACK);
        assertThat(Rgba.parseOr("not a colour", Rgba.WHITE)).isEqualTo(Rgba.WHITE);
        assertThat(Rgba.parse("#2e7d32").hex()).isEqualTo("#2e7d32");
    }

    private static int lastFillBefore(RecordingSurface s, int index) {
        for (int i = index; i >= 0; i--) {
            if (s.calls.get(i).op().equals("setFill")) {
                return i;
            }
        }
        throw new AssertionError("no fill before call " + index);
    }

    private RecordingSurface paint(ChartOptions options) {
        RecordingSurface s = new RecordingSurface();
        ChartPainter.paint(layout(options, VIEW), Theme.light(), s);
        return s;
    }

    private ChartScene layout(ChartOptions options, Viewport viewport) {
        return GanttLayout.layout(plan.roadmap(), options, viewport, new FixedWidthTextMeasurer());
    }
}
