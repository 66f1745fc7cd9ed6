package se.kanalregister.site.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kanalregister.testing.Sites;

/**
 * dcat.rdf checked by a real SHACL engine (Apache Jena) against the project's shapes for
 * DCAT-AP-SE 3.0.1 (src/test/resources/dcat), with the vocabularies' facts as test data:
 * the example register and a generated one conform, and the shapes catch each fault the
 * catalogue used to have.
 */
class DcatShaclTest {

    private static final Path DIR = Path.of("src/test/resources/dcat");
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(DIR.resolve("dcat-ap-se-3.0.1-shapes.ttl").toString()));
    private static final Graph VOCABULARIES = RDFDataMgr.loadGraph(DIR.resolve("vocabularies.ttl").toString());
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    @TempDir
    static Path out;
    static String example;
    static String generated;

    @BeforeAll
    static void build() throws IOException {
        example = Sites.read(Sites.build(Path.of("content").toAbsolutePath().toString(), out.resolve("example"))
                .resolve("public"), Dcat.FILE);
        generated = Files.readString(GeneratedRegister.write(out.resolve("generated"), 40).resolve(Dcat.FILE));
    }

    @Test
    void theExampleCatalogueHasNoViolationAndMissesOnlyWhatItsContentLacks() {
        ValidationReport report = validate(parse(example));
        assertEquals(List.of(), messages(report, Severity.Violation));
        // The example names no Geonames area and writes its postal address as one line of text.
        assertEquals(List.of(
                "[SE] Datamängd: namngivet geografiskt område is recommended (a Geonames URI)",
                "[SE] Katalog: namngivet geografiskt område is recommended (a Geonames URI)",
                "[SE] Kontaktuppgift: adress is recommended"), messages(report, Severity.Warning));
    }

    @Test
    void aGeneratedRegisterWithAGeonamesAreaHasNoViolation() {
        ValidationReport report = validate(parse(generated));
        assertEquals(List.of(), messages(report, Severity.Violation));
        assertEquals(List.of("[SE] Kontaktuppgift: adress is recommended"), messages(report, Severity.Warning));
        assertTrue(generated.contains("<dcterms:spatial rdf:resource=\"http://sws.geonames.org/1234567\"/>"), generated);
    }

    /** The resources that no vocabulary describes are typed in the file itself; without their type each is a violation. */
    @Test
    void everyLinkedResourceMustSayWhatItIs() {
        for (String type : List.of(DCT + "LicenseDocument", "http://xmlns.com/foaf/0.1/Document", DCT + "MediaType",
                DCT + "Location", DCT + "Standard")) {
            Graph g = parse(generated);
            List<Triple> typing = g.find(Node.ANY, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(type)).toList();
            assertTrue(!typing.isEmpty(), type);
            typing.forEach(g::delete);
            List<String> violations = messages(validate(g), Severity.Violation);
            assertTrue(violations.stream().anyMatch(m -> m.contains(type.substring(type.lastIndexOf('/') + 1))),
                    type + " untyped must be a violation, got " + violations);
        }
    }

    @Test
    void theFormerFormsOfFormatAndMediaTypeAreViolations() {
        Graph g = parse(generated);
        Node csv = NodeFactory.createURI("https://www.testby.se/x");
        Node distribution = g.find(Node.ANY, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(DCAT + "Distribution"))
                .next().getSubject();
        g.find(distribution, NodeFactory.createURI(DCT + "format"), Node.ANY).toList().forEach(g::delete);
        g.add(distribution, NodeFactory.createURI(DCT + "format"), NodeFactory.createLiteralString("text/csv"));
        g.add(distribution, NodeFactory.createURI(DCAT + "mediaType"), csv);
        List<String> violations = messages(validate(g), Severity.Violation);
        assertTrue(violations.contains("[EU] #Distribution.format and #controlled-vocs: a dct:MediaTypeOrExtent from the EU file-type list"),
                violations.toString());
        assertTrue(violations.contains("[EU] #Distribution.mediatype and #controlled-vocs: at most one, a dct:MediaType from IANA's register"),
                violations.toString());
    }

    @Test
    void aCatalogueLicenceOtherThanCc0AndATermOutsideItsListAreViolations() {
        Graph g = parse(generated);
        Node catalog = g.find(Node.ANY, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(DCAT + "Catalog")).next().getSubject();
        Node license = NodeFactory.createURI(DCT + "license");
        g.find(catalog, license, Node.ANY).toList().forEach(g::delete);
        g.add(catalog, license, NodeFactory.createURI("https://creativecommons.org/publicdomain/zero/1.0/"));
        Node frequency = NodeFactory.createURI("http://publications.europa.eu/resource/authority/frequency/SOMETIMES");
        Node dataset = g.find(Node.ANY, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(DCAT + "Dataset")).next().getSubject();
        g.find(dataset, NodeFactory.createURI(DCT + "accrualPeriodicity"), Node.ANY).toList().forEach(g::delete);
        g.add(dataset, NodeFactory.createURI(DCT + "accrualPeriodicity"), frequency);
        g.add(frequency, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(DCT + "Frequency"));
        List<String> violations = messages(validate(g), Severity.Violation);
        assertTrue(violations.stream().anyMatch(m -> m.startsWith("[SE] Katalog: the licence is mandatory and must be CC0 1.0")),
                violations.toString());
        assertTrue(violations.stream().anyMatch(m -> m.contains("from the EU frequency list")), violations.toString());
    }

    private static Graph parse(String rdfXml) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(rdfXml, Lang.RDFXML).parse(g);
        return g;
    }

    private static ValidationReport validate(Graph catalogue) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, catalogue);
        GraphUtil.addInto(g, VOCABULARIES);
        return ShaclValidator.get().validate(SHAPES, g);
    }

    /** The distinct messages of one severity, sorted, so that a failure lists what is wrong. */
    private static List<String> messages(ValidationReport report, Severity severity) {
        return report.getEntries().stream().filter(e -> e.severity().equals(severity)).map(ReportEntry::message)
                .distinct().sorted().toList();
    }
}
