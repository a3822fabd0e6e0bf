package io.milepost.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Colours, lines and fonts for style keys. A key not set is looked up by its parents, dropping the last dotted part
 * each time ("bar.status.DONE" → "bar.status" → "bar"); "bar.sector.&lt;n&gt;" falls back to the sector palette.
 * Immutable; make another with {@link #toBuilder()}.
 * <p>
 * The one home of Milepost's chart colours: {@link #light()} and {@link #dark()} are what print, PDF, SVG and PNG
 * use (always light) and what the screen starts from; the screen's stylesheet only chooses the palette
 * ({@code -gantt-palette}), and may override a single colour through its CSS property.
 */
public final class Theme {

    private static final Rgba FALLBACK = new Rgba(96, 96, 96, 1);

    private final Map<String, Rgba> colors;
    private final Map<String, Stroke> strokes;
    private final Map<FontRole, FontSpec> fonts;
    private final List<Rgba> sectorPalette;
    // Resolution walks parents and parses numbers: remember the answer, keys are few.
    private final Map<String, Rgba> resolvedColors = new ConcurrentHashMap<>();
    private final Map<String, Stroke> resolvedStrokes = new ConcurrentHashMap<>();

    private Theme(Builder b) {
        colors = Map.copyOf(b.colors);
        strokes = Map.copyOf(b.strokes);
        fonts = new EnumMap<>(b.fonts);
        sectorPalette = List.copyOf(b.sectorPalette);
    }

    /** The fill (or text colour) for a style key. */
    public Rgba color(String styleKey) {
        return resolvedColors.computeIfAbsent(styleKey, this::resolveColor);
    }

    /** The line for a style key; a key with only a colour strokes 1 px in that colour. */
    public Stroke stroke(String styleKey) {
        return resolvedStrokes.computeIfAbsent(styleKey, this::resolveStroke);
    }

    public FontSpec font(FontRole role) {
        FontSpec f = fonts.get(role);
        return f != null ? f : new FontSpec("SansSerif", 11, false);
    }

    /** The colour for "bar.sector.&lt;index&gt;" when a sector has none of its own. */
    public Rgba sectorColor(int index) {
        return sectorPalette.isEmpty() ? FALLBACK : sectorPalette.get(Math.floorMod(index, sectorPalette.size()));
    }

    private Rgba resolveColor(String key) {
        for (String k = key; k != null; k = parent(k)) {
            Rgba c = colors.get(k);
            if (c != null) {
                return c;
            }
            if (k.startsWith("bar.sector.")) {
                try {
                    return sectorColor(Integer.parseInt(k.substring("bar.sector.".length())));
                } catch (NumberFormatException e) {
                    // "bar.sector.none" and the like: keep walking up
                }
            }
        }
        return FALLBACK;
    }

    private Stroke resolveStroke(String key) {
        for (String k = key; k != null; k = parent(k)) {
            Stroke s = strokes.get(k);
            if (s != null) {
                return s;
            }
        }
        return Stroke.solid(color(key), 1);
    }

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** Light background; status colours planned blue-grey, in progress blue, done green, at risk amber, delayed deep
     * orange, postponed violet, cancelled grey. */
    public static Theme light() {
        Builder b = new Builder()
                .color("background", "#ffffff")
                .color("period.outside", "#eceff1")
                .stroke("period.line", Stroke.solid(Rgba.parse("#78909c"), 1))
                .color("weekend", "#f3f4f6")
                .stroke("grid.major", Stroke.solid(Rgba.parse("#c5cad1"), 1))
                .stroke("grid.minor", Stroke.solid(Rgba.parse("#e7e9ec"), 1))
                .color("group.row", "#eef2f6")
                .color("group.summary", "#37474f")
                .color("label.group", "#263238")
                .color("baseline", "#b0bec5")
                .color("bar.status.PLANNED", "#90a4ae")
                .color("bar.status.IN_PROGRESS", "#1e88e5")
                .color("bar.status.DONE", "#43a047")
                .color("bar.status.AT_RISK", "#ffb300")
                .color("bar.status.DELAYED", "#e64a19")
                .color("bar.status.POSTPONED", "#8e24aa")
                .color("bar.status.CANCELLED", "#bdbdbd")
                .color("bar.sector.none", "#9e9e9e")
                .color("bar.progress", new Rgba(0, 0, 0, 0.25))
                .color("bar.progress.handle", "#37474f")
                .color("bar.openEnd", new Rgba(255, 255, 255, 0.9))
                .color("legend.symbol", "#546e7a")
                .color("link", "#455a64")
                .stroke("link", Stroke.solid(Rgba.parse("#455a64"), 1))
                .color("label.bar", "#212121")
                .color("label.inside", "#111111")
                .color("label.inside.onDark", "#ffffff")
                .color("label.date", "#111111")
                .color("label.date.onDark", "#ffffff")
                .color("today", "#d32f2f")
                .stroke("today", Stroke.solid(Rgba.parse("#d32f2f"), 2))
                .color("header.background", "#fafafa")
                .color("header.corner", "#fafafa")
                .color("header.text", "#37474f")
                .stroke("header.border", Stroke.solid(Rgba.parse("#c5cad1"), 1))
                .color("rowlabel.background", "#ffffff")
                .color("rowlabel.group", "#263238")
                .color("rowlabel.item", "#37474f")
                .stroke("rowlabel.border", Stroke.solid(Rgba.parse("#c5cad1"), 1))
                .font(FontRole.HEADER_MAJOR, new FontSpec("SansSerif", 12, true))
                .font(FontRole.HEADER_MINOR, new FontSpec("SansSerif", 11, false))
                .font(FontRole.GROUP_LABEL, new FontSpec("SansSerif", 12, true))
                .font(FontRole.BAR_LABEL, new FontSpec("SansSerif", 11, false))
                .font(FontRole.DATE_LABEL, new FontSpec("SansSerif", 10, false))
                .font(FontRole.ROW_LABEL, new FontSpec("SansSerif", 11, false))
                .font(FontRole.LEGEND, new FontSpec("SansSerif", 11, false))
                .font(FontRole.PAGE_TITLE, new FontSpec("SansSerif", 14, true))
                .font(FontRole.PAGE_TEXT, new FontSpec("SansSerif", 9, false))
                .color("page.text", "#37474f")
                .stroke("page.rule", Stroke.solid(Rgba.parse("#c5cad1"), 0.75))
                .color("selection", "#0969da");
        for (String hex : List.of("#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#e377c2",
                "#bcbd22", "#d62728", "#7f7f7f", "#3f51b5", "#009688")) {
            b.sectorPalette.add(Rgba.parse(hex));
        }
        return b.build();
    }

    /**
     * The light palette on a dark ground, matched to AtlantaFX Primer Dark's surfaces. Status colours keep their
     * hue, since they carry meaning; the greys that mean "planned" and "cancelled" move so they stand out from the
     * ground. Only for the screen: prints and exports stay light.
     */
    public static Theme dark() {
        Stroke border = Stroke.solid(Rgba.parse("#30363d"), 1);
        return light().toBuilder()
                .color("background", "#0d1117")
                .color("period.outside", "#161b22")
                .stroke("period.line", Stroke.solid(Rgba.parse("#6e7681"), 1))
                .color("weekend", "#11161d")
                .stroke("grid.major", border)
                .stroke("grid.minor", Stroke.solid(Rgba.parse("#1c2128"), 1))
                .color("group.row", "#161b22")
                .color("group.summary", "#8b949e")
                .color("label.group", "#e6edf3")
                .color("baseline", "#484f58")
                .color("bar.status.PLANNED", "#78909c")
                .color("bar.status.CANCELLED", "#6e7681")
                .color("bar.sector.none", "#6e7681")
                .color("bar.progress", new Rgba(0, 0, 0, 0.3))
                .color("bar.progress.handle", "#c9d1d9")
                .color("bar.openEnd", new Rgba(13, 17, 23, 0.9))
                .color("legend.symbol", "#8b949e")
                .color("link", "#8b949e")
                .stroke("link", Stroke.solid(Rgba.parse("#8b949e"), 1))
                .color("label.bar", "#e6edf3")
                .color("today", "#f85149")
                .stroke("today", Stroke.solid(Rgba.parse("#f85149"), 2))
                .color("header.background", "#161b22")
                .color("header.corner", "#161b22")
                .color("header.text", "#8b949e")
                .stroke("header.border", border)
                .color("rowlabel.background", "#0d1117")
                .color("rowlabel.group", "#e6edf3")
                .color("rowlabel.item", "#c9d1d9")
                .stroke("rowlabel.border", border)
                .color("page.text", "#c9d1d9")
                .color("selection", "#388bfd")
                .build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.colors.putAll(colors);
        b.strokes.putAll(strokes);
        b.fonts.putAll(fonts);
        b.sectorPalette.addAll(sectorPalette);
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Rgba> colors = new HashMap<>();
        private final Map<String, Stroke> strokes = new HashMap<>();
        private final Map<FontRole, FontSpec> fonts = new EnumMap<>(FontRole.class);
        private final ArrayList<Rgba> sectorPalette = new ArrayList<>();

        private Builder() {
        }

        public Builder color(String styleKey, Rgba color) {
            colors.put(styleKey, color);
            return this;
        }

        public Builder color(String styleKey, String hex) {
            return color(styleKey, Rgba.parse(hex));
        }

        public Builder stroke(String styleKey, Stroke stroke) {
            strokes.put(styleKey, stroke);
            return this;
        }

        public Builder font(FontRole role, FontSpec font) {
            fonts.put(role, font);
            return this;
        }

        public Builder sectorPalette(List<Rgba> palette) {
            sectorPalette.clear();
            sectorPalette.addAll(palette);
            return this;
        }

        public Theme build() {
            return new Theme(this);
        }
    }
}
