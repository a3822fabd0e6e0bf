package io.milepost.io.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Bar;
import io.milepost.chart.BarPiece;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sample roadmap's chart exported as SVG, parsed back as XML with no DOCTYPE allowed. */
class ChartSvgTest {

    private static final Theme THEME = Theme.light();
    private static final FontMeasurer MEASURER = new FontMeasurer(THEME);

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static byte[] svg(Roadmap roadmap, ChartPrint print) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgChartWriter.write(print.rows(), print.print(), THEME, MEASURER, roadmap.info().title(), out);
        return out.toByteArray();
    }

    @Test
    void theSampleChartIsValidSvgWithOneRectanglePerBarPieceAndTextAsText() throws Exception {
        Roadmap sample = SampleRoadmap.load();
        ChartPrint print = ChartPrint.wholeChart(sample, PrintRequest.defaults().withFile("roadmap.milepost",
                LocalDate.of(2026, 12, 2)), MEASURER);

        Document doc = parse(svg(sample, print));

        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        ChartScene scene = GanttLayout.layout(print.rows(), print.print().chartOptions(),
                print.print().pages().get(0).viewport(), MEASURER);
        long pieces = scene.bars().stream().map(Bar::pieces).flatMap(List::stream)
                .filter(p -> !p.done()).count();
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        int barRects = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if (((Element) rects.item(i)).getAttribute("class").startsWith("bar-status-")) {
                barRects++;
            }
        }
        long swatches = scene.legend().stream().filter(e -> e.styleKey().startsWith("bar.status.")).count();
        assertThat(barRects).as("a rectangle per bar piece and per status in the legend").isEqualTo(pieces + swatches);
        assertThat(scene.bars()).allSatisfy(b -> assertThat(b.pieces()).extracting(BarPiece::width)
                .allSatisfy(w -> assertThat(w).isPositive()));
        assertThat(doc.getDocumentElement().getTextContent()).contains(sample.info().title())
                .contains("Environmental protection");
    }

    @Test
    void everyStringIsEscaped() throws Exception {
        Roadmap sample = SampleRoadmap.load();
        Roadmap hostile = sample.withInfo(new RoadmapInfo(sample.info().id(),
                "<script>alert('x')</script> & \"friends\"\u0001", "", "A & B", "<C>",
                sample.info().periodStart(), sample.info().periodEnd(), "", "en", null));
        ChartPrint print = ChartPrint.wholeChart(hostile, PrintRequest.defaults(), MEASURER);

        Document doc = parse(svg(hostile, print));

        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"friends\"")
                .contains("A & B – <C>");
    }
}
