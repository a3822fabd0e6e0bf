package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner receives plans made in MS Project and TaskJuggler, and sends the roadmap to MS Project. */
class PlansFromOtherToolsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String plan(String name) throws URISyntaxException {
        return Path.of(PlansFromOtherToolsTest.class.getResource("/plans/" + name).toURI()).toString();
    }

    @Test
    void anMsProjectPlanImportedIntoANewDocumentReportsWhatHadNoPlace() throws Exception {
        Path target = dir.resolve("links.milepost");

        assertThat(run("import", plan("msproject98/task-links-project98.mpx"), "--into", target.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("note: 1 calendars were left out").contains("Created");
        assertThat(run("check", target.toString())).isZero();
        assertThat(out.toString()).contains("16 milestones").contains("8 dependencies");
    }

    @Test
    void aTaskJugglerPlanIsAddedToAnExistingRoadmapKeepingItsTitle() throws Exception {
        Path sample = dir.resolve("roadmap.milepost");
        run("sample", sample.toString());

        assertThat(run("import", plan("taskjuggler/trade-plan.xml"), "--into", sample.toString())).isZero();

        assertThat(out.toString()).contains("+ Milestone 'Opening day'").contains("+ Sector 'Trade fair'")
                .contains("this document's title, parties and period are kept");
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_ONLY)) {
            Roadmap r = doc.load();
            assertThat(r.info().title()).startsWith("Roadmap for Comprehensive Cooperation");
            assertThat(r.milestones()).anyMatch(m -> m.title().equals("Forum held"));
        }
    }

    @Test
    void theRoadmapGoesToMsProjectAndComesBackIntoANewDocument() throws Exception {
        Path sample = dir.resolve("roadmap.milepost");
        run("sample", sample.toString());
        Path xml = dir.resolve("roadmap.xml");

        assertThat(run("export", sample.toString(), "--format", "mspdi", "--out", xml.toString())).isZero();
        Path back = dir.resolve("back.milepost");
        assertThat(run("import", xml.toString(), "--into", back.toString())).as(err.toString()).isZero();

        assertThat(run("check", back.toString())).isZero();
    }

    @Test
    void anXmlFileWithADoctypeIsRefusedAndTheDocumentStaysAsItWas() throws Exception {
        Path sample = dir.resolve("roadmap.milepost");
        run("sample", sample.toString());
        Path xxe = dir.resolve("plan.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "\n<Project>&x;</Project>\n");
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", xxe.toString(), "--into", sample.toString())).isEqualTo(3);

        assertThat(err.toString()).contains("plan.xml:2:").contains("DOCTYPE");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void aFileNamedMppThatIsNotOneIsBadInput() throws Exception {
        Path fake = dir.resolve("plan.mpp");
        Files.write(fake, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4, 5});
        Path target = dir.resolve("new.milepost");

        assertThat(run("import", fake.toString(), "--into", target.toString())).isEqualTo(3);

        assertThat(err.toString()).contains("plan.mpp");
        assertThat(target).doesNotExist();
    }
}
