package io.milepost.io.mpxj;

import io.milepost.model.DependencyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links of a GanttProject {@code .gan} file, read from its XML: MPXJ 14.3.4 reads only the links of top-level
 * tasks from GanttProject files, so the importer takes the others from here. A link is a {@code <depend>} inside the
 * predecessor's {@code <task>}; its type is 1 SS, 2 FS, 3 FF, 4 SF; {@code difference} is the lag in days.
 */
final class GanLinks {

    record Link(int from, int to, DependencyType type, int lagDays) {
    }

    /** The task names by GanttProject id, and every link in file order. */
    record Result(Map<Integer, String> names, List<Link> links) {
    }

    private GanLinks() {
    }

    static Result read(byte[] bytes) throws SAXException, IOException {
        Map<Integer, String> names = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Deque<Integer> tasks = new ArrayDeque<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String name, Attributes a) {
                    if (name.equals("task") && a.getValue("id") != null) {
                        int id = number(a.getValue("id"));
                        tasks.push(id);
                        names.put(id, a.getValue("name"));
                    } else if (name.equals("depend") && !tasks.isEmpty() && a.getValue("id") != null) {
                        links.add(new Link(tasks.peek(), number(a.getValue("id")), type(a.getValue("type")),
                                a.getValue("difference") == null ? 0 : number(a.getValue("difference"))));
                    }
                }

                @Override
                public void endElement(String uri, String local, String name) {
                    if (name.equals("task") && !tasks.isEmpty()) {
                        tasks.pop();
                    }
                }
            });
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the Java runtime's XML parser cannot refuse DOCTYPEs", e);
        }
        return new Result(names, links);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static DependencyType type(String s) {
        return switch (s == null ? "2" : s.strip()) {
            case "1" -> DependencyType.SS;
            case "3" -> DependencyType.FF;
            case "4" -> DependencyType.SF;
            default -> DependencyType.FS;
        };
    }
}
