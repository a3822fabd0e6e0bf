package io.milepost.app.exchange;

import io.milepost.io.AtomicFile;
import io.milepost.io.json.RoadmapFormatException;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bases kept beside the document, in a folder {@code <document>.exchange/}, one exchange-format JSON file per roadmap
 * and partner, each written whole or not at all. Until the document holds its bases in a table of its own, this keeps
 * them without changing the document's schema. A base file that cannot be read is treated as none: the next merge
 * then shows every difference as a conflict, which loses nothing.
 */
public final class SidecarExchangeBases implements ExchangeBases {

    private static final Logger LOG = LoggerFactory.getLogger(SidecarExchangeBases.class);

    private final Path folder;

    private SidecarExchangeBases(Path folder) {
        this.folder = folder;
    }

    /** The bases of the document {@code document}. */
    public static SidecarExchangeBases beside(Path document) {
        Path doc = document.toAbsolutePath().normalize();
        return new SidecarExchangeBases(doc.resolveSibling(doc.getFileName() + ".exchange"));
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Optional<Roadmap> base(UUID roadmapId, String partner) throws IOException {
        Path file = fileOf(roadmapId, partner);
        try {
            return Optional.of(new RoadmapJsonReader().read(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RoadmapFormatException e) {
            LOG.warn("The base last exchanged with {} cannot be read; merging without it: {}", partner,
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void remember(String partner, Roadmap agreed) throws IOException {
        Files.createDirectories(folder);
        RoadmapJsonWriter writer = new RoadmapJsonWriter();
        AtomicFile.write(fileOf(agreed.info().id(), partner), out -> writer.write(agreed, out));
    }

    private Path fileOf(UUID roadmapId, String partner) {
        String slug = partner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        return folder.resolve(roadmapId + "." + slug + "-" + shortHash(partner) + ".json");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
