package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shape the painter draws is one the scene holds: the painter only translates. */
class SceneIsTheWholePictureTest {

    private static final ChartOptions OPTIONS = ChartOptions.defaults()
            .withRange(new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 12, 31))).withPxPerDay(2);
    private static final Viewport VIEW = new Viewport(0, 0, 790, 400);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");
    private final Sector politics = plan.sector("Political dialogue", "#6a1b9a");
    private final Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 6, 30),
            b -> b.percentComplete(40).status(MilestoneStatus.IN_PROGRESS));
    private final Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 8, 20), b -> b);
    private final Milestone dialogue = plan.activity(politics, "Regular political consultations",
            PlanDate.quarter(2025, 1), null, b -> b.ongoing(true));

    {
        plan.link(study, signing, DependencyType.FS);
    }

    @Test
    void aPlannerSeesTheChevronsBracketsAndHandlesTheSceneHolds() {
        ChartScene scene = layout();

        Bar ongoing = bar(scene, dialogue);
        assertThat(ongoing.glyphs()).as("the continues chevron").anyMatch(g -> g.styleKey().equals("bar.openEnd"));
        assertThat(bar(scene, study).glyphs()).as("the percent handle")
                .anyMatch(g -> g.styleKey().equals("bar.progress.handle"));
        assertThat(scene.groupHeaders()).allSatisfy(h -> assertThat(h.summary().glyphs()).as("bracket ends")
                .isNotEmpty());
        assertThat(bar(scene, study).pieces()).extracting(BarPiece::done).containsExactly(true, false);
    }

    @Test
    void everyPolygonPaintedIsAGlyphMarkerOrArrowHeadOfTheScene() {
        ChartScene scene = layout();
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<List<Point>> held = new ArrayList<>();
        for (Bar b : scene.bars()) {
            b.glyphs().forEach(g -> held.add(g.points()));
        }
        for (GroupHeader h : scene.groupHeaders()) {
            h.summary().glyphs().forEach(g -> held.add(g.points()));
        }
        scene.links().forEach(l -> held.add(l.arrowHead()));
        for (Marker m : scene.markers()) {
            held.add(List.of(new Point(m.cx(), m.cy() - m.half()), new Point(m.cx() + m.half(), m.cy()),
                    new Point(m.cx(), m.cy() + m.half()), new Point(m.cx() - m.half(), m.cy())));
        }
        List<List<Point>> painted = s.ops("fillPolygon").stream().map(c -> points(c)).toList();
        assertThat(painted).hasSize(held.size());
        assertThat(held).containsExactlyInAnyOrderElementsOf(painted);
    }

    @Test
    void everyPlateUnderALabelIsInTheSceneAndNoneUnderTextInsideABar() {
        ChartScene scene = layout();
        RecordingSurface s = new RecordingSurface();

        ChartPainter.paint(scene, Theme.light(), s);

        List<List<Object>> plates = s.ops("fillRect").stream().filter(c -> c.style().equals("label.halo"))
                .map(RecordingSurface.Call::args).toList();
        List<List<Object>> held = scene.labels().stream().filter(l -> l.plate() != null)
                .map(l -> List.<Object>of(l.plate().x(), l.plate().y(), l.plate().width(), l.plate().height()))
                .toList();
        assertThat(plates).containsExactlyElementsOf(held);
        assertThat(scene.labels()).filteredOn(l -> l.placement() == LabelPlacement.INSIDE)
                .allSatisfy(l -> assertThat(l.plate()).isNull());
    }

    @Test
    void theLegendIsLaidOutBeforeItIsPainted() {
        ChartScene scene = layout();
        LegendLayout legend = LegendLayout.of(scene.legend(), 10, 20, 16);
        RecordingSurface s = new RecordingSurface();

        double bottom = ChartPainter.paintLegend(legend, Theme.light(), s);

        assertThat(bottom).isEqualTo(legend.bottom()).isEqualTo(20 + 16.0 * scene.legend().size());
        assertThat(s.ops("text")).extracting(c -> c.num(1)).containsOnly(legend.lines().get(0).textX());
    }

    private static List<Point> points(RecordingSurface.Call c) {
        double[] xs = (double[]) c.args().get(0);
        double[] ys = (double[]) c.args().get(1);
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            out.add(new Point(xs[i], ys[i]));
        }
        return Arrays.asList(out.toArray(new Point[0]));
    }

    private static Bar bar(ChartScene scene, Milestone m) {
        return scene.bars().stream().filter(b -> m.id().equals(b.id())).findFirst().orElseThrow();
    }

    private ChartScene layout() {
        return GanttLayout.layout(plan.roadmap(), OPTIONS, VIEW, new FixedWidthTextMeasurer());
    }
}
