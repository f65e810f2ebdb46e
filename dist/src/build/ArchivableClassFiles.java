import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Copies a jar of Java 5 class files (picocli 4.7's) as Java 8 class files with stack map frames,
 * the same code otherwise: the JVM's class-data archives (CDS, the JDK 25 AOT cache) skip class
 * files older than Java 6, so picocli's ~170 classes were loaded, parsed and verified from the
 * jar on every run, and the JDK 25 AOT cache could not link classes ahead of time at all (writing
 * it crashed). Every class of the copy is then loaded and initialised in a class loader of its
 * own, so that the JVM's verifier checks the computed frames here, at build time.
 *
 *   java -cp ASM_JAR ArchivableClassFiles.java IN.jar OUT_FOLDER   (writes OUT_FOLDER/IN.jar's name)
 */
public final class ArchivableClassFiles {
    private static final int OLDEST_ARCHIVABLE = Opcodes.V1_6;

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(in.getFileName());
        Files.createDirectories(out.getParent());
        List<String> classes = new ArrayList<>();
        try (URLClassLoader original = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
             ZipInputStream jar = new ZipInputStream(Files.newInputStream(in));
             OutputStream file = Files.newOutputStream(out);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                byte[] bytes = jar.readAllBytes();
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    bytes = upgrade(bytes, original);
                    classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
                ZipEntry copied = new ZipEntry(name);
                copied.setTime(entry.getTime());
                copy.putNextEntry(copied);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        verify(out, classes);
    }

    private static byte[] upgrade(byte[] classFile, ClassLoader hierarchy) {
        ClassReader reader = new ClassReader(classFile);
        if (reader.readShort(6) >= OLDEST_ARCHIVABLE) {
            return classFile;
        }
        // Frames need the common superclass of two types, which ASM finds by loading them.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** Loads and initialises every class of the copy: a frame the verifier rejects fails the build. */
    private static void verify(Path jar, List<String> classes) throws IOException, ClassNotFoundException {
        try (URLClassLoader copy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                Class.forName(name, true, copy);
            }
        }
    }
}
