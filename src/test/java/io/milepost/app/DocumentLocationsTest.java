package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Milepost keeps its files where each desktop expects them, unless the planner says otherwise. */
class DocumentLocationsTest {

    private static final Path HOME = Path.of("/home/planner");

    @AfterEach
    void forgetTheProperty() {
        System.clearProperty("milepost.home");
    }

    @Test
    void onLinuxItFollowsXdgDataHome() {
        assertThat(DocumentLocations.homeFolder(Map.of("XDG_DATA_HOME", "/data/planner"), "Linux", HOME))
                .isEqualTo(Path.of("/data/planner/milepost"));
    }

    @Test
    void onLinuxWithoutXdgDataHomeItUsesDotLocalShare() {
        assertThat(DocumentLocations.homeFolder(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/planner/.local/share/milepost"));
        assertThat(DocumentLocations.homeFolder(Map.of("XDG_DATA_HOME", "  "), "Linux", HOME))
                .as("a blank XDG_DATA_HOME counts as unset").isEqualTo(Path.of("/home/planner/.local/share/milepost"));
        assertThat(DocumentLocations.homeFolder(Map.of(), "FreeBSD", HOME))
                .isEqualTo(Path.of("/home/planner/.local/share/milepost"));
    }

    @Test
    void onWindowsItUsesAppData() {
        assertThat(DocumentLocations.homeFolder(Map.of("APPDATA", "/roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/roaming", "Milepost"));
        assertThat(DocumentLocations.homeFolder(Map.of("XDG_DATA_HOME", "/data"), "Windows 10", HOME))
                .as("without APPDATA").isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Milepost"));
    }

    @Test
    void onMacOsItUsesApplicationSupport() {
        assertThat(DocumentLocations.homeFolder(Map.of("XDG_DATA_HOME", "/data"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/planner/Library/Application Support/Milepost"));
    }

    @Test
    void milepostHomeOverridesEveryDesktopsConvention() {
        Map<String, String> env = Map.of("MILEPOST_HOME", "/srv/roadmaps", "XDG_DATA_HOME", "/data",
                "APPDATA", "/roaming");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertThat(DocumentLocations.homeFolder(env, os, HOME)).as(os).isEqualTo(Path.of("/srv/roadmaps"));
        }
        assertThat(DocumentLocations.homeFolder(Map.of("MILEPOST_HOME", ""), "Linux", HOME))
                .as("an empty MILEPOST_HOME counts as unset").isEqualTo(Path.of("/home/planner/.local/share/milepost"));
    }

    @Test
    void theDefaultDocumentAndTheRecentFilesListLiveInTheHomeFolder() {
        DocumentLocations locations = new DocumentLocations(Path.of("/srv/roadmaps"));
        assertThat(locations.home()).isEqualTo(Path.of("/srv/roadmaps"));
        assertThat(locations.defaultDocument()).isEqualTo(Path.of("/srv/roadmaps/roadmap.milepost"));
        assertThat(locations.recentFilesList()).isEqualTo(Path.of("/srv/roadmaps/recent-files.txt"));
    }

    @Test
    void theMilepostHomePropertyOverridesTheEnvironment() {
        System.setProperty("milepost.home", "/tmp/milepost-test-home");
        assertThat(DocumentLocations.forThisUser().home()).isEqualTo(Path.of("/tmp/milepost-test-home"));
    }
}
