package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart's colours have one home, with a light and a dark palette: the dark theme is one switch. */
class PaletteTest {

    @Test
    void theDarkPaletteDarkensTheGroundAndLightensTheText() {
        Theme light = Palette.LIGHT.theme();
        Theme dark = Palette.DARK.theme();

        assertThat(light.color("background")).isEqualTo(Rgba.WHITE);
        assertThat(luminance(dark.color("background"))).isLessThan(0.1);
        assertThat(luminance(dark.color("label.bar"))).isGreaterThan(0.7);
        assertThat(luminance(dark.color("header.text"))).isGreaterThan(luminance(dark.color("header.background")));
    }

    @Test
    void statusColoursKeepTheirMeaningInBothPalettes() {
        for (String status : new String[] {"IN_PROGRESS", "DONE", "AT_RISK", "DELAYED", "POSTPONED"}) {
            assertThat(Theme.dark().color("bar.status." + status)).as(status)
                    .isEqualTo(Theme.light().color("bar.status." + status));
        }
        assertThat(Theme.dark().sectorColor(3)).isEqualTo(Theme.light().sectorColor(3));
    }

    private static double luminance(Rgba c) {
        return (0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()) / 255;
    }
}
