package io.milepost.app.exchange;

import io.milepost.io.mpxj.MspdiWriter;
import io.milepost.io.mpxj.PlanFormatException;
import io.milepost.io.mpxj.PlanReader;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** MS Project XML out; MS Project, GanttProject, Planner, Primavera and other tools' plans in, through MPXJ. */
public final class MpxjExchange implements Exporter, Importer {

    @Override
    public String format() {
        return "mspdi";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public List<String> extensions() {
        return List.of("xml", "mpp", "mpt", "mpx", "gan", "planner", "xer", "pmxml", "pp", "pod", "fts", "sdef",
                "cdpx", "cdpz", "ppx", "prx", "stx", "zip");
    }

    @Override
    public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
        new MspdiWriter().write(roadmap, out);
    }

    @Override
    public Imported read(Path source, Roadmap current) throws ImportException, IOException {
        try {
            PlanReader.Result result = new PlanReader().read(source);
            return new Imported(result.roadmap(), Imported.Scope.FOREIGN_PLAN, result.notes());
        } catch (PlanFormatException e) {
            throw new ImportException(List.of(e.getMessage()), e);
        }
    }
}
