package net.genvoice.partnerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A partner developer's client, made the way the README tells them: wsimport (jaxws-tools) reads
 * the WSDL the running server publishes, the generated sources are compiled with {@code
 * javax.tools} together with {@code GeneratedCaller}, and the result is loaded in its own class
 * loader.
 */
final class GeneratedAffiliateClient {

  private GeneratedAffiliateClient() {}

  static AffiliateSoapCall generate(URL wsdl) throws Throwable {
    Path work = Files.createTempDirectory("affiliate-client");
    Path sources = work.resolve("src");
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    int generated =
        com.sun.tools.ws.WsImport.doMain(
            new String[] {
              "-keep",
              "-Xnocompile",
              "-quiet",
              "-s",
              sources.toString(),
              "-d",
              classes.toString(),
              "-p",
              "partner.client",
              wsdl.toString()
            });
    assertEquals(0, generated, "wsimport failed on " + wsdl);
    Path caller = sources.resolve("partner/client/GeneratedCaller.java");
    try (InputStream source =
        GeneratedAffiliateClient.class.getResourceAsStream("GeneratedCaller.java.txt")) {
      Files.copy(source, caller);
    }
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                "-proc:none",
                "-nowarn"));
    arguments.addAll(javaFiles(sources));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "javac failed");
    assertTrue(Files.exists(classes.resolve("partner/client/AffiliateService.class")));
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedAffiliateClient.class.getClassLoader());
    return (AffiliateSoapCall)
        loader
            .loadClass("partner.client.GeneratedCaller")
            .getConstructor(URL.class)
            .newInstance(wsdl);
  }

  private static List<String> javaFiles(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
