package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/** What one frame's layout collects before it is frozen into a {@link ChartScene}. */
final class SceneBuilder {

    final Frame frame;
    final List<Band> bands = new ArrayList<>();
    final List<VerticalLine> gridLines = new ArrayList<>();
    final List<VerticalLine> periodLines = new ArrayList<>(2);
    final List<GroupHeader> groupHeaders = new ArrayList<>();
    final List<Baseline> baselines = new ArrayList<>();
    final List<Bar> bars = new ArrayList<>();
    final List<Marker> markers = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<TextLabel> labels = new ArrayList<>();
    final List<HeaderCell> headerCells = new ArrayList<>();
    final List<RowLabel> rowLabels = new ArrayList<>();
    List<LegendEntry> legend = List.of();
    VerticalLine today;
    String labelColumnTitle = "";
    /**
     * Per visible row (index: row − first visible row), how far its item's own links run along the row's middle
     * left and right of its shape, where a label must not go. Filled by {@link LinkRouter} before the rows are
     * laid out; not part of the scene.
     */
    final double[] linkClearLeft;
    final double[] linkClearRight;

    SceneBuilder(Frame frame) {
        this.frame = frame;
        int visible = Math.max(0, frame.lastRow - frame.firstRow + 1);
        linkClearLeft = new double[visible];
        linkClearRight = new double[visible];
    }
}
