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
import se.kanalregister.text.MessagePattern;
import se.kanalregister.text.Messages;

/**
 * {@code msg("key", arg…)} in templates: a fixed text of the site from the message bundle,
 * in the page's language. The result is plain text, so FreeMarker still escapes it.
 * Each key is looked up and split at its placeholders once ({@link MessagePattern}); a text
 * without placeholders (most calls) is made a template value once. Thread-safe.
 */
public final class MessageFunction implements TemplateMethodModelEx {

    /** A key's text: its pattern, and the value itself when the pattern has no placeholder. */
    private record Text(MessagePattern pattern, SimpleScalar constant) {}

    private final Messages messages;
    private final Map<String, Text> texts = new ConcurrentHashMap<>();

    public MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("msg needs a key");
        String key = String.valueOf(plain(arguments.get(0)));
        Text text = texts.get(key);
        if (text == null) {
            if (!messages.has(key)) throw new TemplateModelException("no text for the key \"" + key + "\" in the message bundle");
            MessagePattern pattern = messages.pattern(key);
            text = new Text(pattern, pattern.isConstant() ? new SimpleScalar(pattern.fill(List.of(), String::valueOf)) : null);
            texts.put(key, text);
        }
        if (text.constant() != null) return text.constant();
        List<Object> args = new ArrayList<>(arguments.size() - 1);
        for (int i = 1; i < arguments.size(); i++) args.add(plain(arguments.get(i)));
        return new SimpleScalar(text.pattern().fill(args, String::valueOf));
    }

    private static Object plain(Object o) throws TemplateModelException {
        if (o instanceof TemplateScalarModel s) return s.getAsString();
        if (o instanceof TemplateNumberModel n) return n.getAsNumber();
        return String.valueOf(o);
    }
}
