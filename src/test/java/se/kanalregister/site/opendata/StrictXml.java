package se.kanalregister.site.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JDK's XML parser, namespace-aware, with no DTDs or external entities: a file must be well-formed on its own. */
final class StrictXml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private StrictXml() {}

    static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} named {@code ns}:{@code local}, in document order. */
    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    /** The one child named so; fails unless there is exactly one. */
    static Element child(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        if (c.size() != 1) throw new AssertionError("expected one <" + local + "> in <" + parent.getLocalName() + ">, found " + c.size());
        return c.get(0);
    }

    /** The text of the one child named so. */
    static String text(Element parent, String ns, String local) {
        return child(parent, ns, local).getTextContent();
    }

    /** Every element named so anywhere below the root. */
    static List<Element> all(Document d, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = d.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }
}
