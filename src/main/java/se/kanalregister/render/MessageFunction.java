package se.kanalregister.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.kanalregister.text.Messages;

/**
 * {@code msg("key", arg…)} in templates: a fixed text of the site from the message bundle,
 * in the page's language. The result is plain text, so FreeMarker still escapes it.
 * Texts without arguments (most calls) are formatted once and reused. Thread-safe.
 */
public final class MessageFunction implements TemplateMethodModelEx {

    private final Messages messages;
    private final Map<String, SimpleScalar> plain = new ConcurrentHashMap<>();

    public MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("msg needs a key");
        String key = String.valueOf(plain(arguments.get(0)));
        if (arguments.size() == 1) {
            SimpleScalar cached = plain.get(key);
            if (cached != null) return cached;
        }
        if (!messages.has(key)) throw new TemplateModelException("no text for the key \"" + key + "\" in the message bundle");
        List<Object> args = new ArrayList<>(arguments.size() - 1);
        for (int i = 1; i < arguments.size(); i++) args.add(plain(arguments.get(i)));
        SimpleScalar text = new SimpleScalar(messages.format(key, args));
        if (args.isEmpty()) plain.put(key, text);
        return text;
    }

    private static Object plain(Object o) throws TemplateModelException {
        if (o instanceof TemplateScalarModel s) return s.getAsString();
        if (o instanceof TemplateNumberModel n) return n.getAsNumber();
        return String.valueOf(o);
    }
}
