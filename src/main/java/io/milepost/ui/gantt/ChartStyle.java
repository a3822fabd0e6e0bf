package io.milepost.ui.gantt;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Palette;
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
 * The chart's colours and fonts as CSS properties of {@link GanttChart}, turned into the engine's {@link Theme}.
 * The colours themselves live in {@link Theme}'s palettes: the stylesheet chooses one with {@code -gantt-palette}
 * ({@code light} or {@code dark}), and may still override a single colour ({@code -gantt-background},
 * {@code -gantt-done}, …; see {@code gantt-chart.css}); a colour no stylesheet sets is the palette's.
 */
final class ChartStyle {

    /** One CSS colour and the theme's style keys it paints; {@code stroke} keys get a line of {@code width}. */
    private record ColorRole(String property, List<String> fills, List<String> strokes, double width) {
    }

    private static final List<ColorRole> COLOR_ROLES = List.of(
            fill("-gantt-background", "background", "rowlabel.background"),
            fill("-gantt-outside-period", "period.outside"),
            fill("-gantt-weekend", "weekend"),
            line("-gantt-period-line", 1, "period.line"),
            line("-gantt-grid-major", 1, "grid.major", "header.border", "rowlabel.border"),
            line("-gantt-grid-minor", 1, "grid.minor"),
            fill("-gantt-group-row", "group.row"),
            fill("-gantt-group-summary", "group.summary"),
            fill("-gantt-group-text", "label.group", "rowlabel.group"),
            fill("-gantt-header-background", "header.background", "header.corner"),
            fill("-gantt-header-text", "header.text"),
            fill("-gantt-text", "label.bar", "rowlabel.item", "legend.text"),
            fill("-gantt-text-inside", "label.inside", "label.date"),
            fill("-gantt-text-inside-dark", "label.inside.onDark", "label.date.onDark"),
            fill("-gantt-planned", "bar.status.PLANNED"),
            fill("-gantt-in-progress", "bar.status.IN_PROGRESS"),
            fill("-gantt-done", "bar.status.DONE"),
            fill("-gantt-at-risk", "bar.status.AT_RISK"),
            fill("-gantt-delayed", "bar.status.DELAYED"),
            fill("-gantt-postponed", "bar.status.POSTPONED"),
            fill("-gantt-cancelled", "bar.status.CANCELLED"),
            fill("-gantt-baseline", "baseline"),
            fill("-gantt-progress", "bar.progress"),
            fill("-gantt-progress-handle", "bar.progress.handle"),
            line("-gantt-today", 2, "today"),
            line("-gantt-link", 1, "link"),
            fill("-gantt-selection", GanttChart.SELECTION_KEY));

    private static final CssMetaData<GanttChart, Palette> PALETTE = new CssMetaData<>("-gantt-palette",
            StyleConverter.getEnumConverter(Palette.class), Palette.LIGHT) {
        @Override
        public boolean isSettable(GanttChart chart) {
            return !chart.style().palette.isBound();
        }

        @Override
        public StyleableProperty<Palette> getStyleableProperty(GanttChart chart) {
            return chart.style().palette;
        }
    };
    private static final CssMetaData<GanttChart, Font> HEADER_FONT = font("-gantt-header-font", 0);
    private static final CssMetaData<GanttChart, Font> LABEL_FONT = font("-gantt-label-font", 1);
    private static final Font DEFAULT_FONT = Font.font("System", 11);

    static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = cssMetaData();

    private final List<StyleableObjectProperty<Color>> colors = new ArrayList<>();
    private final List<StyleableObjectProperty<Font>> fonts = new ArrayList<>();
    private final StyleableObjectProperty<Palette> palette;
    private final ObjectBinding<Theme> theme;

    ChartStyle(GanttChart chart) {
        List<Observable> all = new ArrayList<>();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            @SuppressWarnings("unchecked")
            CssMetaData<GanttChart, Color> meta = (CssMetaData<GanttChart, Color>) CSS_META_DATA.get(i);
            var p = new SimpleStyleableObjectProperty<Color>(meta, chart, meta.getProperty(), null);
            colors.add(p);
            all.add(p);
        }
        for (CssMetaData<GanttChart, Font> meta : List.of(HEADER_FONT, LABEL_FONT)) {
            var p = new SimpleStyleableObjectProperty<>(meta, chart, meta.getProperty(), DEFAULT_FONT);
            fonts.add(p);
            all.add(p);
        }
        palette = new SimpleStyleableObjectProperty<>(PALETTE, chart, PALETTE.getProperty(), Palette.LIGHT);
        all.add(palette);
        // Lazy: a CSS pass sets many properties at once; the theme is rebuilt once, when next painted.
        theme = Bindings.createObjectBinding(this::build, all.toArray(Observable[]::new));
    }

    ObjectBinding<Theme> theme() {
        return theme;
    }

    private Theme build() {
        Palette p = palette.get() == null ? Palette.LIGHT : palette.get();
        Theme.Builder b = p.theme().toBuilder();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            ColorRole role = COLOR_ROLES.get(i);
            if (colors.get(i).get() == null) {
                continue; // the palette's own colour
            }
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

    private static ColorRole fill(String property, String... keys) {
        return new ColorRole(property, List.of(keys), List.of(), 0);
    }

    private static ColorRole line(String property, double width, String... keys) {
        return new ColorRole(property, List.of(), List.of(keys), width);
    }

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>();
        for (int i = 0; i < COLOR_ROLES.size(); i++) {
            int index = i;
            ColorRole role = COLOR_ROLES.get(i);
            list.add(new CssMetaData<GanttChart, Color>(role.property(), StyleConverter.getColorConverter(),
                    null) {
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
        list.add(PALETTE);
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
