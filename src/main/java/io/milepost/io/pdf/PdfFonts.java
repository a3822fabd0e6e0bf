package io.milepost.io.pdf;

import io.milepost.io.fonts.EmbeddedFonts;
import io.milepost.io.fonts.TrueTypeMetrics;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and its bold, loaded into one PDF document to be embedded as subsets of the glyphs used. Parsing the
 * two fonts is most of a cold export's time, so {@link #preload()} may start it in the background while the roadmap
 * is read; each parsed pair serves exactly one document and is closed with it.
 */
final class PdfFonts implements Closeable {

    private static final AtomicReference<CompletableFuture<TrueTypeFont[]>> AHEAD = new AtomicReference<>();

    private final EmbeddedFonts embedded = EmbeddedFonts.get();
    private final TrueTypeFont[] parsed;
    private final PDType0Font regular;
    private final PDType0Font bold;

    PdfFonts(PDDocument doc) throws IOException {
        parsed = take();
        regular = PDType0Font.load(doc, parsed[0], true);
        bold = PDType0Font.load(doc, parsed[1], true);
    }

    /** Starts parsing the fonts for the next document in the background, unless that is already under way. */
    static void preload() {
        AHEAD.compareAndSet(null, CompletableFuture.supplyAsync(() -> {
            try {
                return parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static TrueTypeFont[] take() throws IOException {
        CompletableFuture<TrueTypeFont[]> ahead = AHEAD.getAndSet(null);
        if (ahead == null) {
            return parse();
        }
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the fonts");
        } catch (ExecutionException e) {
            return parse();
        }
    }

    private static TrueTypeFont[] parse() throws IOException {
        EmbeddedFonts e = EmbeddedFonts.get();
        return new TrueTypeFont[] {new TTFParser().parse(new RandomAccessReadBuffer(e.bytes(false))),
            new TTFParser().parse(new RandomAccessReadBuffer(e.bytes(true)))};
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    TrueTypeMetrics metrics(boolean isBold) {
        return embedded.metrics(isBold);
    }

    /** Closes the parsed fonts: call once the document is saved. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont f : parsed) {
            f.close();
        }
    }
}
