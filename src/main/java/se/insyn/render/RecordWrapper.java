package se.insyn.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's wrapper, with Java records (the views and the content records) shown to templates
 * as hashes of their components: {@code audit.title}. Freemarker's own bean models find each
 * component by reflection, with an access check, on every use; on a large site that was a quarter
 * of the templates' time. Each record class's components are looked up once here.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** A record class's components by name, each as a method handle that takes the record; null when the class cannot be read so. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> components = new LinkedHashMap<>();
            try {
                for (RecordComponent component : type.getRecordComponents()) {
                    components.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(GETTER));
                }
            } catch (IllegalAccessException e) {
                return null; // not public: left to Freemarker's bean model
            }
            return java.util.Collections.unmodifiableMap(components); // in the order they are declared
        }
    };

    /** A record class's components by name, in the order declared; null when the class is not public. */
    static Map<String, MethodHandle> componentsOf(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /** One component of a record, read through its handle. */
    static Object valueOf(Object record, MethodHandle component) {
        try {
            return (Object) component.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    RecordWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect(); // shared by the threads that render, as a built wrapper is
    }

    /**
     * Records first: they are most of what templates read, and Freemarker would first try a dozen
     * other kinds on each. {@code instanceof Record} is a plain type check, where
     * {@link Class#isRecord} calls into the virtual machine.
     */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Record) {
            Map<String, MethodHandle> components = COMPONENTS.get(object.getClass());
            if (components != null) {
                return new RecordModel(object, components);
            }
        }
        return super.wrap(object);
    }

    /** A record as a hash of its components: never empty, a missing or null component is missing. */
    private final class RecordModel implements TemplateHashModelEx {
        private final Object record;
        private final Map<String, MethodHandle> components;

        RecordModel(Object record, Map<String, MethodHandle> components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle component = components.get(key);
            return component == null ? null : wrap(valueOf(record, component));
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return components.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(components.keySet(), RecordWrapper.this);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<Object> values = new ArrayList<>();
            for (MethodHandle component : components.values()) {
                values.add(valueOf(record, component));
            }
            return new SimpleCollection(values, RecordWrapper.this);
        }
    }
}
