package io.milepost.io.mpxj;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Refuses XML with a document type declaration before any plan reader sees it: a DOCTYPE is how external entities
 * (reading the planner's files) and entity expansion ("billion laughs") get in, and no planning tool's file needs one.
 * The check is a full parse with DOCTYPEs disallowed and nothing fetched.
 */
final class XmlGuard {

    private XmlGuard() {
    }

    /** Whether the bytes start (after a byte-order mark and white space) like an XML document. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** @throws PlanFormatException naming the line of a DOCTYPE, or of the XML error */
    static void check(byte[] bytes, String source) throws PlanFormatException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
        } catch (SAXParseException e) {
            String what = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "has a DOCTYPE declaration, which is refused: plan files never need one, and it is how XML "
                    + "reaches outside files and expands entities"
                    : "is not well-formed XML: " + e.getMessage();
            throw new PlanFormatException(source + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + what,
                    e);
        } catch (SAXException | IOException e) {
            throw new PlanFormatException(source + ": is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the Java runtime's XML parser cannot refuse DOCTYPEs", e);
        }
    }
}
