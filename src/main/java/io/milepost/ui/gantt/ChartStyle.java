package io.milepost.ui.gantt;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.Theme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The chart's colours and fonts as CSS properties of {@link GanttChart} ({@code -gantt-background},
 * {@code -gantt-done}, {@code -gantt-label-font}, …; see {@code gantt-chart.css}), turned into the engine's
 * {@link Theme}. A stylesheet may point them at looked-up colours, so the chart follows the application's theme.
 * Keys the stylesheet does not reach keep {@link Theme#light()}'s values.
 */
final class ChartStyle {

    /** One CSS colour and the theme's style keys it paints; {@code stroke} keys get a line of {@code width}. */
    private record ColorRole(String property, String initial, List<String> fills, List<String> strokes,
                             double width) {
    }

    private static final List<ColorRole> COLOR_ROLES = List.of(
            fill("-gantt-background", "#ffffff", "background", "rowlabel.background"),
            fill("-gantt-outside-period", "#eceff1", "period.outside"),
            fill("-gantt-weekend", "#f3f4f6", "weekend"),
            line("-gantt-period-line", "#78909c", 1, "period.line"),
            line("-gantt-grid-major", "#c5cad1", 1, "grid.major", "header.border", "rowlabel.border"),
            line("-gantt-grid-minor", "#e7e9ec", 1, "grid.minor"),
            fill("-gantt-group-row", "#eef2f6", "group.row"),
            fill("-gantt-group-summary", "#37474f", "group.summary"),
            fill("-gantt-group-text", "#263238", "label.group", "rowlabel.group"),
            fill("-gantt-header-background", "#fafafa", "header.background", "header.corner"),
            fill("-gantt-header-text", "#37474f", "header.text"),
            fill("-gantt-text", "#212121", "label.bar", "rowlabel.item", "legend.text"),
            fill("-gantt-text-inside", "#111111", "label.inside", "label.date"),
            fill("-gantt-text-inside-dark", "#ffffff", "label.inside.onDark", "label.date.onDark"),
            fill("-gantt-planned", "#90a4ae", "bar.status.PLANNED"),
            fill("-gantt-in-progress", "#1e88e5", "bar.status.IN_PROGRESS"),
            fill("-gantt-done", "#43a047", "bar.status.DONE"),
            fill("-gantt-at-risk", "#ffb300", "bar.status.AT_RISK"),
            fill("-gantt-delayed", "#e64a19", "bar.status.DELAYED"),
            fill("-gantt-postponed", "#8e24aa", "bar.status.POSTPONED"),
            fill("-gantt-cancelled", "#bdbdbd", "bar.status.CANCELLED"),
            fill("-gantt-baseline", "#b0bec5", "baseline"),
            fill("-gantt-progress", "#00000040", "bar.progress"),
            fill("-gantt-progress-handle", "#37474f", "bar.progress.handle"),
            line("-gantt-today", "#d32f2f", 2, "today"),
            line("-gantt-link", "#455a64", 1, "link"),
            fill("-gantt-selection", "#0969da", GanttChart.SELECTION_KEY));

    private static final CssMetaData<GanttChart, Font> HEADER_FONT = font("-gantt-header-font", 0);
    private static final CssMetaData<GanttChart, Font> LABEL_FONT = font("-gantt-label-font", 1);
    private static final Font DEFAULT_FONT = Font.font("System", 11);

    static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = cssMetaData();

    private final List<StyleableObjectProperty<Color>> colors = new ArrayList<>();
    private final List<StyleableObjectProperty<Font>> fonts = new ArrayList<>();
    private final ObjectBinding<Theme> theme;

    ChartStyle(GanttChart chart) {
        List<Observable> all = new ArrayList<>();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            @SuppressWarnings("unchecked")
            CssMetaData<GanttChart, Color> meta = (CssMetaData<GanttChart, Color>) CSS_META_DATA.get(i);
            var p = new SimpleStyleableObjectProperty<>(meta, chart, meta.getProperty(), meta.getInitialValue(chart));
            colors.add(p);
            all.add(p);
        }
        for (CssMetaData<GanttChart, Font> meta : List.of(HEADER_FONT, LABEL_FONT)) {
            var p = new SimpleStyleableObjectProperty<>(meta, chart, meta.getProperty(), DEFAULT_FONT);
            fonts.add(p);
            all.add(p);
        }
        // Lazy: a CSS pass sets many properties at once; the theme is rebuilt once, when next painted.
        theme = Bindings.createObjectBinding(this::build, all.toArray(Observable[]::new));
    }

    ObjectBinding<Theme> theme() {
        return theme;
    }

    private Theme build() {
        Theme.Builder b = Theme.light().toBuilder();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            ColorRole role = COLOR_ROLES.get(i);
            Rgba c = rgba(colors.get(i).get());
            role.fills().forEach(k -> b.color(k, c));
            role.strokes().forEach(k -> b.color(k, c).stroke(k, Stroke.solid(c, role.width())));
        }
        FontSpec header = spec(fonts.get(0).get(), false);
        FontSpec label = spec(fonts.get(1).get(), false);
        b.font(FontRole.HEADER_MAJOR, new FontSpec(header.family(), header.size() + 1, true))
                .font(FontRole.HEADER_MINOR, header)
                .font(FontRole.GROUP_LABEL, new FontSpec(label.family(), label.size() + 1, true))
                .font(FontRole.BAR_LABEL, label)
                .font(FontRole.DATE_LABEL, new FontSpec(label.family(), Math.max(8, label.size() - 1), false))
                .font(FontRole.ROW_LABEL, label)
                .font(FontRole.LEGEND, label);
        return b.build();
    }

    private static FontSpec spec(Font f, boolean bold) {
        Font font = f == null ? DEFAULT_FONT : f;
        boolean isBold = bold || font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return new FontSpec(font.getFamily(), font.getSize(), isBold);
    }

    static Rgba rgba(Color c) {
        return new Rgba((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    private static ColorRole fill(String property, String initial, String... keys) {
        return new ColorRole(property, initial, List.of(keys), List.of(), 0);
    }

    private static ColorRole line(String property, String initial, double width, String... keys) {
        return new ColorRole(property, initial, List.of(), List.of(keys), width);
    }

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            int index = i;
            ColorRole role = COLOR_ROLES.get(i);
            list.add(new CssMetaData<GanttChart, Color>(role.property(), StyleConverter.getColorConverter(),
                    Color.web(role.initial())) {
                @Override
                public boolean isSettable(GanttChart chart) {
                    return !chart.style().colors.get(index).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(GanttChart chart) {
                    return chart.style().colors.get(index);
                }
            });
        }
        list.add(HEADER_FONT);
        list.add(LABEL_FONT);
        return Collections.unmodifiableList(list);
    }

    private static CssMetaData<GanttChart, Font> font(String property, int index) {
        return new CssMetaData<>(property, StyleConverter.getFontConverter(), DEFAULT_FONT) {
            @Override
            public boolean isSettable(GanttChart chart) {
                return !chart.style().fonts.get(index).isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(GanttChart chart) {
                return chart.style().fonts.get(index);
            }
        };
    }
}
