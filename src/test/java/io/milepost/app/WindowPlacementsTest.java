package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.WindowPlacements.Placement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window comes back where the planner left it, on the same screens; anything unreadable is forgotten. */
class WindowPlacementsTest {

    @TempDir
    Path dir;

    @Test
    void aPlacementIsRememberedPerArrangementOfScreens() {
        WindowPlacements placements = new WindowPlacements(dir.resolve("home").resolve("window.properties"));
        placements.remember("1600x1000+0+0", new Placement(100, 50, 1200, 800, false));
        placements.remember("1600x1000+0+0;1920x1080+1600+0", new Placement(1700, 20, 1900, 1000, true));

        WindowPlacements later = new WindowPlacements(dir.resolve("home").resolve("window.properties"));
        assertThat(later.lastFor("1600x1000+0+0")).contains(new Placement(100, 50, 1200, 800, false));
        assertThat(later.lastFor("1600x1000+0+0;1920x1080+1600+0"))
                .contains(new Placement(1700, 20, 1900, 1000, true));
        assertThat(later.lastFor("1280x800+0+0")).isEmpty();
    }

    @Test
    void aDamagedFileIsNoPlacementAndNoError() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "window.1600x1000+0+0=left,top\n");
        assertThat(new WindowPlacements(file).lastFor("1600x1000+0+0")).isEmpty();
        assertThat(new WindowPlacements(dir.resolve("missing.properties")).lastFor("1600x1000+0+0")).isEmpty();
    }
}
