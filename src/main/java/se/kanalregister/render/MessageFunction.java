package se.kanalregister.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateNumberModel;
import java.util.ArrayList;
import java.util.List;
import se.kanalregister.text.Messages;

/**
 * {@code msg("key", arg…)} in templates: a fixed text of the site from the message bundle,
 * in the page's language. The result is plain text, so FreeMarker still escapes it.
 */
public final class MessageFunction implements TemplateMethodModelEx {

    private final Messages messages;

    public MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("msg needs a key");
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) args.add(plain(arguments.get(i)));
        String key = String.valueOf(plain(arguments.get(0)));
        if (!messages.has(key)) throw new TemplateModelException("no text for the key \"" + key + "\" in the message bundle");
        return messages.format(key, args);
    }

    private static Object plain(Object o) throws TemplateModelException {
        if (o instanceof TemplateScalarModel s) return s.getAsString();
        if (o instanceof TemplateNumberModel n) return n.getAsNumber();
        return String.valueOf(o);
    }
}
