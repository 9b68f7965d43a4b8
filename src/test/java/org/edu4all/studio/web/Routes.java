package org.edu4all.studio.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * The app's HTTP routes as its JAX-RS annotations declare them ({@code "GET /classes/{id}"}), read from the compiled
 * classes: resource classes are the concrete classes with {@code @Path}; REST client interfaces are not routes.
 */
final class Routes {

    private static final Path CLASSES = Path.of("target", "classes");

    private Routes() {
    }

    static List<String> declared() {
        List<String> routes = new ArrayList<>();
        for (Class<?> type : classes()) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(verb + " " + join(root.value(), path == null ? "" : path.value()));
                }
            }
        }
        return routes;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String join(String root, String path) {
        String joined = ("/" + root + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> classes() {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/edu4all/studio"))) {
            return files.filter(file -> file.toString().endsWith(".class")).map(Routes::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(Path file) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
            // Not initialised: reading annotations must not run any class's static code.
            return Class.forName(name, false, Routes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
