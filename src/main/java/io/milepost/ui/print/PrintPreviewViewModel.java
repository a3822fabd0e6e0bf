package io.milepost.ui.print;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Grouping;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.TextMeasurer;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the print preview shows, without the scene graph: the options a planner picks (paper, orientation, mode,
 * range, grouping) and, recomputed on each change, the sheets they make — page count, scale and any warning. Pages
 * are only planned here; the dialog draws the one on view.
 */
public final class PrintPreviewViewModel {

    public final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A3);
    public final ObjectProperty<Boolean> landscape = new SimpleObjectProperty<>(true);
    public final ObjectProperty<PrintMode> mode = new SimpleObjectProperty<>(PrintMode.FIT_WIDTH);
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    public final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.SECTOR);

    private final ReadOnlyObjectWrapper<ChartPrint> print = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final Roadmap roadmap;
    private final PrintRequest base;
    private final TextMeasurer measurer;

    /** @param base the language, file name and date the window prints with */
    public PrintPreviewViewModel(Roadmap roadmap, PrintRequest base, TextMeasurer measurer) {
        this.roadmap = roadmap;
        this.base = base;
        this.measurer = measurer;
        paper.set(base.paper());
        landscape.set(base.landscape());
        mode.set(base.mode());
        grouping.set(base.grouping());
        for (ObjectProperty<?> p : new ObjectProperty<?>[] {paper, landscape, mode, from, to, grouping}) {
            p.addListener((o, old, now) -> replan());
        }
        replan();
    }

    /** The request of the current options. */
    public PrintRequest request() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && end.isBefore(start)) {
            end = null;
        }
        return base.withPaper(paper.get(), landscape.get()).withMode(mode.get()).withRange(start, end)
                .withGrouping(grouping.get());
    }

    private void replan() {
        ChartPrint p = ChartPrint.onPaper(roadmap, request(), measurer);
        print.set(p);
        int pages = p.print().pageCount();
        long percent = Math.round(p.print().scale() * 100);
        summary.set(p.print().columns() > 1
                ? Messages.text("print.summary.tiled", pages, percent, p.print().columns(), p.print().rows())
                : Messages.text("print.summary", pages, percent));
        String reversed = from.get() != null && to.get() != null && to.get().isBefore(from.get())
                ? Messages.text("print.rangeReversed", DateWords.ui().day(to.get()), DateWords.ui().day(from.get()))
                : null;
        String own = p.print().warning().orElse("");
        warning.set(reversed == null ? own : own.isEmpty() ? reversed : reversed + " " + own);
    }

    public Roadmap roadmap() { return roadmap; }
    public ReadOnlyObjectProperty<ChartPrint> printProperty() { return print.getReadOnlyProperty(); }
    /** "6 pages · 100 % · 3 × 2 sheets". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Empty, or why the print differs from what was asked. */
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
}
