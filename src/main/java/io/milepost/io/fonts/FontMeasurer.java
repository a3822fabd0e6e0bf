package io.milepost.io.fonts;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import java.util.EnumMap;
import java.util.Map;

/**
 * Measures text as the file writers draw it: in the embedded DejaVu Sans, at the theme's size and weight for each
 * role. A line is ascent + descent high.
 */
public final class FontMeasurer implements TextMeasurer {

    private final Map<FontRole, FontSpec> fonts = new EnumMap<>(FontRole.class);
    private final EmbeddedFonts embedded = EmbeddedFonts.get();

    public FontMeasurer(Theme theme) {
        for (FontRole role : FontRole.values()) {
            fonts.put(role, theme.font(role));
        }
    }

    public TrueTypeMetrics metrics(FontRole role) {
        return embedded.metrics(fonts.get(role).bold());
    }

    public double size(FontRole role) {
        return fonts.get(role).size();
    }

    @Override
    public double width(String text, FontRole role) {
        return metrics(role).width(text, size(role));
    }

    @Override
    public double height(FontRole role) {
        TrueTypeMetrics m = metrics(role);
        double size = size(role);
        return m.ascent(size) + m.descent(size);
    }
}
