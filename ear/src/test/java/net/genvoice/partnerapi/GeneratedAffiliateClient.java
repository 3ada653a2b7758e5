package net.genvoice.partnerapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

  /**
   * Uses the generated types as a partner's developer would, and implements {@link
   * AffiliateSoapCall} so that the test can call it. Compiled together with what wsimport generated
   * (the ear module's lifecycle processes no test resources, so it lives here as text).
   */
  private static final String CALLER =
"""
      package partner.client;

      import jakarta.xml.ws.BindingProvider;
      import jakarta.xml.ws.WebServiceException;
      import java.net.URL;
      import java.util.LinkedHashMap;
      import java.util.List;
import java.util.concurrent.TimeUnit;
      import java.util.Map;
      import net.genvoice.partnerapi.AffiliateSoapCall;

      /** Compiled by AffiliateSoapIT together with what wsimport generated from the live WSDL. */
      public class GeneratedCaller implements AffiliateSoapCall {

        private final AffiliateService service;

        public GeneratedCaller(URL wsdl) {
          this.service = new AffiliateService(wsdl);
        }

        @Override
        public Answer request(
            String partnerId, String secret, String requestId, String customerId, List<String> fields)
            throws Refused {
          Affiliate port = service.getAffiliatePort();
          Map<String, Object> context = ((BindingProvider) port).getRequestContext();
          context.put(BindingProvider.USERNAME_PROPERTY, partnerId);
          context.put(BindingProvider.PASSWORD_PROPERTY, secret);
          context.put("com.sun.xml.ws.connect.timeout", 5000);
          context.put("com.sun.xml.ws.request.timeout", 30000);
          CustomerDataQuery query = new CustomerDataQuery();
          query.setRequestId(requestId);
          query.setCustomerId(customerId);
          query.setPurpose("PERFORM_SERVICE");
          query.getField().addAll(fields);
          try {
            CustomerDataAnswer answer = port.requestCustomerData(query);
            Map<String, String> released = new LinkedHashMap<>();
            for (DataField field : answer.getField()) {
              released.put(field.getName(), field.getValue());
            }
            return new Answer(answer.getRequestId(), answer.getReleaseId(), released);
          } catch (RequestRefusedFault refused) {
            Refusal info = refused.getFaultInfo();
            throw new Refused(info.getCode(), info.getReleaseId(), info.getMessage());
          } catch (WebServiceException failed) {
            throw new Refused("transport", null, String.valueOf(failed.getMessage()));
          }
        }
      }
      """;

  private GeneratedAffiliateClient() {}

  static AffiliateSoapCall generate(URL wsdl) throws Exception {
    Path work = Files.createTempDirectory("affiliate-client");
    Path sources = work.resolve("src");
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    Files.createDirectories(sources);
    // in a JVM of its own, as a developer runs it (in the test JVM it could not read the WSDL)
    Process wsimport =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "com.sun.tools.ws.WsImport",
                "-keep",
                "-Xnocompile",
                "-s",
                sources.toString(),
                "-d",
                classes.toString(),
                "-p",
                "partner.client",
                wsdl.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(wsimport.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(wsimport.waitFor(120, TimeUnit.SECONDS), "wsimport did not finish");
    assertEquals(0, wsimport.exitValue(), "wsimport failed on " + wsdl + ":\n" + output);
    Path caller = sources.resolve("partner/client/GeneratedCaller.java");
    Files.writeString(caller, CALLER);
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
