package se.kanalregister.render;

import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * FreeMarker's own object wrapper, except that a template reads a public record's
 * components ({@code channel.name}) straight through their accessors. FreeMarker finds each
 * one through its class introspection, a lock and a descriptor on every read: a tenth of
 * a build's CPU, since every value on every page is such a read. Anything else (a method
 * call, {@code x.name()}, a method that is not a component, {@code ?keys}) is FreeMarker's
 * own model's to answer, so templates see records exactly as before; {@code RecordWrapperTest}
 * compares the two.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /** Each public record class's components by name; empty for other classes. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new HashMap<>();
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) return out;
            for (RecordComponent c : type.getRecordComponents()) out.put(c.getName(), c.getAccessor());
            return out;
        }
    };

    /**
     * True for a public record with components that none of {@link DefaultObjectWrapper#wrap}'s
     * own cases takes before {@link #handleUnknownType}: a component holding one is wrapped
     * without going through them.
     */
    private static final ClassValue<Boolean> PLAIN_RECORD = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return !COMPONENTS.get(type).isEmpty() && !TemplateModel.class.isAssignableFrom(type)
                    && !Iterable.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                    && !Iterator.class.isAssignableFrom(type) && !Enumeration.class.isAssignableFrom(type);
        }
    };

    RecordWrapper(DefaultObjectWrapperConfiguration config) {
        super(config, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Map<String, Method> components = COMPONENTS.get(obj.getClass());
            if (!components.isEmpty()) return new RecordModel(obj, this, components);
        }
        return super.handleUnknownType(obj);
    }

    /** FreeMarker's model of a plain object, with a short way to a component. */
    static final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {

        private final Map<String, Method> components;

        RecordModel(Object record, RecordWrapper wrapper, Map<String, Method> components) {
            super(record, wrapper);
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) return super.get(key);
            Object value;
            try {
                value = accessor.invoke(object);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return super.get(key);  // FreeMarker's own way, which reports the failure at the template's line
            }
            // what wrap makes of the usual component values, without its chain of type tests
            if (value instanceof String s) return new SimpleScalar(s);
            if (value instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            if (value instanceof Record && PLAIN_RECORD.get(value.getClass())) {
                return new RecordModel(value, (RecordWrapper) wrapper, COMPONENTS.get(value.getClass()));
            }
            return wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
