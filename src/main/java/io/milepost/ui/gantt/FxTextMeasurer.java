package io.milepost.ui.gantt;

import io.milepost.chart.FontRole;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text with the JavaFX fonts of a {@link Theme}, the same ones {@link FxCanvasSurface} draws with, so the
 * layout places labels for the width they are drawn at. Uses an off-scene {@link Text} node (no internal toolkit
 * API). Widths are remembered per (text, role): a frame measures the same few dozen titles again and again.
 * <p>
 * Not thread-safe: one per chart, used on the JavaFX thread.
 */
public final class FxTextMeasurer implements TextMeasurer {

    private static final int CACHE_LIMIT = 20_000;

    private final Map<FontRole, Font> fonts = new EnumMap<>(FontRole.class);
    private final Map<FontRole, Double> heights = new EnumMap<>(FontRole.class);
    private final Text probe = new Text();
    private final Map<Key, Double> widths = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > CACHE_LIMIT;
        }
    };

    public FxTextMeasurer(Theme theme) {
        for (FontRole role : FontRole.values()) {
            fonts.put(role, FxFonts.of(theme.font(role)));
        }
    }

    @Override
    public double width(String text, FontRole role) {
        if (text.isEmpty()) {
            return 0;
        }
        Key key = new Key(text, role);
        Double w = widths.get(key);
        if (w == null) {
            probe.setFont(fonts.get(role));
            probe.setText(text);
            w = probe.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public double height(FontRole role) {
        return heights.computeIfAbsent(role, r -> {
            probe.setFont(fonts.get(r));
            probe.setText("Ag");
            return probe.getLayoutBounds().getHeight();
        });
    }

    private record Key(String text, FontRole role) {
    }
}
