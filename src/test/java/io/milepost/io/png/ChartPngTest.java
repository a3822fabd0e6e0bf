package io.milepost.io.png;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Paper;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The sample roadmap's chart as a PNG, with no display. */
class ChartPngTest {

    private static final Theme THEME = Theme.light();
    private static final FontMeasurer MEASURER = new FontMeasurer(THEME);

    @Test
    void theImageIsAsManyPixelsAsTheChosenResolutionMakesOfThePicture() throws Exception {
        ChartPrint print = ChartPrint.wholeChart(SampleRoadmap.load(),
                PrintRequest.defaults().withPaper(Paper.A4, true), MEASURER);

        for (int dpi : new int[] {72, 150}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngChartWriter.write(print.rows(), print.print(), THEME, MEASURER, dpi, out);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(print.print().pageWidth() * dpi / 72.0));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(print.print().pageHeight() * dpi / 72.0));
            // A4 landscape is 841.89 pt wide: the picture is the paper's width
            assertThat(print.print().pageWidth()).isCloseTo(841.89, offset(0.01));
            assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void aResolutionOutside72To600IsRefused() {
        ChartPrint print = ChartPrint.wholeChart(SampleRoadmap.load(), PrintRequest.defaults(), MEASURER);

        assertThatThrownBy(() -> PngChartWriter.write(print.rows(), print.print(), THEME, MEASURER, 1200,
                new ByteArrayOutputStream())).hasMessageContaining("72 to 600");
    }
}
