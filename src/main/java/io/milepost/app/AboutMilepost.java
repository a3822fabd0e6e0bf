package io.milepost.app;

import io.milepost.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * What Help → About tells: this build's version (the one {@code milepost --version} prints, from the
 * {@code version.properties} Maven fills in) and the libraries and fonts shipped inside Milepost with their
 * licences. The list follows the pom's runtime dependencies; the fonts' whole licence travels in the jar.
 */
public final class AboutMilepost {

    /** A library bundled in the jar, and the licence it is used under. */
    public record Library(String name, String licence) {
    }

    /** Where the build puts {@code assets/fonts/LICENSE} on the classpath. */
    public static final String FONT_LICENCE = "io/milepost/fonts/LICENSE";

    private static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "GPL 2.0 with the Classpath Exception"),
            new Library("AtlantaFX", "MIT"),
            new Library("ControlsFX", "BSD 3-Clause"),
            new Library("Ikonli (Material Design 2 icons)", "Apache 2.0 (the icon font: Pictogrammers Free License)"),
            new Library("SQLite JDBC (xerial) with SQLite", "Apache 2.0; SQLite: public domain"),
            new Library("Jackson", "Apache 2.0"),
            new Library("iCal4j", "BSD 3-Clause"),
            new Library("MPXJ", "LGPL 2.1"),
            new Library("Apache PDFBox", "Apache 2.0"),
            new Library("Apache POI", "Apache 2.0"),
            new Library("picocli", "Apache 2.0"),
            new Library("SLF4J", "MIT"),
            new Library("Apache Log4j API to SLF4J", "Apache 2.0"));

    private AboutMilepost() {
    }

    /** "0.1.0", or "(development build)" in the window's language when the build did not say. */
    public static String version() {
        try (InputStream in = AboutMilepost.class.getResourceAsStream("cli/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // an unreadable resource in our own jar: fall back to the manifest
        }
        String v = AboutMilepost.class.getPackage().getImplementationVersion();
        return v == null ? Messages.text("cli.developmentBuild") : v;
    }

    public static List<Library> libraries() {
        return LIBRARIES;
    }

    /** The whole licence of the DejaVu fonts, as shipped; empty if the build left it out. */
    public static String fontLicence() {
        try (InputStream in = AboutMilepost.class.getClassLoader().getResourceAsStream(FONT_LICENCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
