package io.milepost.ui.gantt;

import io.milepost.chart.FontSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The JavaFX font for a chart {@link FontSpec}. Shared by the canvas surface and the text measurer so that labels
 * are placed for exactly the font they are drawn in. "SansSerif", "Serif" and "Monospaced" are JavaFX's logical
 * families, so the theme's defaults need no installed font.
 */
final class FxFonts {

    // A theme has seven roles; the cache only grows when the stylesheet changes a font.
    private static final Map<FontSpec, Font> CACHE = new ConcurrentHashMap<>();

    private FxFonts() {
    }

    static Font of(FontSpec spec) {
        return CACHE.computeIfAbsent(spec,
                s -> Font.font(s.family(), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }
}
