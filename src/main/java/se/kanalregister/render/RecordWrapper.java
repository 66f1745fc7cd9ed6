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

    /** Each class's {@link Shape}. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Map<String, Component> components = new HashMap<>();
            if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                for (RecordComponent c : type.getRecordComponents()) {
                    components.put(c.getName(), new Component(c.getAccessor(), c.getType()));
                }
            }
            boolean plain = !components.isEmpty() && !TemplateModel.class.isAssignableFrom(type)
                    && !Iterable.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                    && !Iterator.class.isAssignableFrom(type) && !Enumeration.class.isAssignableFrom(type);
            return new Shape(components, plain);
        }
    };

    /**
     * A class as templates read it.
     *
     * @param components a public record's components by name; empty for any other class
     * @param plain      a public record with components that none of {@link DefaultObjectWrapper#wrap}'s
     *                   own cases takes before {@link #handleUnknownType}: a component holding one
     *                   is wrapped without going through them
     */
    private record Shape(Map<String, Component> components, boolean plain) {}

    /** A record component: its accessor and, for a record type, that type's shape, found on first use. */
    private static final class Component {
        final Method accessor;
        final Class<?> type;
        /** Not found up front: a record may hold a record of its own type. A race only looks it up twice. */
        private Shape typeShape;

        Component(Method accessor, Class<?> type) {
            this.accessor = accessor;
            this.type = type;
        }

        /** The shape of a value of exactly the component's type; a record class is final, so every non-null one. */
        Shape typeShape() {
            Shape shape = typeShape;
            if (shape == null) typeShape = shape = SHAPES.get(type);
            return shape;
        }
    }

    RecordWrapper(DefaultObjectWrapperConfiguration config) {
        super(config, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Shape shape = SHAPES.get(obj.getClass());
            if (!shape.components().isEmpty()) return new RecordModel(obj, this, shape);
        }
        return super.handleUnknownType(obj);
    }

    /** FreeMarker's model of a plain object, with a short way to a component. */
    static final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {

        private final Shape shape;

        RecordModel(Object record, RecordWrapper wrapper, Shape shape) {
            super(record, wrapper);
            this.shape = shape;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Component component = shape.components().get(key);
            if (component == null) return super.get(key);
            Object value;
            try {
                value = component.accessor.invoke(object);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return super.get(key);  // FreeMarker's own way, which reports the failure at the template's line
            }
            // what wrap makes of the usual component values, without its chain of type tests
            if (value instanceof String s) return new SimpleScalar(s);
            if (value instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            if (value != null && value.getClass() == component.type && component.typeShape().plain()) {
                return new RecordModel(value, (RecordWrapper) wrapper, component.typeShape());
            }
            return wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
