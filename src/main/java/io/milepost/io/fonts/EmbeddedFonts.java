package io.milepost.io.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped in the jar (from {@code assets/fonts/}, with their licence) for Latin and
 * Cyrillic text in PDF, SVG and PNG files. Read once; the bytes are shared and never changed.
 */
public final class EmbeddedFonts {

    private static final String REGULAR = "/io/milepost/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/io/milepost/fonts/DejaVuSans-Bold.ttf";
    /** The family name a surface that names fonts (SVG) writes. */
    public static final String FAMILY = "DejaVu Sans";

    private static volatile EmbeddedFonts instance;

    private final byte[] regular;
    private final byte[] bold;
    private final TrueTypeMetrics regularMetrics;
    private final TrueTypeMetrics boldMetrics;

    private EmbeddedFonts() {
        regular = read(REGULAR);
        bold = read(BOLD);
        regularMetrics = new TrueTypeMetrics(regular);
        boldMetrics = new TrueTypeMetrics(bold);
    }

    public static EmbeddedFonts get() {
        EmbeddedFonts f = instance;
        if (f == null) {
            synchronized (EmbeddedFonts.class) {
                f = instance;
                if (f == null) {
                    f = new EmbeddedFonts();
                    instance = f;
                }
            }
        }
        return f;
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }

    /** The font file; callers must not change the array. */
    public byte[] bytes(boolean isBold) {
        return isBold ? bold : regular;
    }

    public TrueTypeMetrics metrics(boolean isBold) {
        return isBold ? boldMetrics : regularMetrics;
    }
}
