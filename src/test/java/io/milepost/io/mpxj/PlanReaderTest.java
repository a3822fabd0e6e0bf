package io.milepost.io.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Sector;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans other tools wrote, brought into Milepost: every leaf task and every link accounted for. */
class PlanReaderTest {

    @TempDir
    Path dir;

    private final PlanReader reader = new PlanReader();

    static Path resource(String name) {
        try {
            return Path.of(PlanReaderTest.class.getResource("/plans/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anMpxFileSavedByMsProject98KeepsEveryTaskAndEveryLinkWithItsTypeAndLag() throws Exception {
        PlanReader.Result result = reader.read(resource("msproject98/task-links-project98.mpx"));

        Roadmap r = result.roadmap();
        assertThat(RoadmapValidator.validate(r)).isEmpty();
        assertThat(r.milestones()).hasSize(16);
        assertThat(r.sectors()).extracting(Sector::name).containsExactly(PlanReader.NO_SUMMARY);
        assertThat(r.milestones().get(1).start()).isEqualTo(PlanDate.day(2014, 10, 20));
        Map<String, Dependency> byPair = r.dependencies().stream().collect(Collectors.toMap(
                d -> title(r, d.predecessorId()) + ">" + title(r, d.successorId()) + "#" + index(r, d.successorId()),
                Function.identity()));
        assertThat(r.dependencies()).hasSize(8);
        assertThat(r.dependencies()).extracting(Dependency::type).containsExactly(DependencyType.FS,
                DependencyType.FS, DependencyType.FS, DependencyType.FS, DependencyType.FS, DependencyType.SF,
                DependencyType.SS, DependencyType.FF);
        // working-time lags at 5 working days = 7 calendar days: 1d→1, 2d→3, 1w→7, 2w→14
        assertThat(r.dependencies()).extracting(Dependency::lagDays).containsExactly(0, 1, 3, 7, 14, 3, 3, 3);
        assertThat(byPair).hasSize(8);
        assertThat(result.notes()).anyMatch(n -> n.contains("calendars were left out"))
                .anyMatch(n -> n.contains("16 tasks became milestones in 1 sectors"));
    }

    @Test
    void msProjectXmlWrittenByTaskJugglerBecomesSectorsMilestonesAndLinks() throws Exception {
        PlanReader.Result result = reader.read(resource("taskjuggler/trade-plan.xml"));

        Roadmap r = result.roadmap();
        assertThat(RoadmapValidator.validate(r)).isEmpty();
        assertThat(r.sectors()).extracting(Sector::name).containsExactly("Trade fair", "Business forum");
        assertThat(r.milestones()).extracting(Milestone::title).containsExactly("Preparation", "Stand bookings",
                "Opening day", "Agenda agreed", "Forum held");
        assertThat(r.milestones()).filteredOn(m -> m.kind() == MilestoneKind.MILESTONE).extracting(Milestone::title)
                .containsExactly("Opening day", "Forum held");
        assertThat(r.dependencies()).hasSize(4);
        assertThat(result.notes()).anyMatch(n -> n.contains("resources have no place"));
    }

    @Test
    void ganttProjectsOwnSampleKeepsItsSixteenTasksAndAccountsForEveryLink() throws Exception {
        PlanReader.Result result = reader.read(resource("ganttproject/HouseBuildingSample.gan"));

        Roadmap r = result.roadmap();
        assertThat(RoadmapValidator.validate(r)).isEmpty();
        assertThat(r.sectors()).extracting(Sector::name).containsExactlyInAnyOrder("Architectural design",
                "Interior design", "Construction phase", "Decoration phase", PlanReader.NO_SUMMARY);
        assertThat(r.milestones()).hasSize(16);
        assertThat(r.milestones()).filteredOn(m -> m.kind() == MilestoneKind.MILESTONE).hasSize(4);
        assertThat(r.milestones()).filteredOn(m -> m.title().equals("Prepare construction documents"))
                .singleElement().satisfies(m -> {
                    assertThat(m.percentComplete()).isEqualTo(75);
                    assertThat(m.status()).isEqualTo(io.milepost.model.MilestoneStatus.IN_PROGRESS);
                });
        // 17 links in the file: 14 between leaf tasks, 3 to or from a summary task, which have no place
        assertThat(r.dependencies()).hasSize(14);
        assertThat(result.notes()).contains("3 links to or from summary tasks were left out")
                .anyMatch(n -> n.startsWith("7 resources have no place"));
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnyReaderSeesIt() throws Exception {
        Path xxe = dir.resolve("plan.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n<!ENTITY secret SYSTEM "
                + "\"file:///etc/passwd\">\n]>\n<Project xmlns=\"http://schemas.microsoft.com/project\">"
                + "<Name>&secret;</Name></Project>\n");

        assertThatThrownBy(() -> reader.read(xxe)).isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("plan.xml:2:").hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityExpansionIsRefusedToo() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                + "<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<lolz>&lol9;</lolz>\n");
        Path bomb = dir.resolve("bomb.gan");
        Files.writeString(bomb, laughs);

        assertThatThrownBy(() -> reader.read(bomb)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aFileNamedMppThatIsNotOneIsRefused() throws Exception {
        Path fake = dir.resolve("plan.mpp");
        Files.write(fake, "These are the minutes of the 8th session, not a plan.".getBytes());

        assertThatThrownBy(() -> reader.read(fake)).isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("plan.mpp: ");
    }

    @Test
    void brokenXmlIsRefusedWithItsLine() throws Exception {
        Path broken = dir.resolve("plan.xml");
        Files.writeString(broken, "<Project>\n<Tasks>\n</Project>\n");

        assertThatThrownBy(() -> reader.read(broken)).hasMessageStartingWith("plan.xml:3:")
                .hasMessageContaining("not well-formed");
    }

    private static String title(Roadmap r, java.util.UUID id) {
        return r.milestone(id).orElseThrow().title();
    }

    private static int index(Roadmap r, java.util.UUID id) {
        List<Milestone> ms = r.milestones();
        return ms.indexOf(r.milestone(id).orElseThrow());
    }
}
