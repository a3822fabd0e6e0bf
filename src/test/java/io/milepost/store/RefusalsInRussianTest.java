package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner whose window speaks Russian double-clicks a file Milepost cannot open: the refusal is in Russian, and
 * still names the file and what is wrong with it.
 */
class RefusalsInRussianTest {

    @TempDir
    Path dir;

    @BeforeEach
    void russianWindow() {
        Messages.useForUi(Locale.forLanguageTag("ru-RU"));
    }

    @AfterEach
    void systemLanguageAgain() {
        Messages.useForUi(null);
    }

    @Test
    void aDocumentFromANewerMilepostIsRefusedInRussian() throws Exception {
        Path file = dir.resolve("из-будущего.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        patchInt(file, 60, 99); // user_version

        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_ONLY).close())
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION);
                    assertThat(e.getMessage()).isEqualTo(file + ": записан более новой версией Milepost (версия схемы 99;"
                            + " эта сборка читает версии до " + RoadmapDocument.SCHEMA_VERSION + ")");
                });
    }

    @Test
    void theSameRefusalReadsEnglishInAnEnglishWindow() throws Exception {
        Messages.useForUi(Locale.ENGLISH);
        Path file = dir.resolve("from-the-future.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        patchInt(file, 60, 99);

        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_ONLY).close())
                .hasMessage(file + " was written by a newer Milepost (schema version 99; this build reads up to "
                        + RoadmapDocument.SCHEMA_VERSION + ")");
    }

    @Test
    void anEmptyFileIsRefusedInRussian() throws IOException {
        Path file = Files.createFile(dir.resolve("пусто.milepost"));

        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE).close())
                .hasMessage(file + ": не база данных SQLite (файл пуст)");
    }

    @Test
    void aDocumentEditedElsewhereIsRefusedInRussianAndCanBeOpenedReadOnly() throws Exception {
        Path file = dir.resolve("занят.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        try (RoadmapDocument first = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE).close())
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                        assertThat(e.getMessage()).startsWith(file + ": документ открыт в другом окне или процессе")
                                .contains("откройте его только для чтения");
                    });
        }
    }

    @Test
    void aMissingFileIsRefusedInRussian() {
        Path file = dir.resolve("нет-такого.milepost");

        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_ONLY).close())
                .hasMessage(file + ": файл не существует");
    }

    private static void patchInt(Path file, int offset, int value) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).putInt(0, value), offset);
        }
    }
}
