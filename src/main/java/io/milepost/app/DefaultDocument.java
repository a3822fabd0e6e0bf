package io.milepost.app;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The document Milepost opens when it is started without a file: on first start, the sample roadmap. */
public final class DefaultDocument {

    private DefaultDocument() {
    }

    /**
     * The default document of these locations, created from the 2025–2027 sample roadmap when it does not exist yet.
     * An existing file is returned as it is, never replaced, whatever it holds.
     */
    public static Path ensure(DocumentLocations locations) throws DocumentException {
        Path file = locations.defaultDocument();
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.IO, file,
                    Messages.text("store.folderNotCreated", file.getParent(), e.getMessage()));
        }
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        return file;
    }
}
