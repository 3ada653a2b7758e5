package net.genvoice.web.communication.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.genvoice.communication.boundary.NationalRegistryImports;
import net.genvoice.communication.boundary.RegistryFileRejectedException;
import net.genvoice.communication.boundary.RegistryStatusView;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;
import net.genvoice.web.problem.Causes;

/**
 * staff/area/marketing/registry.xhtml (P12): the state of the national do-not-call registry and the
 * upload of its CSV file with the file's date. A refused file is reported beside the file field,
 * with every bad line listed under the form; nothing is imported.
 */
@Named
@RequestScoped
public class RegistryImportPage {

  static final String PAGE = "/staff/area/marketing/registry.xhtml";
  static final String FORM = "importRegistry";

  /** One bad line of a refused file, as the page lists it. */
  public record BadLine(String line, String problem) {}

  @EJB NationalRegistryImports imports;
  @Inject MarketingCaller caller;

  private RegistryStatusView status;
  private String date;
  private Part file;
  private final List<BadLine> badLines = new ArrayList<>();

  public RegistryStatusView getStatus() {
    if (status == null) {
      status = imports.status();
    }
    return status;
  }

  public boolean isImported() {
    return "imported".equals(PageRedirect.parameter("saved"));
  }

  public void importFile() {
    if (file == null || file.getSize() == 0) {
      FieldMessages.showBeside(FORM, "file", "Choose the registry file (CSV) to import.");
      return;
    }
    try (InputStream csv = file.getInputStream()) {
      imports.importFile(caller.id(), date, csv);
      PageRedirect.to(PAGE + "?saved=imported");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException refused) {
      refusedFile(refused)
          .ifPresentOrElse(this::listBadLines, () -> FieldMessages.show(refused, FORM, ""));
    }
  }

  private static Optional<RegistryFileRejectedException> refusedFile(RuntimeException e) {
    return Causes.innermost(e, RegistryFileRejectedException.class);
  }

  private void listBadLines(RegistryFileRejectedException refused) {
    FieldMessages.showBeside(
        FORM, "file", refused.getMessage() + " The bad lines are listed below.");
    for (Map.Entry<String, String> line : refused.fieldErrors().entrySet()) {
      badLines.add(new BadLine(line.getKey(), line.getValue()));
    }
  }

  public List<BadLine> getBadLines() {
    return badLines;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
