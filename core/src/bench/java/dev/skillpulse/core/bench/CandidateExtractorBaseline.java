package dev.skillpulse.core.bench;

import dev.skillpulse.core.emerging.Alias;
import dev.skillpulse.core.emerging.Candidate;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.emerging.CandidateExtractor.Found;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate extractor of another build, to compare with {@link CandidateExtractor}: the core jar (or classes
 * folder) that the system property {@value #PROPERTY} names, e.g. one built from an older commit with
 * {@code git worktree add /tmp/base <commit> && (cd /tmp/base && ./mvnw -q -pl core package -DskipTests)}, then
 * {@code -Dbaseline.core=/tmp/base/core/target/skillpulse-core-0.1.0-SNAPSHOT.jar}. Its {@code dev.skillpulse}
 * classes are loaded from there first, in a class loader of their own, and everything else (Jackson) from this
 * build; its answers are turned into this build's {@link Found} so that the two compare equal. A copy of old code
 * kept in the tree would be repeated code; a jar of any commit can be compared this way.
 */
final class CandidateExtractorBaseline {
    static final String PROPERTY = "baseline.core";

    private final Object extractor;
    private final MethodHandle find;
    private final MethodHandle candidates;
    private final MethodHandle aliases;
    private final MethodHandle key;
    private final MethodHandle label;
    private final MethodHandle acronym;
    private final MethodHandle expansion;

    private CandidateExtractorBaseline(ClassLoader loader) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> taxonomyClass = loader.loadClass("dev.skillpulse.core.taxonomy.Taxonomy");
        Class<?> extractorClass = loader.loadClass("dev.skillpulse.core.emerging.CandidateExtractor");
        Class<?> foundClass = loader.loadClass("dev.skillpulse.core.emerging.CandidateExtractor$Found");
        Class<?> candidateClass = loader.loadClass("dev.skillpulse.core.emerging.Candidate");
        Class<?> aliasClass = loader.loadClass("dev.skillpulse.core.emerging.Alias");
        Object taxonomy = lookup.findStatic(taxonomyClass, "bundled", MethodType.methodType(taxonomyClass)).invoke();
        extractor = lookup.findConstructor(extractorClass, MethodType.methodType(void.class, taxonomyClass))
                .invoke(taxonomy);
        find = lookup.findVirtual(extractorClass, "find",
                MethodType.methodType(foundClass, String.class, String.class, String.class));
        candidates = lookup.findVirtual(foundClass, "candidates", MethodType.methodType(List.class));
        aliases = lookup.findVirtual(foundClass, "aliases", MethodType.methodType(List.class));
        key = lookup.findVirtual(candidateClass, "key", MethodType.methodType(String.class));
        label = lookup.findVirtual(candidateClass, "label", MethodType.methodType(String.class));
        acronym = lookup.findVirtual(aliasClass, "acronym", MethodType.methodType(String.class));
        expansion = lookup.findVirtual(aliasClass, "expansion", MethodType.methodType(String.class));
    }

    /** The extractor of the build {@value #PROPERTY} names, with the bundled taxonomy of that build. */
    static CandidateExtractorBaseline fromProperty() {
        String where = System.getProperty(PROPERTY);
        if (where == null || !Files.exists(Path.of(where))) {
            throw new IllegalStateException("set -D" + PROPERTY + "=<core jar or classes folder of the build to "
                    + "compare with> (it is " + where + ")");
        }
        try {
            return new CandidateExtractorBaseline(new OwnClassesFirst(Path.of(where).toUri().toURL()));
        } catch (Throwable e) {
            throw new IllegalStateException(where + " holds no candidate extractor to compare with: " + e, e);
        }
    }

    /** The other build's answer, as this build's {@link Found}. */
    Found find(String title, String description, String company) {
        try {
            Object found = find.invoke(extractor, title, description, company);
            List<Candidate> c = new ArrayList<>();
            for (Object o : (List<?>) candidates.invoke(found)) {
                c.add(new Candidate((String) key.invoke(o), (String) label.invoke(o)));
            }
            List<Alias> a = new ArrayList<>();
            for (Object o : (List<?>) aliases.invoke(found)) {
                a.add(new Alias((String) acronym.invoke(o), (String) expansion.invoke(o)));
            }
            return new Found(c, a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code dev.skillpulse} classes from the other build before asking its parent (this build). */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(URL build) {
            super(new URL[] {build}, CandidateExtractorBaseline.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.skillpulse.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            // the other build's taxonomy and stop list, not this build's
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
