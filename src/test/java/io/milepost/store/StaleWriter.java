package io.milepost.store;

import io.milepost.model.Milestone;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Another Milepost process, for {@link NoLostUpdateTest}. {@code StaleWriter FILE MILESTONE TITLE}: opens FILE for
 * editing and reads the roadmap, prints {@code ready}, waits for a line {@code write} on its standard input, then
 * renames the milestone to TITLE from what it read. Prints {@code saved}, or {@code refused REASON: MESSAGE}.
 */
public final class StaleWriter {

    private StaleWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(Path.of(args[0]), OpenMode.READ_WRITE)) {
            Milestone read = doc.load().milestone(UUID.fromString(args[1])).orElseThrow();
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"write".equals(in.readLine())) {
                return;
            }
            try {
                doc.edit(w -> w.saveMilestone(read.toBuilder().title(args[2]).build()));
                System.out.println("saved");
            } catch (DocumentException e) {
                System.out.println("refused " + e.reason() + ": " + e.getMessage());
            }
            System.out.flush();
        }
    }
}
