package se.kanalregister.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates see a record through {@link RecordWrapper} exactly as through FreeMarker's own wrapper. */
class RecordWrapperTest {

    public record Inner(String text, int number) {}

    /** A record FreeMarker's own wrapper may list as an iterable: the short way to a component value leaves it to wrap. */
    public record Pair(String first, String second) implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(first, second).iterator();
        }
    }

    public record View(String name, boolean active, int count, List<String> tags, Inner inner, String missing,
                       String shadowed, Pair pair, Hidden secret) {

        public boolean fits() {
            return count < 10;
        }

        /** A bean getter of a component's name: FreeMarker's own wrapper reads the component, so must we. */
        public String getShadowed() {
            return "from the getter";
        }
    }

    /** Not public: FreeMarker's own wrapper exposes nothing of it, and neither may we. */
    record Hidden(String name) {}

    private static final String TEMPLATE = """
            ${view.name} ${view.name()} ${view.active?c} ${view.active()?c} ${view.count + 1} ${view.tags?join("/")} \
            ${view.tags?size} ${view.inner.text} ${view.inner.number()} ${view.missing!"none"} ${view.missing?has_content?c} \
            ${view.fits?c} ${view.fits()?c} ${view.shadowed} ${view["name"]} ${view?has_content?c} \
            <#list view?keys?sort as k>${k},</#list> ${(hidden.name)!"hidden"} \
            ${view.pair.first} ${view.pair?is_enumerable?c} ${(view.secret.name)!"hidden"}""";

    @Test
    void rendersEveryKindOfReadTheSameAsFreeMarkersOwnWrapper() throws Exception {
        Map<String, Object> model = Map.of(
                "view", new View("Kultur", true, 3, List.of("a", "b"), new Inner("inre", 7), null, "component",
                        new Pair("ett", "två"), new Hidden("dold")),
                "hidden", new Hidden("dold"));
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setExposeFields(false);
        String standard = render(builder.build(), model);
        String ours = render(new RecordWrapper(builder), model);
        assertEquals(standard, ours);
        assertTrue(ours.endsWith(" ett false hidden"), ours);
        assertTrue(ours.startsWith("Kultur Kultur true true 4 a/b 2 inre 7 none false true true component Kultur true "), ours);
    }

    @Test
    void readsComponentsWithoutFreeMarkersIntrospection() throws Exception {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        Object wrapped = new RecordWrapper(builder).wrap(new Inner("x", 1));
        assertEquals(RecordWrapper.RecordModel.class, wrapped.getClass());
        assertNotEquals(RecordWrapper.RecordModel.class, new RecordWrapper(builder).wrap(new Hidden("x")).getClass());
    }

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setObjectWrapper(wrapper);
        c.setBooleanFormat("c");
        StringWriter out = new StringWriter();
        new Template("t", TEMPLATE, c).process(model, out);
        return out.toString();
    }
}
