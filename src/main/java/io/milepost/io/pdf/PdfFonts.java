package io.milepost.io.pdf;

import io.milepost.io.fonts.EmbeddedFonts;
import io.milepost.io.fonts.TrueTypeMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** DejaVu Sans and its bold, loaded into one PDF document to be embedded as subsets of the glyphs used. */
final class PdfFonts {

    private final EmbeddedFonts embedded = EmbeddedFonts.get();
    private final PDType0Font regular;
    private final PDType0Font bold;

    PdfFonts(PDDocument doc) throws IOException {
        regular = PDType0Font.load(doc, new ByteArrayInputStream(embedded.bytes(false)), true);
        bold = PDType0Font.load(doc, new ByteArrayInputStream(embedded.bytes(true)), true);
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    TrueTypeMetrics metrics(boolean isBold) {
        return embedded.metrics(isBold);
    }
}
