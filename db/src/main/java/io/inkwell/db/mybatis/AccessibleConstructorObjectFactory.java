package io.inkwell.db.mybatis;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Builds result rows through constructors looked up and made accessible once per row type.
 *
 * <p>Our row records live in each context's internal package, so their canonical constructors are not public.
 * MyBatis' default factory looks the constructor up again for every row, calls it, catches the
 * IllegalAccessException (with its stack trace filled in) and only then makes it accessible: a post page
 * showing 100 comments threw over a hundred. Interfaces (List, Map, ...) keep the default factory's choice of
 * implementation.
 */
public class AccessibleConstructorObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private final transient Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> argumentTypes, List<Object> arguments) {
        if (type.isInterface()) {
            return super.create(type, argumentTypes, arguments);
        }
        List<Class<?>> types = argumentTypes == null ? List.of() : argumentTypes;
        Constructor<?> constructor = constructors.get(new Signature(type, types));
        if (constructor == null) {
            constructor = accessibleConstructor(type, types);
            // A copy: MyBatis may reuse the list it passed for the next row.
            constructors.putIfAbsent(new Signature(type, List.copyOf(types)), constructor);
        }
        try {
            return type.cast(constructor.newInstance(arguments == null ? new Object[0] : arguments.toArray()));
        } catch (InvocationTargetException e) {
            throw new ReflectionException("Error instantiating " + type.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new ReflectionException("Error instantiating " + type.getName() + " with arguments " + types
                    + " and values " + arguments + ": " + e, e);
        }
    }

    private static Constructor<?> accessibleConstructor(Class<?> type, List<Class<?>> argumentTypes) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(argumentTypes.toArray(new Class<?>[0]));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException | SecurityException e) {
            throw new ReflectionException("Error instantiating " + type.getName() + ": no constructor taking "
                    + argumentTypes, e);
        }
    }

    private record Signature(Class<?> type, List<Class<?>> argumentTypes) {
    }
}
